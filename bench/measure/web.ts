/**
 * The `web` section (interfaces.md §3): Validasi and Hitung Capaian round trips with the in-memory Excel
 * behaving as Excel on the web (a request or an answer over 5 MB is refused, and the refused work counts),
 * the door reading as it does there. Measured at 1, 100, 300 and 1,000 PKs.
 */
import type { Grid } from "../../src/engine/grid";
import { measureDoor, WEB_LIMITS, type RunMeasure } from "../../tests/fakes/measure-door";

export interface WebMeasure {
  pk: number;
  validasi: RunMeasure;
  hitung: RunMeasure;
}

export const WEB_SIZES = [1, 100, 300, 1000];

export async function measureWeb(workbooks: { pk: number; grids: Grid[] }[], triwulan: number): Promise<WebMeasure[]> {
  const out: WebMeasure[] = [];
  for (const { pk, grids } of workbooks) {
    const m = await measureDoor(grids, { triwulan, fake: WEB_LIMITS, door: { web: true } });
    out.push({ pk, validasi: m.validasi, hitung: m.hitung });
  }
  return out;
}
