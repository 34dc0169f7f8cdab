/**
 * Kabupaten Kepulauan Meranti, Dinas Kesehatan: the PK as the kabupaten's SAKIP app prints it for an eselon II, and its
 * monthly "Monitoring dan Evaluasi" of the PK (capaian per quarter), both pasted into one workbook.
 *
 * Layout: MisArianto/sakip2020 @676559048d613213a80065d10cfed5a6ddfa1b5a, resources/views/app/user/pegawai/cetak_pk_pdf.blade.php
 * (PK) and resources/views/app/user/pengukuran-kinerja/cetak_pdf.blade.php (monev). Real, from the templates: the title
 * `Perjanjian Kinerja Eselon II Tahun <year>` (the eselon in the title), the parties ONLY as `Nama Pejabat | : | …`,
 * `Jabatan | : | …`, `Nama Pimpinan | : | …`, `Jabatan Pimpinan | : | …` rows (the pimpinan hard-coded as
 * `Drs. Irwan, M.Si` / `Bupati Kepulauan Meranti`), a second heading `Perjanjian Kinerja`, the table
 * `No. | Sasaran Strategis | Indikator Kinerja | Satuan | Target`, and NO signature block. The monev: the label
 * `Laporan Monitoring dan Evaluasi Bulanan <year><br>Capaian Perjanjian Kinerja <OPD> Kab. Kepulauan Meranti` (two rows
 * when pasted), `OPD | : | …` / `Tahun | : | …`, a two-row header `No. | Indikator | Satuan | TW I .. TW IV`, each TW over
 * `Target | Kinerja | Anggaran | Rekomendasi`, then a right-hand block `Selatpanjang, <date>` / `KABUPATEN KEPULAUAN MERANTI` /
 * blank / the literal placeholders `Nama Kepala Dinas` / `jabatan` / `nip` the template prints.
 * Made up: the Kadis's name, indikator, targets, realisasi, amounts and recommendations; No. filled (the PK template's
 * body is a stub, filled here the way its edit page stores the rows).
 */
