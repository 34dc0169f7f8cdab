/**
 * Layouts the third round of real workbooks showed (tests/wild: Tangerang, Banjarnegara, Jawa Barat, Barito Kuala,
 * BKPSDM), each built small, each with a near miss that must not be read the same way.
 */
import { hitung, validasi } from "../../src/engine/run";
import { verdictOf } from "../../src/engine/report/verdict";
import { grid, _ } from "../support/grid";
import type { CellValue, Grid } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const bacaanOf = (o: Out, sheet: string) => o.model.bacaan.find((b) => b.sheet === sheet)!;

const signature: CellValue[][] = [
  [],
  [..._(3), "Contoh, 3 Januari 2025"],
  [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [_(1)[0], "BUPATI CONTOH,", null, "KEPALA DINAS KESEHATAN,"],
  [],
  [_(1)[0], "H. RUDI HARTONO", null, "dr. DINI ANGGRAENI"],
  [..._(3), "NIP. 19720318 199803 2 004"],
];

const pkWith = (kinerja: CellValue[][], budget: CellValue[][]): CellValue[][] => [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["DINAS KESEHATAN"],
  [],
  ...kinerja,
  [],
  ...budget,
  ...signature,
];

const budget: CellValue[][] = [
  ["No", "Kode", "Program", "Anggaran (Rp)"],
  [1, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "1.000.000"],
  [2, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "2.000.000"],
  ["Jumlah", null, null, "3.000.000"],
];

describe("hidden rows and columns: old values a planner hid", () => {
  const kinerja: CellValue[][] = [
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Target"],
    [1, "S1", "Angka Kematian Ibu", "per 100.000 KH", 78, 75],
  ];
  const book = (hidden: { rows?: number[]; cols?: number[] }): Grid => ({ ...grid("PK", pkWith(kinerja, budget)), hiddenRows: hidden.rows, hiddenCols: hidden.cols });

  it("a hidden column is not read: the visible target counts, the hidden cells are said once (info)", () => {
    const o = validasi([book({ cols: [4] })]);
    expect(o.model.pk[0].indikator.map((i) => [i.target, i.targetCell])).toEqual([[75, "F5"]]);
    expect(rules(o).filter((r) => r.startsWith("isi-tersembunyi"))).toEqual(["isi-tersembunyi PK!E4"]);
    expect(o.findings.find((f) => f.rule === "isi-tersembunyi")).toMatchObject({ severity: "info", message: expect.stringMatching(/^Kolom E disembunyikan dan berisi 2 sel/) });
    expect(bacaanOf(o, "PK").tersembunyi).toEqual(["E:E"]);
    expect(rules(o).some((r) => r.startsWith("target-ganda"))).toBe(false);
  });

  it("a hidden row is no budget object, and its amount is out of the Jumlah", () => {
    const withDropped = pkWith(kinerja, [...budget.slice(0, 3), [3, "1.02.05", "PROGRAM DIHAPUS", "500.000"], budget[3]]);
    const o = validasi([{ ...grid("PK", withDropped), hiddenRows: [9] }]);
    expect(o.model.pk[0].anggaran.map((a) => a.kode)).toEqual(["1.02.01", "1.02.02"]);
    expect(rules(o, "error")).toEqual([]);
    expect(bacaanOf(o, "PK").tersembunyi).toEqual(["10:10"]);
  });

  it("near miss: nothing hidden, no isi-tersembunyi; two target columns without a revision word read the rightmost and say so", () => {
    const o = validasi([book({})]);
    expect(rules(o).some((r) => r.startsWith("isi-tersembunyi"))).toBe(false);
    expect(bacaanOf(o, "PK").tersembunyi).toBeUndefined();
    expect(rules(o, "warning")).toContain("target-ganda PK!F4");
  });

  it("near miss: a hidden column that holds nothing is no finding", () => {
    const o = validasi([book({ cols: [7] })]);
    expect(rules(o).some((r) => r.startsWith("isi-tersembunyi"))).toBe(false);
  });
});

describe("Target | Target Perubahan: the latest revision is the target (target-ganda)", () => {
  const kinerja = (second: string | null): CellValue[][] => [
    ["No", "Sasaran", "Indikator Kinerja", "Target", ...(second ? [second] : [])],
    [1, "S1", "Prevalensi balita stunting", 9.5, ...(second ? [8.8] : [])],
  ];
  it("reads Target Perubahan and names the choice at its header", () => {
    const o = validasi([grid("PK", pkWith(kinerja("Target Perubahan"), budget))]);
    expect(o.model.pk[0].indikator.map((i) => i.target)).toEqual([8.8]);
    expect(o.findings.find((f) => f.rule === "target-ganda")).toMatchObject({ severity: "warning", cell: "E4", message: expect.stringMatching(/2 kolom target \(D4, E4\); kolom E4/) });
  });
  it("near miss: one target column, no target-ganda", () => {
    const o = validasi([grid("PK", pkWith(kinerja(null), budget))]);
    expect(o.model.pk[0].indikator.map((i) => i.target)).toEqual([9.5]);
    expect(rules(o).some((r) => r.startsWith("target-ganda"))).toBe(false);
  });
});

describe("a budget table printed with list marks and split cells", () => {
  const subs = (numbered: boolean): CellValue[][] => [
    ["KEGIATAN DAN SUB KEGIATAN", "ANGGARAN", "KETERANGAN"],
    ...(numbered ? [["1.Administrasi Kepegawaian", "Rp 164.650.000"]] : []),
    ["a.Pendataan Administrasi Kepegawaian", "Rp 46.250.000", "DAU"],
    ["b.Pendidikan dan Pelatihan Pegawai", "Rp 118.400.000", "DAU"],
  ];
  const kinerja: CellValue[][] = [["No", "Sasaran", "Indikator Kinerja", "Target"], [1, "S1", "Jumlah dokumen kepegawaian", "12 Dokumen"]];

  it("`1.` rows are kegiatan stating their sub kegiatan's sum; `a.`, `b.` rows are the objects, names without their marks", () => {
    const o = validasi([grid("PK", pkWith(kinerja, subs(true)))]);
    const p = o.model.pk[0];
    expect(p.anggaran.map((a) => [a.nama, a.pagu])).toEqual([["Pendataan Administrasi Kepegawaian", 46_250_000], ["Pendidikan dan Pelatihan Pegawai", 118_400_000]]);
    expect(p.budgetTables.map((t) => t.word)).toEqual(["sub kegiatan"]);
    expect(bacaanOf(o, "PK").takTerbaca).toEqual([]);
  });
  it("near miss: without a numbered row the lettered rows are simply the objects", () => {
    const p = validasi([grid("PK", pkWith(kinerja, subs(false)))]).model.pk[0];
    expect(p.anggaran.map((a) => a.pagu)).toEqual([46_250_000, 118_400_000]);
  });

  const rp = (split: boolean): CellValue[][] => [
    [null, "Program", "Anggaran", null, "Keterangan"],
    ...[["Program Pelayanan Administrasi", "2.680.195.747"], ["Program Kepemudaan", "5.799.120.000"]].map(([n, a], i): CellValue[] =>
      split ? [i + 1, n, "Rp", a, "APBD"] : [i + 1, n, `Rp ${a}`, null, "APBD"]),
  ];
  it("`Rp | 2.680.195.747` under one Anggaran: the amount is the cell after the mark; the No column without header is its numbering", () => {
    const o = validasi([grid("PK", pkWith(kinerja, rp(true)))]);
    expect(o.model.pk[0].anggaran.map((a) => [a.pagu, a.paguCell])).toEqual([[2_680_195_747, "D8"], [5_799_120_000, "D9"]]);
    expect(rules(o, "error")).toEqual([]);
    expect(bacaanOf(o, "PK").takTerbaca).toEqual([]);
  });
  it("near miss: `Rp 2.680.195.747` in one cell is read where it stands", () => {
    const o = validasi([grid("PK", pkWith(kinerja, rp(false)))]);
    expect(o.model.pk[0].anggaran.map((a) => [a.pagu, a.paguCell])).toEqual([[2_680_195_747, "C8"], [5_799_120_000, "C9"]]);
  });
  it("near miss: numbers beside a table that do not count 1, 2, 3 stay reported", () => {
    const rows = rp(true).map((r, i) => (i === 2 ? [7, ...r.slice(1)] : r));
    expect(bacaanOf(validasi([grid("PK", pkWith(kinerja, rows))]), "PK").takTerbaca).toEqual(["A8:A9"]);
  });

  const kode = (parts: CellValue[]): CellValue[][] => [
    ["No", "Kode", null, null, null, "Kegiatan", "Anggaran (Rp)"],
    [1, ...parts, "Administrasi Kepegawaian Perangkat Daerah", 127_000_000],
  ];
  it("a kode split over the columns under its header, each part shown through its format", () => {
    const rows = pkWith(kinerja, kode([5, 3, 1, 2.05]));
    const g = grid("PK", rows, { formats: { C8: "00", D8: "00", E8: "0.00" } });
    expect(validasi([g]).model.pk[0].anggaran.map((a) => [a.kode, a.kodeCell])).toEqual([["5.03.01.2.05", "B8"]]);
  });
  it("near miss: a kode written whole in the first column is read as written", () => {
    expect(validasi([grid("PK", pkWith(kinerja, kode(["5.03.01.2.05", null, null, null])))]).model.pk[0].anggaran.map((a) => a.kode)).toEqual(["5.03.01.2.05"]);
  });
});

describe("Realisasi tables of e-SAKIP capaian pages", () => {
  const pk = grid("PK", pkWith([["No", "Sasaran", "Indikator Kinerja", "Target"], [1, "S1", "Persentase jalan mantap", 68], [2, "S1", "Jumlah jembatan direhabilitasi", 6]], budget));

  it("Target dan Realisasi / Triwulan I / Target | Realisasi: the realisasi are the Realisasi sub-columns", () => {
    const cap = grid("Capaian", [
      ["Capaian Kinerja Pejabat Esselon II Tahun 2025"],
      [],
      ["NO", "IKU", "Target Tahunan", "Target dan Realisasi"],
      [..._(3), "Triwulan I", null, "Triwulan II"],
      [..._(3), "Target", "Realisasi", "Target", "Realisasi"],
      [1, "Persentase jalan mantap", "68", "62", "61,8", "64", "63,9"],
      [2, "Jumlah jembatan direhabilitasi", "6", "1", "1", "2", "1"],
    ]);
    const o = validasi([pk, cap]);
    expect(o.model.realisasi[0].indikator.map((i) => i.tw)).toEqual([[61.8, 63.9, null, null], [1, 1, null, null]]);
    expect(bacaanOf(o, "Capaian").takTerbaca).toEqual(["D6:D7", "F6:F7"]);
  });

  const monthly = (kind: "T | R" | "Rencana keuangan") =>
    grid("Bulanan", [
      ["Capaian Kinerja Pejabat Esselon II Tahun 2025"],
      [],
      ["NO", "IKU", "SATUAN", kind === "T | R" ? "Target (T) & Realisasi (R)" : "Realisasi Keuangan (Rp)"],
      [..._(3), ...["Jan", "Feb", "Mar", "Apr", "Mei", "Jun"].flatMap((m) => [m, null])],
      [..._(3), ...new Array(6).fill(null).flatMap(() => ["T", "R"])],
      [1, "Persentase jalan mantap", "%", "41", "41,2", "41", "41,2", "42", "41,8", "42", "42", "43", "42,6", "43", "43,1"],
      [2, "Jumlah jembatan direhabilitasi", "Unit", "0", "0", "0", "0", "1", "1", "0", "0", "1", "0", "1", "1"],
    ]);
  it("Jan .. Jun each over T | R: the quarter is the last month for Akhir, the three months' sum for Kumulatif (Jumlah ...)", () => {
    const o = validasi([pk, monthly("T | R")]);
    const r = o.model.realisasi[0];
    expect(r.indikator.map((i) => i.tw)).toEqual([[41.8, 43.1, null, null], [1, 1, null, null]]);
    expect(r.indikator[0].twCells).toEqual(["I6", "O6", "", ""]);
  });
  it("a sheet titled as a Realisasi whose table cannot be read is reported, and the verdict never says dapat dipercaya", () => {
    const o = validasi([pk, monthly("Rencana keuangan")]);
    expect(o.model.sheets.find((s) => s.name === "Bulanan")?.kind).toBe("unknown");
    expect(verdictOf(o.findings)).toMatchObject({ kind: "unread", text: expect.stringMatching(/1 lembar Rencana Aksi atau Realisasi/) });
  });
});

describe("the fourth round: exports, long forms, periods, bare NIPs, footers", () => {
  const kinerja: CellValue[][] = [["No", "Sasaran", "Indikator Kinerja", "Target"], [1, "S1", "Persentase ibu hamil K4", 100], [2, "S1", "Jumlah puskesmas terakreditasi", 12]];
  const pk = grid("PK", pkWith(kinerja, budget));

  it("an export's heading row at A1 (TAHUN | ... | REALISASI TW1 | ...) is no Realisasi title: the sheet is not read", () => {
    const exp = grid("Anggaran IKU", [
      ["TAHUN", "KODE IKU", "INDIKATOR KINERJA", "PAGU AWAL", "PAGU REVISI", "REALISASI TW1", "REALISASI TW2"],
      [2025, "1.1.1", "Persentase ibu hamil K4", 1_250_000_000, 1_212_000_000, 240_150_000, 566_300_000],
    ]);
    const o = validasi([pk, exp]);
    expect(o.model.sheets.find((s) => s.name === "Anggaran IKU")?.kind).toBe("unknown");
    expect(o.model.realisasi).toEqual([]);
  });
  it("near miss: a title alone at A1 still opens its sheet", () => {
    const real = grid("Real", [["REALISASI"], ["No", "Indikator Kinerja", "Realisasi"], [..._(2), "TW I"], [1, "Persentase ibu hamil K4", 30]]);
    expect(validasi([pk, real]).model.sheets.find((s) => s.name === "Real")?.kind).toBe("realisasi");
  });

  const longForm = (quarters: string[]) => grid("Realisasi Kinerja", [
    ["REALISASI KINERJA TAHUN 2025"],
    [],
    ["No", "Indikator Kinerja", "Triwulan", "Target Triwulan", "Realisasi Kumulatif"],
    [1, "Persentase ibu hamil K4", quarters[0], 25, 24.6],
    [2, "Jumlah puskesmas terakreditasi", quarters[0], 0, 0],
    [3, "Persentase ibu hamil K4", quarters[1], 50, 51.2],
    [4, "Jumlah puskesmas terakreditasi", quarters[1], 4, 5],
  ]);
  it("the long form (one row per indikator and quarter): each realisasi into its row's quarter", () => {
    const r = validasi([pk, longForm(["TW 1", "TW 2"])]).model.realisasi[0];
    expect(r.indikator.map((i) => [i.nama, i.tw, i.twCells])).toEqual([
      ["Persentase ibu hamil K4", [24.6, 51.2, null, null], ["E4", "E6", "", ""]],
      ["Jumlah puskesmas terakreditasi", [0, 5, null, null], ["E5", "E7", "", ""]],
    ]);
  });
  it("near miss: a Triwulan column that names no quarter is no long form (the sheet is reported, never read into a quarter)", () => {
    const o = validasi([pk, longForm(["awal", "akhir"])]);
    expect(o.model.realisasi.flatMap((s) => s.indikator.flatMap((i) => i.tw)).filter((v) => v !== null)).toEqual([]);
  });

  it("PERIODE 2021-2026 is a plan's span, not the year; TAHUN 2025 is", () => {
    const ra = (line: string) => grid("RA", [["RENCANA AKSI"], [line], ["No", "Indikator Kinerja", "Target", "Target Triwulan"], [..._(3), "TW I", "TW II", "TW III", "TW IV"], [1, "Persentase ibu hamil K4", 100, 25, 50, 75, 100]]);
    expect(validasi([pk, ra("PERIODE 2021-2026")]).model.renaksi[0].tahun).toBeNull();
    expect(validasi([pk, ra("TAHUN 2025")]).model.renaksi[0].tahun).toBe(2025);
  });

  const signed = (nipLine: string): CellValue[][] => [
    ["PERJANJIAN KINERJA TAHUN 2025"], ["DINAS KESEHATAN"], [], ...kinerja, [], ...budget, [],
    [..._(2), "KEPALA DINAS KESEHATAN"], [], [], [..._(2), "dr. DINI ANGGRAENI"], [..._(2), nipLine],
  ];
  it("a bare NIP under the name is the NIP", () => {
    expect(validasi([grid("PK", signed("197203181998032004"))]).model.pk[0].pihakPertama?.nip).toBe("197203181998032004");
  });
  it("near miss: 18 digits that start with no birth date are no NIP", () => {
    expect(validasi([grid("PK", signed("999999999999999999"))]).model.pk[0].pihakPertama?.nip ?? null).toBeNull();
  });

  const footer = (amount: string): CellValue[][] => pkWith(kinerja, [...budget.slice(0, 3), [..._(3), amount]]);
  it("a lone amount under the pagu right after the items, equal to their sum, is their total", () => {
    const o = validasi([grid("PK", footer("Rp 3.000.000"))]);
    expect(o.model.pk[0].jumlah).toEqual({ value: 3_000_000, cell: "D11" });
    expect(bacaanOf(o, "PK").takTerbaca).toEqual([]);
  });
  it("near miss: a lone amount that is not their sum stays reported, never a total", () => {
    const o = validasi([grid("PK", footer("Rp 7.000.000"))]);
    expect(o.model.pk[0].jumlah).toBeNull();
    expect(bacaanOf(o, "PK").takTerbaca).toEqual(["D11"]);
  });

  it("pagu-ganda on a PK's own budget table (Pagu Murni | Pagu Perubahan); near miss: one pagu column says nothing", () => {
    const two = pkWith(kinerja, [["No", "Kode", "Program", "Pagu Murni", "Pagu Perubahan"], [1, "1.02.01", "PROGRAM A", "1.000.000", "900.000"], [2, "1.02.02", "PROGRAM B", "2.000.000", "2.100.000"]]);
    const o = validasi([grid("PK", two)]);
    expect(o.model.pk[0].anggaran.map((a) => a.pagu)).toEqual([900_000, 2_100_000]);
    expect(rules(o, "warning")).toContain("pagu-ganda PK!E8");
    expect(rules(validasi([pk]))).not.toContainEqual(expect.stringMatching(/^pagu-ganda/));
  });

  it("a list under the title (No. | SASARAN, 1. | ...) is no title line: reported; the title's jabatan is the Pihak Pertama's", () => {
    const o = validasi([grid("PK", [
      ["PERJANJIAN KINERJA KEPALA BKPSDM"], ["TAHUN 2021"], [], ["No.", "SASARAN"], ["1.", "Meningkatnya kualitas ASN"], ["2.", "Meningkatnya pelayanan kepegawaian"],
      [], ["INDIKATOR KINERJA", "TARGET"], ["Indeks Profesionalitas ASN", 74], ["Indeks Sistem Merit", 315],
    ])]);
    const p = o.model.pk[0];
    expect([p.pihakPertama?.jabatan, p.level]).toEqual(["KEPALA BKPSDM", "eselon2"]);
    expect(bacaanOf(o, "PK").takTerbaca).toEqual(["A4:B6"]);
  });

  it("a tree print's column (Tujuan / Sasaran / Indikator Kinerja): T1 - and Sasaran: rows are layout, kode-led names read, dash items reported", () => {
    const rekap = grid("Rekap", [
      ["REKAP CAPAIAN KINERJA TAHUN 2025"],
      [],
      ["No", "Tujuan / Sasaran / Indikator Kinerja", "Target", "Realisasi (Kumulatif)"],
      [..._(3), "TW I", "TW II"],
      [null, "T1 - Meningkatnya derajat kesehatan"],
      [null, "Sasaran: 1.1 - Meningkatnya layanan"],
      [1, "1.1.1.1 - Persentase ibu hamil K4", 100, 24.6, 51.2],
      [null, " - Penyusunan laporan ANC"],
      [2, "1.1.1.2 - Jumlah puskesmas terakreditasi", 12, 0, 5],
    ]);
    const o = validasi([pk, rekap]);
    expect(o.model.realisasi[0].indikator.map((i) => [i.nama, i.tw.slice(0, 2)])).toEqual([["Persentase ibu hamil K4", [24.6, 51.2]], ["Jumlah puskesmas terakreditasi", [0, 5]]]);
    expect(bacaanOf(o, "Rekap").takTerbaca).toEqual(["B8"]);
    expect(rules(o, "error")).toEqual([]);
  });
});

describe("the fifth round: a monev of money by quarter, an LKjIP page", () => {
  const kinerja: CellValue[][] = [["No", "Sasaran", "Indikator Kinerja", "Target"], [1, "S1", "Indeks SPBE", 3.5]];
  const pk = grid("PK", pkWith(kinerja, budget));
  const monev = (third: string) => grid("Monev", [
    ["MONITORING DAN EVALUASI CAPAIAN KINERJA ATAS RENCANA AKSI"],
    ["APBD MURNI TAHUN 2025"],
    [],
    ["PROGRAM / KEGIATAN / SUB KEGIATAN", "TARGET KINERJA DAN ANGGARAN", null, "REALISASI PER TRIWULAN"],
    [..._(3), "TW I", null, null, "TW II"],
    [null, "Target", "Pagu", "Kinerja", "Keuangan", third, "Kinerja", "Keuangan", third],
    ["1.02.01 PROGRAM PENUNJANG", "100 %", "Rp 1.000.000", "3 Bulan", "25 %", "Rp 250.000", "6 Bulan", "60 %", "Rp 600.000"],
  ]);
  it("Kinerja | Keuangan | Rp. under each quarter: the money is the Rp. column, the percent and the output are not money", () => {
    const o = validasi([pk, monev("Rp.")]);
    const row = o.model.realisasi[0].budget[0];
    expect([row.kode, row.keuangan?.values[2], row.keuangan?.values[5]]).toEqual(["1.02.01", 250_000, 600_000]);
    // The output (`3 Bulan`) and the percent are reported, never money.
    expect(bacaanOf(o, "Monev").takTerbaca).toEqual(expect.arrayContaining(["D7:E7"]));
  });
  it("near miss: without an Rp. column the Keuangan column is the money", () => {
    const o = validasi([pk, monev("Catatan")]);
    expect(o.model.realisasi[0].budget[0].keuangan?.values[2]).toBe(25);
  });

  const lkjip = (header: CellValue[]) => grid("Capaian", [
    ["INSPEKTORAT DAERAH"],
    ["LKjIP Inspektorat Daerah Tahun 2025", null, null, null, null, 29],
    [],
    header,
    [1, "Indeks SPBE", "Indeks", 3.5, 3.6, "102,86 %"],
  ]);
  it("an LKjIP page whose table measures the PK is a Realisasi; the year's realisasi, no quarter said, is reported", () => {
    const o = validasi([pk, lkjip(["No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"])]);
    expect(o.model.sheets.find((s) => s.name === "Capaian")?.kind).toBe("realisasi");
    expect(o.model.realisasi[0].pk).toBe(o.model.pk[0].id);
    expect(bacaanOf(o, "Capaian").takTerbaca).toContain("A4:F5");
  });
  it("near miss: an LKjIP page without such a table stays a report not read", () => {
    const o = validasi([pk, lkjip(["No", "Program", "Anggaran", "Realisasi Anggaran", "Sisa", "Persen"])]);
    expect(o.model.sheets.find((s) => s.name === "Capaian")?.kind).toBe("unknown");
  });
});

describe("the sixth round: side by side, a witness column, Nilai under Target, a Realisasi sheet per quarter", () => {
  const half = (jab: string, pihak2: string, nama: string, nip: string, ind: string): CellValue[][] => [
    ["PERJANJIAN KINERJA TAHUN 2025"], [jab], [],
    ["No", "Sasaran", "Indikator Kinerja", "Target"], [1, "S1", ind, 90], [],
    [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [null, `${pihak2},`, null, `${jab},`], [], [null, "ATASAN", null, nama], [..._(3), `NIP. ${nip}`],
  ];
  const beside = (gap: boolean): Grid => {
    const a = half("KEPALA DINAS PERHUBUNGAN", "BUPATI TEGAL", "Drs. HERU SUSANTO", "19720305 199703 1 004", "Indeks kepuasan layanan");
    const b = half("SEKRETARIS DINAS PERHUBUNGAN", "KEPALA DINAS PERHUBUNGAN", "ANIK PURWANINGSIH", "19790912 200604 2 013", "Nilai SAKIP");
    // Each half is four columns wide (A:D); with the gap, column E is blank on every row.
    return grid("PK Es II-III", a.map((row, r) => [...row, ...new Array(4 - row.length).fill(null), ...(gap ? [null] : []), ...b[r]]));
  };
  it("two PKs side by side are two PKs, the Sekretaris under the Kadis", () => {
    const o = validasi([beside(true)]);
    expect(o.model.pk.map((p) => [p.pihakPertama?.jabatan?.replace(/,$/, ""), p.indikator.map((i) => i.nama), p.atasan])).toEqual([
      ["KEPALA DINAS PERHUBUNGAN", ["Indeks kepuasan layanan"], null],
      ["SEKRETARIS DINAS PERHUBUNGAN", ["Nilai SAKIP"], "PK Es II-III"],
    ]);
    expect(o.model.bacaan.filter((b) => b.sheet === "PK Es II-III")).toHaveLength(1);
  });
  it("near miss: without a blank column between them the sheet is not split", () => {
    expect(validasi([beside(false)]).model.pk.length).toBeLessThan(2);
  });

  const signed = (middle: string | null): CellValue[][] => [
    ["PERJANJIAN KINERJA TAHUN 2025"], ["KEPALA SEKSI KESEHATAN KELUARGA"], [],
    ["No", "Sasaran", "Indikator Kinerja", "Target"], [1, "S1", "Cakupan K4", 95], [],
    [null, "PIHAK KEDUA,", null, middle, null, "PIHAK PERTAMA,"],
    [null, "KEPALA BIDANG KESEHATAN MASYARAKAT,", null, middle ? "KEPALA DINAS KESEHATAN," : null, null, "KEPALA SEKSI KESEHATAN KELUARGA,"],
    [], [null, "dr. KABID", null, middle ? "dr. KADIS" : null, null, "KASI KESGA"],
  ];
  it("a Mengetahui column between the parties is a witness: Pihak Kedua is the left column alone", () => {
    const p = validasi([grid("PK", signed("Mengetahui,"))]).model.pk[0];
    expect([p.pihakKedua?.jabatan, p.pihakKedua?.nama]).toEqual(["KEPALA BIDANG KESEHATAN MASYARAKAT,", "dr. KABID"]);
  });
  it("near miss: two columns only, the same parties", () => {
    const p = validasi([grid("PK", signed(null))]).model.pk[0];
    expect([p.pihakKedua?.jabatan, p.pihakKedua?.nama]).toEqual(["KEPALA BIDANG KESEHATAN MASYARAKAT,", "dr. KABID"]);
  });

  it("Target over Nilai | Satuan: the value column is the target, the other the satuan", () => {
    const p = validasi([grid("PK", pkWith([["No", "Sasaran", "Indikator Kinerja", "Target"], [..._(3), "Nilai", "Satuan"], [1, "S1", "Rasio PAD", 12.5, "%"]], budget))]).model.pk[0];
    expect(p.indikator.map((i) => [i.target, i.satuan])).toEqual([[12.5, "%"]]);
  });

  const kinerja: CellValue[][] = [["No", "Sasaran", "Indikator Kinerja", "Target"], [1, "S1", "Indeks kualitas air", 70]];
  const realTw = (name: string, q: string, v: number) => grid(name, [[`REALISASI TAHUN 2025 ${q}`], ["No", "Indikator Kinerja", "Target", `Realisasi s.d. ${q}`], [1, "Indeks kualitas air", 70, v]]);
  it("one Realisasi sheet per quarter: each quarter from the sheet that states it", () => {
    const o = validasi([grid("PK", pkWith(kinerja, budget)), realTw("REAL TW I", "Triwulan I", 66), realTw("REAL TW II", "Triwulan II", 67)]);
    const out = hitung([grid("PK", pkWith(kinerja, budget)), realTw("REAL TW I", "Triwulan I", 66), realTw("REAL TW II", "Triwulan II", 67)], { triwulan: 2 });
    expect(o.model.realisasi.map((s) => s.indikator[0].tw)).toEqual([[66, null, null, null], [null, 67, null, null]]);
    expect(out.results.capaian[0].realisasi).toBe(67);
  });
});

describe("the seventh round: a monitoring of the PK, a side of the signature in one cell", () => {
  const kinerja: CellValue[][] = [["No", "Sasaran", "Indikator Kinerja", "Target"], [1, "S1", "Cakupan imunisasi", 95]];
  const pk = grid("PK", pkWith(kinerja, budget));
  const monev = (title: string) => grid("Monev", [
    [title], ["Tahun 2025"], [],
    ["No", "Indikator", "Baseline", "Realisasi Triwulan"], [..._(3), "I", "II", "III", "IV"], [1, "Cakupan imunisasi", 95, 80, 88],
  ]);
  it("MONITORING DAN EVALUASI KINERJA whose table measures the PK is its Realisasi", () => {
    const o = validasi([pk, monev("MONITORING DAN EVALUASI KINERJA")]);
    expect(o.model.realisasi[0]?.indikator.map((i) => i.tw)).toEqual([[80, 88, null, null]]);
  });
  it("near miss: an EVALUASI report of the same shape stays a report not read", () => {
    expect(validasi([pk, monev("EVALUASI RENJA PERANGKAT DAERAH")]).model.realisasi).toEqual([]);
  });

  const lamp = (label: string) => grid("Lamp", [
    ...pkWith(kinerja, budget).slice(0, 12),
    [],
    [`PIHAK KEDUA,\nBUPATI PRINGSEWU\n\n\nRIYANTO PAMUNGKAS`, null, `${label},\nKEPALA DINAS KOMINFO\n\n\nANDI WIJAYA, S.Kom.\nPembina Tk. I (IV/b)\n19800314 200501 1 007`],
  ]);
  it("a side of the signature written in one long cell is read as a signature, its bare NIP and pangkat too", () => {
    const p = validasi([lamp("PIHAK KESATU")]).model.pk[0];
    expect([p.pihakPertama?.nip, p.pihakPertama?.pangkat]).toEqual(["198003142005011007", "Pembina Tk. I (IV/b)"]);
  });
  it("near miss: a long statement cell without a PIHAK label first is still a statement", () => {
    const o = validasi([lamp("Dengan ini kami yang bertanda tangan di bawah ini menyatakan")]);
    expect(o.model.pk[0].pihakPertama?.nip ?? null).toBeNull();
  });
});
