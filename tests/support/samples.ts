import * as path from "path";
import { readXlsx } from "../../src/xlsx/read";
import type { Grid } from "../../src/engine/grid";

export const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
export const SAMPLE_NAMES = ["kabupaten-contoh-dinkes-2025", "kabupaten-contoh-pupr-2025"] as const;

export function samplePath(name: (typeof SAMPLE_NAMES)[number]): string {
  return path.join(SAMPLES, `${name}.xlsx`);
}

export async function sampleGrids(name: (typeof SAMPLE_NAMES)[number]): Promise<Grid[]> {
  return readXlsx(samplePath(name));
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const truthOf = (name: (typeof SAMPLE_NAMES)[number]) => require(path.join(SAMPLES, `${name}.truth.json`));
