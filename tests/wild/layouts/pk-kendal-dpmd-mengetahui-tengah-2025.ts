/**
 * Kabupaten Kendal (made up), Dinas Pemberdayaan Masyarakat dan Desa: the PK 2025 of a Kepala Bidang signed in THREE
 * columns WITHOUT PIHAK words: left the Kepala Dinas (the superior), middle `Mengetahui,` + `a.n. BUPATI KENDAL` /
 * `SEKRETARIS DAERAH` (name, pangkat, NIP), right the Kabid; the date line over the right column. The Kadis's own PK
 * is the first sheet. Targets glued to their satuan (`12 Desa`, `100 %`).
 *
 * Source: the three-block signature with `Mengetahui, a.n. BUPATI … SEKRETARIS DAERAH u.b.` of a Kabupaten Kediri
 * print (index id 35164631409, used in kediri-kelurahan-anbupati-2025, there WITH PIHAK words), here without them
 * (workbook.md §6: "Without PIHAK words the superior signs on the left and the official on the right"). Names, NIP,
 * indikator, targets, kegiatan and amounts made up.
 *
 * Correct reading: `Lamp PK Kabid` is one eselon3 PK (`KEPALA BIDANG PEMBERDAYAAN LEMBAGA KEMASYARAKATAN DESA`), Pihak
 * Kedua the Kadis (left column), NOT the Sekda of the middle `Mengetahui` block: superior `Lamp PK Kadis`, no
 * atasan-missing and no atasan-mismatch on it; the Kadis's PK (Bupati, not in the workbook) has atasan-missing.
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

const PK1 = "Lamp PK Kadis";
const PK2 = "Lamp PK Kabid";
const BUPATI = { nama: "Hj. DYAH KARTIKA PERMANASARI, S.E.", jab: "BUPATI KENDAL" };
const KADIS = { nama: "Drs. MUHAMMAD TAMAMI, M.Si.", nip: "19710408 199203 1 005", jab: "KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN KENDAL" };
const SEKDA = { nama: "Dr. SUGIONO, S.H., M.H.", nip: "19690101 199003 1 012", pangkat: "Pembina Utama Madya (IV/d)" };
const KABID = { nama: "ENDANG PURWANINGSIH, S.Sos., M.M.", nip: "19790512 200501 2 010", jab: "KEPALA BIDANG PEMBERDAYAAN LEMBAGA KEMASYARAKATAN DESA" };
const IND1 = [{ s: "Meningkatnya kemandirian desa", nama: "Jumlah desa mandiri", text: "45 Desa", target: 45 }];
const PROG = [{ kode: "2.13.03", nama: "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT", pagu: 1_840_000_000 }];
const IND2 = [
  { s: "Meningkatnya peran lembaga kemasyarakatan desa", nama: "Jumlah desa dengan lembaga kemasyarakatan aktif", text: "12 Desa", target: 12 },
  { s: "Meningkatnya peran lembaga kemasyarakatan desa", nama: "Persentase kader pemberdayaan masyarakat desa yang terlatih", text: "100 %", target: 100 },
];
const KEG = [{ kode: "2.13.03.2.01", nama: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa", pagu: 1_840_000_000 }];

function sheet(book: Book, name: string, o: { unit: string; sw: string; ind: typeof IND1; bw: string; items: typeof PROG; left: { nama: string; jab: string; nip?: string }; right: { nama: string; jab: string; nip: string }; mengetahui: boolean }) {
  const s = book.sheet(name);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", o.unit);
  s.row("A4", ["No", o.sw, "Indikator Kinerja", "Target"]);
  o.ind.forEach((i, k) => s.row(`A${5 + k}`, [k + 1, i.s, i.nama, i.text]));
  s.row("A8", ["Kode", o.bw, "Anggaran (Rp)"]);
  o.items.forEach((x, k) => s.row(`A${9 + k}`, [x.kode, x.nama, rp(x.pagu)]));
  s.put("B10", "Jumlah").put("C10", rp(o.items[0].pagu));
  s.put("E12", "Kendal, 2 Januari 2025");
  s.put("A13", `${o.left.jab},`).put("E13", `${o.right.jab},`);
  s.put("A17", o.left.nama).put("E17", o.right.nama);
  if (o.left.nip) s.put("A18", `NIP. ${o.left.nip}`);
  s.put("E18", `NIP. ${o.right.nip}`);
  if (o.mengetahui) {
    s.put("C13", "Mengetahui,").put("C14", "a.n. BUPATI KENDAL").put("C15", "SEKRETARIS DAERAH");
    s.put("C19", SEKDA.nama).put("C20", SEKDA.pangkat).put("C21", `NIP. ${SEKDA.nip}`);
  }
}

function build(): Book {
  const book = new Book("pk-kendal-dpmd-mengetahui-tengah-2025.xlsx");
  sheet(book, PK1, { unit: "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN KENDAL", sw: "Sasaran Strategis", ind: IND1, bw: "Program", items: PROG, left: BUPATI, right: KADIS, mengetahui: false });
  sheet(book, PK2, { unit: KABID.jab, sw: "Sasaran Program", ind: IND2, bw: "Kegiatan", items: KEG, left: KADIS, right: KABID, mengetahui: true });
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pkKendalDpmdMengetahuiTengah: Layout = {
  name: "pk-kendal-dpmd-mengetahui-tengah-2025",
  source: "three-block signature with `Mengetahui, a.n. BUPATI … SEKRETARIS DAERAH` (index id 35164631409, Kabupaten Kediri print) without PIHAK words; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      { sheet: PK1, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND1.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s })), anggaran: PROG.map((p) => ({ kode: p.kode, pagu: p.pagu })) },
      { sheet: PK2, jabatan: KABID.jab, level: "eselon3", atasan: PK1, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: IND2.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s })), anggaran: KEG.map((p) => ({ kode: p.kode, pagu: p.pagu })) },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK1 }],
    absent: [
      { rule: "atasan-missing", sheet: PK2 }, { rule: "atasan-mismatch", sheet: PK2 }, { rule: "pihak-missing", sheet: PK2 },
      { rule: "level-mismatch", sheet: PK2 }, { rule: "nip-invalid", sheet: PK2 }, { rule: "anggaran-rollup", sheet: PK1 },
      { rule: "kode-orphan", sheet: PK2 }, { rule: "level-unknown", sheet: PK2 },
    ],
  },
};
