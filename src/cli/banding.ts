/** `pk banding LAMA.xlsx BARU.xlsx`: what changed between two versions, as a report and a `Perubahan` sheet. */
import * as path from "path";
import type { Args } from "./args";
import { readXlsx, WorkbookFileError } from "../xlsx/read";
import type { Grid } from "../engine/grid";
import { validasi } from "../engine/run";
import { compareVersions, type Banding } from "../engine/compare";
import { planPerubahanSheet } from "../engine/plan/perubahan-sheet";
import { writeOutput } from "./output-file";
import { bandingText } from "./banding-text";

export async function runBanding(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [lamaFile, baruFile] = args.files;
  const read = await Promise.all([lamaFile, baruFile].map((file) => readXlsx(file).catch((e: unknown) => e)));
  const unreadable = read.filter((r): r is WorkbookFileError => r instanceof WorkbookFileError);
  const other = read.find((r) => !Array.isArray(r) && !(r instanceof WorkbookFileError));
  if (other) throw other;
  for (const e of unreadable) err(`pk: ${e.message}`);
  if (unreadable.length) return 2;
  const [lama, baru] = (read as Grid[][]).map(validasi);
  const banding = compareVersions(lama, baru);
  const target = args.out ?? path.join(path.dirname(baruFile), path.basename(baruFile, path.extname(baruFile)) + "-perubahan.xlsx");
  const labels = { lama: path.basename(lamaFile), baru: path.basename(baruFile), tahun: baru.model.tahun ?? lama.model.tahun };
  try {
    // A workbook of its own: no user sheet to avoid, so the name is free.
    await writeOutput([planPerubahanSheet("Perubahan", false, banding, labels)], target, [lamaFile, baruFile]);
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    err(`pk: ${e.message}`);
    return 2;
  }
  out(args.json ? JSON.stringify(bandingDoc(labels.lama, labels.baru, banding, target), null, 1) : bandingText(lamaFile, baruFile, banding, target));
  return 0;
}

/** interfaces.md `banding --json`: the changes, plus the summary and where the sheet went. */
export function bandingDoc(lama: string, baru: string, banding: Banding, output: string) {
  return { lama, baru, perubahan: banding.perubahan, ringkasan: banding.ringkasan, output };
}
