/**
 * Kabupaten Pringsewu, Dinas Kesehatan: a PK 2025 (the common layout) and the app's `Monitoring dan Evaluasi Kinerja`
 * print of the same indikator on its own sheet `Monev TW II`.
 *
 * Source: andhika201/E-Sakip @02b8dad2 `app/Views/adminKabupaten/monev/cetak.php` (CodeIgniter 4, PDF kop
 * `Monitoring dan Evaluasi Kinerja` / `Tahun 2025` / the unit). Its table, new to the reader in this combination:
 * `No | Sasaran | Indikator | Thn | Satuan | Rencana Aksi | Baseline | Target Triwulan (I..IV) | Realisasi Triwulan
 * (I..IV) | Total | Penanggung Jawab`, two header rows; `Baseline` holds the app's `target_capaian` (the annual
 * target); `Rencana Aksi` is free text with line breaks; `Total` is the app's own figure. The signature: one cell in the
 * right half, `Pringsewu, <print date>` + jabatan + name + `NIP. …`, no PIHAK words. The PK sheet follows workbook.md
 * §1 (the andhika201 PK print is in pringsewu-kominfo-pihak-kesatu-sel-2025). Made up: names, NIP, indikator, values.
 *
 * Correct reading. The spec is silent on one table holding both `Target Triwulan` (§2) and `Realisasi` over the
 * quarters (§3) under a title that names neither (`MONITORING DAN EVALUASI KINERJA`). A Bappeda planner reads it as
 * the Realisasi of the one PK (TW I and TW II reported, III and IV blank = not yet reported); its quarterly targets
 * agree with the PK (cumulative, TW IV = target) so reading them as a Rencana Aksi as well gives no finding. The sheet's
 * jenis: `realisasi`. `Thn` (2025) and `Total` are never a quarter's value. The `Rencana Aksi` text and `Penanggung
 * Jawab` may be reported as isi-tak-terbaca (§6) or taken as notes.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Kadis";
const MON = "Monev TW II";
const BUPATI = "RIYANTO PAMUNGKAS";
const KADIS = { nama: "dr. SITI NURJANAH, M.Kes.", nip: "19750821 200312 2 004", jab: "KEPALA DINAS KESEHATAN KABUPATEN PRINGSEWU" };

const SAS = ["Meningkatnya derajat kesehatan masyarakat", "Meningkatnya mutu pelayanan kesehatan dasar"];
const IND = [
  { s: 0, nama: "Angka Kematian Ibu per 100.000 kelahiran hidup", satuan: "per 100.000 KH", target: 90, tw: [90, 90, 90, 90], real: [22.5, 41.3], total: 41.3,
    ra: "Kelas ibu hamil di 15 Puskesmas\nPendampingan ibu hamil risiko tinggi" },
  { s: 0, nama: "Persentase balita stunting", satuan: "%", target: 14, tw: [14, 14, 14, 14], real: [16.2, 15.1], total: 15.1,
    ra: "Pemberian makanan tambahan balita\nPemantauan pertumbuhan di Posyandu" },
  { s: 1, nama: "Persentase Puskesmas terakreditasi Paripurna", satuan: "%", target: 40, tw: [10, 20, 30, 40], real: [10, 20], total: 20,
    ra: "Pendampingan akreditasi Puskesmas" },
];
const PROG = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 48_315_207_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 31_904_650_000 },
];

function build(): Book {
  const book = new Book("pringsewu-dinkes-monev-target-realisasi-tw-2025.xlsx");
  const s = book.sheet(PK);
  s.merge("A1:F1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:F2", KADIS.jab);
  s.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge("A5:A6", 1).merge("B5:B6", SAS[0]).put("A7", 2).put("B7", SAS[1]);
  IND.forEach((i, k) => s.row(`C${5 + k}`, [i.nama, i.satuan, i.target]));
  s.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => s.row(`A${10 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  s.merge("A12:C12", "Jumlah").put("D12", idr(sum(PROG.map((p) => p.pagu))));
  s.put("D14", "Pringsewu, 2 Januari 2025");
  s.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI PRINGSEWU,", null, `${KADIS.jab},`]]);
  s.row("B20", [BUPATI, null, KADIS.nama]);
  s.row("D21", ["Pembina Utama Muda (IV/c)"]);
  s.row("D22", [`NIP. ${KADIS.nip}`]);

  const m = book.sheet(MON);
  m.merge("A1:Q1", "MONITORING DAN EVALUASI KINERJA").merge("A2:Q2", "Tahun 2025").merge("A3:Q3", "DINAS KESEHATAN");
  for (const [c, h] of [["A", "No"], ["B", "Sasaran"], ["C", "Indikator"], ["D", "Thn"], ["E", "Satuan"], ["F", "Rencana Aksi"], ["G", "Baseline"], ["P", "Total"], ["Q", "Penanggung Jawab"]] as const)
    m.merge(`${c}5:${c}6`, h);
  m.merge("H5:K5", "Target Triwulan").merge("L5:O5", "Realisasi Triwulan");
  m.row("H6", ["I", "II", "III", "IV", "I", "II", "III", "IV"]);
  IND.forEach((i, k) => {
    const r = 7 + k;
    m.row(`A${r}`, [k + 1, SAS[i.s], i.nama, 2025, i.satuan, i.ra, i.target, ...i.tw, i.real[0], i.real[1], null, null, i.total, "Bidang Kesehatan Masyarakat"]);
  });
  m.put("J11", `Pringsewu, 14 Juli 2025\n${KADIS.jab}\n \n${KADIS.nama}\nNIP. ${KADIS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pringsewuMonevTw: Layout = {
  name: "pringsewu-dinkes-monev-target-realisasi-tw-2025",
  source: "andhika201/E-Sakip @02b8dad2 app/Views/adminKabupaten/monev/cetak.php",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [MON]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: "BUPATI PRINGSEWU", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SAS[i.s] })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "indikator-unknown", sheet: MON }, { rule: "target-mismatch", sheet: MON }, { rule: "tw-target-inconsistent", sheet: MON },
      { rule: "satuan-mismatch", sheet: MON }, { rule: "value-unreadable", sheet: MON }, { rule: "level-unknown", sheet: MON },
      { rule: "pihak-missing", sheet: MON }, { rule: "tahun-missing", sheet: MON }, { rule: "isi-tak-terbaca", sheet: PK },
    ],
    unreadOrRead: [{ sheet: MON, cells: ["L7", "M7", "L8", "M8", "L9", "M9"], what: "realisasi TW I, TW II" }],
  },
  checks: [
    {
      name: "the monitoring sheet is the PK's Realisasi: TW I and TW II per indikator, Thn and Total never a quarter",
      run(out) {
        expect(out.model.pk.map((p) => p.sheet)).toEqual([PK]);
        const real = out.model.realisasi.find((r) => r.sheet === MON);
        const got = IND.map((i) => ({ nama: i.nama, tw: real?.indikator.find((x) => x.nama.trim() === i.nama)?.tw ?? "not read" }));
        expect(got).toEqual(IND.map((i) => ({ nama: i.nama, tw: [i.real[0], i.real[1], null, null] })));
        expect(real?.pk).toBe(out.model.pk[0].id);
      },
    },
  ],
};
