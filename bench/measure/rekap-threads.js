// Whether a second thread pays for `pk rekap`: the same per-file work as the command (read, hitung, rekap part) on
// the compiled build, over the files given, in this thread (threads = 1) or split over worker threads. Prints
// the files done. Run by bench/measure/rekap.ts as a whole process, like the command.
const path = require("path");
const { Worker, isMainThread, workerData, parentPort } = require("worker_threads");
const BUILD = path.join(__dirname, "..", "..", "build");
const { readXlsx } = require(path.join(BUILD, "xlsx", "read.js"));
const { hitung } = require(path.join(BUILD, "engine", "run.js"));
const { rekapPart } = require(path.join(BUILD, "engine", "rekap", "index.js"));

async function parts(files) {
  const out = [];
  for (const f of files) out.push(rekapPart(path.basename(f), hitung(await readXlsx(f))));
  return out;
}

if (isMainThread) {
  const [threads, ...files] = process.argv.slice(2);
  const n = Number(threads);
  if (n <= 1) parts(files).then((p) => process.stdout.write(`${p.length}\n`));
  else {
    // Files dealt round-robin; each worker sends back only its small parts, as the command would keep them.
    const shares = Array.from({ length: n }, (_, k) => files.filter((_, i) => i % n === k));
    Promise.all(shares.map((share) => new Promise((resolve, reject) => {
      const w = new Worker(__filename, { workerData: share });
      w.on("message", resolve);
      w.on("error", reject);
    }))).then((all) => process.stdout.write(`${all.flat().length}\n`));
  }
} else parts(workerData).then((p) => parentPort.postMessage(p));
