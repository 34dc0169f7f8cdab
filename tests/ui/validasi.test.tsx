/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { validasi } from "../../src/engine/run";
import { FINDINGS, GRIDS, fakeDoor, model } from "./fixtures";
import { renderApp } from "./render";
import type { Grid } from "../../src/engine/grid";

jest.mock("../../src/engine/run", () => ({ validasi: jest.fn(), hitung: jest.fn() }));
const validasiMock = validasi as jest.MockedFunction<typeof validasi>;

beforeEach(() => validasiMock.mockReset());

test("Validasi shows a spinner, then the findings grouped by sheet with counts, errors first", async () => {
  let release!: (g: Grid[]) => void;
  const door = fakeDoor({ readGrids: () => new Promise<Grid[]>((r) => (release = r)) });
  validasiMock.mockReturnValue({ model: model(), findings: FINDINGS });
  renderApp(door);

  fireEvent.click(screen.getByRole("button", { name: /^Validasi$/ }));
  expect(await screen.findByText("Membaca dan memeriksa buku kerja…")).toBeTruthy();
  expect((screen.getByRole("button", { name: /^Validasi$/ }) as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByRole("button", { name: /Hitung Capaian/ }) as HTMLButtonElement).disabled).toBe(true);

  await act(async () => release(GRIDS));
  await waitFor(() => expect(screen.queryByText("Membaca dan memeriksa buku kerja…")).toBeNull());
  expect(validasiMock).toHaveBeenCalledWith(GRIDS);

  const counts = screen.getByRole("group", { name: "Jumlah temuan per tingkat" });
  expect(counts.textContent).toContain("2 kesalahan");
  expect(counts.textContent).toContain("2 peringatan");
  expect(counts.textContent).toContain("1 info");

  const groups = screen.getAllByRole("region", { name: /^Lembar / }).map((g) => g.getAttribute("aria-label"));
  // Sheets with errors first (in workbook order), then warnings, then info.
  expect(groups).toEqual(["Lembar PK Kabid", "Lembar Renaksi Kabid", "Lembar PK Kadis", "Lembar Catatan"]);
  const kabid = screen.getByRole("region", { name: "Lembar PK Kabid" });
  const rules = within(kabid).getAllByRole("button").map((b) => b.getAttribute("data-rule"));
  expect(rules).toEqual(["jumlah-mismatch", "renaksi-missing"]);
  expect(kabid.textContent).toContain("Jumlah 1.250.000.000 tidak sama dengan 1.200.000.000.");
  expect(screen.queryByText("Tidak ada kesalahan")).toBeNull();
});

test("clicking a finding selects its sheet and cell", async () => {
  const door = fakeDoor();
  validasiMock.mockReturnValue({ model: model(), findings: FINDINGS });
  renderApp(door);
  fireEvent.click(screen.getByRole("button", { name: /^Validasi$/ }));
  const finding = await screen.findByRole("button", { name: /Kesalahan di sel B8/ });
  fireEvent.click(finding);
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "Renaksi Kabid", cell: "B8" }]));
});

test("a clean workbook says so plainly", async () => {
  validasiMock.mockReturnValue({ model: model(), findings: [] });
  renderApp(fakeDoor());
  fireEvent.click(screen.getByRole("button", { name: /^Validasi$/ }));
  expect(await screen.findByText("Tidak ada kesalahan")).toBeTruthy();
  expect(screen.getByText(/Buku kerja ini bersih/)).toBeTruthy();
  expect(screen.getByRole("group", { name: "Jumlah temuan per tingkat" }).textContent).toContain("0 kesalahan");
});

test("no errors but a part unread: a warning bar, never 'dapat dipercaya'", async () => {
  const unread = { rule: "isi-tak-terbaca", severity: "warning" as const, sheet: "RA", cell: "H5", message: "Baris 5–11 tidak terbaca" };
  validasiMock.mockReturnValue({ model: model(), findings: [unread] });
  renderApp(fakeDoor());
  fireEvent.click(screen.getByRole("button", { name: /^Validasi$/ }));
  expect(await screen.findByText("Sebagian tidak terbaca")).toBeTruthy();
  expect(screen.getByText(/1 bagian tidak terbaca dan tidak ikut diperiksa/)).toBeTruthy();
  expect(screen.queryByText(/dapat dipercaya/)).toBeNull();
  expect(screen.queryByText("Tidak ada kesalahan")).toBeNull();
});

test("warnings only: still no errors, and the warnings are listed", async () => {
  validasiMock.mockReturnValue({ model: model(), findings: FINDINGS.filter((f) => f.severity !== "error") });
  renderApp(fakeDoor());
  fireEvent.click(screen.getByRole("button", { name: /^Validasi$/ }));
  expect(await screen.findByText("Tidak ada kesalahan")).toBeTruthy();
  expect(screen.getAllByRole("button", { name: /^Peringatan di sel/ })).toHaveLength(2);
});
