/**
 * Layouts the second round of real workbooks showed (tests/wild: Maluku Utara, Meranti, Pringsewu eKin, Karawang,
 * Purbalingga), each built small, each with a near miss that must not be read the same way.
 */
import { validasi } from "../../src/engine/run";
import { grid, _ } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

const rules = (o: ReturnType<typeof validasi>, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const bacaanOf = (o: ReturnType<typeof validasi>, sheet: string) => o.model.bacaan.find((b) => b.sheet === sheet)!;

const signature: CellValue[][] = [
  [],
  [..._(3), "Contoh, 3 Januari 2025"],
  [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [_(1)[0], "KEPALA BIDANG PEREKONOMIAN", null, "KEPALA SUB BIDANG PERDAGANGAN"],
  [],
  [_(1)[0], "HASAN BAHTIAR, S.T.", null, "RIZAL UMASUGI, S.E."],
  [..._(3), "NIP. 19830517 200903 1 003"],
];

describe("a budget table with one column per level (Program | Kegiatan | Sub Kegiatan, parents merged down)", () => {
  const pk = (subtotal: number | null): CellValue[][] => [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA SUB BIDANG PERDAGANGAN"],
    [],
    ["No", "Sasaran", "Indikator Kinerja", "Target"],
    [1, "S1", "Jumlah dokumen perencanaan", "3 Dokumen"],
    [],
    ["No.", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "ANGGARAN (Rp)"],
    [1, "PROGRAM PERENCANAAN", "Koordinasi Perencanaan", null, subtotal],
    [null, null, null, "Penyusunan Dokumen Perencanaan", "185.400.000"],
    [null, null, null, "Analisis Kebijakan", "96.750.000"],
    [null, null, "Pengendalian dan Evaluasi", "Evaluasi Rencana Pembangunan", "142.300.000"],
    ["JUMLAH", null, null, null, "424.450.000"],
    ...signature,
  ];

  it("reads the sub kegiatan rows as the budget objects; the parents are their context, no level-mismatch", () => {
    const o = validasi([grid("PK", pk(null))]);
    const p = o.model.pk[0];
    expect(p.anggaran.map((a) => [a.nama, a.pagu])).toEqual([
      ["Penyusunan Dokumen Perencanaan", 185_400_000],
      ["Analisis Kebijakan", 96_750_000],
      ["Evaluasi Rencana Pembangunan", 142_300_000],
    ]);
    expect(p.budgetTables.map((t) => t.word)).toEqual(["sub kegiatan"]);
    expect(rules(o, "error")).toEqual([]);
    expect(bacaanOf(o, "PK").takTerbaca).toEqual([]);
  });

  it("a parent's own amount is a subtotal of its objects: right, no finding", () => {
    expect(rules(validasi([grid("PK", pk(282_150_000))]), "error")).toEqual([]);
  });

  it("near miss: a parent's amount that its objects do not add up to is a jumlah-mismatch at that cell", () => {
    expect(rules(validasi([grid("PK", pk(300_000_000))]), "error")).toEqual(["jumlah-mismatch PK!E8"]);
  });
});

describe("a monitoring sheet of the PK: `TW I` over `Target | Kinerja | Anggaran | Rekomendasi`", () => {
  const book = (sub: string[], title = "Capaian Perjanjian Kinerja Dinas Kesehatan") => [
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["KEPALA DINAS KESEHATAN"],
      [],
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
      [1, "S1", "Prevalensi stunting", "%", 18.5],
      ...signature.map((r) => r.map((v) => (v === "KEPALA BIDANG PEREKONOMIAN" ? "BUPATI CONTOH" : v === "KEPALA SUB BIDANG PERDAGANGAN" ? "KEPALA DINAS KESEHATAN" : v))),
    ]),
    grid("Monev", [
      ["Laporan Monitoring dan Evaluasi Bulanan 2025"],
      [title],
      [],
      ["No.", "Indikator", "Satuan", "TW I", null, null, null, "TW II"],
      [null, null, null, ...sub, ...sub],
      [1, "Prevalensi stunting", "%", "18,5", "21,2", "412.500.000", "Intervensi gizi", "18,5", "20,4", "388.750.000", null],
    ]),
  ];

  it("is the PK's Realisasi: each quarter's Kinerja beside its Target is what was achieved", () => {
    const o = validasi(book(["Target", "Kinerja", "Anggaran", "Rekomendasi"]));
    expect(bacaanOf(o, "Monev").jenis).toBe("realisasi");
    const r = o.model.realisasi[0];
    expect(r.pk).toBe("PK");
    expect(r.indikator.map((i) => i.tw)).toEqual([[21.2, 20.4, null, null]]);
    expect(o.model.pk.length).toBe(1);
  });

  it("near miss: `TW I` over `Kinerja | Anggaran` in a Rencana Aksi is the quarter's target, never a realisasi", () => {
    const o = validasi(book(["Kinerja", "Anggaran"], "RENCANA AKSI TAHUN 2025").map((g) =>
      g.name !== "Monev" ? g : grid("Monev", [["RENCANA AKSI TAHUN 2025"], ["KEPALA DINAS KESEHATAN"], [], ["No.", "Indikator", "Satuan", "TW I", null, "TW II"], [null, null, null, "Kinerja", "Anggaran", "Kinerja", "Anggaran"], [1, "Prevalensi stunting", "%", "18,5", "412.500.000", "18,5", "388.750.000"]]),
    ));
    expect(bacaanOf(o, "Monev").jenis).toBe("renaksi");
    expect(o.model.renaksi[0].indikator.map((i) => i.tw.slice(0, 2))).toEqual([[18.5, 18.5]]);
    expect(o.model.realisasi).toEqual([]);
  });
});

