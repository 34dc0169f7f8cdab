/**
 * Kota Pekalongan, Dinas Sosial: the Kasubbag Keuangan's PK 2025 and a Rencana Aksi whose money plan is an app's RAK
 * export pasted under the kinerja table: ONE ROW PER SUB KEGIATAN AND KODE REKENING, columns `Tahun | Kode Program |
 * Program | Kode Kegiatan | Kegiatan | Kode Sub Kegiatan | Sub Kegiatan | Kode Rekening | Rekening | Total RAK |
 * Januari .. Desember`; `Total RAK` a formula `=SUM(K:V)` per row; a month not planned left EMPTY (not 0). No pagu
 * column, no `Rencana Keuangan` label, no Jumlah.
 *
 * Source. The RAK template of a Laravel finance app found in the code index (id 59594545218, `App\Exports\
 * RakBulananExport`, marker `IFINANCE_RAK_BULANAN_MONTHLY_V2`; repository not named): the column list above in this
 * order, the header in row 1, "satu baris mewakili satu kombinasi Sub Kegiatan + Kode Rekening", monthly values that
 * are per month, not cumulative ("alokasi BULANAN, bukan kumulatif"), empty = "RAK belum tersedia", kode columns as
 * text, `Total RAK` as a SUM formula the importer ignores. The kinerja part is workbook.md §2's plain form. Made up:
 * names, NIP, indikator, amounts; kode after Kepmendagri 050-5889/2021 (1.06.01.2.02.*, rekening 5.1.01 / 5.1.02).
 *
 * What a correct reader does. The sheet is the Kasubbag's Rencana Aksi (title `RENCANA AKSI`, year, jabatan). Its
 * kinerja table is standard. Its money table is a budget plan (workbook.md §2: kode · name · months) written by
 * rekening: the plan of a sub kegiatan is the sum of its rekening rows, month by month (a planner's RAK is exactly
 * that), and each sums to the PK's pagu here, so no rak-sum and no pagu-mismatch. The spec is silent on rekening rows
 * and on a table with no pagu column; what is certain is what must NOT happen: the rekening kode (`5.1.02.01.01.0024`)
 * read as a budget kode (kode-invalid / kode-level-mismatch errors), `Total RAK` read as a pagu that differs from the
 * PK's, one rekening row taken as the whole sub kegiatan (a false rak-sum), or `Tahun` 2025 read as money. The
 * first check asks for that and for the month cells being read or reported; the second asks for the reading a
 * Bappeda planner expects (three plan rows, the sums) and the Kurva S it gives (100 % in December).
 * Summed into one plan row, the second rekening row's months are read all the same: the model keeps them as the
 * series' `parts` (as `paguParts` for a pagu summed over sumber dana), and truth.ts counts those as read.
 */
import { Book, rp, type V } from "../book";
import { idr, sum, type Layout } from "../layout";

