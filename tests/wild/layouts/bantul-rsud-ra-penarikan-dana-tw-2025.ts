/**
 * Kabupaten Bantul, RSUD Panembahan Senopati (BLUD): the Kabid Pelayanan Medik's PK 2025 and a Rencana Aksi whose
 * money plan is BY QUARTER: `Rencana Penarikan Dana (Rp)` merged over `TW I .. TW IV`, then `Target Fisik (%)` over
 * `TW I .. TW IV`, beside `Kode | Kegiatan | Pagu (Rp)`, a `Jumlah` row. The kinerja part has a range target (`60 - 85`,
 * BOR) and a count planned per quarter (rawat jalan: the quarters sum to the annual target).
 *
 * Source. The brief (round 8) asks for the "monthly cash plan / rencana penarikan dana" of a Rencana Aksi and for a
 * range target (`80-85`); `Rencana Penarikan Dana` is the Kemenkeu / SAKTI word for the cash plan by period (PMK
 * 197/PMK.05/2017, quoted in the code index, id 20692274491) and many pemda RA forms take it per quarter; the
 * BLUD kegiatan `1.02.01.2.10 Peningkatan Pelayanan BLUD` is Kepmendagri 050-5889/2021's. No repository print with
 * this exact table was found in time. Made up: names, NIP, indikator, targets, amounts.
 *
 * What a correct reader does. workbook.md §2: a budget plan table gives each budget object its Rencana Keuangan;
 * §6: money by quarter instead of by month (the model keeps a quarterly series at months 3, 6, 9, 12, capaian.md's
 * Kurva S points). The four `Rencana Penarikan Dana` cells are Rp planned IN each quarter (they sum to the pagu: no
 * rak-sum); `Target Fisik (%)` is the cumulative physical plan (fisik is cumulative by workbook.md §2). The plan ties
 * to the PK by kode, pagu as in the PK (no pagu-mismatch). Kinerja: the rawat jalan quarters sum to 42.000 while TW IV
 * does not: per quarter, no tw-target-inconsistent; the BOR range `60 - 85` every quarter equals the annual range.
 * Kurva S rencana: Σ plan / pagu at June = (4,50 + 4,70 + 0 + 0,64) / 20,79 M = 47,33 %, December 100 %.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const DIR = { nama: "dr. AGUS TRI WIDIYANTARA, M.P.H.", nip: "19720806 200212 1 004", jab: "DIREKTUR RSUD PANEMBAHAN SENOPATI KABUPATEN BANTUL" };
const KABID = { nama: "dr. SITI NURJANAH, Sp.PD.", nip: "19801109 200903 2 006", jab: "KEPALA BIDANG PELAYANAN MEDIK RSUD PANEMBAHAN SENOPATI" };
const PK = "PK Kabid Yanmed";
const RA = "RA Yanmed";
const SP = "Meningkatnya mutu pelayanan medik rumah sakit";
const IND = [
  { nama: "Persentase kepatuhan penggunaan formularium nasional", satuan: "%", target: 80 as number | { min: number; max: number }, text: 80 as number | string, tw: [80, 80, 80, 80] as (number | string)[] },
  { nama: "Bed Occupancy Rate (BOR)", satuan: "%", target: { min: 60, max: 85 }, text: "60 - 85", tw: ["60 - 85", "60 - 85", "60 - 85", "60 - 85"] },
  { nama: "Jumlah kunjungan pasien rawat jalan", satuan: "kunjungan", target: 42000, text: "42.000", tw: ["10.000", "10.500", "10.500", "11.000"] },
];
const KEG = [
  { kode: "1.02.01.2.10", nama: "Peningkatan Pelayanan BLUD", pagu: 18_650_000_000, plan: [4_500_000_000, 4_700_000_000, 4_600_000_000, 4_850_000_000], fisik: [25, 50, 75, 100] },
  { kode: "1.02.02.2.01", nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", pagu: 2_140_000_000, plan: [0, 640_000_000, 1_500_000_000, 0], fisik: [0, 30, 100, 100] },
];
const PAGU = sum(KEG.map((k) => k.pagu));

function build(): Book {
  const book = new Book("bantul-rsud-ra-penarikan-dana-tw-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABID.jab).merge("A3:E3", "KABUPATEN BANTUL");
  p.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A8", 1).merge("B6:B8", SP);
  IND.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, i.text]));
  p.row("A10", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, k) => p.row(`A${11 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A13:C13", "Jumlah").put("D13", idr(PAGU));
  p.put("D15", "Bantul, 2 Januari 2025");
  p.rows("B16", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${DIR.jab},`, null, `${KABID.jab},`]]);
  p.row("B21", [DIR.nama, null, KABID.nama]);
  p.row("B22", [`NIP. ${DIR.nip}`, null, `NIP. ${KABID.nip}`]);

  const r = book.sheet(RA);
  r.merge("A1:L1", "RENCANA AKSI TAHUN 2025").merge("A2:L2", KABID.jab);
  ["A4:A5", "B4:B5", "C4:C5", "D4:D5"].forEach((m, k) => r.merge(m, ["No", "Indikator Kinerja", "Satuan", "Target"][k]));
  r.merge("E4:H4", "Target Triwulan").row("E5", ["TW I", "TW II", "TW III", "TW IV"]);
  IND.forEach((i, k) => r.row(`A${6 + k}`, [k + 1, i.nama, i.satuan, i.text, ...i.tw]));

  ["A10:A11", "B10:B11", "C10:C11", "D10:D11"].forEach((m, k) => r.merge(m, ["No", "Kode", "Kegiatan", "Pagu (Rp)"][k]));
  r.merge("E10:H10", "Rencana Penarikan Dana (Rp)").merge("I10:L10", "Target Fisik (%)");
  r.row("E11", ["TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV"]);
  KEG.forEach((g, k) => r.row(`A${12 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu), ...g.plan.map((v) => idr(v)), ...g.fisik]));
  r.merge("A14:C14", "Jumlah").row("D14", [idr(PAGU), ...[0, 1, 2, 3].map((q) => idr(sum(KEG.map((g) => g.plan[q]))))]);
  r.put("J16", "Bantul, 6 Januari 2025");
  r.put("J17", `${KABID.jab},`);
  r.put("J21", KABID.nama);
  r.put("J22", `NIP. ${KABID.nip}`);
  return book;
}

const monthsOf = (q: number[]) => Array.from({ length: 12 }, (_, m) => ((m + 1) % 3 === 0 ? q[(m + 1) / 3 - 1] : null));

export const bantulRaPenarikan: Layout = {
  name: "bantul-rsud-ra-penarikan-dana-tw-2025",
  source: "brief round 8 (rencana penarikan dana, range target); `Rencana Penarikan Dana` per PMK 197/PMK.05/2017 (code index id 20692274491); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: KABID.jab, level: "eselon3", atasan: null, nama: KABID.nama, nip: KABID.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: DIR.jab, nama: DIR.nama, nip: DIR.nip.replace(/\D/g, "") },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "rak-sum", sheet: RA }, { rule: "pagu-mismatch", sheet: RA }, { rule: "fisik-invalid", sheet: RA }, { rule: "value-unreadable", sheet: RA },
      { rule: "tw-target-inconsistent", sheet: RA }, { rule: "target-mismatch", sheet: RA }, { rule: "indikator-unknown", sheet: RA },
      { rule: "pk-unlinked", sheet: RA }, { rule: "jumlah-mismatch", sheet: RA }, { rule: "renaksi-missing", sheet: PK }, { rule: "sheet-unrecognised", sheet: RA },
    ],
    unreadOrRead: [{ sheet: RA, cells: ["E12", "F12", "G12", "H12", "F13", "G13", "I12", "L13"], what: "Rencana Penarikan Dana / Target Fisik per TW" }],
  },
  checks: [
    {
      name: "RA Yanmed: quarterly targets read (range and per-quarter count), the plan of each kegiatan by quarter at months 3, 6, 9, 12 with its fisik",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        expect(s ? { pk: s.pk, n: s.indikator.length, plan: s.plan.map((b) => [b.kode, b.pagu, b.keuangan?.values ?? null, b.fisik?.values ?? null]) } : "not a Rencana Aksi").toEqual({
          pk: pk?.id ?? "(Kabid PK)",
          n: 3,
          plan: KEG.map((g) => [g.kode, g.pagu, monthsOf(g.plan), monthsOf(g.fisik)]),
        });
      },
    },
    {
      name: "Kurva S rencana keuangan of the PK: 47,33 % at June, 100 % in December",
      run(out) {
        const k = out.results.kurvaS.find((x) => x.sheet === PK);
        const at = (m: number) => (k?.rencanaKeuangan[m] == null ? null : Number(k.rencanaKeuangan[m]!.toFixed(2)));
        expect({ pagu: k?.pagu ?? null, jun: at(5), des: at(11) }).toEqual({ pagu: PAGU, jun: Number(((sum([4.5e9, 4.7e9, 0, 0.64e9]) / PAGU) * 100).toFixed(2)), des: 100 });
      },
    },
  ],
};
