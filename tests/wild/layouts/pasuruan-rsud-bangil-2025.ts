/**
 * Kabupaten Pasuruan, UOBK RSUD Bangil: PK Perubahan 2025 of the Direktur, as the hospital's own e-Lapkin prints it.
 *
 * Layout: lapkinrsudbangil/Rsud-Lapkin-Mobile resources/views/perjanjian/print.blade.php @d6f0c46b17f4061c12c8782da4fe7540a476620c
 * (page 1: pangkat line, `NIP.`, underlined names) and @9d6e16bcce47ec7c3ae65a6d88d62c605be699a0 (the lampiran page
 * `LAMPIRAN: INDIKATOR & TARGET` with `No | Indikator | Satuan | Target | Bobot (%) | Keterangan`, later dropped from the print).
 * Real, from the template: `PEMERINTAH KABUPATEN PASURUAN` / `PERJANJIAN KINERJA PERUBAHAN TAHUN 2025` / `UOBK RSUD BANGIL`;
 * `Nama | : value` (the colon inside the value cell); `Selanjutnya disebut pihak pertama.` / `Selaku atasan pihak pertama,
 * selanjutnya disebut pihak kedua.`; the date from Carbon format('d F Y'), i.e. an ENGLISH month (`01 July 2025`); PIHAK KEDUA
 * and PIHAK PERTAMA with no jabatan in the signature; pangkat printed as '' when missing; `NIP. ` printed even when the
 * Bupati has no NIP; a lampiran with no sasaran column and no budget table.
 * Made up: names, NIP, pangkat wording `Pembina Utama Muda / IV c`, indikator and targets (hospital standard indicators).
 */
import { Book } from "../book";
import type { Layout } from "../layout";

const DIREKTUR = "dr. RATNA KUSUMAWATI, M.Kes";
const NIP = "197203182000122004";
const BUPATI = "H. MOCHAMAD HARIYANTO, S.H.";
const JABATAN = "DIREKTUR UOBK RSUD BANGIL";

const IND = [
  { nama: "Indeks Kepuasan Masyarakat (IKM)", satuan: "Indeks", target: "82", want: 82, bobot: 20 },
  { nama: "Bed Occupancy Rate (BOR)", satuan: "%", target: "75", want: 75, bobot: 15 },
  { nama: "Persentase kepatuhan identifikasi pasien", satuan: "%", target: "100", want: 100, bobot: 15 },
  { nama: "Waktu tunggu rawat jalan", satuan: "menit", target: "≤ 60", want: { min: null, max: 60 }, bobot: 15, ket: "Standar Kemenkes" },
  { nama: "Net Death Rate (NDR)", satuan: "‰", target: "≤ 25", want: { min: null, max: 25 }, bobot: 15 },
  { nama: "Cost Recovery Rate BLUD", satuan: "%", target: "85", want: 85, bobot: 20 },
];

function build(): Book {
  const book = new Book("pasuruan-rsud-bangil-2025.xlsx");
  const s = book.sheet("PK Direktur 2025");
  s.rows("A1", [["PEMERINTAH KABUPATEN PASURUAN"], ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2025"], ["UOBK RSUD BANGIL"]]);
  s.put("A5", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan dibawah ini :");
  s.rows("A7", [["Nama", `: ${DIREKTUR}`], ["Jabatan", `: ${JABATAN}`]]);
  s.put("A9", "Selanjutnya disebut pihak pertama.");
  s.rows("A11", [["Nama", `: ${BUPATI}`], ["Jabatan", ": BUPATI PASURUAN"]]);
  s.put("A13", "Selaku atasan pihak pertama, selanjutnya disebut pihak kedua.");
  s.put("A15", "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  s.put("A17", "Pihak kedua akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  s.put("D19", "Pasuruan, 01 July 2025");
  s.row("A20", ["PIHAK KEDUA", null, null, "PIHAK PERTAMA"]);
  s.row("A24", [BUPATI, null, null, DIREKTUR]);
  s.put("D25", "Pembina Utama Muda / IV c");
  s.row("A26", ["NIP. ", null, null, "NIP. 19720318 200012 2 004"]);

  s.put("A29", "LAMPIRAN: INDIKATOR & TARGET");
  s.row("A30", ["No", "Indikator", "Satuan", "Target", "Bobot (%)", "Keterangan"]);
  IND.forEach((i, k) => s.row(`A${31 + k}`, [k + 1, i.nama, i.satuan, i.target, i.bobot, i.ket]));
  return book;
}

const PK = "PK Direktur 2025";

export const pasuruan: Layout = {
  name: "pasuruan-rsud-bangil-2025",
  source: "lapkinrsudbangil/Rsud-Lapkin-Mobile resources/views/perjanjian/print.blade.php @d6f0c46b (page 1) + @9d6e16bc (lampiran)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk" },
    pk: [
      {
        // workbook.md: `Direktur RSUD` is eselon2; the jabatan names the hospital as `UOBK RSUD BANGIL`.
        sheet: PK, jabatan: JABATAN, level: "eselon2", atasan: null, nama: DIREKTUR, nip: NIP,
        // `NIP. ` with nothing after it: no NIP, and nothing to call invalid.
        pihakKedua: { jabatan: "BUPATI PASURUAN", nama: BUPATI, nip: null },
        // Bobot (%) is a weight, never the target.
        indikator: IND.map((i) => ({ nama: i.nama, target: i.want, satuan: i.satuan, sasaran: null })),
        anggaran: [],
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    // No sasaran column: every indikator has no sasaran above it (rules.md, a warning).
    warnings: [{ rule: "atasan-missing", sheet: PK }, { rule: "sasaran-missing", sheet: PK, cell: "B31" }],
    absent: [
      { rule: "pihak-missing", sheet: PK }, { rule: "level-unknown", sheet: PK }, { rule: "nip-invalid", sheet: PK },
      { rule: "tabel-missing", sheet: PK }, { rule: "value-unreadable", sheet: PK }, { rule: "target-missing", sheet: PK },
      { rule: "tahun-missing", sheet: PK },
    ],
  },
  checks: [
    {
      name: "the Direktur's pangkat line is a pangkat, not a jabatan or a name",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK)!;
        expect({ jabatan: pk.pihakPertama?.jabatan, nama: pk.pihakPertama?.nama }).toEqual({ jabatan: JABATAN, nama: DIREKTUR });
      },
    },
  ],
};
