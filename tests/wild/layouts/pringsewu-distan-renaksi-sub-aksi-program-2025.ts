/**
 * Kabupaten Pringsewu, Dinas Pertanian: the PK 2025 of the Kepala Dinas and the OPD admin's print "Target dan Rencana
 * Aksi" filtered to that official. The Rencana Aksi is NOT a table of quarterly targets per PK indikator: under each
 * indikator (merged down, with a `Tahun` column `2025` and its satuan, but NO annual target column) stand the PK's
 * programs linked to it (`[3.27.03] PROGRAM …` | `Rp 8.450.000.000`, the indikator's height split between them, the same
 * program again under a second indikator), then each numbered rencana aksi (`1. …`) and under it its numbered SUB
 * rencana aksi, and the quarterly targets `I..IV` are those of the SUB rencana aksi (`Target Triwulan mengikuti SUB rencana
 * aksi pada baris ini`): tons of seed, kelompok, units of irrigation, never the indikator's Ton/Ha. The `Pejabat
 * (Eselon)` cell (`KEPALA DINAS PERTANIAN` / `Eselon II` in one cell) is printed again at each sasaran, with the No;
 * an indikator without rencana aksi prints `-` across.
 *
 * Sources: andhika201/E-Sakip @74f39c2 (files last changed in 50d0805e) `app/Views/adminOpd/pk_renaksi/target_rencana_aksi_cetak.php`
 * (OPD branch: `$judul` `Target dan Rencana Aksi` for an OPD admin, `subjudul` `Perangkat Daerah: … - Tahun …`, the
 * filter note `Eselon: … | Pejabat: …`, the header `No | Pejabat (Eselon) | Sasaran | Indikator | Tahun | Satuan | Program
 * | Anggaran | Rencana Aksi | Sub Rencana Aksi | Target Triwulan (I..IV) | Penanggung Jawab`, rowspans `$sasTotal`, `$n`,
 * `$bagiProgram`, `'[' . kode . '] '`, `formatRupiah`, `($butirIdx + 1) . '. '`), `app/Models/Opd/TargetModel.php`
 * `getProgramPkByIndikator` (the PK's programs with kode and anggaran, deduplicated per indikator only),
 * `app/Views/templates/pdf_kop.php`, and `app/Views/adminOpd/pk/cetak-L.php` (the PK sheet, `jenis === 'jpt'`). Made up:
 * names, NIP, sasaran, indikator, targets, programs' amounts, rencana aksi (program kode after Kepmendagri
 * 050-5889/2021, urusan 3.27 pertanian).
 *
 * Correct reading (workbook.md §1, §2; where the spec is silent, what a Bappeda planner expects, said so):
 * - `PK`: one eselon2 PK, three indikator (5,8 Ton/Ha, 15 %, `BB`), four programs without kode (the PK print has none),
 *   Pihak Kedua the Bupati (not in the workbook: atasan-missing).
 * - `RA`: a Rencana Aksi (title, year in the subtitle) of that PK (the only PK; the Pejabat column and the filter note
 *   name its jabatan): never pk-unlinked, never dismissed. The spec's Rencana Aksi gives each PK indikator quarterly
 *   targets; here they belong to sub actions (the spec is silent on a `Rencana Aksi | Sub Rencana Aksi` table). As for
 *   majalengka-dlh-renaksi-iku-aksi-2025, a planner expects no PK indikator to get the targets of its sub actions
 *   (`250` ton of seed is no target of a 5,8 Ton/Ha productivity): no false tw-target-inconsistent, target-mismatch,
 *   tw-target-decreasing; `Tahun` `2025` is no target; the sub actions are no indikator (no indikator-unknown). The
 *   program cells are the PK's own programs with their kode and pagu (the same as the PK's: no pagu-mismatch), the
 *   program under two indikator one program; they and the sub actions' targets are read into something harmless or
 *   reported unread, never dropped. renaksi-missing is left open (the indikator stand in the sheet, without targets).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";
import { findPk } from "../truth";

const PK = "PK";
const RA = "RA";
const BUPATI = { nama: "H. ADI PRANOTO, S.E., M.M.", jab: "BUPATI PRINGSEWU" };
const KADIS = { nama: "Ir. SUPRIYADI WIBOWO, M.P.", nip: "19700614 199503 1 003", jab: "KEPALA DINAS PERTANIAN" };
const UNIT = "DINAS PERTANIAN";
const P = {
  penunjang: { kode: "3.27.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 14_680_500_000 },
  sarana: { kode: "3.27.03", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN", pagu: 8_450_000_000 },
  prasarana: { kode: "3.27.04", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN", pagu: 5_120_000_000 },
  penyuluhan: { kode: "3.27.07", nama: "PROGRAM PENYULUHAN PERTANIAN", pagu: 2_310_000_000 },
};
const PROG = [P.penunjang, P.sarana, P.prasarana, P.penyuluhan];
const S1 = "Meningkatnya produksi dan produktivitas pertanian";
const S2 = "Meningkatnya akuntabilitas kinerja perangkat daerah";
const IND = [
  { s: S1, nama: "Produktivitas padi", satuan: "Ton/Ha", text: "5,80", target: 5.8 as number | string },
  { s: S1, nama: "Persentase kelompok tani yang naik kelas", satuan: "%", text: "15", target: 15 },
  { s: S2, nama: "Nilai SAKIP Dinas Pertanian", satuan: "Predikat", text: "BB", target: "BB" },
];

function build(): Book {
  const book = new Book("pringsewu-distan-renaksi-sub-aksi-program-2025.xlsx");

  const p = book.sheet(PK);
  p.merge("A1:E1", `PERJANJIAN KINERJA TAHUN 2025\n${UNIT}`);
  p.row("A3", ["No", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "SATUAN"]);
  p.row("A4", [1, 2, 3, 4, 5]);
  p.merge("A5:A6", "1.").merge("B5:B6", S1).put("A7", "2.").put("B7", S2);
  IND.forEach((i, k) => p.row(`C${5 + k}`, [i.nama, i.text, i.satuan]));
  p.row("A9", ["No", "PROGRAM", null, "ANGGARAN (Rp)"]);
  p.merges.push("B9:C9");
  PROG.forEach((g, k) => p.put(`A${10 + k}`, k + 1).merge(`B${10 + k}:C${10 + k}`, g.nama).put(`D${10 + k}`, idr(g.pagu))); // 10..13
  p.merge("A14:C14", "TOTAL").put("D14", idr(sum(PROG.map((g) => g.pagu))));
  p.row("B16", ["PIHAK KEDUA,", null, "PIHAK KESATU,"]);
  p.row("B17", [BUPATI.jab, null, KADIS.jab]);
  p.row("B22", [BUPATI.nama, null, KADIS.nama]);
  p.put("D23", `NIP. ${KADIS.nip}`);

  const r = book.sheet(RA);
  r.merge("A1:O1", "PEMERINTAH KABUPATEN PRINGSEWU").merge("A2:O2", UNIT);
  r.merge("A4:O4", "TARGET DAN RENCANA AKSI").merge("A5:O5", `Perangkat Daerah: ${UNIT} - Tahun 2025`);
  r.put("A6", `Eselon: Eselon II | Pejabat: ${KADIS.jab}`);
  ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "O"].forEach((c) => r.merges.push(`${c}8:${c}9`));
  r.row("A8", ["NO", "PEJABAT (ESELON)", "SASARAN", "INDIKATOR", "TAHUN", "SATUAN", "PROGRAM", "ANGGARAN", "RENCANA AKSI", "SUB RENCANA AKSI", "TARGET TRIWULAN", null, null, null, "PENANGGUNG JAWAB"]);
  r.merges.push("K8:N8");
  r.row("K9", ["I", "II", "III", "IV"]);
  const pejabat = `${KADIS.jab}\nEselon II`;
  const prog = (row: number, span: number, g: { kode: string; nama: string; pagu: number }) => {
    if (span > 1) r.merge(`G${row}:G${row + span - 1}`, `[${g.kode}] ${g.nama}`).merge(`H${row}:H${row + span - 1}`, `Rp ${idr(g.pagu)}`);
    else r.put(`G${row}`, `[${g.kode}] ${g.nama}`).put(`H${row}`, `Rp ${idr(g.pagu)}`);
  };
  // Sasaran 1 (rows 10..14): No, Pejabat, Sasaran merged over both indikator.
  r.merge("A10:A14", 1).merge("B10:B14", pejabat).merge("C10:C14", S1);
  // Indikator 1 (rows 10..12): two programs over three rows (2 + 1), two rencana aksi (two subs + one sub).
  r.merge("D10:D12", IND[0].nama).merge("E10:E12", "2025").merge("F10:F12", IND[0].satuan).merge("O10:O12", "Kepala Bidang Prasarana dan Sarana Pertanian");
  prog(10, 2, P.sarana);
  prog(12, 1, P.prasarana);
  r.merge("I10:I11", "1. Penyediaan benih padi unggul bersertifikat");
  r.row("J10", ["1. Pengadaan benih padi bersertifikat (ton)", "-", 250, 500, 500]);
  r.row("J11", ["2. Distribusi benih kepada kelompok tani (kelompok)", "-", 30, 60, 60]);
  r.row("I12", ["2. Pengembangan jaringan irigasi tersier", "1. Rehabilitasi jaringan irigasi tersier (unit)", "-", 5, 12, 20]);
  // Indikator 2 (rows 13..14): its own program and, again, 3.27.03.
  r.merge("D13:D14", IND[1].nama).merge("E13:E14", "2025").merge("F13:F14", IND[1].satuan).merge("O13:O14", "Kepala Bidang Penyuluhan");
  prog(13, 1, P.penyuluhan);
  prog(14, 1, P.sarana);
  r.merge("I13:I14", "1. Peningkatan kapasitas kelompok tani");
  r.row("J13", ["1. Pelatihan manajemen kelompok tani (kelompok)", 10, 20, 30, 40]);
  r.row("J14", ["2. Penilaian kelas kemampuan kelompok tani (kelompok)", "-", "-", "-", 120]);
  // Sasaran 2 (row 15): the Pejabat cell printed again; no rencana aksi: `-` across.
  r.row("A15", [2, pejabat, S2, IND[2].nama, "2025", IND[2].satuan, null, null, "-", "-", "-", "-", "-", "-", "Sekretaris"]);
  prog(15, 1, P.penunjang);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const subTargetCells = ["L10", "M10", "N10", "L11", "M11", "N11", "L12", "M12", "N12", "K13", "L13", "M13", "N13", "N14"];
const programCells = ["G10", "H10", "G12", "H12", "G13", "H13", "G14", "H14", "G15", "H15"];

export const pringsewuDistanSubAksi: Layout = {
  name: "pringsewu-distan-renaksi-sub-aksi-program-2025",
  source: "andhika201/E-Sakip @74f39c2 `app/Views/adminOpd/pk_renaksi/target_rencana_aksi_cetak.php`, `app/Models/Opd/TargetModel.php`, `templates/pdf_kop.php`, `adminOpd/pk/cetak-L.php`; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.s })),
        anggaran: PROG.map((g) => ({ kode: null, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pk-unlinked", sheet: RA }, { rule: "tw-target-inconsistent", sheet: RA }, { rule: "target-mismatch", sheet: RA },
      { rule: "tw-target-decreasing", sheet: RA }, { rule: "satuan-mismatch", sheet: RA }, { rule: "indikator-duplicate", sheet: RA },
      { rule: "indikator-unknown", sheet: RA }, { rule: "value-unreadable", sheet: RA }, { rule: "tahun-missing", sheet: RA },
      { rule: "pagu-mismatch", sheet: RA }, { rule: "rak-sum", sheet: RA }, { rule: "kode-invalid", sheet: RA },
      { rule: "target-missing", sheet: RA }, { rule: "jumlah-mismatch", sheet: PK }, { rule: "pihak-missing", sheet: PK },
    ],
    unreadOrRead: [
      { sheet: RA, cells: subTargetCells, what: "quarterly targets of the sub rencana aksi" },
      { sheet: RA, cells: programCells, what: "program (kode) and anggaran linked to each indikator" },
    ],
  },
  checks: [
    {
      name: "the Rencana Aksi belongs to the PK, and no indikator gets the quarterly targets of its sub actions",
      run(out) {
        const pk = findPk(out.model, { sheet: PK, jabatan: KADIS.jab });
        const ra = out.model.renaksi.find((s) => s.sheet === RA);
        const names = new Set(IND.map((i) => i.nama));
        const withSubTargets = (ra?.indikator ?? []).filter((i) => i.tw.some((v) => v !== null)).map((i) => `${i.cell} ${squash(i.nama)}: ${JSON.stringify(i.tw)}`);
        const notPk = (ra?.indikator ?? []).filter((i) => !names.has(squash(i.nama))).map((i) => `${i.cell} ${squash(i.nama)}`);
        expect({ pk: ra?.pk ?? null, withSubTargets, notPk }).toEqual({ pk: pk?.id ?? "(Kadis PK)", withSubTargets: [], notPk: [] });
      },
    },
  ],
};
