/** Excel.run as a parameter, so tests hand the door an in-memory Excel instead of the host. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The host's Excel.run, looked up only when called (the global exists only inside Office). */
export const hostRun: ExcelRun = (batch) => Excel.run(batch);
