/* eslint-disable */
// Task pane bundle. Production: minified, taskpane.js (+ its HTML) and taskpane-berkas.js (the workbook reader,
// fetched when a file is picked), the ES5 guard, assets and manifest copied
// to dist/; with PK_ADDIN_URL=https://... the manifest points at that host. Development: source maps without eval
// (the pane's CSP allows no 'unsafe-eval'), served by `npm run dev-server`.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { manifestFor } = require("./tools/manifest-url");

const CERTS = path.join(os.homedir(), ".office-addin-dev-certs");

/** https with office-addin-dev-certs' files when they exist (read directly: getHttpsServerOptions needs sudo). */
function devServerTransport() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(CERTS, f)]));
  if (process.env.PK_DEV_HTTP || !Object.values(paths).every((p) => fs.existsSync(p))) return { type: "http" };
  return {
    type: "https",
    options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])),
  };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const hostUrl = process.env.PK_ADDIN_URL;
  if (!dev && !hostUrl) console.warn("PK_ADDIN_URL tidak diisi: dist/manifest.xml tetap menunjuk https://localhost:3000.");
  return {
    mode: dev ? "development" : "production",
    // Not eval-source-map: every module would run through eval(), which the pane's CSP forbids (blank pane).
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, env.outDir || "dist"), filename: "[name].js", chunkFilename: "[name].js", clean: true },
    // The on-demand reader keeps its own node_modules (fflate) in its one chunk.
    optimization: { splitChunks: false },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/guard.js", to: "guard.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (!dev && hostUrl ? manifestFor(content.toString(), hostUrl) : content),
          },
        ],
      }),
    ],
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 700 * 1024, maxAssetSize: 700 * 1024 },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerTransport(),
      port: 3000,
      hot: true,
    },
  };
};
