/**
 * Layouts the tenth round of wild workbooks showed (tests/wild: Sidoarjo Candi, Kendal Puskesmas, Kendal DPMD),
 * each built small, each with a near miss that must not be read the same way.
 */
import { validasi } from "../../src/engine/run";
import { grid, _ } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const unread = (o: Out) => o.findings.filter((f) => f.rule === "isi-tak-terbaca").map((f) => `${f.sheet}!${f.cell}`);
const takTerbaca = (o: Out) => o.model.bacaan.flatMap((b) => b.takTerbaca.map((r) => `${b.sheet}!${r}`));

const kinerja: CellValue[][] = [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KECAMATAN CONTOH"],
  [],
  ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
  [1, "Meningkatnya pelayanan", "Indeks Kepuasan Masyarakat", "nilai", 82],
  [],
];
const signature: CellValue[][] = [
  [],
  [..._(3), "Contoh, 2 Januari 2025"],
  [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [_(1)[0], "BUPATI CONTOH,", null, "CAMAT CONTOH,"],
  [],
  [_(1)[0], "H. RUDI HARTONO", null, "Drs. BUDI SANTOSO"],
  [..._(3), "NIP. 19720318 199803 1 004"],
];

describe("a pagu written as a sentence under the kinerja table", () => {
  // Reported unread in the tenth round; read since the twelfth (tables/budget-sentences.ts): never statement text.
  it("`… dengan anggaran sebesar Rp …` and `Jumlah anggaran … sebesar Rp …` are read as the budget, not taken as statement text", () => {
    const o = validasi([grid("PK", [
      ...kinerja,
      ["1. Kegiatan Koordinasi Pemerintahan, dengan anggaran sebesar Rp 1.125.400.000,00"],
      ["Jumlah anggaran Tahun Anggaran 2025 sebesar Rp 1.125.400.000,- (satu miliar …) yang menjadi tanggung jawab kami."],
      ...signature,
    ])]);
    expect(unread(o)).toEqual([]);
    expect(o.model.pk[0].anggaran.map((a) => [a.nama, a.pagu])).toEqual([["Koordinasi Pemerintahan", 1_125_400_000]]);
    expect(o.model.pk[0].jumlah).toMatchObject({ value: 1_125_400_000, cell: "A8" });
    expect(o.model.pk[0].indikator).toHaveLength(1);
  });

  it("`Jumlah Anggaran Sub Kegiatan Tahun 2025 : Rp …` is reported, not taken as a heading line", () => {
    const o = validasi([grid("PK", [...kinerja, [], ["Jumlah Anggaran Sub Kegiatan Tahun 2025 : Rp 1.250.000.000,-"], ...signature])]);
    expect(unread(o)).toContain("PK!A8");
    expect(takTerbaca(o)).toEqual(["PK!A8"]);
  });

  it("near miss: a pledge that names the budget without an amount stays statement text", () => {
    const o = validasi([grid("PK", [
      ...kinerja,
      ["Pihak Pertama berjanji akan mewujudkan target kinerja dengan anggaran yang tersedia dalam DPA Tahun 2025."],
      ...signature,
    ])]);
    expect(unread(o)).toEqual([]);
    expect(takTerbaca(o)).toEqual([]);
  });
});

describe("three signature columns without PIHAK words, `Mengetahui` in the middle", () => {
  const pk = (sign: CellValue[][]) => grid("PK", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA BIDANG PEMBERDAYAAN DESA"],
    [],
    ["No", "Sasaran", "Indikator Kinerja", "Target"],
    [1, "Meningkatnya peran lembaga desa", "Jumlah desa dengan lembaga aktif", 12],
    [],
    ...sign,
  ]);

  it("the middle `Mengetahui, / a.n. BUPATI …` block is a witness: Pihak Kedua is the left column's official", () => {
    const o = validasi([pk([
      [..._(4), "Contoh, 2 Januari 2025"],
      ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA,", null, "Mengetahui,", null, "KEPALA BIDANG PEMBERDAYAAN DESA,"],
      [null, null, "a.n. BUPATI CONTOH"],
      [null, null, "SEKRETARIS DAERAH"],
      [],
      ["Drs. AHMAD FAUZI, M.Si.", null, null, null, "ENDANG LESTARI, S.Sos."],
      ["NIP. 19710408 199203 1 005", null, "Dr. SUGIONO, S.H.", null, "NIP. 19790512 200501 2 010"],
      [null, null, "NIP. 19690101 199003 1 012"],
    ])]);
    expect(o.model.pk[0].pihakKedua).toMatchObject({
      jabatan: "KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA,", nama: "Drs. AHMAD FAUZI, M.Si.", nip: "197104081992031005",
    });
    expect(o.model.pk[0].pihakPertama).toMatchObject({ nama: "ENDANG LESTARI, S.Sos.", nip: "197905122005012010" });
  });

  it("near miss: `Mengetahui,` over the left of two columns is the superior's own wording, still Pihak Kedua", () => {
    const o = validasi([pk([
      [..._(4), "Contoh, 2 Januari 2025"],
      ["Mengetahui,", null, null, null, "KEPALA BIDANG PEMBERDAYAAN DESA,"],
      ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA,"],
      [],
      ["Drs. AHMAD FAUZI, M.Si.", null, null, null, "ENDANG LESTARI, S.Sos."],
      ["NIP. 19710408 199203 1 005", null, null, null, "NIP. 19790512 200501 2 010"],
    ])]);
    expect(o.model.pk[0].pihakKedua).toMatchObject({ nama: "Drs. AHMAD FAUZI, M.Si.", nip: "197104081992031005" });
    expect(o.model.pk[0].pihakKedua?.jabatan).toMatch(/^KEPALA DINAS PEMBERDAYAAN/);
  });
});
