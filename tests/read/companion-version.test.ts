/**
 * A Rencana Aksi whose jabatan line names both the PK murni and the PK Perubahan of one official (tests/wild
 * cs-pati-dlh-ra-murni-perubahan-2025): it belongs to the PK of the version its title names.
 */
import { validasi } from "../../src/engine/run";
import { isCompanionPerubahan, pkOfVersion } from "../../src/engine/read/companion-version";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";
import type { PkSheet } from "../../src/engine/model";

const KADIS = "KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN CONTOH";

function pk(name: string, title: string, target: number) {
  const rows: CellValue[][] = [
    [title],
    ["DINAS LINGKUNGAN HIDUP"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
    [1, "S1", "Persentase sampah yang tertangani", "%", target],
    [],
    ["No", "Kode", "Program", "Anggaran (Rp)"],
    [1, "2.11.11", "PROGRAM PENGELOLAAN PERSAMPAHAN", "1.000.000"],
    [],
    [null, null, null, null, "Contoh, 2 Januari 2025"],
    [null, "PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
    [null, "BUPATI CONTOH,", null, null, `${KADIS},`],
    [],
    [null, "H. BUPATI", null, null, "Ir. KADIS"],
    [null, null, null, null, "NIP. 19690814 199503 1 004"],
  ];
  return grid(name, rows);
}

function ra(name: string, title: string, target: number, tw: number[]) {
  return grid(name, [
    [title],
    [KADIS],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target Triwulan", null, null, null],
    [null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
    [1, "Persentase sampah yang tertangani", "%", target, ...tw],
  ]);
}

const linked = (o: ReturnType<typeof validasi>) => Object.fromEntries(o.model.renaksi.map((r) => [r.sheet, o.model.pk.find((p) => p.id === r.pk)?.sheet ?? null]));
const at = (o: ReturnType<typeof validasi>, rule: string) => o.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);

describe("a Rencana Aksi among a PK murni and a PK Perubahan of one jabatan", () => {
  const pks = [pk("PK", "PERJANJIAN KINERJA TAHUN 2025", 72), pk("PK P", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", 75)];

  it("each RA belongs to the PK of the version its title names, and is checked against it", () => {
    const o = validasi([...pks, ra("RA", "RENCANA AKSI TAHUN 2025", 72, [18, 36, 54, 72]), ra("RA P", "RENCANA AKSI PERUBAHAN TAHUN 2025", 76, [18, 36, 56, 76])]);
    expect(linked(o)).toEqual({ RA: "PK", "RA P": "PK P" });
    expect(at(o, "pk-unlinked")).toEqual([]);
    // The RA Perubahan's 76 against the PK Perubahan's 75: a real mismatch, found on that sheet only.
    expect(at(o, "target-mismatch")).toEqual(["RA P!D6"]);
  });

  it("near miss: an RA whose title names no version is the murni PK's; with one PK of the jabatan the version decides nothing", () => {
    const o = validasi([...pks, ra("RA", "RENCANA AKSI TAHUN 2025", 72, [18, 36, 54, 72])]);
    expect(linked(o)).toEqual({ RA: "PK" });
    const only = validasi([pks[1], ra("RA", "RENCANA AKSI TAHUN 2025", 75, [18, 36, 56, 75])]);
    expect(linked(only)).toEqual({ RA: "PK P" });
    expect(at(only, "target-mismatch")).toEqual([]);
  });

  it("a title without the word: the PK whose annual targets it repeats; targets agreeing with neither: the murni one", () => {
    const o = validasi([...pks, ra("RA", "RENCANA AKSI TAHUN 2025", 75, [18, 36, 56, 75])]);
    expect(linked(o)).toEqual({ RA: "PK P" });
    expect(at(o, "target-mismatch")).toEqual([]);
    const neither = validasi([...pks, ra("RA", "RENCANA AKSI TAHUN 2025", 80, [20, 40, 60, 80])]);
    expect(linked(neither)).toEqual({ RA: "PK" });
    expect(at(neither, "target-mismatch")).toEqual(["RA!D6"]);
  });

  it("the title words: RENCANA AKSI PERUBAHAN, a PK Perubahan's own forms; a unit holding the word is no version", () => {
    expect(isCompanionPerubahan("RENCANA AKSI PERUBAHAN TAHUN 2025", [], 0)).toBe(true);
    expect(isCompanionPerubahan("REALISASI KINERJA PERUBAHAN TAHUN 2025", [], 0)).toBe(true);
    expect(isCompanionPerubahan("PENGUKURAN KINERJA PERUBAHAN TRIWULAN II TAHUN 2025", [], 0)).toBe(true);
    expect(isCompanionPerubahan("RENCANA AKSI TAHUN 2025 (PERUBAHAN)", [], 0)).toBe(true);
    expect(isCompanionPerubahan("RENCANA AKSI TAHUN 2025", [], 0)).toBe(false);
    expect(isCompanionPerubahan("RENCANA AKSI DINAS LINGKUNGAN HIDUP DAN PERUBAHAN IKLIM TAHUN 2025", [], 0)).toBe(false);
  });

  it("two PKs of the same version stay undecided: none is picked", () => {
    const a = { id: "a", perubahan: true } as PkSheet;
    const b = { id: "b", perubahan: true } as PkSheet;
    const m = { id: "m" } as PkSheet;
    expect(pkOfVersion([a, b], true)).toBeNull();
    expect(pkOfVersion([a, m], false)).toBe(m);
    expect(pkOfVersion([a], false)).toBe(a);
  });
});
