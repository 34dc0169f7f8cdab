/** Rupiah sums: compared to half a rupiah (floating point), shown in id-ID form. */
import { formatRupiah } from "../format";
import { DEPTH_OF_WORD, kodeDepth } from "../parse/kode";

export const RUPIAH_TOLERANCE = 0.5;

export function amountsDiffer(a: number, b: number): boolean {
  return Math.abs(a - b) > RUPIAH_TOLERANCE;
}

export function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** `(selisih Rp 250.000.000)`. */
export function selisih(a: number, b: number): string {
  return `(selisih ${formatRupiah(Math.abs(a - b))})`;
}

export { formatRupiah as rupiah };

const WORD_OF_DEPTH = new Map(Object.entries(DEPTH_OF_WORD).map(([word, depth]) => [depth as number, word]));

/** `program`, `kegiatan`, `sub kegiatan` from the kode's depth; `objek anggaran` when it has none. */
export function budgetWordOfKode(kode: string | null): string {
  const d = kode ? kodeDepth(kode) : null;
  return (d && WORD_OF_DEPTH.get(d)) || "objek anggaran";
}
