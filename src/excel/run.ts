/** Excel.run as a parameter, so tests hand the door an in-memory Excel instead of the host. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Every batch asks Excel to wait while the user is editing a cell (delayForCellEdit) instead of failing;
 * hosts older than the option ignore it, and the door's retry covers them.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** The host's Excel.run, looked up only when called (the global exists only inside Office). */
export const hostRun: ExcelRun = (options, batch) => Excel.run(options, batch);
