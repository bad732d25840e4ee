// Body of the render worker (started by startRenderer in ./render.ts): starts Eleventy at once, so
// that loading it, its config and the templates overlaps the main thread reading the articles;
// Eleventy waits for the site data, which arrives as the thread's first message.
import { parentPort, workerData } from "node:worker_threads";
import type { SiteData } from "./model.ts";
import type { RendererInit, WorkerOutcome } from "./render.ts";
import { renderSite } from "./run-eleventy.ts";

const port = parentPort;
if (!port) throw new Error("render-thread.ts runs as a worker thread (see startRenderer)");
const init = workerData as RendererInit;
let received = 0;
const data = new Promise<SiteData>((resolve) =>
  port.once("message", (site: SiteData) => {
    received = performance.now();
    resolve(site);
  }),
);
let reply: WorkerOutcome;
try {
  await renderSite({ output: init.output, pathPrefix: init.pathPrefix, site: () => data });
  reply = { ok: true, ms: performance.now() - received };
} catch (error) {
  reply = { ok: false, error: (error as Error).stack ?? String(error) };
}
port.postMessage(reply);
