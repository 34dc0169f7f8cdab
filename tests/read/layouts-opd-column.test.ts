/**
 * One Rencana Aksi sheet for several OPD (tests/wild: pringsewu-target-renaksi-semua-opd): an `OPD` column, merged
 * down over each OPD's rows, names the unit whose PK the rows belong to. Built small, with the near misses.
 */
import { validasi } from "../../src/engine/run";
import { grid, _ } from "../support/grid";
import type { CellValue, Grid } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out) => o.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const pkSheet = (name: string, unit: string, jabatan: string, ind: [string, number][]): Grid =>
  grid(name, [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    [unit],
    [],
    ["No", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "SATUAN"],
    ...ind.map(([nama, target], k): CellValue[] => [k + 1, k ? null : "Sasaran", nama, target, "%"]),
    [],
    [null, "PIHAK KEDUA,", null, "PIHAK KESATU,"],
    [null, "BUPATI CONTOH", null, jabatan],
    [],
    [null, "H. ADI", null, "BUDI"],
  ]);

const DINKES: [string, number][] = [["Persentase Puskesmas terakreditasi", 45], ["Cakupan imunisasi dasar lengkap", 95]];
const KOMINFO: [string, number][] = [["Persentase OPD terhubung jaringan intra", 100], ["Indeks kepuasan layanan informasi", 80]];
const pkDinkes = pkSheet("PK Dinkes", "DINAS KESEHATAN", "KEPALA DINAS KESEHATAN", DINKES);
const pkKominfo = pkSheet("PK Kominfo", "DINAS KOMUNIKASI DAN INFORMATIKA", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", KOMINFO);

/** `TARGET DAN RENCANA AKSI`, no jabatan line; each block's unit in the OPD column of its first row only (merged). */
const ra = (blocks: { unit: string; ind: [string, number][] }[]): Grid => {
  const rows: CellValue[][] = [
    ["TARGET DAN RENCANA AKSI"],
    ["Tahun 2025"],
    [],
    ["NO", "OPD", "INDIKATOR", "TARGET TAHUNAN", "TARGET TRIWULAN"],
    [..._(4), "I", "II", "III", "IV"],
  ];
  let no = 1;
  for (const b of blocks) b.ind.forEach(([nama, t], k) => rows.push([no++, k ? null : b.unit, nama, t, t / 4, t / 2, (3 * t) / 4, t]));
  return grid("Target RA", rows);
};

const tiedTo = (o: Out) => o.model.renaksi.map((s) => [s.pk, s.indikator.map((i) => i.nama)]);

describe("one Rencana Aksi for several OPD, an OPD column naming each block's unit", () => {
  it("each block is the Rencana Aksi of the PK of its unit, and the OPD column is read", () => {
    const o = validasi([pkDinkes, pkKominfo, ra([{ unit: "DINAS KESEHATAN", ind: DINKES }, { unit: "Dinas Komunikasi dan Informatika", ind: KOMINFO }])]);
    expect(tiedTo(o)).toEqual([["PK Dinkes", DINKES.map((i) => i[0])], ["PK Kominfo", KOMINFO.map((i) => i[0])]]);
    expect(o.model.renaksi.map((s) => [s.unit, s.unitCell])).toEqual([["DINAS KESEHATAN", "B6"], ["Dinas Komunikasi dan Informatika", "B8"]]);
    expect(rules(o).filter((r) => /pk-unlinked|indikator-unknown|renaksi-missing|isi-tak-terbaca/.test(r))).toEqual([]);
  });

  it("the unit's head: with a Kabid of the same dinas in the workbook, DINAS KESEHATAN is the Kepala Dinas's", () => {
    const kabid = pkSheet("PK Kabid", "DINAS KESEHATAN", "KEPALA BIDANG PELAYANAN KESEHATAN DINAS KESEHATAN", [["Persentase Puskesmas terakreditasi", 45]]);
    const o = validasi([pkDinkes, kabid, pkKominfo, ra([{ unit: "DINAS KESEHATAN", ind: DINKES }, { unit: "DINAS KOMUNIKASI DAN INFORMATIKA", ind: KOMINFO }])]);
    expect(o.model.renaksi.map((s) => s.pk)).toEqual(["PK Dinkes", "PK Kominfo"]);
  });

  it("near miss: a unit no PK names, with indikator of no PK: that block is reported pk-unlinked at its OPD cell", () => {
    const other: [string, number][] = [["Persentase jalan kondisi mantap", 70]];
    const o = validasi([pkDinkes, pkKominfo, ra([{ unit: "DINAS KESEHATAN", ind: DINKES }, { unit: "DINAS PEKERJAAN UMUM", ind: other }])]);
    expect(o.model.renaksi.map((s) => s.pk)).toEqual(["PK Dinkes", null]);
    expect(rules(o)).toContain("pk-unlinked Target RA!B8");
    expect(o.findings.find((f) => f.rule === "pk-unlinked")?.message).toMatch(/OPD "DINAS PEKERJAAN UMUM"/);
  });

  it("near miss: an OPD column naming one unit only: the sheet is read whole, as before (tied by its content)", () => {
    const o = validasi([pkDinkes, pkKominfo, ra([{ unit: "DINAS KESEHATAN", ind: DINKES }])]);
    expect(o.model.renaksi).toHaveLength(1);
    expect(o.model.renaksi[0]).toMatchObject({ pk: "PK Dinkes" });
    expect(o.model.renaksi[0].unit).toBeUndefined();
  });

  it("near miss: no OPD column: both OPD's rows in one sheet tie to neither PK (pk-unlinked), never to one of them", () => {
    const g = ra([{ unit: "DINAS KESEHATAN", ind: DINKES }, { unit: "DINAS KOMUNIKASI DAN INFORMATIKA", ind: KOMINFO }]);
    g.values[3][1] = "UNIT";
    const o = validasi([pkDinkes, pkKominfo, g]);
    expect(o.model.renaksi.map((s) => s.pk)).toEqual([null]);
    expect(rules(o)).toContain("pk-unlinked Target RA!A1");
  });

  it("a Realisasi sheet for several OPD is cut the same way", () => {
    const g = ra([{ unit: "DINAS KESEHATAN", ind: DINKES }, { unit: "DINAS KOMUNIKASI DAN INFORMATIKA", ind: KOMINFO }]);
    g.values[0][0] = "REALISASI KINERJA TAHUN 2025";
    g.values[3] = ["NO", "OPD", "INDIKATOR", "TARGET", "REALISASI"];
    const o = validasi([pkDinkes, pkKominfo, g]);
    expect(o.model.realisasi.map((s) => [s.pk, s.indikator.length])).toEqual([["PK Dinkes", 2], ["PK Kominfo", 2]]);
    expect(rules(o).filter((r) => /pk-unlinked|indikator-unknown/.test(r))).toEqual([]);
  });
});
