/**
 * Provinsi Nusa Tenggara Barat, Sekretariat DPRD: the PK of the (Plt.) Sekretaris DPRD, whose Pihak Kedua is the
 * Gubernur, and the PK of one Kepala Bagian under him; typed in Word, pasted into Excel.
 *
 * Layout of the signature: the Sekretariat DPRD Provinsi NTB's own signature block as its LKjIP prints it (pages
 * corpus: https://dokumen.tips/documents/kata-pengantar-dprd-lkjip-sekretariat-dprd-provinsi-ntb-tahun-2015-i-kata.html,
 * LKjIP 2015, and https://123dok.com/document/zlewg02q-pengantar-mataram-februari-sekretariat-perwakilan-provinsi-tenggara-sekretaris.html,
 * LKjIP 2016): `Mataram, <date>` / `SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI NUSA TENGGARA BARAT` (the UNIT,
 * not the jabatan) / `Plt. SEKRETARIS,` (2015; `SEKRETARIS` in 2016) / name / `Pembina Utama Muda (IV/c)` /
 * `NIP. 19650423 199903 1 010`: the jabatan line is only `SEKRETARIS`, the unit on the line above. Without PIHAK words
 * (workbook.md §6: the superior signs left). The lampiran tables are the Permenpan 53/2014 form (`NO | SASARAN
 * STRATEGIS | INDIKATOR KINERJA | TARGET`, `NO | PROGRAM | ANGGARAN | KETERANGAN`), money typed as text
 * `Rp 1.250.000.000,00` as Word users type it.
 * Made up: the year 2025 (so kode are Kepmendagri 050-5889/2021, urusan 4.02 Sekretariat DPRD, provinsi `.1.`), every
 * name and NIP, the sasaran, indikator, targets and amounts.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const GUB = "H. LALU MUHAMAD IQBAL";
const SEKWAN = "Drs. H. SURYA BAHARI, M.Si.";
const KABAG = "BAIQ NURUL HIDAYATI, S.H., M.H.";
const UNITLINE = "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI NUSA TENGGARA BARAT";
const KABAG_JAB = "KEPALA BAGIAN PERSIDANGAN DAN PERUNDANG-UNDANGAN";
const rpText = (n: number) => `Rp ${idr(n, 2)}`;

const PROG = [
  { kode: "4.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", pagu: 58_412_735_000 },
  { kode: "4.02.02", nama: "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD", pagu: 41_250_000_000 },
];
// The other Kabag's kegiatan (4.02.02.1.03, Rp 14.930.000.000) is not in this workbook.
const KEG = [
  { kode: "4.02.02.1.01", nama: "Pembentukan Peraturan Daerah dan Peraturan DPRD", pagu: 12_470_000_000 },
  { kode: "4.02.02.1.02", nama: "Pembahasan Kebijakan Anggaran", pagu: 13_850_000_000 },
];
const SS = "Meningkatnya kualitas fasilitasi pelaksanaan fungsi DPRD";
const IND = [
  { nama: "Persentase Ranperda yang ditetapkan menjadi Perda", target: "85 %", want: 85 },
  { nama: "Persentase fasilitasi pelaksanaan fungsi anggaran dan pengawasan DPRD tepat waktu", target: "100 %", want: 100 },
];
const SP = "Meningkatnya kualitas fasilitasi persidangan dan pembentukan peraturan daerah";
const IND_KABAG = [
  { nama: "Persentase rapat paripurna yang terfasilitasi tepat waktu", target: "100 %", want: 100 },
  { nama: "Jumlah Ranperda yang difasilitasi pembahasannya", target: "12 Ranperda", want: 12 },
];

function build(): Book {
  const book = new Book("ntb-setwan-plt-2025.xlsx");
  const s = book.sheet("PK Sekwan");
  s.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "SEKRETARIAT DPRD PROVINSI NUSA TENGGARA BARAT");
  s.row("A4", ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]);
  s.merge("A5:A6", "1.").merge("B5:B6", SS);
  IND.forEach((i, j) => s.row(`C${5 + j}`, [i.nama, i.target]));
  s.row("A8", ["NO", "PROGRAM", "ANGGARAN", "KETERANGAN"]);
  PROG.forEach((p, i) => s.row(`A${9 + i}`, [`${i + 1}.`, `${p.kode} ${p.nama}`, rpText(p.pagu), "APBD"]));
  s.row("B11", ["JUMLAH", rpText(sum(PROG.map((p) => p.pagu)))]);
  s.put("D13", "Mataram, 2 Januari 2025");
  s.row("B14", ["GUBERNUR NUSA TENGGARA BARAT,", null, UNITLINE]);
  s.put("D15", "Plt. SEKRETARIS,");
  s.row("B19", [GUB, null, SEKWAN]);
  s.put("D20", "Pembina Utama Muda (IV/c)");
  s.put("D21", "NIP. 19690523 199503 1 004");

  const k = book.sheet("PK Kabag Persidangan");
  k.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", KABAG_JAB).merge("A3:D3", "SEKRETARIAT DPRD PROVINSI NUSA TENGGARA BARAT");
  k.row("A5", ["NO", "SASARAN PROGRAM", "INDIKATOR KINERJA", "TARGET"]);
  k.merge("A6:A7", "1.").merge("B6:B7", SP);
  IND_KABAG.forEach((i, j) => k.row(`C${6 + j}`, [i.nama, i.target]));
  k.row("A9", ["NO", "KEGIATAN", "ANGGARAN", "KETERANGAN"]);
  KEG.forEach((g, i) => k.row(`A${10 + i}`, [`${i + 1}.`, `${g.kode} ${g.nama}`, rpText(g.pagu), "APBD"]));
  k.row("B12", ["JUMLAH", rpText(sum(KEG.map((g) => g.pagu)))]);
  k.put("D14", "Mataram, 2 Januari 2025");
  k.row("B15", [UNITLINE, null, `${KABAG_JAB},`]);
  k.put("B16", "Plt. SEKRETARIS,");
  k.row("B20", [SEKWAN, null, KABAG]);
  k.row("B21", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  k.row("B22", ["NIP. 19690523 199503 1 004", null, "NIP. 19780214 200312 2 007"]);
  return book;
}

const PK1 = "PK Sekwan";
const PK2 = "PK Kabag Persidangan";

export const ntbSetwan: Layout = {
  name: "ntb-setwan-plt-2025",
  source: "Sekretariat DPRD Provinsi NTB LKjIP 2015/2016 signature (dokumen.tips, 123dok pages); Permenpan 53/2014 lampiran form",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      {
        // The jabatan line is `Plt. SEKRETARIS,`; the line above is the unit (Sekretariat DPRD), so the official is the
        // Sekretaris DPRD: eselon2 (workbook.md §1 words), not the eselon3 `Sekretaris (of a dinas, badan or inspektorat)`.
        // The Program table agrees. A reader that joins the unit line into the jabatan is as right (the jabatan then
        // shows as the only difference here); the level and the cascade are what count.
        sheet: PK1, jabatan: "Plt. SEKRETARIS", level: "eselon2", atasan: null, nama: SEKWAN, nip: "196905231995031004",
        pihakKedua: { jabatan: "GUBERNUR NUSA TENGGARA BARAT", nama: GUB, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.want, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        // Pihak Kedua is written exactly as the Sekwan's own Pihak Pertama (unit line + `Plt. SEKRETARIS,`): whatever a
        // reader makes of the one it makes of the other, so the cascade links (prefix `Plt.` ignored, workbook.md §1).
        sheet: PK2, jabatan: KABAG_JAB, level: "eselon3", atasan: PK1, nama: KABAG, nip: "197802142003122007",
        pihakKedua: { jabatan: "Plt. SEKRETARIS", nama: SEKWAN, nip: "196905231995031004" },
        indikator: IND_KABAG.map((i) => ({ nama: i.nama, target: i.want, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    // rules.md anggaran-rollup: program 4.02.02 (Rp 41.250.000.000) against its kegiatan in the subordinate PKs of the
    // workbook (Rp 26.320.000.000): the other Kabag's share is missing, and the rule fires whenever one carries one.
    errors: [{ rule: "anggaran-rollup", sheet: PK1, cell: "C10" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 },
      { rule: "kode-uncovered", sheet: PK1 },
      // `satuan` only inside the target cell (`85 %`, `12 Ranperda`): no satuan-missing.
    ],
    absent: [
      { rule: "level-mismatch", sheet: PK1 }, { rule: "level-mismatch", sheet: PK2 }, { rule: "level-unknown", sheet: PK1 },
      { rule: "atasan-missing", sheet: PK2 }, { rule: "atasan-mismatch", sheet: PK2 }, { rule: "kode-orphan", sheet: PK2 },
      { rule: "value-unreadable", sheet: PK1 }, { rule: "value-unreadable", sheet: PK2 }, { rule: "jumlah-mismatch", sheet: PK1 },
      { rule: "jumlah-mismatch", sheet: PK2 }, { rule: "pihak-missing", sheet: PK1 }, { rule: "satuan-missing", sheet: PK1 },
      { rule: "satuan-missing", sheet: PK2 }, { rule: "nip-invalid", sheet: PK1 }, { rule: "nip-invalid", sheet: PK2 },
    ],
  },
  checks: [
    {
      name: "the Sekwan's pangkat line is no part of his name, and the unit line above `Plt. SEKRETARIS,` is no Pihak Kedua",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK1);
        expect(pk?.pihakPertama?.nama?.trim()).toBe(SEKWAN);
        expect(pk?.pihakKedua?.nama?.trim()).toBe(GUB);
      },
    },
  ],
};
