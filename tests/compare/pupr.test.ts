/** The PUPR sample's layout (kode leading the name, rupiah as text, targets with their unit): a PK Perubahan that fixes its budget. */
import { sampleGrids } from "../support/samples";
import { validasi } from "../../src/engine/run";
import { compareVersions, type Version } from "../../src/engine/compare";
import type { Grid } from "../../src/engine/grid";
import { Book } from "./edit";

let sample: Grid[];
let base: Version;
const KADIS = "Lampiran PK Kadis PUPR";

beforeAll(async () => {
  sample = await sampleGrids("kabupaten-contoh-pupr-2025");
  base = validasi(sample);
});

const cells = (c: { temuan: { rule: string; sheet: string; cell: string }[] }) => c.temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`);

test("the program pagu brought down to its kegiatan everywhere it stands: one pagu change, and it now rolls up", () => {
  expect(base.findings.map((f) => f.rule)).toContain("anggaran-rollup");
  const b = new Book(sample)
    .set(KADIS, "C11", "Rp 28.150.000.000")
    .set(KADIS, "C13", "Rp 35.450.000.000")
    // The Rencana Aksi's pagu and its December cash plan, the Realisasi's pagu.
    .set("Renaksi Kadis", "C11", "Rp 28.150.000.000")
    .set("Renaksi Kadis", "P11", "Rp 2.590.000.000")
    .set("Realisasi Kadis", "C11", "Rp 28.150.000.000");
  const after = validasi(b.grids);
  const out = compareVersions(base, after);
  expect(out.perubahan).toHaveLength(1);
  expect(out.perubahan[0]).toEqual(expect.objectContaining({
    jenis: "pagu", apa: "1.03.10 Program Penyelenggaraan Jalan", lama: 28_400_000_000, baru: 28_150_000_000,
    sheetLama: KADIS, cellLama: "C11", sheetBaru: KADIS, cellBaru: "C11", selisih: { rupiah: -250_000_000, persen: (-250 / 28_400) * 100 }, temuan: [],
  }));
  expect(after.findings.map((f) => f.rule)).not.toContain("anggaran-rollup");
});

test("the same pagu in the PK alone: the change is not consistent yet", () => {
  const out = compareVersions(base, validasi(new Book(sample).set(KADIS, "C11", "Rp 28.150.000.000").grids));
  expect(out.perubahan.map(cells)).toEqual([[`jumlah-mismatch ${KADIS}!C13`, "pagu-mismatch Renaksi Kadis!C11", "pagu-mismatch Realisasi Kadis!C11"]]);
});

test("a program's name corrected where the kode leads the name cell: a change of name, matched by kode", () => {
  const b = new Book(sample).set(KADIS, "B12", "1.03.03 Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM)");
  const out = compareVersions(base, validasi(b.grids));
  expect(out.perubahan).toEqual([expect.objectContaining({
    jenis: "nama", apa: "Nama 1.03.03", lama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
    baru: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM)", cellLama: "B12", cellBaru: "B12",
  })]);
});

test("a target with its unit in the cell: the number compared, the unit as satuan", () => {
  const b = new Book(sample).set("Lampiran PK Kabid BM", "D8", "8 unit").set("Lampiran PK Kasi Jalan", "D8", "38 Km");
  const out = compareVersions(base, validasi(b.grids));
  expect(out.perubahan).toEqual([expect.objectContaining({ jenis: "target", lama: 6, baru: 8, cellLama: "D8", cellBaru: "D8" })]);
});
