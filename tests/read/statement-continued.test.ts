/**
 * A statement's `Jabatan :` value continued on the next row in the value column (tests/wild
 * cs-gunungkidul-satpol-pernyataan-an-2025): one jabatan; after `a.n.` the signer's office is the party's jabatan.
 */
import { validasi } from "../../src/engine/run";
import { continuesJabatan, jabatanOfRows } from "../../src/engine/read/parties/statement-continued";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

const SEK = "SEKRETARIS SATUAN POLISI PAMONG PRAJA KABUPATEN CONTOH";

function pk(name: string, pertama: [string, string, string], kedua: [string, string], jabatanRows: CellValue[][], sw: string, bw: string, kode: string) {
  return grid(name, [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    [],
    ["Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"],
    ["Nama", ":", pertama[1]],
    ["Jabatan", ":", pertama[0]],
    ["Selanjutnya disebut PIHAK PERTAMA"],
    ["Nama", ":", kedua[1]],
    ...jabatanRows,
    ["Selaku atasan pihak pertama, selanjutnya disebut PIHAK KEDUA"],
    [],
    ["No", sw, "Indikator Kinerja", "Target"],
    [1, "S1", `Indikator ${name}`, "100 %"],
    [],
    ["No", "Kode", bw, "Anggaran (Rp)"],
    [1, kode, `${bw} ${kode}`, "1.000.000"],
    [],
    [null, "PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
    [],
    [null, kedua[1], null, null, pertama[1]],
    [null, null, null, null, `NIP. ${pertama[2]}`],
  ]);
}

const sek = pk("Sek", [SEK, "SUPRIYADI", "19740921 199903 1 002"], ["Drs. KASAT", ""], [["Jabatan", ":", "KEPALA SATUAN POLISI PAMONG PRAJA KABUPATEN CONTOH"]], "Sasaran Program", "Kegiatan", "1.05.01.2.06");
const kedua = (o: ReturnType<typeof validasi>, sheet: string) => o.model.pk.find((p) => p.sheet === sheet)?.pihakKedua?.jabatan;

describe("a statement jabatan continued on the next row", () => {
  it("a.n. X / the signer's office: the signer is the party, and the cascade links to its PK", () => {
    const o = validasi([sek, pk("Ksb", ["KEPALA SUB BAGIAN UMUM", "RINI", "19830517 201001 2 015"], ["SUPRIYADI", ""],
      [["Jabatan", ":", "a.n. KEPALA SATUAN POLISI PAMONG PRAJA KABUPATEN CONTOH"], [null, null, "SEKRETARIS SATUAN POLISI PAMONG PRAJA"]], "Sasaran Kegiatan", "Sub Kegiatan", "1.05.01.2.06.0002")]);
    expect(kedua(o, "Ksb")).toBe("SEKRETARIS SATUAN POLISI PAMONG PRAJA");
    expect(o.model.pk.find((p) => p.sheet === "Ksb")?.atasan).toBe(o.model.pk.find((p) => p.sheet === "Sek")?.id);
  });

  it("near miss: a jabatan wrapped by hand without a formula is joined; a row in another column continues nothing", () => {
    const o = validasi([pk("Kasi", ["KEPALA SEKSI OPERASI", "BUDI", "19830517 201001 1 015"], ["ANI", ""],
      [["Jabatan", ":", "KEPALA BIDANG PENEGAKAN PERATURAN"], [null, null, "DAERAH KABUPATEN CONTOH"]], "Sasaran Kegiatan", "Sub Kegiatan", "1.05.02.2.01.0001")]);
    expect(kedua(o, "Kasi")).toBe("KEPALA BIDANG PENEGAKAN PERATURAN DAERAH KABUPATEN CONTOH");
    expect(continuesJabatan([0], 2, "Selanjutnya disebut PIHAK KEDUA")).toBe(false);
    expect(continuesJabatan([2], 2, "Selaku atasan pihak pertama")).toBe(false);
    expect(continuesJabatan([2, 3], 2, "SEKRETARIS")).toBe(false);
    expect(continuesJabatan([2], null, "SEKRETARIS")).toBe(false);
    expect(jabatanOfRows([{ text: "a.n. BUPATI CONTOH", cell: "C8" }, { text: "SEKRETARIS DAERAH", cell: "C9" }])).toEqual({ text: "SEKRETARIS DAERAH", cell: "C9" });
  });
});
