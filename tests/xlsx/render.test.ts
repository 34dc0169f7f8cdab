import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { writeWorkbookFile } from "../../src/xlsx/write-file";
import { capaianPlan, FORMULA_LIKE, kurvaSPlan, samplePk } from "./plans";

// Renders the written workbook with LibreOffice, the only spreadsheet on a CI machine: proof that another
// application opens the file and draws the charts. CI installs libreoffice-calc-nogui and poppler-utils.

/** Where the rendered pages stay after the run, to be looked at. */
const RENDER_DIR = join(tmpdir(), "pk-kinerja-render");

function run(cmd: string, args: string[], timeout = 120_000): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === "ENOENT";
    throw new Error(
      missing
        ? `"${cmd}" is not on PATH: install libreoffice-calc-nogui and poppler-utils (apt-get install --no-install-recommends libreoffice-calc-nogui poppler-utils)`
        : `${cmd} failed: ${r.error.message}`,
    );
  }
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

test("LibreOffice renders the table and the Kurva S charts", async () => {
  const work = mkdtempSync(join(tmpdir(), "pk-render-"));
  try {
    const xlsx = join(work, "hasil.xlsx");
    await writeWorkbookFile([capaianPlan(), kurvaSPlan([samplePk(0), samplePk(1)])], xlsx);
    // A profile of its own, so a concurrent soffice (another test, a desktop session) cannot swallow the job.
    const profile = pathToFileURL(join(work, "profile")).href;
    run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, xlsx]);
    const pdf = join(work, "hasil.pdf");
    expect(existsSync(pdf)).toBe(true);

    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = run("pdftotext", ["-layout", pdf, "-"]);
    expect(text).toContain("Sangat Tinggi");
    expect(text).toContain(FORMULA_LIKE[0]); // shown as typed, not evaluated
    // Chart titles and the axis title exist only in the charts.
    expect(text).toContain("Kurva S PK 1");
    expect(text).toContain("Kurva S PK 2");
    expect(text).toContain("Persen kumulatif");

    rmSync(RENDER_DIR, { recursive: true, force: true });
    mkdirSync(RENDER_DIR, { recursive: true });
    run("pdftoppm", ["-png", "-r", "70", pdf, join(RENDER_DIR, "hasil")]);
    expect(readdirSync(RENDER_DIR).filter((f) => f.endsWith(".png")).length).toBe(pages);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 180_000);
