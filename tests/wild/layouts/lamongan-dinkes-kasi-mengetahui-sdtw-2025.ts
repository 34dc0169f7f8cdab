/**
 * Kabupaten Lamongan, Dinas Kesehatan: the PK 2025 of the Kabid Kesehatan Masyarakat and of his Kepala Seksi Kesehatan
 * Keluarga dan Gizi, whose signature block has THREE columns on the same rows (`PIHAK KEDUA,` | `Mengetahui,` |
 * `PIHAK PERTAMA,`: the Kabid, the Kepala Dinas who knows of it, the Kasi) with the place-and-date line over the LEFT
 * column; and the Kasi's Rencana Aksi on a sheet `RA TW` whose quarterly targets are headed `Target s.d. TW I` ..
 * `Target s.d. TW IV` in ONE header row (no merged `Target Triwulan` cell), cumulative by their own words.
 *
 * Sources. The `Mengetahui,` column of a Lamongan Dinas Kesehatan signature table (one `<td>` per signer, each
 * `Mengetahui,` / jabatan / blank lines / `(name)` / `NIP. …`, the place-and-date line heading one column only): index id
 * 55480855753 (Blade print of Puskesmas Mantup, Kabupaten Lamongan, Dinas Kesehatan; repository not named by the index).
 * The three-signer PK of an eselon IV official known by the head of the OPD (Pihak Kedua the direct superior, the Kepala
 * Dinas `Mengetahui`) is the form the brief (issue 11, round 6) names as not met yet; no repository print of it was found
 * in time. `Target s.d. TW` headers: the brief's "cumulative quarterly targets (`s.d. TW II`)"; the phrase is the one
 * of the SPM dashboard `Target s.d. TW {{ twTerisi }}` (index id 71474062138). Made up: names, NIPs, indikator, targets,
 * amounts; kode after Kepmendagri 050-5889/2021 (urusan 1.02 kesehatan).
 *
 * What a correct reader does (workbook.md §1, §6): the Pihak Kedua of the Kasi is the LEFT column (the Kabid), the
 * Pihak Pertama the RIGHT one (the Kasi); the middle `Mengetahui,` column is a third signer, no party of the PK (the
 * spec names only two sides: a Bappeda planner reads it as the Kepala Dinas acknowledging). `Target s.d. TW I` .. `IV`
 * are the quarterly targets TW I .. TW IV (workbook.md §2 lists `TW I`, `I`, `Triwulan I`, `TW 1`; `s.d.` says they
 * are cumulative, which TW IV = annual confirms). The spec is silent on `s.d. TW` and on one header row without
 * `Target Triwulan`; the reading a planner expects is the one written here.
 */
import { Book, type Sheet } from "../book";
import { idr, sum, type Layout } from "../layout";
import { findPk } from "../truth";

const KADIS = { nama: "dr. MOH. CHAIDIR ANNAS, M.Kes.", nip: "19740416 200312 1 005", jab: "KEPALA DINAS KESEHATAN KABUPATEN LAMONGAN" };
const KABID = { nama: "Hj. SITI MUNAWAROH, S.KM., M.Kes.", nip: "19760822 199803 2 004", jab: "KEPALA BIDANG KESEHATAN MASYARAKAT" };
const KASI = { nama: "ENDANG SRI WAHYUNI, S.ST., M.Kes.", nip: "19820115 200501 2 009", jab: "KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI" };

