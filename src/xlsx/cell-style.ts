import type { Style } from "exceljs";
import type { CellStyle } from "../engine/plan/sheet-plan";
import { hexColor } from "./color";

const THIN = { style: "thin" as const, color: { argb: "FFA6A6A6" } };

/** A plan's CellStyle (plus number format) as an exceljs style. */
export function excelStyle(style: CellStyle, numFmt: string | undefined): Partial<Style> {
  const out: Partial<Style> = {
    font: {
      name: "Calibri",
      size: style.fontSize ?? 11,
      bold: style.bold || undefined,
      italic: style.italic || undefined,
      color: style.fontColor ? { argb: `FF${hexColor(style.fontColor)}` } : undefined,
    },
  };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${hexColor(style.fill)}` } };
  if (style.wrap || style.horizontal || style.vertical) {
    out.alignment = { wrapText: style.wrap || undefined, horizontal: style.horizontal, vertical: style.vertical };
  }
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (numFmt) out.numFmt = numFmt;
  return out;
}

/**
 * Interns merged styles, so cells that look the same share one object: a 10,000-row table then costs
 * a handful of styles, not one per cell. Shared objects are never mutated (merged cells share them too).
 */
export class StyleBook {
  private readonly styles: CellStyle[] = [{}];
  private readonly ids = new Map<string, number>([["{}", 0]]);
  private readonly mergeCache = new Map<string, number>();
  private readonly excel = new Map<string, Partial<Style>>();

  /** Id of `base` with `over` laid on top; `overKey` names `over` for the cache. */
  merge(base: number, over: CellStyle, overKey: number): number {
    const key = `${base}:${overKey}`;
    let id = this.mergeCache.get(key);
    if (id === undefined) {
      id = this.intern({ ...this.styles[base], ...defined(over) });
      this.mergeCache.set(key, id);
    }
    return id;
  }

  style(id: number): CellStyle {
    return this.styles[id];
  }

  excelStyle(id: number, numFmt: string | undefined): Partial<Style> {
    const key = `${id}|${numFmt ?? ""}`;
    let style = this.excel.get(key);
    if (!style) {
      style = excelStyle(this.styles[id], numFmt);
      this.excel.set(key, style);
    }
    return style;
  }

  private intern(style: CellStyle): number {
    const key = JSON.stringify(style, Object.keys(style).sort());
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(key, id);
    }
    return id;
  }
}

function defined(style: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(style)) if (v !== undefined) out[k] = v;
  return out as CellStyle;
}
