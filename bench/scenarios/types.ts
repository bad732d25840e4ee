// The shape every benchmark scenario shares: what it needs to run and what it reports, so new
// scenarios (site builds, rebuilds, scale runs) plug into bench/run.ts and its JSON results.
import type { ProcessMetrics } from "../lib/child.ts";

export interface BenchContext {
  /** The article folder measured: the BBC corpus, or a generated one with --articles N. */
  corpusDir: string;
  /** "bbc" or "generated-N". */
  corpusLabel: string;
  /** Set with --articles N: the generated corpus size. */
  articles: number | null;
  /** --repeat N: fresh runs per scenario; null = each scenario's own default. */
  repeat: number | null;
  /** --threads N for the pool (default: os.availableParallelism()). */
  threads: number | null;
  /** Scratch space for this run (site outputs), under bench/work. */
  workDir: string;
  log(line: string): void;
}

/** One timed run; `wallMs` is the measured section, `processWallMs` the whole child process. */
export interface RunMetrics extends ProcessMetrics {
  wallMs: number;
}

export interface StageTiming {
  name: string;
  /** Wall milliseconds in the stage, over the whole corpus. */
  ms: number;
  /** CPU milliseconds in the stage: steadier than wall time when the machine is busy. */
  cpuMs: number;
  /** Share of the summed CPU time, 0–1. */
  share: number;
}

export interface ScenarioResult {
  name: string;
  description: string;
  status: "ok" | "skipped" | "failed";
  /** Why it was skipped or failed. */
  reason?: string;
  articles?: number;
  words?: number;
  /** Every repetition, in the order run. */
  runs: RunMetrics[];
  /** The repetition with the median wall time: the numbers the table shows. */
  median?: RunMetrics;
  articlesPerSec?: number;
  stages?: StageTiming[];
  /** A target this scenario is held to, e.g. files → records in at most 5 s. */
  bar?: { limitMs: number; pass: boolean };
  /** Extra named numbers (messages, records, link time…). */
  extra?: Record<string, number | string>;
}

export interface Scenario {
  name: string;
  description: string;
  /** Runs per measurement when --repeat is not given. */
  defaultRepeat: number;
  /** Run only when named with --only (variants for investigation, not the standing set). */
  optional?: boolean;
  /** Null when it can run in this context, else the reason it is skipped. */
  unavailable(ctx: BenchContext): string | null;
  run(ctx: BenchContext): Promise<ScenarioResult>;
}
