// A step file of the end-to-end run on its own (`node tests/e2e/<file>.js`, after `npm run build`): the production
// build served, the stub office.js over the PUPR sample, headless Chromium, the steps counted. run.js passes the
// same { browser, base, officeJs, out, step, assert } when the whole run goes.
const fs = require("fs");
const path = require("path");

function runStandalone(label, steps) {
  const { chromium } = require("playwright-core");
  const { serve } = require("./server");
  const { buildStub } = require("./stub-bundle");
  const { sampleSheets } = require("./sample");
  const ROOT = path.resolve(__dirname, "../..");
  const out = path.join(ROOT, "test-output");
  let failed = 0;
  const step = async (name, fn) => {
    try {
      await fn();
      console.log(`ok   ${name}`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${name}\n     ${String(err && err.message ? err.message : err).split("\n").slice(0, 6).join("\n     ")}`);
    }
  };
  const assert = (cond, message) => {
    if (!cond) throw new Error(message);
  };
  (async () => {
    assert(fs.existsSync(path.join(ROOT, "dist", "taskpane.html")), "dist/taskpane.html missing: run `npm run build` first");
    fs.mkdirSync(out, { recursive: true });
    const [stub, sheets] = await Promise.all([buildStub(), sampleSheets(path.resolve(ROOT, "../shared/samples/kabupaten-contoh-pupr-2025.xlsx"))]);
    const server = await serve(path.join(ROOT, "dist"));
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
    try {
      await steps({ browser, base: `http://127.0.0.1:${server.address().port}`, officeJs: `window.__PK_SHEETS__ = ${JSON.stringify(sheets)};\n${stub}`, out, step, assert });
    } finally {
      await browser.close();
      server.close();
    }
  })()
    .catch((err) => {
      failed++;
      console.log(`FAIL harness: ${err && err.stack ? err.stack : err}`);
    })
    .finally(() => {
      console.log(failed ? `${label}: ${failed} failed` : `${label}: ok`);
      process.exit(failed ? 1 : 0);
    });
}

module.exports = { runStandalone };
