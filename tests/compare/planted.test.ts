/**
 * Pairs built from the Dinkes sample: the sample as the old version, an edited copy as the new one (edits made
 * on the grids, as a planner makes them in Excel). Every kind of change is planted and found with both cells.
 */
import { sampleGrids } from "../support/samples";
import { validasi } from "../../src/engine/run";
import { compareVersions, type Perubahan, type Version } from "../../src/engine/compare";
import type { Grid } from "../../src/engine/grid";
import { Book } from "./edit";
import { reviseDinkes as revise, withKabidP2P } from "./revision";

const DINKES = "kabupaten-contoh-dinkes-2025" as const;
let sample: Grid[];
let base: Version;

beforeAll(async () => {
  sample = await sampleGrids(DINKES);
  base = validasi(sample);
});

const book = () => new Book(sample);
const compare = (baru: Book, lama: Version = base) => compareVersions(lama, validasi(baru.grids));
const kinds = (changes: Perubahan[]) => changes.map((c) => c.jenis);

describe("no change", () => {
  it("two readings of the same file: nothing changed, every PK in the summary with its pagu twice", async () => {
    const again = validasi(await sampleGrids(DINKES));
    const out = compareVersions(base, again);
    expect(out.perubahan).toEqual([]);
    expect(Object.values(out.ringkasan.jenis).every((n) => n === 0)).toBe(true);
    expect(out.ringkasan.pk.map((p) => [p.sheetLama, p.sheetBaru, p.paguLama, p.paguBaru])).toEqual([
      ["PK Bupati", "PK Bupati", 68_850_000_000, 68_850_000_000],
      ["PK Kadis", "PK Kadis", 68_850_000_000, 68_850_000_000],
      ["PK Kabid Kesmas", "PK Kabid Kesmas", 4_350_000_000, 4_350_000_000],
      ["PK Kasi Kesga Gizi", "PK Kasi Kesga Gizi", 4_350_000_000, 4_350_000_000],
    ]);
  });

  it("formatting, layout and sheet order only: no change", () => {
    const b = book()
      // A blank row on top moves every cell of the sheet down; a sheet renamed; sheets in another order.
      .insertRow("PK Kadis", 1, [])
      // Numbers written as people type them, case and spacing, a trailing comma.
      .set("PK Kasi Kesga Gizi", "D12", "Rp 1.250.000.000,-")
      .set("PK Kasi Kesga Gizi", "E8", "12.480")
      .set("PK Bupati", "C7", "umur  harapan hidup")
      .set("PK Kasi Kesga Gizi", "D20", "Kepala Seksi Kesehatan Keluarga dan Gizi")
      .set("PK Kabid Kesmas", "D8", "persen")
      .renameSheet("PK Kabid Kesmas", "Lampiran PK Kabid");
    b.sheet("PK Kadis").formats[15] = ["General", "@", "General", "#,##0", "General"];
    b.sheet("RA Kadis").merges = ["A1:P1", "E5:H5"];
    b.grids.reverse();
    const out = compare(b);
    expect(out.perubahan).toEqual([]);
    expect(out.ringkasan.pk.find((p) => p.sheetLama === "PK Kabid Kesmas")?.sheetBaru).toBe("Lampiran PK Kabid");
  });
});

interface Case {
  name: string;
  lama?: (b: Book) => Book;
  baru: (b: Book) => Book;
  expected: Partial<Perubahan>[];
}

