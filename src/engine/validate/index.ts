import type { Finding } from "../finding";
import type { Model } from "../model";

/** Every rule of rules.md that works on the model (reading rules on raw cells are made by the reader). */
export function validateModel(_model: Model): Finding[] {
  return [];
}
