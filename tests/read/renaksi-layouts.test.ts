/**
 * Rencana Aksi layouts of the eighth round of real workbooks (tests/wild: Jepara, Wonogiri, Klaten, Majalengka,
 * Pekalongan), each built small, each with a near miss that must not be read the same way.
 */
import { validasi } from "../../src/engine/run";
import { grid } from "../support/grid";
import type { CellValue, Grid } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const unread = (o: Out, sheet: string) => o.model.bacaan.find((b) => b.sheet === sheet)?.takTerbaca ?? [];

const IKU = [
  { nama: "Jumlah laporan hasil pengawasan", satuan: "LHP", target: 48 },
  { nama: "Persentase rekomendasi yang ditindaklanjuti", satuan: "%", target: 90 },
];

const pk = (budget: CellValue[][] = []): Grid => grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["INSPEKTUR DAERAH KABUPATEN CONTOH"],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
  ...IKU.map((i, k) => [k + 1, "Meningkatnya kualitas pengawasan", i.nama, i.satuan, i.target]),
  [],
  ...budget,
  [],
  [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [null, "BUPATI CONTOH,", null, "INSPEKTUR DAERAH KABUPATEN CONTOH,"],
  [null, "H. RUDI HARTONO", null, "Drs. WIDODO"],
  [null, null, null, "NIP. 19681121 199303 1 005"],
]);

