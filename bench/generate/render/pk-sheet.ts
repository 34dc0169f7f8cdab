/** The PK lampiran, laid out like the Dinkes sample: title rows, kinerja table, budget table, signatures. */
import type { GenPk } from "../types";
import { formatNip } from "../people";
import { RUPIAH, SheetBuilder, type BuiltSheet } from "./sheet-builder";

const SASARAN_HEADER = { "kepala-daerah": "Sasaran Strategis", eselon2: "Sasaran Strategis", eselon3: "Sasaran Program", eselon4: "Sasaran Kegiatan" };
export const BUDGET_WORD = { "kepala-daerah": "Program", eselon2: "Program", eselon3: "Kegiatan", eselon4: "Sub Kegiatan" };

export function pkSheetName(pk: GenPk): string {
  return `PK ${pk.label}`;
}

export function renderPkSheet(pk: GenPk, tahun: number, pemda: string): BuiltSheet {
  const s = new SheetBuilder(pkSheetName(pk), 5);
  const titles =
    pk.level === "kepala-daerah"
      ? [`PERJANJIAN KINERJA TAHUN ${tahun}`, `PEMERINTAH ${pemda}`, pemda]
      : [`PERJANJIAN KINERJA TAHUN ${tahun}`, pk.unit ?? "", pk.jabatan, pemda];
  for (const title of titles) {
    const row = s.line([title]);
    s.merge(row, 0, row, 4);
  }
  s.skip();

  s.line(["No", SASARAN_HEADER[pk.level], "Indikator Kinerja", "Satuan", "Target"]);
  s.line(["(1)", "(2)", "(3)", "(4)", "(5)"]);
  let no = 0;
  pk.indikator.forEach((ind, i) => {
    const first = i === 0 || pk.indikator[i - 1].sasaran !== ind.sasaran;
    const row = s.line([first ? ++no : null, first ? ind.sasaran : null, ind.nama, ind.satuan, ind.target]);
    if (first) {
      // No and Sasaran merged down over the sasaran's indikator rows, as in the sample.
      let last = i;
      while (last + 1 < pk.indikator.length && pk.indikator[last + 1].sasaran === ind.sasaran) last++;
      s.merge(row, 0, row + last - i, 0);
      s.merge(row, 1, row + last - i, 1);
    }
  });
  s.skip();

  s.line(["No", "Kode", BUDGET_WORD[pk.level], "Anggaran (Rp)", "Keterangan"]);
  const money = (c: number) => (c === 3 ? RUPIAH : undefined);
  pk.budget.forEach((b, i) => s.line([i + 1, b.kode, b.nama, b.pagu, "APBD"], 0, money));
  s.line([null, null, "Jumlah", pk.budget.reduce((a, b) => a + b.pagu, 0)], 0, money);
  s.skip(2);

  signatures(s, pk);
  return s.build();
}

function signatures(s: SheetBuilder, pk: GenPk): void {
  const kedua = pk.superior ? { jabatan: pk.superior.jabatan, person: pk.superior.pihakPertama } : pk.pihakKeduaOutside;
  const pertama = pk.pihakPertama;
  s.line([null, null, null, "Contoh, 3 Februari 2025"]);
  s.line([null, kedua ? "PIHAK KEDUA," : null, null, "PIHAK PERTAMA,"]);
  s.line([null, kedua ? `${kedua.jabatan},` : null, null, `${pk.jabatan},`]);
  s.skip(3);
  s.line([null, kedua?.person.nama ?? null, null, pertama.nama]);
  if (kedua?.person.pangkat || pertama.pangkat) s.line([null, kedua?.person.pangkat ?? null, null, pertama.pangkat]);
  if (kedua?.person.nip || pertama.nip) {
    s.line([null, kedua?.person.nip ? formatNip(kedua.person.nip) : null, null, pertama.nip ? formatNip(pertama.nip) : null]);
  }
}
