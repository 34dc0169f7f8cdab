/**
 * Kota Bandung, Dinas Kesehatan: the PK 2025 beside the quarterly "Evaluasi Terhadap Hasil Renja" (the Permendagri 86/2017
 * form E.81) that the kota's monev app prints, pasted into the same workbook by the planner.
 *
 * Layout of the evaluation: ariefs66/sira_hibah_v4 @039ff4a1e1a85640a0acd2cb57c972f624e49987, resources/views/monev/pdf.blade.php.
 * Real, from the template: three title lines `Evaluasi Terhadap Hasil Renja Perangkat Daerah Lingkup Kota Bandung` /
 * `Renja Perangkat Daerah <SKPD> Kota Bandung` / `Periode Pelaksanaan : <year>`, the caption `Indikator dan target Kinerja
 * Perangkat Daerah Kota yang mengacu pada sasaran RKPD :`, a four-row header: `No | Sasaran | Program/ Kegiatan |
 * Indikator Kinerja Program (outcome)/Kegiatan(output)` then column pairs `Target Renstra …`, `Realisasi Capaian Kinerja
 * Renstra …`, `Target Kinerja dan Anggaran Renja …`, `Realisasi Kinerja Pada Triwulan (Rp)` over `1 .. 4`,
 * `Realisasi Capaian …`, `Realisasi Kinerja dan Anggaran Renstra …`, `Tingkat Capaian …(%)`, `Unit PD Penanggung Jawab`;
 * a numbering row `1 2 3 4 5 … 12 13=6+12 14=13/5x100% 15`; a `K | Rp` row; one bold row per program and one per
 * kegiatan (`T1 satuan` in the K column of each quarter, the anggaran in the Renja Rp column, number_format with `.`);
 * then `Rata-rata capaian kinerja (%)`, `Predikat kinerja`, `Faktor pendorong …`, `Faktor penghambat …`, two
 * `Tindak Lanjut …` rows over the whole width; signatures `Disusun` / `Dievaluasi`, `Disusun, <date>` / `Bandung, <date>`.
 * The PK sheet: workbook.md §1 with `Indikator Kinerja Utama`, `Target 2025`, the unit typed after the number.
 * Made up: names, NIP, indikator, targets, programs, kegiatan and amounts.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KADIS = "dr. ANHAR HADIAN, M.K.M.";
const NIP = "197208122002121004";
const WALIKOTA = "MUHAMMAD FARHAN";
const JABATAN = "KEPALA DINAS KESEHATAN KOTA BANDUNG";
const S1 = "Meningkatnya derajat kesehatan masyarakat";
const IND = [
  { nama: "Angka Kematian Ibu", text: "95 per 100.000 KH", target: 95, satuan: "per 100.000 KH" },
  { nama: "Angka Kematian Bayi", text: "6,2 per 1.000 KH", target: 6.2, satuan: "per 1.000 KH" },
  { nama: "Prevalensi balita stunting", text: "14 %", target: 14, satuan: "%" },
];
const PROG = [
  { kode: "1.02.01", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", pagu: 385_214_600_000 },
  { kode: "1.02.02", nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", pagu: 612_480_350_000 },
];

function build(): Book {
  const book = new Book("bandung-dinkes-evaluasi-renja-2025.xlsx");
  const pk = book.sheet("PK 2025");
  pk.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], ["DINAS KESEHATAN KOTA BANDUNG"]]);
  pk.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target 2025"]);
  IND.forEach((i, k) => pk.row(`C${5 + k}`, [i.nama, i.text]));
  pk.merge("A5:A7", 1).merge("B5:B7", S1);
  pk.row("A9", ["No", "Kode", "Program", "Pagu (Rp)"]);
  PROG.forEach((p, k) => pk.row(`A${10 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  pk.row("C12", ["Jumlah", idr(sum(PROG.map((p) => p.pagu)))]);
  pk.put("D14", "Bandung, 5 Februari 2025");
  pk.row("B15", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  pk.row("B16", ["WALI KOTA BANDUNG,", null, `${JABATAN},`]);
  pk.row("B20", [WALIKOTA, null, KADIS]);
  pk.put("D21", "NIP. 19720812 200212 1 004");

  const ev = book.sheet("Evaluasi Renja TW III");
  ev.merge("A1:Y1", "Evaluasi Terhadap Hasil Renja Perangkat Daerah Lingkup Kota Bandung");
  ev.merge("A2:Y2", "Renja Perangkat Daerah Dinas Kesehatan Kota Bandung");
  ev.merge("A3:Y3", "Periode Pelaksanaan : 2025");
  ev.put("A5", "Indikator dan target Kinerja Perangkat Daerah Kota yang mengacu pada sasaran RKPD :");
  ev.merge("A7:A8", "No").merge("B7:B8", "Sasaran").merge("C7:C8", "Program/ Kegiatan").merge("D7:D8", "Indikator Kinerja Program (outcome)/Kegiatan(output)");
  ev.merge("E7:F8", "Target Renstra Perangkat Daerah Pada Tahun 2025 (Akhir Periode Renstra Perangkat Daerah)");
  ev.merge("G7:H8", "Realisasi Capaian Kinerja  Renstra PD sampai dengan PD tahun lalu (n-2)");
  ev.merge("I7:J8", "Target Kinerja dan Anggaran Renja PD tahun berjalan (Tahun n-1) yang di evaluasi");
  ev.merge("K7:R7", "Realisasi Kinerja Pada Triwulan\n(Rp)");
  ev.merge("K8:L8", 1).merge("M8:N8", 2).merge("O8:P8", 3).merge("Q8:R8", 4);
  ev.merge("S7:T8", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang di Evaluasi");
  ev.merge("U7:V8", "Realisasi Kinerja dan Anggaran Renstra PD s/d tahun 2025 PD yang di Evaluasi");
  ev.merge("W7:X8", "Tingkat Capaian Kinerja dan Realisasi Anggaran Resntra PD s/d tahun 2025(%) ");
  ev.merge("Y7:Y8", "Unit PD Penanggung Jawab");
  ev.merge("A9:A10", 1).merge("B9:B10", 2).merge("C9:C10", 3).merge("D9:D10", 4);
  ["5", "6", "7", "8", "9", "10", "11", "12", "13=6+12", "14=13/5x100%"].forEach((n, i) => {
    const c = String.fromCharCode(69 + 2 * i);
    const d = String.fromCharCode(70 + 2 * i);
    ev.merge(`${c}9:${d}9`, n.length <= 2 ? Number(n) : n).put(`${c}10`, "K").put(`${d}10`, "Rp");
  });
  ev.merge("Y9:Y10", 15);
  const rows: [string, string, string, number, string[], number | null][] = [
    [S1, PROG[1].nama, "Persentase fasilitas kesehatan yang memenuhi standar pelayanan", 612_480_350_000, ["62 %", "70 %", "78 %"], null],
    [S1, "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", "Jumlah puskesmas yang menyelenggarakan layanan kesehatan ibu dan anak sesuai standar", 214_750_000_000, ["80 Unit", "80 Unit", "80 Unit"], 148_215_400_000],
    [S1, "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", "Jumlah fasilitas kesehatan yang direhabilitasi", 96_420_000_000, ["2 Unit", "5 Unit", "9 Unit"], 52_118_750_000],
  ];
  rows.forEach(([s, p, ind, angg, tw, real], k) => {
    const r = 11 + k;
    ev.row(`A${r}`, [k + 1, s, p, ind]);
    ev.put(`J${r}`, idr(angg));
    tw.forEach((v, q) => ev.put(`${String.fromCharCode(75 + 2 * q)}${r}`, v));
    if (real !== null) ev.put(`T${r}`, idr(real));
    ev.put(`Y${r}`, "Dinas Kesehatan");
  });
  ev.merge("A14:J14", "Rata-rata capaian kinerja (%)").merge("A15:J15", "Predikat kinerja");
  ev.merge("A16:Y16", "Faktor pendorong keberhasilan kinerja : dukungan lintas sektor dan kader posyandu");
  ev.merge("A17:Y17", "Faktor penghambat pencapaian kinerja : keterlambatan pengadaan alat kesehatan");
  ev.merge("A18:Y18", "Tindak Lanjut yang diperlukan dalam triwulan berikutnya : percepatan proses pengadaan");
  ev.merge("A19:Y19", "Tindak Lanjut yang diperlukan dalam Renja Perangkat Daerah : penyesuaian target rehabilitasi fasilitas");
  ev.row("W21", ["Disusun", "Dievaluasi"]);
  ev.row("W22", ["Disusun, 10 Oktober 2025", "Bandung, 10 Oktober 2025"]);
  return book;
}

const PK = "PK 2025";
const EV = "Evaluasi Renja TW III";

export const bandung: Layout = {
  name: "bandung-dinkes-evaluasi-renja-2025",
  source: "ariefs66/sira_hibah_v4 @039ff4a1 resources/views/monev/pdf.blade.php (form E.81, Kota Bandung)",
  build,
  truth: {
    tahun: 2025,
    // workbook.md §6: an Evaluasi Renja form is no PK companion — a sheet not read, never a Realisasi of the PK.
    sheets: { [PK]: "pk", [EV]: "lain" },
    pk: [
      {
        sheet: PK, jabatan: JABATAN, level: "eselon2", atasan: null, nama: KADIS, nip: NIP,
        pihakKedua: { jabatan: "WALI KOTA BANDUNG", nama: WALIKOTA, nip: null },
        // `95 per 100.000 KH`: the unit after the number is the satuan (issue 11 §2, workbook.md §5).
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: S1 })),
        anggaran: PROG.map((p) => ({ kode: p.kode, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "satuan-missing", sheet: PK }, { rule: "value-unreadable", sheet: PK }, { rule: "target-missing", sheet: PK },
      { rule: "isi-tak-terbaca", sheet: PK },
      { rule: "indikator-unknown", sheet: EV }, { rule: "pk-unlinked", sheet: EV }, { rule: "target-mismatch", sheet: EV },
      { rule: "satuan-mismatch", sheet: EV }, { rule: "pagu-mismatch", sheet: EV }, { rule: "realisasi-over-pagu", sheet: EV },
      { rule: "tahun-missing", sheet: EV }, { rule: "tabel-missing", sheet: EV }, { rule: "pihak-missing", sheet: EV },
      { rule: "level-unknown", sheet: EV }, { rule: "value-unreadable", sheet: EV }, { rule: "isi-tak-terbaca", sheet: EV },
    ],
  },
  checks: [
    {
      name: "the evaluation form adds nothing to the model and is reported once as a sheet not read",
      run(out) {
        expect({ pk: out.model.pk.map((p) => p.sheet), renaksi: out.model.renaksi.length, realisasi: out.model.realisasi.length }).toEqual({ pk: [PK], renaksi: 0, realisasi: 0 });
        expect(out.findings.filter((f) => f.rule === "sheet-unrecognised").map((f) => f.sheet)).toEqual([EV]);
      },
    },
  ],
};
