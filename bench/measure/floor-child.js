// The floor of the `cli` section: unzip a workbook and parse every worksheet's XML (fflate + saxes, no handler
// work), nothing else, as a whole process like the command it is compared with. Prints the sheets parsed.
const fs = require("fs");
const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");

const parts = unzipSync(fs.readFileSync(process.argv[2]), { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
const decoder = new TextDecoder();
let tags = 0;
for (const bytes of Object.values(parts)) {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", () => tags++);
  parser.on("text", () => {});
  parser.write(decoder.decode(bytes)).close();
}
process.stdout.write(`${Object.keys(parts).length} ${tags}\n`);
