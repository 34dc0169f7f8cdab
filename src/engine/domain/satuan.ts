/** A satuan written in the indikator name: `... (%)`, `... (orang)`, or a name that is a percentage. */
const UNIT_IN_PARENS = /\(\s*(%|persen|orang|jiwa|km|unit|kasus|nilai|indeks|tahun|hari|dokumen|kegiatan|paket|lokasi|desa|sekolah|ha|m|meter|buah|rumah tangga|kk|per 1\.000 kh|per 100\.000 kh)\s*\)\s*$/i;

export function satuanFromName(nama: string): string | null {
  const m = UNIT_IN_PARENS.exec(nama);
  if (m) return m[1].toLowerCase() === "persen" ? "%" : m[1];
  if (/^\s*(persentase|prosentase)\b/i.test(nama)) return "%";
  return null;
}
