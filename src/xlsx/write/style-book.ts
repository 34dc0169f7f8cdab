import type { CellStyle } from "../../engine/plan/sheet-plan";
import { IndexedList } from "../bytes";

/**
 * Interns merged styles, so cells that look the same share one id: a 10,000-row table then costs a handful
 * of styles, not one per cell.
 */
export class StyleBook {
  private readonly styles = new IndexedList<CellStyle>();
  private readonly mergeCache = new Map<number, number>();

  /** Id of `base` with `over` laid on top; `overKey` (a small whole number) names `over` for the cache. */
  merge(base: number, over: CellStyle, overKey: number): number {
    const key = base * 1_048_576 + overKey;
    let id = this.mergeCache.get(key);
    if (id === undefined) {
      const style = { ...this.styles.items[base], ...defined(over) };
      id = this.styles.add(JSON.stringify(style, Object.keys(style).sort()), style);
      this.mergeCache.set(key, id);
    }
    return id;
  }

  constructor() {
    this.styles.add("{}", {});
  }

  style(id: number): CellStyle {
    return this.styles.items[id];
  }
}

function defined(style: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(style)) if (v !== undefined) out[k] = v;
  return out as CellStyle;
}
