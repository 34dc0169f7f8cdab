/** The Office.js door: the engine's WorkbookDoor over Excel.run. The only code that names Excel.*. */
import type { WorkbookDoor } from "../app/door";
import { writeCells } from "./cells";
import { REQUEST_BUDGET } from "./chunks";
import { readGrids } from "./read";
import { hostRun, type ExcelRun } from "./run";
import { select } from "./select";
import { writePlans } from "./write";

export interface ExcelDoorOptions {
  /** Largest request the door builds, in bytes (Excel on the web refuses more than 5 MB). */
  requestBudgetBytes?: number;
}

export function createExcelDoor(run: ExcelRun = hostRun, options: ExcelDoorOptions = {}): WorkbookDoor {
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET;
  return {
    readGrids: () => run((context) => readGrids(context)),
    writePlans: (plans) => run((context) => writePlans(context, plans, budget)),
    writeCells: (edit) => run((context) => writeCells(context, edit)),
    select: (sheet, cell) => run((context) => select(context, sheet, cell)),
  };
}
