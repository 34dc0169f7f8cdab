import { readWorkbook } from "../../src/engine/read/workbook";
import { grid, _ } from "../support/grid";

const signature = (kedua: string, pertama: string) => [
  [],
  [..._(3), "Contoh, 3 Februari 2025"],
  [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [null, kedua, null, pertama],
  [],
  [],
  [null, "H. SURYA ADINEGARA, S.H., M.Si.", null, "dr. RATNA WULANDARI, M.Kes."],
  [null, null, null, "Pembina Utama Muda (IV/c)"],
  [null, null, null, "NIP. 19750312 200003 2 004"],
];

const bupati = grid("Sheet9", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KABUPATEN CONTOH"],
  [],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
  [1, "Meningkatnya derajat kesehatan", "Angka Kematian Ibu", 98],
  [],
  ["No", "Kode", "Program", "Anggaran (Rp)"],
  [1, "1.02.02", "Program Pemenuhan Upaya Kesehatan", 100],
  [null, null, "Jumlah", 100],
  [],
  [..._(3), "PIHAK PERTAMA,"],
  [..._(3), "BUPATI CONTOH,"],
  [],
  [..._(3), "H. SURYA ADINEGARA, S.H., M.Si."],
]);

function read(...grids: ReturnType<typeof grid>[]) {
  return readWorkbook(grids);
}

describe("PK sheet", () => {
  it("reads title, year, unit, jabatan, both signature sides, and links the cascade by jabatan", () => {
    const kadis = grid("Lembar Apa Saja", [
      ["LAMPIRAN PERJANJIAN KINERJA"],
      ["TAHUN ANGGARAN 2025"],
      ["DINAS KESEHATAN"],
      ["KEPALA DINAS KESEHATAN KABUPATEN CONTOH"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2025"],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      [1, "Meningkatnya kualitas kesehatan ibu dan anak", "Angka Kematian Ibu", "per 100.000 KH", 98],
      [null, null, "Angka Kematian Bayi", "per 1.000 KH", "7,2"],
      [],
      ["No", "Kode", "Program", "Anggaran (Rp)", "Keterangan"],
      [1, "1.02.02", "Program Pemenuhan", "Rp 1.250.000.000", "APBD"],
      [null, null, "Jumlah", "1.250.000.000,00"],
      ...signature("BUPATI CONTOH,", "Plt. KEPALA DINAS KESEHATAN,"),
    ]);
    const { model, findings } = read(bupati, kadis);
    expect(findings).toEqual([]);
    const pk = model.pk.find((p) => p.sheet === "Lembar Apa Saja")!;
    expect(pk).toMatchObject({ tahun: 2025, unit: "DINAS KESEHATAN", level: "eselon2", atasan: "Sheet9", titleCell: "A1" });
    expect(pk.indikator.map((i) => [i.sasaran, i.nama, i.satuan, i.target, i.targetCell])).toEqual([
      ["Meningkatnya kualitas kesehatan ibu dan anak", "Angka Kematian Ibu", "per 100.000 KH", 98, "E8"],
      ["Meningkatnya kualitas kesehatan ibu dan anak", "Angka Kematian Bayi", "per 1.000 KH", 7.2, "E9"],
    ]);
    expect(pk.anggaran).toEqual([{ kode: "1.02.02", kodeCell: "B12", nama: "Program Pemenuhan", namaCell: "C12", pagu: 1250000000, paguCell: "D12" }]);
    expect(pk.jumlah).toEqual({ value: 1250000000, cell: "D13" });
    expect(pk.pihakPertama).toMatchObject({ jabatan: "Plt. KEPALA DINAS KESEHATAN,", nama: "dr. RATNA WULANDARI, M.Kes.", nip: "197503122000032004", pangkat: "Pembina Utama Muda (IV/c)", nipCell: "D22" });
    expect(pk.pihakKedua).toMatchObject({ jabatan: "BUPATI CONTOH,", jabatanCell: "B17", nama: "H. SURYA ADINEGARA, S.H., M.Si.", nip: null });
    const top = model.pk.find((p) => p.sheet === "Sheet9")!;
    expect(top).toMatchObject({ level: "kepala-daerah", atasan: null, pihakKedua: null });
    expect(top.pihakPertama).toMatchObject({ jabatan: "BUPATI CONTOH,", nama: "H. SURYA ADINEGARA, S.H., M.Si.", nip: null });
  });

  it("reads the upper-case layout: no satuan column, unit in the target cell, kode leading the name, rupiah as text, sasaran repeated", () => {
    const g = grid("X", [
      ["perjanjian kinerja (pk) tahun anggaran 2025"],
      ["KEPALA BIDANG BINA MARGA"],
      [],
      ["NO", "SASARAN\nPROGRAM", "INDIKATOR  KINERJA", "TARGET"],
      [1, "Jalan mantap", "Panjang jalan kondisi baik", "412,6 km"],
      [2, "Jalan mantap", "Persentase jembatan baik", "85 %"],
      [],
      ["NO", "KEGIATAN", "ANGGARAN (RP)", "KETERANGAN"],
      [1, "1.03.10.2.01. Penyelenggaraan Jalan", "Rp. 28.150.000.000,-", "APBD"],
      [null, "TOTAL", "Rp 28.150.000.000"],
      ...signature("KEPALA DINAS PUPR,", "KEPALA BIDANG BINA MARGA,"),
    ]);
    const { model, findings } = read(g);
    expect(findings).toEqual([]);
    const pk = model.pk[0];
    expect(pk.level).toBe("eselon3");
    expect(pk.sasaranHeader).toMatchObject({ level: ["eselon3"], cell: "B4" });
    expect(pk.budgetHeader).toEqual({ word: "kegiatan", cell: "B8" });
    expect(pk.indikator.map((i) => [i.satuan, i.satuanCell, i.target])).toEqual([["km", "D5"], ["%", "D6"]].map(([s, c], i) => [s, c, [412.6, 85][i]]));
    expect(pk.anggaran[0]).toMatchObject({ kode: "1.03.10.2.01", kodeCell: "B9", nama: "Penyelenggaraan Jalan", pagu: 28150000000 });
    expect(pk.jumlah).toEqual({ value: 28150000000, cell: "C10" });
  });

  it("carries a merged (blank) sasaran down and reads a table that starts anywhere", () => {
    const g = grid("Y", [
      ["PERJANJIAN KINERJA 2025"],
      [],
      ["No", "Tujuan/Sasaran", "IKU", "Satuan", "Target Kinerja"],
      [1, "S1", "I1", "%", "80 - 90"],
      [null, null, "I2", "nilai", "≥ 80"],
      [null, null, "I3", "opini", "WTP"],
      [2, "S2", "I4", "%", 0.855],
      [],
      ["No", "Sub Kegiatan", "Pagu"],
      [1, "Sub kegiatan tanpa kode", 5],
    ], { at: "C3", formats: { G9: "0.0%" } });
    const pk = read(g).model.pk[0];
    expect(pk.indikator.map((i) => [i.sasaran, i.target, i.cell])).toEqual([
      ["S1", { min: 80, max: 90 }, "E6"],
      ["S1", { min: 80, max: null }, "E7"],
      ["S1", "WTP", "E8"],
      ["S2", 85.5, "E9"],
    ]);
    expect(pk.sasaranHeader?.level).toEqual([]);
    expect(pk.anggaran[0]).toMatchObject({ kode: null, kodeCell: null, pagu: 5, paguCell: "E12" });
  });

  it("reports unreadable values and error values with their cell, never throws", () => {
    const g = grid("Z", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["No", "Sasaran", "Indikator", "Target"],
      [1, "S", "I1", "delapan puluh 5"],
      [null, null, "I2", "#DIV/0!"],
      [],
      ["No", "Program", "Pagu"],
      [1, "1.02.02 P", "satu miliar 2"],
    ]);
    const { findings, model } = read(g);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ["value-unreadable", "D3"],
      ["cell-error", "D4"],
      ["value-unreadable", "C7"],
    ]);
    expect(findings[0].message).toContain("delapan puluh 5");
    expect(model.pk[0].indikator[0]).toMatchObject({ target: null, targetText: "delapan puluh 5" });
  });

  it("tells a cover page from a PK sheet", () => {
    const cover = grid("Sampul", [["PERJANJIAN KINERJA TAHUN 2025"], ["DINAS KESEHATAN"], ["KABUPATEN CONTOH"]]);
    const { model } = read(cover, bupati);
    expect(model.sheets).toEqual([{ name: "Sampul", kind: "cover" }, { name: "Sheet9", kind: "pk" }]);
    expect(model.pk.map((p) => p.sheet)).toEqual(["Sheet9"]);
  });
});

