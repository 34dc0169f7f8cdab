/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { validasi, hitung } from "../../src/engine/run";
import { fakeDoor, model } from "./fixtures";
import { renderApp } from "./render";

jest.mock("../../src/engine/run", () => ({ validasi: jest.fn(), hitung: jest.fn() }));
jest.mock("../../src/engine/plan/plan-sheets", () => ({ planSheets: jest.fn(() => []) }));

test("a failing door shows an Indonesian MessageBar without a stack trace", async () => {
  const err = new Error("Workbook tidak dapat dibaca");
  err.stack = "Error: Workbook tidak dapat dibaca\n    at readGrids (door.ts:10:5)";
  const door = fakeDoor({ readGrids: () => Promise.reject(err) });
  renderApp(door);
  fireEvent.click(screen.getByRole("button", { name: /^Validasi$/ }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Terjadi masalah");
  expect(alert.textContent).toContain("Validasi gagal.");
  expect(alert.textContent).toContain("Workbook tidak dapat dibaca");
  expect(alert.textContent).not.toMatch(/\bat\s+\w+\s*\(|door\.ts/);
  expect((screen.getByRole("button", { name: /^Validasi$/ }) as HTMLButtonElement).disabled).toBe(false);
});

test("an Office error code becomes a plain explanation", async () => {
  const officeError = Object.assign(new Error("The cell is being edited"), { code: "InvalidOperationInCellEditMode" });
  const door = fakeDoor({ writePlans: () => Promise.reject(officeError) });
  (hitung as jest.Mock).mockReturnValue({ model: model(), findings: [], results: {} });
  renderApp(door);
  fireEvent.click(screen.getByRole("button", { name: /Hitung Capaian/ }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Hitung Capaian gagal. Excel sedang dalam mode edit sel.");
});

test("the engine throwing is reported too, and the message can be dismissed", async () => {
  (validasi as jest.Mock).mockImplementation(() => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at parse (engine.ts:1:1)");
  });
  renderApp(fakeDoor());
  fireEvent.click(screen.getByRole("button", { name: /^Validasi$/ }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Validasi gagal. Rincian: Cannot read properties");
  expect(alert.textContent).not.toContain("engine.ts");
  fireEvent.click(screen.getByRole("button", { name: "Tutup pesan" }));
  expect(screen.queryByRole("alert")).toBeNull();
});
