/**
 * Kabupaten Kendal (made up), Dinas Pertanian dan Pangan: the PK PERUBAHAN 2025 of the Kepala Dinas whose kinerja
 * table shows BOTH targets side by side, visible: `No | Sasaran Strategis | Indikator Kinerja | Satuan |
 * Target Awal | Target Perubahan | Keterangan`, the reason of each change in Keterangan (`Refocusing anggaran`).
 * Two of three targets changed (5,8 → 6,1; 40 → 35), one did not (88).
 *
 * Source: the PK Perubahan Esselon II lampiran of a CodeIgniter portal (index id 49364637297,
 * `pk_kadis_perubahan/…/lampiran`, repository not named), and the murni/perubahan column pair of Kota Tangerang
 * (wishaputra/esakip @3afeb8be `public/storage/files/triwulan/dinkes.pdf`, used hidden in
 * tangerang-dinkes-perubahan-hidden-2023): here neither column is hidden, as a planner prints a PK Perubahan to show
 * what changed. Column wording, names, NIP, indikator, targets and amounts made up.
 *
 * Correct reading: workbook.md §1 names `Target` | `Target 2025` | `Target Kinerja`, not two target columns; the spec
 * is silent. A Bappeda planner reads the PK Perubahan by its `Target Perubahan` (6,1; 35; 88): that is the target in
 * force. Reading `Target Awal` (5,8; 40) is SILENTLY WRONG (capaian against a superseded target). `Target Awal` and
 * `Keterangan` cells may be reported isi-tak-terbaca (allowed), never read as targets. One eselon2 PK, two programs
 * with kode, `Jumlah` adds up, Bupati not in the workbook (atasan-missing).
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

const SH = "PK Perubahan";
const BUPATI = { nama: "Hj. DYAH KARTIKA PERMANASARI, S.E.", jab: "BUPATI KENDAL" };
const KADIS = { nama: "Ir. PANDU RAPRIAT ROGOJATI, M.M.", nip: "19680925 199403 1 008", jab: "KEPALA DINAS PERTANIAN DAN PANGAN KABUPATEN KENDAL" };
const SS = ["Meningkatnya produksi dan produktivitas pertanian", "Meningkatnya ketahanan pangan masyarakat"];
const IND = [
  { s: 0, nama: "Produktivitas padi", satuan: "Ton/Ha", awal: "5,8", baru: "6,1", target: 6.1, ket: "Disesuaikan dengan RPJMD perubahan" },
  { s: 0, nama: "Persentase kelompok tani yang naik kelas", satuan: "%", awal: "40", baru: "35", target: 35, ket: "Refocusing anggaran" },
  { s: 1, nama: "Skor Pola Pangan Harapan", satuan: "Skor", awal: "88", baru: "88", target: 88, ket: "" },
];
const PROG = [
  { kode: "3.27.02", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN", pagu: 6_250_000_000 },
  { kode: "3.27.03", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN", pagu: 4_100_000_000 },
];

function build(): Book {
  const book = new Book("pk-kendal-distan-target-awal-perubahan-2025.xlsx");
  const s = book.sheet(SH);
  s.merge("A1:G1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025").merge("A2:G2", "DINAS PERTANIAN DAN PANGAN KABUPATEN KENDAL");
  s.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Awal", "Target Perubahan", "Keterangan"]);
  s.merge("A5:A6", 1).merge("B5:B6", SS[0]).put("A7", 2).put("B7", SS[1]);
  IND.forEach((i, k) => s.row(`C${5 + k}`, [i.nama, i.satuan, i.awal, i.baru, i.ket || null])); // 5..7
  s.row("A9", ["Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => s.row(`A${10 + k}`, [p.kode, p.nama, rp(p.pagu)])); // 10..11
  s.put("B12", "Jumlah").put("C12", rp(PROG[0].pagu + PROG[1].pagu));
  s.put("E14", "Kendal, 1 Oktober 2025");
  s.put("A15", "PIHAK KEDUA,").put("E15", "PIHAK PERTAMA,");
  s.put("A16", `${BUPATI.jab},`).put("E16", `${KADIS.jab},`);
  s.put("A20", BUPATI.nama).put("E20", KADIS.nama).put("E21", `NIP. ${KADIS.nip}`);
  return book;
}

export const pkKendalDistanTargetAwalPerubahan: Layout = {
  name: "pk-kendal-distan-target-awal-perubahan-2025",
  source: "index id 49364637297 (PK Perubahan Esselon II lampiran) + wishaputra/esakip @3afeb8be `dinkes.pdf` murni/perubahan pair, both visible; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SH]: "pk" },
    pk: [
      {
        sheet: SH, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: KADIS.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS[i.s] })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SH }],
    absent: [
      { rule: "level-mismatch", sheet: SH }, { rule: "jumlah-mismatch", sheet: SH }, { rule: "pihak-missing", sheet: SH },
      { rule: "value-unreadable", sheet: SH }, { rule: "target-missing", sheet: SH }, { rule: "nip-invalid", sheet: SH },
      { rule: "tabel-missing", sheet: SH }, { rule: "indikator-duplicate", sheet: SH },
    ],
  },
  checks: [
    {
      name: "no target is read from the `Target Awal` column E",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === SH);
        expect((pk?.indikator ?? []).map((i) => i.targetCell).filter((c) => c?.startsWith("E"))).toEqual([]);
      },
    },
  ],
};
