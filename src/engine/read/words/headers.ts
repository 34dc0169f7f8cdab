/**
 * What column headers mean, as data: one line per wording an app or a pemda uses. A header matches the longest
 * phrase it starts with (at a word boundary), so `Target Triwulan` beats `Target` and `Anggaran (Rp)` is `anggaran`.
 * Adding a pemda's wording is one line here, or one `Judul kolom` row in its PENGATURAN sheet.
 */

/** The meaning of a column. Budget words keep their level: `program`, `kegiatan`, `sub kegiatan`. */
export type Field =
  | "no" | "sasaran" | "indikator" | "satuan" | "target" | "target-tw" | "sifat" | "polaritas"
  | "realisasi" | "rencana-keuangan" | "realisasi-keuangan" | "rencana-fisik" | "realisasi-fisik"
  | "program" | "kegiatan" | "sub kegiatan" | "uraian" | "kode" | "pagu" | "pagu-sumber" | "jenis" | "bulan" | "pejabat" | "opd"
  | "keterangan" | "abaikan";

export const HEADER_PHRASES: [string, Field][] = [
  ["no", "no"], ["nomor", "no"], ["no urut", "no"], ["nmr", "no"],

  ["sasaran", "sasaran"], ["tujuan", "sasaran"], ["tujuan sasaran", "sasaran"], ["kinerja", "sasaran"],
  // One column for the tree `Tujuan / Sasaran / Indikator Kinerja`: its labelled rows are tujuan and sasaran, the others indikator.
  ["tujuan sasaran indikator kinerja", "indikator"], ["tujuan sasaran indikator", "indikator"], ["sasaran indikator kinerja", "indikator"],
  ["kinerja utama", "sasaran"], ["uraian sasaran", "sasaran"], ["sasaran strategis perangkat daerah", "sasaran"],

  ["indikator", "indikator"], ["iku", "indikator"], ["uraian indikator", "indikator"],
  ["tolok ukur", "indikator"], ["tolak ukur", "indikator"],

  ["satuan", "satuan"], ["sat", "satuan"], ["satuan ukuran", "satuan"],

  ["target", "target"], ["target kinerja", "target"], ["target tahunan", "target"], ["target akhir", "target"],
  ["target tahun", "target"], ["target kinerja tahunan", "target"], ["target kinerja tahun", "target"],
  ["target triwulan", "target-tw"], ["target tw", "target-tw"], ["target per triwulan", "target-tw"], ["alokasi target", "target-tw"],
  ["target kinerja triwulan", "target-tw"], ["rencana aksi", "target-tw"], ["target rencana aksi", "target-tw"],
  ["rencana capaian", "target-tw"], ["rencana target", "target-tw"], ["target capaian triwulan", "target-tw"],

  ["sifat", "sifat"], ["sifat indikator", "sifat"], ["polaritas", "polaritas"], ["polaritas indikator", "polaritas"],

  ["realisasi", "realisasi"], ["realisasi kinerja", "realisasi"], ["capaian realisasi", "realisasi"],
  ["realisasi capaian", "realisasi"], ["realisasi triwulan", "realisasi"], ["realisasi tw", "realisasi"],
  ["realisasi target", "realisasi"], ["total realisasi kinerja", "realisasi"],

  ["rencana keuangan", "rencana-keuangan"], ["target keuangan", "rencana-keuangan"], ["anggaran kas", "rencana-keuangan"],
  ["rencana anggaran kas", "rencana-keuangan"], ["rak", "rencana-keuangan"], ["kebutuhan kas", "rencana-keuangan"],
  ["kebutuhan kas bulanan", "rencana-keuangan"], ["rencana penarikan dana", "rencana-keuangan"], ["dkkb", "rencana-keuangan"],
  ["realisasi keuangan", "realisasi-keuangan"], ["realisasi anggaran", "realisasi-keuangan"], ["penyerapan", "realisasi-keuangan"],
  ["penyerapan anggaran", "realisasi-keuangan"], ["serapan", "realisasi-keuangan"], ["realisasi belanja", "realisasi-keuangan"],
  ["realisasi dana", "realisasi-keuangan"], ["serapan anggaran", "realisasi-keuangan"], ["realisasi keuangan rp", "realisasi-keuangan"],
  ["rencana fisik", "rencana-fisik"], ["target fisik", "rencana-fisik"], ["realisasi fisik", "realisasi-fisik"],

  ["program", "program"], ["nama program", "program"], ["kode dan nama program", "program"], ["uraian program", "program"],
  ["kegiatan", "kegiatan"], ["nama kegiatan", "kegiatan"], ["kode dan nama kegiatan", "kegiatan"], ["uraian kegiatan", "kegiatan"],
  ["sub kegiatan", "sub kegiatan"], ["subkegiatan", "sub kegiatan"], ["nama sub kegiatan", "sub kegiatan"],
  ["kode dan nama sub kegiatan", "sub kegiatan"], ["uraian sub kegiatan", "sub kegiatan"], ["sub kegiatan dan anggaran", "sub kegiatan"],
  ["kode nama program", "program"], ["kode nama kegiatan", "kegiatan"], ["kode nama sub kegiatan", "sub kegiatan"],
  ["uraian", "uraian"], ["program kegiatan", "uraian"], ["program dan kegiatan", "uraian"],
  ["program kegiatan sub kegiatan", "uraian"], ["uraian program kegiatan", "uraian"], ["nama program kegiatan", "uraian"],

  ["kode", "kode"], ["kode rekening", "kode"], ["no rekening", "kode"], ["rekening", "kode"], ["kode program", "kode"],
  ["kode kegiatan", "kode"], ["kode sub kegiatan", "kode"], ["kode anggaran", "kode"], ["kode rek", "kode"],

  ["anggaran", "pagu"], ["pagu", "pagu"], ["pagu anggaran", "pagu"], ["jumlah dana", "pagu"], ["dpa", "pagu"],
  ["nilai anggaran", "pagu"], ["alokasi anggaran", "pagu"], ["alokasi", "pagu"], ["jumlah anggaran", "pagu"],
  ["total anggaran", "pagu"], ["pagu dpa", "pagu"], ["nilai dpa", "pagu"],
  // SPD is money, but not the pagu. (`Sisa Anggaran` is pagu less realisasi, which the model does not keep: its cells are
  // reported unread, and a planner may mark the header `abaikan`.)
  ["anggaran spd", "abaikan"], ["spd", "abaikan"],

  ["jenis", "jenis"], ["uraian rencana", "jenis"], ["uraian realisasi", "jenis"], ["keterangan rencana", "jenis"],
  ["jenis rencana", "jenis"], ["jenis realisasi", "jenis"],

  // One table for several officials (a monitoring print of a whole OPD): whose row it is.
  ["pejabat", "pejabat"], ["pejabat eselon", "pejabat"], ["nama pejabat", "pejabat"], ["pejabat penanggung jawab", "pejabat"],
  // One table for several OPD (a kabupaten print without an OPD filter): whose rows they are.
  ["opd", "opd"], ["nama opd", "opd"], ["perangkat daerah", "opd"], ["skpd", "opd"],

  // One amount column per funding source (`DAU | DAK Fisik | BLUD`): the pagu is their sum.
  ["dau", "pagu-sumber"], ["dak", "pagu-sumber"], ["dak fisik", "pagu-sumber"], ["dak non fisik", "pagu-sumber"],
  ["dak peruntukan", "pagu-sumber"], ["dbh", "pagu-sumber"], ["dbhcht", "pagu-sumber"], ["dbh cht", "pagu-sumber"],
  ["blud", "pagu-sumber"], ["bok", "pagu-sumber"], ["dana bok", "pagu-sumber"], ["apbd", "pagu-sumber"], ["apbn", "pagu-sumber"],
  ["apbd provinsi", "pagu-sumber"], ["bantuan keuangan", "pagu-sumber"], ["bankeu", "pagu-sumber"], ["dana desa", "pagu-sumber"],
  ["dana kapitasi", "pagu-sumber"], ["kapitasi jkn", "pagu-sumber"], ["pad", "pagu-sumber"], ["did", "pagu-sumber"],

  ["keterangan", "keterangan"], ["ket", "keterangan"], ["sumber dana", "keterangan"], ["sumber anggaran", "keterangan"], ["sumber", "keterangan"],
  ["penjelasan", "keterangan"], ["formulasi penghitungan", "keterangan"], ["formula", "keterangan"], ["definisi operasional", "keterangan"],
  ["penanggung jawab", "keterangan"], ["pj", "keterangan"], ["pptk", "keterangan"], ["pelaksana", "keterangan"],
  ["pptk pelaksana", "keterangan"], ["lokasi", "keterangan"], ["catatan", "keterangan"], ["unit pelaksana", "keterangan"],
  ["capaian", "keterangan"], ["persentase capaian", "keterangan"], ["capaian kinerja", "keterangan"], ["tingkat capaian", "keterangan"],
  ["predikat", "keterangan"], ["bobot", "keterangan"], ["formulasi", "keterangan"], ["cara perhitungan", "keterangan"],
  ["sumber data", "keterangan"], ["alasan", "keterangan"], ["analisis", "keterangan"], ["faktor penghambat", "keterangan"],
  ["rekomendasi", "keterangan"], ["tindak lanjut", "keterangan"], ["rencana tindak lanjut", "keterangan"], ["kendala", "keterangan"],
  ["permasalahan", "keterangan"], ["masalah", "keterangan"], ["hambatan", "keterangan"], ["solusi", "keterangan"],
  ["upaya", "keterangan"], ["faktor pendukung", "keterangan"], ["penyebab keberhasilan", "keterangan"], ["faktor keberhasilan", "keterangan"], ["strategi", "keterangan"],
];

