/**
 * Kabupaten Majalengka, Dinas Lingkungan Hidup: a planner's workbook made of the e-SAKIP public pages pasted into Excel
 * (DataTables tables), with the title rows and the signature the planner adds. The PK page is `No | Sasaran Strategis |
 * Indikator | Target` (one row per indikator, the sasaran repeated on each row, `target1` as typed: `68,50`, `30 %`).
 * The Rencana Aksi page is NOT the quarterly targets of the PK indikator: each row is an ACTION (a sub kegiatan) under an
 * IKU, with the action's own indikator and its own targets per quarter: `(blank) x4 | Target` (merged over four) |
 * `(blank)` over `No | IKU | Rencana Aksi | Indikator | I | II | III | IV | Penanggung Jawab`, the IKU (= the PK
 * indikator, word for word) repeated on every action row, no annual target, and the DataTables pager pasted below.
 *
 * Source: Rayhanyl/esakip-app @6def1f25 `resources/views/akses_publik/perencanaan_kinerja/rencana_aksi/index.blade.php`
 * (the two header rows, the columns, `$item->indikator_sasaran_strategis` as IKU, `$indikator->sub_kegiatan` as Rencana
 * Aksi, `indikator_sub_kegiatan`, `triwulan1..4`, the `Penanggung Jawab` list) and `.../perjanjian_kinerja/index.blade.php`
 * (the PK table, `target1`); the pemda from `resources/views/layout/akses_publik/footer.blade.php` @0a8ff690 (Jl. Jenderal
 * Ahmad Yani No. 1 Majalengka). Made up: names, NIP, sasaran, indikator, targets, actions, penanggung jawab.
 *
 * Correct reading (workbook.md §1, §2; where the spec is silent, what a Bappeda planner expects, said so):
 * - `PK`: one eselon2 PK, three indikator with targets 68,5 / 30 / 100; no budget table; Pihak Kedua the Bupati (not in
 *   the workbook: atasan-missing).
 * - `RA`: a Rencana Aksi sheet (its title) of that PK (the only PK; its IKU column holds the PK's indikator names): never
 *   pk-unlinked. The spec's Rencana Aksi gives each PK indikator its quarterly targets; this one gives them to ACTIONS.
 *   The spec is silent on an `IKU | Rencana Aksi | Indikator` table. A planner expects: the IKU's quarterly targets are
 *   NOT the targets of its actions (`12` samples, `36000` ton are no targets of an index of 68,5 or of `30 %`), so no
 *   PK indikator gets quarterly targets from these rows, no false tw-target-inconsistent / target-mismatch /
 *   indikator-duplicate (each IKU stands on two rows); the action columns (C6:H11) are read into something harmless or
 *   reported unread. An engine that takes the `Indikator` column as the Rencana Aksi indikator gives indikator-unknown
 *   for each action indikator: spec-literal (rules.md), so allowed, not required; renaksi-missing likewise is left open.
 */
import { Book } from "../book";
import { type Layout } from "../layout";
import { findPk } from "../truth";

const PK = "PK";
const RA = "RA";
const BUPATI = { nama: "H. EMAN SUHERMAN, S.IP., M.M.", jab: "BUPATI MAJALENGKA" };
const KADIS = { nama: "Ir. H. DEDE SUPRIATNA, M.T.", nip: "19700828 199803 1 004", jab: "KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN MAJALENGKA" };
const S1 = "Meningkatnya kualitas lingkungan hidup";
const S2 = "Meningkatnya ketaatan pelaku usaha terhadap izin lingkungan";
const IKU = [
  { sasaran: S1, nama: "Indeks Kualitas Lingkungan Hidup", text: "68,50", target: 68.5 },
  { sasaran: S1, nama: "Persentase pengurangan sampah", text: "30 %", target: 30 },
  { sasaran: S2, nama: "Persentase pengaduan lingkungan hidup yang ditindaklanjuti", text: "100 %", target: 100 },
];
const PJ = ["Kepala Bidang Tata Lingkungan", "Kepala Bidang Pengelolaan Sampah dan Limbah B3", "Kepala Bidang Penataan dan Peningkatan Kapasitas Lingkungan Hidup"];
const AKSI = [
  { iku: 0, aksi: "Pengujian Kualitas Air Sungai", ind: "Jumlah titik sampel air sungai yang diuji", tw: [6, 12, 18, 24] },
  { iku: 0, aksi: "Pemantauan Kualitas Udara Ambien", ind: "Jumlah lokasi pemantauan kualitas udara", tw: [0, 5, 5, 10] },
  { iku: 1, aksi: "Penanganan Sampah di TPA/TPST/SPA", ind: "Jumlah sampah yang tertangani di TPA (ton)", tw: [9000, 18000, 27000, 36000] },
  { iku: 1, aksi: "Pembinaan Bank Sampah", ind: "Jumlah bank sampah yang dibina", tw: [10, 20, 30, 40] },
  { iku: 2, aksi: "Penanganan Pengaduan Masyarakat terkait Izin Lingkungan", ind: "Persentase pengaduan yang ditangani", tw: [100, 100, 100, 100] },
  { iku: 2, aksi: "Pembinaan dan Pengawasan terhadap Izin Lingkungan", ind: "Jumlah usaha/kegiatan yang diawasi", tw: [15, 30, 45, 60] },
];

