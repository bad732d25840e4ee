// Body of the open-data worker (startOpenData in ./render.ts): writes the open data from the
// records' JSON texts as the records cache holds them (read here, from the cache's pack), linking
// them again here (the same deterministic functions the main thread ran), so that the main thread
// does not spend its time stringifying the whole archive while it plans the pages.
import { parentPort } from "node:worker_threads";
import { type CachedResult, RecordCache } from "../cache.ts";
import { link, uniqueSlugs } from "../link.ts";
import type { ArticleRecord } from "../types.ts";
import { openDataOf, writeOpenData } from "./opendata.ts";
import type { OpenDataJob, WorkerOutcome } from "./render.ts";

const port = parentPort;
if (!port) throw new Error("opendata-thread.ts runs as a worker thread (see startOpenData)");
port.once("message", (job: OpenDataJob) => {
  let reply: WorkerOutcome;
  try {
    const started = performance.now();
    const records: ArticleRecord[] = [];
    const cache = new RecordCache(job.cacheDir);
    for (const key of job.keys) {
      const text = cache.text(key);
      if (text === undefined) throw new Error(`${job.cacheDir}: the record ${key} is not in the cache`);
      const record = (JSON.parse(text) as CachedResult).record;
      if (record) records.push(record);
    }
    cache.close();
    writeOpenData(job.outputDir, openDataOf(link(uniqueSlugs(records, [])), job.title, job.home));
    reply = { ok: true, ms: performance.now() - started };
  } catch (error) {
    reply = { ok: false, error: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});
