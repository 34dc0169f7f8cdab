/** Writes generated grids to an .xlsx file with the project's own writer, so the `pk` command can run on them. */
import * as fs from "fs";
import { crc32, deflateRawSync } from "zlib";
import { a1, type Grid } from "../../src/engine/grid";
import type { SheetPlan } from "../../src/engine/plan/sheet-plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { mergesOf } from "./merges";

export async function generatedToXlsx(grids: Grid[], path: string): Promise<void> {
  fs.writeFileSync(path, generatedXlsx(grids));
}

export function generatedXlsx(grids: Grid[]): Uint8Array {
  return writeWorkbook(grids.map(planOf), { compressor: { deflate: (d) => deflateRawSync(d), crc32: (d) => crc32(d) } });
}

/** A grid as a plan: its values from A1, its number formats in runs along each row, its merges. */
function planOf(grid: Grid): SheetPlan {
  const values: SheetPlan["values"] = [];
  const numberFormats: SheetPlan["numberFormats"] = [];
  grid.values.forEach((row, r) => {
    const at = grid.top + r;
    values[at] = [...Array(grid.left).fill(null), ...Array.from(row, (v) => (typeof v === "boolean" ? String(v) : v ?? null))];
    const formats = grid.formats[r] ?? [];
    for (let c = 0; c < formats.length; ) {
      const format = formats[c];
      let end = c;
      while (end + 1 < formats.length && formats[end + 1] === format) end++;
      if (format && format !== "General") numberFormats.push({ range: `${a1(at, grid.left + c)}:${a1(at, grid.left + end)}`, format });
      c = end + 1;
    }
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const width = grid.left + grid.values.reduce((m, row) => Math.max(m, row.length), 0);
  return {
    name: grid.name,
    role: "capaian",
    replace: false,
    values,
    numberFormats,
    styles: [],
    merges: mergesOf(grid),
    // Wide enough for names, narrow for numbers: only so a person opening the file can read it.
    columnWidths: Array.from({ length: width }, (_, c) => (c === 1 || c === 2 ? 45 : 16)),
    freezeRows: 0,
    charts: [],
    conditionalFills: [],
  };
}
