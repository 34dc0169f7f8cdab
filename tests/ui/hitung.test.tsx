/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { hitung } from "../../src/engine/run";
import { planSheets } from "../../src/engine/plan/plan-sheets";
import { FINDINGS, GRIDS, PERHITUNGAN_AKI, fakeDoor, model, results } from "./fixtures";
import { renderApp } from "./render";

jest.mock("../../src/engine/run", () => ({ validasi: jest.fn(), hitung: jest.fn() }));
jest.mock("../../src/engine/plan/plan-sheets", () => ({ planSheets: jest.fn() }));
const hitungMock = hitung as jest.MockedFunction<typeof hitung>;
const planMock = planSheets as jest.MockedFunction<typeof planSheets>;

const PLANS = [{ name: "Capaian" }, { name: "Kurva S" }] as never;

beforeEach(() => {
  hitungMock.mockReset().mockReturnValue({ model: model(), findings: FINDINGS, results: results() });
  planMock.mockReset().mockReturnValue(PLANS);
});

test("Hitung reads once, plans with the same grids, writes, and lists PKs by status", async () => {
  const door = fakeDoor();
  renderApp(door);
  fireEvent.click(screen.getByRole("button", { name: /Hitung Capaian/ }));
  expect(await screen.findByText("Menghitung capaian dan menulis lembar hasil…")).toBeTruthy();
  await screen.findByRole("region", { name: "Hasil perhitungan capaian" });

  expect(door.reads).toBe(1);
  expect(hitungMock).toHaveBeenCalledWith(GRIDS, {});
  expect(planMock.mock.calls[0][1]).toBe(GRIDS);
  expect(planMock.mock.calls[0][2]).toEqual({ validasiSheet: false });
  expect(door.plansWritten).toEqual([PLANS]);

  const order = Array.from(document.querySelectorAll("[data-pk]")).map((e) => e.getAttribute("data-status"));
  expect(order).toEqual(["Kritis", "Tertinggal", "Sesuai rencana"]);
  expect(screen.getByText(/Triwulan III · rumus 2T-R/)).toBeTruthy();
});

test("opening a PK shows its indikator with id-ID capaian, predikat, status and the perhitungan", async () => {
  renderApp(fakeDoor());
  fireEvent.click(screen.getByRole("button", { name: /Hitung Capaian/ }));
  const header = await screen.findByRole("button", { name: /KEPALA BIDANG KESEHATAN MASYARAKAT/ });
  fireEvent.click(header);
  const list = await screen.findByRole("list", { name: /Indikator KEPALA BIDANG/ });
  expect(within(list).getByText("Angka Kematian Ibu")).toBeTruthy();
  expect(within(list).getByText("92,86")).toBeTruthy();
  expect(within(list).getByText("Sangat Tinggi")).toBeTruthy();
  expect(within(list).getByText("Sesuai rencana")).toBeTruthy();
  expect(within(list).getByText(PERHITUNGAN_AKI)).toBeTruthy();
  // The Kurva S line for a PK behind plan, in id-ID.
  expect(screen.getByText(/deviasi keuangan −12,50 poin/)).toBeTruthy();
});

test("written sheets are links that select the sheet; Validasi sheet option reaches planSheets", async () => {
  const door = fakeDoor();
  renderApp(door);
  fireEvent.click(screen.getByRole("checkbox", { name: /lembar Validasi/ }));
  fireEvent.click(screen.getByRole("button", { name: /Hitung Capaian/ }));
  const link = await screen.findByRole("button", { name: "Buka lembar Kurva S" });
  expect(planMock.mock.calls[0][2]).toEqual({ validasiSheet: true });
  fireEvent.click(link);
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "Kurva S", cell: "A1" }]));
  // The findings of the run are there too.
  fireEvent.click(screen.getByRole("tab", { name: /Temuan/ }));
  expect(screen.getByRole("group", { name: "Jumlah temuan per tingkat" }).textContent).toContain("2 kesalahan");
});
