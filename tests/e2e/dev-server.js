// `npm run dev-server` as the e2e run needs it: the same webpack config in development mode, served from memory
// with hot reload, over plain http on 127.0.0.1 and a free port (no dev certificates needed).
const path = require("path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");

async function startDevServer() {
  process.env.PK_DEV_HTTP = "1";
  const config = require(path.resolve(__dirname, "../../webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack({ ...config, infrastructureLogging: { level: "warn" }, stats: "errors-warnings" });
  // The first compilation done (and without errors) before any page is opened.
  const compiled = new Promise((resolve, reject) =>
    compiler.hooks.done.tap("e2e", (stats) => (stats.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve())),
  );
  const server = new WebpackDevServer({ ...config.devServer, host: "127.0.0.1", port: "auto", static: false, open: false }, compiler);
  await server.start();
  await compiled.catch(async (err) => {
    await server.stop();
    throw err;
  });
  let stopped = false;
  return {
    base: `http://127.0.0.1:${server.options.port}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

module.exports = { startDevServer };
