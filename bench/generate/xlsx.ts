/** Writes generated grids to an .xlsx file with exceljs, so the `pk` command can run on them. */
import ExcelJS from "exceljs";
import type { Grid } from "../../src/engine/grid";
import { mergesOf } from "./merges";

export async function generatedToXlsx(grids: Grid[], path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    sheet.columns = columnWidths(grid);
    // Before the rows: the streaming writer cannot touch a committed row.
    for (const range of mergesOf(grid)) sheet.mergeCells(range);
    grid.values.forEach((values, r) => {
      const row = sheet.getRow(grid.top + r + 1);
      values.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell = row.getCell(grid.left + c + 1);
        cell.value = value;
        const format = grid.formats[r]?.[c];
        if (format && format !== "General") cell.numFmt = format;
      });
      row.commit();
    });
    sheet.commit();
  }
  await workbook.commit();
}

/** Wide enough for names, narrow for numbers: only so a person opening the file can read it. */
function columnWidths(grid: Grid): Partial<ExcelJS.Column>[] {
  const width = grid.values.reduce((m, r) => Math.max(m, r.length), 0);
  return Array.from({ length: width }, (_, c) => ({ width: c === 1 || c === 2 ? 45 : 16 }));
}
