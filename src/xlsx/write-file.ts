/** The writer's Node side: a workbook of plans saved to `path`, atomically, compressed by Node's own zlib. */
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { writeFileAtomic, type AtomicWriteHooks } from "./atomic-file";
import { writeWorkbook, type WriteOptions } from "./write";
import { ZLIB } from "./node-zlib";

export async function writeWorkbookFile(plans: SheetPlan[], path: string, options: Pick<WriteOptions, "linkedFile"> = {}, hooks?: AtomicWriteHooks): Promise<void> {
  writeFileAtomic(path, writeWorkbook(plans, { compressor: ZLIB, ...options }), hooks);
}
