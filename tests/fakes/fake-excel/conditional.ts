/**
 * Conditional formats kept as metadata: Range.conditionalFormats.add(type) and, for "CellValue", the rule and
 * the fill/font it applies. Excel adds each new format at the top priority; the sheet's list is kept that way
 * (index 0 first). Formats are not evaluated: tests read back what was asked for.
 */
import { boundsName } from "./address";
import type { FakeConditionalFormat, FakeSheet } from "./book";
import { FakeContext, FakeProxy } from "./context";
import { officeError } from "./errors";
import type { RangeTarget } from "./range";

/** Excel.ConditionalFormatType, as Office.js sends it. */
const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];
const isColor = (v: unknown) => typeof v === "string" && /^#[0-9A-Fa-f]{6}$|^[A-Za-z]+$/.test(v);

interface FormatTarget {
  sheet: FakeSheet;
  format: FakeConditionalFormat;
}

abstract class ConditionalPart<T> extends FakeProxy<T> {
  protected snapshot(): unknown {
    return undefined;
  }
}

export class FakeConditionalFormatCollection extends ConditionalPart<RangeTarget> {
  private counter = 0;
  clearAll(): void {
    this.ctx.enqueue(this.path, "clearAll()", [], () => {
      const { sheet, bounds } = this.target();
      sheet.clearConditionalFormats(bounds);
    });
  }
  add(type: string): FakeConditionalFormatProxy {
    const proxy = new FakeConditionalFormatProxy(this.ctx, `${this.path}.add#${++this.counter}`, () => null);
    this.ctx.enqueue(this.path, "add()", [type], () => {
      const { sheet, bounds } = this.target();
      if (!TYPES.includes(type)) throw officeError("InvalidArgument", `Unknown conditional format type '${type}'.`, this.path);
      const format: FakeConditionalFormat = { type, range: boundsName(bounds) };
      sheet.conditionalFormats.unshift(format);
      proxy.bind({ sheet, format });
    });
    return proxy;
  }
}

export class FakeConditionalFormatProxy extends ConditionalPart<FormatTarget> {
  readonly cellValue = new FakeCellValueFormat(this.ctx, this.path + ".cellValue", () => {
    const t = this.target();
    if (t.format.type !== "CellValue")
      throw officeError("InvalidOperation", `A conditional format of type '${t.format.type}' has no cellValue.`, this.path);
    return t;
  });
  protected isGone(t: FormatTarget): boolean {
    return !t.sheet.conditionalFormats.includes(t.format);
  }
  delete(): void {
    this.call("delete", [], (t) => t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.format), 1));
  }
}

export class FakeCellValueFormat extends ConditionalPart<FormatTarget> {
  readonly format = {
    fill: new FakeConditionalFill(this.ctx, this.path + ".format.fill", () => this.target()),
    font: new FakeConditionalFont(this.ctx, this.path + ".format.font", () => this.target()),
  };
  set rule(rule: { formula1: string; formula2?: string; operator: string }) {
    this.write("rule", rule, (t) => {
      const r = rule as unknown as Record<string, unknown> | null;
      if (!r || typeof r.formula1 !== "string" || r.formula1 === "")
        throw officeError("InvalidArgument", "A cell value rule needs formula1.", this.path);
      if (typeof r.operator !== "string" || !OPERATORS.includes(r.operator))
        throw officeError("InvalidArgument", `Invalid operator '${String(r.operator)}'.`, this.path);
      const two = r.operator === "Between" || r.operator === "NotBetween";
      if (two && typeof r.formula2 !== "string") throw officeError("InvalidArgument", `Operator '${r.operator}' needs formula2.`, this.path);
      t.format.rule = { formula1: r.formula1, ...(two ? { formula2: r.formula2 as string } : {}), operator: r.operator };
    });
  }
}

export class FakeConditionalFill extends ConditionalPart<FormatTarget> {
  set color(v: string) {
    this.write("color", v, (t) => {
      if (!isColor(v)) throw officeError("InvalidArgument", `Invalid value for fill.color: ${JSON.stringify(v)}`, this.path);
      t.format.fill = v;
    });
  }
}

export class FakeConditionalFont extends ConditionalPart<FormatTarget> {
  set color(v: string) {
    this.write("color", v, (t) => {
      if (!isColor(v)) throw officeError("InvalidArgument", `Invalid value for font.color: ${JSON.stringify(v)}`, this.path);
      t.format.fontColor = v;
    });
  }
}

export function conditionalFormatsOn(ctx: FakeContext, path: string, range: () => RangeTarget): FakeConditionalFormatCollection {
  return new FakeConditionalFormatCollection(ctx, path, range);
}
