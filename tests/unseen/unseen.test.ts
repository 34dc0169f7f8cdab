/**
 * Workbooks from pemda nobody here has seen, built by ./build.ts within workbook.md.
 * Every expectation below was written by hand from the spec (workbook.md, rules.md, capaian.md,
 * interfaces.md §2), not from running the engine.
 */
import * as fs from "fs";
import { validasi, hitung, type ValidasiOutput, type HitungOutput } from "../../src/engine/run";
import { readXlsx } from "../../src/xlsx/read";
import { buildAll, BAPENDA, INSP, JAMBI, KEC, type Built } from "./build";

jest.setTimeout(60_000);

const M = 1_000_000_000;

interface PkTruth {
  sheet: string;
  level: string;
  atasan: string | null;
  nip: string | null;
  indikator: number;
  anggaran: { kode: string | null; pagu: number }[];
}

interface CapTruth {
  indikator: string;
  sifat: string;
  polaritas: string;
  target: unknown;
  realisasi: number | string;
  capaian: number;
  capaianTahunan: number;
  predikat: string;
}

let built: Built;
const v: Record<string, ValidasiOutput> = {};
const h: Record<string, HitungOutput> = {};

beforeAll(async () => {
  built = await buildAll();
  for (const key of ["jambi", "kecamatan", "bapenda", "inspektorat"] as const) {
    const grids = await readXlsx(built[key]);
    v[key] = validasi(grids);
    h[key] = hitung(grids);
    if (key === "bapenda") {
      // The same workbook without its cover page: separates the cover defect from what follows from it.
      const rest = grids.filter((g) => g.name !== BAPENDA.cover);
      v.bapendaNoCover = validasi(rest);
      h.bapendaNoCover = hitung(rest);
    }
  }
});

afterAll(() => {
  if (built) fs.rmSync(built.dir, { recursive: true, force: true });
});

function errorsOf(o: ValidasiOutput): string[] {
  return o.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
}

function checkPk(o: ValidasiOutput, t: PkTruth): void {
  const pk = o.model.pk.find((p) => p.sheet === t.sheet);
  expect({ sheet: t.sheet, found: !!pk }).toEqual({ sheet: t.sheet, found: true });
  if (!pk) return;
  expect({ sheet: t.sheet, level: pk.level, atasan: pk.atasan, nip: pk.pihakPertama?.nip ?? null, indikator: pk.indikator.length }).toEqual({
    sheet: t.sheet,
    level: t.level,
    atasan: t.atasan,
    nip: t.nip,
    indikator: t.indikator,
  });
  expect(pk.anggaran.map((a) => ({ kode: a.kode, pagu: a.pagu }))).toEqual(t.anggaran);
}

function checkCapaian(o: HitungOutput, sheet: string, t: CapTruth): void {
  const c = o.results.capaian.find((x) => x.sheet === sheet && x.indikator === t.indikator);
  expect({ indikator: t.indikator, found: !!c }).toEqual({ indikator: t.indikator, found: true });
  if (!c) return;
  expect({ indikator: c.indikator, sifat: c.sifat, polaritas: c.polaritas, target: c.target, realisasi: c.realisasi, predikat: c.predikat }).toEqual({
    indikator: t.indikator,
    sifat: t.sifat,
    polaritas: t.polaritas,
    target: t.target,
    realisasi: t.realisasi,
    predikat: t.predikat,
  });
  expect(c.capaian).toBeCloseTo(t.capaian, 2);
  expect(c.capaianTahunan).toBeCloseTo(t.capaianTahunan, 2);
}

