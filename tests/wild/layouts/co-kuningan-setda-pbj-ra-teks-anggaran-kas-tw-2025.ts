/**
 * Kabupaten Kuningan, Sekretariat Daerah: the PK 2025 of the Kepala Bagian Pengadaan Barang dan Jasa and its Rencana
 * Aksi, whose quarterly targets are typed as text the way planners write them (`25%`, `1 dokumen` with the unit glued,
 * `Tersusunnya draft RUP` for a quarter whose step is qualitative, `-` for none), and whose budget plan is the anggaran
 * kas by QUARTER in one header row: `No | Kode | Kegiatan | Pagu (Rp) | Anggaran Kas TW I | Anggaran Kas TW II |
 * Anggaran Kas TW III | Anggaran Kas TW IV`, a `JUMLAH` row under it. Two planner slips the workbook really has: the
 * tender indikator's TW IV (`85%`) is not its annual 90, and one kegiatan's anggaran kas adds up to 307.400.000
 * against its pagu 312.400.000.
 *
 * Source. Code index id 57178919989 (SI-RFK monitoring blueprint for a Dinas Kesehatan RFK workbook: `ANGGARAN KAS TW
 * I | … | ANGGARAN KAS TW IV` per sub kegiatan beside `TOTAL PAGU ANGGARAN`, "TW1 + TW2 + TW3 + TW4 = Total Pagu",
 * targets kept as text such as `4 Dokumen`) and id 38661907912 (Maatwebsite `RBExport`, a Dinas Kesehatan rencana aksi:
 * `TARGET` over `TWI..TWIV` for the action and `Target Anggaran TW I..IV`); repositories not named. Made up: the pemda,
 * the bagian, names, NIP, indikator, kegiatan (kode in the Kepmendagri 050-5889/2021 shape, urusan 4.01) and amounts.
 *
 * What a correct reader does. workbook.md §2: the kinerja table with `Target Triwulan` over `I..IV`; §5: a number with
 * its unit in the cell (`1 dokumen` is 1, `25%` is 25), `-` is none, a text is a qualitative target. So `Persentase
 * paket …` has 25 / 50 / 75 / 85: neither cumulative (TW IV 85 ≠ 90) nor per quarter (sum 235): tw-target-inconsistent
 * at H7 (Akhir: TW IV differs from the annual target). `Jumlah dokumen RUP …` (Kumulatif) has a qualitative TW I, then
 * 1, 1, 1: cumulative, TW IV = 1, no error, no tw-target-decreasing against a text. The ITKP `-, -, -, 85` is fine.
 * The plan table is a budget plan by quarter (issue 11 item 4: points at months 3, 6, 9, 12, as the
 * bantul-rsud-ra-penarikan-dana-tw-2025 layout reads `Rencana Penarikan Dana (Rp)` over `TW I..IV`): rak-sum at D14
 * (307.400.000 ≠ 312.400.000), the other two add up, the JUMLAH row is a total (layout). The spec is silent on a
 * single header row `Anggaran Kas TW I`; a Bappeda planner reads it as the RAK by quarter.
 */
import { Book, rp } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Kabag PBJ";
const RA = "RA 2025";
const ASISTEN = { nama: "Drs. H. ENDANG SUHENDAR, M.Si.", nip: "19680405 199003 1 011", jab: "ASISTEN PEREKONOMIAN DAN PEMBANGUNAN SEKRETARIAT DAERAH KABUPATEN KUNINGAN" };
const KABAG = { nama: "RINA MARLIANA, S.E., M.M.", nip: "19800213 200604 2 008", jab: "KEPALA BAGIAN PENGADAAN BARANG DAN JASA SEKRETARIAT DAERAH KABUPATEN KUNINGAN" };
const SP = "Meningkatnya kualitas layanan pengadaan barang dan jasa pemerintah daerah";
const IND = [
  { nama: "Persentase paket pengadaan yang ditender tepat waktu", satuan: "%", target: 90, tw: ["25%", "50%", "75%", "85%"], read: [25, 50, 75, 85] as (number | string | null)[], pj: "Kasubbag Pengelolaan Pengadaan" },
  { nama: "Jumlah dokumen rencana umum pengadaan yang tersusun", satuan: "Dokumen", target: 1, tw: ["Tersusunnya draft RUP", "1 dokumen", "1 dokumen", "1 dokumen"], read: ["Tersusunnya draft RUP", 1, 1, 1], pj: "Kasubbag Pengelolaan Pengadaan" },
  { nama: "Nilai Indeks Tata Kelola Pengadaan (ITKP)", satuan: "Nilai", target: 85, tw: ["-", "-", "-", "85"], read: [null, null, null, 85], pj: "Kasubbag Pembinaan dan Advokasi" },
];
const KEG = [
  { kode: "4.01.04.2.04", nama: "Pengelolaan Pengadaan Barang dan Jasa", pagu: 486_750_000, kas: [98_000_000, 142_500_000, 131_250_000, 115_000_000] },
  { kode: "4.01.04.2.05", nama: "Pengelolaan Layanan Pengadaan Secara Elektronik", pagu: 312_400_000, kas: [62_400_000, 90_000_000, 85_000_000, 70_000_000] },
  { kode: "4.01.04.2.06", nama: "Pembinaan dan Advokasi Pengadaan Barang dan Jasa", pagu: 175_000_000, kas: [25_000_000, 50_000_000, 60_000_000, 40_000_000] },
];
const PAGU = sum(KEG.map((g) => g.pagu));
const atMonths = (q: number[]) => Array.from({ length: 12 }, (_, m) => ((m + 1) % 3 === 0 ? q[(m + 1) / 3 - 1] : null));

