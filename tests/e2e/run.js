// End-to-end check of the task pane without Excel, in headless Chromium, office.js replaced by a stub over the
// in-memory Excel (Excel on the web's limits) holding the PUPR sample: the production build (run after
// `npm run build`), then the development build as `npm run dev-server` serves it (source maps, hot reload),
// both under the pane's own CSP; then the ES5 guard (an Internet Explorer user agent), office.js missing, and a
// dark Office theme. Fails on any request that leaves 127.0.0.1 (other than the routed office.js), any script
// error and any CSP violation.
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { serve } = require("./server");
const { startDevServer } = require("./dev-server");
const { buildStub } = require("./stub-bundle");
const { sampleSheets } = require("./sample");
const { bandingSteps } = require("./banding");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-output");
const REAL_SAMPLE = path.resolve(ROOT, "../shared/samples/real/banjarmasin-dinkes-2023.xlsx");
const SAMPLE = path.resolve(ROOT, "../shared/samples/kabupaten-contoh-pupr-2025.xlsx");
const CLEAN_SAMPLE = path.resolve(ROOT, "../shared/samples/kabupaten-contoh-dinkes-2025.xlsx");
const TRUTH = JSON.parse(fs.readFileSync(SAMPLE.replace(/\.xlsx$/, ".truth.json"), "utf8"));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const DARK = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" };

const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String(err && err.message ? err.message : err).split("\n").slice(0, 6).join("\n     ")}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Waits for the pane to finish: a result region or the error MessageBar; returns the alert text if any. */
async function settle(page, region) {
  await page.waitForSelector(`[aria-label="${region}"], [role="alert"]`, { timeout: 30000 });
  await page.waitForFunction(() => !document.querySelector('[role="status"] .fui-Spinner'), null, { timeout: 30000 });
  const alert = page.locator('[role="alert"]');
  return (await alert.count()) > 0 ? (await alert.first().innerText()).replace(/\s+/g, " ") : null;
}