describe("more layouts seen in other pemda", () => {
  it("reads `Target Kinerja 2025`, a place-date without a day, and a date cell in the signature block", () => {
    const g = grid("PK Camat", [
      ["PERJANJIAN KINERJA"],
      ["TAHUN 2025"],
      ["No", "Sasaran Program", "Indikator Sasaran", "Satuan", "Target Kinerja 2025"],
      [1, "S", "Indeks kepuasan layanan kecamatan", "nilai", "80,5"],
      [],
      ["No", "Kegiatan", "Pagu (Rp)", "Sumber Dana"],
      [1, "1.01.01.2.01 Koordinasi", "1,25 M", "APBD"],
      [2, "1.01.01.2.02 Pelayanan", "750 juta", "APBD"],
      [null, "Jumlah Anggaran", "Rp 2.000.000.000"],
      [],
      [..._(3), 45691],
      [null, "PIHAK KEDUA,", null, "Kota Jambi,    Januari 2025"],
      [null, "WALI KOTA JAMBI,", null, "PIHAK PERTAMA,"],
      [null, null, null, "Plh. CAMAT TELANAIPURA,"],
      [null, "Dr. H. SYARIF FASHA, M.E.", null, "ANDI SUSANTO, S.STP."],
      [null, null, null, "NIP.198001012005011001"],
    ], { formats: { D11: "d mmmm yyyy" } });
    const pk = readWorkbook([g]).model.pk[0];
    expect(pk.tahun).toBe(2025);
    expect(pk.indikator[0]).toMatchObject({ target: 80.5, targetCell: "E4" });
    expect(pk.anggaran.map((a) => a.pagu)).toEqual([1250000000, 750000000]);
    expect(pk.jumlah).toEqual({ value: 2000000000, cell: "C9" });
    expect(pk.level).toBe("eselon3");
    expect(pk.pihakPertama).toMatchObject({ jabatan: "Plh. CAMAT TELANAIPURA,", nama: "ANDI SUSANTO, S.STP.", nip: "198001012005011001" });
    expect(pk.pihakKedua).toMatchObject({ jabatan: "WALI KOTA JAMBI,", nama: "Dr. H. SYARIF FASHA, M.E." });
  });

  it("takes `Realisasi Rencana Aksi` for a Realisasi sheet, not a Rencana Aksi one", () => {
    const r = grid("Lap TW", [["REALISASI RENCANA AKSI TAHUN 2025"], ["No", "Indikator Kinerja", "Realisasi"], [null, null, "TW I", "TW II", "TW III", "TW IV"], [1, "Angka Kematian Ibu", 101]]);
    expect(readWorkbook([bupati, r]).model.sheets.map((s) => s.kind)).toEqual(["pk", "realisasi"]);
  });
});
