/** A short Indonesian name for every rule id (rules.md), shown beside the id in the Validasi sheet, the pane and the command. */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  "tahun-missing": "Tahun tidak tertulis",
  "tahun-mismatch": "Tahun berbeda",
  "tabel-missing": "Tabel kinerja tidak ada",
  "value-unreadable": "Nilai tak terbaca",
  "cell-error": "Sel berisi galat",
  "target-missing": "Target kosong",
  "satuan-missing": "Satuan kosong",
  "sasaran-missing": "Sasaran kosong",
  "indikator-duplicate": "Indikator ganda",
  "isi-tak-terbaca": "Isi tak terbaca",
  "pihak-missing": "Pihak Pertama tidak ada",
  "nip-invalid": "NIP tidak sah",
  "level-mismatch": "Tingkat jabatan tidak cocok",
  "level-unknown": "Level tak dikenali",
  "atasan-missing": "Atasan tidak ditemukan",
  "atasan-mismatch": "Atasan tidak cocok",
  "kode-orphan": "Kode tanpa induk",
  "kode-uncovered": "Kode tidak dijabarkan",
  "target-cascade": "Target berjenjang tidak cocok",
  "kode-invalid": "Kode tidak sah",
  "kode-level-mismatch": "Tingkat kode tidak cocok",
  "jumlah-mismatch": "Jumlah tidak cocok",
  "anggaran-rollup": "Anggaran bawahan tidak cocok",
  "pagu-mismatch": "Pagu berbeda",
  "rak-sum": "Rencana keuangan tidak sama dengan pagu",
  "realisasi-over-pagu": "Realisasi melebihi pagu",
  "fisik-invalid": "Fisik tidak wajar",
  "renaksi-missing": "Tanpa Rencana Aksi",
  "indikator-unknown": "Indikator tidak dikenal",
  "satuan-mismatch": "Satuan berbeda",
  "target-mismatch": "Target berbeda",
  "tw-target-inconsistent": "Target triwulan tidak konsisten",
  "tw-target-decreasing": "Target triwulan menurun",
  "realisasi-after-period": "Realisasi setelah triwulan pelaporan",
  "polaritas-guessed": "Polaritas ditebak",
  "capaian-target-nol": "Target nol",
  "pk-missing": "PK tidak ada",
  "pk-unlinked": "Tidak terkait PK",
  "sheet-hidden": "Lembar tersembunyi",
  "sheet-unrecognised": "Lembar tidak dikenali",
  "pengaturan-invalid": "Pengaturan tidak sah",
  "pagu-ganda": "Beberapa kolom pagu",
  "target-ganda": "Beberapa kolom target",
  "isi-tersembunyi": "Baris atau kolom tersembunyi",
  "iku-uncovered": "Indikator kepala daerah tanpa OPD",
};

/** Rules of the project's own beyond rules.md, each documented in the README. */
export const OWN_RULES: readonly string[] = ["pagu-ganda", "target-ganda", "isi-tersembunyi", "iku-uncovered"];

/** The rule's name; a rule added later without a name yet shows its id rather than nothing. */
export function ruleName(rule: string): string {
  return RULE_NAMES[rule] ?? rule;
}