const SEKDIS = { nama: "MOH. IRFAN SYAFI'I, S.Sos., M.Si.", nip: "19730611 199803 1 006", jab: "SEKRETARIS DINAS SOSIAL KOTA PEKALONGAN" };
const KASUB = { nama: "SRI HANDAYANI, S.E.", nip: "19820304 200801 2 011", jab: "KEPALA SUB BAGIAN KEUANGAN DAN ASET DINAS SOSIAL KOTA PEKALONGAN" };
const PK = "PK Kasubbag Keu";
const RA = "RA 2025";
const SK = "Meningkatnya kualitas pengelolaan keuangan Dinas Sosial";
const IND = [
  { nama: "Persentase dokumen penatausahaan keuangan yang diverifikasi tepat waktu", satuan: "%", target: 100, tw: [100, 100, 100, 100] },
  { nama: "Jumlah laporan keuangan yang tersusun", satuan: "Laporan", target: 14, tw: [3, 7, 10, 14] },
];
const PROG = ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"];
const KEG = ["1.06.01.2.02", "Administrasi Keuangan Perangkat Daerah"];
const m12 = (v: number) => Array(12).fill(v) as (number | null)[];
const at = (months: Record<number, number>) => Array.from({ length: 12 }, (_, k) => months[k + 1] ?? null);
const SUB = [
  {
    kode: "1.06.01.2.02.0001", nama: "Penyediaan Gaji dan Tunjangan ASN", rek: [
      { kode: "5.1.01.01.01.0001", nama: "Belanja Gaji Pokok PNS", m: m12(412_000_000) },
      { kode: "5.1.01.01.02.0001", nama: "Belanja Tunjangan Keluarga PNS", m: m12(41_500_000) },
    ],
  },
  {
    kode: "1.06.01.2.02.0003", nama: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", rek: [
      { kode: "5.1.02.01.01.0024", nama: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", m: at({ 1: 6_000_000, 4: 6_000_000, 7: 6_000_000, 10: 6_000_000 }) },
      { kode: "5.1.02.01.01.0052", nama: "Belanja Makanan dan Minuman Rapat", m: m12(2_250_000) },
    ],
  },
  {
    kode: "1.06.01.2.02.0005", nama: "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", rek: [
      { kode: "5.1.02.02.01.0003", nama: "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", m: at({ 1: 7_500_000, 2: 7_500_000 }) },
      { kode: "5.1.02.01.01.0052", nama: "Belanja Makanan dan Minuman Rapat", m: at({ 1: 3_600_000, 2: 3_600_000, 12: 3_600_000 }) },
    ],
  },
].map((s) => ({ ...s, plan: Array.from({ length: 12 }, (_, k) => sum(s.rek.map((r) => r.m[k] ?? 0))) }))
  .map((s) => ({ ...s, pagu: sum(s.plan) }));
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MCOLS = ["K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V"];
const RAK_HEADER = 10;

