/**
 * A lampiran without parties takes them from its statement page (tests/wild
 * cs-gianyar-disdukcapil-pernyataan-lampiran-2025): the page whose Pihak Pertama holds the lampiran's jabatan line,
 * wherever it stands; without a jabatan line, the page before it.
 */
import { validasi } from "../../src/engine/run";
import { statementFor } from "../../src/engine/read/statement-choice";
import { grid } from "../support/grid";

const KADIS = "KEPALA DINAS CONTOH KABUPATEN CONTOH";
const SEK = "SEKRETARIS DINAS CONTOH KABUPATEN CONTOH";

const statement = (name: string, pertama: [string, string], kedua: [string, string]) => grid(name, [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  [],
  ["Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"],
  ["Nama", ":", pertama[1]],
  ["Jabatan", ":", pertama[0]],
  ["Selanjutnya disebut PIHAK PERTAMA"],
  ["Nama", ":", kedua[1]],
  ["Jabatan", ":", kedua[0]],
  ["Selaku atasan pihak pertama, selanjutnya disebut PIHAK KEDUA"],
  [],
  [null, "PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
  [null, `${kedua[0]},`, null, null, `${pertama[0]},`],
  [],
  [null, kedua[1], null, null, pertama[1]],
]);

const lampiran = (name: string, jabatan: string | null, sw: string) => grid(name, [
  ["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"],
  ...(jabatan ? [[jabatan]] : []),
  [],
  ["No", sw, "Indikator Kinerja", "Target"],
  [1, "S1", `Indikator ${name}`, "100 %"],
]);

const parties = (o: ReturnType<typeof validasi>) => Object.fromEntries(o.model.pk.map((p) => [p.sheet, [p.pihakPertama?.nama ?? null, p.pihakKedua?.nama ?? null]]));

describe("the statement page that lends its parties to a lampiran", () => {
  it("statement pages printed together, the lampiran after them: each lampiran takes its own official's page", () => {
    const o = validasi([
      statement("St Kadis", [KADIS, "Ir. KADIS"], ["BUPATI CONTOH", "H. BUPATI"]),
      statement("St Sek", [SEK, "Hj. SEKRETARIS"], [KADIS, "Ir. KADIS"]),
      lampiran("Lamp Kadis", KADIS, "Sasaran Strategis"),
      lampiran("Lamp Sek", SEK, "Sasaran Program"),
    ]);
    expect(parties(o)).toEqual({ "Lamp Kadis": ["Ir. KADIS", "H. BUPATI"], "Lamp Sek": ["Hj. SEKRETARIS", "Ir. KADIS"] });
    expect(o.model.pk.find((p) => p.sheet === "Lamp Sek")?.atasan).toBe(o.model.pk.find((p) => p.sheet === "Lamp Kadis")?.id);
    expect(o.findings.filter((f) => f.rule === "atasan-mismatch")).toEqual([]);
  });

  it("near miss: a lampiran without a jabatan line takes the page before it, as before", () => {
    const o = validasi([
      statement("St Kadis", [KADIS, "Ir. KADIS"], ["BUPATI CONTOH", "H. BUPATI"]),
      lampiran("Lamp 1", null, "Sasaran Strategis"),
      statement("St Sek", [SEK, "Hj. SEKRETARIS"], [KADIS, "Ir. KADIS"]),
      lampiran("Lamp 2", null, "Sasaran Program"),
    ]);
    expect(parties(o)).toEqual({ "Lamp 1": ["Ir. KADIS", "H. BUPATI"], "Lamp 2": ["Hj. SEKRETARIS", "Ir. KADIS"] });
  });

  it("a jabatan line no page of several names lends nothing; one page alone always lends", () => {
    const pages = [
      { index: 0, parties: { pertama: { jabatan: KADIS } } },
      { index: 1, parties: { pertama: { jabatan: SEK } } },
    ];
    expect(statementFor("KEPALA BIDANG LAIN", 2, pages)).toBeUndefined();
    expect(statementFor("KEPALA DINAS CONTOH", 2, pages)).toBe(pages[0]);
    expect(statementFor(null, 2, pages)).toBe(pages[1]);
    expect(statementFor("KEPALA BIDANG LAIN", 2, [pages[0]])).toBe(pages[0]);
  });
});