const SP = "Meningkatnya derajat kesehatan keluarga dan status gizi masyarakat";
const KABID_IND = [
  { nama: "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", satuan: "%", target: 100 },
  { nama: "Prevalensi stunting pada balita", satuan: "%", target: 14.5, text: "14,5" },
];
const KEG = [
  { kode: "1.02.02.2.02", nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", pagu: 0 },
  { kode: "1.02.02.2.05", nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi", pagu: 186_400_000 },
];
const SK = "Meningkatnya cakupan pelayanan kesehatan keluarga dan gizi";
const KASI_IND = [
  { nama: "Jumlah posyandu aktif yang dibina", satuan: "Posyandu", target: 120, tw: [30, 60, 90, 120] },
  { nama: "Cakupan kunjungan ibu hamil K6", satuan: "%", target: 95, tw: [25, 50, 75, 90] }, // planner's slip: TW IV 90 ≠ 95
  { nama: "Persentase balita gizi buruk yang mendapat perawatan", satuan: "%", target: 100, tw: [100, 100, 100, 100] },
];
const SUB = [
  { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", pagu: 412_750_000 },
  { kode: "1.02.02.2.02.0004", nama: "Pengelolaan Pelayanan Kesehatan Balita", pagu: 268_300_000 },
  { kode: "1.02.02.2.02.0033", nama: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", pagu: 535_125_000 },
];
KEG[0].pagu = sum(SUB.map((s) => s.pagu));

function kinerja(s: Sheet, row: number, word: string, sasaran: string, ind: { nama: string; satuan: string; target: number; text?: string }[]): number {
  s.row(`A${row}`, ["No", word, "Indikator Kinerja", "Satuan", "Target"]);
  s.merge(`A${row + 1}:A${row + ind.length}`, 1).merge(`B${row + 1}:B${row + ind.length}`, sasaran);
  ind.forEach((i, k) => s.row(`C${row + 1 + k}`, [i.nama, i.satuan, i.text ?? i.target]));
  return row + ind.length;
}

function budget(s: Sheet, row: number, word: string, items: { kode: string; nama: string; pagu: number }[]): number {
  s.row(`A${row}`, ["No", "Kode", word, "Anggaran (Rp)"]);
  items.forEach((g, k) => s.row(`A${row + 1 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  const t = row + 1 + items.length;
  s.merge(`A${t}:C${t}`, "Jumlah").put(`D${t}`, idr(sum(items.map((g) => g.pagu))));
  return t;
}

function build(): Book {
  const book = new Book("lamongan-dinkes-kasi-mengetahui-sdtw-2025.xlsx");

  const b = book.sheet("PK Kabid Kesmas");
  b.merge("A1:F1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:F2", KABID.jab).merge("A3:F3", "DINAS KESEHATAN KABUPATEN LAMONGAN");
  kinerja(b, 5, "Sasaran Program", SP, KABID_IND); // 5..7
  budget(b, 9, "Kegiatan", KEG); // 9..12
  b.put("D14", "Lamongan, 2 Januari 2025");
  b.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KADIS.jab},`, null, `${KABID.jab},`]]);
  b.row("B20", [KADIS.nama, null, KABID.nama]);
  b.row("B21", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  b.row("B22", [`NIP. ${KADIS.nip}`, null, `NIP. ${KABID.nip}`]);

  const k = book.sheet("PK Kasi Kesga");
  k.merge("A1:F1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:F2", KASI.jab).merge("A3:F3", "DINAS KESEHATAN KABUPATEN LAMONGAN");
  kinerja(k, 5, "Sasaran Kegiatan", SK, KASI_IND); // 5..8
  budget(k, 10, "Sub Kegiatan", SUB); // 10..14
  // The three signers on the same rows; the date line heads the left column only.
  k.put("B16", "Lamongan, 2 Januari 2025");
  k.rows("B17", [
    ["PIHAK KEDUA,", null, "Mengetahui,", null, "PIHAK PERTAMA,"],
    [`${KABID.jab},`, null, `${KADIS.jab},`, null, `${KASI.jab},`],
  ]);
  k.row("B22", [KABID.nama, null, KADIS.nama, null, KASI.nama]);
  k.row("B23", ["Pembina (IV/a)", null, "Pembina Utama Muda (IV/c)", null, "Penata Tingkat I (III/d)"]);
  k.row("B24", [`NIP. ${KABID.nip}`, null, `NIP. ${KADIS.nip}`, null, `NIP. ${KASI.nip}`]);

  const r = book.sheet("RA TW");
  r.merge("A1:H1", "RENCANA AKSI TAHUN 2025").merge("A2:H2", KASI.jab).merge("A3:H3", "DINAS KESEHATAN KABUPATEN LAMONGAN");
  r.row("A5", ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target s.d. TW I", "Target s.d. TW II", "Target s.d. TW III", "Target s.d. TW IV"]);
  KASI_IND.forEach((i, j) => r.row(`A${6 + j}`, [j + 1, i.nama, i.satuan, i.target, ...i.tw]));
  return book;
}

const PK1 = "PK Kabid Kesmas";
const PK2 = "PK Kasi Kesga";
const RA = "RA TW";
const digits = (n: string) => n.replace(/\D/g, "");

export const lamonganMengetahui: Layout = {
  name: "lamongan-dinkes-kasi-mengetahui-sdtw-2025",
  source: "index id 55480855753 (Lamongan Dinkes signature table with `Mengetahui,` column); `Target s.d. TW` (brief; index id 71474062138); PK and RA content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK1, jabatan: KABID.jab, level: "eselon3", atasan: null, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: KABID_IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
      {
        // Pihak Kedua: the left column (the Kabid), never the middle `Mengetahui,` Kepala Dinas, never both glued.
        sheet: PK2, jabatan: KASI.jab, level: "eselon4", atasan: PK1, nama: KASI.nama, nip: digits(KASI.nip),
        pihakKedua: { jabatan: KABID.jab, nama: KABID.nama, nip: digits(KABID.nip) },
        indikator: KASI_IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SK })),
        anggaran: SUB.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    // Cakupan K6 (Akhir by default: not a count): s.d. TW IV 90 differs from the annual 95 (and 25+50+75+90 ≠ 95).
    errors: [{ rule: "tw-target-inconsistent", sheet: RA, cell: "H7" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 }, // the Kepala Dinas's PK is not in the workbook
      { rule: "kode-uncovered", sheet: PK1, cell: "B11" }, // 1.02.02.2.05 carried by no Kasi PK here
    ],
    absent: [
      { rule: "atasan-missing", sheet: PK2 }, { rule: "atasan-mismatch", sheet: PK2 }, { rule: "pihak-missing", sheet: PK2 },
      { rule: "nip-invalid", sheet: PK2 }, { rule: "level-mismatch", sheet: PK2 }, { rule: "kode-orphan", sheet: PK2 },
      { rule: "anggaran-rollup", sheet: PK1 }, { rule: "jumlah-mismatch", sheet: PK2 }, { rule: "isi-tak-terbaca", sheet: PK2 },
      { rule: "isi-tak-terbaca", sheet: RA }, { rule: "pk-unlinked", sheet: RA }, { rule: "kode-uncovered", sheet: PK1, cell: "B10" },
    ],
  },
  checks: [
    {
      name: "RA TW is the Kasi's Rencana Aksi, `Target s.d. TW I..IV` read as TW I..IV",
      run(out) {
        const ra = out.model.renaksi.find((s) => s.sheet === RA);
        const pk = findPk(out.model, { sheet: PK2, jabatan: KASI.jab });
        expect({ pk: ra?.pk ?? null, tw: ra?.indikator.map((i) => [i.nama, i.target, i.tw, i.twCells]) }).toEqual({
          pk: pk?.id ?? "(Kasi PK)",
          tw: KASI_IND.map((i, j) => [i.nama, i.target, i.tw, ["E", "F", "G", "H"].map((c) => `${c}${6 + j}`)]),
        });
      },
    },
  ],
};
