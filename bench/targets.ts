/** What the bench checks its figures against: the targets of the benchmark issue, on this 2-core machine. */
export const TARGETS = {
  /** The 1,000-PK workbook (about 10,000 indikator) read, validated and computed. */
  engineLargeMs: 300,
  /** Time growing no faster than linearly: 1,000 PKs within 12 times the 100-PK time. */
  growthRatioMax: 12,
  /** At least 5 times faster than the same capaian recomputed from a formula sheet. */
  peerRatioMax: 0.2,
  /** Validasi 2 round trips, Hitung Capaian 4, at every size (5 MB limits permitting: see syncsLarge). */
  validasiSyncsMax: 2,
  hitungSyncsMax: 4,
  /** Excel on the web refuses requests above 5 MB, and answers no more than 5 MB either. */
  maxRequestBytes: 5_000_000,
  maxResponseBytes: 5_000_000,
  /** Excel on the web (5 MB limits on requests and answers): round trips up to 300 PKs and at 1,000, none refused. */
  web: { validasiSyncsMax: 3, hitungSyncsMax: 5, validasiSyncsLargeMax: 5, hitungSyncsLargeMax: 7, largePk: 1000, refusedMax: 0 },
  /** The task pane JavaScript, gzipped. */
  taskpaneGzipBytesMax: 200_000,
  /** Whole `pk` processes at 1,000 PKs against unzipping and parsing the same sheets' XML (the floor). */
  cliValidasiFloorRatioMax: 2,
  cliHitungFloorRatioMax: 3,
  /** `pk validasi` on a 1-PK workbook, the whole process. */
  cliSmallValidasiMs: 1000,
  /** Peak memory of `pk validasi` at 1,000 PKs. */
  cliPeakMiBMax: 250,
  /** `pk rekap` over 100 OPD workbooks of 30 PKs against the sum of their single-file floors, and its peak memory. */
  rekapFloorRatioMax: 1.3,
  rekapPeakMiBMax: 1024,
};
