import { writeFile } from "fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { addCharts } from "./charts/add-charts";
import { addHyperlinks } from "./hyperlinks";
import { fillSheet } from "./write-sheet";

export interface WriteOptions {
  /** Path of the input workbook relative to the output: links to its sheets point there. */
  linkedFile?: string;
}

/**
 * The .xlsx door's writer: a new workbook holding the plans' sheets, with native line charts and cell links.
 * exceljs writes the cells; the charts (DrawingML parts) and links are added to its package afterwards.
 */
export async function writeWorkbook(plans: SheetPlan[], options: WriteOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PK Kinerja";
  workbook.created = new Date();
  for (const plan of plans) fillSheet(workbook.addWorksheet(plan.name), plan);
  if (!plans.some((p) => p.charts.length > 0 || p.links?.length)) return Buffer.from(await workbook.xlsx.writeBuffer());

  // Stored, not deflated: the package is opened again right away and compressed once, at the end.
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  await addHyperlinks(zip, plans, options.linkedFile);
  await addCharts(zip, plans);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** writeWorkbook, saved to `path`. */
export async function writeWorkbookFile(plans: SheetPlan[], path: string, options: WriteOptions = {}): Promise<void> {
  await writeFile(path, await writeWorkbook(plans, options));
}
