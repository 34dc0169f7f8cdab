/**
 * Kabupaten Jepara, Sekretariat DPRD: the Sekretaris DPRD's PK 2025 and a Rencana Aksi whose quarter columns hold the
 * ACTION PLANNED, not a target: `Rencana Aksi` merged over `TW I | TW II | TW III | TW IV`, each cell a sentence
 * (`Penyusunan Propemperda 2025 …`), then `Penanggung Jawab`. The only targets are the annual ones (`Target 2025`); one
 * IKU is qualitative (`BB`, predikat SAKIP).
 *
 * Source. A Laravel SAKIP app found in the code index: the admin view `Rencana Aksi Triwulan` — "Uraian rencana aksi
 * tiap IKU per Triwulan", one textarea per triwulan per IKU, `{{ $iku->kode }}` beside the IKU (index id 59054896944)
 * — and its controller storing one `uraian` text per IKU and triwulan, validated "Uraian rencana aksi harus berupa
 * teks" (index id 58531458164); repository not named. This is the Permenpan 53/2014 Rencana Aksi as many pemda keep
 * it (what will be done each quarter). Made up: names, NIP, IKU, activities, amounts; the Bupati's name public;
 * program kode after Kepmendagri 050-5889/2021 (4.02, Sekretariat DPRD).
 *
 * What a correct reader does. The sheet is the Sekwan's Rencana Aksi (title, year, jabatan line) and its indikator
 * tie to the PK with the same annual targets. The four `Rencana Aksi` columns hold no quarterly target: the header
 * says `Rencana Aksi`, not `Target Triwulan`, and the cells are sentences. Read as qualitative quarterly targets they
 * give a false tw-target-inconsistent ERROR on every row (TW IV `Penetapan 8 Perda …` ≠ 80; `Tindak lanjut rekomendasi
 * LHE AKIP` ≠ `BB`): silently wrong for the planner, who sees errors he did not make. The spec is silent on action
 * text in a Rencana Aksi; the truth asks for no target read from them and no false error, and for the sentences to
 * be kept as notes or reported (`isi-tak-terbaca`), never dropped. No quarterly target means no TW target for
 * capaian: capaian.md then has only the annual target (not asserted here).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "H. WITIARSO UTOMO, S.H.";
const SEKWAN = { nama: "Drs. EDY SUJATMIKO, M.M.", nip: "19680912 199403 1 007", jab: "SEKRETARIS DPRD KABUPATEN JEPARA" };
const PK = "PK Sekwan";
const RA = "Renaksi 2025";
const SS = "Meningkatnya kualitas dukungan pelaksanaan fungsi DPRD";
const IND = [
  { kode: "IKU.1", nama: "Persentase Raperda yang ditetapkan menjadi Perda", satuan: "%", target: 80 as number | string, text: 80 as number | string,
    aksi: ["Penyusunan Propemperda 2025 dan fasilitasi pembahasan 2 Raperda", "Fasilitasi pembahasan 4 Raperda bersama Bapemperda", "Fasilitasi evaluasi Raperda oleh Gubernur Jawa Tengah", "Penetapan 8 Perda dan pengundangan dalam Lembaran Daerah"], pj: "Kabag Persidangan dan Perundang-undangan" },
  { kode: "IKU.2", nama: "Persentase aspirasi masyarakat yang ditindaklanjuti DPRD", satuan: "%", target: 75, text: 75,
    aksi: ["Inventarisasi aspirasi hasil reses masa sidang I", "Penyampaian aspirasi kepada Bupati melalui pokok-pokok pikiran DPRD", "Monitoring tindak lanjut aspirasi oleh perangkat daerah", "Rekapitulasi dan publikasi tindak lanjut aspirasi"], pj: "Kabag Fasilitasi Penganggaran dan Pengawasan" },
  { kode: "IKU.3", nama: "Nilai SAKIP Sekretariat DPRD", satuan: "Predikat", target: "BB", text: "BB",
    aksi: ["Reviu Renstra dan IKU Sekretariat DPRD", "Penyusunan LKjIP 2024 dan Perjanjian Kinerja Perubahan", "Evaluasi internal SAKIP oleh Inspektorat", "Tindak lanjut rekomendasi LHE AKIP"], pj: "Sekretaris DPRD" },
];
const PROG = [
  { kode: "4.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 21_436_750_000 },
  { kode: "4.02.02", nama: "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD", pagu: 18_912_400_000 },
];

function build(): Book {
  const book = new Book("jepara-setwan-ra-uraian-per-tw-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", SEKWAN.jab);
  p.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A5:A7", 1).merge("B5:B7", SS);
  IND.forEach((i, k) => p.row(`C${5 + k}`, [i.nama, i.satuan, i.text]));
  p.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${10 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A12:C12", "Jumlah").put("D12", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D14", "Jepara, 3 Januari 2025");
  p.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI JEPARA,", null, `${SEKWAN.jab},`]]);
  p.row("B20", [BUPATI, null, SEKWAN.nama]);
  p.row("D21", [`NIP. ${SEKWAN.nip}`]);

  const r = book.sheet(RA);
  r.merge("A1:J1", "RENCANA AKSI TAHUN 2025").merge("A2:J2", SEKWAN.jab);
  ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "J4:J5"].forEach((m, k) => r.merge(m, ["No", "Kode", "Indikator Kinerja Utama", "Satuan", "Target 2025", "Penanggung Jawab"][k]));
  r.merge("F4:I4", "Rencana Aksi").row("F5", ["TW I", "TW II", "TW III", "TW IV"]);
  IND.forEach((i, k) => r.row(`A${6 + k}`, [k + 1, i.kode, i.nama, i.satuan, i.text, ...i.aksi, i.pj]));
  r.put("H11", "Jepara, 6 Januari 2025");
  r.put("H12", `${SEKWAN.jab},`);
  r.put("H16", SEKWAN.nama);
  r.put("H17", `NIP. ${SEKWAN.nip}`);
  return book;
}

export const jeparaRaUraian: Layout = {
  name: "jepara-setwan-ra-uraian-per-tw-2025",
  source: "code index ids 59054896944 + 58531458164 (Laravel `Rencana Aksi Triwulan`: one `uraian` text per IKU and triwulan; repository not named); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: SEKWAN.jab, level: "eselon2", atasan: null, nama: SEKWAN.nama, nip: SEKWAN.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: "BUPATI JEPARA", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "tw-target-inconsistent", sheet: RA }, { rule: "tw-target-decreasing", sheet: RA }, { rule: "value-unreadable", sheet: RA },
      { rule: "target-mismatch", sheet: RA }, { rule: "indikator-unknown", sheet: RA }, { rule: "pk-unlinked", sheet: RA },
      { rule: "renaksi-missing", sheet: PK }, { rule: "sheet-unrecognised", sheet: RA },
    ],
    unreadOrRead: [
      { sheet: RA, cells: ["F6", "G6", "H6", "I6", "F7", "I7", "F8", "I8"], what: "Rencana Aksi sentences per TW" },
    ],
  },
  checks: [
    {
      name: "Renaksi 2025 is the Sekwan's Rencana Aksi: annual targets read, no action sentence taken as a quarterly target",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        expect(s ? { pk: s.pk, ind: s.indikator.map((i) => [i.nama, i.target, i.tw]) } : "not a Rencana Aksi").toEqual({
          pk: pk?.id ?? "(Sekwan PK)",
          ind: IND.map((i) => [i.nama, i.target, [null, null, null, null]]),
        });
      },
    },
  ],
};
