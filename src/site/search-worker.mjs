// Builds the Pagefind index in a worker thread, so that feeding Pagefind's process does not wait
// for the main thread (busy rendering pages meanwhile). Plain JavaScript: it only needs Pagefind.
// workerData: { outputDir, language, records } (records as made by ./search.ts); posts back
// { pages, errors }.
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

const { outputDir, language, records } = workerData;
const errors = [];
let pages = 0;
try {
  const created = await pagefind.createIndex({ forceLanguage: language });
  errors.push(...created.errors);
  if (created.index) {
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
    const written = await index.writeFiles({ outputPath: join(outputDir, "pagefind") });
    errors.push(...written.errors);
  }
} catch (error) {
  errors.push(String(error?.stack ?? error));
} finally {
  await pagefind.close();
}
parentPort.postMessage({ pages, errors });