import { Book } from "../book";
import { idr, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const KADIS = "dr. ANDI ZULKARNAIN, M.Kes";
const BUPATI = "Drs. Irwan, M.Si";
const JABATAN = "Kepala Dinas Kesehatan";
const S1 = "Meningkatnya derajat kesehatan masyarakat";
const S2 = "Meningkatnya mutu layanan kesehatan dasar";
const IND = [
  { s: S1, nama: "Angka Kematian Ibu", satuan: "per 100.000 KH", target: 180, tw: [["45", "0"], ["90", "102"], ["135", "118"]] },
  { s: S1, nama: "Prevalensi stunting", satuan: "%", target: 18.5, text: "18,5", tw: [["18,5", "21,2"], ["18,5", "20,4"], ["18,5", "19,8"]] },
  { s: S2, nama: "Persentase puskesmas terakreditasi paripurna", satuan: "%", target: 40, tw: [["10", "10"], ["20", "20"], ["30", "20"]] },
];
const ANGG = [[412_500_000, 1_025_400_000, 986_000_000], [210_000_000, 388_750_000, 402_100_000], [95_000_000, 146_300_000, 233_800_000]];
const REK = ["Percepat pelaporan kematian ibu dari puskesmas", "Intervensi gizi spesifik di 5 desa lokus", "Pendampingan survei akreditasi"];

function build(): Book {
  const book = new Book("meranti-dinkes-2025.xlsx");
  const pk = book.sheet("PK Eselon II");
  pk.put("A1", "Perjanjian Kinerja Eselon II Tahun 2025");
  pk.rows("A3", [["Nama Pejabat", ":", KADIS], ["Jabatan", ":", JABATAN], ["Nama Pimpinan", ":", BUPATI], ["Jabatan Pimpinan", ":", "Bupati Kepulauan Meranti"]]);
  pk.put("A8", "Perjanjian Kinerja");
  pk.row("A9", ["No.", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  IND.forEach((i, k) => pk.row(`A${10 + k}`, [k === 0 ? 1 : k === 2 ? 2 : null, k === 0 || k === 2 ? i.s : null, i.nama, i.satuan, i.text ?? String(i.target)]));
  pk.merge("A10:A11").merge("B10:B11");

  const mv = book.sheet("Monev TW III");
  mv.put("A1", "Laporan Monitoring dan Evaluasi Bulanan 2025");
  mv.put("A2", "Capaian Perjanjian Kinerja Dinas Kesehatan Kab. Kepulauan Meranti");
  mv.rows("A4", [["OPD", ":", "Dinas Kesehatan"], ["Tahun", ":", "2025"]]);
  mv.merge("A7:A8", "No.").merge("B7:B8", "Indikator").merge("C7:C8", "Satuan");
  ["TW I", "TW II", "TW III", "TW IV"].forEach((tw, q) => {
    const c = (n: number) => String.fromCharCode(68 + 4 * q + n);
    mv.merge(`${c(0)}7:${c(3)}7`, tw);
    mv.row(`${c(0)}8`, ["Target", "Kinerja", "Anggaran", "Rekomendasi"]);
  });
  IND.forEach((i, k) => {
    const r = 9 + k;
    mv.row(`A${r}`, [k + 1, i.nama, i.satuan, ...i.tw.flatMap(([t, real], q) => [t, real, idr(ANGG[k][q]), q === 2 ? REK[k] : null])]);
  });
  mv.put("P13", "Selatpanjang, 10 Oktober 2025");
  mv.put("P14", "KABUPATEN KEPULAUAN MERANTI");
  mv.rows("P16", [["Nama Kepala Dinas"], ["jabatan"], ["nip"]]);
  return book;
}

const PK = "PK Eselon II";
const MV = "Monev TW III";
const num = (s: string) => Number(s.replace(",", "."));

export const meranti: Layout = {
  name: "meranti-dinkes-2025",
  source: "MisArianto/sakip2020 @67655904 resources/views/app/user/{pegawai/cetak_pk_pdf,pengukuran-kinerja/cetak_pdf}.blade.php",
  build,
  truth: {
    tahun: 2025,
    // The monev's title says `Capaian Perjanjian Kinerja`, not REALISASI: workbook.md is silent on such a title. What it
    // holds is the quarterly realisasi (`Kinerja`) of the PK's indikator, so a planner expects it read as the Realisasi
    // of this PK — and never as a second PK (no parties, quarterly columns).
    sheets: { [PK]: "pk", [MV]: "realisasi" },
    pk: [
      {
        // Parties only in `Nama Pejabat / Jabatan / Nama Pimpinan / Jabatan Pimpinan` rows (workbook.md §6 "the jabatan
        // only in a Jabatan : statement"); the title's `Eselon II` agrees with `Kepala Dinas`.
        sheet: PK, jabatan: JABATAN, level: "eselon2", atasan: null, nama: KADIS, nip: null,
        pihakKedua: { jabatan: "Bupati Kepulauan Meranti", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.s })),
        anggaran: [],
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pihak-missing", sheet: PK }, { rule: "level-unknown", sheet: PK }, { rule: "tabel-missing", sheet: PK },
      { rule: "target-missing", sheet: PK }, { rule: "tahun-missing", sheet: PK },
      { rule: "pihak-missing", sheet: MV }, { rule: "tabel-missing", sheet: MV }, { rule: "nip-invalid", sheet: MV },
      { rule: "indikator-unknown", sheet: MV }, { rule: "target-mismatch", sheet: MV }, { rule: "satuan-mismatch", sheet: MV },
      { rule: "pk-unlinked", sheet: MV }, { rule: "sheet-unrecognised", sheet: MV }, { rule: "tahun-missing", sheet: MV },
      { rule: "level-unknown", sheet: MV },
    ],
    unreadOrRead: [
      // Per-quarter targets (a Realisasi sheet keeps no quarterly target), money per indikator and quarter (no budget
      // object to hang it on) and the recommendations: read or reported, never dropped.
      { sheet: MV, cells: ["D9", "H9", "L9", "F9", "J9", "N9", "F11", "O9", "O10", "O11"], what: "quarterly target / Anggaran / Rekomendasi of the monev" },
    ],
  },
  checks: [
    {
      name: "the monev belongs to the PK: Kinerja under each TW is that quarter's realisasi, TW IV not reported",
      run(out) {
        const real = out.model.realisasi.find((r) => r.sheet === MV);
        expect(real?.pk ?? null).toBe(PK);
        const got = IND.map((i) => {
          const x = real?.indikator.find((y) => y.nama.trim() === i.nama);
          const reported = !!x && x.twCells.some((c) => reportedUnread(out.model, MV, c));
          return { nama: i.nama, tw: reported ? "reported" : x?.tw ?? "missing" };
        });
        expect(got).toEqual(IND.map((i) => ({ nama: i.nama, tw: [...i.tw.map(([, r]) => num(r)), null] })));
      },
    },
    {
      name: "the monev's placeholder signature (`Nama Kepala Dinas` / `jabatan` / `nip`) names no party",
      run(out) {
        expect(out.model.pk.map((p) => p.sheet)).toEqual([PK]);
      },
    },
  ],
};
