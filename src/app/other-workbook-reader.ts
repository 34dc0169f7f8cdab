/** What the pane loads on demand to read a picked workbook: one chunk of its own. */
export { readWorkbookBytes } from "../xlsx/read-bytes";
export { WorkbookError } from "../xlsx/workbook-error";
