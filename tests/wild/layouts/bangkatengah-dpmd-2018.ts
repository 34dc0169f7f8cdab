/**
 * Kabupaten Bangka Tengah, Dinas Pemberdayaan Masyarakat dan Desa: PK Perubahan 2018, its Rencana Aksi and its
 * "Pagu dan Realisasi Anggaran", as the e-SAKIP prints them.
 *
 * Layout: zakky-mabet/e-sakip (HEAD 434517af79d5e53a8d56cfe07b327e54115bad3d), CodeIgniter views
 * application/views/skpd/report/print/perjanjiankinerjaPerubahan.php @96ef43f1, vreaksi.php @d85383cf,
 * reanggaran.php @4f8d67b8, layout/header.php @49852c6f (the kop), helpers/indonesia_helper.php (date_id: `01 Oktober 2018`).
 * Real, from the templates: a kop table (logo cell, then PEMERINTAH KABUPATEN / unit / `Alamat : ...`), the titles
 * `PERNYATAAN PERJANJIAN KINERJA PERUBAHAN` / unit / `PERJANJIAN KINERJA PERUBAHAN TAHUN`, `Nama | : | value` rows where
 * only the first party is labelled (`Selanjutnya disebut sebagai PIHAK PERTAMA`; the Bupati's block has no label at all),
 * a three-column signature table (left 40 %, spacer, right 40 %) whose right cell holds the date, a blank line and
 * `PIHAK PERTAMA`, names with `NIP.` only when there is one; page 2 `PERJANJIAN KINERJA` with `SKPD :` / `TAHUN ANGGARAN :`
 * rows, the sasaran on ITS OWN ROW (rowspan = indikator + 1: the first row holds only No and Sasaran), numbering `1..5`,
 * `NO. | PROGRAM | ANGGARAN (Rp.) | SUMBER`, money through PHP number_format (`1,845,320,000`), `Total :` over No+Program,
 * and the whole signature again under the tables. Rencana Aksi: title `Rencana Rencana Aksi  (Tahun 2018)` (sic), a
 * `Sasaran : ...` row over all columns, then per indikator No (blank) | Indikator | Satuan | Target cell
 * `T1 = .. T2 = .. T3 = .. T4 = ..` (one line per quarter) | Program | Anggaran | Kegiatan | Anggaran | Output Kegiatan |
 * Target | Penanggung Jawab, the program rows repeated for every indikator of the sasaran. Realisasi: `Pagu dan Realisasi
 * Anggaran (Tahun 2018)`, `Triwulan 1..4` over `Realisasi | %`, a numbering row `1..11`, `Sasaran 1 | <text>` rows, the
 * programs of each sasaran only (the administrasi programs have none and are left out), `Total :` per sasaran,
 * `%` as PHP round() prints it (`14.53`).
 * Made up: names, NIP, indikator, targets, amounts (2018 Permendagri 13 program names, no kode); the perubahan template
 * prints `pk_sebab_perubahan` in the TARGET column (a bug of the app), replaced here by the target; the fourth quarter
 * left blank (the template prints `0`). Excel's default HTML paste puts every <br> on its own row; the Rencana Aksi's
 * T1..T4 cells are kept as one multi-line cell (the way a PDF-to-Excel conversion keeps them).
 */
