// Hitung Capaian on the PUPR sample in headless Chromium at the two widths a task pane has (320 and 350 px):
// the banner, the marks (one opened), the status explanations, no text running out of the pane; a screenshot of
// each, to look at. Run after `npm run build`: `node tests/e2e/capaian-screens.js`, or from run.js through
// `require("./capaian-screens").capaianScreens({ browser, base, officeJs, out, step, assert })`.
const path = require("path");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

async function capaianScreens({ browser, base, officeJs, out, step, assert }) {
  for (const width of [320, 350]) {
    await step(`Hitung on PUPR at ${width} px: banner, marks that open their finding, statuses explained`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      page.setDefaultTimeout(10000);
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.route("**/appsforoffice.microsoft.com/**", (route) =>
        route.request().url() === OFFICE_JS ? route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs }) : route.abort(),
      );
      await page.goto(`${base}/taskpane.html`);
      await page.getByRole("button", { name: "Hitung Capaian" }).click();
      await page.waitForSelector('[aria-label="Hasil perhitungan capaian"], [role="alert"]', { timeout: 30000 });
      await page.waitForFunction(() => !document.querySelector('[role="status"] .fui-Spinner'), null, { timeout: 30000 });
      const banner = await page.locator("[data-peringatan]").innerText();
      assert(/Buku kerja ini masih memuat 4 kesalahan; 6 angka di bawah bergantung padanya dan ditandai\./.test(banner), `banner: ${banner}`);
      // Open every PK, one header at a time (marks have aria-expanded too: only the accordion headers count).
      const closed = page.locator("[data-pk] .fui-AccordionHeader__button[aria-expanded='false']");
      for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
      await page.waitForTimeout(600); // let the accordions finish opening
      const marks = await page.locator("button[data-temuan]").count();
      assert(marks === 7, `${marks} marks, expected 7 (3 on two capaian, 2 on anggaran, 2 on Kurva S)`);
      const mark = page.locator("[data-indikator='Panjang jalan kabupaten kondisi baik'] button[data-temuan]");
      await mark.click();
      await page.waitForFunction(() => {
        const s = window.__fakeExcel.selection;
        return s && s.sheet === "Renaksi Kabid BM" && s.address === "C7";
      });
      assert((await mark.innerText()).includes('sedangkan di PK "Lampiran PK Kabid BM" "km"'), "the opened mark does not show its message");
      const explained = await page.locator("[data-penjelasan]").allInnerTexts();
      assert(explained.length >= 9 && explained.every((t) => /^(Sesuai rencana|Perlu perhatian|Tertinggal|Belum ada data|Terlambat|Kritis)/.test(t)), "a status without its explanation");
      assert(explained.some((t) => t.startsWith("Kritis menurut Kurva S:")), "no PK says its status comes from its Kurva S");
      // Nothing runs out of the pane sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `the pane scrolls sideways by ${overflow} px`);
      await page.screenshot({ path: path.join(out, `taskpane-hitung-${width}.png`), fullPage: true });
      assert(errors.length === 0, `page errors: ${errors.join(" | ")}`);
      await page.close();
    });
  }
}

module.exports = { capaianScreens };

if (require.main === module) require("./standalone").runStandalone("capaian screens", capaianScreens);
