// Extraction scenarios: files → records for the whole corpus, single-threaded (the loop that
// src/build.ts runs today), with the worker pool, and single-threaded with a per-stage breakdown.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runNode } from "../lib/child.ts";
import { REPO_ROOT } from "../lib/paths.ts";
import { medianBy, perSecond } from "../lib/stats.ts";
import type { ExtractChildReport, Mode } from "./extract-child.ts";
import type { BenchContext, RunMetrics, Scenario, ScenarioResult } from "./types.ts";

/** The bar for files → records on the 2,225-article BBC corpus on a 2-core machine. */
export const EXTRACT_BAR_MS = 5000;

const CHILD = join(REPO_ROOT, "bench", "scenarios", "extract-child.ts");

async function runChild(ctx: BenchContext, mode: Mode): Promise<{ report: ExtractChildReport; run: RunMetrics }> {
  const dir = mkdtempSync(join(ctx.workDir, `extract-${mode}-`));
  const out = join(dir, "report.json");
  try {
    const args = ["--mode", mode, "--dir", ctx.corpusDir, "--out", out, ...(ctx.threads ? ["--threads", String(ctx.threads)] : [])];
    const child = await runNode(CHILD, args, { nodeArgs: ["--import", "tsx"] });
    if (child.exitCode !== 0) throw new Error(`extract-child (${mode}) exited ${child.exitCode}: ${child.stderr.trim().split("\n").slice(-5).join("\n")}`);
    const report = JSON.parse(readFileSync(out, "utf8")) as ExtractChildReport;
    // CPU and memory of the measured section come from the child itself (worker threads included).
    const run: RunMetrics = { wallMs: report.wallMs, processWallMs: child.processWallMs, userMs: report.userMs, sysMs: report.sysMs, peakRssMB: report.peakRssMB };
    return { report, run };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function extractScenario(name: string, mode: Mode, description: string, optional = false): Scenario {
  return {
    name,
    description,
    optional,
    defaultRepeat: 3,
    unavailable: () => null,
    async run(ctx): Promise<ScenarioResult> {
      const runs: Array<{ report: ExtractChildReport; run: RunMetrics }> = [];
      for (let i = 0; i < (ctx.repeat ?? this.defaultRepeat); i++) {
        const r = await runChild(ctx, mode);
        ctx.log(`  ${name} #${i + 1}: ${(r.run.wallMs / 1000).toFixed(2)} s`);
        runs.push(r);
      }
      const mid = medianBy(runs, (r) => r.run.wallMs);
      if (!mid) throw new Error("no runs");
      const { report } = mid;
      const result: ScenarioResult = {
        name,
        description,
        status: "ok",
        articles: report.records,
        words: report.words,
        runs: runs.map((r) => r.run),
        median: mid.run,
        articlesPerSec: perSecond(report.records, mid.run.wallMs),
        extra: { files: report.files, errors: report.errors, warnings: report.warnings, linkMs: Math.round(report.linkMs) },
      };
      if (ctx.corpusLabel === "bbc" && mode !== "stages") result.bar = { limitMs: EXTRACT_BAR_MS, pass: mid.run.wallMs <= EXTRACT_BAR_MS };
      if (report.stages) {
        // Median per stage over the repetitions, so one noisy run does not skew the breakdown.
        const names = report.stages.map((s) => s.name);
        const median = (n: string, key: "ms" | "cpuMs"): number => medianBy(runs.map((r) => r.report.stages?.find((s) => s.name === n)?.[key] ?? 0), (x) => x) ?? 0;
        const timings = names.map((n) => ({ name: n, ms: median(n, "ms"), cpuMs: median(n, "cpuMs") }));
        const total = timings.reduce((a, t) => a + t.cpuMs, 0);
        result.stages = timings.map((t) => ({ ...t, share: total ? t.cpuMs / total : 0 }));
      }
      return result;
    },
  };
}

export const extractScenarios: Scenario[] = [
  extractScenario("extract-serial", "serial", "files → records, one thread (the loop in src/build.ts)"),
  extractScenario("extract-pool", "pool", "files → records, worker pool: this thread + (cores − 1) workers (src/workers/pool.ts)"),
  extractScenario("extract-pool-start", "pool-start", "files → records, one worker per core, this thread helps while they load", true),
  extractScenario("extract-pool-idle", "pool-idle", "files → records, one worker per core, this thread only waits", true),
  extractScenario("extract-stages", "stages", "files → records, one thread, every stage of STAGES timed"),
];
