/** Which name to write a sheet under: its own earlier sheet is replaced, a user's sheet is never touched. */
import { Sheet, type Grid } from "../grid";
import { isOwnSheet } from "../read/sheets/title";

export function chooseName(desired: string, existing: Grid[], taken: Set<string> = new Set()): { name: string; replace: boolean } {
  const byName = new Map(existing.map((g) => [g.name.toLowerCase(), g]));
  for (let i = 1; ; i++) {
    const name = i === 1 ? desired : `${desired} (${i})`;
    if (taken.has(name.toLowerCase())) continue;
    const grid = byName.get(name.toLowerCase());
    if (!grid) return { name, replace: false };
    if (isOwnSheet(new Sheet(grid))) return { name: grid.name, replace: true };
  }
}
