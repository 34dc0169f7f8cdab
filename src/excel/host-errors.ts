/** Office.js errors as the door treats them: by their code, which Office.js puts on every error it raises. */

/** Refusals of a whole request that say nothing about the request itself: the same request may pass later. */
const TRANSIENT = new Set(["InvalidOperationInCellEditMode", "ActivityLimitReached", "InactiveWorkbook"]);

/** Refusals for size: the request, the answer, or the range asked for is too big. */
const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

export function codeOf(err: unknown): string | undefined {
  const code = typeof err === "object" && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

export const isTransient = (err: unknown): boolean => TRANSIENT.has(codeOf(err) ?? "");
export const isTooLarge = (err: unknown): boolean => TOO_LARGE.has(codeOf(err) ?? "");