function build(): Book {
  const book = new Book("co-kuningan-setda-pbj-ra-teks-anggaran-kas-tw-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABAG.jab).merge("A3:E3", "PEMERINTAH KABUPATEN KUNINGAN");
  p.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A8", 1).merge("B6:B8", SP);
  IND.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, i.target]));
  p.row("A10", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, k) => p.row(`A${11 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A14:C14", "Jumlah").put("D14", idr(PAGU));
  p.put("D16", "Kuningan, 6 Januari 2025");
  p.rows("B17", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${ASISTEN.jab},`, null, `${KABAG.jab},`]]);
  p.row("B22", [ASISTEN.nama, null, KABAG.nama]);
  p.row("B23", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  p.row("B24", [`NIP. ${ASISTEN.nip}`, null, `NIP. ${KABAG.nip}`]);

  const r = book.sheet(RA);
  r.merge("A1:I1", "RENCANA AKSI TAHUN 2025").merge("A2:I2", KABAG.jab);
  r.merge("A5:A6", "No").merge("B5:B6", "Indikator Kinerja").merge("C5:C6", "Satuan").merge("D5:D6", "Target 2025");
  r.merge("E5:H5", "Target Triwulan").row("E6", ["I", "II", "III", "IV"]).merge("I5:I6", "Penanggung Jawab");
  IND.forEach((i, k) => r.row(`A${7 + k}`, [k + 1, i.nama, i.satuan, i.target, ...i.tw, i.pj]));
  r.row("A12", ["No", "Kode", "Kegiatan", "Pagu (Rp)", "Anggaran Kas TW I", "Anggaran Kas TW II", "Anggaran Kas TW III", "Anggaran Kas TW IV"]);
  KEG.forEach((g, k) => r.row(`A${13 + k}`, [k + 1, g.kode, g.nama, rp(g.pagu), ...g.kas.map(rp)]));
  r.merge("A16:C16", "JUMLAH").row("D16", [rp(PAGU), ...[0, 1, 2, 3].map((n) => rp(sum(KEG.map((g) => g.kas[n]))))]);
  r.put("G18", "Kuningan, 6 Januari 2025");
  r.put("G19", `${KABAG.jab},`);
  r.put("G23", KABAG.nama);
  r.put("G24", `NIP. ${KABAG.nip}`);
  return book;
}

export const coKuninganRaTeksAnggaranKas: Layout = {
  name: "co-kuningan-setda-pbj-ra-teks-anggaran-kas-tw-2025",
  source: "code index ids 57178919989 (SI-RFK blueprint `ANGGARAN KAS TW I..IV`, text targets `4 Dokumen`) + 38661907912 (Maatwebsite `RBExport` rencana aksi, `Target Anggaran TW I..IV`); repositories not named; pemda and content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: KABAG.jab, level: "eselon3", atasan: null, nama: KABAG.nama, nip: KABAG.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: ASISTEN.jab, nama: ASISTEN.nama, nip: ASISTEN.nip.replace(/\D/g, "") },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [
      { rule: "tw-target-inconsistent", sheet: RA, cell: "H7" },
      { rule: "rak-sum", sheet: RA, cell: "D14" },
    ],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "value-unreadable", sheet: RA }, { rule: "tw-target-decreasing", sheet: RA }, { rule: "satuan-mismatch", sheet: RA },
      { rule: "indikator-unknown", sheet: RA }, { rule: "pk-unlinked", sheet: RA }, { rule: "target-mismatch", sheet: RA },
      { rule: "renaksi-missing", sheet: PK }, { rule: "pagu-mismatch", sheet: RA }, { rule: "jumlah-mismatch", sheet: RA },
      { rule: "tw-target-inconsistent", sheet: RA, cell: "H8" }, { rule: "tw-target-inconsistent", sheet: RA, cell: "H9" },
      { rule: "rak-sum", sheet: RA, cell: "D13" }, { rule: "rak-sum", sheet: RA, cell: "D15" }, { rule: "sheet-unrecognised", sheet: RA },
    ],
  },
  checks: [
    {
      name: "RA 2025: text quarterly targets read as numbers with their unit, the qualitative step kept, `-` none",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        expect(s ? { pk: s.pk, ind: s.indikator.map((i) => [i.nama, i.target, i.tw]) } : "not a Rencana Aksi").toEqual({
          pk: pk?.id ?? "(Kabag PK)",
          ind: IND.map((i) => [i.nama, i.target, i.read]),
        });
      },
    },
    {
      name: "RA 2025: the anggaran kas by quarter is each kegiatan's plan at months 3, 6, 9, 12",
      run(out) {
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        expect(s?.plan.map((b) => [b.kode, b.pagu, b.keuangan?.values ?? null]) ?? "no plan").toEqual(KEG.map((g) => [g.kode, g.pagu, atMonths(g.kas)]));
      },
    },
    {
      name: "Kurva S rencana keuangan of the PK: the June point is TW I + TW II of all three kegiatan",
      run(out) {
        const k = out.results.kurvaS.find((x) => x.sheet === PK);
        const jun = sum(KEG.map((g) => g.kas[0] + g.kas[1]));
        const at = (m: number) => (k?.rencanaKeuangan[m] == null ? null : Number(k.rencanaKeuangan[m]!.toFixed(2)));
        expect({ pagu: k?.pagu ?? null, jun: at(5), des: at(11) }).toEqual({
          pagu: PAGU,
          jun: Number(((jun / PAGU) * 100).toFixed(2)),
          des: Number(((sum(KEG.map((g) => sum(g.kas))) / PAGU) * 100).toFixed(2)),
        });
      },
    },
  ],
};
