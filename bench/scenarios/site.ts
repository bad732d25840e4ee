// Site scenarios: a cold full build, a one-article rebuild, and plain Eleventy on the same files
// as the scale reference (../shared/bench/baseline-eleventy). Each is a whole child process.
import { execFileSync } from "node:child_process";
import { totalmem } from "node:os";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listArticles } from "../../src/io.ts";
import { runNode } from "../lib/child.ts";
import { describeLargest, largestPages } from "../lib/page-sizes.ts";
import { CLI, ELEVENTY_BASELINE_CONFIG, ELEVENTY_CMD, REPO_ROOT } from "../lib/paths.ts";
import { medianBy, perSecond } from "../lib/stats.ts";
import type { BenchContext, RunMetrics, Scenario, ScenarioResult } from "./types.ts";

/** The arguments of `news-archive build` for one content folder and output folder. */
export function siteBuildArgs(contentDir: string, outDir: string): string[] {
  return ["build", "--content", contentDir, "--output", outDir];
}

/** Null when `news-archive build` exists (listed by `news-archive --help`), else why not. */
export function siteBuildMissing(): string | null {
  try {
    const help = execFileSync(process.execPath, [CLI, "--help"], { cwd: REPO_ROOT, encoding: "utf8" });
    return /^\s+build\s/m.test(help) ? null : "`news-archive build` does not exist yet (HOOK: bench/scenarios/site.ts, siteBuildArgs)";
  } catch (error) {
    return `news-archive --help failed: ${(error as Error).message.split("\n")[0]}`;
  }
}

/** Whole site builds take tens of seconds: one run each unless --repeat says otherwise. */
const SITE_REPEAT = 1;

async function timed(ctx: BenchContext, name: string, run: () => Promise<RunMetrics>): Promise<RunMetrics[]> {
  const runs: RunMetrics[] = [];
  for (let i = 0; i < (ctx.repeat ?? SITE_REPEAT); i++) {
    const r = await run();
    ctx.log(`  ${name} #${i + 1}: ${(r.wallMs / 1000).toFixed(2)} s`);
    runs.push(r);
  }
  return runs;
}

function result(name: string, description: string, runs: RunMetrics[], articles: number, extra?: ScenarioResult["extra"]): ScenarioResult {
  const median = medianBy(runs, (r) => r.wallMs);
  return { name, description, status: "ok", articles, runs, ...(median ? { median, articlesPerSec: perSecond(articles, median.wallMs) } : {}), ...(extra ? { extra } : {}) };
}

/**
 * Each site scenario builds in its own project folder under the bench's work folder, so the
 * caches (.cache/records, .cache/site, relative to the working folder) are the scenario's own:
 * site-cold deletes them before every run, site-rebuild-one keeps them warm.
 */