describe("parties named by their statement labels, and e-Kinerja signature words", () => {
  const pk = (statement: CellValue[][], sign: CellValue[][] = []) => [
    grid("PK", [
      ["Perjanjian Kinerja Eselon II Tahun 2025"],
      [],
      ...statement,
      [],
      ["No.", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
      [1, "S1", "Angka Kematian Ibu", "per 100.000 KH", 180],
      ...sign,
    ]),
  ];

  it("`Nama Pejabat / Jabatan / Nama Pimpinan / Jabatan Pimpinan`: the official, then the superior", () => {
    const o = validasi(pk([["Nama Pejabat", ":", "dr. ANDI Z"], ["Jabatan", ":", "Kepala Dinas Kesehatan"], ["Nama Pimpinan", ":", "Drs. Irwan"], ["Jabatan Pimpinan", ":", "Bupati Kepulauan Meranti"]]));
    const p = o.model.pk[0];
    expect([p.pihakPertama?.nama, p.pihakPertama?.jabatan, p.pihakKedua?.nama, p.pihakKedua?.jabatan]).toEqual(["dr. ANDI Z", "Kepala Dinas Kesehatan", "Drs. Irwan", "Bupati Kepulauan Meranti"]);
    expect(p.level).toBe("eselon2");
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: the superior's rows first, labelled so, are still the superior's", () => {
    const o = validasi(pk([["Nama Pimpinan", ":", "Drs. Irwan"], ["Jabatan Pimpinan", ":", "Bupati Kepulauan Meranti"], ["Nama Pejabat", ":", "dr. ANDI Z"], ["Jabatan", ":", "Kepala Dinas Kesehatan"]]));
    const p = o.model.pk[0];
    expect([p.pihakPertama?.nama, p.pihakKedua?.nama]).toEqual(["dr. ANDI Z", "Drs. Irwan"]);
  });

  it("`PEJABAT PENILAI` signs for the superior; a status (`ditandatangani <date>`, `diajukan`) is no jabatan", () => {
    const o = validasi(pk(
      [["Nama", ": dr. ANDI Z"], ["Jabatan", ": Kepala Dinas Kesehatan"], ["Selanjutnya disebut PIHAK PERTAMA."], ["Nama", ": Drs. Irwan"], ["Jabatan", ": Bupati Kepulauan Meranti"], ["Selaku atasan langsung, selanjutnya disebut PIHAK KEDUA."]],
      [[], [null, null, null, "Contoh, 3 Januari 2025"], [null, "PEJABAT PENILAI,", null, "PIHAK PERTAMA,"], [null, "ditandatangani 6 Januari 2025", null, "diajukan"], [], [null, "Drs. Irwan", null, "dr. ANDI Z"], [null, null, null, "NIP. 19750312 200003 2 004"]],
    ));
    const p = o.model.pk[0];
    expect([p.pihakPertama?.jabatan, p.pihakKedua?.jabatan, p.pihakKedua?.nama]).toEqual(["Kepala Dinas Kesehatan", "Bupati Kepulauan Meranti", "Drs. Irwan"]);
    expect(rules(o).filter((r) => r.startsWith("level-unknown"))).toEqual([]);
  });
});

describe("`No | Program | Indikator Program | Anggaran`: a budget table, its indikator column reported", () => {
  const pk = (header: string[], rows: CellValue[][]) => [
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2026"],
      ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK"],
      [],
      ["No", "Sasaran Strategis", "Indikator", "Target"],
      [1, "S1", "Indeks Stabilitas Politik", 80],
      [],
      header,
      ...rows,
      ...signature.map((r) => r.map((v) => (v === "KEPALA BIDANG PEREKONOMIAN" ? "BUPATI KARAWANG" : v === "KEPALA SUB BIDANG PERDAGANGAN" ? "KEPALA BADAN KESATUAN BANGSA DAN POLITIK" : v))),
    ]),
  ];

  it("reads the programs and their pagu; the program indikator stay reported, not dropped", () => {
    const o = validasi(pk(["No", "Program", "Indikator Program", "Anggaran"], [[1, "Program Pemberdayaan Ormas", "Persentase ormas aktif", "120.699.000"], [2, "Program Penunjang Urusan", "Nilai SAKIP", "6.425.174.100"]]));
    expect(o.model.pk[0].anggaran.map((a) => [a.nama, a.pagu])).toEqual([["Program Pemberdayaan Ormas", 120_699_000], ["Program Penunjang Urusan", 6_425_174_100]]);
    expect(bacaanOf(o, "PK").takTerbaca).toEqual(["C8:C9"]);
  });

  it("near miss: with a Target beside it, the program indikator are the PK's own indikator kinerja", () => {
    const o = validasi(pk(["No", "Program", "Indikator Program", "Target", "Anggaran"], [[1, "Program Pemberdayaan Ormas", "Persentase ormas aktif", "75 %", "120.699.000"]]));
    expect(o.model.pk[0].indikator.map((i) => i.nama)).toContain("Persentase ormas aktif");
  });
});

