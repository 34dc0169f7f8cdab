/**
 * A PK's budget written only as sentences under its kinerja table (tests/wild pg-banyumas-bpbd-kabid-kegiatan-kalimat-2025,
 * sidoarjo-kec-candi-pagu-kalimat-2025). Near misses: a lone `Jumlah Anggaran … : Rp …` stays reported; a sentence beside
 * a real budget table is not read as one more object.
 */
import { validasi } from "../../src/engine/run";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const pk = (budget: CellValue[][]) =>
  grid("PK", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA BIDANG KEDARURATAN DAN LOGISTIK"],
    [],
    ["No", "Sasaran Program", "Indikator Kinerja", "Target"],
    [1, "Meningkatnya kecepatan penanganan darurat", "Persentase korban tertolong dalam 24 jam", "100 %"],
    [],
    ...budget,
    [],
    ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
    ["KEPALA PELAKSANA BPBD,", null, "KEPALA BIDANG KEDARURATAN DAN LOGISTIK,"],
    [],
    ["Drs. BUDI NUGROHO", null, "TRI ANGGORO"],
  ]);
const SENTENCES: CellValue[][] = [
  ["1. Kegiatan 1.05.03.2.03 Pelayanan Penyelamatan dan Evakuasi Korban Bencana, dengan anggaran sebesar Rp 1.185.250.000,00;"],
  ["2. Kegiatan Penataan Sistem Dasar Penanggulangan Bencana dengan anggaran sebesar Rp 642.000.000,00."],
  ["Jumlah anggaran Tahun Anggaran 2025 sebesar Rp 1.827.250.000,- (satu miliar …)."],
];

describe("a budget written as sentences", () => {
  it("is read: each object with its kode (when it leads the name) and pagu, the total as the Jumlah", () => {
    const o = validasi([pk(SENTENCES)]);
    const p = o.model.pk[0];
    expect(p.anggaran.map((a) => [a.kode, a.nama, a.pagu, a.paguCell])).toEqual([
      ["1.05.03.2.03", "Pelayanan Penyelamatan dan Evakuasi Korban Bencana", 1_185_250_000, "A7"],
      [null, "Penataan Sistem Dasar Penanggulangan Bencana", 642_000_000, "A8"],
    ]);
    expect(p.budgetHeader?.word).toBe("kegiatan");
    expect(p.jumlah).toMatchObject({ value: 1_827_250_000, cell: "A9" });
    expect(o.model.bacaan[0].takTerbaca).toEqual([]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("a total that does not agree is a jumlah-mismatch at its sentence", () => {
    const wrong = [...SENTENCES.slice(0, 2), ["Jumlah anggaran sebesar Rp 1.900.000.000,00"]];
    expect(rules(validasi([pk(wrong)]), "error")).toEqual(["jumlah-mismatch PK!A9"]);
  });

  it("near miss: a lone `Jumlah Anggaran … : Rp …` names no object: reported, not read", () => {
    const o = validasi([pk([["Jumlah Anggaran Sub Kegiatan Tahun 2025 : Rp 1.250.000.000,-"]])]);
    expect(o.model.pk[0].anggaran).toEqual([]);
    expect(o.model.bacaan[0].takTerbaca).toEqual(["A7"]);
  });

  it("near miss: beside a budget table, a sentence is no further object", () => {
    const o = validasi([pk([["No", "Kode", "Kegiatan", "Anggaran (Rp)"], [1, "1.05.03.2.03", "Pelayanan Penyelamatan", "1.185.250.000"], [], [], SENTENCES[1]])]);
    expect(o.model.pk[0].anggaran.map((a) => a.kode)).toEqual(["1.05.03.2.03"]);
  });
});
