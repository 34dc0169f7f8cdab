/**
 * The layout families of workbook.md §6, each built in code, each with a near miss beside it: the same sheet with
 * one thing changed that must not be read the same way.
 */
import { validasi } from "../../src/engine/run";
import { grid, _ } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

const rules = (o: ReturnType<typeof validasi>, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const bacaanOf = (o: ReturnType<typeof validasi>, sheet: string) => o.model.bacaan.find((b) => b.sheet === sheet)!;

const signed = (kedua: string, pertama: string, at = 0): CellValue[][] => [
  [],
  [..._(at + 3), "Contoh, 3 Februari 2025"],
  [..._(at + 1), "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [..._(at + 1), kedua, null, pertama],
  [],
  [..._(at + 1), "H. SURYA ADINEGARA, S.H., M.Si.", null, "dr. RATNA WULANDARI, M.Kes."],
  [..._(at + 3), "NIP. 19750312 200003 2 004"],
];

describe("several tables on one sheet", () => {
  const rows = (second: CellValue[][]): CellValue[][] => [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA DINAS KESEHATAN"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
    [1, "S1", "Angka Kematian Ibu", "98 per 100.000 KH"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
    [1, "S2", "Prevalensi stunting", "14 %"],
    [],
    ["No", "Kode", "Program", "Anggaran (Rp)"],
    [1, "1.02.01", "Program Penunjang", 100],
    [2, "1.02.02", "Program Pemenuhan", 200],
    [null, null, "Jumlah", 300],
    [],
    ...second,
    ...signed("BUPATI CONTOH,", "KEPALA DINAS KESEHATAN,"),
  ];

  it("reads a kinerja table per sasaran, and a Kegiatan table under the Program table as its breakdown", () => {
    const o = validasi([grid("PK", rows([["No", "Kode", "Kegiatan", "Anggaran (Rp)"], [1, "1.02.01.2.01", "Perencanaan", 100], [2, "1.02.02.2.02", "Layanan", 150]]))]);
    const pk = o.model.pk[0];
    expect(pk.indikator.map((i) => [i.nama, i.target])).toEqual([["Angka Kematian Ibu", 98], ["Prevalensi stunting", 14]]);
    expect(pk.anggaran.map((a) => a.kode)).toEqual(["1.02.01", "1.02.02"]);
    expect(pk.budgetTables.map((t) => t.word)).toEqual(["program", "kegiatan"]);
    // The breakdown does not add up to program 1.02.02: 150, not 200.
    expect(rules(o, "error")).toEqual(["anggaran-rollup PK!D12"]);
    expect(bacaanOf(o, "PK").takTerbaca).toEqual([]);
  });

  it("near miss: a second table of the PK's own word adds to its budget objects, no breakdown check", () => {
    const o = validasi([grid("PK", rows([["No", "Kode", "Program", "Anggaran (Rp)"], [1, "1.02.03", "Program SDM", 50]]))]);
    expect(o.model.pk[0].anggaran.map((a) => a.kode)).toEqual(["1.02.01", "1.02.02", "1.02.03"]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("reads tables below the signature block (a PK typed in Word and pasted)", () => {
    const g = grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      [],
      ["Nama", ":", "dr. RATNA WULANDARI, M.Kes."],
      ["Jabatan", ":", "KEPALA DINAS KESEHATAN"],
      ["Selanjutnya disebut pihak pertama"],
      ["Nama", ":", "H. SURYA ADINEGARA, S.H., M.Si."],
      ["Jabatan", ":", "BUPATI CONTOH"],
      ["Selaku atasan pihak pertama, selanjutnya disebut pihak kedua"],
      [],
      [..._(3), "Contoh,   -   - 2025"],
      ["Pihak Kedua,", null, null, "Pihak Pertama,"],
      [],
      ["H. SURYA ADINEGARA, S.H., M.Si.", null, null, "dr. RATNA WULANDARI, M.Kes."],
      [null, null, null, "NIP. 19750312 200003 2 004"],
      [],
      ["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"],
      [],
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET"],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      ["1.", "S1", "Angka Kematian Ibu", "per 100.000 KH", "98"],
      [],
      ["NO", "PROGRAM", "ANGGARAN (Rp)"],
      [1, "1.02.02 Program Pemenuhan", "Rp. 5.000.000,-"],
      [null, "JUMLAH", "Rp. 5.000.000,-"],
      [],
      ["Keterangan:"],
      ["1. Target mengacu pada RPJMD."],
    ]);
    const o = validasi([g]);
    const pk = o.model.pk[0];
    expect(pk).toMatchObject({ level: "eselon2", jabatan: "KEPALA DINAS KESEHATAN" });
    expect(pk.pihakPertama).toMatchObject({ nama: "dr. RATNA WULANDARI, M.Kes.", jabatan: "KEPALA DINAS KESEHATAN", jabatanCell: "C4", nip: "197503122000032004" });
    expect(pk.pihakKedua).toMatchObject({ jabatan: "BUPATI CONTOH", nama: "H. SURYA ADINEGARA, S.H., M.Si." });
    expect(pk.indikator.map((i) => [i.nama, i.target, i.satuan])).toEqual([["Angka Kematian Ibu", 98, "per 100.000 KH"]]);
    expect(pk.anggaran).toMatchObject([{ kode: "1.02.02", pagu: 5_000_000 }]);
    expect(bacaanOf(o, "PK").bagian.map((b) => b.sebagai)).toEqual(["judul", "pernyataan", "tanda-tangan", "judul", "kinerja", "anggaran", "catatan"]);
    expect(rules(o).filter((r) => !r.startsWith("atasan-missing") && !r.startsWith("polaritas"))).toEqual([]);
  });

  it("near miss: a header row without its data stays a table of no rows, never an indikator", () => {
    const o = validasi([grid("PK", [["PERJANJIAN KINERJA TAHUN 2025"], ["No", "Indikator Kinerja", "Target"], [], ...signed("BUPATI CONTOH,", "KEPALA DINAS KESEHATAN,")])]);
    expect(o.model.pk[0].indikator).toEqual([]);
    expect(o.model.pk[0].hasKinerjaTable).toBe(true);
  });
});

describe("header wording of every app, numbering rows in every form, list prefixes", () => {
  const pk = (header: CellValue[], numbering: CellValue[] | null, names: string[]) =>
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2023"],
      ["DINAS KESEHATAN"],
      header,
      ...(numbering ? [numbering] : []),
      [1, "Meningkatnya derajat kesehatan", names[0], "95 per 100.000 KH"],
      [null, null, names[1], "6,5 per 1.000 KH"],
      [],
      ...signed("WALI KOTA CONTOH,", "KEPALA DINAS KESEHATAN,"),
    ]);

  it.each([
    [["NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA", "TARGET"], [1, 2, 3, 4]],
    [["No", "Sasaran Strategis Perangkat Daerah", "Indikator Sasaran", "Target 2023"], ["(1)", "(2)", "(3)", "(4)"]],
    [["No.", "Tujuan/Sasaran", "IKU", "Target Kinerja"], null],
  ])("reads %j (numbering %j)", (header, numbering) => {
    const o = validasi([pk(header, numbering, ["1.1   Angka Kematian Ibu", "1.2   Angka Kematian Bayi"])]);
    const ind = o.model.pk[0].indikator;
    expect(ind.map((i) => [i.sasaran, i.nama, i.target, i.satuan])).toEqual([
      ["Meningkatnya derajat kesehatan", "Angka Kematian Ibu", 95, "per 100.000 KH"],
      ["Meningkatnya derajat kesehatan", "Angka Kematian Bayi", 6.5, "per 1.000 KH"],
    ]);
    expect(rules(o).filter((r) => /sasaran-missing|value-unreadable|isi-tak/.test(r))).toEqual([]);
  });

  it("near miss: numbers that are data, not numbering, under a header are read as data", () => {
    const o = validasi([grid("PK", [["PERJANJIAN KINERJA TAHUN 2023"], ["No", "Indikator Kinerja", "Target", "Satuan"], [1, "Jumlah layanan", 2, "unit"], [2, "Jumlah kunjungan", 3, "kali"]])]);
    expect(o.model.pk[0].indikator.map((i) => [i.nama, i.target])).toEqual([["Jumlah layanan", 2], ["Jumlah kunjungan", 3]]);
  });

  it("near miss: a name that starts with a number of its own keeps it", () => {
    const o = validasi([pk(["No", "Sasaran", "Indikator", "Target"], null, ["10 besar penyakit menurun", "a. Angka Kematian Bayi"])]);
    expect(o.model.pk[0].indikator.map((i) => i.nama)).toEqual(["10 besar penyakit menurun", "Angka Kematian Bayi"]);
  });
});

describe("signature blocks in every form", () => {
  const pkWith = (sig: CellValue[][]) =>
    validasi([grid("PK", [["PERJANJIAN KINERJA TAHUN 2025"], ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"], [1, "S", "Angka Kematian Ibu", 98], [], ...sig])]).model.pk[0];

  it("PIHAK KESATU, underscores before the name, pangkat and NIP in one cell", () => {
    const pk = pkWith([
      ["PIHAK KEDUA", null, "PIHAK KESATU"],
      ["BUPATI PRINGSEWU", null, "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
      [],
      ["___________________", null, "___________________"],
      ["Dr. H. ARIF SETIAWAN, S.H., M.M.", null, "HENDRA WIJAYA KUSUMA, S.STP., M.H."],
      [null, null, "Pembina Tk. I\nNIP. 19790514 200501 1 008"],
    ]);
    expect(pk.pihakPertama).toMatchObject({ jabatan: "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", nama: "HENDRA WIJAYA KUSUMA, S.STP., M.H.", pangkat: "Pembina Tk. I", nip: "197905142005011008" });
    expect(pk.pihakKedua).toMatchObject({ jabatan: "BUPATI PRINGSEWU", nama: "Dr. H. ARIF SETIAWAN, S.H., M.M." });
    expect(pk.level).toBe("eselon2");
  });

  it("no PIHAK words: the superior on the left, the official on the right, each side one multi-line cell", () => {
    const pk = pkWith([["Walikota Banjarmasin\n\n\n\nH. Ibnu Sina", null, "Banjarmasin, 3 Jan 2023\nKepala Dinas Kesehatan\n\n\nMUHAMMAD RAMADHAN, S.KM., M.Kes.\nNIP. 197211041998031006"]]);
    expect(pk.pihakPertama).toMatchObject({ jabatan: "Kepala Dinas Kesehatan", nama: "MUHAMMAD RAMADHAN, S.KM., M.Kes.", nip: "197211041998031006", jabatanCell: "C5" });
    expect(pk.pihakKedua).toMatchObject({ jabatan: "Walikota Banjarmasin", nama: "H. Ibnu Sina" });
  });

  it("the words and the jabatan in one cell, the name before the jabatan", () => {
    const pk = pkWith([
      ["PIHAK KEDUA, BUPATI CONTOH", null, "PIHAK PERTAMA,\nKEPALA BIDANG KESEHATAN MASYARAKAT"],
      [],
      ["H. SURYA ADINEGARA, S.H., M.Si.", null, "SRI HARTATI, S.K.M., M.Kes."],
      [null, null, "NIP. 197806212005012007"],
    ]);
    expect(pk.pihakPertama).toMatchObject({ jabatan: "KEPALA BIDANG KESEHATAN MASYARAKAT", nama: "SRI HARTATI, S.K.M., M.Kes." });
    expect(pk.pihakKedua).toMatchObject({ jabatan: "BUPATI CONTOH", nama: "H. SURYA ADINEGARA, S.H., M.Si." });
    expect(pk.level).toBe("eselon3");

    const nameFirst = pkWith([
      ["PIHAK KEDUA", null, "PIHAK KESATU"],
      ["Dr. H. ARIF SETIAWAN, S.H., M.M.", null, "HENDRA WIJAYA KUSUMA, S.STP., M.H."],
      [],
      ["BUPATI PRINGSEWU", null, "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
      [null, null, "NIP. 19790514 200501 1 008"],
    ]);
    expect(nameFirst.pihakPertama).toMatchObject({ nama: "HENDRA WIJAYA KUSUMA, S.STP., M.H.", jabatan: "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA" });
  });

  it("near miss: a jabatan no level pattern knows is level-unknown, not a silent drop-out", () => {
    const o = validasi([grid("PK", [["PERJANJIAN KINERJA TAHUN 2025"], ["No", "Indikator Kinerja", "Target"], [1, "Angka Kematian Ibu", 98], [], [null, null, "PIHAK PERTAMA,"], [null, null, "KOORDINATOR WILAYAH PENDIDIKAN,"], [], [null, null, "ANDI, S.Pd."]])]);
    expect(o.model.pk[0].level).toBeNull();
    expect(rules(o)).toContain("level-unknown PK!C6");
  });
});

describe("statement pages and covers", () => {
  it("a statement page gives its parties to the lampiran that has none", () => {
    const pernyataan = grid("Pernyataan", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["Dalam rangka mewujudkan manajemen pemerintahan yang efektif, kami yang bertanda tangan di bawah ini :"],
      ["Nama", ":", "SRI HARTATI, S.K.M., M.Kes."],
      ["Jabatan", ":", "KEPALA BIDANG KESEHATAN MASYARAKAT"],
      ["Selanjutnya disebut PIHAK PERTAMA"],
      ["Nama", ":", "dr. RATNA WULANDARI, M.Kes."],
      ["Jabatan", ":", "KEPALA DINAS KESEHATAN"],
      ["Selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA."],
    ]);
    const lampiran = grid("Lampiran", [["PERJANJIAN KINERJA TAHUN 2025"], ["No", "Sasaran Program", "Indikator Kinerja", "Target"], [1, "S", "Persentase ibu hamil dilayani", "95 %"], [], ["No", "Kegiatan", "Anggaran"], [1, "1.02.02.2.02 Layanan", 100]]);
    const o = validasi([pernyataan, lampiran]);
    expect(o.model.sheets.map((s) => s.kind)).toEqual(["pernyataan", "pk"]);
    expect(o.model.pk[0]).toMatchObject({ level: "eselon3" });
    expect(o.model.pk[0].pihakPertama).toMatchObject({ nama: "SRI HARTATI, S.K.M., M.Kes.", jabatanCell: "C4" });
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: a PK title with only title lines is a cover, with nothing to report", () => {
    const o = validasi([grid("Sampul", [["PERJANJIAN KINERJA"], ["TAHUN 2025"], [], ["BADAN PENDAPATAN DAERAH"], ["PROVINSI JAMBI"]])]);
    expect(o.model.sheets[0].kind).toBe("cover");
    expect(rules(o).filter((r) => !r.startsWith("pk-missing"))).toEqual(["sheet-unrecognised Sampul!A1"]);
  });
});

describe("money as real Realisasi sheets hold it", () => {
  const pkSheet = grid("PK", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA SEKSI KESEHATAN KELUARGA"],
    ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"],
    [1, "S", "Jumlah ibu hamil dilayani", "orang", 100],
    [],
    ["No", "Kode", "Sub Kegiatan", "Anggaran"],
    [1, "1.02.02.2.02.0001", "Ibu Hamil", 1200],
    ...signed("KEPALA BIDANG KESMAS,", "KEPALA SEKSI KESEHATAN KELUARGA,"),
  ]);

  it("by quarter: capaian anggaran and a Kurva S with points at months 3, 6, 9 and 12", () => {
    const ra = grid("RA", [
      ["RENCANA AKSI TAHUN 2025"], ["KEPALA SEKSI KESEHATAN KELUARGA"],
      ["Kode", "Sub Kegiatan", "Pagu", "Rencana Keuangan"], [null, null, null, "TW I", "TW II", "TW III", "TW IV"],
      ["1.02.02.2.02.0001", "Ibu Hamil", 1200, 300, 300, 300, 300],
    ]);
    const real = grid("Real", [
      ["REALISASI TAHUN 2025"], ["KEPALA SEKSI KESEHATAN KELUARGA"],
      ["Kode", "Sub Kegiatan", "Realisasi Keuangan"], [null, null, "TW I", "TW II", "TW III", "TW IV"],
      ["1.02.02.2.02.0001", "Ibu Hamil", 240, 300, 180],
    ]);
    const { hitung } = require("../../src/engine/run");
    const out = hitung([pkSheet, ra, real]);
    expect(out.results.anggaran).toMatchObject([{ kode: "1.02.02.2.02.0001", realisasi: 720, capaian: 60 }]);
    const k = out.results.kurvaS[0];
    expect(k.rencanaKeuangan).toEqual([null, null, 25, null, null, 50, null, null, 75, null, null, 100]);
    expect(k.realisasiKeuangan).toEqual([null, null, 20, null, null, 45, null, null, 60, null, null, null]);
    expect(rules(out, "error")).toEqual([]);
  });

  it("plan and realisasi as a pair under each month: the realisasi column is what was spent; several pagu columns are said", () => {
    const real = grid("Real", [
      ["LAPORAN REALISASI ANGGARAN TAHUN ANGGARAN 2025"],
      ["NO", "KODE REKENING", "URAIAN", "ANGGARAN MURNI", "ANGGARAN PERUBAHAN", "JANUARI", null, "FEBRUARI", null, "MARET"],
      [null, null, null, null, null, "DKKB", "REALISASI", "DKKB", "REALISASI", "DKKB", "REALISASI"],
      ["SUMBER ANGGARAN : PAD"],
      [null, "1.02.02.2.02.0001", "Ibu Hamil", 1200, 1000, 100, 90, 100, 80, 100, 70],
    ]);
    const o = validasi([pkSheet, real]);
    const row = o.model.realisasi[0].budget[0];
    expect(row.keuangan!.values.slice(0, 3)).toEqual([90, 80, 70]);
    expect(row.rencana!.values.slice(0, 3)).toEqual([100, 100, 100]);
    expect(row.pagu).toBe(1000);
    expect(rules(o)).toEqual(expect.arrayContaining(["pagu-ganda Real!E2", "pagu-mismatch Real!E5"]));
    expect(bacaanOf(o, "Real").takTerbaca).toEqual([]);
  });

  it("months abbreviated in other ways (AGTS, SEPT) and fewer than twelve of them", () => {
    const real = grid("Real", [
      ["REALISASI TAHUN 2025"], ["KEPALA SEKSI KESEHATAN KELUARGA"],
      ["Kode", "Sub Kegiatan", "Jenis", "JULI", "AGTS", "SEPT", "OKT", "NOV"],
      ["1.02.02.2.02.0001", "Ibu Hamil", "Realisasi Keuangan", 10, 20, 30],
    ]);
    const row = validasi([pkSheet, real]).model.realisasi[0].budget[0];
    expect(row.keuangan!.values).toEqual([null, null, null, null, null, null, 10, 20, 30, null, null, null]);
  });

  it("near miss: a report per unit kerja titled REALISASI is no Realisasi sheet, and reads nothing", () => {
    const rfk = grid("RFK", [
      ["LAPORAN REALISASI KEGIATAN PEMBANGUNAN"], ["TAHUN ANGGARAN 2025"], [],
      ["NO", "NAMA UNIT KERJA", "JUMLAH DANA / DPA (RP)", "REALISASI KEUANGAN (RP)", "INDIKATOR KERJA KELUARAN (OUTPUT)"],
      [1, "Sekretariat", "3.412.650.000", "2.296.713.450", "Terselenggaranya administrasi perkantoran"],
    ]);
    const o = validasi([pkSheet, rfk]);
    expect(o.model.realisasi).toEqual([]);
    expect(rules(o).filter((r) => r.includes("RFK"))).toEqual(["sheet-unrecognised RFK!A1"]);
  });
});

describe("the account: every cell read, layout, or reported", () => {
  const base: CellValue[][] = [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA DINAS KESEHATAN"],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
    [1, "S", "Angka Kematian Ibu", 98],
    [],
    ["No", "Program", "Anggaran"],
    [1, "1.02.02 Program Pemenuhan", 100],
    ...signed("BUPATI CONTOH,", "KEPALA DINAS KESEHATAN,"),
  ];

  it("a table the vocabulary does not know is reported by its header words, once", () => {
    const o = validasi([grid("PK", [...base, [], ["No", "Uraian Kinerja", "Bobot"], [1, "A", 3], [2, "B", 4]])]);
    const f = o.findings.filter((x) => x.rule === "isi-tak-terbaca");
    expect(f.map((x) => x.cell)).toEqual(["A16"]);
    expect(f[0].message).toContain("No | Uraian Kinerja | Bobot");
    expect(bacaanOf(o, "PK").takTerbaca).toEqual(["A16:C18"]);
  });

  it("a column of a read table whose header is unknown is reported with its header; the rest is read", () => {
    const o = validasi([grid("PK", [["PERJANJIAN KINERJA TAHUN 2025"], ["No", "Indikator Kinerja", "Target", "Skor Tertimbang"], [1, "Angka Kematian Ibu", 98, 0.4], [2, "Angka Kematian Bayi", 7, 0.6]])]);
    expect(o.model.pk[0].indikator).toHaveLength(2);
    const unread = o.findings.filter((x) => x.rule === "isi-tak-terbaca");
    expect(unread.map((x) => x.cell)).toEqual(["D2"]);
    expect(unread[0].message).toContain('Kolom D, baris 2–4 ("Skor Tertimbang"');
  });

  it("PENGATURAN's Judul kolom teaches a header; the table is then read", () => {
    const pk = grid("PK", [["PERJANJIAN KINERJA TAHUN 2025"], ["No", "Uraian Kinerja", "Besaran yang Dijanjikan"], [1, "Angka Kematian Ibu", 98]]);
    const before = validasi([pk]);
    expect(before.model.pk).toEqual([]);
    expect(rules(before)).toContain("isi-tak-terbaca PK!A2");
    const set = grid("Set", [["PENGATURAN"], ["Judul kolom", "Uraian Kinerja", "indikator"], ["Judul kolom", "Besaran yang Dijanjikan", "target"]]);
    const o = validasi([pk, set]);
    expect(o.model.pk[0].indikator.map((i) => [i.nama, i.target])).toEqual([["Angka Kematian Ibu", 98]]);
    const bad = validasi([pk, grid("Set", [["PENGATURAN"], ["Judul kolom", "Uraian Kinerja", "nama indikator"]])]);
    expect(rules(bad)).toContain("pengaturan-invalid Set!C2");
  });

  it("a hidden sheet is not read: sheet-hidden, and its PK does not count", () => {
    const hidden = { ...grid("PK lama", base), hidden: true };
    const o = validasi([grid("PK", base), hidden]);
    expect(o.model.pk.map((p) => p.sheet)).toEqual(["PK"]);
    expect(rules(o)).toContain("sheet-hidden PK lama!A1");
    expect(bacaanOf(o, "PK lama").jenis).toBe("tersembunyi");
  });
});

describe("several PKs stacked in one sheet", () => {
  const one = (jabatan: string, kedua: string, word: string, kode: string, pagu: number): CellValue[][] => [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    [jabatan],
    ["No", "Sasaran", "Indikator Kinerja", "Target"],
    [1, "S", `Indikator ${jabatan.toLowerCase()}`, "90 %"],
    [],
    ["No", word, "Anggaran"],
    [1, `${kode} ${word} A`, pagu],
    ...signed(`${kedua},`, `${jabatan},`),
    [],
  ];

  it("reads each PK under its own title, with its own parties, and links the cascade between them", () => {
    const g = grid("PK Gabungan", [...one("KEPALA DINAS KESEHATAN", "BUPATI CONTOH", "Program", "1.02.02", 100), ...one("KEPALA BIDANG KESMAS", "KEPALA DINAS KESEHATAN", "Kegiatan", "1.02.02.2.02", 90)]);
    const o = validasi([g]);
    expect(o.model.pk.map((p) => [p.id, p.sheet, p.level, p.atasan, p.titleCell, p.indikator.length, p.anggaran.map((a) => a.kode)])).toEqual([
      ["PK Gabungan", "PK Gabungan", "eselon2", null, "A1", 1, ["1.02.02"]],
      ["PK Gabungan (2)", "PK Gabungan", "eselon3", "PK Gabungan", "A16", 1, ["1.02.02.2.02"]],
    ]);
    // The cascade runs between them (the test signs both with the same two names), and its findings point at the real sheet.
    expect(rules(o, "error").sort()).toEqual(["anggaran-rollup PK Gabungan!C7", "atasan-mismatch PK Gabungan!B28"]);
  });

  it("near miss: a statement page and its lampiran under a second title are one PK", () => {
    const g = grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["Dalam rangka mewujudkan manajemen pemerintahan yang efektif, kami yang bertanda tangan di bawah ini :"],
      ["Nama", ":", "dr. RATNA WULANDARI, M.Kes."],
      ["Jabatan", ":", "KEPALA DINAS KESEHATAN"],
      ["Selanjutnya disebut PIHAK PERTAMA"],
      ...signed("BUPATI CONTOH,", "KEPALA DINAS KESEHATAN,"),
      [],
      ["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
      [1, "S", "Angka Kematian Ibu", 98],
    ]);
    expect(validasi([g]).model.pk.map((p) => p.id)).toEqual(["PK"]);
  });
});
