import type { AnggaranResult, CapaianResult, KurvaSResult, Results } from "../compute/results";

export interface PkParts {
  capaian: CapaianResult[];
  anggaran: AnggaranResult[];
  kurvaS: KurvaSResult | undefined;
}

const NONE: PkParts = { capaian: [], anggaran: [], kurvaS: undefined };

/** Each PK's results, found by its id in one pass: a report over 1,000 PKs does not scan every list per PK. */
export function resultsByPk(r: Pick<Results, "capaian" | "anggaran" | "kurvaS">): (pk: string) => PkParts {
  const parts = new Map<string, PkParts>();
  const of = (pk: string) => {
    let p = parts.get(pk);
    if (!p) parts.set(pk, (p = { capaian: [], anggaran: [], kurvaS: undefined }));
    return p;
  };
  for (const c of r.capaian) of(c.pk).capaian.push(c);
  for (const a of r.anggaran) of(a.pk).anggaran.push(a);
  for (const k of r.kurvaS) of(k.pk).kurvaS ??= k;
  return (pk) => parts.get(pk) ?? NONE;
}
