/**
 * The request context and the proxy base: calls queue work, sync() applies it in order and counts the round
 * trip and the bytes of the request, as Office.js does. A failing operation stops the batch there.
 */
import type { FakeBook } from "./book";
import { officeError, propertyNotLoaded, type FakeErrorCode } from "./errors";
import { utf8Length } from "../../../src/excel/chunks";

export interface FakeExcelOptions {
  /** Reject a request above this many bytes, like Excel on the web (5 MB). null: no limit. */
  requestLimitBytes?: number | null;
  /** Refuse a response above this many bytes (Excel on the web: 5 MB). Default null: no limit. */
  responseLimitBytes?: number | null;
  /** Make chart calls fail at sync: return true (GeneralException) or an error code for "add", "setValues", ... */
  failChartCall?: (method: string) => boolean | FakeErrorCode;
  /**
   * The user is editing a cell while sync number n (1-based, over the fake's life) arrives. Excel refuses the
   * whole request with InvalidOperationInCellEditMode, unless Excel.run asked for delayForCellEdit and the host
   * honours it (delayForCellEditHonoured, default true; older hosts ignore the option).
   */
  cellEditDuring?: (sync: number) => boolean;
  delayForCellEditHonoured?: boolean;
  /** A transient refusal of the whole request at sync n: ActivityLimitReached, InactiveWorkbook, ... */
  refuseSync?: (sync: number) => FakeErrorCode | null;
  /** Keep every operation sent (sync number, object path, member, arguments) in FakeExcel.operations, for tests of order. */
  recordOperations?: boolean;
  /** One operation failing when it is applied (those before it stay applied): path and member of the call. */
  failOperation?: (op: { path: string; member: string; sync: number }) => FakeErrorCode | null;
  /**
   * A method called on a null object in the same request (getNextOrNullObject past the last sheet, then its
   * getUsedRangeOrNullObject). The documentation does not say what Excel does: default null, the call gives a
   * null object too; a code makes the request fail there, as Excel might (InvalidArgument, ItemNotFound).
   */
  callOnNullObject?: FakeErrorCode | null;
  /** The host's ExcelApi requirement set (default 1.9: every call the fake knows); a newer call fails ApiNotFound. */
  excelApi?: number;
}

export interface SyncStats {
  syncCount: number;
  requestBytes: number[];
  responseBytes: number[];
  /** Requests refused for their size (request or response over the limit): the work was sent, and wasted. */
  refused: number;
  /** Syncs that Excel held back until the user left cell-edit mode (delayForCellEdit). */
  delayed: number;
  operations: { sync: number; path: string; member: string; args: unknown[] }[];
}

export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

interface Op {
  /** What goes on the wire: object path, member, arguments. */
  wire: { p: string; m: string; a: unknown[] };
  apply(): number | void;
}

export class FakeContext {
  private queue: Op[] = [];
  private ids = 0;
  constructor(
    readonly book: FakeBook,
    readonly options: FakeExcelOptions,
    private readonly stats: SyncStats,
    readonly runOptions: FakeRunOptions = {},
  ) {}

  enqueue(path: string, member: string, args: unknown[], apply: () => number | void): void {
    this.queue.push({ wire: { p: path, m: member, a: args.map(wireArg) }, apply });
  }

  /** A short reference for an object derived from another (Office.js sends object paths by id, not by text). */
  nextRef(): string {
    return `#${++this.ids}`;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return; // Office.js makes no round trip for an empty request
    let bytes = 2;
    for (const op of ops) bytes += utf8Length(JSON.stringify(op.wire)) + 1;
    const n = ++this.stats.syncCount;
    this.stats.requestBytes.push(bytes);
    if (this.options.recordOperations) for (const op of ops) this.stats.operations.push({ sync: n, path: op.wire.p, member: op.wire.m, args: op.wire.a });
    if (this.options.cellEditDuring?.(n)) {
      if (this.runOptions.delayForCellEdit && this.options.delayForCellEditHonoured !== false) this.stats.delayed++;
      else throw officeError("InvalidOperationInCellEditMode", "The operation isn't available while Excel is in Edit cell mode.");
    }
    const refusal = this.options.refuseSync?.(n);
    if (refusal) throw officeError(refusal, `The request was refused (${refusal}).`);
    const limit = this.options.requestLimitBytes === undefined ? 5_000_000 : this.options.requestLimitBytes;
    if (limit !== null && bytes > limit) {
      this.stats.refused++;
      throw officeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} bytes).`);
    }
    let response = 0;
    try {
      for (const op of ops) {
        const failure = this.options.failOperation?.({ path: op.wire.p, member: op.wire.m, sync: n });
        if (failure) throw officeError(failure, `The operation failed (${failure}).`, `${op.wire.p}.${op.wire.m}`);
        response += op.apply() ?? 0;
      }
    } finally {
      this.stats.responseBytes.push(response);
    }
    // Refused after the work is done, as Excel does; a caller must not trust what this sync loaded.
    const responseLimit = this.options.responseLimitBytes ?? null;
    if (responseLimit !== null && response > responseLimit) {
      this.stats.refused++;
      throw officeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${response} bytes).`);
    }
    await Promise.resolve();
  }

  /** A call of a newer requirement set than the host's fails the request, as Excel does. */
  requireApi(version: number, member: string): void {
    if ((this.options.excelApi ?? 1.9) < version) throw officeError("ApiNotFound", `The API '${member}' is not supported (ExcelApi ${version}).`);
  }

  failChart(method: string): void {
    const failure = this.options.failChartCall?.(method);
    if (failure) throw officeError(failure === true ? "GeneralException" : failure, `The chart operation '${method}' failed.`);
  }
}