describe("a Pengukuran sheet with one Realisasi column: the quarter it reports must be written", () => {
  const book = (sheetName: string, ket: string | null) => [
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
      [1, "S1", "Indeks SPBE", "Indeks", 3.1],
      ...signature.map((r) => r.map((v) => (v === "KEPALA BIDANG PEREKONOMIAN" ? "BUPATI PURBALINGGA" : v === "KEPALA SUB BIDANG PERDAGANGAN" ? "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA" : v))),
    ]),
    grid(sheetName, [
      ["PENGUKURAN KINERJA TAHUN 2025"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian", "Keterangan"],
      [1, "S1", "Indeks SPBE", "Indeks", "3,1", "3,25", "104,84", ket],
    ]),
  ];

  it("`Triwulan 4` in its Keterangan: the column is TW IV", () => {
    const o = validasi(book("Pengukuran", "Triwulan 4"));
    expect(o.model.realisasi[0]?.indikator.map((i) => i.tw)).toEqual([[null, null, null, 3.25]]);
  });

  it("the sheet's name says the quarter (`Pengukuran TW3`)", () => {
    const o = validasi(book("Pengukuran TW3", null));
    expect(o.model.realisasi[0]?.indikator.map((i) => i.tw)).toEqual([[null, null, 3.25, null]]);
  });

  it("near miss: no quarter said anywhere: never read as some quarter", () => {
    const o = validasi(book("Pengukuran", null));
    expect(o.model.realisasi.flatMap((r) => r.indikator.flatMap((i) => i.tw)).filter((v) => v !== null)).toEqual([]);
    expect(rules(o).some((r) => r.startsWith("sheet-unrecognised Pengukuran") || r.startsWith("isi-tak-terbaca Pengukuran"))).toBe(true);
  });
});

describe("a Rencana Aksi with `Target TW1 .. Target TW4` in single header cells, its jabatan after the unit", () => {
  const book = (headers: string[], line = "SEKRETARIAT DAERAH KABUPATEN SLEMAN - KEPALA BAGIAN ORGANISASI") => [
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["KEPALA BAGIAN ORGANISASI"],
      [],
      ["No", "Sasaran", "Indikator Kinerja", "Target"],
      [1, "S1", "Indeks Kelembagaan", 78],
      ...signature.map((r) => r.map((v) => (v === "KEPALA BIDANG PEREKONOMIAN" ? "ASISTEN ADMINISTRASI UMUM" : v === "KEPALA SUB BIDANG PERDAGANGAN" ? "KEPALA BAGIAN ORGANISASI" : v))),
    ]),
    grid("RA", [
      ["RENCANA AKSI TAHUN 2025"],
      [line],
      [],
      ["No", "Sasaran", "Indikator", "Satuan", ...headers],
      [1, "S1", "Indeks Kelembagaan", "Indeks", 20, 40, 60, 75],
    ]),
  ];

  it("reads the four quarters and links the sheet to the Kabag's PK through the jabatan after ` - `", () => {
    const o = validasi(book(["Target TW1", "Target TW2", "Target TW3", "Target TW4"]));
    const ra = o.model.renaksi[0];
    expect(ra.pk).toBe("PK");
    expect(ra.indikator.map((i) => i.tw)).toEqual([[20, 40, 60, 75]]);
    expect(rules(o, "error")).toEqual(["tw-target-inconsistent RA!H5"]);
  });

  it("near miss: plain `Target` columns without a quarter are no quarterly targets", () => {
    const o = validasi(book(["Target", "Target Akhir", "Keterangan", "Catatan"]));
    expect(o.model.renaksi.flatMap((r) => r.indikator.flatMap((i) => i.tw)).filter((v) => v !== null)).toEqual([]);
  });
});

