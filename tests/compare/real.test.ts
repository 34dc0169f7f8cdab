/**
 * Real layouts (samples/real) against a copy edited as a PK Perubahan would be. The cells to edit and to expect
 * are taken from the engine's reading of the old version, not written down here.
 */
import * as path from "path";
import { readXlsx } from "../../src/xlsx/read";
import { validasi, type ValidasiOutput } from "../../src/engine/run";
import { compareVersions, type Perubahan } from "../../src/engine/compare";
import type { Grid } from "../../src/engine/grid";
import { SAMPLES } from "../support/samples";
import { Book } from "./edit";

const real = (name: string) => readXlsx(path.join(SAMPLES, "real", `${name}.xlsx`));
const summary = (c: Perubahan) => [c.jenis, c.apa, c.lama, c.baru, c.sheetLama, c.cellLama, c.sheetBaru, c.cellBaru];

/** Every finding a change names is a finding of the new version (error or warning). */
function expectFindingsOfNewVersion(changes: Perubahan[], baru: ValidasiOutput): void {
  const findings = new Set(baru.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.sheet}!${f.cell}`));
  for (const c of changes) for (const t of c.temuan) expect(findings).toContain(`${t.rule} ${t.sheet}!${t.cell}`);
}

describe("jatim-upt-pelatihan-pertanian-2025: the PK Perubahan after the 2025 efisiensi", () => {
  let grids: Grid[];
  let lama: ValidasiOutput;
  beforeAll(async () => {
    grids = await real("jatim-upt-pelatihan-pertanian-2025");
    lama = validasi(grids);
  });

  it("carries the PAPBD pagu and a lowered target: two pagu changes and one target, at the cells the engine read", () => {
    const [pk] = lama.model.pk;
    expect(pk.level).toBe("eselon4");
    const PAPBD: Record<string, number> = { "3.27.01.1.08.0002": 412_500_000, "3.27.01.1.09.0009": 937_500_000 };
    const peserta = pk.indikator.find((i) => /peserta pelatihan/i.test(i.nama))!;
    const b = new Book(grids)
      .set(pk.sheet, pk.titleCell, "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025")
      .set(pk.sheet, peserta.targetCell, "1.000")
      .replaceText(pk.sheet, "6 Januari 2025", "1 Oktober 2025");
    for (const a of pk.anggaran) b.set(pk.sheet, a.paguCell, PAPBD[a.kode!]);
    b.set(pk.sheet, pk.jumlah!.cell, 1_350_000_000);
    const baru = validasi(b.grids);
    const out = compareVersions(lama, baru);

    expect(out.perubahan.map(summary)).toEqual([
      ["target", peserta.nama, 1200, 1000, pk.sheet, peserta.targetCell, pk.sheet, peserta.targetCell],
      ...pk.anggaran.map((a) => ["pagu", `${a.kode} ${a.nama}`, a.pagu, PAPBD[a.kode!], pk.sheet, a.paguCell, pk.sheet, a.paguCell]),
    ]);
    expect(out.perubahan.slice(1).map((c) => c.selisih)).toEqual([
      { rupiah: -73_500_000, persen: (-73.5 / 486) * 100 },
      { rupiah: -312_500_000, persen: -25 },
    ]);
    expect(out.ringkasan.pk).toEqual([expect.objectContaining({ pk: "KEPALA UPT PELATIHAN PERTANIAN", paguLama: 1_736_000_000, paguBaru: 1_350_000_000, perubahan: 3 })]);
    // The Jumlah follows the new pagu: no change leaves it behind.
    expect(out.perubahan.flatMap((c) => c.temuan.map((t) => t.rule))).not.toContain("jumlah-mismatch");
    expectFindingsOfNewVersion(out.perubahan, baru);
  });
});

describe("enrekang-ketahananpangan-rfk-2025: a new acting Kepala Dinas and money moved between programs", () => {
  let grids: Grid[];
  let lama: ValidasiOutput;
  beforeAll(async () => {
    grids = await real("enrekang-ketahananpangan-rfk-2025");
    lama = validasi(grids);
  });

  it("lists the official's three fields, the range target and both pagu; the total stays", () => {
    const [pk] = lama.model.pk;
    const p1 = pk.pihakPertama!;
    const range = pk.indikator.find((i) => typeof i.target === "object" && i.target !== null)!;
    const [, diversifikasi, kerawanan] = pk.anggaran;
    const b = new Book(grids)
      .set(pk.sheet, p1.jabatanCell!, `Plt. ${p1.jabatan}`)
      .set(pk.sheet, p1.namaCell!, "Dr. HASNAH SAID, S.P., M.Si.")
      .set(pk.sheet, p1.nipCell!, "NIP. 19760812 200212 2 004")
      .set(pk.sheet, range.targetCell, "85 - 90")
      .set(pk.sheet, diversifikasi.paguCell, "1.184.000.000")
      .set(pk.sheet, kerawanan.paguCell, "456.400.000");
    const baru = validasi(b.grids);
    const out = compareVersions(lama, baru);

    expect(out.perubahan.map(summary)).toEqual([
      ["pejabat", "Pihak Pertama · nama", p1.nama, "Dr. HASNAH SAID, S.P., M.Si.", pk.sheet, p1.namaCell, pk.sheet, p1.namaCell],
      ["pejabat", "Pihak Pertama · NIP", p1.nip, "197608122002122004", pk.sheet, p1.nipCell, pk.sheet, p1.nipCell],
      ["pejabat", "Pihak Pertama · jabatan", p1.jabatan, `Plt. ${p1.jabatan}`, pk.sheet, p1.jabatanCell, pk.sheet, p1.jabatanCell],
      ["target", range.nama, { min: 80, max: 90 }, { min: 85, max: 90 }, pk.sheet, range.targetCell, pk.sheet, range.targetCell],
      ["pagu", `${diversifikasi.kode} ${diversifikasi.nama}`, 1_284_000_000, 1_184_000_000, pk.sheet, diversifikasi.paguCell, pk.sheet, diversifikasi.paguCell],
      ["pagu", `${kerawanan.kode} ${kerawanan.nama}`, 356_400_000, 456_400_000, pk.sheet, kerawanan.paguCell, pk.sheet, kerawanan.paguCell],
    ]);
    expect(out.ringkasan.pk[0]).toEqual(expect.objectContaining({ paguLama: 5_265_000_000, paguBaru: 5_265_000_000 }));
    // Money moved, not added: the stated JUMLAH still holds.
    expect(out.perubahan.flatMap((c) => c.temuan.map((t) => t.rule))).not.toContain("jumlah-mismatch");
    expectFindingsOfNewVersion(out.perubahan, baru);
  });
});