import { Book, type Sheet } from "../book";
import { en, sum, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const KADIS = "EDI SUGIANTO, S.Sos, M.Si";
const NIP = "197005121993031007";
const BUPATI = "H. AHMAD FAUZAN, S.E., M.M.";
const UNIT = "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA";
const JABATAN = "KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA";

const S1 = "Meningkatnya kemandirian desa";
const S2 = "Meningkatnya partisipasi masyarakat dalam pembangunan desa";
const IND = [
  { s: 1, nama: "Jumlah desa mandiri", satuan: "Desa", target: 12, tw: [3, 6, 9, 12] },
  { s: 1, nama: "Jumlah desa berkembang", satuan: "Desa", target: 35, tw: [35, 35, 35, 35] },
  { s: 1, nama: "Persentase desa yang menyampaikan laporan APBDes tepat waktu", satuan: "%", target: 95, tw: [25, 50, 75, 95] },
  { s: 2, nama: "Persentase lembaga kemasyarakatan desa yang aktif", satuan: "%", target: 80, tw: [80, 80, 80, 80] },
  { s: 2, nama: "Jumlah BUMDes yang berkembang", satuan: "Unit", target: 20, tw: [5, 10, 15, 20] },
];
const PROG = [
  { nama: "Program Pelayanan Administrasi Perkantoran", pagu: 1_845_320_000, s: 0 },
  { nama: "Program Peningkatan Sarana dan Prasarana Aparatur", pagu: 612_500_000, s: 0 },
  { nama: "Program Peningkatan Keberdayaan Masyarakat Perdesaan", pagu: 2_150_750_000, s: 1, tw: [312_400_000, 598_150_000, 644_900_000] },
  { nama: "Program Pengembangan Lembaga Ekonomi Perdesaan", pagu: 485_000_000, s: 2, tw: [45_000_000, 150_500_000, 121_750_000] },
];
const KEG: Record<number, { nama: string; pagu: number; output: string; tw: number[] }[]> = {
  1: [
    { nama: "Pembinaan dan pengawasan pengelolaan keuangan desa", pagu: 845_500_000, output: "Desa yang dibina pengelolaan keuangannya", tw: [14, 28, 42, 56] },
    { nama: "Fasilitasi penyusunan RPJMDes dan RKPDes", pagu: 1_305_250_000, output: "Desa yang difasilitasi penyusunan RKPDes", tw: [20, 56, 56, 56] },
  ],
  2: [{ nama: "Pembinaan dan pengembangan BUMDes", pagu: 485_000_000, output: "BUMDes yang dibina", tw: [10, 20, 30, 40] }],
};

const tCell = (tw: number[]) => tw.map((v, i) => `T${i + 1} = ${v}`).join("\n");

function kop(s: Sheet): void {
  s.rows("B1", [["PEMERINTAH KABUPATEN BANGKA TENGAH"], [UNIT], ["Alamat : Jl. Raya Koba - Pangkalanbaru Km. 3, Koba. Telepon : (0718) 61234"]]);
}

function signature(s: Sheet, top: number): void {
  // The right cell: date <br><br> PIHAK PERTAMA <br> (empty): each <br> a row. The left: PIHAK KEDUA <br> (empty).
  s.row(`A${top}`, ["PIHAK KEDUA", null, "Bangka Tengah, 01 Oktober 2018"]);
  s.put(`C${top + 2}`, "PIHAK PERTAMA");
  s.row(`A${top + 5}`, [BUPATI, null, KADIS]);
  s.put(`C${top + 6}`, "NIP. 19700512 199303 1 007");
}

function build(): Book {
  const book = new Book("bangkatengah-dpmd-2018.xlsx");
  const pk = book.sheet("PK Perubahan 2018");
  kop(pk);
  pk.rows("A5", [["PERNYATAAN PERJANJIAN KINERJA PERUBAHAN"], [UNIT], ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2018"]]);
  pk.put("A9", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini :");
  pk.rows("A10", [["Nama", ":", KADIS], ["Jabatan", ":", JABATAN]]);
  pk.put("A12", "Selanjutnya disebut sebagai PIHAK PERTAMA");
  pk.rows("A13", [["Nama", ":", BUPATI], ["Jabatan", ":", "BUPATI BANGKA TENGAH"]]);
  pk.put("A15", "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  pk.put("A16", "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  signature(pk, 18); // rows 18..24

  pk.put("A27", "PERJANJIAN KINERJA");
  pk.rows("A28", [["SKPD", ":", UNIT], ["TAHUN ANGGARAN", ":", "2018"]]);
  pk.row("A31", ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET"]);
  pk.row("A32", [1, 2, 3, 4, 5]);
  let r = 33;
  for (const [no, text] of [[1, S1], [2, S2]] as const) {
    const inds = IND.filter((i) => i.s === no);
    pk.merge(`A${r}:A${r + inds.length}`, `${no}.`).merge(`B${r}:B${r + inds.length}`, text);
    inds.forEach((i, k) => pk.row(`C${r + 1 + k}`, [i.nama, i.satuan, String(i.target)]));
    r += inds.length + 1;
  }
  // r = 40
  pk.row("A41", ["NO.", "PROGRAM", "ANGGARAN (Rp.)", "SUMBER"]);
  PROG.forEach((p, i) => pk.row(`A${42 + i}`, [i + 1, p.nama, en(p.pagu), "APBD"]));
  pk.merge("A46:B46", "Total :").merge("C46:D46", en(sum(PROG.map((p) => p.pagu))));
  signature(pk, 49); // rows 49..55

  const rena = book.sheet("Rencana Aksi 2018");
  kop(rena);
  rena.put("A5", "Rencana Rencana Aksi  (Tahun 2018)");
  rena.row("A6", ["No.", "Indikator Kinerja", "Satuan", "Target", "Program", "Anggaran", "Kegiatan", "Anggaran", "Output Kegiatan", "Target", "Penanggung Jawab"]);
  r = 7;
  for (const [no, text] of [[1, S1], [2, S2]] as const) {
    rena.put(`A${r}`, no).merge(`B${r}:L${r}`, `Sasaran : ${text}`);
    r++;
    const prog = PROG.find((p) => p.s === no)!;
    for (const ind of IND.filter((i) => i.s === no)) {
      const keg = KEG[no];
      const last = r + 1 + keg.length;
      for (const c of ["A", "B", "C", "D"]) rena.merge(`${c}${r}:${c}${last}`);
      rena.row(`B${r}`, [ind.nama, ind.satuan, tCell(ind.tw)]);
      rena.merge(`E${r + 1}:E${last}`, prog.nama).merge(`F${r + 1}:F${last}`, en(prog.pagu));
      keg.forEach((k, i) => rena.row(`G${r + 2 + i}`, [k.nama, en(k.pagu), k.output, tCell(k.tw), "Kepala Bidang Pemberdayaan Masyarakat Desa"]));
      r = last + 1;
    }
  }

  const real = book.sheet("Realisasi Anggaran 2018");
  kop(real);
  real.put("A5", "Pagu dan Realisasi Anggaran (Tahun 2018)");
  real.merge("A6:A7", "No.").merge("B6:B7", "Program").merge("C6:C7", "Pagu Anggaran");
  ["Triwulan 1", "Triwulan 2", "Triwulan 3", "Triwulan 4"].forEach((t, i) => {
    const c = String.fromCharCode(68 + 2 * i);
    const d = String.fromCharCode(69 + 2 * i);
    real.merge(`${c}6:${d}6`, t).put(`${c}7`, "Realisasi").put(`${d}7`, "%");
  });
  real.row("A8", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  r = 9;
  for (const no of [1, 2]) {
    real.put(`A${r}`, `Sasaran ${no}`).merge(`B${r}:K${r}`, no === 1 ? S1 : S2);
    r++;
    const programs = PROG.filter((p) => p.s === no);
    programs.forEach((p, k) => {
      real.row(`A${r}`, [k + 1, p.nama, en(p.pagu), ...p.tw!.flatMap((v) => [en(v), String(Math.round((v / p.pagu) * 10000) / 100)])]);
      r++;
    });
    const pagu = sum(programs.map((p) => p.pagu));
    const tw = [0, 1, 2].map((q) => sum(programs.map((p) => p.tw![q])));
    real.merge(`A${r}:B${r}`, "Total :").row(`C${r}`, [en(pagu), ...tw.flatMap((v) => [en(v), String(Math.round((v / pagu) * 10000) / 100)])]);
    r++;
  }
  return book;
}

const PK = "PK Perubahan 2018";
const RENA = "Rencana Aksi 2018";
const REAL = "Realisasi Anggaran 2018";

// PHP number_format money (`1,845,320,000`) is no form workbook.md §5 lists: a reader may read it (multiple groups of
// three after commas can only be thousands) or report it value-unreadable at its cell, never read it as another number.
const MONEY_PK = ["C42", "C43", "C44", "C45", "C46"];

export const bangkatengah: Layout = {
  name: "bangkatengah-dpmd-2018",
  source: "zakky-mabet/e-sakip @434517af application/views/skpd/report/print/{perjanjiankinerjaPerubahan,vreaksi,reanggaran}.php",
  build,
  truth: {
    tahun: 2018,
    sheets: { [PK]: "pk", [RENA]: "renaksi", [REAL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: JABATAN, level: "eselon2", atasan: null, nama: KADIS, nip: NIP,
        pihakKedua: { jabatan: "BUPATI BANGKA TENGAH", nama: BUPATI, nip: null },
        // The sasaran rows (No + Sasaran only) are no indikator; every indikator carries its sasaran.
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.s === 1 ? S1 : S2 })),
      },
    ],
    errors: [],
    allowedAt: [
      ...MONEY_PK.map((cell) => ({ rule: "value-unreadable", sheet: PK, cell })),
      ...[10, 11, 13, 14].flatMap((r) => ["C", "D", "F", "H"].map((c) => ({ rule: "value-unreadable", sheet: REAL, cell: `${c}${r}` }))),
    ],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pihak-missing", sheet: PK }, { rule: "level-unknown", sheet: PK }, { rule: "target-missing", sheet: PK },
      { rule: "tahun-missing", sheet: PK }, { rule: "sasaran-missing", sheet: PK }, { rule: "indikator-duplicate", sheet: PK },
      // Every cell of the PK sheet is title, statement, signature or table; `SUMBER` is the budget table's Keterangan
      // column (`Sumber Dana` in workbook.md §1), its `APBD` cells no unread content.
      { rule: "isi-tak-terbaca", sheet: PK },
      { rule: "sheet-unrecognised", sheet: RENA }, { rule: "pk-unlinked", sheet: RENA }, { rule: "indikator-unknown", sheet: RENA },
      { rule: "target-mismatch", sheet: RENA }, { rule: "satuan-mismatch", sheet: RENA }, { rule: "pagu-mismatch", sheet: RENA },
      { rule: "rak-sum", sheet: RENA }, { rule: "renaksi-missing", sheet: PK },
      { rule: "sheet-unrecognised", sheet: REAL }, { rule: "pk-unlinked", sheet: REAL }, { rule: "pagu-mismatch", sheet: REAL },
      { rule: "jumlah-mismatch", sheet: REAL }, { rule: "fisik-invalid", sheet: REAL },
    ],
    unreadOrRead: [
      // The Rencana Aksi's program and kegiatan columns: no month columns, so no plan per spec; read or reported.
      { sheet: RENA, cells: ["E9", "F9", "G10", "H10", "I10", "J10", "K10"], what: "program/kegiatan of the Rencana Aksi" },
    ],
  },
  checks: [
    {
      name: "budget objects: four programs without kode; number_format money read right or reported, never another number",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK)!;
        expect(pk.anggaran.map((a) => ({ kode: a.kode, nama: a.nama }))).toEqual(PROG.map((p) => ({ kode: null, nama: p.nama })));
        pk.anggaran.forEach((a, i) => {
          const reported = out.findings.some((f) => f.rule === "value-unreadable" && f.sheet === PK && f.cell === a.paguCell);
          expect({ nama: a.nama, pagu: reported ? "value-unreadable" : a.pagu }).toEqual({ nama: a.nama, pagu: reported ? "value-unreadable" : PROG[i].pagu });
        });
      },
    },
    {
      name: "the Rencana Aksi belongs to the PK; each indikator's T1..T4 cell read as its quarterly targets, or reported",
      run(out) {
        const rena = out.model.renaksi.find((r) => r.sheet === RENA);
        expect(rena?.pk).toBe(PK);
        for (const ind of IND) {
          const i = rena?.indikator.find((x) => x.nama.replace(/\s+/g, " ").trim() === ind.nama);
          const cell = i?.twCells[0] ?? i?.targetCell ?? null;
          const reported = !!cell && reportedUnread(out.model, RENA, cell);
          expect({ nama: ind.nama, found: !!i, tw: reported ? "reported" : i?.tw }).toEqual({ nama: ind.nama, found: true, tw: reported ? "reported" : ind.tw });
        }
      },
    },
    {
      name: "the Realisasi sheet: quarterly realisasi of the two sasaran programs (the % column is keuangan, not fisik)",
      run(out) {
        const real = out.model.realisasi.find((r) => r.sheet === REAL);
        expect(real?.pk).toBe(PK);
        const q = (tw: number[]) => [null, null, tw[0], null, null, tw[1], null, null, tw[2], null, null, null];
        const rows = (real?.budget ?? []).map((b) => ({ nama: b.nama, keuangan: b.keuangan?.values ?? "unread", fisik: b.fisik }));
        const unreadable = out.findings.some((f) => f.rule === "value-unreadable" && f.sheet === REAL);
        expect(rows).toEqual(PROG.filter((p) => p.tw).map((p) => ({ nama: p.nama, keuangan: unreadable ? rows.find((x) => x.nama === p.nama)?.keuangan : q(p.tw!), fisik: null })));
      },
    },
  ],
};
