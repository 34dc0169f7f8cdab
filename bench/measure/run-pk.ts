/** One whole `pk` process on the compiled build: exit status, wall time, peak memory, what it printed. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { performance } from "perf_hooks";

/** Preloaded into the measured process: its peak memory and CPU time, written at exit. */
const AT_EXIT = path.join(__dirname, "rss-at-exit.js");

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

/** Runs `script` (the compiled command build/cli/main.js, or the floor) with `args` in a process of its own. */
export function runPk(script: string, args: string[], timeoutMs = 120_000): PkRun {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pk-rss-")), "rss");
  const start = performance.now();
  // Through coreutils' timeout, which forks it and kills it when time is up: on Linux a process forked
  // straight from this one starts with this one's peak memory as its own (the kernel copies it).
  const seconds = Math.ceil(timeoutMs / 1000);
  const r = spawnSync("timeout", ["-s", "KILL", `${seconds}s`, process.execPath, "-r", AT_EXIT, script, ...args], {
    encoding: "utf8",
    timeout: timeoutMs + 10_000,
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, PK_RSS_FILE: rssFile },
  });
  const ms = performance.now() - start;
  const [rss, cpu] = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, "utf8").split(" ").map(Number) : [NaN, NaN];
  const peak = Number.isFinite(rss) ? rss / 1024 : null;
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  // timeout kills the whole group, itself included, so the run ends by SIGKILL (or 137, 124 elsewhere).
  const timedOut = r.signal === "SIGKILL" || r.status === 137 || r.status === 124 || (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
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
