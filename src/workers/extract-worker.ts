// Worker thread body for the extraction pool: reads and extracts each batch of files it is sent
// and posts back the results. Loaded through extract-worker.mjs, which registers tsx first.
import { parentPort, workerData } from "node:worker_threads";
import { type BatchRequest, type WorkerInit, type WorkerReply, extractBatch } from "./task.ts";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts must run in a worker thread (see src/workers/pool.ts)");
const init = workerData as WorkerInit;

port.on("message", (req: BatchRequest) => {
  const reply: WorkerReply = { type: "batch", id: req.id, results: extractBatch(req.paths, init.contentDir, init.ctx) };
  port.postMessage(reply);
});
const ready: WorkerReply = { type: "ready" };
port.postMessage(ready);
