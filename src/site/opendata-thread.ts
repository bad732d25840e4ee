// Body of the open-data worker (startOpenData in ./render.ts): writes /data/archive.json from the
// records' JSON texts as the records cache holds them, linking them again here (the same
// deterministic functions the main thread ran), so that the main thread does not spend its time
// stringifying the whole archive while it plans the pages.
import { parentPort } from "node:worker_threads";
import type { CachedResult } from "../cache.ts";
import { link, uniqueSlugs } from "../link.ts";
import type { ArticleRecord } from "../types.ts";
import { openDataOf, writeJsonDocument } from "./opendata.ts";
import type { OpenDataJob, WorkerOutcome } from "./render.ts";

const port = parentPort;
if (!port) throw new Error("opendata-thread.ts runs as a worker thread (see startOpenData)");
port.once("message", (job: OpenDataJob) => {
  let reply: WorkerOutcome;
  try {
    const started = performance.now();
    const records: ArticleRecord[] = [];
    for (const text of job.texts) {
      const record = (JSON.parse(text) as CachedResult).record;
      if (record) records.push(record);
    }
    job.texts = [];
    writeJsonDocument(job.path, openDataOf(link(uniqueSlugs(records, [])), job.title, job.home));
    reply = { ok: true, ms: performance.now() - started };
  } catch (error) {
    reply = { ok: false, error: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});
