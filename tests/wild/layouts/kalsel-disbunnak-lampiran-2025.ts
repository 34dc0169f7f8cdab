/**
 * Provinsi Kalimantan Selatan, Dinas Perkebunan dan Peternakan: the lampiran PK of the Kepala Dinas and of the Kabid
 * Peternakan, and the Kabid's Rencana Aksi, as the provinsi's e-SAKIP prints them, pasted from the browser (every
 * `<br>` its own row, as banjarmasin-pk-multi-opd-2023 notes).
 *
 * Layout: rifqierusyadi/sakip @119dc56e `application/modules/laporan/views/pk/result.php` + `controllers/Pk.php`
 * (lampiran), `views/rencana/result.php` + `controllers/Rencana.php` (Rencana Aksi), `helpers/my_helper.php`
 * (`rupiah()`). Real, from the templates: the title `LAMPIRAN PERJANJIAN KINERJA TAHUN <tahun> <br><jabatan><br>
 * <satker><br> PEMERINTAH PROVINSI KALIMANTAN SELATAN` (jabatan and unit from two tables, so `KEPALA DINAS` alone on
 * its line); NO No column, `KINERJA UTAMA | INDIKATOR KINERJA UTAMA | TARGET | SATUAN` (target BEFORE satuan), the
 * sasaran printed on the first row of its group only and the cells below left EMPTY (no merge); the budget table
 * `No | Program / Kegiatan | Anggaran` for every level (no kode), amounts `Rp 8.214.560.000  ` (`rupiah()`: `Rp `,
 * dots, two trailing spaces), closed by a footer row with NO label, only the sum under Anggaran; the signature a
 * three-cell row whose third cell alone holds `<jabatan> <br><br><br><br><br> <nama><br><nip>` (the official only: no
 * PIHAK words, no place and date, no Pihak Kedua, the NIP bare); the Rencana Aksi titled `RENCANA AKSI TAHUNAN
 * <br>PERIODE <periode>` (the RPJMD period, no year, no jabatan line), `KINERJA UTAMA | INDIKATOR KINERJA UTAMA |
 * TARGET` over `TW.I | TW.II | TW.III | TW.IV` | `SATUAN` last, no annual target. Made up: names, NIPs, indikator,
 * targets (printed as a MySQL decimal prints them, `75.50`), programs and kegiatan, amounts, the period 2021-2026.
 *
 * Also the quarterly report, `views/triwulan/result.php` + `controllers/Triwulan.php` + `helpers/my_helper.php`
 * (`capaian()`, `rumus()`): titled `LAPORAN PENGUKURAN KINERJA TRIWULAN <br>PERIODE <periode>` (neither the year nor
 * the quarter printed: both are form inputs), `KINERJA UTAMA | INDIKATOR KINERJA UTAMA | TARGET | SATUAN | REALISASI
 * | CAPAIAN %`, where TARGET is the chosen quarter's target (`$row->tw2` for triwulan 2), the indikator cell is the
 * name, a space and the database id (`$row->indikator.' '.$row->indikator_id`), REALISASI the raw decimal and
 * CAPAIAN `number_format(R / T * 100, 2)`. The planner named the sheet after the quarter (made up: ids, realisasi).
 * And the IKU document, `views/iku/result.php` + `controllers/Iku.php`: `INDIKATOR KINERJA UTAMA <br><jabatan><satker>
 * PERIODE <periode>`, `INSTANSI : / TUGAS : / FUNGSI :` rows, then `KINERJA UTAMA | INDIKATOR KINERJA UTAMA |
 * PENJELASAN | PENANGGUNG JAWAB | SUMBER DATA` (the penanggung jawab `ucwords(strtolower(...))`, joined by `; `).
 */
