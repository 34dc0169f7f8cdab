/**
 * Kabupaten Balangan, Dinas Komunikasi dan Informatika: the Kepala Dinas PK 2025 beside the SIMONE monitoring print of
 * the year's first half: realisasi per quarter of every program, kegiatan and sub kegiatan.
 *
 * Layout: birddarak/SIMONE `resources/views/panel/pages/laporan/print.blade.php` (the version whose header puts
 * `Kinerja | Keuangan | Rp.` under each of `TW I .. TW IV`; 009aa43d has `Kinerja | % | Keuangan | %`) and
 * `partials/{program,kegiatan,subkegiatan}.blade.php` @0750056a71420e5e8c8bf3c9b14275c4576b7677. Real, from the
 * templates: the three title lines `MONITORING DAN EVALUASI CAPAIAN KINERJA ATAS RENCANA AKSI` / `DINAS KOMUNIKASI
 * INFORMASI DAN INFORMATIKA` / `APBD MURNI TAHUN 2025`; the header `PROGRAM / KEGIATAN / SUB KEGIATAN | TARGET KINERJA
 * DAN ANGGARAN (Target | Pagu) | REALISASI PER TRIWULAN (TW I..IV, each Kinerja | Keuangan | Rp.)`; one row per program,
 * kegiatan and sub kegiatan with `<kode> <title>` in one cell, the target as `<n> <satuan>`, the pagu `@currency`
 * (`Rp 1.250.000.000`), per quarter the output realisasi `<n> <satuan>` (`-` on program and kegiatan rows), the
 * KEUANGAN column holding a PERCENT of the pagu (`12,5 %`) and the `Rp.` column the amount; the single signature of the
 * Kepala Dinas with `Pembina Tk I/ IV/b` and `NIP.` under the name. The body partials fill no INDIKATOR or REALISASI
 * TOTAL column, so the header here has none (the print's header of that version has them, empty). Made up: the pemda
 * (the template names none), names, NIP, programs, sub kegiatan, amounts.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KADIS = "H. MUHAMMAD NOOR RIFANI, S.Sos, M.T.";
const BUPATI = "H. ABDUL HADI, S.Ag., M.I.Kom.";
const JAB = "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BALANGAN";
const NIP = "19720415 199803 1 006";
const SS = "Meningkatnya kualitas tata kelola pemerintahan berbasis elektronik";
const IND = [{ nama: "Indeks SPBE Kabupaten Balangan", satuan: "Indeks", target: 3.0 }];

type Sub = { kode: string; nama: string; target: string; pagu: number; out: [string, string]; rp: [number, number] };
const PROG: { kode: string; nama: string; target: string; keg: { kode: string; nama: string; target: string; sub: Sub[] }[] }[] = [
  {
    kode: "2.16.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", target: "100 Persen",
    keg: [{
      kode: "2.16.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", target: "12 Bulan",
      sub: [{ kode: "2.16.01.2.02.0001", nama: "Penyediaan Gaji dan Tunjangan ASN", target: "12 Bulan", pagu: 2_418_600_000, out: ["3 Bulan", "6 Bulan"], rp: [598_240_000, 612_880_000] }],
    }],
  },
  {
    kode: "2.16.03", nama: "PROGRAM APLIKASI INFORMATIKA", target: "3 Indeks",
    keg: [{
      kode: "2.16.03.2.02", nama: "Pengelolaan e-Government Di Lingkup Pemerintah Daerah Kabupaten/Kota", target: "4 Dokumen",
      sub: [
        { kode: "2.16.03.2.02.0005", nama: "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik", target: "6 Aplikasi", pagu: 845_000_000, out: ["1 Aplikasi", "2 Aplikasi"], rp: [84_500_000, 211_250_000] },
        { kode: "2.16.03.2.02.0002", nama: "Pengelolaan Pusat Data Pemerintahan Daerah", target: "12 Laporan", pagu: 410_000_000, out: ["3 Laporan", "6 Laporan"], rp: [61_500_000, 102_500_000] },
      ],
    }],
  },
];
const cur = (n: number) => `Rp ${idr(n)}`;
const pctOf = (a: number, b: number) => `${(Math.round((a / b) * 1000) / 10).toString().replace(".", ",")} %`;
const paguOf = (p: (typeof PROG)[number]) => sum(p.keg.flatMap((k) => k.sub.map((s) => s.pagu)));
const rpOf = (p: (typeof PROG)[number], q: 0 | 1) => sum(p.keg.flatMap((k) => k.sub.map((s) => s.rp[q])));

function build(): Book {
  const book = new Book("balangan-kominfo-simone-monev-2025.xlsx");
  const pk = book.sheet("PK Kadis");
  pk.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BALANGAN");
  pk.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  pk.row("A5", [1, SS, IND[0].nama, IND[0].satuan, "3,00"]);
  pk.row("A7", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => pk.row(`A${8 + i}`, [i + 1, p.kode, p.nama, idr(paguOf(p))]));
  pk.row("C10", ["Jumlah", idr(sum(PROG.map(paguOf)))]);
  pk.put("D12", "Paringin, 3 Februari 2025");
  pk.rows("B13", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI BALANGAN,", null, `${JAB},`]]);
  pk.row("B18", [BUPATI, null, KADIS]);
  pk.row("D19", ["Pembina Tk I/ IV/b"]);
  pk.row("D20", [`NIP. ${NIP}`]);

  const m = book.sheet("Monev TW II");
  m.merge("A1:O1", "MONITORING DAN EVALUASI CAPAIAN KINERJA ATAS RENCANA AKSI");
  m.merge("A2:O2", "DINAS KOMUNIKASI INFORMASI DAN INFORMATIKA");
  m.merge("A3:O3", "APBD MURNI TAHUN 2025");
  m.merge("A5:A7", "PROGRAM / KEGIATAN / SUB KEGIATAN").merge("B5:C6", "TARGET KINERJA DAN ANGGARAN").merge("D5:O5", "REALISASI PER TRIWULAN");
  m.merge("D6:F6", "TW I").merge("G6:I6", "TW II").merge("J6:L6", "TW III").merge("M6:O6", "TW IV");
  m.row("B7", ["Target", "Pagu", ...Array.from({ length: 4 }, () => ["Kinerja", "Keuangan", "Rp."]).flat()]);
  let r = 8;
  const tw = (pagu: number, out: [string, string] | null, rp: [number, number]) => [
    out ? out[0] : "-", pctOf(rp[0], pagu), cur(rp[0]), out ? out[1] : "-", pctOf(rp[1], pagu), cur(rp[1]),
    "-", "0,0 %", cur(0), "-", "0,0 %", cur(0),
  ];
  for (const p of PROG) {
    m.row(`A${r++}`, [`${p.kode} ${p.nama}`, p.target, cur(paguOf(p)), ...tw(paguOf(p), null, [rpOf(p, 0), rpOf(p, 1)])]);
    for (const k of p.keg) {
      const kp = sum(k.sub.map((s) => s.pagu));
      m.row(`A${r++}`, [`${k.kode} ${k.nama}`, k.target, cur(kp), ...tw(kp, null, [sum(k.sub.map((s) => s.rp[0])), sum(k.sub.map((s) => s.rp[1]))])]);
      for (const s of k.sub) m.row(`A${r++}`, [`${s.kode} ${s.nama}`, s.target, cur(s.pagu), ...tw(s.pagu, s.out, s.rp)]);
    }
  }
  // r = 15
  m.put(`E${r + 1}`, "Kepala Dinas Komunikasi dan Informatika");
  m.put(`E${r + 6}`, KADIS);
  m.put(`E${r + 7}`, "Pembina Tk I/ IV/b");
  m.put(`E${r + 8}`, `NIP. ${NIP}`);
  return book;
}

const PK = "PK Kadis";
const MON = "Monev TW II";

export const balanganSimone: Layout = {
  name: "balangan-kominfo-simone-monev-2025",
  source: "birddarak/SIMONE `resources/views/panel/pages/laporan/print.blade.php`, `partials/{program,kegiatan,subkegiatan}.blade.php` @0750056a (MONITORING DAN EVALUASI CAPAIAN KINERJA ATAS RENCANA AKSI, Kinerja | Keuangan (%) | Rp. per TW)",
  build,
  truth: {
    tahun: 2025,
    // Spec: money by quarter (`TW I .. TW IV`) is a Realisasi money table (workbook.md §6, issue 11 item 4); the title
    // says RENCANA AKSI but the table holds only realisasi (no Target TW group). A planner expects the quarterly money
    // of each program read: the Rp. column, NOT the Keuangan column (a percent of the pagu). Tapin's print of the same
    // title (esakip-mini, IKU rows) is reported not read on main; this one has no IKU rows, only budget objects with kode.
    sheets: { [PK]: "pk", [MON]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: JAB, level: "eselon2", atasan: null, nama: KADIS, nip: NIP.replace(/\s/g, ""),
        pihakKedua: { jabatan: "BUPATI BALANGAN", nama: BUPATI, nip: null },
        indikator: IND.map((x) => ({ nama: x.nama, target: x.target, satuan: x.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: paguOf(p) })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      // Sub kegiatan outputs are no PK indikator; `-`, `0,0 %`, `Rp 0` are readable; the pagu agree; half the pagu spent.
      ...["indikator-unknown", "pk-unlinked", "pagu-mismatch", "realisasi-over-pagu", "value-unreadable", "kode-invalid",
        "tahun-missing", "target-mismatch", "satuan-mismatch", "tw-target-inconsistent", "sheet-unrecognised"].map((rule) => ({ rule, sheet: MON })),
    ],
    // The output realisasi of sub kegiatan (`3 Bulan`, `1 Aplikasi`) has no place in the model: read or reported.
    unreadOrRead: [{ sheet: MON, cells: ["D10", "G10", "D13", "G13", "D14", "G14"], what: "Kinerja (output) per TW of a sub kegiatan" }],
  },
  checks: [
    {
      name: "each program's realisasi keuangan is the Rp. column at months 3 and 6 (not the Keuangan percent)",
      run(out) {
        const real = out.model.realisasi.find((s) => s.sheet === MON);
        expect(real?.pk ?? null).toBe(PK);
        const got = PROG.map((p) => {
          const b = real!.budget.find((x) => x.kode === p.kode);
          return { kode: p.kode, pagu: b?.pagu ?? null, m3: b?.keuangan?.values[2] ?? null, m6: b?.keuangan?.values[5] ?? null };
        });
        expect(got).toEqual(PROG.map((p) => ({ kode: p.kode, pagu: paguOf(p), m3: rpOf(p, 0), m6: rpOf(p, 1) })));
      },
    },
  ],
};
