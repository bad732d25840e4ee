// Builds Pagefind indexes (the shards of the search index, see ./search.ts) in a worker thread, so
// that feeding Pagefind's process does not wait for the main thread (busy rendering pages
// meanwhile). Plain JavaScript: it only needs Pagefind.
// workerData: { language, jobs: [outputPath, …] }; each job is one index written to its outputPath,
// from records (as made by ./search.ts) asked of the main thread a few jobs ahead ({ want: i },
// answered in order by { records }), so that only a few shards' records are held at a time. Posts
// back { pages, errors }. Started ahead (workerData without jobs), it starts Pagefind's process at
// once and takes { jobs } as its first message.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

// Pagefind's ready-made UIs: the search page uses only the JS API (pagefind.js).
const UNUSED = [
  "pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
  "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js",
];

const { language } = workerData;
// Ahead of its jobs: Pagefind's process starts (with the first index) while they are prepared.
let first = workerData.jobs ? null : pagefind.createIndex({ forceLanguage: language });
const jobs = workerData.jobs ?? (await new Promise((resolve) => parentPort.once("message", (m) => resolve(m.jobs))));
const errors = [];
let pages = 0;
// Records asked for and not yet taken, in the order asked (the main thread answers in order).
const AHEAD = 16;
const waiting = [];
const asked = [];
const onRecords = (m) => waiting.shift()?.(m.records);
parentPort.on("message", onRecords);
const askUpTo = (last) => {
  for (let i = asked.length; i <= last && i < jobs.length; i++) {
    parentPort.postMessage({ want: i });
    asked.push(new Promise((resolve) => waiting.push(resolve)));
  }
};
try {
  for (const [i, outputPath] of jobs.entries()) {
    askUpTo(i + AHEAD);
    const records = await asked[i];
    asked[i] = null;
    const created = await (first ?? pagefind.createIndex({ forceLanguage: language }));
    first = null;
    errors.push(...created.errors);
    if (!created.index) break;
    // The index depends on the order records arrive in; Pagefind's service handles its messages
    // one by one in the order written, so they are sent in order without waiting for each answer
    // (a bounded number in flight).
    const index = created.index;
    const inFlight = [];
    for (const record of records) {
      inFlight.push(
        index.addCustomRecord(record).then((added) => {
          errors.push(...added.errors);
          if (!added.errors.length) pages++;
        }),
      );
      if (inFlight.length >= 256) await Promise.all(inFlight.splice(0, 128));
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
    await index.deleteIndex();
    for (const f of UNUSED) rmSync(join(outputPath, f), { force: true });
    if (errors.length) break;
  }
} catch (error) {
  errors.push(String(error?.stack ?? error));
} finally {
  // Answers still on their way are not waited for.
  parentPort.off("message", onRecords);
  await pagefind.close();
}
parentPort.postMessage({ pages, errors });
