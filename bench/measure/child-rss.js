// Runs the compiled `pk` in this process and, at exit, writes its peak resident memory (KiB) to PK_RSS_FILE:
// process.resourceUsage().maxRSS of the command itself, where /usr/bin/time may be missing.
const fs = require("fs");
process.on("exit", () => fs.writeFileSync(process.env.PK_RSS_FILE, String(process.resourceUsage().maxRSS)));
const main = process.argv[2];
process.argv.splice(1, 2, main);
require(main).main();
