/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { planPengaturan } from "../../src/app/plan-pengaturan";
import { GRIDS, fakeDoor } from "./fixtures";
import { renderApp } from "./render";

// The PENGATURAN planner is the engine's; the pane only hands it the values and the door writes the result.
jest.mock("../../src/app/plan-pengaturan", () => ({ planPengaturan: jest.fn() }));
const planMock = planPengaturan as jest.MockedFunction<typeof planPengaturan>;
const EDIT = { sheet: "PENGATURAN", create: true, writes: [{ cell: "B4", value: "T/R" }] };

beforeEach(() => planMock.mockReset().mockReturnValue(EDIT));

test("saving settings plans them with the grids and writes them through the door", async () => {
  const door = fakeDoor();
  renderApp(door);
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.click(screen.getByRole("radio", { name: /T\/R: T \/ R × 100/ }));
  fireEvent.change(screen.getByRole("textbox", { name: /Batas capaian/ }), { target: { value: "120,5" } });
  fireEvent.change(screen.getByRole("combobox", { name: "Skala predikat" }), { target: { value: "custom" } });
  fireEvent.change(screen.getByRole("textbox", { name: /Batas predikat/ }), { target: { value: "90;75;65;50" } });
  fireEvent.change(screen.getByRole("combobox", { name: "Triwulan pelaporan" }), { target: { value: "2" } });
  fireEvent.click(screen.getByRole("button", { name: /Simpan ke buku kerja/ }));

  await screen.findByText(/Pengaturan tersimpan di lembar PENGATURAN/);
  expect(planMock).toHaveBeenCalledWith(GRIDS, { polaritasNegatif: "T/R", batas: 120.5, skala: "90;75;65;50", triwulan: 2, judulKolom: [] });
  expect(door.cellsWritten).toEqual([EDIT]);
});

test("an unusable cap is caught in the form, nothing is written", async () => {
  const door = fakeDoor();
  renderApp(door);
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.change(screen.getByRole("textbox", { name: /Batas capaian/ }), { target: { value: "seratus" } });
  fireEvent.click(screen.getByRole("button", { name: /Simpan ke buku kerja/ }));
  expect(await screen.findByText(/Isi angka persen lebih dari 0/)).toBeTruthy();
  await waitFor(() => expect(door.cellsWritten).toEqual([]));
  expect(planMock).not.toHaveBeenCalled();
});

test("a failed save shows the Indonesian error", async () => {
  const door = fakeDoor({ writeCells: () => Promise.reject(Object.assign(new Error("x"), { code: "AccessDenied" })) });
  renderApp(door);
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.click(screen.getByRole("button", { name: /Simpan ke buku kerja/ }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Menyimpan pengaturan gagal. Buku kerja atau lembarnya terkunci");
});
