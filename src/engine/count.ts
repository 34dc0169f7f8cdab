/** The value most of a list holds (ties: the larger); null when none is given. */
export function mostCommon(values: (number | null)[]): number | null {
  const count = new Map<number, number>();
  for (const v of values) if (v !== null) count.set(v, (count.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && v > best)) best = v;
  return best;
}
