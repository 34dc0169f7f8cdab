/**
 * `a.n. <jabatan>` / `u.b.` in a party's signature (tests/wild cs-blora-dinkes-pk-per-pejabat-an-plt-2025): the
 * office that signs is the line under the formula, and it is the one the cascade links; an `a.n.` block under two
 * written parties stays a witness.
 */
import { validasi } from "../../src/engine/run";
import { signerLines, isOnBehalfLine } from "../../src/engine/read/parties/on-behalf";
import { isNipLine } from "../../src/engine/parse/nip";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

const texts = (xs: string[]) => signerLines(xs.map((text) => ({ text })), isNipLine).map((l) => l.text);

describe("signerLines: the office that signs", () => {
  it("drops `a.n. X` and keeps the line under it", () => {
    expect(texts(["a.n. KEPALA DINAS KESEHATAN", "SEKRETARIS,", "Hj. SRI", "NIP. 19730422 199803 2 006"])).toEqual(["SEKRETARIS,", "Hj. SRI", "NIP. 19730422 199803 2 006"]);
    expect(texts(["an. BUPATI CONTOH", "SEKRETARIS DAERAH,", "Drs. A"])).toEqual(["SEKRETARIS DAERAH,", "Drs. A"]);
    expect(texts(["A.N KEPALA DINAS", "SEKRETARIS"])).toEqual(["SEKRETARIS"]);
  });

  it("a bare `a.n.` has the office on whose behalf on the next line", () => {
    expect(texts(["a.n.", "KEPALA DINAS", "SEKRETARIS,", "B"])).toEqual(["SEKRETARIS,", "B"]);
  });

  it("`u.b.` passes it on: the office after the last formula signs", () => {
    expect(texts(["a.n. BUPATI KEDIRI", "SEKRETARIS DAERAH", "u.b.", "ASISTEN PEMERINTAHAN,", "Dr. S"])).toEqual(["ASISTEN PEMERINTAHAN,", "Dr. S"]);
    expect(texts(["a.n. KEPALA DINAS", "u.b. KEPALA BAGIAN UMUM,", "C"])).toEqual(["KEPALA BAGIAN UMUM,", "C"]);
  });

  it("near misses: no formula, a word that only starts like one, a formula after the NIP", () => {
    const plain = ["KEPALA DINAS KESEHATAN,", "dr. D", "NIP. 19720318 199803 2 004"];
    expect(texts(plain)).toEqual(plain);
    expect(isOnBehalfLine("ANALIS KEBIJAKAN AHLI MUDA")).toBe(false);
    expect(isOnBehalfLine("UBAID, S.H.")).toBe(false);
    const late = ["SEKRETARIS,", "B", "NIP. 19730422 199803 2 006", "a.n. KEPALA DINAS"];
    expect(texts(late)).toEqual(late);
  });
});

const pk = (name: string, head: string, sw: string, bw: string, items: [string, string, string][], sign: CellValue[][]) =>
  grid(name, [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    [head],
    [],
    ["No", sw, "Indikator Kinerja", "Satuan", "Target"],
    [1, "S1", `Indikator ${name}`, "%", 100],
    [],
    ["No", "Kode", bw, "Anggaran (Rp)"],
    ...items.map(([k, n, p], i) => [i + 1, k, n, p]),
    [],
    [null, null, null, null, "Contoh, 2 Januari 2025"],
    ...sign,
  ]);