describe("a witness under the two parties: `Mengetahui, / a.n. BUPATI KEDIRI / SEKRETARIS DAERAH`", () => {
  const pk = (tail: CellValue[][]) => [
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["LURAH PARE"],
      [],
      ["No", "Sasaran", "Indikator Kinerja", "Target"],
      [1, "S1", "Indeks Kepuasan Masyarakat", 82],
      [],
      [..._(3), "Pare, 2 Januari 2025"],
      [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
      [null, "CAMAT PARE,", null, "LURAH PARE,"],
      [],
      [null, "Drs. AGUS SETIAWAN, M.Si.", null, "WINDA PUSPITASARI, S.STP."],
      [null, "NIP. 19710305 199203 1 007", null, "NIP. 19890721 201001 2 003"],
      ...tail,
    ]),
  ];

  it("signs too, but is no party: the superior stays the Camat", () => {
    const o = validasi(pk([[], [null, null, "Mengetahui,"], [null, null, "a.n. BUPATI KEDIRI"], [null, null, "SEKRETARIS DAERAH"], [], [null, null, "Drs. H. MOH. SOLIKIN"], [null, null, "NIP. 19681110 199403 1 008"]]));
    expect(o.model.pk[0].pihakKedua?.jabatan?.replace(/,$/, "")).toBe("CAMAT PARE");
    expect(o.model.pk[0].pihakKedua?.nama).toBe("Drs. AGUS SETIAWAN, M.Si.");
  });

  it("near miss: `Mengetahui,` over the superior's own side, no PIHAK words, is the superior signing", () => {
    const o = validasi([
      grid("PK", [
        ["PERJANJIAN KINERJA TAHUN 2025"],
        ["LURAH PARE"],
        [],
        ["No", "Sasaran", "Indikator Kinerja", "Target"],
        [1, "S1", "Indeks Kepuasan Masyarakat", 82],
        [],
        [null, "Mengetahui,", null, "Pare, 2 Januari 2025"],
        [null, "CAMAT PARE,", null, "LURAH PARE,"],
        [],
        [null, "Drs. AGUS SETIAWAN, M.Si.", null, "WINDA PUSPITASARI, S.STP."],
        [null, "NIP. 19710305 199203 1 007", null, "NIP. 19890721 201001 2 003"],
      ]),
    ]);
    expect(o.model.pk[0].pihakKedua?.jabatan?.replace(/,$/, "")).toBe("CAMAT PARE");
    expect(o.model.pk[0].pihakPertama?.jabatan?.replace(/,$/, "")).toBe("LURAH PARE");
  });
});

describe("a sub kegiatan table with one amount column per funding source (`DAU | DAK Fisik | BLUD`), no pagu column", () => {
  const pk = (blud: CellValue) => [
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["KEPALA UPTD PUSKESMAS KEMBARAN I"],
      [],
      ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"],
      [1, "S1", "Cakupan imunisasi dasar lengkap", "%", 95],
      [],
      ["Kode", "Sub Kegiatan", "Sumber Anggaran", "DAU", "DAK Fisik", "BLUD"],
      ["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "DAU, BLUD", "125.000.000", null, blud],
      ...signature.map((r) => r.map((v) => (v === "KEPALA BIDANG PEREKONOMIAN" ? "KEPALA DINAS KESEHATAN" : v === "KEPALA SUB BIDANG PERDAGANGAN" ? "KEPALA UPTD PUSKESMAS KEMBARAN I" : v))),
    ]),
  ];

  it("is a budget table after its blank row, not more kinerja rows; the pagu is the sum of the sources", () => {
    const o = validasi(pk("40.000.000"));
    const p = o.model.pk[0];
    expect(p.indikator.map((i) => i.nama)).toEqual(["Cakupan imunisasi dasar lengkap"]);
    expect(p.anggaran.map((a) => [a.kode, a.pagu, a.paguParts])).toEqual([["1.02.02.2.02.0001", 165_000_000, ["D8", "F8"]]]);
  });

  it("near miss: a source amount that cannot be read leaves the pagu unknown, and says so at its cell", () => {
    const o = validasi(pk("empat puluh juta"));
    expect(o.model.pk[0].anggaran.map((a) => a.pagu)).toEqual([null]);
    expect(rules(o, "error")).toContain("value-unreadable PK!F8");
  });
});

