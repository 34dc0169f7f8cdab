/**
 * The words of a sheet's layout, as data: titles, the parties' labels, statement text, notes, totals, dates.
 * Each list is matched against squashed text (lower case, single spaces).
 */
import type { SheetKind } from "../../model";

/** Title words and the kind of sheet they open, most specific first (`Realisasi Rencana Aksi` is a Realisasi). */
const LEAD = "((laporan|lampiran|formulir|form|format|tabel|dokumen|matriks|matrik|daftar|rekapitulasi|rekap)\\s+)*";
/** `Capaian Kinerja ...`, `Monitoring (dan Evaluasi) Capaian (Rencana Aksi) Perjanjian Kinerja ...`. */
export const CAPAIAN_TITLE = new RegExp(`^${LEAD}(monitoring( dan evaluasi)?( bulanan| triwulan(an)?)?\\s+)?capaian (rencana aksi )?(perjanjian |penetapan )?kinerja\\b`);

export const TITLE_KINDS: [RegExp, SheetKind][] = [
  [/^pengaturan$/, "pengaturan"],
  [new RegExp(`^${LEAD}(realisasi|pengukuran)\\b`), "realisasi"],
  // `Capaian (Perjanjian) Kinerja ...`, `Monitoring dan Evaluasi Capaian PK`: the PK measured, quarter by quarter;
  // a capaian report of another shape (per SKPD, per program) holds no such table and stays unread, said once.
  [CAPAIAN_TITLE, "realisasi"],
  [new RegExp(`^${LEAD}rencana aksi\\b`), "renaksi"],
  [new RegExp(`^${LEAD}(perjanjian|penetapan) kinerja\\b`), "pk"],
];

/**
 * The same kinds named anywhere in a title (`Pagu dan Realisasi Anggaran`, `Rencana Rencana Aksi (Tahun 2018)`,
 * `PERNYATAAN PERJANJIAN KINERJA`): trusted at a sheet's top, or with the year in the cell.
 */
export const TITLE_KINDS_LOOSE: [RegExp, SheetKind][] = [
  [/\b(realisasi|pengukuran kinerja|capaian (perjanjian|penetapan) kinerja)\b/, "realisasi"],
  [/\brencana aksi\b/, "renaksi"],
  [/\b(perjanjian|penetapan) kinerja\b/, "pk"],
];

/** Titles of reports that are no PK, Rencana Aksi or Realisasi, whatever else they say. */
export const OTHER_REPORT_TITLES = /^(evaluasi|laporan evaluasi|rekapitulasi|rekap|monitoring|laporan kinerja|lkjip|lakip|renstra|renja|rkpd|dokumen kebutuhan kas|dkkb|anggaran kas|rencana anggaran kas)\b/;

export type PihakSide = "pertama" | "kedua";

/**
 * `PIHAK PERTAMA`, `Pihak Kesatu`, `PIHAK KE-2`, `PIHAK II`, with or without a trailing comma; in e-Kinerja prints
 * `PEJABAT PENILAI` (the superior) and `PEJABAT/PEGAWAI YANG DINILAI` (the official).
 */
export const PIHAK_LABEL = /^(pihak\s*(pertama|kesatu|ke\s*-?\s*1|ke\s*-?\s*satu|i|kedua|ke\s*-?\s*2|ke\s*-?\s*dua|ii)|pejabat penilai|(pejabat|pegawai|pns) yang dinilai)\b[\s,.:]*/;

export function pihakSideOf(label: string): PihakSide {
  return /^(pihak\s*(kedua|ke\s*-?\s*2|ke\s*-?\s*dua|ii)|pejabat penilai)\b/.test(label) ? "kedua" : "pertama";
}

/** The pledge and its parties: text a PK's first page (`PERNYATAAN`) is made of. */
export const STATEMENT_PHRASES = /\b(dalam rangka|bertanda tangan|selanjutnya disebut|selaku atasan|berjanji|berkomitmen|akan memberikan supervisi|akan melakukan evaluasi|memberikan penghargaan|perjanjian ini|bertanggung jawab|tanggung jawab kami|menjadi tanggung jawab|kami yang)\b/;

/** `Nama Pejabat`, `Jabatan Pimpinan`, `NIP Atasan`: the party a statement label names, after its field. */
const PARTY_WORD = "( (pejabat|pegawai|yang dinilai|pimpinan|atasan( langsung)?|pejabat penilai))";
const SECOND_PARTY = /\b(pimpinan|atasan( langsung)?|pejabat penilai)$/;
const FIRST_PARTY = /\b(pejabat|pegawai|yang dinilai)$/;

/** The side a statement label names (`Jabatan Pimpinan`: the superior), or null when it names none. */
export function statementLabelSide(label: string): PihakSide | null {
  return SECOND_PARTY.test(label) ? "kedua" : FIRST_PARTY.test(label) ? "pertama" : null;
}

/** `Nama :`, `Jabatan :`, `NIP :` rows of a statement: the label, and the value after the colon. */
export const STATEMENT_LABELS: [RegExp, "nama" | "jabatan" | "nip" | "pangkat" | "lain"][] = [
  [new RegExp(`^nama( lengkap)?${PARTY_WORD}?$`), "nama"],
  [new RegExp(`^jabatan${PARTY_WORD}?$`), "jabatan"],
  [new RegExp(`^nip${PARTY_WORD}?$`), "nip"],
  [new RegExp(`^(pangkat|golongan|pangkat ?\\/ ?gol(ongan)?( ruang)?|pangkat gol( ruang)?|pangkat\\/golongan)${PARTY_WORD}?$`), "pangkat"],
  [/^(unit kerja|instansi|perangkat daerah|alamat)$/, "lain"],
];

