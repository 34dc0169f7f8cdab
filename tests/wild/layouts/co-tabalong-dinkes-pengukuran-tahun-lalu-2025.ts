/**
 * The Tabalong workbook of co-tabalong-dinkes-pengukuran-sd-bulan-2025 (the Kabid P2P's PK 2025 and its `Ukur Juni`
 * measurement, `S/D BULAN JUNI TAHUN 2025`), kept the way a planner keeps it: last year's year-end measurement of the
 * same form is still in the workbook, copied from the 2024 file (`LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN DESEMBER
 * TAHUN 2024`, sheet `Ukur Des 2024`), the same four indikator with 2024's December figures.
 *
 * Source. The same blade (code index ids 28695564200, 8743591010; repository not named); the brief's round 11
 * companion item "a Realisasi for the wrong year". Made up: the 2024 figures.
 *
 * What a correct reader does. rules.md: tahun-mismatch (error) at `Ukur Des 2024!A2`, the sheet's title cell: a
 * Realisasi whose year is not the year the PK sheets state. The spec does not say whether such a sheet's figures count;
 * the error says they "cannot be trusted until it is fixed". A Bappeda planner expects last year's December figures
 * never to become this year's TW IV: the reporting quarter stays TW II (the 2025 sheet's), and every capaian is the
 * one of the 2025 layout (June running totals 52,6 / 131 / 100 / 78,3), not 2024's 88..91 at a TW IV that has not
 * come. (A compute-side matter as much as a reading one: see the branch report.)
 */
import { Book } from "../book";
import type { Layout } from "../layout";
import { coTabalongPengukuranSdBulan as base, build as buildBase, IND, RL } from "./co-tabalong-dinkes-pengukuran-sd-bulan-2025";

const OLD = "Ukur Des 2024";
const DES_2024 = [88.4, 236, 100, 72.5];

function build() {
  const book = new Book("co-tabalong-dinkes-pengukuran-tahun-lalu-2025.xlsx");
  book.sheets.push(...buildBase().sheets);
  const src = book.sheets.find((s) => s.name === RL)!;
  const old = book.sheet(OLD);
  for (const [a, v] of src.cells) old.put(a, v);
  old.merges.push(...src.merges);
  old.put("A2", "LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN DESEMBER TAHUN 2024");
  old.put("J6", "capaian kinerja bulan Desember\n(realisasi:targetx100%)");
  DES_2024.forEach((v, k) => old.put(`G${8 + k}`, String(v).replace(".", ",")));
  old.put("F22", "Tanjung, 6 Januari 2025");
  return book;
}

export const coTabalongPengukuranTahunLalu: Layout = {
  name: "co-tabalong-dinkes-pengukuran-tahun-lalu-2025",
  source: `${base.source}; a 2024 copy of the measurement left in the 2025 workbook`,
  build,
  truth: {
    ...base.truth,
    sheets: { ...base.truth.sheets, [OLD]: "realisasi" },
    errors: [{ rule: "tahun-mismatch", sheet: OLD, cell: "A2" }],
    unreadOrRead: [...(base.truth.unreadOrRead ?? []), { sheet: OLD, cells: ["I8", "I9", "I10", "I11"], what: "Target Akhir Renstra" }],
    absent: [...(base.truth.absent ?? []).filter((a) => a.rule !== "tahun-missing"), { rule: "realisasi-after-period", sheet: OLD }],
  },
  checks: [
    {
      name: "last year's December figures never become this year's TW IV: TW II, the June running totals",
      run(out) {
        expect(out.results.triwulan).toBe(2);
        expect(out.results.capaian.map((c) => [c.indikator, c.realisasi])).toEqual(IND.map((i) => [i.nama, i.sd]));
      },
    },
  ],
};