function wireArg(a: unknown): unknown {
  return a instanceof FakeProxy ? { ref: a.path } : a;
}

/** Parse load() arguments into property names ("items/name" keeps its slash). */
export function loadNames(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap(loadNames);
  if (typeof arg === "object" && arg !== null) {
    const o = arg as { select?: string | string[] };
    if (o.select) return loadNames(o.select);
    return Object.keys(arg).filter((k) => (arg as Record<string, unknown>)[k]);
  }
  return [];
}

/**
 * A proxy object: resolves its target once, at the first sync that needs it (like an object path),
 * reads only loaded properties, and queues every write.
 */
export abstract class FakeProxy<T> {
  private resolved = false;
  private cached: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  private nullChecked = false;

  constructor(
    readonly ctx: FakeContext,
    readonly path: string,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {
    // An ...OrNullObject call travels in the request so isNullObject is known after sync.
    if (nullable)
      ctx.enqueue(path, "resolve", [], () => {
        this.lookup();
        this.nullChecked = true;
      });
  }

  private lookup(): T | null {
    if (!this.resolved) {
      this.cached = this.resolver();
      this.resolved = true;
    }
    return this.cached;
  }

  toJSON(): unknown {
    return { ref: this.path };
  }

  /** Set by an add() operation when it creates the target. */
  bind(target: T): void {
    this.cached = target;
    this.resolved = true;
  }

  /** The target at sync time; ItemNotFound when there is none (or it was deleted). */
  target(): T {
    const t = this.lookup();
    if (t === null || this.isGone(t)) throw officeError("ItemNotFound", "The requested resource doesn't exist.", this.path);
    return t;
  }

  protected isGone(_t: T): boolean {
    return false;
  }

  /** For a method of a null object (…OrNullObject chains): null, or the failure the fake was told to give. */
  targetOrNull(): T | null {
    if (this.nullable && this.lookup() === null) {
      const code = this.ctx.options.callOnNullObject;
      if (code) throw officeError(code, "The method cannot be called on a null object.", this.path);
      return null;
    }
    return this.target();
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (!this.nullChecked) throw propertyNotLoaded("isNullObject", this.path);
    return this.cached === null;
  }

  /** For collections: items arrive with the properties their load asked for. */
  prime(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(prop, this.path);
    return this.loaded.get(prop) as V;
  }

  protected write(prop: string, value: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue(this.path, prop, [value], () => apply(this.target()));
  }

  protected call(method: string, args: unknown[], apply: (t: T) => void): void {
    this.ctx.enqueue(this.path, method + "()", args, () => apply(this.target()));
  }

  /** The value a load of `prop` returns, read from the target at sync time. */
  protected abstract snapshot(t: T, prop: string): unknown;

  load(names?: unknown): this {
    const props = loadNames(names);
    this.ctx.enqueue(this.path, "load", [props], () => {
      const t = this.lookup();
      if (t === null && this.nullable) return 0;
      const target = this.target();
      let bytes = 0;
      for (const p of props) {
        const v = this.snapshot(target, p);
        if (v === undefined) throw officeError("InvalidArgument", `Cannot load property '${p}'.`, this.path);
        this.loaded.set(p, v);
        bytes += JSON.stringify(v).length;
      }
      return bytes;
    });
    return this;
  }
}
