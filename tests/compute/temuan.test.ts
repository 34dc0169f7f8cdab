/** Every figure carries the error and warning findings on the rows it is computed from, and only those. */
import { hitung } from "../../src/engine/run";
import { hitungDoc } from "../../src/engine/report/json";
import { TemuanIndex } from "../../src/engine/compute/temuan";
import type { Finding } from "../../src/engine/finding";
import { sampleGrids, truthOf } from "../support/samples";
import { withCells } from "../support/edit";

const refs = (t: Finding[]) => t.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

describe("the PUPR sample: each planted error marks the figures computed from its cell", () => {
  it("gives every figure resting on a planted error a non-empty temuan, and the top-level peringatan", async () => {
    const out = hitung(await sampleGrids("kabupaten-contoh-pupr-2025"));
    const r = out.results;
    const truth = truthOf("kabupaten-contoh-pupr-2025");
    const cap = (sheet: string, name: string) => r.capaian.find((c) => c.sheet === sheet && c.indikator === name)!;
    const ang = (kode: string) => r.anggaran.find((a) => a.kode === kode)!;
    const ks = (sheet: string) => r.kurvaS.find((k) => k.sheet === sheet)!;
    // satuan-mismatch in Renaksi Kabid BM!C7: the indikator whose Rencana Aksi row it is.
    expect(refs(cap("Lampiran PK Kabid BM", "Panjang jalan kabupaten kondisi baik").temuan)).toEqual(["satuan-mismatch Renaksi Kabid BM!C7"]);
    // indikator-unknown in Renaksi Kasi Jalan!B8: a misspelt row of the PK indikator it nearly names.
    expect(refs(cap("Lampiran PK Kasi Jalan", "Panjang jalan yang dipelihara berkala").temuan)).toEqual([
      "indikator-unknown Renaksi Kasi Jalan!B8",
      "renaksi-missing Lampiran PK Kasi Jalan!C8",
    ]);
    // anggaran-rollup on the Kadis program 1.03.10: that capaian anggaran and the Kadis Kurva S.
    expect(refs(ang("1.03.10").temuan)).toEqual(["anggaran-rollup Lampiran PK Kadis PUPR!C11"]);
    expect(refs(ks("Lampiran PK Kadis PUPR").temuan)).toEqual(["anggaran-rollup Lampiran PK Kadis PUPR!C11"]);
    // jumlah-mismatch on the Kabid BM Jumlah: its budget objects and its Kurva S.
    expect(refs(ang("1.03.10.2.01").temuan)).toEqual(["jumlah-mismatch Lampiran PK Kabid BM!C12"]);
    expect(refs(ks("Lampiran PK Kabid BM").temuan)).toEqual(["jumlah-mismatch Lampiran PK Kabid BM!C12"]);
    // Every planted error reaches at least one figure; figures left out of the truth are those with findings.
    const all = [...r.capaian, ...r.anggaran, ...r.kurvaS].flatMap((x) => x.temuan);
    for (const e of truth.errors) expect(all.some((f) => f.rule === e.rule && f.sheet === e.sheet && f.cell === e.cell)).toBe(true);
    const clean = r.capaian.filter((c) => c.realisasi !== null && !c.temuan.length).map((c) => `${c.sheet}/${c.indikator}`);
    for (const c of clean) expect(truth.capaian.map((t: { sheet: string; indikator: string }) => `${t.sheet}/${t.indikator}`)).toContain(c);
    // The near misses: the cascade warning on a program no subordinate breaks down does not touch its figure.
    expect(ang("1.03.03").temuan).toEqual([]);
    const doc = hitungDoc("pupr.xlsx", out);
    expect(Object.keys(doc).slice(0, 2)).toEqual(["file", "peringatan"]);
    expect(doc.peringatan).toBe("Buku kerja ini masih memuat 4 kesalahan; 6 angka di bawah bergantung padanya dan ditandai.");
    expect(doc.capaian.find((c) => c.indikator === "Panjang jalan kabupaten kondisi baik")!.temuan).toEqual([
      { rule: "satuan-mismatch", severity: "error", sheet: "Renaksi Kabid BM", cell: "C7" },
    ]);
  });

  it("a Rencana Aksi row that matched nothing yields no quarterly capaian or predikat for the PK indikator (the former 31,58 Sangat Rendah)", async () => {
    const c = hitung(await sampleGrids("kabupaten-contoh-pupr-2025")).results.capaian.find((x) => x.indikator === "Panjang jalan yang dipelihara berkala")!;
    expect([c.capaian, c.predikat, c.target, c.status]).toEqual([null, null, null, "Belum ada data"]);
    // Against the annual target, what it is: the year's capaian so far.
    expect(c.capaianTahunan!.toFixed(2)).toBe("31.58");
    expect(c.perhitungan).toMatch(/^Target TW III tidak ada \(Rencana Aksi tidak memuat target triwulan indikator ini\)/);
  });
});

