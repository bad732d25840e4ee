// Hard-links the pages of the previous build into the new output folder, in a worker thread so
// that it happens while the main thread reads the articles (src/site/incremental.ts decides
// afterwards which of them are kept). workerData: { from, to, files }; posts back the number linked.
import { linkSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const { from, to, files } = workerData;
const made = new Set();
let linked = 0;
for (const file of files) {
  const target = join(to, file);
  const dir = dirname(target);
  try {
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    linkSync(join(from, file), target);
    linked++;
  } catch {
    // Gone or not linkable: that page is rendered again.
  }
}
parentPort.postMessage(linked);
