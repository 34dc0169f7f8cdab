/**
 * Kota Batu, Kelurahan Sisir: the Lurah's PK 2025 and a Realisasi sheet for TW II whose money table is CUMULATIVE
 * by its header: `Realisasi Keuangan (Rp)` merged over `s.d. TW I | s.d. TW II | s.d. TW III | s.d. TW IV`, then
 * `Realisasi Fisik (%)` over the same four, then `Sisa Anggaran (Rp)`; amounts as text `Rp 31.250.000,00`; the sub
 * kegiatan in another order than the PK; a `JUMLAH` row. The kinerja part above it is workbook.md §3's plain form.
 *
 * Source. The brief (round 8) names cumulative `s.d. TW`, `Realisasi s.d.` and anggaran realisasi per sub kegiatan as
 * not met yet; the `Realisasi Sampai` `TW 1 .. TW 4` columns of a Provinsi Jawa Timur `RENCANA ANGGARAN KAS SATUAN
 * KERJA PERANGKAT DAERAH` print (code index id 60237647880, `Rp. <amount>` per cell, `realisasi_sampai_tw1..4`;
 * repository not named) are this table's cumulative money by quarter. No kelurahan print with exactly this table was
 * found in time. Made up: names, NIP, indikator, amounts; sub kegiatan kode in the Kepmendagri 050-5889/2021 shape.
 *
 * What a correct reader does. workbook.md §3: a quarter's money cell is Rp spent IN it. The header says `s.d.` (up to):
 * each cell is the total spent up to the end of that quarter, so TW II spending is s.d. TW II − s.d. TW I. The spec is
 * silent on `s.d.` money; a Bappeda planner reads `s.d. TW II` as what was spent by June: capaian anggaran at TW II of
 * `Pembangunan Sarana dan Prasarana Kelurahan` is 330.000.000 / 412.500.000 = 80 %, not (185 + 330) / 412,5 = 124,85 %
 * with a false realisasi-over-pagu ERROR. Fisik is cumulative anyway (workbook.md §3). `Sisa Anggaran` is the app's own
 * subtraction (pagu − s.d. TW II): read or reported. Matching the PK by kode, not by row order.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const CAMAT = { nama: "Drs. BAMBANG PARIYANTO, M.Si.", nip: "19690723 199203 1 008", jab: "CAMAT BATU" };
const LURAH = { nama: "ENDANG SRI WAHYUNI, S.Sos.", nip: "19780512 200604 2 013", jab: "LURAH SISIR KECAMATAN BATU" };
const PK = "PK Lurah";
const RL = "REAL TW II";
const SK = "Meningkatnya kualitas pelayanan dan pemberdayaan masyarakat kelurahan";
const IND = [
  { nama: "Persentase usulan musrenbang kelurahan yang diakomodir", satuan: "%", target: 60, tw: [null, 55] as (number | null)[], twText: ["-", 55] },
  { nama: "Indeks kepuasan layanan kelurahan", satuan: "Nilai", target: 85, tw: [83.2, 84.1], twText: ["83,2", "84,1"] },
];
const SUB = [
  { kode: "7.01.05.2.01.0001", nama: "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Lurah", pagu: 148_600_000, sd: [31_250_000, 72_400_000], fisik: [20, 45] },
  { kode: "7.01.05.2.02.0001", nama: "Pemberdayaan Masyarakat Kelurahan", pagu: 96_000_000, sd: [18_000_000, 52_800_000], fisik: [15, 50] },
  { kode: "7.01.05.2.02.0002", nama: "Pembangunan Sarana dan Prasarana Kelurahan", pagu: 412_500_000, sd: [185_000_000, 330_000_000], fisik: [40, 80] },
];
const REAL_ORDER = [2, 0, 1];
const money = (n: number) => `Rp ${idr(n, 2)}`;

function build(): Book {
  const book = new Book("batu-kel-sisir-real-keuangan-sd-tw-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", LURAH.jab).merge("A3:E3", "PEMERINTAH KOTA BATU");
  p.row("A5", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A7", 1).merge("B6:B7", SK);
  IND.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, i.target]));
  p.row("A9", ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"]);
  SUB.forEach((s, k) => p.row(`A${10 + k}`, [k + 1, s.kode, s.nama, idr(s.pagu)]));
  p.merge("A13:C13", "Jumlah").put("D13", idr(sum(SUB.map((s) => s.pagu))));
  p.put("D15", "Batu, 2 Januari 2025");
  p.rows("B16", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${CAMAT.jab},`, null, `${LURAH.jab},`]]);
  p.row("B21", [CAMAT.nama, null, LURAH.nama]);
  p.row("B22", [`NIP. ${CAMAT.nip}`, null, `NIP. ${LURAH.nip}`]);

  const r = book.sheet(RL);
  r.merge("A1:L1", "LAPORAN REALISASI KINERJA DAN ANGGARAN TRIWULAN II TAHUN 2025").merge("A2:L2", LURAH.jab);
  ["A4:A5", "B4:B5", "C4:C5", "D4:D5"].forEach((m, k) => r.merge(m, ["No", "Indikator Kinerja", "Satuan", "Target"][k]));
  r.merge("E4:H4", "Realisasi").row("E5", ["TW I", "TW II", "TW III", "TW IV"]);
  IND.forEach((i, k) => r.row(`A${6 + k}`, [k + 1, i.nama, i.satuan, i.target, ...i.twText]));

  ["A10:A11", "B10:B11", "C10:C11", "D10:D11", "M10:M11"].forEach((m, k) => r.merge(m, ["No", "Kode", "Sub Kegiatan", "Pagu Anggaran (Rp)", "Sisa Anggaran (Rp)"][k]));
  r.merge("E10:H10", "Realisasi Keuangan (Rp)").merge("I10:L10", "Realisasi Fisik (%)");
  r.row("E11", ["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV", "s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]);
  REAL_ORDER.forEach((k, n) => {
    const s = SUB[k];
    r.row(`A${12 + n}`, [n + 1, s.kode, s.nama, money(s.pagu), money(s.sd[0]), money(s.sd[1]), null, null, s.fisik[0], s.fisik[1], null, null, money(s.pagu - s.sd[1])]);
  });
  r.merge("A15:C15", "JUMLAH").row("D15", [money(sum(SUB.map((s) => s.pagu))), money(sum(SUB.map((s) => s.sd[0]))), money(sum(SUB.map((s) => s.sd[1])))]);
  r.put("M15", money(sum(SUB.map((s) => s.pagu - s.sd[1]))));
  r.put("J17", "Batu, 8 Juli 2025");
  r.put("J18", `${LURAH.jab},`);
  r.put("J22", LURAH.nama);
  r.put("J23", `NIP. ${LURAH.nip}`);
  return book;
}

export const batuSisirRealSd: Layout = {
  name: "batu-kel-sisir-real-keuangan-sd-tw-2025",
  source: "brief round 8 (`s.d. TW`, anggaran realisasi per sub kegiatan) + code index id 60237647880 (`Realisasi Sampai` `TW 1..TW 4`, `Rp.` amounts; repository not named); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: LURAH.jab, level: "eselon4", atasan: null, nama: LURAH.nama, nip: LURAH.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: CAMAT.jab, nama: CAMAT.nama, nip: CAMAT.nip.replace(/\D/g, "") },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SK })),
        anggaran: SUB.map((s) => ({ kode: s.kode, nama: s.nama, pagu: s.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed", "renaksi-missing"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "realisasi-over-pagu", sheet: RL }, { rule: "pagu-mismatch", sheet: RL }, { rule: "value-unreadable", sheet: RL },
      { rule: "fisik-invalid", sheet: RL }, { rule: "pk-unlinked", sheet: RL }, { rule: "indikator-unknown", sheet: RL },
      { rule: "jumlah-mismatch", sheet: RL }, { rule: "sheet-unrecognised", sheet: RL },
    ],
    unreadOrRead: [{ sheet: RL, cells: ["M12", "M13", "M14"], what: "Sisa Anggaran (pagu − s.d. TW II)" }],
  },
  checks: [
    {
      name: "REAL TW II: kinerja TW I–II read, the three sub kegiatan tied to the PK by kode, pagu from D",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.realisasi.find((x) => x.sheet === RL);
        expect(s ? { pk: s.pk, ind: s.indikator.map((i) => [i.nama, i.tw.slice(0, 2)]), budget: s.budget.map((b) => [b.kode, b.pagu]) } : "not a Realisasi").toEqual({
          pk: pk?.id ?? "(Lurah PK)",
          ind: IND.map((i) => [i.nama, i.tw]),
          budget: REAL_ORDER.map((k) => [SUB[k].kode, SUB[k].pagu]),
        });
      },
    },
    {
      // `s.d. TW II` is what was spent by June: capaian anggaran = s.d. TW II / pagu (the spend by quarter is the
      // difference of two cumulative cells). Summing the cumulative cells counts TW I twice.
      name: "realisasi keuangan up to TW II is the `s.d. TW II` amount of each sub kegiatan (cumulative header), not s.d. I + s.d. II",
      run(out) {
        const got = out.results.anggaran.filter((a) => a.sheet === PK).map((a) => [a.kode, a.realisasi, a.capaian === null ? null : Number(a.capaian.toFixed(2))]);
        expect(got).toEqual(SUB.map((s) => [s.kode, s.sd[1], Number(((s.sd[1] / s.pagu) * 100).toFixed(2))]));
        const s = out.model.realisasi.find((x) => x.sheet === RL);
        expect(s?.budget.map((b) => [b.kode, b.fisik?.values[5] ?? null])).toEqual(REAL_ORDER.map((k) => [SUB[k].kode, SUB[k].fisik[1]]));
      },
    },
  ],
};
