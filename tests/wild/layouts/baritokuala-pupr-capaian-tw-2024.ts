/**
 * Kabupaten Barito Kuala, Dinas Pekerjaan Umum dan Penataan Ruang: the Kadis PK (common layout of workbook.md §1) and
 * the e-SAKIP's `Capaian Kinerja Pejabat Esselon II Tahun 2024` table copied from the browser into the next sheet.
 *
 * Layout of the capaian sheet: fendyanjapu/sakip @91e204a2f73abe78e2a1ca1d63ea7ad0a916b00d
 * `resources/views/capaian-kinerja/index.blade.php` (the Barito Kuala e-SAKIP; the columns are those of
 * `database/migrations/2024_04_29_063526_create_capaian_kinerjas_table.php`). Real, from the template: the title
 * `Capaian Kinerja Pejabat Esselon II Tahun <year>` (the app's spelling; neither REALISASI nor PENGUKURAN KINERJA) and the
 * OPD's name under it; the header `NO | IKU | Target Tahunan | Target dan Realisasi | Penyebab Keberhasilan | Hambatan Dan
 * Kendala | Upaya Perbaikan Yang Telah Dilakukan | Rekomendasi | #`, `Target dan Realisasi` over `Triwulan I .. IV`, each
 * over `Target | Realisasi` (so a quarterly target AND the realisasi per quarter in one table); every value a typed string;
 * no satuan column; the row's action buttons pasted as their text (`Edit Hapus`) in the `#` column.
 * Made up: the dinas's names, NIP, indikator, targets, realisasi, the four texts, amounts, kode.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "H. BAHRUL ILMI, S.Sos., M.Si.";
const KADIS = "Ir. MUHAMMAD RIDWAN NOOR, M.T.";
const KADIS_JAB = "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN BARITO KUALA";
const SS = "Meningkatnya kualitas infrastruktur wilayah";
const IND = [
  { nama: "Persentase jalan kabupaten dalam kondisi mantap", satuan: "%", target: 68, tgt: ["62", "64", "66", "68"], real: ["61,8", "63,9"], why: "Pemeliharaan rutin swakelola", hambat: "Curah hujan tinggi", upaya: "Penambahan alat berat", rek: "Percepatan lelang" },
  { nama: "Persentase rumah tangga dengan akses air minum layak", satuan: "%", target: 82.5, tgt: ["80", "81", "82", "82,5"], real: ["80,4", "80,9"], why: "SPAM perdesaan selesai", hambat: "Lahan gambut", upaya: "Koordinasi dengan PDAM", rek: "-" },
  { nama: "Jumlah dokumen rencana detail tata ruang yang ditetapkan", satuan: "Dokumen", target: 2, tgt: ["0", "0", "1", "2"], real: ["0", "0"], why: "-", hambat: "Menunggu persetujuan substansi", upaya: "Konsultasi ke Kementerian ATR/BPN", rek: "Percepat pembahasan" },
  { nama: "Indeks Kepuasan Masyarakat", satuan: "Indeks", target: 82, tgt: ["80", "80", "81", "82"], real: ["80,6", "81,2"], why: "Layanan PBG daring", hambat: "-", upaya: "-", rek: "-" },
];
const PROG = [
  { kode: "1.03.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 14_862_415_000 },
  { kode: "1.03.03", nama: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM", pagu: 9_418_600_000 },
  { kode: "1.03.10", nama: "PROGRAM PENYELENGGARAAN JALAN", pagu: 62_735_250_000 },
  { kode: "1.03.06", nama: "PROGRAM PENATAAN BANGUNAN GEDUNG", pagu: 1_204_300_000 },
];

function build(): Book {
  const book = new Book("baritokuala-pupr-capaian-tw-2024.xlsx");
  const k = book.sheet("PK Kadis");
  k.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2024").merge("A2:E2", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN BARITO KUALA");
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  k.merge("A5:A8", 1).merge("B5:B8", SS);
  IND.forEach((i, j) => k.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  k.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => k.row(`A${11 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  k.merge("A15:C15", "Jumlah").put("D15", idr(sum(PROG.map((p) => p.pagu))));
  k.put("D17", "Marabahan, 2 Januari 2024");
  k.row("B18", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B19", ["BUPATI BARITO KUALA,", null, `${KADIS_JAB},`]);
  k.row("B23", [BUPATI, null, KADIS]);
  k.put("D24", "Pembina Utama Muda (IV/c)").put("D25", "NIP. 19700814 199703 1 006");

  const c = book.sheet("Capaian TW");
  c.put("A1", "Capaian Kinerja Pejabat Esselon II Tahun 2024");
  c.put("A2", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG");
  ["NO", "IKU", "Target Tahunan"].forEach((h, i) => c.merge(`${"ABC"[i]}4:${"ABC"[i]}6`, h));
  c.merge("D4:K4", "Target dan Realisasi");
  ["D", "F", "H", "J"].forEach((col, q) => {
    const next = String.fromCharCode(col.charCodeAt(0) + 1);
    c.merge(`${col}5:${next}5`, `Triwulan ${["I", "II", "III", "IV"][q]}`);
    c.row(`${col}6`, ["Target", "Realisasi"]);
  });
  ["Penyebab Keberhasilan", "Hambatan Dan Kendala", "Upaya Perbaikan Yang Telah Dilakukan", "Rekomendasi", "#"].forEach((h, i) => c.merge(`${"LMNOP"[i]}4:${"LMNOP"[i]}6`, h));
  IND.forEach((x, j) => {
    const r = 7 + j;
    c.row(`A${r}`, [j + 1, x.nama, String(x.target).replace(".", ",")]);
    c.row(`D${r}`, [x.tgt[0], x.real[0], x.tgt[1], x.real[1], x.tgt[2], null, x.tgt[3], null]);
    c.row(`L${r}`, [x.why, x.hambat, x.upaya, x.rek, "Edit Hapus"]);
  });
  return book;
}

const PK = "PK Kadis";
const CAP = "Capaian TW";
const num = (s: string) => Number(s.replace(",", "."));

export const baritokualaCapaianTw: Layout = {
  name: "baritokuala-pupr-capaian-tw-2024",
  source: "fendyanjapu/sakip @91e204a2 `resources/views/capaian-kinerja/index.blade.php` (Kabupaten Barito Kuala e-SAKIP, quarterly Target | Realisasi pairs + Penyebab / Hambatan / Upaya / Rekomendasi)",
  build,
  truth: {
    tahun: 2024,
    // By its content the Realisasi of the single PK (`Realisasi` under each `Triwulan n`, the PK's indikator and annual
    // targets); the title words are not §3's but the meaning is (as tapin-disdukcapil-capaian-2024).
    sheets: { [PK]: "pk", [CAP]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: "197008141997031006",
        pihakKedua: { jabatan: "BUPATI BARITO KUALA", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "indikator-unknown", sheet: CAP }, { rule: "target-mismatch", sheet: CAP }, { rule: "value-unreadable", sheet: CAP },
      { rule: "pk-unlinked", sheet: CAP }, { rule: "tahun-missing", sheet: CAP }, { rule: "realisasi-after-period", sheet: CAP },
    ],
    // The quarterly targets (a Rencana Aksi's content, beside the realisasi): no place in a Realisasi sheet's model;
    // read or reported, never dropped. (Lead: the four texts Penyebab / Hambatan / Upaya / Rekomendasi are note
    // columns, recognised as layout as workbook.md §6 allows, like `Kendala` and `Tindak Lanjut`.)
    unreadOrRead: [
      { sheet: CAP, cells: ["D7", "F8", "H9", "J10"], what: "quarterly targets in the Target sub-columns" },
    ],
  },
  checks: [
    {
      name: "realisasi TW I and TW II are the Realisasi sub-columns (E, G), never the quarter's Target (D, F)",
      run(out) {
        const s = out.model.realisasi.find((x) => x.sheet === CAP);
        expect(s?.indikator.map((i) => [i.nama.trim(), i.tw])).toEqual(IND.map((i) => [i.nama, [num(i.real[0]), num(i.real[1]), null, null]]));
      },
    },
  ],
};
