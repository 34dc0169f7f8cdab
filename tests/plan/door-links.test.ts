/** The Office.js door writes the Validasi sheet's links as Range.hyperlink (ExcelApi 1.7), never as a formula. */
import * as path from "path";
import { hitung, planSheets } from "../../src/engine";
import { createExcelDoor } from "../../src/excel";
import { loadFakeExcel } from "../fakes/fake-excel-xlsx";
import { FakeRange } from "../fakes/fake-excel/range";
import { SAMPLES } from "../support/samples";

test("every link of the plan becomes a hyperlink on its cell, in the same few round trips", async () => {
  const seen: { path: string; link: { documentReference?: string; textToDisplay?: string } }[] = [];
  // The in-memory Excel keeps no hyperlinks; record what the door sets on each range.
  Object.defineProperty(FakeRange.prototype, "hyperlink", {
    configurable: true,
    set(this: FakeRange, link) {
      seen.push({ path: this.path, link });
    },
  });
  try {
    const fake = await loadFakeExcel(path.join(SAMPLES, "kabupaten-contoh-pupr-2025.xlsx"));
    const door = createExcelDoor(fake.run);
    const grids = await door.readGrids();
    const plans = planSheets(hitung(grids), grids, { validasiSheet: true });
    await door.writePlans(plans);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    const links = plans.find((p) => p.role === "validasi")!.links!;
    expect(links.length).toBeGreaterThan(0);
    expect(seen.map((s) => s.link)).toEqual(links.map((l) => ({ documentReference: `'${l.sheet}'!${l.cell}`, textToDisplay: l.cell })));
    links.forEach((l, i) => expect(seen[i].path).toContain(l.at));
    expect(fake.sheet("Validasi")!.formulas.flat().filter((f) => f !== null)).toEqual([]);
  } finally {
    delete (FakeRange.prototype as unknown as Record<string, unknown>).hyperlink;
  }
});
