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
  /**
   * design.md: queue every read, one context.sync; writing adds one more, or a few. Judged on the small
   * workbook only: on the large one the 5 MB limits below decide how many round trips are needed.
   */
  validasiSyncsMax: 2,
  hitungSyncsMax: 4,
  /** Excel on the web refuses requests above 5 MB, and answers no more than 5 MB either. */
  maxRequestBytes: 5_000_000,
  maxResponseBytes: 5_000_000,
  /** The task pane should load in about a second on a slow office line. */
  taskpaneGzipBytesMax: 300_000,
};
