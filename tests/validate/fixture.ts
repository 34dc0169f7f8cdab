/** A small clean workbook (Bupati → Kadis → Kabid → Kasi, with the Kasi's Rencana Aksi and Realisasi) that tests then spoil. */
import type { Finding } from "../../src/engine/finding";
import type { Grid } from "../../src/engine/grid";
import { validasi } from "../../src/engine/run";
import { CUMULATIVE_FISIK, evenMonths, pkSheet, realisasiSheet, renaksiSheet, type PkSpec, type PlanSheetSpec } from "./builders";

export const NIP = { kadis: "197503122000032004", kabid: "197806212005012007", kasi: "198501092010012012" };
const PEOPLE = {
  bupati: { jabatan: "BUPATI CONTOH", nama: "H. SURYA ADINEGARA, S.H., M.Si.", nip: null },
  kadis: { jabatan: "KEPALA DINAS KESEHATAN", nama: "dr. RATNA WULANDARI, M.Kes.", nip: NIP.kadis },
  kabid: { jabatan: "KEPALA BIDANG KESEHATAN MASYARAKAT", nama: "SRI HARTATI, S.K.M., M.Kes.", nip: NIP.kabid },
  kasi: { jabatan: "KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI", nama: "NURUL AINI, S.ST.", nip: NIP.kasi },
};

export interface Specs {
  bupati: PkSpec;
  kadis: PkSpec;
  kabid: PkSpec;
  kasi: PkSpec;
  raKasi: PlanSheetSpec;
  realKasi: PlanSheetSpec;
  /** More sheets, appended after the others. */
  extra: Grid[];
}

export const IBU_HAMIL = "Jumlah ibu hamil yang mendapat pelayanan sesuai standar";

export function cleanSpecs(): Specs {
  return {
    bupati: {
      name: "PK Bupati",
      unit: "PEMERINTAH KABUPATEN CONTOH",
      pertama: { ...PEOPLE.bupati },
      indikator: [["Meningkatnya derajat kesehatan masyarakat", "Angka Kematian Ibu", "per 100.000 KH", 98]],
      anggaran: [["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 4_350_000_000]],
    },
    kadis: {
      name: "PK Kadis",
      pertama: { ...PEOPLE.kadis },
      kedua: { ...PEOPLE.bupati },
      indikator: [
        ["Meningkatnya kualitas kesehatan ibu dan anak", "Angka Kematian Ibu", "per 100.000 KH", 98],
        [null, "Jumlah ibu hamil mendapat pelayanan", "orang", 12480],
      ],
      anggaran: [["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 4_350_000_000]],
    },
    kabid: {
      name: "PK Kabid Kesmas",
      pertama: { ...PEOPLE.kabid },
      kedua: { ...PEOPLE.kadis },
      indikator: [
        ["Meningkatnya cakupan pelayanan kesehatan ibu", "Persentase ibu hamil mendapat pelayanan sesuai standar", "%", 95],
        [null, "Jumlah ibu hamil mendapat pelayanan", "orang", 12480],
      ],
      anggaran: [["1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan", 4_350_000_000]],
    },
    kasi: {
      name: "PK Kasi Kesga",
      pertama: { ...PEOPLE.kasi },
      kedua: { ...PEOPLE.kabid },
      indikator: [["Terlaksananya pelayanan kesehatan ibu", IBU_HAMIL, "orang", 12480]],
      anggaran: [
        ["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 1_250_000_000],
        ["1.02.02.2.02.0002", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", 3_100_000_000],
      ],
    },
    raKasi: {
      name: "RA Kasi Kesga",
      jabatan: PEOPLE.kasi.jabatan,
      indikator: [{ nama: IBU_HAMIL, satuan: "orang", target: 12480, tw: [3120, 6240, 9360, 12480], sifat: "Kumulatif", polaritas: "Positif" }],
      budgetWord: "Sub Kegiatan",
      budget: [
        { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", pagu: 1_250_000_000, keuangan: evenMonths(1_250_000_000), fisik: CUMULATIVE_FISIK },
        { kode: "1.02.02.2.02.0002", nama: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", pagu: 3_100_000_000, keuangan: evenMonths(3_100_000_000), fisik: CUMULATIVE_FISIK },
      ],
    },
    realKasi: {
      name: "Realisasi Kasi Kesga",
      jabatan: PEOPLE.kasi.jabatan,
      indikator: [{ nama: IBU_HAMIL, satuan: "orang", target: 12480, tw: [3040, 3110, 3130] }],
      budgetWord: "Sub Kegiatan",
      budget: [
        { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", pagu: 1_250_000_000, keuangan: [0, 50_000_000, 75_000_000, 100_000_000, 125_000_000, 125_000_000, 125_000_000, 125_000_000, 125_000_000], fisik: [0, 4, 10, 18, 27, 38, 46, 55, 66] },
        { kode: "1.02.02.2.02.0002", nama: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", pagu: 3_100_000_000, keuangan: [0, 100_000_000, 200_000_000], fisik: [0, 4, 10] },
      ],
    },
    extra: [],
  };
}

export function build(s: Specs): Grid[] {
  return [pkSheet(s.bupati), pkSheet(s.kadis), pkSheet(s.kabid), pkSheet(s.kasi), renaksiSheet(s.raKasi), realisasiSheet(s.realKasi), ...s.extra];
}

export function findingsOf(grids: Grid[]): Finding[] {
  return validasi(grids).findings;
}

/** Findings of the spoiled fixture. */
export function run(spoil: (s: Specs) => void = () => {}): Finding[] {
  const s = cleanSpecs();
  spoil(s);
  return findingsOf(build(s));
}

export const withRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

/** Exactly one finding of `rule`, at that sheet and cell, with that severity, its message naming every `parts`. */
export function expectOne(findings: Finding[], rule: string, at: { severity: Finding["severity"]; sheet: string; cell: string }, ...parts: string[]): Finding {
  const hits = withRule(findings, rule);
  expect(hits.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual([`${at.severity} ${at.sheet}!${at.cell}`]);
  for (const p of parts) expect(hits[0].message).toContain(p);
  return hits[0];
}

export function expectNone(findings: Finding[], rule: string): void {
  expect(withRule(findings, rule)).toEqual([]);
}