/** Sub-header words under a group (a month, a TW): which series and which measure the column holds. */
export const SERIES_WORDS: [string, "rencana" | "realisasi"][] = [
  ["rencana", "rencana"], ["target", "rencana"], ["dkkb", "rencana"], ["rak", "rencana"], ["anggaran kas", "rencana"],
  ["renc", "rencana"], ["realisasi", "realisasi"], ["real", "realisasi"], ["penyerapan", "realisasi"], ["serapan", "realisasi"],
  ["realisasi keuangan", "realisasi"], ["rencana keuangan", "rencana"],
  // `T | R` under each month (`Target (T) & Realisasi (R)` above): the e-SAKIP's monthly capaian.
  ["t", "rencana"], ["r", "realisasi"],
];
export const MEASURE_WORDS: [string, "keuangan" | "fisik"][] = [
  ["keuangan", "keuangan"], ["rp", "keuangan"], ["fisik", "fisik"], ["fisik %", "fisik"],
];

/** Meanings a planner may give a header in PENGATURAN's `Judul kolom` rows (workbook.md §4). */
export const PLANNER_MEANINGS: Record<string, Field | `tw${1 | 2 | 3 | 4}`> = {
  sasaran: "sasaran", indikator: "indikator", satuan: "satuan", target: "target", tw1: "tw1", tw2: "tw2", tw3: "tw3",
  tw4: "tw4", program: "program", kegiatan: "kegiatan", "sub kegiatan": "sub kegiatan", kode: "kode", pagu: "pagu",
  realisasi: "realisasi", abaikan: "abaikan", uraian: "uraian", keterangan: "keterangan",
};