function cumulativePct(months: number[][], pagu: number): number[] {
  const out: number[] = [];
  let s = 0;
  for (let m = 0; m < 12; m++) {
    for (const series of months) s += series[m] ?? 0;
    out.push((s / pagu) * 100);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
describe("Kota Jambi, Dinas Kesehatan (shuffled, oddly named sheets, PENGATURAN T/R + batas 120)", () => {
  const PKS: PkTruth[] = [
    { sheet: JAMBI.walikota, level: "kepala-daerah", atasan: null, nip: null, indikator: 2, anggaran: [{ kode: "1.02.01", pagu: 40 * M }, { kode: "1.02.02", pagu: 12 * M }] },
    { sheet: JAMBI.kadis, level: "eselon2", atasan: JAMBI.walikota, nip: "197204151998032003", indikator: 6, anggaran: [{ kode: "1.02.01", pagu: 40 * M }, { kode: "1.02.02", pagu: 12 * M }] },
    { sheet: JAMBI.kabid, level: "eselon3", atasan: JAMBI.kadis, nip: "197808122003121005", indikator: 2, anggaran: [{ kode: "1.02.02.2.02", pagu: 8 * M }, { kode: "1.02.02.2.03", pagu: 4 * M }] },
    // " 1.02.02.2.02.0001. " (spaces, trailing dot) and "1.02.02.02.02.0002" (two-digit middle part) normalised: §5.
    { sheet: JAMBI.kasi, level: "eselon4", atasan: JAMBI.kabid, nip: "198806232011012009", indikator: 2, anggaran: [{ kode: "1.02.02.2.02.0001", pagu: 3 * M }, { kode: "1.02.02.2.02.0002", pagu: 5 * M }] },
  ];

  it("finds exactly the four PK sheets", () => {
    expect(v.jambi.model.pk.map((p) => p.sheet).sort()).toEqual(PKS.map((p) => p.sheet).sort());
  });
  it.each(PKS.map((p) => [p.sheet, p] as const))("reads PK %s: level, atasan, NIP, indikator count, budget objects", (_s, t) => {
    checkPk(v.jambi, t);
  });
  it("recognises the Rencana Aksi, Realisasi and PENGATURAN sheets and ties them to the Kadis PK", () => {
    const kinds = Object.fromEntries(v.jambi.model.sheets.map((s) => [s.name, s.kind]));
    expect(kinds[JAMBI.ra]).toBe("renaksi");
    expect(kinds[JAMBI.real]).toBe("realisasi");
    expect(kinds[JAMBI.atur]).toBe("pengaturan");
    expect(v.jambi.model.renaksi.map((r) => r.pk)).toEqual([JAMBI.kadis]);
    expect(v.jambi.model.realisasi.map((r) => r.pk)).toEqual([JAMBI.kadis]);
    expect(v.jambi.model.realisasi[0]?.tahun).toBe(2025);
    expect(v.jambi.model.tahun).toBe(2025);
  });
  it("reads the Kadis targets: percent-formatted 0.855 is 85,5; a range; a qualitative one", () => {
    const pk = v.jambi.model.pk.find((p) => p.sheet === JAMBI.kadis)!;
    const t = Object.fromEntries(pk.indikator.map((i) => [i.nama, i.target]));
    expect(t["Cakupan imunisasi dasar lengkap"]).toBeCloseTo(85.5, 6);
    expect(t["Persentase puskesmas terakreditasi"]).toEqual({ min: 80, max: 90 });
    expect(t["Opini BPK atas laporan keuangan pemerintah daerah"]).toBe("WTP");
    // Merged No/Sasaran carry down to every indikator row of the merge.
    expect(pk.indikator.map((i) => i.sasaran)).toEqual([
      "Meningkatnya kualitas pelayanan kesehatan",
      "Meningkatnya kualitas pelayanan kesehatan",
      "Meningkatnya kualitas pelayanan kesehatan",
      "Meningkatnya pengendalian penyakit menular",
      "Meningkatnya pengendalian penyakit menular",
      "Meningkatnya akuntabilitas kinerja dan keuangan",
    ]);
    expect(pk.jumlah?.value).toBe(52 * M);
  });
  it("reads the Rencana Aksi: sifat/polaritas words, per-quarter targets, a fisik row under each object", () => {
    const ra = v.jambi.model.renaksi[0];
    const byName = Object.fromEntries(ra.indikator.map((i) => [i.nama, i]));
    expect(byName["Angka Kematian Bayi"].sifat).toBe("akhir");
    expect(byName["Angka Kematian Bayi"].polaritas).toBe("negatif");
    expect(byName["Cakupan imunisasi dasar lengkap"].sifat).toBe("rata-rata");
    expect(byName["Jumlah puskesmas yang melaksanakan posyandu prima"].polaritas).toBe("positif");
    expect(ra.plan.map((p) => ({ kode: p.kode, pagu: p.pagu, rak: p.keuangan?.values, fisik: p.fisik?.values }))).toEqual([
      { kode: "1.02.01", pagu: 40 * M, rak: JAMBI.rak0101, fisik: JAMBI.fisikPlan },
      { kode: "1.02.02", pagu: 12 * M, rak: JAMBI.rak0102, fisik: JAMBI.fisikPlan },
    ]);
  });
  it("gives no error-severity finding (the workbook is internally consistent)", () => {
    expect(errorsOf(v.jambi)).toEqual([]);
  });
  it("warns kode-uncovered for budget objects no subordinate carries (and nothing about the cascade links)", () => {
    const w = v.jambi.findings.filter((f) => f.severity === "warning");
    // Kadis 1.02.01 is in no Kabid PK; Kabid 1.02.02.2.03 is in no Kasi PK.
    expect(w.filter((f) => f.rule === "kode-uncovered").map((f) => f.sheet).sort()).toEqual([JAMBI.kadis, JAMBI.kabid].sort());
    expect(w.filter((f) => f.rule === "atasan-missing")).toEqual([]);
    // Plt. prefix, NIP with/without spaces: the links stand and agree.
    expect(v.jambi.findings.filter((f) => f.rule === "nip-invalid" || f.rule === "atasan-mismatch")).toEqual([]);
  });
  it("uses the PENGATURAN sheet: T/R, batas 120; triwulan III", () => {
    expect(h.jambi.results.triwulan).toBe(3);
    expect(h.jambi.results.pengaturan.polaritasNegatif).toBe("T/R");
    expect(h.jambi.results.pengaturan.batas).toBe(120);
  });
  const CAP: CapTruth[] = [
    // T/R: 8 / 10 × 100 = 80 (Akhir: R = TW III = 10).
    { indikator: "Angka Kematian Bayi", sifat: "akhir", polaritas: "negatif", target: 8, realisasi: 10, capaian: 80, capaianTahunan: 80, predikat: "Tinggi" },
    // Range 80 - 90, positif, R = 72 below a: 72 / 80 × 100 = 90.
    { indikator: "Persentase puskesmas terakreditasi", sifat: "akhir", polaritas: "positif", target: { min: 80, max: 90 }, realisasi: 72, capaian: 90, capaianTahunan: 90, predikat: "Tinggi" },
    // Rata-rata: (80 + 84 + 88) / 3 = 84; 84 / 85,5 × 100 = 98,2456.
    { indikator: "Cakupan imunisasi dasar lengkap", sifat: "rata-rata", polaritas: "positif", target: 85.5, realisasi: 84, capaian: (84 / 85.5) * 100, capaianTahunan: (84 / 85.5) * 100, predikat: "Sangat Tinggi" },
    // Per-quarter 300 each -> cumulative 300/600/900/1.200; R = 320 + 310 + 330 = 960; 960/900 = 106,67; 960/1.200 = 80.
    { indikator: "Jumlah kasus baru TB yang ditemukan dan diobati", sifat: "kumulatif", polaritas: "positif", target: 900, realisasi: 960, capaian: (960 / 900) * 100, capaianTahunan: 80, predikat: "Sangat Tinggi" },
    // R = 3 + 2 + 4 = 9, T = 6: 150 capped at 120; annual 9/8 = 112,5 (under the cap).
    { indikator: "Jumlah puskesmas yang melaksanakan posyandu prima", sifat: "kumulatif", polaritas: "positif", target: 6, realisasi: 9, capaian: 120, capaianTahunan: 112.5, predikat: "Sangat Tinggi" },
    // Qualitative: R "WTP" = T "WTP": 100.
    { indikator: "Opini BPK atas laporan keuangan pemerintah daerah", sifat: "akhir", polaritas: "positif", target: "WTP", realisasi: "WTP", capaian: 100, capaianTahunan: 100, predikat: "Sangat Tinggi" },
  ];
  it.each(CAP.map((c) => [c.indikator, c] as const))("capaian at TW III of %s", (_n, t) => {
    checkCapaian(h.jambi, JAMBI.kadis, t);
  });
  it("capaian anggaran of the Kadis programs up to September", () => {
    const a = h.jambi.results.anggaran.filter((x) => x.sheet === JAMBI.kadis).map((x) => ({ kode: x.kode, pagu: x.pagu, realisasi: x.realisasi, capaian: Number(x.capaian?.toFixed(4)) }));
    expect(a).toEqual([
      { kode: "1.02.01", pagu: 40 * M, realisasi: 28 * M, capaian: 70 },
      { kode: "1.02.02", pagu: 12 * M, realisasi: 8 * M, capaian: Number(((8 / 12) * 100).toFixed(4)) },
    ]);
  });
  it("Kurva S of the Kadis: cumulative RAK %, realisasi up to September then empty", () => {
    const k = h.jambi.results.kurvaS.find((x) => x.sheet === JAMBI.kadis)!;
    expect(k).toBeDefined();
    expect(k.pagu).toBe(52 * M);
    const ren = cumulativePct([JAMBI.rak0101, JAMBI.rak0102], 52 * M);
    k.rencanaKeuangan.forEach((x, i) => expect(x).toBeCloseTo(ren[i], 2));
    const rea = cumulativePct([JAMBI.real0101, JAMBI.real0102], 52 * M);
    expect(k.realisasiKeuangan.slice(9)).toEqual([null, null, null]);
    k.realisasiKeuangan.slice(0, 9).forEach((x, i) => expect(x).toBeCloseTo(rea[i], 2));
    expect(k.realisasiKeuangan[8]).toBeCloseTo((36 / 52) * 100, 4);
    expect(k.rencanaFisik).toEqual(JAMBI.fisikPlan);
    expect(k.realisasiFisik?.slice(0, 9)).toEqual(JAMBI.fisikReal);
  });
});

// ---------------------------------------------------------------------------------------------
describe("Kecamatan style (Camat + Lurah, table from B3, no Satuan column, kode leading the name, Rp. ...,-)", () => {
  const PKS: PkTruth[] = [
    {
      sheet: KEC.camat,
      level: "eselon3",
      atasan: null, // the Bupati's PK is not in this workbook
      nip: "198602142004121001",
      indikator: 3,
      anggaran: [
        { kode: "7.01.01.2.01", pagu: 250_000_000 },
        { kode: "7.01.01.2.02", pagu: 1_250_000_000 },
        { kode: "7.01.02.2.01", pagu: 450_000_000 },
      ],
    },
    {
      sheet: KEC.lurah,
      level: "eselon4",
      atasan: KEC.camat,
      nip: "199005072010012003",
      indikator: 2,
      anggaran: [
        { kode: "7.01.02.2.01.0001", pagu: 200_000_000 },
        { kode: "7.01.02.2.01.0005", pagu: 250_000_000 },
      ],
    },
  ];
  it("finds exactly the two PK sheets", () => {
    expect(v.kecamatan.model.pk.map((p) => p.sheet).sort()).toEqual(PKS.map((p) => p.sheet).sort());
  });
  it.each(PKS.map((p) => [p.sheet, p] as const))("reads PK %s", (_s, t) => {
    checkPk(v.kecamatan, t);
  });
  it("reads satuan from the name (%) or the target cell (12 dokumen), and the target without the unit", () => {
    const camat = v.kecamatan.model.pk.find((p) => p.sheet === KEC.camat)!;
    expect(camat.indikator.map((i) => ({ satuan: i.satuan, target: i.target }))).toEqual([
      { satuan: "%", target: 95 },
      { satuan: "dokumen", target: 12 },
      { satuan: "%", target: 100 },
    ]);
    const lurah = v.kecamatan.model.pk.find((p) => p.sheet === KEC.lurah)!;
    expect(lurah.indikator.map((i) => ({ satuan: i.satuan, target: i.target }))).toEqual([
      { satuan: "%", target: 90 },
      { satuan: "kegiatan", target: 12 },
    ]);
    expect(lurah.indikator.map((i) => i.sasaran)).toEqual(["Meningkatnya kualitas pelayanan kelurahan", "Meningkatnya kualitas pelayanan kelurahan"]);
    expect(camat.jumlah?.value).toBe(1_950_000_000);
    expect(lurah.jumlah?.value).toBe(450_000_000);
  });
  it("reads the unlabelled signature: left column Pihak Kedua, right column Pihak Pertama", () => {
    const camat = v.kecamatan.model.pk.find((p) => p.sheet === KEC.camat)!;
    expect(camat.pihakPertama?.nama).toBe("M. RIZKY FAUZAN, S.STP., M.Si.");
    expect(camat.pihakKedua?.nama).toBe("H. SUGIANOOR");
    expect(camat.pihakKedua?.nip ?? null).toBeNull();
    const lurah = v.kecamatan.model.pk.find((p) => p.sheet === KEC.lurah)!;
    expect(lurah.pihakPertama?.nama).toBe("SITI NORHALIZA, S.Sos.");
    expect(lurah.pihakKedua?.nip).toBe("198602142004121001");
  });
  it("gives no error-severity finding", () => {
    expect(errorsOf(v.kecamatan)).toEqual([]);
  });
  it("warns atasan-missing for the Camat (the Bupati's PK is elsewhere) and kode-uncovered for the two kegiatan no Lurah carries", () => {
    const w = v.kecamatan.findings.filter((f) => f.severity === "warning");
    expect(w.filter((f) => f.rule === "atasan-missing").map((f) => f.sheet)).toEqual([KEC.camat]);
    expect(w.filter((f) => f.rule === "kode-uncovered").map((f) => `${f.sheet}`)).toEqual([KEC.camat, KEC.camat]);
    expect(w.filter((f) => f.rule === "satuan-missing")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe("Provinsi Jambi, Bapenda (cover page, the add-in's old sheet, a notes sheet, no jabatan lines)", () => {
  it("has one PK; the cover is no PK; the old Capaian sheet is the add-in's own; the notes sheet is unrecognised", () => {
    expect(v.bapenda.model.pk.map((p) => p.sheet)).toEqual([BAPENDA.pk]);
    const kinds = Object.fromEntries(v.bapenda.model.sheets.map((s) => [s.name, s.kind]));
    expect(kinds[BAPENDA.cover]).toBe("cover");
    expect(kinds[BAPENDA.own]).toBe("own");
    expect(kinds[BAPENDA.notes]).toBe("unknown");
    expect(kinds[BAPENDA.ra]).toBe("renaksi");
    expect(kinds[BAPENDA.real]).toBe("realisasi");
    expect(v.bapenda.model.renaksi.map((r) => r.pk)).toEqual([BAPENDA.pk]);
    expect(v.bapenda.model.realisasi.map((r) => r.pk)).toEqual([BAPENDA.pk]);
    const unrec = v.bapenda.findings.filter((f) => f.rule === "sheet-unrecognised");
    expect(unrec.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }))).toContainEqual({ sheet: BAPENDA.notes, cell: "A1", severity: "info" });
    expect(unrec.map((f) => f.sheet)).not.toContain(BAPENDA.own);
    // Nothing at all is reported about the add-in's own sheet, and no warning/error about the cover.
    expect(v.bapenda.findings.filter((f) => f.sheet === BAPENDA.own)).toEqual([]);
    expect(v.bapenda.findings.filter((f) => f.sheet === BAPENDA.cover && f.severity !== "info")).toEqual([]);
  });
  it("reads PK Kaban", () => {
    checkPk(v.bapenda, {
      sheet: BAPENDA.pk,
      level: "eselon2",
      atasan: null,
      nip: "197003051990031009",
      indikator: 2,
      anggaran: [{ kode: "5.02.01", pagu: 30 * M }, { kode: "5.02.02", pagu: 18.5 * M }],
    });
  });
  it("gives no error-severity finding; warns atasan-missing (Gubernur not in the workbook); polaritas guessed as info", () => {
    expect(errorsOf(v.bapenda)).toEqual([]);
    expect(v.bapenda.findings.filter((f) => f.severity === "warning").map((f) => f.rule)).toEqual(["atasan-missing"]);
    const guessed = v.bapenda.findings.filter((f) => f.rule === "polaritas-guessed");
    expect(guessed.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }))).toEqual([
      { sheet: BAPENDA.ra, cell: "B5", severity: "info" },
      { sheet: BAPENDA.ra, cell: "B6", severity: "info" },
    ]);
  });
  it("defaults: triwulan II (latest with realisasi), 2T-R, no cap", () => {
    expect(h.bapenda.results.triwulan).toBe(2);
    expect(h.bapenda.results.pengaturan.polaritasNegatif).toBe("2T-R");
    expect(h.bapenda.results.pengaturan.batas).toBeNull();
  });
  const CAP: CapTruth[] = [
    // Default sifat Akhir (not a count), guessed positif; R = 47 at TW II, T(TW II) = 45.
    { indikator: "Persentase realisasi Pendapatan Asli Daerah terhadap target", sifat: "akhir", polaritas: "positif", target: 45, realisasi: 47, capaian: (47 / 45) * 100, capaianTahunan: 47, predikat: "Sangat Tinggi" },
    // "Jumlah ..." defaults to Kumulatif; R = 1 + 2 = 3, T(TW II) = 2: 150 (no cap); annual 3/4 = 75.
    { indikator: "Jumlah inovasi layanan pajak daerah", sifat: "kumulatif", polaritas: "positif", target: 2, realisasi: 3, capaian: 150, capaianTahunan: 75, predikat: "Sangat Tinggi" },
  ];
  it.each(CAP.map((c) => [c.indikator, c] as const))("capaian at TW II of %s", (_n, t) => {
    checkCapaian(h.bapenda, BAPENDA.pk, t);
  });
  it.each(CAP.map((c) => [c.indikator, c] as const))("(cover sheet removed) capaian at TW II of %s", (_n, t) => {
    expect(errorsOf(v.bapendaNoCover)).toEqual([]);
    checkCapaian(h.bapendaNoCover, BAPENDA.pk, t);
  });
  it("capaian anggaran and Kurva S up to June", () => {
    const a = h.bapenda.results.anggaran.filter((x) => x.sheet === BAPENDA.pk).map((x) => ({ kode: x.kode, realisasi: x.realisasi, capaian: Number(x.capaian?.toFixed(4)) }));
    expect(a).toEqual([
      { kode: "5.02.01", realisasi: 15 * M, capaian: 50 },
      { kode: "5.02.02", realisasi: 8 * M, capaian: Number(((8 / 18.5) * 100).toFixed(4)) },
    ]);
    const k = h.bapenda.results.kurvaS.find((x) => x.sheet === BAPENDA.pk)!;
    expect(k.pagu).toBe(48.5 * M);
    expect(k.realisasiKeuangan[5]).toBeCloseTo((23 / 48.5) * 100, 4);
    expect(k.realisasiKeuangan.slice(6)).toEqual([null, null, null, null, null, null]);
    const ren = cumulativePct([BAPENDA.rak0201, BAPENDA.rak0202], 48.5 * M);
    k.rencanaKeuangan.forEach((x, i) => expect(x).toBeCloseTo(ren[i], 2));
    expect(k.rencanaFisik).toEqual(BAPENDA.fisikPlan);
    expect(k.realisasiFisik?.slice(0, 6)).toEqual(BAPENDA.fisikReal);
  });
});

// ---------------------------------------------------------------------------------------------
describe("Kabupaten Contoh Baru, Inspektorat (Pj./Penjabat, no kode, values typed as text, formula Jumlah, date cell)", () => {
  it("reads both PKs; Pj. BUPATI is kepala daerah and Penjabat BUPATI links to it", () => {
    expect(v.inspektorat.model.pk.map((p) => p.sheet).sort()).toEqual([INSP.bupati, INSP.insp].sort());
    checkPk(v.inspektorat, {
      sheet: INSP.bupati,
      level: "kepala-daerah",
      atasan: null,
      nip: null,
      indikator: 1,
      anggaran: [{ kode: null, pagu: 1_250_000_000 }, { kode: null, pagu: 750_000_000 }],
    });
    checkPk(v.inspektorat, {
      sheet: INSP.insp,
      level: "eselon2",
      atasan: INSP.bupati,
      nip: "197409101999032002",
      indikator: 5,
      anggaran: [{ kode: null, pagu: 1_250_000_000 }, { kode: null, pagu: 750_000_000 }],
    });
  });
  it("reads ranges 80–90 (en dash) and ≥ 3, 12.480 orang and 85,5 % with the unit from the target cell", () => {
    const pk = v.inspektorat.model.pk.find((p) => p.sheet === INSP.insp)!;
    expect(pk.indikator.map((i) => ({ satuan: i.satuan, target: i.target }))).toEqual([
      { satuan: "%", target: { min: 80, max: 90 } },
      { satuan: "level", target: { min: 3, max: null } },
      { satuan: "temuan", target: 10 },
      { satuan: "orang", target: 12480 },
      { satuan: "%", target: 85.5 },
    ]);
    expect(pk.jumlah?.value).toBe(2_000_000_000);
    const bup = v.inspektorat.model.pk.find((p) => p.sheet === INSP.bupati)!;
    expect(bup.jumlah?.value).toBe(2_000_000_000);
  });
  it("ties the Rencana Aksi and the Realisasi (jabatan line 'Inspektur', ambiguous but the bare jabatan) to the Inspektur PK", () => {
    // Spec: the jabatan line of a Realisasi sheet is "as in the Rencana Aksi sheet", which "names the jabatan
    // (and unit)"; the unit and pemda are optional additions (workbook.md, Words: level). So "Inspektur" names it.
    expect(v.inspektorat.model.renaksi.map((r) => r.pk)).toEqual([INSP.insp]);
    expect(v.inspektorat.model.realisasi.map((r) => r.pk)).toEqual([INSP.insp]);
  });
  it("gives no error and no warning", () => {
    expect(errorsOf(v.inspektorat)).toEqual([]);
    expect(v.inspektorat.findings.filter((f) => f.severity === "warning").map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([]);
  });
  it("triwulan II (latest with realisasi, a 0 counts), defaults", () => {
    expect(h.inspektorat.results.triwulan).toBe(2);
    expect(h.inspektorat.results.pengaturan.polaritasNegatif).toBe("2T-R");
  });
  const CAP: CapTruth[] = [
    // Range, positif, R = 95 above b: 100.
    { indikator: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", sifat: "akhir", polaritas: "positif", target: { min: 80, max: 90 }, realisasi: 95, capaian: 100, capaianTahunan: 100, predikat: "Sangat Tinggi" },
    // ≥ 3 is positif against 3: 2 / 3 × 100 = 66,67.
    { indikator: "Level kapabilitas APIP", sifat: "akhir", polaritas: "positif", target: { min: 3, max: null }, realisasi: 2, capaian: (2 / 3) * 100, capaianTahunan: (2 / 3) * 100, predikat: "Sedang" },
    // Kumulatif negatif 2T-R: R = 0 + 4 = 4, T(TW II) = 5: (10 − 4) / 5 × 100 = 120; annual (20 − 4) / 10 × 100 = 160.
    { indikator: "Jumlah temuan berulang", sifat: "kumulatif", polaritas: "negatif", target: 5, realisasi: 4, capaian: 120, capaianTahunan: 160, predikat: "Sangat Tinggi" },
    // R = 3.040 + 0 (a real zero), T(TW II) = 6.240.
    { indikator: "Jumlah peserta sosialisasi pencegahan korupsi", sifat: "kumulatif", polaritas: "positif", target: 6240, realisasi: 3040, capaian: (3040 / 6240) * 100, capaianTahunan: (3040 / 12480) * 100, predikat: "Sangat Rendah" },
    // Rata-rata of "80,5" and "90,5" = 85,5 = T.
    { indikator: "Persentase pengaduan masyarakat yang ditangani", sifat: "rata-rata", polaritas: "positif", target: 85.5, realisasi: 85.5, capaian: 100, capaianTahunan: 100, predikat: "Sangat Tinggi" },
  ];
  it.each(CAP.map((c) => [c.indikator, c] as const))("capaian at TW II of %s", (_n, t) => {
    checkCapaian(h.inspektorat, INSP.insp, t);
  });
});

// ---------------------------------------------------------------------------------------------
// workbook.md: "report anything else as a finding with its cell address". A Rencana Aksi or Realisasi sheet
// the engine cannot tie to any PK drops all its numbers; rules.md names no rule id for it, so this only asks
// that SOME warning or error names that sheet (the most literal reading of "report anything else").
describe("no Rencana Aksi / Realisasi sheet is dropped silently", () => {
  it.each(["jambi", "kecamatan", "bapenda", "inspektorat"])("%s", (key) => {
    const o = v[key];
    const unlinked = [...o.model.renaksi, ...o.model.realisasi].filter((s) => s.pk === null).map((s) => s.sheet);
    const silent = unlinked.filter((sheet) => !o.findings.some((f) => f.sheet === sheet && f.severity !== "info"));
    expect(silent).toEqual([]);
  });
});
