/**
 * A template's counter printed into the indikator cell (`1 . IPM`, `2 RLS`, again `1 LPE` under the next sasaran):
 * the numbers are the list's, not the names' (tests/wild pg-kuningan-bupati-anggaran-per-sasaran-2025).
 */
import { validasi } from "../../src/engine/run";
import { countedNames, stripCounter } from "../../src/engine/read/tables/counters";
import { stripListPrefix } from "../../src/engine/read/tables/claims";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

const pk = (rows: CellValue[][]) =>
  grid("PK", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["BUPATI CONTOH"],
    [],
    ["No", "Sasaran", "Indikator", "Target Kinerja"],
    ...rows,
    [],
    [null, null, "Contoh, 2 Januari 2025"],
    [null, null, "BUPATI CONTOH,"],
    [],
    [null, null, "H. BUDI SANTOSO"],
  ]);
const names = (rows: CellValue[][]) => validasi([pk(rows)]).model.pk[0].indikator.map((i) => i.nama);

describe("indikator counters glued to the name", () => {
  it("a column counting 1, 2, 3 and again from 1 loses its numbers", () => {
    expect(names([
      [1, "Sasaran A", "1 . Indeks Pembangunan Manusia", "71,25"],
      [null, null, "2 Rata-rata Lama Sekolah", "8,1"],
      [2, "Sasaran B", "1 . Laju Pertumbuhan Ekonomi", "5,1"],
      [null, null, "2 Tingkat Pengangguran Terbuka", "7,45"],
    ])).toEqual(["Indeks Pembangunan Manusia", "Rata-rata Lama Sekolah", "Laju Pertumbuhan Ekonomi", "Tingkat Pengangguran Terbuka"]);
  });

  it("near miss: numbers that do not count (12, 24) are the names' own", () => {
    expect(names([
      [1, "Sasaran A", "12 jenis layanan dasar terstandar", 12],
      [null, null, "24 jam layanan gawat darurat tersedia", "Tersedia"],
    ])).toEqual(["12 jenis layanan dasar terstandar", "24 jam layanan gawat darurat tersedia"]);
  });

  it("near miss: one numbered name among plain ones keeps its number", () => {
    expect(names([
      [1, "Sasaran A", "1 desa wisata mandiri terbentuk", 1],
      [null, null, "Indeks Kepuasan Masyarakat", 82],
    ])).toEqual(["1 desa wisata mandiri terbentuk", "Indeks Kepuasan Masyarakat"]);
  });

  it("the counter's shapes", () => {
    expect(countedNames(["1 A", "2 B", "1 C"])).toBe(true);
    expect(countedNames(["1 A"])).toBe(false);
    expect(countedNames(["2 A", "3 B"])).toBe(false);
    expect(countedNames(["1 A", "3 B"])).toBe(false);
    expect(stripCounter("1 . Indeks")).toBe("Indeks");
    expect(stripListPrefix("1 . Indeks Pembangunan Manusia")).toBe("Indeks Pembangunan Manusia");
    expect(stripListPrefix("5 besar penyakit")).toBe("5 besar penyakit");
  });
});
