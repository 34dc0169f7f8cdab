/** The writer's Node side: a workbook of plans saved to `path`, atomically, compressed by Node's own zlib. */
import { crc32, deflateRawSync } from "zlib";
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { writeFileAtomic, type AtomicWriteHooks } from "./atomic-file";
import { writeWorkbook, type WriteOptions } from "./write";
import type { Compressor } from "./zip-write";

// Level 4: at 1,000 PKs half the time of level 6 for a file about 9 % larger (4.6 MB instead of 4.3 MB).
const ZLIB: Compressor = { deflate: (data) => deflateRawSync(data, { level: 4 }), crc32: (data) => crc32(data) };

export async function writeWorkbookFile(plans: SheetPlan[], path: string, options: Pick<WriteOptions, "linkedFile"> = {}, hooks?: AtomicWriteHooks): Promise<void> {
  writeFileAtomic(path, writeWorkbook(plans, { compressor: ZLIB, ...options }), hooks);
}
