// `npm test`: type-check once, jest (transpile only), production build, then the end-to-end run.
// jest prints its progress from the start; the type-check and the build run beside it (one core each on a
// 2-core machine) and report when done; the end-to-end run needs the build, so it comes last.
const { spawn } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** Runs a command; live output goes straight through, otherwise it is kept and shown with the result. */
function run(label, command, args, { live = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: live ? "inherit" : ["ignore", "pipe", "pipe"] });
    let output = "";
    if (!live) for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      const ok = code === 0;
      console.log(`${ok ? "ok  " : "FAIL"} ${label} (${seconds()})`);
      if (!ok && output) console.log(output.trimEnd());
      resolve(ok);
    });
  });
}

async function main() {
  console.log("npm test: typecheck and production build beside jest, then the end-to-end run");
  const checks = (async () => {
    const typed = await run("typecheck (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
    const built = await run("production build (webpack --mode production)", bin("webpack"), ["--mode", "production"]);
    return { typed, built };
  })();
  const tested = await run("jest", bin("jest"), ["--ci", ...process.argv.slice(2)], { live: true });
  const { typed, built } = await checks;
  const e2e = built ? await run("end-to-end (tests/e2e/run.js)", process.execPath, [path.join(__dirname, "e2e", "run.js")], { live: true }) : false;
  const ok = typed && tested && built && e2e;
  console.log(`npm test ${ok ? "passed" : "FAILED"} in ${seconds()}`);
  process.exit(ok ? 0 : 1);
}

main();
