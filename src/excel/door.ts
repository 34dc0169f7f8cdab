/** The Office.js door: the engine's WorkbookDoor over Excel.run. The only code that names Excel.*. */
import type { WorkbookDoor } from "../app/door";
import { writeCells } from "./cells";
import { REQUEST_BUDGET } from "./chunks";
import { readGrids, RESPONSE_BUDGET, type ReadMemory, type ReadOptions } from "./read";
import { readSheetHeads } from "./read-heads";
import { hostRun, RUN_OPTIONS, type ExcelRun } from "./run";
import { select } from "./select";
import { DEFAULT_RETRY_DELAY_MS } from "./sync";
import { writePlans } from "./write";

export interface ExcelDoorOptions {
  /** Excel on the web: every answer is capped at 5 MB, so reads are sized in advance. */
  web?: boolean;
  /** Largest request the door builds, in bytes (Excel on the web refuses more than 5 MB). */
  requestBudgetBytes?: number;
  /** Largest answer a read plans for (web only); default about 4 MB. */
  responseBudgetBytes?: number;
  /** Web reads: links of the chain of visible sheets in the first request (read-first.ts); 0: none. */
  chainDepth?: number;
  /** Pause before retrying a request Excel refused for a passing reason (cell-edit mode, busy). */
  retryDelayMs?: number;
  /** Find hidden rows and columns (ExcelApi 1.9); default: whether the host has 1.9 (true outside Office). */
  findHidden?: boolean;
}

export function createExcelDoor(run: ExcelRun = hostRun, options: ExcelDoorOptions = {}): WorkbookDoor {
  const policy = { retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS };
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET;
  const read: ReadOptions = {
    ...policy,
    requestBudgetBytes: budget,
    responseBudgetBytes: options.web ? (options.responseBudgetBytes ?? RESPONSE_BUDGET) : null,
    chainDepth: options.chainDepth,
    findHidden: options.findHidden ?? hostHasExcelApi("1.9"),
  };
  const memory: ReadMemory = { sheetNames: [] };
  return {
    readGrids: () => run(RUN_OPTIONS, (context) => readGrids(context, read, memory)),
    readSheetHeads: () => run(RUN_OPTIONS, (context) => readSheetHeads(context, read, memory)),
    writePlans: (plans) => run(RUN_OPTIONS, (context) => writePlans(context, plans, budget, policy)),
    writeCells: (edit) => run(RUN_OPTIONS, (context) => writeCells(context, edit, policy)),
    select: (sheet, cell) => run(RUN_OPTIONS, (context) => select(context, sheet, cell, policy)),
  };
}

/** Office.context.requirements, only inside Office: tests hand the door an in-memory Excel that has every set. */
function hostHasExcelApi(version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}
