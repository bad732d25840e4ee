// Child process for the extraction scenarios: extracts a corpus once (serially, with the worker
// pool, or serially with every stage of STAGES timed) and writes its measurements as JSON.
//   node --import tsx bench/scenarios/extract-child.ts --mode serial|pool|pool-start|pool-idle|stages --dir DIR --out FILE [--threads N]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { listArticles, loadCuration } from "../../src/io.ts";
import { link, uniqueSlugs } from "../../src/link.ts";
import { STAGES } from "../../src/pipeline.ts";
import type { Message } from "../../src/types.ts";
import { extractAll } from "../../src/workers/pool.ts";

export interface ExtractChildReport {
  mode: string;
  files: number;
  records: number;
  words: number;
  errors: number;
  warnings: number;
  /** files → records: listing, reading and extracting. */
  wallMs: number;
  userMs: number;
  sysMs: number;
  peakRssMB: number;
  /** records → Archive (uniqueSlugs + link), measured after, outside wallMs. */
  linkMs: number;
  /** Per-stage wall and CPU milliseconds (mode "stages"), in STAGES order, plus the time outside them. */
  stages?: Array<{ name: string; ms: number; cpuMs: number }>;
}

type StageFn = (typeof STAGES)[number][1];

export const MODES = ["serial", "pool", "pool-start", "pool-idle", "stages"];
export type Mode = "serial" | "pool" | "pool-start" | "pool-idle" | "stages";

/**
 * Replaces each STAGES entry by a timed wrapper (pipeline.ts stays untouched; extract() reads the
 * array on every call). CPU time is kept beside wall time: on a busy machine wall time also
 * counts the moments this process waited for a core.
 */
function timeStages(): Map<string, { ms: number; cpuMs: number }> {
  const totals = new Map<string, { ms: number; cpuMs: number }>();
  const stages = STAGES as Array<readonly [string, StageFn]>;
  stages.forEach(([name, run], i) => {
    const total = { ms: 0, cpuMs: 0 };
    totals.set(name, total);
    const timed: StageFn = (draft, ctx) => {
      const t = performance.now();
      const c = process.cpuUsage();
      try {
        return run(draft, ctx);
      } finally {
        const d = process.cpuUsage(c);
        total.cpuMs += (d.user + d.system) / 1000;
        total.ms += performance.now() - t;
      }
    };
    stages[i] = [name, timed];
  });
  return totals;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mode: { type: "string" }, dir: { type: "string" }, out: { type: "string" }, threads: { type: "string" } } });
  const mode = values.mode ?? "serial";
  const dir = values.dir;
  if (!dir || !values.out || !MODES.includes(mode)) throw new Error(`usage: extract-child.ts --mode ${MODES.join("|")} --dir DIR --out FILE [--threads N]`);
  const { curation } = loadCuration(dir);
  const stageTotals = mode === "stages" ? timeStages() : null;
  const pooled = mode.startsWith("pool");
  const threads = pooled ? (values.threads ? Number(values.threads) : undefined) : 1;
  const mainThread = mode === "pool-start" ? "start" : mode === "pool-idle" ? "idle" : "lane";

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const files = listArticles(dir);
  const { records, messages } = await extractAll(files, dir, curation, { threads, mainThread, inlineBelow: 0 });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  const t1 = performance.now();
  const linkMessages: Message[] = [];
  link(uniqueSlugs(records, linkMessages), linkMessages);
  const linkMs = performance.now() - t1;

  const report: ExtractChildReport = {
    mode,
    files: files.length,
    records: records.length,
    words: records.reduce((n, r) => n + r.wordCount, 0),
    errors: messages.filter((m) => m.severity === "error").length,
    warnings: messages.filter((m) => m.severity === "warning").length,
    wallMs,
    userMs: cpu.user / 1000,
    sysMs: cpu.system / 1000,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    linkMs,
  };
  if (stageTotals) {
    const inStages = [...stageTotals.values()].reduce((a, b) => ({ ms: a.ms + b.ms, cpuMs: a.cpuMs + b.cpuMs }), { ms: 0, cpuMs: 0 });
    report.stages = [...stageTotals].map(([name, t]) => ({ name, ...t }));
    // Listing and reading files, record assembly in extract(), and the timers themselves.
    report.stages.push({ name: "outside stages (list, read, record; GC/JIT threads)", ms: Math.max(0, wallMs - inStages.ms), cpuMs: Math.max(0, report.userMs + report.sysMs - inStages.cpuMs) });
  }
  writeFileSync(values.out, JSON.stringify(report));
}

await main();