describe("one monitoring table for several officials (`Pejabat (Eselon)` column)", () => {
  const book = (second: string) => [
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["KEPALA SATUAN POLISI PAMONG PRAJA"],
      [],
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
      [1, "S1", "Persentase penegakan perda", "%", 90],
      ...signature.map((r) => r.map((v) => (v === "KEPALA BIDANG PEREKONOMIAN" ? "BUPATI PRINGSEWU" : v === "KEPALA SUB BIDANG PERDAGANGAN" ? "KEPALA SATUAN POLISI PAMONG PRAJA" : v))),
    ]),
    grid("Monev", [
      ["Monitoring Capaian Rencana Aksi Perjanjian Kinerja Eselon II / III / IV"],
      ["Tahun 2025"],
      [],
      ["No", "Pejabat (Eselon)", "Indikator", "Satuan", "Target", "Realisasi / Capaian Triwulan"],
      [null, null, null, null, null, "I", "II", "III", "IV"],
      [1, "KEPALA SATUAN POLISI PAMONG PRAJA\n(Eselon II)", "Persentase penegakan perda", "%", 90, 20, 45, "-", "-"],
      [2, second, "Persentase patroli ketertiban", "%", 100, 25, 50, "-", "-"],
    ]),
  ];

  it("is a Realisasi sheet, but no official's rows are read as another's: the table is reported, not dropped", () => {
    const o = validasi(book("KEPALA BIDANG TRANTIBUM\n(Eselon III)"));
    expect(bacaanOf(o, "Monev").jenis).toBe("realisasi");
    expect(o.model.realisasi.flatMap((r) => r.indikator)).toEqual([]);
    expect(rules(o).filter((r) => r.startsWith("isi-tak-terbaca Monev")).length).toBeGreaterThan(0);
    expect(o.model.pk.length).toBe(1);
  });

  it("near miss: one official's rows only: read as that official's Realisasi", () => {
    const o = validasi(book("KEPALA SATUAN POLISI PAMONG PRAJA\n(Eselon II)"));
    expect(o.model.realisasi[0]?.indikator.map((i) => i.tw.slice(0, 2))).toEqual([[20, 45], [25, 50]]);
  });
});

describe("stray cells beside a signature block", () => {
  const pk = (stray: boolean) => [
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2023"],
      ["KEPALA DINAS KESEHATAN"],
      [],
      ["No", "Sasaran", "Indikator Kinerja", "Target"],
      [1, "S1", "Angka Kematian Ibu", 95],
      [],
      ["Walikota Banjarmasin", null, "Banjarmasin, 4 Jan 2023", ...(stray ? [null, null, null, 1, "!"] : [])],
      [null, null, "Kepala Dinas Kesehatan", ...(stray ? [null, null, null, "Indikator", 0] : [])],
      stray ? [..._(6), 1, 0] : [],
      stray ? [..._(6), "AA", "!", "!"] : [],
      ["H. Ibnu Sina", null, "MUHAMMAD RAMADHAN, S.KM., M.Kes."],
      [null, null, "NIP. 197211041998031006"],
    ]),
  ];

  it("are no part of a party: the parties read as without them, the strays reported", () => {
    const o = validasi(pk(true));
    const p = o.model.pk[0];
    expect([p.pihakPertama?.jabatan, p.pihakPertama?.nama, p.pihakKedua?.jabatan, p.pihakKedua?.nama]).toEqual(["Kepala Dinas Kesehatan", "MUHAMMAD RAMADHAN, S.KM., M.Kes.", "Walikota Banjarmasin", "H. Ibnu Sina"]);
    expect(bacaanOf(o, "PK").takTerbaca).toEqual(["G7:I10"]);
  });

  it("near miss: without them the same parties, nothing unread", () => {
    const o = validasi(pk(false));
    expect(o.model.pk[0].pihakPertama?.nama).toBe("MUHAMMAD RAMADHAN, S.KM., M.Kes.");
    expect(bacaanOf(o, "PK").takTerbaca).toEqual([]);
  });
});
