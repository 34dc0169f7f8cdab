import type { Grid } from "./grid";
import type { Finding } from "./finding";
import type { Model } from "./model";
import type { Results } from "./compute/results";

export interface ValidasiOutput {
  model: Model;
  findings: Finding[];
}
export interface HitungOutput extends ValidasiOutput {
  results: Results;
}

// Implementation lands with the reader (issue 2); the signature is the contract for the doors.
export function validasi(_grids: Grid[]): ValidasiOutput {
  throw new Error("validasi: belum tersedia");
}
export function hitung(_grids: Grid[], _options: { triwulan?: number } = {}): HitungOutput {
  throw new Error("hitung: belum tersedia");
}
