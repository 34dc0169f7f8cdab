/**
 * A Bagian of a Sekretariat Daerah: the PK of the Asisten and of the Kepala Bagian Organisasi under him (common
 * layout of workbook.md §1), and the Kabag's Rencana Aksi as a PHP e-kinerja app prints it.
 *
 * Layout of the Rencana Aksi: index id 56698494304 (PHP print/docx view `RENCANA AKSI TAHUN <tahun>`, repository not
 * named by the index; the app budgets from DIPA, the layout is what is taken). Real, from the template: title
 * `RENCANA AKSI TAHUN 2025`, then ONE line `<unit> - <role label>` (unit and jabatan joined by ` - `), then `Nomor: …`;
 * ONE header row `No | Sasaran | Indikator | Satuan | Sumber Data | Target TW1 | Target TW2 | Target TW3 | Target TW4 |
 * Aksi/Kegiatan | Jadwal | Keluaran | Dana` (no annual Target column, no merged `Target Triwulan` group), the Aksi,
 * Jadwal (`TW1 s.d. TW4 Tahun 2025`) and Keluaran texts on every row, Dana a bare number; `<lokasi>, <tanggal>`, then
 * a two-cell signature: LEFT `Penanggung Jawab` / jabatan / name (the official), RIGHT `Mengetahui` / jabatan / name
 * (the superior): no PIHAK words, and the sides the other way round from workbook.md §6's default.
 * Made up: the pemda (Kabupaten Sleman), names, NIPs, indikator, targets, amounts, kode (Kepmendagri form).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const ASISTEN = "Drs. BAMBANG SURYO NUGROHO, M.M.";
const KABAG = "SRI WAHYUNI HANDAYANI, S.IP., M.Si.";
const ASISTEN_JAB = "ASISTEN ADMINISTRASI UMUM SEKRETARIAT DAERAH KABUPATEN SLEMAN";
const KABAG_JAB = "KEPALA BAGIAN ORGANISASI";
const UNIT = "BAGIAN ORGANISASI SEKRETARIAT DAERAH KABUPATEN SLEMAN";

const PROG = [{ kode: "4.01.02", nama: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", pagu: 1_184_650_000 }];
const KEG = [
  { kode: "4.01.02.2.05", nama: "Pelaksanaan Kebijakan Kelembagaan dan Analisis Jabatan", pagu: 642_300_000 },
  { kode: "4.01.02.2.06", nama: "Pelaksanaan Reformasi Birokrasi dan Tata Laksana", pagu: 542_350_000 },
];
const SS = "Meningkatnya kualitas tata kelola pemerintahan daerah";
const IND_AS = [
  { nama: "Indeks Reformasi Birokrasi Pemerintah Daerah", satuan: "Nilai", target: 78 },
  { nama: "Indeks Kelembagaan Perangkat Daerah", satuan: "Indeks", target: 85 },
];
const SP = "Meningkatnya efektivitas kelembagaan dan tata laksana perangkat daerah";
const IND = [
  { nama: "Indeks Kelembagaan Perangkat Daerah", satuan: "Indeks", target: 85, tw: ["", "", 80, 85], dana: 312_000_000 },
  { nama: "Persentase perangkat daerah yang menerapkan SOP", satuan: "%", target: 100, tw: [25, 50, 75, 100], dana: 148_500_000 },
  { nama: "Jumlah dokumen analisis jabatan dan beban kerja yang disusun", satuan: "Dokumen", target: 4, tw: [1, 1, 1, 1], dana: 181_800_000 },
  // The workbook's own mistake: TW4 75 against the PK's 78 (and the quarters do not add up to 78 either).
  { nama: "Nilai Reformasi Birokrasi Pemerintah Daerah", satuan: "Nilai", target: 78, tw: ["", "", "", 75], dana: 542_350_000 },
];

function build(): Book {
  const book = new Book("sleman-organisasi-renaksi-2025.xlsx");

  const a = book.sheet("PK Asisten Adum");
  a.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", ASISTEN_JAB);
  a.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  a.merge("A5:A6", 1).merge("B5:B6", SS);
  IND_AS.forEach((i, j) => a.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  a.row("A8", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => a.row(`A${9 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  a.put("D11", "Sleman, 3 Januari 2025");
  a.row("B12", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  a.row("B13", ["SEKRETARIS DAERAH KABUPATEN SLEMAN,", null, `${ASISTEN_JAB},`]);
  a.row("B17", ["Ir. HARDA KISWAYA, M.Si.", null, ASISTEN]);
  a.row("B18", ["NIP. 19680524 199503 1 003", null, "NIP. 19700830 199603 1 002"]);

  const k = book.sheet("PK Kabag Organisasi");
  k.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABAG_JAB).merge("A3:E3", "SEKRETARIAT DAERAH KABUPATEN SLEMAN");
  k.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  k.merge("A6:A9", 1).merge("B6:B9", SP);
  IND.forEach((i, j) => k.row(`C${6 + j}`, [i.nama, i.satuan, i.target]));
  k.row("A11", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, i) => k.row(`A${12 + i}`, [i + 1, g.kode, g.nama, idr(g.pagu)]));
  k.merge("A14:C14", "Jumlah").put("D14", idr(sum(KEG.map((g) => g.pagu))));
  k.put("D16", "Sleman, 3 Januari 2025");
  k.row("B17", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B18", [`${ASISTEN_JAB},`, null, `${KABAG_JAB},`]);
  k.row("B22", [ASISTEN, null, KABAG]);
  k.row("B23", ["NIP. 19700830 199603 1 002", null, "NIP. 19780611 200501 2 012"]);

  const r = book.sheet("Renaksi Kabag");
  r.merge("A1:M1", "RENCANA AKSI TAHUN 2025").merge("A2:M2", `${UNIT} - ${KABAG_JAB}`).merge("A3:M3", "Nomor: 000.8.3/112/Org/2025");
  r.row("A5", ["No", "Sasaran", "Indikator", "Satuan", "Sumber Data", "Target TW1", "Target TW2", "Target TW3", "Target TW4", "Aksi/Kegiatan", "Jadwal", "Keluaran", "Dana"]);
  IND.forEach((i, j) =>
    r.row(`A${6 + j}`, [
      j + 1, SP, i.nama, i.satuan, "Laporan Bagian Organisasi", ...i.tw,
      "Validasi data dari Laporan Bagian Organisasi dan tindak lanjut indikator.", "TW1 s.d. TW4 Tahun 2025",
      "Laporan capaian kinerja triwulan.", String(i.dana),
    ]),
  );
  r.put("K11", "Sleman, 6 Januari 2025");
  r.row("B12", ["Penanggung Jawab", null, null, null, null, null, null, null, "Mengetahui"]);
  r.row("B13", [KABAG_JAB, null, null, null, null, null, null, null, ASISTEN_JAB]);
  r.row("B17", [KABAG, null, null, null, null, null, null, null, ASISTEN]);
  return book;
}

const PK1 = "PK Asisten Adum";
const PK2 = "PK Kabag Organisasi";
const RA = "Renaksi Kabag";

export const slemanRenaksi: Layout = {
  name: "sleman-organisasi-renaksi-2025",
  source: "index id 56698494304 (PHP print `RENCANA AKSI TAHUN`, Target TW1..TW4 without annual target, Penanggung Jawab / Mengetahui signature)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK1, jabatan: ASISTEN_JAB, level: "eselon2", atasan: null, nama: ASISTEN, nip: "197008301996031002",
        pihakKedua: { jabatan: "SEKRETARIS DAERAH KABUPATEN SLEMAN", nama: "Ir. HARDA KISWAYA, M.Si.", nip: "196805241995031003" },
        indikator: IND_AS.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: PK2, jabatan: KABAG_JAB, level: "eselon3", atasan: PK1, nama: KABAG, nip: "197806112005012012",
        pihakKedua: { jabatan: ASISTEN_JAB, nama: ASISTEN, nip: "197008301996031002" },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    // The Rencana Aksi has no annual target: the annual target of each indikator is its PK's (rules.md
    // tw-target-inconsistent, "for Akhir and Rata-rata, TW IV differs from the annual target"). Nilai RB is Akhir
    // (workbook.md §2: not a `Jumlah ...`): TW4 75 against 78.
    errors: [{ rule: "tw-target-inconsistent", sheet: RA, cell: "I9" }],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK1 }],
    absent: [
      // The line `<unit> - KEPALA BAGIAN ORGANISASI` ties the sheet to the Kabag's PK; its indikator are the Kabag's.
      { rule: "pk-unlinked", sheet: RA }, { rule: "indikator-unknown", sheet: RA }, { rule: "renaksi-missing", sheet: PK2 },
      { rule: "satuan-mismatch", sheet: RA }, { rule: "target-mismatch", sheet: RA }, { rule: "tahun-missing", sheet: RA },
      { rule: "value-unreadable", sheet: RA }, { rule: "tw-target-decreasing", sheet: RA }, { rule: "pihak-missing", sheet: RA },
      // Indeks Kelembagaan's TW3 80 / TW4 85 with TW1–2 blank is cumulative with TW4 = annual: no error.
      { rule: "tw-target-inconsistent", sheet: RA, cell: "I6" }, { rule: "tw-target-inconsistent", sheet: RA, cell: "I7" },
      { rule: "tw-target-inconsistent", sheet: RA, cell: "I8" },
    ],
    // Aksi/Kegiatan, Jadwal, Keluaran, Sumber Data and Dana (a bare amount per indikator, no months): no place in the
    // model (workbook.md §2 names none); read or reported, not silently dropped.
    unreadOrRead: [{ sheet: RA, cells: ["M6", "M7", "M8", "M9"], what: "Dana per indikator" }],
  },
  checks: [
    {
      name: "the Rencana Aksi belongs to the Kabag's PK and holds its four indikator with their quarters",
      run(out) {
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        const pk2 = out.model.pk.find((p) => p.sheet === PK2);
        expect(s?.pk).toBe(pk2?.id);
        expect(s?.indikator.map((i) => [i.nama.trim(), i.tw])).toEqual(
          IND.map((i) => [i.nama, i.tw.map((v) => (v === "" ? null : v))]),
        );
      },
    },
  ],
};
