// Builds Pagefind indexes (the shards of the search index, see ./search.ts) in a worker thread, so
// that feeding Pagefind's process does not wait for the main thread (busy rendering pages
// meanwhile). Plain JavaScript: it only needs Pagefind.
// workerData: { language, jobs: [outputPath, …], ahead }; each job is one index written to its
// outputPath, from records (as made by ./search.ts) the main thread sends in job order: the first
// `ahead` jobs' at once, the others when asked ({ want: i }, asked `ahead` jobs early), so that only
// a few shards' records are held at a time. Posts back { pages, errors }. Started ahead (workerData
// without jobs), it starts Pagefind's process at once and takes { jobs, ahead } as a message.
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
// One listener for everything the main thread sends: { jobs, ahead } (to a worker started ahead),
// then { records } for each job in order: the first `ahead` jobs' unasked, the others when asked.
const received = [];
const waiting = [];
let onJobs = null;
const onMessage = (m) => {
  if (m.jobs) return onJobs?.(m);
  const next = waiting.shift();
  if (next) next(m.records);
  else received.push(m.records);
};
parentPort.on("message", onMessage);
const { jobs, ahead } = workerData.jobs ? workerData : await new Promise((resolve) => (onJobs = resolve));
const take = () => (received.length ? Promise.resolve(received.shift()) : new Promise((resolve) => waiting.push(resolve)));
let asked = Math.min(ahead, jobs.length);
const askUpTo = (last) => {
  for (; asked <= last && asked < jobs.length; asked++) parentPort.postMessage({ want: asked });
};
const errors = [];
let pages = 0;
try {
  for (const [i, outputPath] of jobs.entries()) {
    askUpTo(i + ahead);
    const records = await take();
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
  parentPort.off("message", onMessage);
  await pagefind.close();
}
parentPort.postMessage({ pages, errors });