const CASES: Case[] = [
  {
    name: "a target lowered",
    baru: (b) => b.set("PK Kadis", "E10", 13.5),
    expected: [{ jenis: "target", pk: "KEPALA DINAS KESEHATAN", apa: "Prevalensi stunting balita", lama: 14, baru: 13.5, sheetLama: "PK Kadis", cellLama: "E10", sheetBaru: "PK Kadis", cellBaru: "E10" }],
  },
  {
    name: "a range target",
    baru: (b) => b.set("PK Kadis", "E12", "80 - 85"),
    expected: [{ jenis: "target", lama: 82.5, baru: { min: 80, max: 85 }, cellLama: "E12", cellBaru: "E12" }],
  },
  {
    name: "a satuan",
    baru: (b) => b.set("PK Kadis", "D12", "indeks"),
    expected: [{ jenis: "satuan", apa: "Indeks Kepuasan Masyarakat layanan kesehatan", lama: "nilai", baru: "indeks", cellLama: "D12", cellBaru: "D12" }],
  },
  {
    name: "a quarterly target in the Rencana Aksi",
    baru: (b) => b.set("RA Kasi Kesga Gizi", "F7", 6000),
    expected: [{ jenis: "tw-target", pk: "KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI", apa: "Jumlah ibu hamil yang mendapat pelayanan sesuai standar · TW II", lama: 6240, baru: 6000, sheetLama: "RA Kasi Kesga Gizi", cellLama: "F7", sheetBaru: "RA Kasi Kesga Gizi", cellBaru: "F7" }],
  },
  {
    name: "an indikator added",
    baru: (b) => b.insertRow("PK Kadis", 13, [null, null, "Cakupan imunisasi dasar lengkap", "%", 95]),
    expected: [{ jenis: "indikator-baru", apa: "Cakupan imunisasi dasar lengkap", lama: null, baru: 95, sheetLama: null, cellLama: null, sheetBaru: "PK Kadis", cellBaru: "C13" }],
  },
  {
    name: "an indikator removed (the rows below move up)",
    baru: (b) => b.deleteRow("PK Kadis", 9),
    expected: [{ jenis: "indikator-hilang", apa: "Angka Kematian Bayi", lama: 7.2, baru: null, sheetLama: "PK Kadis", cellLama: "C9", sheetBaru: null, cellBaru: null }],
  },
  {
    name: "a typo corrected: one change of name, not a removal and an addition",
    lama: (b) => b.set("PK Kadis", "C11", "Persentase puskesmas terakreditasi paripuna"),
    baru: (b) => b,
    expected: [{ jenis: "nama", apa: "Nama indikator", lama: "Persentase puskesmas terakreditasi paripuna", baru: "Persentase puskesmas terakreditasi paripurna", cellLama: "C11", cellBaru: "C11" }],
  },
  {
    name: "a sasaran reworded over two indikator: one change",
    baru: (b) => b.set("PK Kabid Kesmas", "B8", "Meningkatnya cakupan dan mutu pelayanan kesehatan ibu, anak dan gizi"),
    expected: [{ jenis: "sasaran", lama: "Meningkatnya cakupan pelayanan kesehatan ibu, anak dan gizi", baru: "Meningkatnya cakupan dan mutu pelayanan kesehatan ibu, anak dan gizi", cellLama: "B8", cellBaru: "B8" }],
  },
  {
    name: "a pagu cut",
    baru: (b) => b.set("PK Kasi Kesga Gizi", "D14", 2_000_000_000),
    expected: [{ jenis: "pagu", apa: "1.02.02.2.02.0015 Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", lama: 2_120_000_000, baru: 2_000_000_000, cellLama: "D14", cellBaru: "D14", selisih: { rupiah: -120_000_000, persen: (-120 / 2120) * 100 } }],
  },
  {
    name: "a sub kegiatan added",
    baru: (b) => b.insertRow("PK Kasi Kesga Gizi", 15, [4, "1.02.02.2.02.0016", "Pengelolaan Pelayanan Kesehatan Lansia", 150_000_000, "APBD"]),
    expected: [{ jenis: "anggaran-baru", apa: "1.02.02.2.02.0016 Pengelolaan Pelayanan Kesehatan Lansia", lama: null, baru: 150_000_000, sheetLama: null, cellLama: null, sheetBaru: "PK Kasi Kesga Gizi", cellBaru: "B15", selisih: { rupiah: 150_000_000, persen: null } }],
  },
  {
    name: "a program removed from the Bupati's PK",
    baru: (b) => b.deleteRow("PK Bupati", 14),
    expected: [{ jenis: "anggaran-hilang", pk: "BUPATI CONTOH", apa: "1.02.05 Program Pemberdayaan Masyarakat Bidang Kesehatan", lama: 850_000_000, baru: null, sheetLama: "PK Bupati", cellLama: "B14", sheetBaru: null, cellBaru: null, selisih: { rupiah: -850_000_000, persen: -100 } }],
  },
  {
    name: "a new official: name and NIP",
    baru: (b) => b.set("PK Kasi Kesga Gizi", "D24", "DEWI LESTARI, S.ST.").set("PK Kasi Kesga Gizi", "D26", "NIP. 19870315 201101 2 009"),
    expected: [
      { jenis: "pejabat", apa: "Pihak Pertama · nama", lama: "NURUL AINI, S.ST.", baru: "DEWI LESTARI, S.ST.", cellLama: "D24", cellBaru: "D24" },
      { jenis: "pejabat", apa: "Pihak Pertama · NIP", lama: "198501092010012012", baru: "198703152011012009", cellLama: "D26", cellBaru: "D26" },
    ],
  },
  {
    name: "an acting official (Plt.): the same PK, its jabatan changed",
    baru: (b) => b.set("PK Kabid Kesmas", "D18", "Plt. KEPALA BIDANG KESEHATAN MASYARAKAT,"),
    expected: [{ jenis: "pejabat", pk: "KEPALA BIDANG KESEHATAN MASYARAKAT", apa: "Pihak Pertama · jabatan", lama: "KEPALA BIDANG KESEHATAN MASYARAKAT,", baru: "Plt. KEPALA BIDANG KESEHATAN MASYARAKAT,", cellLama: "D18", cellBaru: "D18" }],
  },
  {
    name: "a PK added",
    baru: (b) => b.copySheet("PK Kasi Kesga Gizi", "PK Kasi Yankes").replaceText("PK Kasi Yankes", "KESEHATAN KELUARGA DAN GIZI", "PELAYANAN KESEHATAN").set("PK Kasi Yankes", "D24", "AGUS SALIM, S.KM."),
    expected: [{ jenis: "pk-baru", pk: "KEPALA SEKSI PELAYANAN KESEHATAN", apa: "2 indikator, 3 objek anggaran", lama: null, baru: 4_350_000_000, sheetLama: null, cellLama: null, sheetBaru: "PK Kasi Yankes", cellBaru: "A1" }],
  },
  {
    name: "a PK removed with its Rencana Aksi and Realisasi",
    baru: (b) => b.removeSheet("PK Kasi Kesga Gizi").removeSheet("RA Kasi Kesga Gizi").removeSheet("Realisasi Kasi Kesga Gizi"),
    expected: [{ jenis: "pk-hilang", pk: "KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI", lama: 4_350_000_000, baru: null, sheetLama: "PK Kasi Kesga Gizi", cellLama: "A1", sheetBaru: null, cellBaru: null }],
  },
];

