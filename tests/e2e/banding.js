// End-to-end Bandingkan: the pane in headless Chromium picks the other workbook with its file input (a real
// .xlsx, the Dinkes sample), the open workbook being a revised copy in the in-memory Excel; changes listed by PK,
// a click selects the cell, the Perubahan sheet is written. Called from run.js with its browser and helpers.
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { serve } = require("./server");

const ROOT = path.resolve(__dirname, "../..");
const OTHER = path.resolve(ROOT, "../shared/samples/kabupaten-contoh-dinkes-2025.xlsx");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The pane with a reader (banding-pane.tsx), bundled into a temp folder with its page. */
function buildPage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-e2e-banding-"));
  // The pane's own page, its bundle swapped for this one (the ES5 guard has its own e2e step).
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8").replace(/<script[^>]*src="guard\.js"[^>]*><\/script>/, "").replace("</body>", '<script src="banding.js"></script></body>');
  fs.writeFileSync(path.join(dir, "banding.html"), html);
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: path.resolve(__dirname, "banding-pane.tsx"),
    output: { path: dir, filename: "banding.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } }] },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(dir);
    }),
  );
}

/** The open workbook (the Dinkes sample revised as in the jest tests) and the other file's grids, read by Node. */
async function workbooks() {
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs", jsx: "react-jsx" } });
  const { readXlsx } = require(path.join(ROOT, "src/xlsx/read.ts"));
  const { Book } = require(path.join(ROOT, "tests/compare/edit.ts"));
  const { reviseDinkes } = require(path.join(ROOT, "tests/compare/revision.ts"));
  const { denseGrid } = require(path.join(ROOT, "tests/support/grid.ts"));
  // The reader's grids may be sparse; the in-memory Excel and JSON want every row.
  const sample = (await readXlsx(OTHER)).map(denseGrid);
  return { open: reviseDinkes(new Book(sample)).grids.map(denseGrid), other: { name: path.basename(OTHER), size: fs.statSync(OTHER).size, grids: sample } };
}

async function bandingSteps({ browser, stub, step, assert, out, strayRequests, pageErrors }) {
  const [dir, books] = await Promise.all([buildPage(), workbooks()]);
  const server = await serve(dir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage({ viewport: { width: 350, height: 900 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(10000);
  const officeJs = `window.__PK_SHEETS__ = ${JSON.stringify(books.open)};\nwindow.__PK_OTHER__ = ${JSON.stringify(books.other)};\n${stub}`;
  await page.route("**/appsforoffice.microsoft.com/**", (route) =>
    route.request().url() === OFFICE_JS ? route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs }) : route.abort(),
  );
  page.on("request", (req) => {
    const url = req.url();
    if (!(url.startsWith(base + "/") || url === OFFICE_JS || url.startsWith("data:"))) strayRequests.push(url);
  });
  page.on("pageerror", (err) => pageErrors.push(err.message + " " + (err.stack || "").split("\n").slice(1, 4).join(" ")));
  try {
    await step("Bandingkan: choosing the other workbook lists the changes grouped by PK", async () => {
      await page.goto(`${base}/banding.html`);
      await page.getByRole("tab", { name: "Bandingkan" }).click();
      await page.getByRole("button", { name: "Pilih berkas versi lain…" }).waitFor();
      await page.setInputFiles('input[type="file"]', OTHER);
      await page.waitForSelector('[aria-label="Hasil perbandingan"], [role="alert"]', { timeout: 30000 });
      const alert = page.locator('[role="alert"]');
      if (await alert.count()) throw new Error((await alert.first().innerText()).replace(/\s+/g, " "));
      const groups = await page.$$eval('section[aria-label^="PK "]', (els) => els.map((e) => e.getAttribute("aria-label")));
      assert(groups.length === 5 && groups[1] === "PK KEPALA DINAS KESEHATAN", `groups: ${groups.join(", ")}`);
      const kinds = await page.$$eval("li[data-jenis]", (els) => [...new Set(els.map((e) => e.getAttribute("data-jenis")))]);
      for (const k of ["target", "pagu", "pejabat", "pk-baru", "tw-target", "indikator-hilang"]) assert(kinds.includes(k), `no ${k} change listed (${kinds.join(", ")})`);
      const text = await page.locator('[aria-label="Hasil perbandingan"]').innerText();
      assert(text.includes("14 → 13,5") && /Rp 2\.120\.000\.000 → Rp 1\.970\.000\.000/.test(text), "values not shown in id-ID form");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 350, `the pane is ${width} px wide in a 350 px task pane`);
      await page.screenshot({ path: path.join(out, "taskpane-banding.png") });
    });

    await step("Bandingkan: clicking a change selects its cell in the open workbook", async () => {
      await page.getByRole("button", { name: /^Target: Prevalensi stunting balita/ }).click();
      await page.waitForFunction(() => {
        const s = window.__fakeExcel.selection;
        return s && s.sheet === "PK Kadis" && s.address === "E9";
      }, null, { timeout: 5000 });
    });

    // Scrolled to the change clicked: its cell, the other version's cell, the findings that say it is not consistent yet.
    await page.screenshot({ path: path.join(out, "taskpane-banding-perubahan.png") });

    await step("Bandingkan: Tulis lembar Perubahan writes the add-in's own sheet into the workbook", async () => {
      await page.getByRole("button", { name: "Tulis lembar Perubahan" }).click();
      await page.getByRole("button", { name: "Buka lembar Perubahan" }).waitFor({ timeout: 15000 });
      const sheet = await page.evaluate(() => window.__fakeExcel.sheet("Perubahan"));
      assert(sheet, "no Perubahan sheet");
      assert(String(sheet.values[1][0]).startsWith("Dibuat oleh PK Kinerja"), `A2 is ${sheet.values[1][0]}`);
      const cells = sheet.values.flat();
      assert(cells.includes("Prevalensi stunting balita") && cells.includes("PK Kadis!E9"), "the change or its cell is missing from the sheet");
    });
  } finally {
    await page.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { bandingSteps };
