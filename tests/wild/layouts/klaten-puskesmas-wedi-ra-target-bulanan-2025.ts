/**
 * Kabupaten Klaten, UPT Puskesmas Wedi: the Kepala Puskesmas's PK 2025 and a Rencana Aksi whose targets are MONTHLY:
 * `Target Bulanan` merged over twelve columns `Jan .. Des` (no TW columns at all), then `Penanggung Jawab`. Three ways a
 * planner fills the months: a running percentage (ibu hamil, balita), the same count every month (rawat jalan: per
 * month, they sum to the annual target), and an index measured only twice a year (`-` in the other months, Jun and Des
 * filled).
 *
 * Source. The brief (rounds 6–8) names monthly Rencana Aksi targets as never found in a pemda print; none was found
 * this round either. The monthly form is that of echal/lkbkanwil @e1475c35 `gaspul_api/PANDUAN_ISI_RENCANA_AKSI_BULANAN.md`
 * (a `Rencana Aksi Bulanan` with a `Target Bulanan` per month and its satuan, Kanwil Kemenag; not a pemda app) and of the
 * monthly `T | R` capaian of fendyanjapu/sakip (baritokuala-binamarga-capaian-bulanan-2024); the month headers
 * `Jan .. Des` as workbook.md §2 names them for the plan table. Made up: names, NIP, indikator, targets, amounts;
 * sub kegiatan kode after Kepmendagri 050-5889/2021 (1.02.02.2.02.*).
 *
 * What a correct reader does. The sheet is the Kepala Puskesmas's Rencana Aksi (title `RENCANA AKSI TAHUN 2025`, the
 * jabatan line). The spec knows quarterly targets only; it is silent on months. A Bappeda planner reads the quarter's
 * target at its last month (Mar, Jun, Sep, Des: H, K, N, Q) and applies workbook.md §2 to the months as it does to the
 * quarters: a running series ends at the annual target (ibu hamil: 25, 50, 75, 100); a series that sums to the annual
 * target while December does not is per month (rawat jalan: 2.000 a month, 6.000 a quarter); an Akhir index filled
 * only in Jun and Des has TW II 80 and TW IV 82 and no TW I / III target. The planner's slip on the balita row (the
 * running series stops at 80 in December against an annual 85, and the months sum to 540, neither form) is
 * `tw-target-inconsistent` at the December cell Q8, the cell that holds TW IV. Reading the sheet as a Rencana Aksi
 * without its targets (or not at all) loses that error: silently wrong. `Penanggung Jawab` (R) is a note column (layout,
 * workbook.md §6): not asserted. The months inside a quarter (Jan, Feb, …) feed no rule: not asserted (spec silent).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KADIS = { nama: "dr. ANGGIT BUDIARTO, M.Kes.", nip: "19760318 200501 1 009", jab: "KEPALA DINAS KESEHATAN KABUPATEN KLATEN" };
const KAPUS = { nama: "dr. RATNA WULANDARI", nip: "19840922 201001 2 017", jab: "KEPALA UPT PUSKESMAS WEDI" };
const PK = "PK Kapus 2025";
const RA = "RA Bulanan";
const SS = ["Meningkatnya pelayanan kesehatan ibu dan anak", "Meningkatnya mutu pelayanan kesehatan dasar di Puskesmas"];
const MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"];
const D = "-";
const IND = [
  { nama: "Persentase ibu hamil mendapatkan pelayanan kesehatan sesuai standar", satuan: "%", target: 100, text: 100, ss: 0,
    months: [8, 17, 25, 33, 42, 50, 58, 67, 75, 83, 92, 100], tw: [[25, 50, 75, 100]], pj: "Bidan Koordinator" },
  { nama: "Persentase balita ditimbang (D/S)", satuan: "%", target: 85, text: 85, ss: 0,
    months: [7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 75, 80], tw: [[21, 42, 63, 80]], pj: "Koordinator Gizi" },
  { nama: "Jumlah kunjungan rawat jalan", satuan: "orang", target: 24000, text: "24.000", ss: 1,
    months: Array(12).fill(2000), tw: [[6000, 6000, 6000, 6000], [6000, 12000, 18000, 24000]], pj: "Koordinator Pelayanan" },
  { nama: "Indeks Kepuasan Masyarakat", satuan: "Nilai", target: 82, text: 82, ss: 1,
    months: [D, D, D, D, D, 80, D, D, D, D, D, 82], tw: [[null, 80, null, 82]], pj: "Tim Mutu" },
];
const SUB = [
  { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", pagu: 186_500_000 },
  { kode: "1.02.02.2.02.0004", nama: "Pengelolaan Pelayanan Kesehatan Balita", pagu: 142_750_000 },
  { kode: "1.02.02.2.02.0036", nama: "Pengelolaan Pelayanan Kesehatan Dasar Melalui Pendekatan Keluarga", pagu: 98_300_000 },
];

function build(): Book {
  const book = new Book("klaten-puskesmas-wedi-ra-target-bulanan-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KAPUS.jab).merge("A3:E3", "DINAS KESEHATAN KABUPATEN KLATEN");
  p.row("A5", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A7", 1).merge("B6:B7", SS[0]).merge("A8:A9", 2).merge("B8:B9", SS[1]);
  IND.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, i.text]));
  p.row("A11", ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"]);
  SUB.forEach((g, k) => p.row(`A${12 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A15:C15", "Jumlah").put("D15", idr(sum(SUB.map((g) => g.pagu))));
  p.put("D17", "Klaten, 2 Januari 2025");
  p.rows("B18", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KADIS.jab},`, null, `${KAPUS.jab},`]]);
  p.row("B23", [KADIS.nama, null, KAPUS.nama]);
  p.row("B24", [`NIP. ${KADIS.nip}`, null, `NIP. ${KAPUS.nip}`]);

  const r = book.sheet(RA);
  r.merge("A1:R1", "RENCANA AKSI TAHUN 2025").merge("A2:R2", KAPUS.jab).merge("A3:R3", "DINAS KESEHATAN KABUPATEN KLATEN");
  ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "R5:R6"].forEach((m, k) =>
    r.merge(m, ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target 2025", "Penanggung Jawab"][k]));
  r.merge("F5:Q5", "Target Bulanan");
  r.row("F6", MON);
  r.merge("A7:A8", 1).merge("B7:B8", SS[0]).merge("A9:A10", 2).merge("B9:B10", SS[1]);
  IND.forEach((i, k) => r.row(`C${7 + k}`, [i.nama, i.satuan, i.text, ...i.months, i.pj]));
  r.put("O12", "Klaten, 2 Januari 2025");
  r.put("O13", `${KAPUS.jab},`);
  r.put("O17", KAPUS.nama);
  r.put("O18", `NIP. ${KAPUS.nip}`);
  return book;
}

export const klatenRaBulanan: Layout = {
  name: "klaten-puskesmas-wedi-ra-target-bulanan-2025",
  source: "brief round 8 (monthly Rencana Aksi targets); echal/lkbkanwil @e1475c35 `gaspul_api/PANDUAN_ISI_RENCANA_AKSI_BULANAN.md` (monthly RA form, not a pemda app); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: KAPUS.jab, level: "eselon4", atasan: null, nama: KAPUS.nama, nip: KAPUS.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: KADIS.nip.replace(/\D/g, "") },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS[i.ss] })),
        anggaran: SUB.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [{ rule: "tw-target-inconsistent", sheet: RA, cell: "Q8" }],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pk-unlinked", sheet: RA }, { rule: "indikator-unknown", sheet: RA }, { rule: "target-mismatch", sheet: RA },
      { rule: "value-unreadable", sheet: RA }, { rule: "renaksi-missing", sheet: PK }, { rule: "sheet-unrecognised", sheet: RA },
      { rule: "tw-target-inconsistent", sheet: RA, cell: "Q7" }, { rule: "tw-target-inconsistent", sheet: RA, cell: "Q9" },
      { rule: "tw-target-inconsistent", sheet: RA, cell: "Q10" }, { rule: "tw-target-decreasing", sheet: RA },
    ],
  },
  checks: [
    {
      name: "RA Bulanan is the Kepala Puskesmas's Rencana Aksi; the quarter targets are the months Mar, Jun, Sep, Des (per-month counts may be summed per quarter)",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        const got = s ? { pk: s.pk, ind: s.indikator.map((i) => [i.nama, i.target]) } : "not a Rencana Aksi";
        expect(got).toEqual({ pk: pk?.id ?? "(Kapus PK)", ind: IND.map((i) => [i.nama, i.target]) });
        s!.indikator.forEach((i, k) => expect(IND[k].tw).toContainEqual(i.tw));
        // The quarter-end cells are the ones read (H, K, N, Q), whatever else is kept.
        expect(s!.indikator[0].twCells).toEqual(["H7", "K7", "N7", "Q7"]);
      },
    },
  ],
};
