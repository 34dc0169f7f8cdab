import type { CellStyle } from "../../engine/plan/sheet-plan";

/**
 * Interns merged styles, so cells that look the same share one id: a 10,000-row table then costs a handful
 * of styles, not one per cell.
 */
export class StyleBook {
  private readonly styles: CellStyle[] = [{}];
  private readonly ids = new Map<string, number>([["{}", 0]]);
  private readonly mergeCache = new Map<number, number>();

  /** Id of `base` with `over` laid on top; `overKey` (a small whole number) names `over` for the cache. */
  merge(base: number, over: CellStyle, overKey: number): number {
    const key = base * 1_048_576 + overKey;
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
