/** Reading one sheet: typed cell reads that turn what cannot be read into findings, never exceptions. */
import { Sheet, isErrorValue } from "../grid";
import { Account } from "./account";
import type { Vocabulary, HeaderMeaning } from "./vocab";
import type { Finding } from "../finding";
import { MAX_MAGNITUDE, isPercentFormat, readNumberCell } from "../parse/number";
import { readTargetCell } from "../parse/target";
import type { Target } from "../model";
const MONEY_FACTORS: Record<string, number> = { m: 1e9, miliar: 1e9, milyar: 1e9, jt: 1e6, juta: 1e6, rb: 1e3, ribu: 1e3, t: 1e12, triliun: 1e12 };

export type NumberKind = "anggaran" | "pagu" | "rencana" | "realisasi" | "Jumlah";

export class SheetReader {
  /** Which part claimed each cell: what the account of this sheet is made of. */
  readonly account: Account;

  constructor(
    readonly sheet: Sheet,
    private readonly findings: Finding[],
    readonly vocab: Vocabulary,
  ) {
    this.account = new Account(sheet);
  }

  /** What the header text of cell (r, c) means; null for no text or unknown words. */
  meaning(r: number, c: number): HeaderMeaning | null {
    const t = this.sheet.str(r, c);
    return t ? this.vocab.meaning(t) : null;
  }

  get name(): string {
    return this.sheet.name;
  }

  addr(r: number, c: number): string {
    return this.sheet.address(r, c);
  }

  report(rule: string, severity: Finding["severity"], cell: string, message: string): void {
    this.findings.push({ rule, severity, sheet: this.sheet.name, cell, message });
  }

  /** An Excel error value in a cell the add-in needs becomes `cell-error`; true when so. */
  private errorAt(r: number, c: number, what: string): boolean {
    const v = this.sheet.value(r, c);
    if (!isErrorValue(v)) return false;
    this.report("cell-error", "error", this.addr(r, c), `Sel ${what} berisi nilai galat Excel ${v}; perbaiki rumusnya agar angkanya dapat dibaca.`);
    return true;
  }

  /** A money or plan number; null when blank, unreadable (reported) or an error (reported). */
  number(r: number, c: number, what: string, columnFactor = 1): number | null {
    if (c < 0) return null;
    // Fast path for the common case, a plain number in a General cell: no allocation.
    const v = this.sheet.grid.values[r]?.[c];
    if (typeof v === "number" && Math.abs(v) < MAX_MAGNITUDE && !isPercentFormat(this.sheet.grid.formats[r]?.[c])) return v * columnFactor;
    if (this.errorAt(r, c, what)) return null;
    const read = readNumberCell(this.sheet.value(r, c), this.sheet.format(r, c));
    if (read.kind === "number") {
      // Money written short: `1,25 M`, `750 juta`; a unit on anything else is the planner's note, not a factor.
      const factor = read.unit && !/fisik/.test(what) ? MONEY_FACTORS[read.unit.toLowerCase()] : undefined;
      // A unit in the column's header (`Rp.000`) scales the whole column, unless the cell says its own.
      return factor ? read.value * factor : read.value * (read.unit === "%" ? 1 : columnFactor);
    }
    if (read.kind === "unreadable") {
      this.report("value-unreadable", "error", this.addr(r, c), `Nilai ${what} "${this.sheet.text(r, c)}" tidak dapat dibaca sebagai angka (contoh yang benar: 1.250.000.000 atau 85,5).`);
    }
    return null;
  }

  /** A target or realisasi: number, range or qualitative; with the unit written in the cell. */
  target(r: number, c: number, what: string): { value: Target | null; unit: string | null } {
    if (c < 0) return { value: null, unit: null };
    if (this.errorAt(r, c, what)) return { value: null, unit: null };
    const read = readTargetCell(this.sheet.value(r, c), this.sheet.format(r, c));
    if (read.kind === "value") return { value: read.value, unit: read.unit };
    if (read.kind === "unreadable") {
      this.report("value-unreadable", "error", this.addr(r, c), `Nilai ${what} "${this.sheet.text(r, c)}" tidak dapat dibaca: tulis angka (85,5), rentang (80 - 90) atau nilai kualitatif (WTP).`);
    }
    return { value: null, unit: null };
  }

  text(r: number, c: number): string {
    if (c < 0) return "";
    const v = this.sheet.value(r, c);
    return isErrorValue(v) ? "" : this.sheet.text(r, c);
  }
}
