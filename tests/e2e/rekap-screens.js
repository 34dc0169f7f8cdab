// Rekap in headless Chromium on the production build: three workbooks chosen at once with the pane's file input
// (the two samples and a real one, read in the browser by the production reader), progress per file, the four
// rekap sheets written into the in-memory Excel (Excel tables, bar charts), an OPD row opened to its findings, a
// screenshot to look at. Run after `npm run build`: `node tests/e2e/rekap-screens.js`, or from run.js through
// `require("./rekap-screens").rekapScreens({ browser, base, officeJs, out, step, assert })`.
const path = require("path");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ROOT = path.resolve(__dirname, "../..");
const FILES = [
  "../shared/samples/kabupaten-contoh-dinkes-2025.xlsx",
  "../shared/samples/kabupaten-contoh-pupr-2025.xlsx",
  "../shared/samples/real/pringsewu-diskominfo-2025.xlsx",
].map((f) => path.resolve(ROOT, f));

async function rekapScreens({ browser, base, officeJs, out, step, assert }) {
  await step("[produksi] Rekap: three workbooks chosen, read in the pane one by one, the rekap sheets written with tables and bar charts", async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 900 }, deviceScaleFactor: 1 });
    page.setDefaultTimeout(15000);
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/appsforoffice.microsoft.com/**", (route) =>
      route.request().url() === OFFICE_JS ? route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs }) : route.abort(),
    );
    try {
      await page.goto(`${base}/taskpane.html`);
      await page.getByRole("tab", { name: "Rekap" }).click();
      await page.getByRole("button", { name: "Pilih buku kerja OPD…" }).waitFor();
      await page.setInputFiles('input[type="file"][multiple]', FILES);
      await page.waitForSelector('[aria-label="Lembar yang ditulis ke buku kerja:"], #written-label, [role="alert"]', { timeout: 30000 });
      const alert = page.locator('[aria-label="Rekap perangkat daerah"] [role="alert"]');
      if (await alert.count()) throw new Error((await alert.first().innerText()).replace(/\s+/g, " "));
      const rows = await page.locator('[aria-label="Perangkat daerah"] > li > button').allInnerTexts();
      assert(rows.length === 3, `${rows.length} OPD rows`);
      assert(rows[0].includes("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG") && rows[0].includes("capaian 91,07"), `first row: ${rows[0]}`);
      const book = await page.evaluate(() => ["Rekap OPD", "Rekap Indikator", "Kurva S Pemda", "Rekap Temuan"].map((n) => window.__fakeExcel.sheet(n)));
      assert(book.every(Boolean), "a rekap sheet is missing");
      assert(book.every((s) => String(s.values[1][0]).startsWith("Dibuat oleh PK Kinerja")), "a rekap sheet without the add-in's mark");
      assert(book[0].charts.length === 2 && book[0].charts.every((c) => c.type === "BarClustered"), `Rekap OPD charts: ${book[0].charts.map((c) => c.type)}`);
      assert(book[1].tables.length === 1 && book[1].tables[0].headers.includes("Indikator"), "Rekap Indikator has no Excel table");
      assert(book[2].charts.length === 1 && book[2].charts[0].type === "Line", "Kurva S Pemda has no line chart");
      // The first OPD opened: its findings, and the way to its first one in Rekap Temuan.
      await page.locator('[aria-label="Perangkat daerah"] > li > button').first().click();
      const findings = page.locator('[aria-label="Temuan kabupaten-contoh-pupr-2025.xlsx"]');
      await findings.waitFor();
      assert((await findings.innerText()).includes("Lampiran PK Kadis PUPR!"), "the PUPR findings are not listed");
      await findings.getByRole("button", { name: "Buka di lembar Rekap Temuan" }).click();
      await page.waitForFunction(() => {
        const s = window.__fakeExcel.selection;
        return s && s.sheet === "Rekap Temuan";
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `the pane scrolls sideways by ${overflow} px`);
      await page.screenshot({ path: path.join(out, "taskpane-rekap.png"), fullPage: true });
      assert(errors.length === 0, `page errors: ${errors.join(" | ")}`);
    } finally {
      await page.close();
    }
  });
}

module.exports = { rekapScreens };

if (require.main === module) require("./standalone").runStandalone("rekap screens", rekapScreens);