function build(): Book {
  const book = new Book("majalengka-dlh-renaksi-iku-aksi-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025");
  p.merge("A2:D2", "DINAS LINGKUNGAN HIDUP KABUPATEN MAJALENGKA");
  p.put("A4", "Tabel Perjanjian Kinerja");
  p.row("A5", ["No", "Sasaran Strategis", "Indikator", "Target"]);
  IKU.forEach((i, k) => p.row(`A${6 + k}`, [k + 1, i.sasaran, i.nama, i.text]));
  p.put("D10", "Majalengka, 2 Januari 2025");
  p.put("B11", "PIHAK KEDUA,").put("D11", "PIHAK PERTAMA,");
  p.put("B12", BUPATI.jab).put("D12", KADIS.jab);
  p.put("B16", BUPATI.nama).put("D16", KADIS.nama).put("D17", `NIP. ${KADIS.nip}`);

  const r = book.sheet(RA);
  r.merge("A1:I1", "RENCANA AKSI TAHUN 2025");
  r.merge("A2:I2", "DINAS LINGKUNGAN HIDUP KABUPATEN MAJALENGKA");
  r.put("A3", "Tabel Rencana Aksi");
  r.merge("E4:H4", "Target");
  r.row("A5", ["No", "IKU", "Rencana Aksi", "Indikator", "I", "II", "III", "IV", "Penanggung Jawab"]);
  AKSI.forEach((a, k) => r.row(`A${6 + k}`, [k + 1, IKU[a.iku].nama, a.aksi, a.ind, ...a.tw, PJ[a.iku]]));
  r.put("A13", "Showing 1 to 6 of 6 entries").row("G13", ["Previous", 1, "Next"]);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const squash = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const actionCells = ["C", "D", "E", "F", "G", "H"].flatMap((c) => AKSI.map((_a, k) => `${c}${6 + k}`));

export const majalengkaRenaksiAksi: Layout = {
  name: "majalengka-dlh-renaksi-iku-aksi-2025",
  source: "Rayhanyl/esakip-app @6def1f25 resources/views/akses_publik/perencanaan_kinerja/{rencana_aksi,perjanjian_kinerja}/index.blade.php",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IKU.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.sasaran })),
        anggaran: [],
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed", "indikator-unknown"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pk-unlinked", sheet: RA }, { rule: "tw-target-inconsistent", sheet: RA }, { rule: "target-mismatch", sheet: RA },
      { rule: "indikator-duplicate", sheet: RA }, { rule: "tw-target-decreasing", sheet: RA }, { rule: "satuan-mismatch", sheet: RA },
      { rule: "value-unreadable", sheet: RA }, { rule: "tahun-missing", sheet: RA }, { rule: "target-missing", sheet: PK },
      { rule: "tabel-missing", sheet: PK }, { rule: "pihak-missing", sheet: PK }, { rule: "indikator-duplicate", sheet: PK },
    ],
    unreadOrRead: [{ sheet: RA, cells: actionCells, what: "Rencana Aksi | Indikator | I..IV of each action" }],
  },
  checks: [
    {
      name: "the Rencana Aksi belongs to the PK, and no IKU gets the quarterly targets of one of its actions",
      run(out) {
        const pk = findPk(out.model, { sheet: PK, jabatan: KADIS.jab })!;
        const ra = out.model.renaksi.find((s) => s.sheet === RA);
        expect(ra?.pk ?? null).toBe(pk.id);
        const ikuNames = new Set(IKU.map((i) => squash(i.nama)));
        const withActionTargets = (ra?.indikator ?? [])
          .filter((i) => ikuNames.has(squash(i.nama)) && i.tw.some((v) => v !== null))
          .map((i) => `${i.cell} ${i.nama}: ${JSON.stringify(i.tw)}`);
        expect(withActionTargets).toEqual([]);
      },
    },
  ],
};
