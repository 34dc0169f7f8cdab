/**
 * Kabupaten Karawang, BKPSDM: the PK 2025 of a Kepala Bidang (the app's PK print) and the app's Rencana Aksi of the
 * same Kabid as the app downloads it (`Content-type: application/vnd-ms-excel`, an HTML table saved as .xls): no
 * quarterly targets at all, but a MONTHLY SCHEDULE: `TARGET PELAKSANAAN URAIAN KEGIATAN` merged over twelve columns
 * headed `1 .. 12` (the months, printed like a numbering row), a `√` in each month an action is carried out; the
 * `TARGET KEGIATAN ( TW )` group over `(blank) | KINERJA | ANGGARAN` left empty by the template; the indikator's annual
 * target with its satuan glued (`80 %`) in `TARGET ( SESUAI DENGAN TAHUN YANG DIJANJIKAN )`, and a SECOND target
 * column `TARGET URAIAN KEGIATAN ( OUTPUT )` holding each action's output (`4 Kegiatan`, `12 Laporan`). Sasaran,
 * indikator, target and program are repeated on every action row (no rowspan), kegiatan and anggaran are merged over
 * their actions, the kegiatan name carries the template's debug suffix `|1`, No counts the action rows. The signature
 * (its own HTML table, so it lands in columns A..C) is the template's placeholder: `Karawang, xxx`, `PEJABAT PENILAI,`,
 * `xxx` / `NIP. xxx` on both sides.
 *
 * Sources: ahmadrohada/bkpsdm_pare @d0cf632a `resources/views/pare_pns/printouts/cetak_rencana_aksi-Eselon3.blade.php`
 * (headers, rowspans, `kegiatan_label.'|'.$merge`, the signature table) and
 * `app/Http/Controllers/API/RencanaAksiAPIController.php` (`indikator_sasaran_target.' '.indikator_sasaran_satuan`,
 * `rencana_aksi_target.' '.rencana_aksi_satuan`, `"Rp. ". number_format(cost,'0',',','.')`, `&radic;` per month of
 * `waktu_pelaksanaan`; the query joins every indikator of the sasaran and groups by the action, so every action row
 * shows the sasaran's FIRST indikator: the second indikator of the PK never appears in the Rencana Aksi). The PK sheet:
 * the same app's `cetak_perjanjian_kinerja-Eselon3.blade.php` (see karawang-bkpsdm-pare-kabid-2025). The title rows
 * `RENCANA AKSI TAHUN 2025` / jabatan are the planner's (the download has only `Tanggal Cetak`). Made up: names, NIPs,
 * sasaran, indikator, targets, actions, months, amounts.
 *
 * Correct reading (workbook.md §1, §2, §5; where the spec is silent, what a Bappeda planner expects, said so):
 * - `PK`: one eselon3 PK (Kepala Bidang), Pihak Kedua the Kepala Badan from the `Jabatan :` statement rows (not in the
 *   workbook: atasan-missing), two indikator, targets `85 %` and `120 Orang` read as 85 and 120, two kegiatan.
 * - `RA`: the Rencana Aksi of that PK (its jabatan line). Its indikator: the one of column C (five rows, ONE indikator,
 *   not a duplicate), annual target D = `80 %` → 80, which differs from the PK's 85: target-mismatch (D7; the same cell
 *   repeated on D8..D11 may give it again). The spec's Rencana Aksi has quarterly targets; here there are none: the `1
 *   .. 12` row is the months of a schedule (no numbering row, no indikator), the `√` marks are no targets and no money,
 *   the empty `TARGET KEGIATAN ( TW )` columns give no TW targets: no tw-target-inconsistent. Column H (`TARGET URAIAN
 *   KEGIATAN`) is the actions' output, never the indikator's target. The spec is silent on a month schedule of `√`: a
 *   planner expects it reported as not read (or read as nothing), never dropped. The PK's second indikator has no row
 *   in the Rencana Aksi: renaksi-missing (a genuine warning, from the template's query).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";
import { findPk } from "../truth";

const PK = "PK";
const RA = "RA";
const KABAN = { nama: "Drs. ASEP AANG RAHMATULLAH, M.Si.", nip: "19700609 199103 1 005", jab: "Kepala Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia" };
const KABID = { nama: "NENG SITI NURJANAH, S.Sos., M.Si.", nip: "19790423 200604 2 011", jab: "Kepala Bidang Pengembangan Kompetensi Aparatur" };
const SAS = "Meningkatnya kompetensi aparatur sipil negara";
const PROG = "Program Pengembangan Sumber Daya Manusia";
const IND = [
  { nama: "Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP", text: "85 %", target: 85, ra: "80 %", raTarget: 80 },
  { nama: "Jumlah ASN yang mengikuti pendidikan dan pelatihan kepemimpinan", text: "120 Orang", target: 120 },
];
const KEG = [
  { nama: "Pengembangan Kompetensi Teknis", pagu: 865_400_000 },
  { nama: "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional", pagu: 1_240_750_000 },
];
const AKSI = [
  { keg: 0, nama: "Pelaksanaan bimbingan teknis penyusunan SKP", out: "4 Kegiatan", bulan: [3, 6, 9, 11] },
  { keg: 0, nama: "Fasilitasi pembelajaran e-learning ASN", out: "12 Laporan", bulan: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  { keg: 1, nama: "Pengiriman peserta Pelatihan Kepemimpinan Administrator", out: "60 Orang", bulan: [4, 5, 6, 7, 8] },
  { keg: 1, nama: "Pengiriman peserta Pelatihan Kepemimpinan Pengawas", out: "60 Orang", bulan: [7, 8, 9, 10] },
  { keg: 1, nama: "Uji kompetensi jabatan fungsional", out: "150 Orang", bulan: [5, 10] },
];
const MONTH_COLS = ["J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"];

function build(): Book {
  const book = new Book("karawang-bkpsdm-renaksi-jadwal-bulan-2025.xlsx");

  const p = book.sheet(PK);
  // page 1: the statement (the jabatan of both sides only here), as the app prints it
  p.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025");
  p.merge("A3:D3", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan dibawah ini :");
  p.rows("A4", [["Nama", ":", KABID.nama], ["Jabatan", ":", KABID.jab]]);
  p.merge("A6:D6", "Selanjutnya disebut PIHAK KESATU");
  p.rows("A7", [["Nama", ":", KABAN.nama], ["Jabatan", ":", KABAN.jab]]);
  p.merge("A9:D9", "Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA");
  p.merge("A10:D10", "PIHAK KESATU berjanji akan mewujudkan target kinerja yang seharusnya sesuai perjanjian ini, dalam rangka mewujudkan target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  // page 2: the lampiran
  p.merge("A14:D14", "PERJANJIAN KINERJA  TAHUN 2025");
  p.merge("A15:D15", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA");
  p.merge("A16:D16", KABID.jab);
  p.put("A18", "Tanggal Cetak   : 06-01-2025 09:12:44");
  p.row("A19", ["NO", "SASARAN STRATEGIS/PROGRAM", "INDIKATOR PROGRAM", "TARGET"]);
  IND.forEach((i, k) => p.row(`A${20 + k}`, [k + 1, `${SAS} / ${PROG}`, i.nama, i.text])); // 20..21
  p.row("A23", ["NO", "KEGIATAN", "ANGGARAN", " KETERANGAN "]);
  KEG.forEach((g, k) => p.row(`A${24 + k}`, [k + 1, g.nama, `Rp. ${idr(g.pagu)}`])); // 24..25
  p.merge("A26:B26", "TOTAL ANGGARAN").merge("C26:D26", `Rp. ${idr(sum(KEG.map((g) => g.pagu)))}`);
  p.put("D28", "Karawang, 06-01-2025");
  p.put("B29", "PEJABAT PENILAI,").put("D29", KABID.jab);
  p.put("B31", `${KABAN.nama}\nNIP. ${KABAN.nip}`).put("D31", `${KABID.nama}\nNIP. ${KABID.nip}`);

  const r = book.sheet(RA);
  r.merge("A1:X1", "RENCANA AKSI TAHUN 2025").merge("A2:X2", KABID.jab);
  r.put("A3", "Tanggal Cetak  : 06-01-2025 10:41:07");
  ["A", "B", "C", "D", "E", "F", "G", "H", "I"].forEach((c) => r.merges.push(`${c}5:${c}6`));
  r.row("A5", ["NO", "SASARAN", "INDIKATOR SASARAN KINERJA UTAMA", "TARGET ( SESUAI DENGAN TAHUN YANG DIJANJIKAN )", "PROGRAM", "KEGIATAN", "URAIAN KEGIATAN", "TARGET URAIAN KEGIATAN ( OUTPUT )", "ANGGARAN KEGIATAN ( APBD )", "TARGET PELAKSANAAN URAIAN KEGIATAN"]);
  r.merges.push("J5:U5");
  r.put("V5", "TARGET KEGIATAN ( TW )");
  r.merges.push("V5:X5");
  r.row("J6", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null, "KINERJA", "ANGGARAN"]);
  let row = 7;
  KEG.forEach((g, gk) => {
    const acts = AKSI.filter((a) => a.keg === gk);
    if (acts.length > 1) r.merge(`F${row}:F${row + acts.length - 1}`, `${g.nama}|1`).merge(`I${row}:I${row + acts.length - 1}`, `Rp. ${idr(g.pagu)}`);
    else r.put(`F${row}`, `${g.nama}|1`).put(`I${row}`, `Rp. ${idr(g.pagu)}`);
    for (const a of acts) {
      r.row(`A${row}`, [row - 6, SAS, IND[0].nama, IND[0].ra, PROG]);
      r.row(`G${row}`, [a.nama, a.out]);
      a.bulan.forEach((m) => r.put(`${MONTH_COLS[m - 1]}${row}`, "√"));
      row++;
    }
  }); // 7..11
  // the signature table: its own <table>, three <td> per row, so columns A..C
  r.put("C14", "Karawang, xxx");
  r.put("A15", "PEJABAT PENILAI,");
  r.put("A17", "xxx\nNIP. xxx").put("C17", "xxx\nNIP. xxx");
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const checkCells = AKSI.flatMap((a, k) => a.bulan.slice(0, 1).map((m) => `${MONTH_COLS[m - 1]}${7 + k}`));

export const karawangRenaksiJadwalBulan: Layout = {
  name: "karawang-bkpsdm-renaksi-jadwal-bulan-2025",
  source: "ahmadrohada/bkpsdm_pare @d0cf632a `resources/views/pare_pns/printouts/cetak_rencana_aksi-Eselon3.blade.php`, `app/Http/Controllers/API/RencanaAksiAPIController.php` (√ per month, glued satuan, `|1` suffix); PK: `cetak_perjanjian_kinerja-Eselon3.blade.php`; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: KABID.jab, level: "eselon3", atasan: null, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KABAN.jab, nama: KABAN.nama, nip: digits(KABAN.nip) },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target })),
        anggaran: KEG.map((g) => ({ kode: null, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [{ rule: "target-mismatch", sheet: RA, cell: "D7" }],
    allowed: ["polaritas-guessed"],
    allowedAt: [
      { rule: "level-mismatch", sheet: PK, cell: "B19" }, // `SASARAN STRATEGIS/PROGRAM`, as in karawang-bkpsdm-pare-kabid-2025
      ...["D8", "D9", "D10", "D11"].map((cell) => ({ rule: "target-mismatch", sheet: RA, cell })),
    ],
    warnings: [
      { rule: "atasan-missing", sheet: PK },
      { rule: "renaksi-missing", sheet: PK, cell: "C21" }, // the second indikator never reaches the Rencana Aksi
    ],
    absent: [
      { rule: "pk-unlinked", sheet: RA }, { rule: "indikator-duplicate", sheet: RA }, { rule: "tw-target-inconsistent", sheet: RA },
      { rule: "tahun-missing", sheet: RA }, { rule: "value-unreadable", sheet: RA }, { rule: "indikator-unknown", sheet: RA },
      { rule: "satuan-mismatch", sheet: RA }, { rule: "tw-target-decreasing", sheet: RA }, { rule: "rak-sum", sheet: RA },
      { rule: "pagu-mismatch", sheet: RA }, { rule: "fisik-invalid", sheet: RA }, { rule: "target-missing", sheet: RA },
      { rule: "renaksi-missing", sheet: PK, cell: "C20" }, { rule: "jumlah-mismatch", sheet: PK }, { rule: "pihak-missing", sheet: PK },
    ],
    unreadOrRead: [
      { sheet: RA, cells: checkCells, what: "the √ of the monthly schedule (first month of each action)" },
      { sheet: RA, cells: ["H7", "H8", "H9", "H10", "H11"], what: "TARGET URAIAN KEGIATAN (output of each action)" },
    ],
  },
  checks: [
    {
      name: "the Rencana Aksi belongs to the PK: one indikator, annual target 80 from column D, no quarterly targets from the schedule",
      run(out) {
        const pk = findPk(out.model, { sheet: PK, jabatan: KABID.jab });
        const ra = out.model.renaksi.find((s) => s.sheet === RA);
        const ind = (ra?.indikator ?? []).map((i) => [squash(i.nama), i.target, i.targetCell, i.tw]);
        const uniq = ind.filter((x, k) => ind.findIndex((y) => y[0] === x[0]) === k);
        expect({ pk: ra?.pk ?? null, ind: uniq }).toEqual({ pk: pk?.id ?? "(Kabid PK)", ind: [[IND[0].nama, IND[0].raTarget, "D7", [null, null, null, null]]] });
      },
    },
  ],
};
