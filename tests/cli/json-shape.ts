/** The required fields of interfaces.md §2, as checks that name what is missing. */
const LEVELS = ["kepala-daerah", "eselon2", "eselon3", "eselon4"];

const isTarget = (t: unknown) =>
  t === null || typeof t === "number" || typeof t === "string" || (typeof t === "object" && t !== null && "min" in t && "max" in t);
const isParty = (p: unknown) => {
  const o = p as Record<string, unknown>;
  return !!o && typeof o.nama === "string" && typeof o.jabatan === "string" && (o.nip === null || (typeof o.nip === "string" && /^\d+$/.test(o.nip)));
};

/** Problems with a `validasi --json` document (empty when it has every required field). */
export function validasiDocProblems(doc: Record<string, unknown>): string[] {
  const p: string[] = [];
  if (typeof doc.file !== "string") p.push("file");
  if (!(doc.tahun === null || Number.isInteger(doc.tahun))) p.push("tahun");
  if (!Array.isArray(doc.pk)) return [...p, "pk"];
  for (const [i, pk] of (doc.pk as Record<string, unknown>[]).entries()) {
    const at = `pk[${i}]`;
    if (typeof pk.sheet !== "string") p.push(`${at}.sheet`);
    if (!LEVELS.includes(pk.level as string)) p.push(`${at}.level`);
    if (!(pk.jabatan === null || typeof pk.jabatan === "string")) p.push(`${at}.jabatan`);
    if (!isParty(pk.pihakPertama)) p.push(`${at}.pihakPertama`);
    if (!(pk.pihakKedua === null || isParty(pk.pihakKedua))) p.push(`${at}.pihakKedua`);
    if (!(pk.atasan === null || typeof pk.atasan === "string")) p.push(`${at}.atasan`);
    for (const [j, ind] of ((pk.indikator as Record<string, unknown>[]) ?? []).entries()) {
      if (typeof ind.nama !== "string" || !("sasaran" in ind) || !("satuan" in ind) || !isTarget(ind.target) || !/^[A-Z]+\d+$/.test(ind.cell as string))
        p.push(`${at}.indikator[${j}]`);
    }
    if (!Array.isArray(pk.indikator)) p.push(`${at}.indikator`);
    for (const [j, a] of ((pk.anggaran as Record<string, unknown>[]) ?? []).entries()) {
      if (!("kode" in a) || typeof a.nama !== "string" || typeof a.pagu !== "number" || !/^[A-Z]+\d+$/.test(a.cell as string)) p.push(`${at}.anggaran[${j}]`);
    }
    if (!Array.isArray(pk.anggaran)) p.push(`${at}.anggaran`);
  }
  if (!Array.isArray(doc.findings)) return [...p, "findings"];
  for (const [i, f] of (doc.findings as Record<string, unknown>[]).entries()) {
    if (typeof f.rule !== "string" || !["error", "warning", "info"].includes(f.severity as string) || typeof f.sheet !== "string" || !/^[A-Z]+\d+$/.test(f.cell as string) || !(f.message as string)?.trim())
      p.push(`findings[${i}]`);
  }
  return p;
}

const twelve = (a: unknown, nullable: boolean) =>
  (nullable && a === null) || (Array.isArray(a) && a.length === 12 && a.every((v) => v === null || typeof v === "number"));

/** A figure's `temuan`: rule, sheet and cell of each finding it rests on (interfaces.md). */
const isTemuan = (t: unknown) =>
  Array.isArray(t) && t.every((x) => typeof x.rule === "string" && typeof x.sheet === "string" && /^[A-Z]+\d+/.test(x.cell) && ["error", "warning"].includes(x.severity));

/** Problems with a `hitung --json` document: the validasi document plus peringatan, triwulan, pengaturan, capaian, anggaran, kurvaS. */
export function hitungDocProblems(doc: Record<string, unknown>): string[] {
  const p = validasiDocProblems(doc);
  if (!(doc.peringatan === null || typeof doc.peringatan === "string")) p.push("peringatan");
  for (const key of ["capaian", "anggaran", "kurvaS"]) {
    ((doc[key] as Record<string, unknown>[]) ?? []).forEach((x, i) => {
      if (!isTemuan(x.temuan)) p.push(`${key}[${i}].temuan`);
    });
  }
  if (![1, 2, 3, 4].includes(doc.triwulan as number)) p.push("triwulan");
  const s = doc.pengaturan as Record<string, unknown>;
  if (!s || !["2T-R", "T/R"].includes(s.polaritasNegatif as string) || !(s.batas === null || typeof s.batas === "number") || typeof s.skala !== "string") p.push("pengaturan");
  for (const [i, c] of ((doc.capaian as Record<string, unknown>[]) ?? []).entries()) {
    const ok =
      typeof c.sheet === "string" && typeof c.indikator === "string" && ["positif", "negatif"].includes(c.polaritas as string) &&
      ["kumulatif", "akhir", "rata-rata"].includes(c.sifat as string) && isTarget(c.target) && "realisasi" in c &&
      (c.capaian === null || typeof c.capaian === "number") && (c.capaianTahunan === null || typeof c.capaianTahunan === "number") && "predikat" in c;
    if (!ok) p.push(`capaian[${i}]`);
  }
  if (!Array.isArray(doc.capaian)) p.push("capaian");
  for (const [i, a] of ((doc.anggaran as Record<string, unknown>[]) ?? []).entries()) {
    if (typeof a.sheet !== "string" || !("kode" in a) || typeof a.pagu !== "number" || typeof a.realisasi !== "number" || !("capaian" in a)) p.push(`anggaran[${i}]`);
  }
  if (!Array.isArray(doc.anggaran)) p.push("anggaran");
  for (const [i, k] of ((doc.kurvaS as Record<string, unknown>[]) ?? []).entries()) {
    if (typeof k.sheet !== "string" || typeof k.pagu !== "number" || !twelve(k.rencanaKeuangan, false) || !twelve(k.realisasiKeuangan, false) || !twelve(k.rencanaFisik, true) || !twelve(k.realisasiFisik, true))
      p.push(`kurvaS[${i}]`);
  }
  if (!Array.isArray(doc.kurvaS)) p.push("kurvaS");
  return p;
}
