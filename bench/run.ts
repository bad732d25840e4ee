// `npm run bench`: measures news-archive on the shared corpora and writes one JSON results file
// per run to bench/results/. Scenarios live in bench/scenarios/; see `npm run bench -- --help`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runNode } from "./lib/child.ts";
import { BBC_DIR, MAKE_CORPUS, REPO_ROOT, RESULTS_DIR, WORK_DIR, sharedMissing } from "./lib/paths.ts";
import { type BenchResults, formatComparison, formatResults, previousResults, readResults, writeResults } from "./lib/report.ts";
import { extractScenarios } from "./scenarios/extract.ts";
import { siteScenarios } from "./scenarios/site.ts";
import type { BenchContext, Scenario, ScenarioResult } from "./scenarios/types.ts";

export const SCENARIOS: Scenario[] = [...extractScenarios, ...siteScenarios];

const USAGE = `usage: npm run bench -- [options]

  Measures files → records on the BBC corpus in ../shared (single thread, worker pool, per stage)
  and, where available, site builds; prints a table and writes bench/results/<name>-<time>.json.

  --articles N     use a generated corpus of N articles (../shared/bench/make-corpus.mjs) and add
                   the plain-Eleventy reference (../shared/bench/baseline-eleventy)
  --only A,B       run only these scenarios (${SCENARIOS.map((s) => `${s.name}${s.optional ? "*" : ""}`).join(", ")};
                   * = only when named)
  --repeat N       fresh-process runs per scenario, median reported (default 3 for extraction,
                   1 for site builds)
  --threads N      worker threads for the pool (default: os.availableParallelism())
  --name NAME      results file prefix (default "bbc", or "articles-N")
  --compare FILE   compare with this results file (default: the newest earlier one of the same name)
  --no-save        print only; write no results file`;

function git(args: string[]): string | null {
  try {
    return execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

async function generatedCorpus(n: number, log: (s: string) => void): Promise<string> {
  const dir = join(WORK_DIR, `corpus-${n}`);
  if (existsSync(join(dir, `${String(n - 1).padStart(String(n).length, "0")}.txt`))) return dir;
  log(`making a corpus of ${n} articles in ${dir} …`);
  rmSync(dir, { recursive: true, force: true });
  const child = await runNode(MAKE_CORPUS, [String(n), dir]);
  if (child.exitCode !== 0) throw new Error(`make-corpus.mjs failed: ${child.stderr.trim()}`);
  return dir;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string" }, only: { type: "string" }, repeat: { type: "string" }, threads: { type: "string" },
      name: { type: "string" }, compare: { type: "string" }, "no-save": { type: "boolean" }, help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const missing = sharedMissing();
  if (missing) {
    console.log(`bench: skipped: ${missing}`);
    return 0;
  }
  const count = (v: string | undefined, what: string): number | null => {
    if (v === undefined) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a positive whole number, not "${v}"`);
    return n;
  };
  const articles = count(values.articles, "--articles");
  const repeat = count(values.repeat, "--repeat");
  const threads = count(values.threads, "--threads");
  const only = values.only?.split(",").map((x) => x.trim()).filter(Boolean);
  const unknown = only?.filter((n) => !SCENARIOS.some((s) => s.name === n)) ?? [];
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(", ")} (known: ${SCENARIOS.map((s) => s.name).join(", ")})`);

  const log = (line: string): void => console.error(line);
  mkdirSync(WORK_DIR, { recursive: true });
  const corpusDir = articles ? await generatedCorpus(articles, log) : BBC_DIR;
  const workDir = mkdtempSync(join(WORK_DIR, "run-"));
  const ctx: BenchContext = { corpusDir, corpusLabel: articles ? `generated-${articles}` : "bbc", articles, repeat, threads, workDir, log };
  const name = values.name ?? (articles ? `articles-${articles}` : "bbc");
  const timestamp = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const load = loadavg();

  const scenarios: ScenarioResult[] = [];
  try {
    for (const s of SCENARIOS.filter((x) => (only ? only.includes(x.name) : !x.optional))) {
      const why = s.unavailable(ctx);
      if (why) {
        scenarios.push({ name: s.name, description: s.description, status: "skipped", reason: why, runs: [] });
        continue;
      }
      log(`${s.name}: ${s.description}`);
      try {
        scenarios.push(await s.run(ctx));
      } catch (error) {
        scenarios.push({ name: s.name, description: s.description, status: "failed", reason: (error as Error).message, runs: [] });
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  const status = git(["status", "--porcelain"]);
  const results: BenchResults = {
    name,
    timestamp,
    git: { commit: git(["rev-parse", "--short", "HEAD"]), dirty: status === null ? null : status !== "" },
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? "unknown", node: process.version, platform: `${process.platform}-${process.arch}`, totalMemMB: Math.round(totalmem() / 2 ** 20), loadavg: load },
    options: { corpus: ctx.corpusLabel, articles, repeat, threads },
    scenarios,
  };
  console.log(formatResults(results));
  let saved: string | undefined;
  if (!values["no-save"]) {
    const before = previousResults(RESULTS_DIR, name);
    saved = writeResults(RESULTS_DIR, results);
    const against = values.compare ?? before;
    console.log(`\nresults: ${saved.slice(REPO_ROOT.length + 1)}`);
    if (against) console.log(`\n${formatComparison(readResults(against), results, against.startsWith(REPO_ROOT) ? against.slice(REPO_ROOT.length + 1) : against)}`);
  } else if (values.compare) console.log(`\n${formatComparison(readResults(values.compare), results, values.compare)}`);
  return scenarios.some((s) => s.status === "failed") ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 2;
}
