/** One whole `pk` process on the compiled build: exit status, wall time, peak memory, what it printed. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { performance } from "perf_hooks";

const CHILD = path.join(__dirname, "child-rss.js");
/** For plain scripts: only the peak memory written at exit. */
const CHILD_EXIT = path.join(__dirname, "rss-at-exit.js");

export interface PkRun {
  code: number | null;
  /** Killed after the time limit. */
  timedOut: boolean;
  ms: number;
  /** Peak resident memory of the process, MiB; null when it died before saying. */
  peakMiB: number | null;
  /** User and system CPU time of the process, ms (a fairer figure than wall time on a busy machine). */
  cpuMs: number | null;
  stdout: string;
  stderr: string;
}

/** `main` is the compiled command (build/cli/main.js), or with `plain` any script, run as it is. */
export function runPk(main: string, args: string[], timeoutMs = 120_000, plain = false): PkRun {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pk-rss-")), "rss");
  const start = performance.now();
  const r = spawnSync(process.execPath, plain ? ["-r", CHILD_EXIT, main, ...args] : [CHILD, main, ...args], {
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, PK_RSS_FILE: rssFile },
  });
  const ms = performance.now() - start;
  const [rss, cpu] = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, "utf8").split(" ").map(Number) : [NaN, NaN];
  const peak = Number.isFinite(rss) ? rss / 1024 : null;
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  return {
    code: r.status,
    timedOut,
    ms,
    peakMiB: peak === null ? null : Math.round(peak * 10) / 10,
    cpuMs: Number.isFinite(cpu) ? Math.round(cpu / 100) / 10 : null,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
  };
}
