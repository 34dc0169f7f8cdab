/** @jest-environment jsdom */
/**
 * Hitung Capaian through the real engine, as a planner sees it: the banner, a mark on each figure resting on a
 * finding that opens it, every status explained, nothing written when nothing can be computed, one language.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Grid } from "../../src/engine/grid";
import { hitung } from "../../src/engine/run";
import { sampleGrids } from "../support/samples";
import { grid } from "../support/grid";
import { englishProblems } from "../language/words";
import { fakeDoor } from "./fixtures";
import { renderApp } from "./render";

let pupr: Grid[];
let dinkes: Grid[];
beforeAll(async () => {
  [pupr, dinkes] = await Promise.all([sampleGrids("kabupaten-contoh-pupr-2025"), sampleGrids("kabupaten-contoh-dinkes-2025")]);
});

async function hitungOn(grids: Grid[]) {
  const door = fakeDoor({ readGrids: async () => grids });
  renderApp(door);
  fireEvent.click(screen.getByRole("button", { name: /Hitung Capaian/ }));
  const region = await screen.findByRole("region", { name: "Hasil perhitungan capaian" });
  return { door, region };
}

/** Opens every PK of the results. */
function openAll() {
  for (const pk of Array.from(document.querySelectorAll("[data-pk] .fui-AccordionHeader__button[aria-expanded='false']"))) fireEvent.click(pk);
}

test("PUPR: the banner says how many errors and how many figures rest on them; every such figure has its marks", async () => {
  const { region } = await hitungOn(pupr);
  const banner = region.querySelector("[data-peringatan]")!;
  expect(banner.textContent).toContain("Buku kerja ini masih memuat 4 kesalahan; 6 angka di bawah bergantung padanya dan ditandai.");
  expect(within(region).getByText(/^Status indikator: ≥ 95 % sesuai rencana · 85–95 % perlu perhatian · < 85 % tertinggal$/)).toBeTruthy();
  openAll();
  const r = hitung(pupr).results;
  const expected = [...r.capaian, ...r.anggaran, ...r.kurvaS].reduce((n, x) => n + x.temuan.length, 0);
  expect(region.querySelectorAll("button[data-temuan]").length).toBe(expected);
  const row = region.querySelector("[data-indikator='Panjang jalan kabupaten kondisi baik']") as HTMLElement;
  expect(within(row).getByRole("button", { name: /^Kesalahan: Satuan berbeda di Renaksi Kabid BM!C7\./ })).toBeTruthy();
  expect(row.getAttribute("data-temuan-count")).toBe("1");
});

test("pressing a mark opens its finding: the message shows and the cell is selected", async () => {
  const { door, region } = await hitungOn(pupr);
  openAll();
  const row = region.querySelector("[data-indikator='Panjang jalan yang dipelihara berkala']") as HTMLElement;
  const mark = within(row).getByRole("button", { name: /Indikator tidak dikenal di Renaksi Kasi Jalan!B8/ });
  expect(mark.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(mark);
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "Renaksi Kasi Jalan", cell: "B8" }]));
  expect(mark.getAttribute("aria-expanded")).toBe("true");
  expect(within(mark).getByText(/mungkin maksudnya "Panjang jalan yang dipelihara berkala"/)).toBeTruthy();
  // No capaian that looks like one: no number, no predikat, and the reason beside it.
  expect(within(row).getByText(/^Belum ada data: target TW III tidak ada/)).toBeTruthy();
  expect(within(row).queryByText("Sangat Rendah")).toBeNull();
});

test("statuses explain themselves; a PK behind only on its Kurva S says so; worst first within a status", async () => {
  const { region } = await hitungOn(pupr);
  const order = Array.from(region.querySelectorAll("[data-pk]")).map((e) => e.getAttribute("data-pk"));
  // Both Kritis: Kasi Jalan is 21,26 poin behind, Kadis 10,67.
  expect(order).toEqual(["Lampiran PK Kasi Jalan", "Lampiran PK Kadis PUPR", "Lampiran PK Kabid BM"]);
  openAll();
  const kadis = region.querySelector("[data-pk='Lampiran PK Kadis PUPR']") as HTMLElement;
  expect(within(kadis).getByText(/^Kritis menurut Kurva S: realisasi keuangan 57,33 % dari rencana 68,00 % s\.d\. September, tertinggal 10,67 poin.*semua 2 indikatornya sesuai rencana$/)).toBeTruthy();
  expect(within(kadis).getByText(/pagu Rp 35\.700\.000\.000 · realisasi Rp 20\.468\.500\.000 · serapan 57,33/)).toBeTruthy();
  const jembatan = region.querySelector("[data-indikator='Jumlah jembatan yang direhabilitasi']") as HTMLElement;
  expect(within(jembatan).getByText("Tertinggal: capaian 75,00 % di bawah 85 %")).toBeTruthy();
  expect(jembatan.textContent).toContain("Target TW III 4 unit · Target tahunan 6 unit");
});

test("Dinkes: no banner and no mark; the PK without a money plan says why", async () => {
  const { region } = await hitungOn(dinkes);
  expect(region.querySelector("[data-peringatan]")).toBeNull();
  openAll();
  expect(region.querySelectorAll("button[data-temuan]").length).toBe(0);
  const bupati = region.querySelector("[data-pk='PK Bupati']") as HTMLElement;
  expect(within(bupati).getByText(/belum ada Rencana Aksi untuk PK ini/)).toBeTruthy();
});

test("nothing to compute: no sheet written, the reason shown, the findings listed", async () => {
  const { door, region } = await hitungOn([grid("Catatan", [["Daftar hadir rapat"], ["Nama", "Jabatan"]])]);
  expect(door.plansWritten).toEqual([]);
  expect(region.querySelector("[data-tidak-dihitung]")!.textContent).toMatch(/Tidak ada Perjanjian Kinerja yang dapat dihitung: buku kerja ini tidak memuat lembar PK/);
  fireEvent.click(screen.getByRole("tab", { name: /Temuan/ }));
  expect(document.querySelector("button[data-rule='pk-missing']")).toBeTruthy();
});

test("one language: the rendered pane after Validasi, Hitung (every PK open) and Pengaturan has no English word", async () => {
  const texts: string[] = [];
  for (const grids of [pupr, dinkes]) {
    const { region } = await hitungOn(grids);
    openAll();
    for (const mark of Array.from(region.querySelectorAll("button[data-temuan]"))) fireEvent.click(mark);
    texts.push(document.body.textContent ?? "", ...Array.from(document.querySelectorAll("[aria-label]")).map((e) => e.getAttribute("aria-label")!));
    fireEvent.click(screen.getByRole("button", { name: "Validasi" }));
    await screen.findByRole("region", { name: "Hasil validasi" });
    texts.push(document.body.textContent ?? "", ...Array.from(document.querySelectorAll("[aria-label]")).map((e) => e.getAttribute("aria-label")!));
    fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
    texts.push(document.body.textContent ?? "");
    document.body.innerHTML = "";
  }
  expect(englishProblems(texts)).toEqual([]);
});
