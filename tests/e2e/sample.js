// The PUPR sample as the in-memory Excel's starting sheets (values, formats, formulas, merges), via the
// test helper that reads .xlsx with exceljs. Node side of the end-to-end run.
const path = require("path");

async function sampleSheets(file) {
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
  const { sheetsFromXlsx } = require(path.resolve(__dirname, "../fakes/fake-excel-xlsx.ts"));
  return sheetsFromXlsx(file);
}

module.exports = { sampleSheets };
