/** Pihak Pertama / Pihak Kedua, NIP, level, and the link to the superior PK (rules.md "Parties and cascade"). */
import type { Pihak, PkSheet } from "../model";
import type { Context } from "./context";
import { formatNip, nipProblem } from "../parse/nip";
import { LEVEL_LABEL, levelOfJabatan } from "../domain/jabatan";
import { BUDGET_WORD_LEVEL } from "../read/vocab";
import { nameKey } from "../parse/text";

export function checkPihak(ctx: Context, pk: PkSheet): void {
  const p = pk.pihakPertama;
  const missing = [!p?.nama && "nama", !p?.jabatan && "jabatan"].filter(Boolean);
  if (missing.length) {
    ctx.report("pihak-missing", "error", pk.sheet, pk.titleCell,
      `Blok tanda tangan PK ini tidak memuat ${missing.join(" dan ")} Pihak Pertama; keduanya diperlukan untuk menentukan level dan atasan.`);
  }
  for (const [pihak, label] of [[p, "Pihak Pertama"], [pk.pihakKedua, "Pihak Kedua"]] as [Pihak | null, string][]) {
    if (!pihak?.nipCell) continue;
    // A kepala daerah has no NIP: a template's empty `NIP.` under the Bupati's name is no missing one.
    if (pihak.nip === null && levelOfJabatan(pihak.jabatan ?? "") === "kepala-daerah") continue;
    const problem = pihak.nip === null ? "NIP tidak diisi" : nipProblem(pihak.nip);
    if (problem) {
      const written = pihak.nip ? ` (tertulis ${formatNip(pihak.nip)})` : "";
      ctx.report("nip-invalid", "warning", pihak.sheet ?? pk.sheet, pihak.nipCell,
        `NIP ${label}${pihak.nama ? ` ${pihak.nama}` : ""} tidak sah${written}: ${problem}. NIP yang sah 18 angka: tanggal lahir, TMT, jenis kelamin (1 atau 2), nomor urut.`);
    }
  }
}

export function checkLevel(ctx: Context, pk: PkSheet): void {
  if (!pk.level) {
    const jabatan = pk.pihakPertama?.jabatan ?? pk.jabatan;
    ctx.report("level-unknown", "warning", pk.pihakPertama?.jabatanCell ? (pk.pihakPertama.sheet ?? pk.sheet) : pk.sheet, pk.pihakPertama?.jabatanCell ?? pk.titleCell,
      jabatan
        ? `Level PK ini tidak dapat ditentukan dari jabatan Pihak Pertama "${jabatan.replace(/[,\s]+$/, "")}" (bukan kepala daerah, eselon II, III atau IV yang dikenal), sehingga PK ini belum ikut pemeriksaan cascade, kode dan pagu berjenjang.`
        : "Level PK ini tidak dapat ditentukan: jabatan Pihak Pertama tidak ditemukan di blok tanda tangan, pernyataan maupun judulnya, sehingga PK ini belum ikut pemeriksaan cascade, kode dan pagu berjenjang.");
    return;
  }
  const jabatan = (pk.pihakPertama?.jabatan ?? pk.jabatan ?? "").replace(/[,\s]+$/, "");
  const sas = pk.sasaranHeader;
  if (sas && sas.level.length && !sas.level.includes(pk.level)) {
    ctx.report("level-mismatch", "error", pk.sheet, sas.cell,
      `Judul kolom "${sas.text}" adalah untuk ${levelsText(sas.level)}, sedangkan jabatan Pihak Pertama "${jabatan}" ber-level ${LEVEL_LABEL[pk.level]} (diharapkan ${sasaranWordFor(pk.level)}).`);
  }
  const bud = pk.budgetHeader;
  if (bud && !BUDGET_WORD_LEVEL[bud.word].includes(pk.level)) {
    ctx.report("level-mismatch", "error", bud.sheet ?? pk.sheet, bud.cell,
      `Tabel anggaran memuat ${titleCase(bud.word)} (untuk ${levelsText(BUDGET_WORD_LEVEL[bud.word])}), sedangkan jabatan Pihak Pertama "${jabatan}" ber-level ${LEVEL_LABEL[pk.level]} (diharapkan ${budgetWordFor(pk.level)}).`);
  }
}

function levelsText(levels: PkSheet["level"][]): string {
  return levels.map((l) => LEVEL_LABEL[l!]).join(" atau ");
}

function sasaranWordFor(level: NonNullable<PkSheet["level"]>): string {
  return level === "eselon3" ? "Sasaran Program" : level === "eselon4" ? "Sasaran Kegiatan" : "Sasaran Strategis";
}

function budgetWordFor(level: NonNullable<PkSheet["level"]>): string {
  return level === "eselon3" ? "Kegiatan" : level === "eselon4" ? "Sub Kegiatan" : "Program";
}

function titleCase(word: string): string {
  return word.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

export function checkAtasan(ctx: Context, pk: PkSheet): void {
  const kedua = pk.pihakKedua;
  if (!pk.atasan) {
    if (!pk.level || pk.level === "kepala-daerah") return;
    if (kedua?.jabatan && kedua.jabatanCell && pk.atasanCandidates?.length) {
      ctx.report("atasan-missing", "warning", kedua.sheet ?? pk.sheet, kedua.jabatanCell,
        `Pihak Kedua "${kedua.jabatan.replace(/[,\s]+$/, "")}" adalah Pihak Pertama di ${pk.atasanCandidates.length} PK sekaligus (${pk.atasanCandidates.map((id) => `"${id}"`).join(" dan ")}) dengan versi dan penandatangan yang sama, sehingga PK atasannya tidak dapat ditentukan; pemeriksaan cascade, kode dan pagu berjenjang untuk PK ini belum dijalankan.`);
    } else if (kedua?.jabatan && kedua.jabatanCell) {
      ctx.report("atasan-missing", "warning", kedua.sheet ?? pk.sheet, kedua.jabatanCell,
        `Pihak Kedua "${kedua.jabatan.replace(/[,\s]+$/, "")}" bukan Pihak Pertama PK mana pun dalam buku kerja ini, sehingga PK ini tidak dapat dicocokkan dengan PK atasannya.`);
    } else {
      ctx.report("atasan-missing", "warning", kedua?.namaCell ? (kedua.sheet ?? pk.sheet) : pk.sheet, kedua?.namaCell ?? pk.titleCell,
        `PK ${LEVEL_LABEL[pk.level]} ini tidak menyebutkan jabatan Pihak Kedua (atasan langsung), sehingga tidak dapat dicocokkan dengan PK atasannya.`);
    }
    return;
  }
  const sup = ctx.pkById.get(pk.atasan);
  const pertama = sup?.pihakPertama;
  if (!kedua || !pertama) return;
  if (kedua.nama && pertama.nama && kedua.namaCell && nameKey(kedua.nama) !== nameKey(pertama.nama)) {
    ctx.report("atasan-mismatch", "error", kedua.sheet ?? pk.sheet, kedua.namaCell,
      `Nama Pihak Kedua "${kedua.nama}" berbeda dengan nama Pihak Pertama di PK atasan "${sup!.sheet}": "${pertama.nama}".`);
  }
  if (kedua.nip && pertama.nip && kedua.nipCell && kedua.nip !== pertama.nip) {
    ctx.report("atasan-mismatch", "error", kedua.sheet ?? pk.sheet, kedua.nipCell,
      `NIP Pihak Kedua ${formatNip(kedua.nip)} berbeda dengan NIP Pihak Pertama di PK atasan "${sup!.sheet}": ${formatNip(pertama.nip)}.`);
  }
}