import { Book, type Sheet } from "../book";
import { idr, sum, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const KADIS = "Ir. SUPARMI HADI SANTOSO, M.P.";
const KABID = "drh. MUHAMMAD RIDHA FAUZI, M.Si.";
const KADIS_JAB = "KEPALA DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN SELATAN";
const KABID_JAB = "KEPALA BIDANG PETERNAKAN DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN SELATAN";
const SATKER = "DINAS PERKEBUNAN DAN PETERNAKAN";
const rupiah = (n: number) => `Rp ${idr(n)}  `;

type Ind = { s: number; nama: string; text: string; target: number; satuan: string };
const SS = ["Meningkatnya produksi komoditas perkebunan unggulan", "Meningkatnya populasi dan produksi ternak"];
const IND_KADIS: Ind[] = [
  { s: 0, nama: "Produksi karet rakyat", text: "196500.00", target: 196500, satuan: "Ton" },
  { s: 0, nama: "Persentase kebun kelapa sawit rakyat yang diremajakan", text: "12.50", target: 12.5, satuan: "%" },
  { s: 1, nama: "Persentase peningkatan populasi ternak sapi potong", text: "3.25", target: 3.25, satuan: "%" },
  { s: 1, nama: "Produksi daging", text: "42180.00", target: 42180, satuan: "Ton" },
];
const SP = ["Meningkatnya populasi ternak", "Meningkatnya kesehatan hewan"];
const IND_KABID: (Ind & { tw: string[]; twv: number[] })[] = [
  { s: 0, nama: "Persentase peningkatan populasi ternak sapi potong", text: "3.25", target: 3.25, satuan: "%", tw: ["0.50", "1.25", "2.25", "3.25"], twv: [0.5, 1.25, 2.25, 3.25] },
  { s: 0, nama: "Jumlah akseptor inseminasi buatan", text: "18500.00", target: 18500, satuan: "Ekor", tw: ["4000.00", "9500.00", "14000.00", "18500.00"], twv: [4000, 9500, 14000, 18500] },
  { s: 1, nama: "Persentase kasus penyakit hewan menular strategis yang ditangani", text: "100.00", target: 100, satuan: "%", tw: ["100.00", "100.00", "100.00", "100.00"], twv: [100, 100, 100, 100] },
];
const PROG = [
  { nama: "Program Penunjang Urusan Pemerintahan Daerah Provinsi", pagu: 8_214_560_000 },
  { nama: "Program Penyediaan dan Pengembangan Sarana Pertanian", pagu: 6_480_250_000 },
  { nama: "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner", pagu: 2_935_400_000 },
];
const KEG = [
  { nama: "Pengawasan Penggunaan Sarana Pertanian", pagu: 1_246_800_000 },
  { nama: "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular Dalam Daerah Provinsi", pagu: 1_812_350_000 },
];

/** One lampiran as the template prints it; returns the rows of the indikator, the budget items, the footer and the signature. */
function lampiran(p: Sheet, jabatanLine: string, sasaran: string[], inds: Ind[], items: { nama: string; pagu: number }[], jab: string, nama: string, nip: string) {
  p.rows("A1", [["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"], [jabatanLine], [SATKER], [" PEMERINTAH PROVINSI KALIMANTAN SELATAN"]]);
  p.row("A6", ["KINERJA\nUTAMA", "INDIKATOR\nKINERJA\nUTAMA", "TARGET", "SATUAN"]);
  let last = -1;
  inds.forEach((i, k) => {
    p.row(`A${7 + k}`, [i.s !== last ? sasaran[i.s] : null, i.nama, i.text, i.satuan]);
    last = i.s;
  });
  const b = 7 + inds.length + 1;
  p.row(`A${b}`, ["No", "Program / Kegiatan", "Anggaran"]);
  items.forEach((g, k) => p.row(`A${b + 1 + k}`, [k + 1, g.nama, rupiah(g.pagu)]));
  const foot = b + 1 + items.length;
  p.put(`C${foot}`, rupiah(sum(items.map((g) => g.pagu))));
  const sig = foot + 2;
  p.put(`C${sig}`, jab).put(`C${sig + 5}`, nama).put(`C${sig + 6}`, nip);
  return { b, foot, sig };
}

function build(): Book {
  const book = new Book("kalsel-disbunnak-lampiran-2025.xlsx");
  lampiran(book.sheet("PK Kadis"), "KEPALA DINAS", SS, IND_KADIS, PROG, KADIS_JAB, KADIS, "196812151994031008");
  lampiran(book.sheet("PK Kabid Peternakan"), "KEPALA BIDANG PETERNAKAN", SP, IND_KABID, KEG, KABID_JAB, KABID, "197704222003121004");

  const r = book.sheet("RA Kabid Peternakan");
  r.rows("A1", [["RENCANA AKSI TAHUNAN "], ["PERIODE 2021-2026"], ["PEMERINTAH PROVINSI KALIMANTAN SELATAN"]]);
  r.row("A5", ["KINERJA\nUTAMA", "INDIKATOR\nKINERJA\nUTAMA", "TARGET", null, null, null, "SATUAN"]);
  r.merge("C5:F5");
  r.row("C6", ["TW.I", "TW.II", "TW.III", "TW.IV"]);
  let last = -1;
  IND_KABID.forEach((i, k) => {
    r.row(`A${7 + k}`, [i.s !== last ? SP[i.s] : null, i.nama, ...i.tw, i.satuan]);
    last = i.s;
  });

  const t = book.sheet("Pengukuran TW II");
  t.rows("A1", [["LAPORAN PENGUKURAN KINERJA TRIWULAN "], ["PERIODE 2021-2026"], ["PEMERINTAH PROVINSI KALIMANTAN SELATAN"]]);
  t.row("A5", ["KINERJA\nUTAMA", "INDIKATOR\nKINERJA\nUTAMA", "TARGET", "SATUAN", "REALISASI", "CAPAIAN %"]);
  last = -1;
  IND_KABID.forEach((i, k) => {
    t.row(`A${6 + k}`, [i.s !== last ? SP[i.s] : null, `${i.nama} ${IDS[k]}`, i.tw[1], i.satuan, REAL_TW2[k].text, (REAL_TW2[k].v / i.twv[1] * 100).toFixed(2)]);
    last = i.s;
  });

  const u = book.sheet("IKU Disbunnak");
  u.rows("A1", [["INDIKATOR KINERJA UTAMA "], ["KEPALA DINAS"], [`${SATKER}PERIODE 2021-2026`], ["PEMERINTAH PROVINSI KALIMANTAN SELATAN"]]);
  u.rows("A6", [["INSTANSI", ":", SATKER], ["TUGAS", ":", "Membantu Gubernur melaksanakan urusan pemerintahan bidang pertanian sub urusan perkebunan dan peternakan"], ["FUNGSI", ":", "Perumusan kebijakan, pelaksanaan kebijakan, evaluasi dan pelaporan bidang perkebunan dan peternakan"]]);
  u.row("A10", ["KINERJA\nUTAMA", "INDIKATOR\nKINERJA\nUTAMA", "PENJELASAN", "PENANGGUNG JAWAB", "SUMBER DATA"]);
  last = -1;
  IND_KADIS.forEach((i, k) => {
    u.row(`A${11 + k}`, [i.s !== last ? SS[i.s] : null, i.nama, `Dihitung dari data ${i.nama.toLowerCase()} tahun berjalan`, i.s === 0 ? "Kepala Bidang Perkebunan; " : "Kepala Bidang Peternakan; ", "Laporan Bidang"]);
    last = i.s;
  });
  return book;
}

/** The app's database ids printed after each indikator name, and the TW II realisasi as the decimal column prints it. */
const IDS = [112, 113, 118];
const REAL_TW2 = [{ text: "1.40", v: 1.4 }, { text: "8120.00", v: 8120 }, { text: "100.00", v: 100 }];

const PK1 = "PK Kadis";
const PK2 = "PK Kabid Peternakan";
const RA = "RA Kabid Peternakan";
const TW = "Pengukuran TW II";
const IKU = "IKU Disbunnak";

export const kalselDisbunnak: Layout = {
  name: "kalsel-disbunnak-lampiran-2025",
  source: "rifqierusyadi/sakip @119dc56e application/modules/laporan/views/{pk,rencana}/result.php, controllers/{Pk,Rencana}.php, helpers/my_helper.php rupiah() (Provinsi Kalimantan Selatan)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk", [RA]: "renaksi", [TW]: "realisasi", [IKU]: "lain" },
    pk: [
      {
        // The NIP is printed bare (18 digits under the name, no `NIP.`): workbook.md §1 shows `NIP. …` and is silent
        // on a bare one; 18 digits whose first 8 are a birth date, on the line under the name, are the NIP to any planner.
        // The only signer is the official (right-hand cell, workbook.md §6: without PIHAK words the official signs on
        // the right); the signature's jabatan is the full one, the title's `KEPALA DINAS` line its short form.
        sheet: PK1, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: "196812151994031008",
        pihakKedua: null,
        // The sasaran cell is empty under the first row of its group: it carries down as a merged one would.
        indikator: IND_KADIS.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS[i.s] })),
        anggaran: PROG.map((g) => ({ kode: null, nama: g.nama, pagu: g.pagu })),
      },
      {
        // No Pihak Kedua is printed, so the cascade has no link (workbook.md §1 ties a PK to its superior by the
        // Pihak Kedua jabatan only): atasan null, atasan-missing, as the spec is written.
        sheet: PK2, jabatan: KABID_JAB, level: "eselon3", atasan: null, nama: KABID, nip: "197704222003121004",
        pihakKedua: null,
        indikator: IND_KABID.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP[i.s] })),
        anggaran: KEG.map((g) => ({ kode: null, nama: g.nama, pagu: g.pagu })),
      },
    ],
    // `PERIODE 2021-2026` is the RPJMD period, not the year: the Rencana Aksi states no year (rules.md tahun-missing;
    // taking 2021 would give a false tahun-mismatch instead).
    errors: [{ rule: "tahun-missing", sheet: RA, cell: "A1" }, { rule: "tahun-missing", sheet: TW, cell: "A1" }],
    allowed: ["polaritas-guessed"],
    allowedAt: [
      // The report's TARGET is the quarter's (TW II) target, not the annual one workbook.md §3 puts in a Realisasi's
      // Target column: a spec-literal reader reports target-mismatch here; a planner expects none (it equals the
      // Rencana Aksi's TW.II). Either is accepted.
      ...[6, 7, 8].map((r) => ({ rule: "target-mismatch", sheet: TW, cell: `C${r}` })),
      // `<name> <id>`: rules.md says a near name is reported (indikator-unknown), never silently matched; a reader
      // that knows the template's trailing id may match it. Either is accepted (the check below says how).
      ...[6, 7, 8].map((r) => ({ rule: "indikator-unknown", sheet: TW, cell: `B${r}` })),
    ],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 },
      { rule: "atasan-missing", sheet: PK2 },
    ],
    absent: [
      { rule: "tahun-mismatch", sheet: RA }, { rule: "tahun-mismatch", sheet: TW }, { rule: "pk-unlinked", sheet: TW },
      { rule: "satuan-mismatch", sheet: TW }, { rule: "value-unreadable", sheet: TW }, { rule: "realisasi-after-period", sheet: TW },
      // `Program / Kegiatan` names both levels (the template prints it for every level): the spec is silent on a
      // header with two budget words; a Bappeda planner expects no level error when either word is the PK's own.
      { rule: "level-mismatch", sheet: PK1 }, { rule: "level-mismatch", sheet: PK2 },
      { rule: "level-unknown", sheet: PK1 }, { rule: "level-unknown", sheet: PK2 },
      { rule: "pihak-missing", sheet: PK1 }, { rule: "pihak-missing", sheet: PK2 },
      // `75.50`-style targets: a point followed by two digits cannot be a thousands separator (workbook.md §5).
      { rule: "value-unreadable", sheet: PK1 }, { rule: "value-unreadable", sheet: PK2 }, { rule: "value-unreadable", sheet: RA },
      // The unlabelled footer is the table's total (it adds up); it is no budget item and no unread amount. The spec
      // names totals by their word (`Jumlah`, `Total`) and is silent on a footer with none: a lone amount under the
      // Anggaran column right below the items, equal to their sum, is the total to a planner.
      { rule: "jumlah-mismatch", sheet: PK1 }, { rule: "jumlah-mismatch", sheet: PK2 },
      { rule: "sasaran-missing", sheet: PK1 }, { rule: "sasaran-missing", sheet: PK2 },
      { rule: "satuan-missing", sheet: PK1 }, { rule: "satuan-missing", sheet: PK2 },
      { rule: "nip-invalid", sheet: PK1 }, { rule: "nip-invalid", sheet: PK2 },
      // The Rencana Aksi has no jabatan line, but its indikator are the Kabid's (pk-unlinked: "nor its content").
      { rule: "pk-unlinked", sheet: RA }, { rule: "indikator-unknown", sheet: RA }, { rule: "renaksi-missing", sheet: PK2 },
      { rule: "satuan-mismatch", sheet: RA }, { rule: "target-mismatch", sheet: RA }, { rule: "tw-target-inconsistent", sheet: RA },
      { rule: "isi-tak-terbaca", sheet: PK1, cell: "C16" }, { rule: "isi-tak-terbaca", sheet: PK2, cell: "C14" },
    ],
  },
  checks: [
    {
      // The IKU document names each indikator, its explanation and who answers for it: no target, no realisasi, no
      // PERJANJIAN KINERJA / RENCANA AKSI / REALISASI title. A sheet not read, with no finding but that.
      name: "the IKU document is reported as a sheet not read, and nothing else",
      run(out) {
        expect(out.findings.filter((f) => f.sheet === IKU).map((f) => `${f.rule} ${f.cell}`)).toEqual(["sheet-unrecognised A1"]);
      },
    },
    {
      // Nothing in the sheet but its name says TW II; its TARGET column equals the Rencana Aksi's TW.II and no other
      // quarter. The spec has no single-Realisasi-column form with the quarter nowhere (purbalingga has it in
      // Keterangan): read into TW II, or reported unread; never read into another quarter, never dropped.
      name: "the pengukuran's REALISASI is TW II (the quarter whose targets its TARGET column repeats) or reported",
      run(out) {
        const s = out.model.realisasi.find((x) => x.sheet === TW);
        const rows = [6, 7, 8].map((r, k) => {
          const i = s?.indikator.find((x) => x.cell === `B${r}`);
          if (!i) return reportedUnread(out.model, TW, `E${r}`) || out.findings.some((f) => f.rule === "indikator-unknown" && f.sheet === TW && f.cell === `B${r}`) ? "reported" : "dropped";
          if (i.tw.every((v, q) => (q === 1 ? v === REAL_TW2[k].v : v === null))) return "TW II";
          return reportedUnread(out.model, TW, `E${r}`) ? "reported" : `read as ${JSON.stringify(i.tw)}`;
        });
        expect(rows.map((x) => (x === "TW II" || x === "reported" ? "ok" : x))).toEqual(["ok", "ok", "ok"]);
        // Read realisasi must count for the Kabid's PK (the names, less their trailing id, are the Kabid's).
        if (rows.includes("TW II")) expect(s?.pk).toBe(out.model.pk.find((p) => p.sheet === PK2)?.id);
      },
    },
    {
      name: "the Rencana Aksi is the Kabid's, TW.I..TW.IV read with SATUAN after them",
      run(out) {
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        expect(s?.pk).toBe(out.model.pk.find((p) => p.sheet === PK2)?.id);
        expect(s?.indikator.map((i) => [i.nama.trim(), i.tw, i.satuan])).toEqual(IND_KABID.map((i) => [i.nama, i.twv, i.satuan]));
      },
    },
    {
      name: "the unlabelled footer (C16 / C14) is the stated total, not a budget item",
      run(out) {
        const totals = out.model.pk.map((p) => [p.sheet, p.budgetTables.flatMap((t) => t.totals.map((x) => [x.cell, x.value]))]);
        expect(totals).toEqual([
          [PK1, [["C16", sum(PROG.map((g) => g.pagu))]]],
          [PK2, [["C14", sum(KEG.map((g) => g.pagu))]]],
        ]);
      },
    },
  ],
};