const KADIS = ["KEPALA DINAS KESEHATAN KABUPATEN CONTOH,", "dr. EDI", "NIP. 19700611 200012 1 003"];
const SEK = ["SEKRETARIS DINAS KESEHATAN KABUPATEN CONTOH,", "Hj. SRI", "NIP. 19730422 199803 2 006"];
const KSB = ["KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN,", "BAMBANG", "NIP. 19790128 200501 1 007"];
const two = (left: string[], right: string[]): CellValue[][] => [
  [null, "PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
  ...left.map((l, i) => [null, l, null, null, right[i] ?? null]),
];

const book = (ksbSign: CellValue[][]) => [
  pk("PK Kadis", "DINAS KESEHATAN", "Sasaran Strategis", "Program", [["1.02.01", "PROGRAM PENUNJANG", "1.000.000"]],
    two(["BUPATI CONTOH,", "H. BUPATI"], KADIS)),
  pk("PK Sekretaris", "SEKRETARIS", "Sasaran Program", "Kegiatan", [["1.02.01.2.06", "Administrasi Umum Perangkat Daerah", "1.000.000"]], two(KADIS, SEK)),
  pk("Kasubbag Umum", "KEPALA SUB BAGIAN UMUM", "Sasaran Kegiatan", "Sub Kegiatan", [["1.02.01.2.06.0002", "Penyediaan Peralatan Kantor", "1.000.000"]], ksbSign),
];
const rules = (o: ReturnType<typeof validasi>) => o.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

describe("a Pihak Kedua signing `a.n.` another office", () => {
  it("`a.n. KEPALA DINAS …` / `SEKRETARIS,`: the Sekretaris is the Pihak Kedua and the superior", () => {
    const sign: CellValue[][] = [
      [null, "PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
      [null, "a.n. KEPALA DINAS KESEHATAN KABUPATEN CONTOH", null, null, KSB[0]],
      [null, "SEKRETARIS,"],
      [],
      [null, SEK[1], null, null, KSB[1]],
      [null, SEK[2], null, null, KSB[2]],
    ];
    const o = validasi(book(sign));
    const ksb = o.model.pk.find((p) => p.sheet === "Kasubbag Umum")!;
    expect(ksb.pihakPertama).toMatchObject({ jabatan: KSB[0], nama: "BAMBANG" });
    expect(ksb.pihakKedua).toMatchObject({ jabatan: "SEKRETARIS,", jabatanCell: "B13", nama: "Hj. SRI", nip: "197304221998032006" });
    expect(ksb.atasan).toBe("PK Sekretaris");
    expect(rules(o).filter((r) => /pihak-missing|atasan-m/.test(r))).toEqual(["atasan-missing PK Kadis!B12"]);
  });

  it("`a.n. KEPALA DINAS …` with no office under it: the signer's jabatan is not guessed, the missing link is reported", () => {
    const sign: CellValue[][] = [
      [null, "PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
      [null, "a.n. KEPALA DINAS KESEHATAN KABUPATEN CONTOH", null, null, KSB[0]],
      [],
      [null, SEK[1], null, null, KSB[1]],
      [null, SEK[2], null, null, KSB[2]],
    ];
    const o = validasi(book(sign));
    const ksb = o.model.pk.find((p) => p.sheet === "Kasubbag Umum")!;
    expect(ksb.pihakKedua).toMatchObject({ jabatan: null, nama: "Hj. SRI" });
    expect(ksb.atasan).toBeNull();
    expect(rules(o)).toContain("atasan-missing Kasubbag Umum!B14");
  });

  it("near miss: an `a.n. BUPATI` block under two written parties is a witness, no party", () => {
    const sign: CellValue[][] = [
      ...two(SEK, KSB),
      [],
      [null, null, "a.n. BUPATI CONTOH"],
      [null, null, "SEKRETARIS DAERAH,"],
      [],
      [null, null, "Drs. SEKDA"],
      [null, null, "NIP. 19680101 199003 1 001"],
    ];
    const o = validasi(book(sign));
    const ksb = o.model.pk.find((p) => p.sheet === "Kasubbag Umum")!;
    expect(ksb.pihakKedua).toMatchObject({ jabatan: SEK[0], nama: SEK[1] });
    expect(ksb.pihakPertama).toMatchObject({ jabatan: KSB[0], nama: KSB[1] });
    expect(ksb.atasan).toBe("PK Sekretaris");
  });
});
