// Preloaded with -r: at exit, the process's peak resident memory (KiB) goes to PK_RSS_FILE.
const fs = require("fs");
process.on("exit", () => fs.writeFileSync(process.env.PK_RSS_FILE, String(process.resourceUsage().maxRSS)));
