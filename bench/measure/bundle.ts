/** Gzipped size (level 9) of the task pane's production JavaScript, dist/taskpane*.js. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleMeasure {
  /** Every taskpane*.js, the on-demand reader included. */
  taskpaneGzipBytes: number | null;
  /** What the pane loads when it opens (taskpane.js); the rest comes when a file is picked. */
  initialGzipBytes?: number;
  files?: string[];
  builtNow?: boolean;
  note?: string;
}

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const BUILD_TIMEOUT_MS = 150_000;

export function measureBundle(): BundleMeasure {
  let files = taskpaneFiles();
  let builtNow = false;
  if (files.length === 0) {
    const config = ["webpack.config.js", "webpack.config.ts", "webpack.config.cjs"].some((f) => existsSync(join(ROOT, f)));
    if (!config) return { taskpaneGzipBytes: null, note: "dist/ kosong dan konfigurasi webpack belum ada" };
    // The build prints to its own pipes: stdout stays one JSON document.
    const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, encoding: "utf8", timeout: BUILD_TIMEOUT_MS });
    builtNow = true;
    files = taskpaneFiles();
    if (files.length === 0) {
      const why = build.error ? build.error.message : `kode keluar ${build.status}`;
      return { taskpaneGzipBytes: null, builtNow, note: `npm run build tidak menghasilkan dist/taskpane*.js (${why})` };
    }
  }
  const gz = (f: string) => gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
  const bytes = files.reduce((sum, f) => sum + gz(f), 0);
  const initialGzipBytes = files.includes("taskpane.js") ? gz("taskpane.js") : undefined;
  return { taskpaneGzipBytes: bytes, initialGzipBytes, files, builtNow };
}

function taskpaneFiles(): string[] {
  if (!existsSync(DIST)) return [];
  return readdirSync(DIST)
    .filter((f) => /^taskpane.*\.js$/.test(f))
    .sort();
}