/** A Rencana Aksi with one group header over TW I..IV and one row of quarter cells per IKU. */
const ra = (group: string, quarters: CellValue[][]): Grid => grid("RA", [
  ["RENCANA AKSI TAHUN 2025"],
  ["INSPEKTUR DAERAH KABUPATEN CONTOH"],
  [],
  ["No", "Indikator Kinerja", "Satuan", "Target 2025", group, null, null, null, "Penanggung Jawab"],
  [null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
  ...IKU.map((i, k) => [k + 1, i.nama, i.satuan, i.target, ...quarters[k], "Irban I"]),
]);

describe("Rencana Aksi over TW I..IV holding the action planned each quarter", () => {
  const actions = [
    ["Penyusunan PKPT 2025 dan audit 10 OPD", "Audit kinerja pada 14 perangkat daerah", "Reviu laporan keuangan dan evaluasi SAKIP", "Penerbitan seluruh LHP"],
    ["Inventarisasi rekomendasi BPK tahun lalu", "Pemantauan tindak lanjut oleh perangkat daerah", "Rapat pemutakhiran data tindak lanjut", "Tindak lanjut rekomendasi LHE AKIP"],
  ];

  it("reads no quarterly target from the sentences, no false error, and reports the four columns as not read", () => {
    const o = validasi([pk(), ra("Rencana Aksi", actions)]);
    const s = o.model.renaksi[0];
    expect(s.indikator.map((i) => [i.nama, i.target, i.tw])).toEqual(IKU.map((i) => [i.nama, i.target, [null, null, null, null]]));
    expect(rules(o, "error")).toEqual([]);
    expect(unread(o, "RA")).toEqual(["E4:H7"]);
  });

  it("near miss: `Rencana Aksi` over TW I..IV holding figures is the quarterly targets", () => {
    const o = validasi([pk(), ra("Rencana Aksi", [[12, 24, 36, 48], [90, 90, 90, 90]])]);
    expect(o.model.renaksi[0].indikator.map((i) => i.tw)).toEqual([[12, 24, 36, 48], [90, 90, 90, 90]]);
    expect(unread(o, "RA")).toEqual([]);
  });

  it("near miss: short qualitative quarter targets under `Target Triwulan` stay targets", () => {
    const o = validasi([pk(), ra("Target Triwulan", [[12, 24, 36, 48], ["Tersedia", "Tersedia", "Tersedia", "Tersedia"]])]);
    expect(o.model.renaksi[0].indikator[1].tw).toEqual(["Tersedia", "Tersedia", "Tersedia", "Tersedia"]);
  });
});

describe("Target Triwulan (%): quarters as a share of the annual target", () => {
  it("reads TW k = annual × p / 100, so 25 / 50 / 75 / 100 of 48 LHP is 12 / 24 / 36 / 48, with no false error", () => {
    const o = validasi([pk(), ra("Target Triwulan (%)", [[25, 50, 75, 100], [50, 70, 85, 100]])]);
    expect(o.model.renaksi[0].indikator.map((i) => i.tw)).toEqual([[12, 24, 36, 48], [45, 63, 76.5, 90]]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: a percent header over targets that fit the annual target is read as written", () => {
    const o = validasi([pk(), ra("Target Triwulan (%)", [[12, 24, 36, 48], [90, 90, 90, 90]])]);
    expect(o.model.renaksi[0].indikator.map((i) => i.tw)).toEqual([[12, 24, 36, 48], [90, 90, 90, 90]]);
  });

  it("near miss: when neither reading fits every row, the quarter cells are reported, never guessed", () => {
    const o = validasi([pk(), ra("Target Triwulan (%)", [[25, 50, 75, 100], [90, 90, 90, 85]])]);
    expect(o.model.renaksi[0].indikator.map((i) => i.tw)).toEqual([[null, null, null, null], [null, null, null, null]]);
    expect(unread(o, "RA")).toEqual(["E4:H7"]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: without `%` in the header the same figures are the targets (and the slip is an error)", () => {
    const o = validasi([pk(), ra("Target Triwulan", [[25, 50, 75, 100], [50, 70, 85, 100]])]);
    expect(o.model.renaksi[0].indikator.map((i) => i.tw)).toEqual([[25, 50, 75, 100], [50, 70, 85, 100]]);
    expect(rules(o, "error")).toEqual(["tw-target-inconsistent RA!H6", "tw-target-inconsistent RA!H7"]);
  });
});

describe("Target Bulanan over Jan..Des: the quarter targets are the months Mar, Jun, Sep, Des", () => {
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"];
  const monthly = (group: string, rows: CellValue[][]): Grid => grid("RA", [
    ["RENCANA AKSI TAHUN 2025"],
    ["INSPEKTUR DAERAH KABUPATEN CONTOH"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target 2025", group, ...new Array(11).fill(null), "Penanggung Jawab"],
    [null, null, null, null, ...MONTHS],
    ...IKU.map((i, k) => [k + 1, i.nama, i.satuan, i.target, ...rows[k], "Irban I"]),
  ]);

  it("reads a per-month count as quarters of three months, a running series at its quarter's last month, and keeps the real slip", () => {
    const lhp = new Array(12).fill(4);
    const persen = [10, 20, 30, 40, 50, 60, 65, 70, 75, 80, 84, 88];
    const o = validasi([pk(), monthly("Target Bulanan", [lhp, persen])]);
    const [a, b] = o.model.renaksi[0].indikator;
    expect([a.tw, a.twCells]).toEqual([[12, 12, 12, 12], ["G6", "J6", "M6", "P6"]]);
    expect([b.tw, b.twCells]).toEqual([[30, 60, 75, 88], ["G7", "J7", "M7", "P7"]]);
    // 88 in December against an annual 90 (Akhir): the planner's slip, at the December cell.
    expect(rules(o, "error")).toEqual(["tw-target-inconsistent RA!P7"]);
    // The months between quarter ends of a running series feed no rule: reported, never dropped.
    expect(unread(o, "RA")).toEqual(["E7:F7", "H7:I7", "K7:L7", "N7:O7"]);
  });

  it("a month left `-` has no target: an index measured in June and December has TW II and TW IV only", () => {
    const o = validasi([pk(), monthly("Target Bulanan", [[4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48], ["-", "-", "-", "-", "-", 80, "-", "-", "-", "-", "-", 90]])]);
    expect(o.model.renaksi[0].indikator.map((i) => i.tw)).toEqual([[12, 24, 36, 48], [null, 80, null, 90]]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: a schedule over the months (`Jadwal Pelaksanaan`, ticks) gives no quarterly target; only the annual targets are read", () => {
    const ticks = new Array(12).fill("v");
    const o = validasi([pk(), monthly("Jadwal Pelaksanaan", [ticks, ticks])]);
    expect(o.model.renaksi.flatMap((s) => s.indikator.map((i) => [i.target, i.tw]))).toEqual(IKU.map((i) => [i.target, [null, null, null, null]]));
    expect(rules(o, "error")).toEqual([]);
  });
});

describe("one row per action under its IKU: `No | IKU | Rencana Aksi | Indikator | I..IV`", () => {
  const perAction = (header: CellValue[], row: (iku: string, k: number) => CellValue[]): Grid => grid("RA", [
    ["RENCANA AKSI TAHUN 2025"],
    [],
    header,
    ...IKU.flatMap((i) => [row(i.nama, 0), row(i.nama, 1)]),
  ]);
  const aksi = (iku: string, k: number): CellValue[] => [k + 1, iku, `Aksi ${k + 1} untuk ${iku}`, `Jumlah kegiatan ${k + 1}`, 6, 12, 18, 24, "Irban I"];

  it("ties the sheet to its PK by the IKU column; the actions' quarterly targets are never the IKU's, and are reported", () => {
    const o = validasi([pk(), perAction(["No", "IKU", "Rencana Aksi", "Indikator", "I", "II", "III", "IV", "Penanggung Jawab"], aksi)]);
    const s = o.model.renaksi[0];
    expect(s.pk).toBe("PK");
    expect(s.indikator.map((i) => [i.nama, i.tw])).toEqual(IKU.map((i) => [i.nama, [null, null, null, null]]));
    expect(rules(o, "error")).toEqual([]);
    expect(rules(o).some((r) => r.startsWith("indikator-duplicate"))).toBe(false);
    expect(unread(o, "RA")).toEqual(["C3:H7"]);
  });

  it("near miss: `Indikator | Target | Indikator | Target` side by side (no Rencana Aksi column between) is not read as actions", () => {
    const header = ["No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV", "Indikator Kinerja", "Target"];
    const o = validasi([pk(), perAction(header, (iku) => [1, iku, 48, 12, 24, 36, 48, "Indikator bawahan", 10])]);
    expect(o.model.renaksi[0].indikator[0].tw).toEqual([12, 24, 36, 48]);
  });
});

describe("a RAK export by rekening: `Kode Program | … | Kode Sub Kegiatan | Sub Kegiatan | Kode Rekening | Rekening | Jan..Des`", () => {
  const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
  const KEG = ["6.01.02.2.01", "Penyelenggaraan Pengawasan Internal"];
  const SUB = [
    { kode: "6.01.02.2.01.0001", nama: "Pengawasan Kinerja", rek: [["5.1.02.01.01.0024", "Belanja ATK", 100], ["5.1.02.01.01.0052", "Belanja Makan Minum", 50]] as const },
    { kode: "6.01.02.2.01.0002", nama: "Pengawasan Keuangan", rek: [["5.1.02.01.01.0052", "Belanja Makan Minum", 25]] as const },
  ];
  const budget: CellValue[][] = [
    ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"],
    ...SUB.map((s, k) => [k + 1, s.kode, s.nama, 12 * s.rek.reduce((a, r) => a + r[2], 0)]),
  ];
  const HEADER = ["Kode Program", "Program", "Kode Kegiatan", "Kegiatan", "Kode Sub Kegiatan", "Sub Kegiatan", "Kode Rekening", "Rekening", ...MONTHS];
  const rak = (jabatan: string, header: CellValue[], parent: string): Grid => grid("RA", [
    ["RENCANA AKSI TAHUN 2025"],
    [jabatan],
    [],
    header,
    ...SUB.flatMap((s) => s.rek.map(([kode, nama, m]) => [parent, "PROGRAM PENYELENGGARAAN PENGAWASAN", ...KEG, s.kode, s.nama, kode, nama, ...new Array(12).fill(m)])),
  ]);
  const KASUBBAG = "KEPALA SUB BAGIAN UMUM INSPEKTORAT";

  it("one plan row per sub kegiatan, the sum of its rekening rows month by month; the rekening columns reported", () => {
    const o = validasi([pk(budget), rak(KASUBBAG, HEADER, "6.01.02")]);
    const plan = o.model.renaksi[0].plan;
    expect(plan.map((p) => [p.kode, p.keuangan?.values[0], p.keuangan?.values[11]])).toEqual([[SUB[0].kode, 150, 150], [SUB[1].kode, 25, 25]]);
    expect(plan[0].keuangan?.parts).toHaveLength(12);
    // (The PK is an eselon2's with sub kegiatan: its own level-mismatch is no concern here.)
    expect(rules(o, "error").filter((r) => r.includes(" RA!"))).toEqual([]);
    expect(unread(o, "RA")).toEqual(["G4:H7"]);
  });

  it("the budget object is the level of the sheet's jabatan line: a Kepala Bidang's plan by kegiatan, the sub kegiatan columns reported", () => {
    const o = validasi([pk(budget), rak("KEPALA BIDANG PENGAWASAN", HEADER, "6.01.02")]);
    expect(o.model.renaksi[0].plan.map((p) => [p.kode, p.keuangan?.values[0]])).toEqual([[KEG[0], 175]]);
    expect(unread(o, "RA")).toEqual(["E4:H7"]);
  });

  it("near miss: a program kode that is not the row's parent stays unread", () => {
    const o = validasi([pk(budget), rak(KASUBBAG, HEADER, "1.02.02")]);
    expect(unread(o, "RA")).toEqual(["G4:H7", "A5:B7"]);
  });

  it("near miss: without a rekening column each row is its own budget object, as before", () => {
    const header = HEADER.map((h) => (h === "Kode Rekening" ? "Kode Akun" : h === "Rekening" ? "Uraian Belanja" : h));
    const o = validasi([pk(budget), rak(KASUBBAG, header, "6.01.02")]);
    expect(o.model.renaksi[0].plan.length).toBe(3);
  });
});
