// Runs the compiled `pk` in this process and, at exit, writes its peak resident memory and CPU time to
// PK_RSS_FILE: process.resourceUsage() of the command itself, where /usr/bin/time may be missing.
require("./rss-at-exit");
const main = process.argv[2];
process.argv.splice(1, 2, main);
require(main).main();