describe("the Dinkes sample", () => {
  it("is clean: peringatan null and every temuan empty (its cascade warnings touch no figure's inputs)", async () => {
    const out = hitung(await sampleGrids("kabupaten-contoh-dinkes-2025"));
    expect(out.findings.some((f) => f.rule === "kode-uncovered")).toBe(true);
    const doc = hitungDoc("dinkes.xlsx", out);
    expect(doc.peringatan).toBeNull();
    for (const x of [...doc.capaian, ...doc.anggaran, ...doc.kurvaS]) expect(x.temuan).toEqual([]);
  });

  it("an Excel error in a realisasi marks that indikator only; an unreadable month marks its budget object and the PK's Kurva S", async () => {
    const grids = withCells(await sampleGrids("kabupaten-contoh-dinkes-2025"), { "Realisasi Kadis!G7": "#DIV/0!", "Realisasi Kadis!E14": "satu juta" });
    const r = hitung(grids).results;
    const marked = r.capaian.filter((c) => c.temuan.length).map((c) => `${c.sheet}/${c.indikator}`);
    expect(marked).toEqual(["PK Kadis/Angka Kematian Ibu"]);
    expect(refs(r.capaian.find((c) => c.indikator === "Angka Kematian Ibu" && c.sheet === "PK Kadis")!.temuan)).toEqual(["cell-error Realisasi Kadis!G7"]);
    expect(r.anggaran.filter((a) => a.temuan.length).map((a) => a.kode)).toEqual(["1.02.01"]);
    expect(r.kurvaS.filter((k) => k.temuan.length).map((k) => k.sheet)).toEqual(["PK Kadis"]);
    expect(r.kurvaS.find((k) => k.sheet === "PK Kadis")!.temuan.map((f) => f.cell)).toEqual(["E14"]);
  });

  it("a wrong Jumlah marks every budget object of that PK and its Kurva S, nothing of another PK", async () => {
    const grids = withCells(await sampleGrids("kabupaten-contoh-dinkes-2025"), { "PK Kabid Kesmas!D13": 1 });
    const r = hitung(grids).results;
    expect(r.anggaran.filter((a) => a.temuan.length).map((a) => a.sheet)).toEqual(["PK Kabid Kesmas"]);
    expect(r.kurvaS.filter((k) => k.temuan.length).map((k) => k.sheet)).toEqual(["PK Kabid Kesmas"]);
    expect(r.capaian.filter((c) => c.temuan.length)).toEqual([]);
  });

  it("a misspelt Rencana Aksi row belongs to the indikator it nearly names", async () => {
    const grids = withCells(await sampleGrids("kabupaten-contoh-dinkes-2025"), { "RA Kadis!B8": "Angka Kematian Bayy" });
    const c = hitung(grids).results.capaian.find((x) => x.sheet === "PK Kadis" && x.indikator === "Angka Kematian Bayi")!;
    expect(refs(c.temuan)).toEqual(["indikator-unknown RA Kadis!B8", "renaksi-missing PK Kadis!C9"]);
    expect([c.capaian, c.predikat]).toEqual([null, null]);
  });
});

describe("TemuanIndex", () => {
  const cells = (...refs: { sheet: string; cell: string }[]) => (add: (sheet: string, cell: string) => void) => refs.forEach((r) => add(r.sheet, r.cell));
  const f = (rule: string, severity: Finding["severity"], sheet: string, cell: string): Finding => ({ rule, severity, sheet, cell, message: "" });
  it("matches any cell of a used row, errors first, each finding once", () => {
    const index = new TemuanIndex([f("a", "warning", "S", "K8"), f("b", "error", "S", "B8"), f("c", "error", "S", "G20:K31")]);
    expect(index.on(cells({ sheet: "S", cell: "C8" }, { sheet: "S", cell: "D8" })).map((x) => x.rule)).toEqual(["b", "a"]);
    expect(index.on(cells({ sheet: "S", cell: "A20" })).map((x) => x.rule)).toEqual(["c"]);
  });
  it("near misses: another row, another sheet, an info, a cascade gap", () => {
    const index = new TemuanIndex([f("a", "error", "S", "C9"), f("b", "error", "T", "C8"), f("c", "info", "S", "C8"), f("kode-uncovered", "warning", "S", "B8")]);
    expect(index.on(cells({ sheet: "S", cell: "C8" }))).toEqual([]);
    expect(new TemuanIndex([]).on(() => { throw new Error("a run without findings visits no cell"); })).toEqual([]);
  });
});
