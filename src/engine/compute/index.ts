import type { Finding } from "../finding";
import type { Model } from "../model";
import type { Results } from "./results";

export function compute(_model: Model, _options: { triwulan?: number }): { results: Results; findings: Finding[] } {
  throw new Error("compute: belum tersedia");
}