describe("each kind of change, planted alone, is found once with both cells", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const lama = c.lama ? validasi(c.lama(book()).grids) : base;
    const out = compare(c.baru(book()), lama);
    expect(out.perubahan).toHaveLength(c.expected.length);
    c.expected.forEach((e, i) => expect(out.perubahan[i]).toEqual(expect.objectContaining(e)));
    expect(out.ringkasan.jenis[c.expected[0].jenis!]).toBe(c.expected.length);
  });
});

describe("near misses: the same content written differently is no change", () => {
  it.each([
    ["satuan % written persen", (b: Book) => b.set("PK Kabid Kesmas", "D9", "persen")],
    ["pagu equal within half a rupiah", (b: Book) => b.set("PK Kasi Kesga Gizi", "D13", 980_000_000.4)],
    ["name with other case and punctuation", (b: Book) => b.set("PK Kadis", "C12", "INDEKS KEPUASAN MASYARAKAT (LAYANAN KESEHATAN)")],
    ["NIP without spaces", (b: Book) => b.set("PK Kadis", "D30", "NIP.197503122000032004")],
    ["official's name in other case", (b: Book) => b.set("PK Kadis", "D28", "DR. RATNA WULANDARI, M.KES.")],
  ])("%s", (_name, edit) => {
    expect(compare(edit(book())).perubahan).toEqual([]);
  });
});

describe("renaming within and beyond the fuzzy distance", () => {
  it("two letters off is one change of name, with the target change of that indikator beside it", () => {
    const out = compare(book().set("PK Kasi Kesga Gizi", "C9", "Jumlah balita gizi buruk yg mendapat perawatan").set("PK Kasi Kesga Gizi", "E9", 110));
    expect(kinds(out.perubahan)).toEqual(["nama", "target"]);
    expect(out.perubahan[1]).toEqual(expect.objectContaining({ apa: "Jumlah balita gizi buruk yg mendapat perawatan", lama: 120, baru: 110, cellLama: "E9", cellBaru: "E9" }));
  });

  it("a different indikator in the same place is a removal and an addition", () => {
    const out = compare(book().set("PK Kasi Kesga Gizi", "C9", "Jumlah bayi mendapat imunisasi dasar lengkap"));
    expect(kinds(out.perubahan)).toEqual(["indikator-baru", "indikator-hilang"]);
  });

  it("a name near two old ones is not guessed: removal and addition", () => {
    const lama = validasi(book().set("PK Kadis", "C9", "Angka Kematian Ibu A").set("PK Kadis", "C8", "Angka Kematian Ibu B").grids);
    const out = compare(book().set("PK Kadis", "C9", "Angka Kematian Ibu C").set("PK Kadis", "C8", "Angka Kematian Ibu D"), lama);
    expect(kinds(out.perubahan).sort()).toEqual(["indikator-baru", "indikator-baru", "indikator-hilang", "indikator-hilang"]);
  });
});

