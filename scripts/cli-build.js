/**
 * The compiled `pk` command (build/cli/main.js), rebuilt when a source file is newer than it: `npm run pk`
 * and the tests that start the real process never run a stale build. `npm install` builds it (prepare).
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const MAIN = path.join(ROOT, "build", "cli", "main.js");
const INPUTS = ["src", "tsconfig.json", "tsconfig.cli.json", "package-lock.json"];

function newest(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((m, name) => Math.max(m, newest(path.join(file, name))), 0);
}

function isFresh() {
  if (!fs.existsSync(MAIN)) return false;
  const built = fs.statSync(MAIN).mtimeMs;
  return INPUTS.every((p) => !fs.existsSync(path.join(ROOT, p)) || newest(path.join(ROOT, p)) <= built);
}

function build() {
  const tsc = require.resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json")], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error("tsc -p tsconfig.cli.json gagal");
  // tsc leaves an unchanged file's time alone; the stamp is what freshness compares with.
  const now = new Date();
  fs.utimesSync(MAIN, now, now);
}

const LOCK = path.join(ROOT, "build", ".building");

/** Builds when stale; several processes at once (jest workers) build once, the others wait for it. */
function ensureCliBuilt() {
  const started = Date.now();
  while (!isFresh()) {
    fs.mkdirSync(path.dirname(LOCK), { recursive: true });
    try {
      fs.mkdirSync(LOCK);
    } catch {
      // Another process is building; a lock older than two minutes was left by one that died.
      if (Date.now() - started > 120_000) fs.rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      continue;
    }
    try {
      if (!isFresh()) build();
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
  return MAIN;
}

module.exports = { ensureCliBuilt, MAIN };

if (require.main === module) {
  if (process.argv.includes("--if-stale")) ensureCliBuilt();
  else build();
}
