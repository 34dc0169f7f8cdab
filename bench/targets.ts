/**
 * What the bench checks its figures against. These are the bench's own thresholds (the spec names none):
 * each says why it is there.
 */
export const TARGETS = {
  /** A planner clicking Hitung on the largest workbook should wait no more than about two seconds. */
  engineLargeMs: 2000,
  /** Ten times the PKs should cost about ten times the time; above 15 the engine grows faster than linearly. */
  growthRatioMax: 15,
  /** The engine validates as well as computes, and should still beat recalculating the formula sheet. */
  peerRatioMax: 1,
  /** design.md: queue every read, one context.sync; writing adds one more, or a few under the 5 MB limit. */
  validasiSyncsMax: 2,
  hitungSyncsSmallMax: 4,
  hitungSyncsLargeMax: 8,
  /** Excel on the web refuses requests above 5 MB. */
  maxRequestBytes: 5_000_000,
  /** The task pane should load in about a second on a slow office line. */
  taskpaneGzipBytesMax: 300_000,
};
