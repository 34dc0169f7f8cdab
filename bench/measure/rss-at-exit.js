// Preloaded with -r: at exit, the process's peak resident memory (KiB) and CPU time (µs) go to PK_RSS_FILE.
const fs = require("fs");
process.on("exit", () => {
  const u = process.resourceUsage();
  fs.writeFileSync(process.env.PK_RSS_FILE, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`);
});
