/**
 * Two PKs with the same Pihak Pertama jabatan (tests/wild cs-rembang-rsud-pk-murni-perubahan-plt-2025): a PK murni
 * and a PK Perubahan of the same Direktur. The lower PK answers to the one of its own version, then to the one its
 * Pihak Kedua names; what still matches alike is said as such, never as "no PK".
 */
import { validasi } from "../../src/engine/run";
import { isPerubahan } from "../../src/engine/read/sheets/version";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Party = [jabatan: string, nama: string, nip: string | null];
const BUPATI: Party = ["BUPATI CONTOH", "H. BUPATI", null];
const DIR_A: Party = ["DIREKTUR RSUD KABUPATEN CONTOH", "dr. HARTONO", "19670815 199603 1 002"];
const DIR_B: Party = ["Plt. DIREKTUR RSUD KABUPATEN CONTOH", "dr. RETNO", "19750409 200501 2 011"];
const KABID: Party = ["KEPALA BIDANG PELAYANAN MEDIK", "Ns. SUGENG", "19780126 200212 1 004"];

function pk(name: string, title: string, sw: string, bw: string, kode: string, pagu: string, left: Party, right: Party) {
  const rows: CellValue[][] = [
    [title],
    ["RSUD KABUPATEN CONTOH"],
    [],
    ["No", sw, "Indikator Kinerja", "Satuan", "Target"],
    [1, "S1", `Indikator ${name}`, "%", 100],
    [],
    ["No", "Kode", bw, "Anggaran (Rp)"],
    [1, kode, `${bw} ${kode}`, pagu],
    [],
    [null, null, null, null, "Contoh, 2 Januari 2025"],
    [null, "PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
    [null, `${left[0]},`, null, null, `${right[0]},`],
    [],
    [null, left[1], null, null, right[1]],
    [null, left[2] ? `NIP. ${left[2]}` : null, null, null, `NIP. ${right[2]}`],
  ];
  return grid(name, rows);
}

const MURNI = "PERJANJIAN KINERJA TAHUN 2025";
const PERUBAHAN = "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025";
const dir = (name: string, title: string, who: Party, pagu: string) => pk(name, title, "Sasaran Strategis", "Program", "1.02.02", pagu, BUPATI, who);
const kabid = (name: string, title: string, atasan: Party, pagu: string) => pk(name, title, "Sasaran Program", "Kegiatan", "1.02.02.2.01", pagu, atasan, KABID);
const atasanOf = (o: ReturnType<typeof validasi>) => Object.fromEntries(o.model.pk.map((p) => [p.sheet, p.atasan]));
const missing = (o: ReturnType<typeof validasi>) => o.findings.filter((f) => f.rule === "atasan-missing").map((f) => `${f.sheet}!${f.cell}`);

describe("the superior among two PKs of one jabatan", () => {
  it("a PK Perubahan answers to the PK Perubahan, a murni PK to the murni one; each version's rollup is checked", () => {
    const o = validasi([
      dir("Dir", MURNI, DIR_A, "1.000.000"),
      kabid("Kabid", MURNI, DIR_A, "1.000.000"),
      dir("Dir P", PERUBAHAN, DIR_B, "900.000"),
      kabid("Kabid P", PERUBAHAN, DIR_B, "1.000.000"),
    ]);
    expect(o.model.pk.map((p) => [p.sheet, !!p.perubahan])).toEqual([["Dir", false], ["Kabid", false], ["Dir P", true], ["Kabid P", true]]);
    expect(atasanOf(o)).toEqual({ Dir: null, Kabid: "Dir", "Dir P": null, "Kabid P": "Dir P" });
    expect(missing(o)).toEqual(["Dir!B12", "Dir P!B12"]);
    expect(o.findings.filter((f) => f.rule === "anggaran-rollup").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Dir P!D8"]);
  });

  it("two PKs of the same version: the one its Pihak Kedua names (NIP, name)", () => {
    const o = validasi([dir("Dir 1", MURNI, DIR_A, "1.000.000"), dir("Dir 2", MURNI, DIR_B, "1.000.000"), kabid("Kabid", MURNI, DIR_B, "1.000.000")]);
    expect(atasanOf(o).Kabid).toBe("Dir 2");
    expect(missing(o)).not.toContain("Kabid!B12");
  });

  it("still two alike: atasan-missing names both PKs, never 'bukan Pihak Pertama PK mana pun'", () => {
    const o = validasi([dir("Dir", MURNI, DIR_A, "1.000.000"), dir("Dir salinan", MURNI, DIR_A, "1.000.000"), kabid("Kabid", MURNI, DIR_A, "1.000.000")]);
    expect(atasanOf(o).Kabid).toBeNull();
    const f = o.findings.find((x) => x.rule === "atasan-missing" && x.sheet === "Kabid")!;
    expect(f.cell).toBe("B12");
    expect(f.message).toMatch(/Pihak Pertama di 2 PK sekaligus \("Dir" dan "Dir salinan"\)/);
    expect(f.message).not.toMatch(/mana pun/);
  });

  it("near miss: one Direktur PK of the other version is still the superior (a version alone never unlinks)", () => {
    const o = validasi([dir("Dir P", PERUBAHAN, DIR_A, "1.000.000"), kabid("Kabid", MURNI, DIR_A, "1.000.000")]);
    expect(atasanOf(o).Kabid).toBe("Dir P");
    expect(o.model.pk[0].atasanCandidates).toBeUndefined();
  });
});

describe("isPerubahan: the version the title states", () => {
  const line = (text: string, row = 2) => ({ text, row, col: 0 });
  it("fires on the title's own word or a version line", () => {
    expect(isPerubahan("PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", [], 1)).toBe(true);
    expect(isPerubahan("PERJANJIAN KINERJA (PK) PERUBAHAN TAHUN 2025", [], 1)).toBe(true);
    expect(isPerubahan("PERJANJIAN KINERJA TAHUN 2025 (PERUBAHAN)", [], 1)).toBe(true);
    expect(isPerubahan("PERUBAHAN PERJANJIAN KINERJA TAHUN 2025", [], 1)).toBe(true);
    expect(isPerubahan("PERJANJIAN KINERJA TAHUN 2025", [line("PERUBAHAN")], 1)).toBe(true);
  });
  it("near misses: a unit holding the word, a murni title, a line above the title", () => {
    expect(isPerubahan("PERJANJIAN KINERJA TAHUN 2025", [line("DINAS LINGKUNGAN HIDUP DAN PERUBAHAN IKLIM")], 1)).toBe(false);
    expect(isPerubahan("PERJANJIAN KINERJA TAHUN 2025\nBADAN PENANGGULANGAN PERUBAHAN IKLIM", [], 1)).toBe(false);
    expect(isPerubahan("PERJANJIAN KINERJA TAHUN 2025", [], 1)).toBe(false);
    expect(isPerubahan("PERJANJIAN KINERJA TAHUN 2025", [line("PERUBAHAN", 0)], 1)).toBe(false);
  });
});
