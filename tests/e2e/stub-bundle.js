// Bundles office-stub.ts (and the in-memory Excel it imports) into one browser script.
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");

function buildStub() {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-e2e-stub-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: path.resolve(__dirname, "office-stub.ts"),
    output: { path: outDir, filename: "office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } }],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      const code = fs.readFileSync(path.join(outDir, "office.js"), "utf8");
      fs.rmSync(outDir, { recursive: true, force: true });
      resolve(code);
    }),
  );
}

module.exports = { buildStub };
