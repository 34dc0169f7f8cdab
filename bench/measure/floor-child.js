// The floor of the `cli` section: unzip a workbook and parse every worksheet's XML (fflate + saxes, no handler
// work), nothing else, as a whole process like the command it is compared with. Several files: one after the
// other (the rekap's floor in one process). Prints the sheets parsed.
const fs = require("fs");
const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");

const decoder = new TextDecoder();
let tags = 0;
let sheets = 0;
for (const file of process.argv.slice(2)) {
  const parts = unzipSync(fs.readFileSync(file), { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
  for (const bytes of Object.values(parts)) {
    const parser = new SaxesParser({ position: false });
    parser.on("opentag", () => tags++);
    parser.on("text", () => {});
    parser.write(decoder.decode(bytes)).close();
  }
  sheets += Object.keys(parts).length;
}
process.stdout.write(`${sheets} ${tags}\n`);