function projectDir(ctx: BenchContext, name: string): string {
  const dir = join(ctx.workDir, `project-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function buildOnce(cwd: string, contentDir: string, outDir: string): Promise<RunMetrics & { say: string }> {
  // The same heap limit the CLI would give itself, set here so that the build runs in the measured
  // process instead of re-launching Node (bin/news-archive.mjs), which the probe would not see.
  const heap = `--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`;
  const child = await runNode(CLI, siteBuildArgs(contentDir, outDir), { cwd, nodeArgs: [heap] });
  // Exit 1 means some article had an error; the site is still built, which is what is measured.
  if (child.exitCode > 1 || !existsSync(join(outDir, "index.html"))) {
    throw new Error(`news-archive build exited ${child.exitCode}: ${child.stderr.trim().split("\n").slice(-5).join("\n")}`);
  }
  const say = (child.stdout.trim().split("\n").filter((l) => l.startsWith("built ")).pop() ?? "").replaceAll(outDir, "OUT");
  return { wallMs: child.processWallMs, processWallMs: child.processWallMs, userMs: child.userMs, sysMs: child.sysMs, peakRssMB: child.peakRssMB, say };
}

/** A private, writable copy of the corpus (the rebuild scenario edits one file). */
function copyCorpus(ctx: BenchContext): string {
  const dir = join(ctx.workDir, "site-content");
  rmSync(dir, { recursive: true, force: true });
  cpSync(ctx.corpusDir, dir, { recursive: true });
  return dir;
}

const siteCold: Scenario = {
  name: "site-cold",
  description: "news-archive build from nothing (no cache, empty output folder)",
  defaultRepeat: SITE_REPEAT,
  unavailable: () => siteBuildMissing(),
  async run(ctx) {
    const content = copyCorpus(ctx);
    const cwd = projectDir(ctx, "cold");
    const out = join(cwd, "_site");
    const articles = listArticles(content).length;
    let say = "";
    const runs = await timed(ctx, "site-cold", async () => {
      rmSync(out, { recursive: true, force: true });
      rmSync(join(cwd, ".cache"), { recursive: true, force: true });
      const { say: line, ...run } = await buildOnce(cwd, content, out);
      say = line;
      return run;
    });
    // What a reader downloads for the biggest page of each family (the bar: no index page over about 500 KB).
    const largest = describeLargest(largestPages(out));
    ctx.log(`  biggest pages: ${largest}`);
    return result(this.name, this.description, runs, articles, { ...(say ? { build: say } : {}), largestPages: largest });
  },
};

const siteRebuildOne: Scenario = {
  name: "site-rebuild-one",
  description: "news-archive build again after adding one article (warm caches and output)",
  defaultRepeat: SITE_REPEAT,
  unavailable: () => siteBuildMissing(),
  async run(ctx) {
    const content = copyCorpus(ctx);
    const cwd = projectDir(ctx, "rebuild");
    const out = join(cwd, "_site");
    const files = listArticles(content);
    const source = files[Math.floor(files.length / 2)];
    if (!source) throw new Error("empty corpus");
    rmSync(out, { recursive: true, force: true });
    await buildOnce(cwd, content, out);
    let n = 0;
    let say = "";
    const added: string[] = [];
    try {
      const runs = await timed(ctx, "site-rebuild-one", async () => {
        n += 1;
        // A new, distinct article: an existing one's text with a sentence of its own.
        const file = join(content, `zz-bench-added-${n}.txt`);
        writeFileSync(file, `${readFileSync(source, "utf8")}\n\nA sentence added by the benchmark, article ${n}.\n`);
        added.push(file);
        const { say: line, ...run } = await buildOnce(cwd, content, out);
        say = line;
        return run;
      });
      return result(this.name, this.description, runs, 1, { corpusArticles: files.length, ...(say ? { build: say } : {}) });
    } finally {
      for (const f of added) rmSync(f, { force: true });
    }
  },
};

const eleventyBaseline: Scenario = {
  name: "eleventy-baseline",
  description: "plain Eleventy on the same raw files (../shared/bench/baseline-eleventy), the scale reference",
  defaultRepeat: SITE_REPEAT,
  unavailable: (ctx) =>
    ctx.articles === null ? "runs with --articles N (a generated corpus, like the reference numbers)"
    : !existsSync(ELEVENTY_BASELINE_CONFIG) ? `${ELEVENTY_BASELINE_CONFIG} is absent`
    : !existsSync(ELEVENTY_CMD) ? `${ELEVENTY_CMD} is absent (npm install)`
    : null,
  async run(ctx) {
    const out = join(ctx.workDir, "eleventy-out");
    const articles = listArticles(ctx.corpusDir).length;
    const runs = await timed(ctx, "eleventy-baseline", async () => {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      const child = await runNode(ELEVENTY_CMD, [`--config=${ELEVENTY_BASELINE_CONFIG}`, `--input=${ctx.corpusDir}`, `--output=${out}`, "--quiet"]);
      if (child.exitCode !== 0) throw new Error(`eleventy exited ${child.exitCode}: ${child.stderr.trim().split("\n").slice(-5).join("\n")}`);
      // A reference that wrote no article pages measured nothing (e.g. input under a .gitignore'd folder).
      const written = /Wrote (\d+) files/.exec(child.stdout + child.stderr)?.[1];
      if (written !== undefined && Number(written) < articles) throw new Error(`the reference wrote ${written} files for ${articles} articles: it did not read the corpus`);
      return { wallMs: child.processWallMs, processWallMs: child.processWallMs, userMs: child.userMs, sysMs: child.sysMs, peakRssMB: child.peakRssMB };
    });
    return result(this.name, this.description, runs, articles);
  },
};

export const siteScenarios: Scenario[] = [siteCold, siteRebuildOne, eleventyBaseline];