/** A side's turn in the statement: `Selanjutnya disebut PIHAK PERTAMA`, `selaku atasan ..., selanjutnya disebut pihak kedua`. */
export const STATEMENT_SIDE = /(selanjutnya|yang selanjutnya) disebut\s+(pihak\s*\S+)/;

/** The first words of a note under a table. */
/** A budget written as a sentence: `… dengan anggaran sebesar Rp 1.125.400.000,00`, `Jumlah Anggaran … : Rp …`. */
export const BUDGET_SENTENCE = /\b(anggaran|pagu|dana)\b.*\brp\.?\s*\d/;
export const NOTE_START = /^(keterangan|ket|catatan|cat|sumber|sumber data|nb|n\.b|note)\s*[:.)]|^(keterangan|catatan)$|^\*+\)?\s/;

/** Labels of a total row (workbook.md §1: it closes the budget table). */
export const JUMLAH_LABEL = /^(jumlah|total|sub ?total|grand total)( (anggaran|seluruh(nya)?|total|keseluruhan|pagu|belanja|program|kegiatan|sub kegiatan|dana))?[\s:]*$/;
/** `Jumlah Program <nama>`, `Total Anggaran Kegiatan …`: a subtotal naming a budget level (layout/parent-total.ts). */
export const PARENT_TOTAL_LABEL = /^(jumlah|total|sub ?total)( anggaran)? (program|kegiatan)\b/;
/**
 * A subtotal that names its group: `Sub Total Sasaran Strategis 1`, `Subtotal Program 1.02.02`, `Jumlah Sasaran II`.
 * `Jumlah` takes only a group word and its number: `Jumlah kegiatan promosi` is an indikator's name.
 */
export const GROUP_TOTAL_LABEL = /^sub ?total\b|^(jumlah|total)( anggaran)? (sasaran( strategis| program| kegiatan)?|tujuan|misi|urusan|bidang( urusan)?|program|kegiatan|sub kegiatan) ([ivx]+|\d+(\.\d+)*)[\s:.]*$/;

/** The words of a place and a date, or a placeholder for one: `Contoh, 3 Februari 2025`, `Sampang,  -  - 2025`. */
export const PLACE_DATE = /^([\p{L} .'()-]+,\s*)?(((\d{1,2}|[-_.…]+)\s*)?(\p{L}+|[-_.…]+)\s*\d{4}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}|[-_.…\s]+\d{4}|\d{4})$/u;

/** A place-date is a place, a comma and a date; a date alone is one only with a month word or digits. */
export function isPlaceDate(text: string): boolean {
  // Every form ends with the year (or a date's digits): most lines fail here, without a regex.
  const last = text.charCodeAt(text.length - 1);
  if (text.length > 80 || !(last >= 48 && last <= 57)) return false;
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length > 60 || !PLACE_DATE.test(t)) return false;
  // `TAHUN 2025`, `TRIWULAN III 2025` and the like are title lines, not dates.
  return /,/.test(t) || /\d{1,2}\s+\p{L}+\s+\d{4}|\d[-/.]\d{1,2}[-/.]\d/u.test(t);
}

/** Pangkat/golongan: `Pembina Utama Muda (IV/c)`, `Penata Tk. I`, `IV/b`. */
export const PANGKAT = /^(pembina|penata|pengatur|juru)\b|^\(?\s*(i{1,3}|iv)\s*\/\s*[a-e]\s*\)?$/i;

/** A line to sign on: underscores, dots or dashes. */
export const SIGN_LINE = /^[_.…\-=\s]{3,}$/;

/** Words of a jabatan that no level pattern knows: still an office, not a person. */
export const OFFICE_WORDS = /^(plt\.?|plh\.?|pj\.?|penjabat\s+)?\s*(kepala|sekretaris|direktur|asisten|staf ahli|inspektur|camat|lurah|bupati|wali ?kota|gubernur|wakil|kasubbag|kasi|kabid|kabag|kadis|koordinator|ketua|pejabat|plt|plh)\b/i;

/** Academic and religious titles around a person's name: `Dr.`, `H.`, `S.H.`, `M.Kes.`. */
export const NAME_TITLES = /(^|\s)(dr|drs|dra|ir|h|hj|prof|kh)\.\s|,\s*(s|m|dr|a\.md|d\d)\.\s?\p{L}|\b(s\.\p{L}{1,5}\.|m\.\p{L}{1,5}\.|ph\.?d)(\s|,|$)/iu;

/** Words of a signature block that are neither office nor person: `Mengetahui,`, `Ditetapkan di`. */
// The status an e-Kinerja app prints on a signature (`ditandatangani 6 Januari 2025`, `diajukan`): no jabatan.
export const SIGN_WORDS = /^(mengetahui|menyetujui|disetujui|disahkan|ditetapkan( di)?|pada tanggal|tanggal|tempat|tertanda|ttd\.?|cap|stempel|diajukan|ditandatangani|belum ditandatangani|sudah ditandatangani|menunggu persetujuan|draf|draft)\b[\s,:.]*/i;

/** Rows of a report's heading: `UNIT : ...`, `TAHUN ANGGARAN : 2025`. */
export const INFO_ROW_LABEL = /^[\p{L} /.()-]{2,40}$/u;
