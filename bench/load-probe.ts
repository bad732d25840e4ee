// Times a build's loading phase alone (extract what the records cache lacks, read and link every
// record, plan every page), with its sub-steps, in the current folder as `build` would.
import { PerformanceObserver, constants } from "node:perf_hooks";
import { RecordCache } from "../src/cache.ts";
import { extractMissing, loadArchive } from "../src/build.ts";
import { planSite } from "../src/site/data.ts";
import { siteConfig } from "../src/site/config.ts";

const content = process.argv[2] ?? "content";
// This thread's garbage collections: count and time by kind (minor: scavenges; major: mark-compacts).
const gc = new Map<string, { n: number; ms: number }>();
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    const name = kind === constants.NODE_PERFORMANCE_GC_MAJOR ? "major" : kind === constants.NODE_PERFORMANCE_GC_MINOR ? "minor" : "other";
    const s = gc.get(name) ?? { n: 0, ms: 0 };
    s.n += 1;
    s.ms += e.duration;
    gc.set(name, s);
  }
}).observe({ entryTypes: ["gc"] });
const gcSummary = (): string => [...gc].map(([k, s]) => `${k} ${s.n}× ${(s.ms / 1000).toFixed(1)} s`).join(", ");
const t0 = performance.now();
const mark = (label: string, since: number): number => {
  const now = performance.now();
  const cpu = process.cpuUsage();
  console.log(`${label}: ${((now - since) / 1000).toFixed(2)} s (user so far ${(cpu.user / 1e6).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB; GC ${gcSummary()})`);
  return now;
};
const cache = new RecordCache(".cache/records");
const { keys, extracted } = await extractMissing(content, cache, { minFiles: 4000 });
let t = mark(`extractMissing (${extracted} extracted)`, t0);
const archive = loadArchive(content, { cache, keys });
t = mark(`loadArchive (${archive.articles.length} articles, ${archive.people.length} people)`, t);
let a = 0;
planSite(archive, { config: siteConfig(), contentDir: content, recordKeys: archive.keyByFile, onArticles: () => { a = performance.now(); } });
mark("planSite articles", performance.now() - (a - t));
t = mark("planSite rest", a);
await new Promise((resolve) => setTimeout(resolve, 100));
mark("total", t0);