function build(): Book {
  const book = new Book("pekalongan-dinsos-ra-rak-per-rekening-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KASUB.jab);
  p.row("A4", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A5:A6", 1).merge("B5:B6", SK);
  IND.forEach((i, k) => p.row(`C${5 + k}`, [i.nama, i.satuan, i.target]));
  p.row("A8", ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"]);
  SUB.forEach((s, k) => p.row(`A${9 + k}`, [k + 1, s.kode, s.nama, idr(s.pagu)]));
  p.merge("A12:C12", "Jumlah").put("D12", idr(sum(SUB.map((s) => s.pagu))));
  p.put("D14", "Pekalongan, 6 Januari 2025");
  p.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${SEKDIS.jab},`, null, `${KASUB.jab},`]]);
  p.row("B20", [SEKDIS.nama, null, KASUB.nama]);
  p.row("B21", [`NIP. ${SEKDIS.nip}`, null, `NIP. ${KASUB.nip}`]);

  const r = book.sheet(RA);
  r.merge("A1:V1", "RENCANA AKSI TAHUN 2025").merge("A2:V2", KASUB.jab);
  ["A4:A5", "B4:B5", "C4:C5", "D4:D5"].forEach((m, k) => r.merge(m, ["No", "Indikator Kinerja", "Satuan", "Target"][k]));
  r.merge("E4:H4", "Target Triwulan").row("E5", ["TW I", "TW II", "TW III", "TW IV"]);
  IND.forEach((i, k) => r.row(`A${6 + k}`, [k + 1, i.nama, i.satuan, i.target, ...i.tw]));
  r.row(`A${RAK_HEADER}`, ["Tahun", "Kode Program", "Program", "Kode Kegiatan", "Kegiatan", "Kode Sub Kegiatan", "Sub Kegiatan", "Kode Rekening", "Rekening", "Total RAK", ...MONTHS]);
  let row = RAK_HEADER + 1;
  for (const s of SUB) for (const k of s.rek) {
    const total: V = { f: `SUM(K${row}:V${row})`, v: sum(k.m.map((x) => x ?? 0)) };
    r.row(`A${row}`, [2025, PROG[0], PROG[1], KEG[0], KEG[1], s.kode, s.nama, k.kode, k.nama, total, ...k.m.map((x) => (x === null ? null : rp(x)))]);
    row++;
  }
  r.put("S19", "Pekalongan, 6 Januari 2025");
  r.put("S20", `${KASUB.jab},`);
  r.put("S24", KASUB.nama);
  r.put("S25", `NIP. ${KASUB.nip}`);
  return book;
}

const rakRows = (s: number) => {
  let row = RAK_HEADER + 1;
  for (let k = 0; k < s; k++) row += SUB[k].rek.length;
  return SUB[s].rek.map((_, j) => row + j);
};

export const pekalonganRak: Layout = {
  name: "pekalongan-dinsos-ra-rak-per-rekening-2025",
  source: "code index id 59594545218 (Laravel `RakBulananExport`, one row per Sub Kegiatan + Kode Rekening, `Total RAK` formula, `Januari..Desember`; repository not named); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: KASUB.jab, level: "eselon4", atasan: null, nama: KASUB.nama, nip: KASUB.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: SEKDIS.jab, nama: SEKDIS.nama, nip: SEKDIS.nip.replace(/\D/g, "") },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SK })),
        anggaran: SUB.map((s) => ({ kode: s.kode, nama: s.nama, pagu: s.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "kode-invalid", sheet: RA }, { rule: "kode-level-mismatch", sheet: RA }, { rule: "pagu-mismatch", sheet: RA },
      { rule: "rak-sum", sheet: RA }, { rule: "value-unreadable", sheet: RA }, { rule: "indikator-unknown", sheet: RA },
      { rule: "pk-unlinked", sheet: RA }, { rule: "target-mismatch", sheet: RA }, { rule: "tw-target-inconsistent", sheet: RA },
      { rule: "sheet-unrecognised", sheet: RA }, { rule: "renaksi-missing", sheet: PK },
    ],
    // Every month cell of the RAK: read into the plan or reported, never dropped.
    unreadOrRead: SUB.map((s, k) => ({
      sheet: RA,
      what: `RAK bulanan ${s.kode} by rekening`,
      cells: rakRows(k).flatMap((row, j) => s.rek[j].m.flatMap((v, m) => (v === null ? [] : [`${MCOLS[m]}${row}`]))),
    })),
  },
  checks: [
    {
      name: "RA 2025 is the Kasubbag's Rencana Aksi: TW targets read, no rekening kode read as a budget kode",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        expect(s ? { pk: s.pk, ind: s.indikator.map((i) => [i.nama, i.tw]) } : "not a Rencana Aksi").toEqual({ pk: pk?.id ?? "(Kasubbag PK)", ind: IND.map((i) => [i.nama, i.tw]) });
        expect(s!.plan.filter((p) => p.kode && p.kode.startsWith("5.")).map((p) => p.kodeCell)).toEqual([]);
      },
    },
    {
      // What a Bappeda planner expects (spec silent on rekening rows): the RAK of each sub kegiatan is the sum of its
      // rekening rows, the PK's Kurva S plan reaches 100 % in December.
      name: "the plan of each sub kegiatan is the month-by-month sum of its rekening rows; Kurva S rencana reaches 100 % in December",
      run(out) {
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        const got = (s?.plan ?? []).map((p) => [p.kode, p.keuangan?.values.map((v) => v ?? 0) ?? null]);
        expect(got).toEqual(SUB.map((x) => [x.kode, x.plan]));
        const k = out.results.kurvaS.find((x) => x.sheet === PK);
        expect({ pagu: k?.pagu, december: k?.rencanaKeuangan[11] == null ? null : Math.round(k.rencanaKeuangan[11]!) }).toEqual({ pagu: sum(SUB.map((x) => x.pagu)), december: 100 });
      },
    },
  ],
};
