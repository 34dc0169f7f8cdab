export { createExcelDoor, type ExcelDoorOptions } from "./door";
export type { ExcelRun } from "./run";
