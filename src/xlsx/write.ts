import { writeFile } from "fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { addCharts } from "./charts/add-charts";
import { fillSheet } from "./write-sheet";

/**
 * The .xlsx door's writer: a new workbook holding the plans' sheets, with native line charts.
 * exceljs writes the cells; the charts are DrawingML parts added to its package afterwards, since exceljs writes none.
 */
export async function writeWorkbook(plans: SheetPlan[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PK Kinerja";
  workbook.created = new Date();
  for (const plan of plans) fillSheet(workbook.addWorksheet(plan.name), plan);
  if (!plans.some((p) => p.charts.length > 0)) return Buffer.from(await workbook.xlsx.writeBuffer());

  // Stored, not deflated: the package is opened again right away and compressed once, at the end.
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  await addCharts(zip, plans);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** writeWorkbook, saved to `path`. */
export async function writeWorkbookFile(plans: SheetPlan[], path: string): Promise<void> {
  await writeFile(path, await writeWorkbook(plans));
}