async function main() {
  assert(fs.existsSync(path.join(DIST, "taskpane.html")), "dist/taskpane.html missing: run `npm run build` first");
  fs.mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const [stub, sheets, cleanSheets] = await Promise.all([buildStub(), sampleSheets(SAMPLE), sampleSheets(CLEAN_SAMPLE)]);
  const officeJs = (book, theme) => `window.__PK_SHEETS__ = ${JSON.stringify(book)};\nwindow.__PK_THEME__ = ${JSON.stringify(theme ?? null)};\n${stub}`;
  // The development build compiles while the production build is tested.
  const devServer = startDevServer();
  devServer.catch(() => undefined);
  const server = await serve(DIST);
  const prodBase = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_FLAGS });
  const strayRequests = [];
  const pageErrors = [];

  /** A pane page on `base`, office.js served by the stub over `book` (or refused), every error collected. */
  async function openPane(base, { book = sheets, theme, userAgent, officeJsMissing = false } = {}) {
    const page = await browser.newPage({ viewport: { width: 350, height: 900 }, deviceScaleFactor: 1, ...(userAgent ? { userAgent } : {}) });
    page.setDefaultTimeout(8000);
    const body = officeJs(book, theme);
    await page.route("**/appsforoffice.microsoft.com/**", (route) =>
      route.request().url() === OFFICE_JS && !officeJsMissing
        ? route.fulfill({ status: 200, contentType: "text/javascript", body })
        : route.abort(),
    );
    page.on("request", (req) => {
      const url = req.url();
      if (url.startsWith(base + "/") || url === OFFICE_JS || url.startsWith("data:")) return;
      strayRequests.push(url);
    });
    const label = `${base} ${userAgent ? "(IE11) " : ""}`;
    page.on("pageerror", (err) => pageErrors.push(label + err.message));
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      // The refused office.js of the "office.js missing" page is the point of that page.
      if (officeJsMissing && /ERR_FAILED|appsforoffice/.test(msg.text() + (msg.location().url || ""))) return;
      pageErrors.push(label + msg.text());
    });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${base}/taskpane.html`);
    return page;
  }

  async function noCspViolation(page) {
    const violations = await page.evaluate(() => window.__csp);
    assert(violations.length === 0, `CSP violations: ${violations.join(", ")}`);
  }

  /** The planner's path through the pane: Validasi, go to findings, Hitung, open a sheet, save settings. */
  async function suite(label, base, shots) {
    const page = await openPane(base);
    const shot = (name) => page.screenshot({ path: path.join(OUT, `${shots}${name}.png`), fullPage: true });

    await step(`[${label}] task pane loads with its two commands`, async () => {
      await page.getByRole("button", { name: "Validasi", exact: true }).waitFor({ timeout: 15000 });
      await page.getByRole("button", { name: "Hitung Capaian" }).waitFor();
      assert((await page.title()) === "PK Kinerja", "title");
    });

    await step(`[${label}] Validasi lists the planted errors of the PUPR sample, grouped by sheet`, async () => {
      await page.getByRole("button", { name: "Validasi", exact: true }).click();
      const alert = await settle(page, "Hasil validasi");
      assert(alert === null, `the pane reported: ${alert}`);
      const listed = await page.$$eval("button[data-rule]", (bs) =>
        bs.map((b) => ({
          rule: b.getAttribute("data-rule"),
          sheet: b.closest("section[aria-label^='Lembar ']").getAttribute("aria-label").slice("Lembar ".length),
          error: b.getAttribute("aria-label").startsWith("Kesalahan"),
          cell: b.getAttribute("aria-label").match(/di sel (\S+):/)[1],
        })),
      );
      for (const e of TRUTH.errors) {
        assert(
          listed.some((f) => f.error && f.rule === e.rule && f.sheet === e.sheet && f.cell === e.cell),
          `missing ${e.rule} '${e.sheet}'!${e.cell}`,
        );
      }
      const extra = listed.filter(
        (f) => f.error && !TRUTH.errors.some((e) => e.rule === f.rule && e.sheet === f.sheet && e.cell === f.cell) && !TRUTH.allowed.includes(f.rule),
      );
      assert(extra.length === 0, `unexpected errors: ${extra.map((f) => `${f.rule} '${f.sheet}'!${f.cell}`).join(", ")}`);
      const badge = await page.locator('[data-severity="error"]').innerText();
      assert(badge === `${listed.filter((f) => f.error).length} kesalahan`, `error badge says "${badge}"`);
      // Errors first: inside each sheet errors lead, and sheets with errors come before sheets without.
      const bySheet = new Map();
      for (const f of listed) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) || []), f.error]);
      const groups = [...bySheet.values()];
      for (const g of groups) assert(g.indexOf(false) === -1 || !g.slice(g.indexOf(false)).includes(true), "errors are not first within a sheet");
      const hasError = groups.map((g) => g.includes(true));
      assert(hasError.indexOf(false) === -1 || !hasError.slice(hasError.indexOf(false)).includes(true), "sheets with errors are not first");
    });

    await step(`[${label}] Tab reaches a finding and Enter selects its cell in the workbook`, async () => {
      const target = TRUTH.errors.find((e) => e.rule === "jumlah-mismatch");
      await page.locator("body").focus();
      let found = false;
      for (let i = 0; i < 80 && !found; i++) {
        await page.keyboard.press("Tab");
        found = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute("data-rule") === "jumlah-mismatch");
      }
      assert(found, "Tab never reached the jumlah-mismatch finding");
      await page.keyboard.press("Enter");
      await page.waitForFunction((t) => {
        const s = window.__fakeExcel.selection;
        return s && s.sheet === t.sheet && s.address === t.cell;
      }, target, { timeout: 5000 });
    });

    await step(`[${label}] clicking a finding selects that sheet and cell`, async () => {
      const target = TRUTH.errors.find((e) => e.rule === "indikator-unknown");
      await page.locator(`section[aria-label="Lembar ${target.sheet}"] button[data-rule="${target.rule}"]`).click();
      await page.waitForFunction(() => true);
      const selection = await page.evaluate(() => window.__fakeExcel.selection);
      assert(selection && selection.sheet === target.sheet && selection.address === target.cell, `selection is ${JSON.stringify(selection)}`);
    });

    await shot("validasi");

    await step(`[${label}] Hitung Capaian writes Capaian and Kurva S with charts into the workbook`, async () => {
      await page.getByRole("button", { name: "Hitung Capaian" }).click();
      const alert = await settle(page, "Hasil perhitungan capaian");
      assert(alert === null, `the pane reported: ${alert}`);
      const book = await page.evaluate(() => {
        const f = window.__fakeExcel;
        return { names: f.sheetNames(), capaian: f.sheet("Capaian"), kurva: f.sheet("Kurva S"), refused: f.refusedCount };
      });
      assert(book.capaian, `no Capaian sheet; sheets: ${book.names.join(", ")}`);
      assert(book.kurva, `no Kurva S sheet; sheets: ${book.names.join(", ")}`);
      assert(book.kurva.charts.length > 0, "Kurva S has no chart");
      assert(book.refused === 0, `Excel on the web refused ${book.refused} requests`);
      for (const chart of book.kurva.charts) {
        assert(/line/i.test(chart.type), `chart type ${chart.type}`);
        assert(chart.series.length >= 2 && chart.series.every((s) => s.values && s.values.includes("Kurva S")), "chart series not bound to the Kurva S table");
      }
      // The same perhitungan text shows in the pane and in the Capaian sheet.
      const cells = new Set(book.capaian.values.flat().filter((v) => typeof v === "string"));
      await page.locator("[data-pk] button").first().click();
      const shown = await page.locator("[data-perhitungan]").first().innerText({ timeout: 5000 });
      await page.waitForTimeout(800); // let the accordion finish opening before the screenshot
      assert(cells.has(shown.trim()), `perhitungan "${shown}" not found in the Capaian sheet`);
    });

    await step(`[${label}] PKs are listed with the furthest behind first`, async () => {
      const statuses = await page.$$eval("[data-pk]", (els) => els.map((e) => e.getAttribute("data-status")));
      const rank = { Kritis: 0, Tertinggal: 1, Terlambat: 2, "Perlu perhatian": 3, "Belum ada data": 4, "Sesuai rencana": 5 };
      assert(statuses.length === TRUTH.pk.length || statuses.length > 0, "no PK listed");
      for (let i = 1; i < statuses.length; i++) assert(rank[statuses[i - 1]] <= rank[statuses[i]], `order ${statuses.join(", ")}`);
      const text = await page.locator('[aria-label="Hasil perhitungan capaian"]').innerText();
      assert(/\d+,\d\d/.test(text), "no id-ID decimal in the results");
    });

    await shot("hitung");

    await step(`[${label}] Hitung again rewrites the sheets in place: same tabs, same order`, async () => {
      const before = await page.evaluate(() => window.__fakeExcel.sheetNames());
      await page.getByRole("button", { name: "Hitung Capaian" }).click();
      const alert = await settle(page, "Hasil perhitungan capaian");
      assert(alert === null, `the pane reported: ${alert}`);
      const after = await page.evaluate(() => window.__fakeExcel.sheetNames());
      assert(JSON.stringify(after) === JSON.stringify(before), `sheets were ${before.join(", ")}, now ${after.join(", ")}`);
    });

    await step(`[${label}] a written sheet's link selects that sheet`, async () => {
      await page.getByRole("button", { name: "Buka lembar Kurva S" }).click();
      await page.waitForFunction(() => window.__fakeExcel.selection && window.__fakeExcel.selection.sheet === "Kurva S", null, { timeout: 5000 });
    });

    await step(`[${label}] Pengaturan saves T/R into the workbook's PENGATURAN sheet`, async () => {
      await page.getByRole("tab", { name: "Pengaturan" }).click();
      await page.getByRole("radio", { name: /^T\/R/ }).check();
      await page.getByRole("button", { name: "Simpan ke buku kerja" }).click();
      await page.waitForSelector('[role="alert"], [data-notice]', { timeout: 10000 });
      const alert = await page.locator('[role="alert"]').count();
      if (alert) throw new Error((await page.locator('[role="alert"]').innerText()).replace(/\s+/g, " "));
      const values = await page.evaluate(() => {
        const f = window.__fakeExcel;
        const name = f.sheetNames().find((n) => n.toUpperCase() === "PENGATURAN");
        return name ? f.sheet(name).values.flat() : null;
      });
      assert(values && values.includes("T/R"), "PENGATURAN sheet does not hold T/R");
      await shot("pengaturan");
    });

    await step(`[${label}] no CSP violation`, () => noCspViolation(page));
    await page.close();
  }

  try {
    await suite("produksi", prodBase, "taskpane-");

    await step("[produksi] a clean workbook (Dinkes sample) says so plainly", async () => {
      const clean = await openPane(prodBase, { book: cleanSheets });
      await clean.getByRole("button", { name: "Validasi", exact: true }).click();
      const alert = await settle(clean, "Hasil validasi");
      assert(alert === null, `the pane reported: ${alert}`);
      await clean.getByText("Tidak ada kesalahan", { exact: true }).waitFor();
      const badge = await clean.locator('[data-severity="error"]').innerText();
      assert(badge === "0 kesalahan", `error badge says "${badge}"`);
      await clean.screenshot({ path: path.join(OUT, "taskpane-bersih.png"), fullPage: true });
      await clean.close();
    });

    await require("./capaian-screens").capaianScreens({ browser, base: prodBase, officeJs: officeJs(sheets), out: OUT, step, assert });
    await require("./rekap-screens").rekapScreens({ browser, base: prodBase, officeJs: officeJs(sheets), out: OUT, step, assert });

    await step("[produksi] Cara membaca on a real workbook: unread ranges first, a click selects the range's cell", async () => {
      const real = await sampleSheets(REAL_SAMPLE);
      const pane = await openPane(prodBase, { book: real });
      await pane.getByRole("button", { name: "Validasi", exact: true }).click();
      await settle(pane, "Hasil validasi");
      await pane.getByRole("tab", { name: /^Cara membaca/ }).click();
      const panel = pane.locator('[aria-label="Cara membaca"]');
      await panel.waitFor();
      const unread = panel.locator("[data-tak-terbaca]");
      assert((await unread.count()) >= 1, "no unread range shown for the Banjarmasin Rencana Aksi");
      const range = await unread.first().getAttribute("data-tak-terbaca");
      await unread.first().getByRole("button").click();
      await pane.waitForFunction((cell) => window.__fakeExcel.selection && window.__fakeExcel.selection.address === cell, range.split(":")[0]);
      await pane.screenshot({ path: path.join(OUT, "taskpane-cara-membaca.png"), fullPage: true });
      await pane.close();
    });

    await step("[produksi] the ES5 guard: on Internet Explorer the pane says which Office versions work", async () => {
      const old = await openPane(prodBase, { userAgent: IE11 });
      const guard = old.locator(".pk-guard");
      await guard.waitFor({ timeout: 5000 });
      const text = (await guard.innerText()).replace(/\s+/g, " ");
      for (const words of ["tidak dapat berjalan di Excel ini", "Microsoft 365", "Office 2021 atau yang lebih baru", "Excel di web", "Office 2016 dan Office 2019"])
        assert(text.includes(words), `guard text lacks "${words}": ${text}`);
      await old.waitForTimeout(500); // the bundle has run by now: it must have left the message alone
      assert((await old.getByRole("button", { name: "Validasi", exact: true }).count()) === 0, "the pane rendered over the guard");
      await old.screenshot({ path: path.join(OUT, "taskpane-es5-guard.png"), fullPage: true });
      await old.close();
    });

    await step("[produksi] office.js missing: the pane says why and what to check", async () => {
      const offline = await openPane(prodBase, { officeJsMissing: true });
      const alert = offline.locator('[role="alert"]');
      await alert.waitFor({ timeout: 8000 });
      const text = (await alert.innerText()).replace(/\s+/g, " ");
      assert(/Office\.js tidak termuat/.test(text) && /appsforoffice\.microsoft\.com/.test(text), `message: ${text}`);
      await offline.screenshot({ path: path.join(OUT, "taskpane-tanpa-officejs.png"), fullPage: true });
      await offline.close();
    });

    await step("[produksi] a dark Office theme gives a dark pane", async () => {
      const dark = await openPane(prodBase, { theme: DARK });
      await dark.getByRole("button", { name: "Validasi", exact: true }).waitFor({ timeout: 15000 });
      const rgb = await dark.evaluate(() => getComputedStyle(document.querySelector("main").parentElement).backgroundColor);
      const [r, g, b] = rgb.match(/\d+/g).map(Number);
      assert(r + g + b < 3 * 80, `pane background is ${rgb}`);
      await dark.screenshot({ path: path.join(OUT, "taskpane-gelap.png"), fullPage: true });
      await dark.close();
    });

    await bandingSteps({ browser, stub, step, assert, out: OUT, strayRequests, pageErrors });

    let dev = null;
    await step("[pengembangan] npm run dev-server compiles", async () => {
      dev = await devServer;
    });
    if (dev) {
      try {
        await suite("pengembangan", dev.base, "taskpane-dev-");
      } finally {
        await dev.stop();
      }
    }

    await step("no request left 127.0.0.1, no script error", async () => {
      assert(strayRequests.length === 0, `requests outside: ${strayRequests.join(", ")}`);
      assert(pageErrors.length === 0, `page errors: ${pageErrors.join(" | ")}`);
    });
  } finally {
    await browser.close();
    server.close();
    const dev = await devServer.catch(() => null);
    if (dev) await dev.stop();
    console.log(`e2e took ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

main()
  .catch((err) => {
    results.push({ name: "harness", ok: false });
    console.log(`FAIL harness: ${err && err.stack ? err.stack : err}`);
  })
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  });