describe("still consistent: the new version's findings on the cells a change touches", () => {
  it("a target changed in the PK only: its Rencana Aksi and Realisasi rows disagree", () => {
    const [change] = compare(book().set("PK Kadis", "E10", 13.5)).perubahan;
    expect(change.temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`)).toEqual(["target-mismatch RA Kadis!D9", "target-mismatch Realisasi Kadis!D9"]);
  });

  it("the same target carried into the Rencana Aksi and the Realisasi: consistent", () => {
    const out = compare(book().set("PK Kadis", "E10", 13.5).set("RA Kadis", "D9", 13.5).set("RA Kadis", "H9", 13.5).set("Realisasi Kadis", "D9", 13.5));
    expect(kinds(out.perubahan)).toEqual(["target", "tw-target"]);
    expect(out.perubahan.map((c) => c.temuan)).toEqual([[], []]);
  });

  it("a kepala daerah's target lowered but not carried down the cascade", () => {
    const [change] = compare(book().set("PK Bupati", "E8", 95)).perubahan;
    expect(change).toEqual(expect.objectContaining({ jenis: "target", pk: "BUPATI CONTOH", lama: 98, baru: 95 }));
    expect(change.temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`)).toEqual(["target-cascade PK Kadis!E8"]);
  });

  it("carried down to the Kepala Dinas and its Rencana Aksi: every change consistent", () => {
    const b = book().set("PK Bupati", "E8", 95).set("PK Kadis", "E8", 95).set("Realisasi Kadis", "D7", 95);
    for (const c of ["D7", "E7", "F7", "G7", "H7"]) b.set("RA Kadis", c, 95);
    const out = compare(b);
    expect(kinds(out.perubahan)).toEqual(["target", "target", "tw-target", "tw-target", "tw-target", "tw-target"]);
    expect(out.perubahan.every((c) => c.temuan.length === 0)).toBe(true);
  });

  it("a budget moved between two sub kegiatan still rolls up; its plan rows do not follow yet", () => {
    const out = compare(book().set("PK Kasi Kesga Gizi", "D12", 1_150_000_000).set("PK Kasi Kesga Gizi", "D13", 1_080_000_000));
    expect(kinds(out.perubahan)).toEqual(["pagu", "pagu"]);
    const rules = out.perubahan.flatMap((c) => c.temuan.map((t) => t.rule));
    expect(rules).not.toContain("anggaran-rollup");
    expect(rules).not.toContain("jumlah-mismatch");
    expect(out.perubahan[0].temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`)).toEqual(["pagu-mismatch RA Kasi Kesga Gizi!C11", "pagu-mismatch Realisasi Kasi Kesga Gizi!C11"]);
  });

  it("a pagu raised alone no longer rolls up: Jumlah, the superior's kegiatan and the plan rows say so", () => {
    const [change] = compare(book().set("PK Kasi Kesga Gizi", "D14", 2_200_000_000)).perubahan;
    expect(change.temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`).sort()).toEqual([
      "anggaran-rollup PK Kabid Kesmas!D12",
      "jumlah-mismatch PK Kasi Kesga Gizi!D15",
      "pagu-mismatch RA Kasi Kesga Gizi!C15",
      "pagu-mismatch Realisasi Kasi Kesga Gizi!C15",
    ]);
  });

  it("a program removed from the superior leaves the subordinate's program an orphan", () => {
    const [change] = compare(book().deleteRow("PK Bupati", 14)).perubahan;
    expect(change.temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`)).toContain("kode-orphan PK Kadis!B18");
  });

  it("a new Kepala Dinas: the Kepala Bidang's PK still names the old one as Pihak Kedua", () => {
    const [change] = compare(book().set("PK Kadis", "D28", "dr. BUDI SANTOSO, M.Kes.")).perubahan;
    expect(change.temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`)).toEqual(["atasan-mismatch PK Kabid Kesmas!B22"]);
  });

  it("both parties sign on the same rows: each party's change cites the findings on its own cells only", () => {
    // The Kepala Bidang's new superior name (B22) disagrees with the Kepala Dinas; a new Kepala Bidang (D22) whose Kasi still names the old one.
    const out = compare(book().set("PK Kabid Kesmas", "B22", "dr. ANDI WIJAYA").set("PK Kabid Kesmas", "D22", "RINA MARLINA, S.K.M."));
    const of = (apa: string) => out.perubahan.find((c) => c.apa === apa)!.temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`);
    expect(of("Pihak Kedua · nama")).toEqual(["atasan-mismatch PK Kabid Kesmas!B22"]);
    expect(of("Pihak Pertama · nama")).toEqual(["atasan-mismatch PK Kasi Kesga Gizi!B24"]);
  });

  it("an indikator removed from the PK but not from its Rencana Aksi", () => {
    const [change] = compare(book().deleteRow("PK Kadis", 9)).perubahan;
    expect(change.temuan.map((t) => `${t.rule} ${t.sheet}!${t.cell}`)).toEqual(["indikator-unknown RA Kadis!B8", "indikator-unknown Realisasi Kadis!B8"]);
  });

  it("info findings never make a change inconsistent", () => {
    const out = compare(book().set("RA Kadis", "J9", null));
    expect(out.perubahan).toEqual([]);
    // Polaritas left out: polaritas-guessed (info) lands on the very row of the changed quarter.
    const b = book().set("RA Kadis", "J9", null).set("PK Kadis", "E10", 13.5).set("RA Kadis", "D9", 13.5).set("RA Kadis", "H9", 13.5).set("Realisasi Kadis", "D9", 13.5);
    const v = validasi(b.grids);
    expect(v.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toContain("polaritas-guessed RA Kadis!B9");
    expect(compareVersions(base, v).perubahan.map((c) => [c.jenis, c.temuan])).toEqual([["target", []], ["tw-target", []]]);
  });
});

describe("every kind in one revision", () => {
  it("finds all thirteen kinds of the interface, and a renamed indikator, each with its cells", () => {
    const oldBook = withKabidP2P(book());
    const lama = validasi(oldBook.grids);
    const edited = revise(book());
    const out = compareVersions(lama, validasi(edited.grids));
    expect(new Set(kinds(out.perubahan))).toEqual(new Set(["pejabat", "indikator-baru", "satuan", "target", "indikator-hilang", "sasaran", "anggaran-baru", "pagu", "nama", "tw-target", "anggaran-hilang", "pk-baru", "pk-hilang"]));
    for (const c of out.perubahan) {
      const before = c.jenis !== "indikator-baru" && c.jenis !== "anggaran-baru" && c.jenis !== "pk-baru";
      const after = c.jenis !== "indikator-hilang" && c.jenis !== "anggaran-hilang" && c.jenis !== "pk-hilang";
      expect([c.jenis, !!c.sheetLama, !!c.cellLama, !!c.sheetBaru, !!c.cellBaru]).toEqual([c.jenis, before, before, after, after]);
      // The cells named hold the values named: the old cell in the old workbook, the new cell in the new one.
      if (before && VALUE_KINDS.has(c.jenis)) expect(holds(oldBook.get(c.sheetLama!, c.cellLama!), c.lama)).toBe(true);
      if (after && VALUE_KINDS.has(c.jenis)) expect(holds(edited.get(c.sheetBaru!, c.cellBaru!), c.baru)).toBe(true);
    }
    // Grouped by PK in the new version's order, the removed PK last.
    expect([...new Set(out.perubahan.map((c) => c.pk))]).toEqual(["BUPATI CONTOH", "KEPALA DINAS KESEHATAN", "KEPALA BIDANG KESEHATAN MASYARAKAT", "KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI", "KEPALA SEKSI PELAYANAN KESEHATAN", "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT"]);
    const kasi = out.ringkasan.pk.find((p) => p.sheetBaru === "PK Kasi Kesga Gizi")!;
    expect([kasi.paguLama, kasi.paguBaru]).toEqual([4_350_000_000, 4_350_000_000]);
  });
});

const VALUE_KINDS = new Set(["target", "satuan", "tw-target", "nama", "sasaran", "pagu", "pejabat"]);

/** The cell's value means the change's value: equal numbers, or the text with the layout around it (NIP. , spaces). */
function holds(cell: unknown, value: Perubahan["lama"]): boolean {
  if (typeof value === "number") return cell === value;
  if (typeof value === "string") return typeof cell === "string" && cell.replace(/\s+/g, "").includes(value.replace(/\s+/g, ""));
  return false;
}
