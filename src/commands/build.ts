// `news-archive build`: content/ → _site/ (Eleventy), then the Pagefind search index over it.
// Atomic: the site is written to a temporary folder and put in place only when everything
// succeeded (a cold build by renaming the folder, a rebuild by renaming each changed page).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Command } from "../cli.ts";
import { baseUrlProblem, normalisePathPrefix } from "../config.ts";
import { formatMessage } from "../format.ts";
import { loadConfig, loadCuration } from "../io.ts";
import { repeatedLinesHint } from "../repeated-lines.ts";
import { archiveNotes } from "../same-text.ts";
import { fromUserConfig, siteConfig } from "../site/config.ts";
import { extractMissing, futureDateWarnings, latestToday } from "../build.ts";
import { RecordCache } from "../cache.ts";
import { type LoadedSite, loadSite } from "../site/load.ts";
import { commitInPlace, dropManifest, globalFingerprint, planRender, readPrevious, type RenderPlan, siteParts, wholeSite, writeManifest } from "../site/incremental.ts";
import { mediaState, removeMedia, stageMedia } from "../site/media.ts";
import { withoutTables, writeOpenData } from "../site/opendata.ts";
import { cleanOutput, type IndexResult, indexSite, type Renderer, startRenderer, startSearchWorker, stopSearchWorker } from "../site/render.ts";
import { lazySearchEntries } from "../site/search.ts";
import type { LazyArticle } from "../site/data.ts";
import type { Message } from "../types.ts";
import { progress } from "./progress.ts";
import { parseCommandArgs, UsageError } from "./args.ts";

export const buildCommand: Command = {
  usage: `news-archive build [--content DIR] [--output DIR] [--pathprefix /news/] [--base-url URL] [--skip-invalid]

  Reads every article under the content folder (re-extracting only new or changed files; the
  records cache is .cache/records/), renders the site with Eleventy and indexes it with Pagefind.
  The site is written to a temporary folder and replaces the output folder only when the whole
  build succeeded: a failed build leaves the previous site untouched.
  Problems are printed as file:line: severity: message (the path from the working folder), as
  check prints them, with a warning for an article whose text is already in the archive under
  another file name and for one dated after today (the line of its date; only on the terminal:
  the site never depends on the clock); the summary says how many articles are undated (they are listed at
  /archive/undated/ and left out of the feeds) and how many lines many articles share word for
  word (\`news-archive check\` lists them). If any article or content/entities.yaml has an error
  the build fails and lists the files to fix (saying what --skip-invalid would do with them),
  unless --skip-invalid is given: then the site is built without the article files that have
  errors, which are listed, and with content/entities.yaml applied without the entries and keys
  its errors name.
  Defaults come from news-archive.yaml (see the README); flags override them.
  --content DIR      article folder (default: content)
  --output DIR       where the site goes (default: _site)
  --pathprefix PATH  the site is served under this path, e.g. /news/ (default: /)
  --base-url URL     absolute address for feeds, sitemap and canonical links (default: http://localhost:8080)
  --skip-invalid     build without the articles that have errors, instead of failing`,
  async run(args) {
    const code = await build(args);
    // The previous site (moved to the trash by the swap) and any leftovers of interrupted builds
    // are deleted by a background `rm`, after the new site is in place.
    sweepTrash(TRASH);
    return code;
  },
};

const CACHE_DIR = ".cache/site";
const RECORDS_DIR = ".cache/records";
/**
 * From this many articles to extract, extraction runs on worker threads (all cores); fewer are
 * extracted on this thread, where starting the workers would cost more than it saves (measured
 * with `npm run bench`, see docs/scaling.md). NEWS_ARCHIVE_PARALLEL_FROM overrides it.
 */
const PARALLEL_FROM = Number(process.env.NEWS_ARCHIVE_PARALLEL_FROM ?? 4000);
const TRASH = join(CACHE_DIR, "trash");

async function build(args: string[]): Promise<number> {
  const { values } = parseCommandArgs({
    args,
    options: {
      content: { type: "string" },
      output: { type: "string" },
      pathprefix: { type: "string" },
      "base-url": { type: "string" },
      "skip-invalid": { type: "boolean" },
    },
  });
  const baseUrl = baseUrlOption(values["base-url"]);
  const started = performance.now();
  const { config: user, messages: configMessages } = loadConfig(process.cwd());
  for (const m of configMessages) console.error(formatMessage(m));
  if (configMessages.some((m) => m.severity === "error")) {
    console.error("build failed: fix news-archive.yaml first (nothing was written)");
    return 1;
  }
  const contentDir = values.content ?? user.content;
  const output = (values.output ?? user.output).replace(/\/+$/, "");
  const pathPrefix = normalisePathPrefix(values.pathprefix ?? user.pathPrefix);
  const config = siteConfig({ ...fromUserConfig(user), ...(baseUrl ? { baseUrl } : {}) });
  if (!existsSync(contentDir)) {
    console.error(`${contentDir}: error: no such content folder [build]`);
    return 1;
  }
  const refused = cleanOutput(output, contentDir, { check: true });
  if (refused) {
    console.error(`${output}: error: ${refused} [build]`);
    return 2;
  }
  // Eleventy starts loading in a worker thread while the articles are read here. It renders into
  // a staging folder: everything on a cold build, only the changed pages on a rebuild.
  const temp = `${output}.building-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  const cacheDir = CACHE_DIR;
  const global = globalFingerprint(config, pathPrefix);
  const previous = readPrevious({ output, cacheDir, global });
  // A rebuild renders few pages: Eleventy gets a worker thread of its own, so that its start-up
  // overlaps the reading and planning here, and the open data is written here while it renders.
  // A cold build renders everything here instead: a worker would need its own copy of every
  // page's data and record, which costs more memory than the overlap saves time at tens of
  // thousands of articles. (A worker writing the open data from the cached records, reading and
  // linking them a second time, made a BBC rebuild about a quarter of a second slower.)
  const rendering: Rendering = previous ? { worker: startRenderer({ output: temp, pathPrefix }) } : { inProcess: { output: temp, pathPrefix } };
  startSearchWorker(config.language);
  // Set from a callback while the archive loads (an object: TypeScript does not follow the assignment).
  const index: { running: Promise<IndexResult> | null; started: number; finished: number } = { running: null, started: 0, finished: 0 };
  const abandon = async (): Promise<void> => {
    // The search index writes into the staging folder: it is removed once that stopped. (Its
    // failure is expected now: the handler is attached before the workers are stopped.)
    const stopped = index.running?.catch(() => undefined);
    await Promise.all(["worker" in rendering ? rendering.worker.cancel() : undefined, stopSearchWorker()]);
    await stopped;
    rmSync(temp, { recursive: true, force: true });
  };
  let loaded: LoadedSite | undefined;
  let prefetched = 0;
  // Many articles to extract (a first build, a new extractor): on every core first.
  const cache = new RecordCache(RECORDS_DIR);
  try {
    const extracting = progress("extracting articles");
    const { extracted, keys } = await extractMissing(contentDir, cache, { minFiles: PARALLEL_FROM, onProgress: extracting, boilerplate: user.boilerplate });
    prefetched = extracted;
    extracting.done();
    const show = progress("reading articles");
    // The search index is made from the data (every article, not only those rendered), in a
    // worker thread feeding Pagefind's process, started as soon as the article pages are planned;
    // only its shards holding changed, added or removed articles are indexed again (and only
    // their articles' data is built for it).
    const onArticles = (articles: readonly LazyArticle[]): void => {
      index.started = performance.now();
      const entries = lazySearchEntries(articles, config.language, global);
      index.running = indexSite(temp, entries, config.language, join(cacheDir, "search"), previous ? { existing: shardsIn(output, previous.shards) } : {}).then((r) => ((index.finished = performance.now()), r));
    };
    loaded = loadSite({ contentDir, pathPrefix, config, cache, keys, onProgress: show, onArticles, report: () => undefined, boilerplate: user.boilerplate });
    show.done();
  } catch (error) {
    console.error(`${contentDir}: error: cannot load the archive: ${(error as Error).message} [build]`);
    await abandon();
    return 1;
  }
  const loadedAt = performance.now();
  const records = loaded.plan.site.openData.articles;
  const notes = archiveNotes(records, contentDir, "build", pathPrefix);
  const repeated = repeatedLinesHint(records);
  // A date after today is a warning on the terminal only: the site never depends on the clock.
  const future = futureDateWarnings(records, contentDir, "build", latestToday(), user.boilerplate);
  for (const m of [...loaded.messages, ...notes.warnings, ...future]) console.error(formatMessage(m, contentDir));
  const invalid = [...new Set(loaded.messages.filter((m: Message) => m.severity === "error").map((m) => m.file))].sort();
  const parts = invalidParts(invalid, loaded.messages, contentDir);
  if (invalid.length && !values["skip-invalid"]) {
    console.error(`build failed: ${invalid.length} file(s) to fix (or ${skipAdvice(parts, contentDir)}):`);
    for (const f of invalid) console.error(`  ${contentDir}/${f}`);
    console.error(`${output}/ was left as it was.`);
    await abandon();
    return 1;
  }
  // Said at the end, after the summary: what was left out of the site, what applied in part.
  const skipped = skippedReport(parts, contentDir);

  const stats = {
    articles: loaded.articleCount,
    personPages: loaded.plan.lazy.people.length,
    extracted: loaded.extracted + prefetched,
    cached: loaded.cached - prefetched,
  };
  try {
    const searching = index.running;
    if (!searching) throw new Error("the search index was not started");
    cache.close();
    const openData = loaded.plan.site.openData;
    const media = loaded.plan.site.media;
    const unlinkedKeys = loaded.unlinkedKeys;
    // Pages whose key did not change since the previous build are kept (their data is not even
    // built); only the rest renders. The worker gets its own copy of the pages: none is kept
    // here, so that memory can go.
    const { plan, rendering: rendered } = handOver(rendering, planRender(loaded.plan, previous, { output, global }));
    loaded = undefined;
    const planned = performance.now();
    // The open data, /data/archive.json and /data/claims.csv (not templates), written here while
    // the pages render (in the render worker on a rebuild).
    // On a rebuild the articles whose open data cannot have changed are copied from the files there.
    const written = writeOpenData(temp, openData, { keys: unlinkedKeys, ...(previous?.openData ? { previous: { dir: output, index: previous.openData } } : {}) });
    const opened = performance.now() - planned;
    // The images the articles show from the content folder, into the staging folder too (on a
    // rebuild only those not in the output already as they are now).
    const copied = stageMedia(media, temp, previous ? { output, media: previous.media ?? {} } : undefined);
    const renderedCount = Object.values(plan.rendered).reduce((n, list) => n + list.length, 0);
    // Which paginated pages render, for diagnosing rebuilds that render more than expected.
    if (process.env.NEWS_ARCHIVE_RENDER_LOG) writeFileSync(process.env.NEWS_ARCHIVE_RENDER_LOG, `${JSON.stringify(plan.rendered, null, 1)}\n`);
    let renderMs = 0;
    let renderRuns = 0;
    let gcMs = 0;
    // Both settle before anything else happens to the folder (a failure removes it).
    const [indexing, render] = await Promise.allSettled([searching, rendered.then((r) => ((renderMs = r.ms), (renderRuns = r.runs), (gcMs = r.gcMs)))]);
    if (render.status === "rejected") throw render.reason;
    if (indexing.status === "rejected") throw indexing.reason;
    const search = indexing.value;
    await stopSearchWorker();
    if (search.errors.length) throw new Error(search.errors.map((e) => `pagefind: ${e}`).join("\n"));
    const done = performance.now();
    // Without a manifest the next build is a cold one: if moving the pages in fails half-way,
    // that build replaces the whole folder.
    dropManifest({ output, cacheDir });
    try {
      if (previous) {
        commitInPlace(temp, output, plan, previous, search.keys, TRASH);
        removeMedia(output, previous.media ?? {}, media);
      } else swapIn(temp, output, contentDir, TRASH);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      console.error(`${output}: error: the site was built but putting it in place failed: ${(error as Error).message}; ${output}/ may hold old and new pages, and the next build replaces it whole [build]`);
      return 1;
    }
    const swapped = performance.now();
    writeManifest(plan, { output, cacheDir, shards: search.keys, openData: written.index, media: mediaState(media, copied, output, previous?.media) });
    const seconds = (ms: number): string => (ms / 1000).toFixed(1);
    console.log(
      `built ${stats.articles} articles into ${output}/ (path prefix ${pathPrefix}) in ${seconds(performance.now() - started)} s: ` +
        `${stats.personPages} person pages; rendered ${renderedCount} pages, kept ${plan.kept.size} unchanged; search index from ${search.pages} pages in ${search.shards} shards, ${search.indexed} indexed again ` +
        `(load ${seconds(loadedAt - started)} s with ${stats.extracted} extracted, ${stats.cached} from cache, plan ${seconds(planned - loadedAt)} s, render ${seconds(renderMs)} s${renderRuns > 1 ? ` in ${renderRuns} runs (collecting garbage between them ${seconds(gcMs)} s)` : ""}, open data ${seconds(opened)} s${previous ? ` with ${written.reused} articles copied` : ""}, search index ${seconds(index.finished - index.started)} s alongside, ${previous ? "commit" : "swap"} ${seconds(swapped - done)} s)`,
    );
  } catch (error) {
    await abandon();
    console.error(`${output}: error: build failed, the previous site was left as it was: ${(error as Error).stack ?? String(error)} [build]`);
    return 1;
  }
  if (notes.undated) console.log(notes.undated);
  if (repeated) console.log(repeated);
  for (const line of skipped) console.error(line);
  return 0;
}

/** The files with errors, split into the article files and the curation file. */
interface InvalidParts {
  articles: string[];
  curation: Array<{ file: string; used: boolean }>;
}

/**
 * The files with errors: the article files, and the curation file, which is not an article: with
 * --skip-invalid it is applied without the parts its errors name (an entry or key it cannot use:
 * parseCuration in ../curation.ts), or not at all when nothing of it can be used (`used` false: it
 * is not YAML, or every entry has an error).
 */
export function invalidParts(invalid: readonly string[], messages: readonly Message[], contentDir: string): InvalidParts {
  const curation = new Set(messages.filter((m) => m.severity === "error" && m.origin === "curation").map((m) => m.file));
  const articles = invalid.filter((f) => !curation.has(f));
  if (!invalid.some((f) => curation.has(f))) return { articles, curation: [] };
  const { people, organizations, places, sources, drop } = loadCuration(contentDir).curation;
  const used = [people, organizations, places, sources, drop.people, drop.organizations, drop.places].some((list) => list.length);
  return { articles, curation: invalid.filter((f) => curation.has(f)).map((file) => ({ file, used })) };
}

/** What --skip-invalid would do with the files that have errors, as advice when the build failed without it. */
export function skipAdvice({ articles, curation }: InvalidParts, contentDir: string): string {
  if (!curation.length) return "build without them with --skip-invalid";
  const done = [
    ...(articles.length ? ["leaves out the article file(s) with errors"] : []),
    ...curation.map(({ file, used }) => (used ? `applies ${contentDir}/${file} without the entries and keys its errors name` : `builds without ${contentDir}/${file}, of which nothing can be used`)),
  ];
  return `build with --skip-invalid, which ${done.join(" and ")}`;
}

/** What --skip-invalid did with the files that have errors: the article files left out, the curation file applied in part or not at all. */
export function skippedReport({ articles, curation }: InvalidParts, contentDir: string): string[] {
  const lines = articles.length ? [`left out ${articles.length} article file(s) with errors:`, ...articles.map((f) => `  ${contentDir}/${f}`)] : [];
  for (const { file, used } of curation) {
    lines.push(`${contentDir}/${file}: ${used ? "applied without the entries and keys its errors above name" : "not applied: nothing in it could be used (see its errors above)"}`);
  }
  return lines;
}

/** --base-url checked as news-archive.yaml's baseUrl is (a UsageError if it is not a URL), without its trailing slashes. */
function baseUrlOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = baseUrlProblem(value);
  if (problem) throw new UsageError(`--base-url: ${problem}`);
  return value.replace(/\/+$/, "");
}

/** The shards of the previous build still in the output folder (one deleted by hand is made again). */
function shardsIn(output: string, shards: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(shards).filter(([name]) => existsSync(join(output, "pagefind", name))));
}

/** How a build renders: all at once in the render worker (a rebuild), or here in parts (cold). */
type Rendering = { worker: Renderer } | { inProcess: { output: string; pathPrefix: string } };

/**
 * The weight of a cold build's Eleventy run, in article pages (NEWS_ARCHIVE_RENDER_PART overrides
 * it): bounds the memory a cold build holds for rendering (Eleventy keeps about 100 KB per page of
 * a run until the run ends), at the cost of starting Eleventy again and collecting the garbage for
 * each part. Measured at 10,000 articles: parts of 2,500 peaked at 0.78 GB, of 5,000 at 1.03 GB, one
 * run at 1.9 GB. Past 50,000 pages a part is a twentieth of the pages: a collection walks the whole
 * archive, so a fixed size would make their cost grow with the square of the archive (at 100,000
 * articles, 2,500 a part made about 70 runs).
 */
function renderPart(pending: RenderPlan["pending"]): number {
  if (process.env.NEWS_ARCHIVE_RENDER_PART) return Number(process.env.NEWS_ARCHIVE_RENDER_PART);
  const sum = (pages: ReadonlyArray<{ weight: number }>): number => pages.reduce((total, page) => total + page.weight, 0);
  const weight = sum(pending.articles) + sum(pending.people) + sum(pending.claims);
  return Math.max(2500, Math.ceil(weight / 20));
}

/** Starts rendering the plan and returns the rest of it, without the site data. */
function handOver(rendering: Rendering, { site: full, pending, ...plan }: RenderPlan): { plan: Omit<RenderPlan, "site" | "pending">; rendering: Promise<{ ms: number; runs: number; gcMs: number }> } {
  const site = { ...full, openData: withoutTables(full.openData) };
  if ("worker" in rendering) return { plan, rendering: rendering.worker.run(wholeSite({ site, pending })).then(({ ms }) => ({ ms, runs: 1, gcMs: 0 })) };
  const options = rendering.inProcess;
  const total = pending.articles.length + pending.people.length + pending.claims.length;
  const run = async (): Promise<{ ms: number; runs: number; gcMs: number }> => {
    const started = performance.now();
    const { renderParts } = await import("../site/run-eleventy.ts");
    const show = progress("rendering article, person and claims pages");
    try {
      const { runs, gcMs } = await renderParts(siteParts({ site, pending }, renderPart(pending)), { ...options, onRendered: (done) => show(done, total) });
      return { ms: performance.now() - started, runs, gcMs };
    } finally {
      show.done();
    }
  };
  return { plan, rendering: run() };
}

/**
 * Replaces `output` with the finished `temp` folder: two renames, so readers never see half a site.
 * The previous site goes to the trash folder (one more rename), emptied by the next build while it
 * reads the articles, instead of being deleted file by file here.
 */
function swapIn(temp: string, output: string, contentDir: string, trash: string): void {
  const old = `${output}.old-${process.pid}`;
  if (existsSync(output)) {
    const refused = cleanOutput(output, contentDir, { check: true });
    if (refused) throw new Error(refused);
    renameSync(output, old);
  }
  renameSync(temp, output);
  if (!existsSync(old)) return;
  try {
    mkdirSync(trash, { recursive: true });
    renameSync(old, join(trash, `${basename(output)}-${process.pid}-${Date.now()}`));
  } catch {
    // Another file system (or no .cache): delete it now.
    rmSync(old, { recursive: true, force: true });
  }
}

/**
 * Deletes what is in the trash folder with a detached `rm -rf` that outlives this process (a
 * whole site is tens of thousands of files: deleting it is not worth waiting for). Only the
 * entries present now are deleted (a build running at the same time may be moving its old site in).
 */
function sweepTrash(trash: string): void {
  let entries: string[];
  try {
    entries = readdirSync(trash).map((e) => join(trash, e));
  } catch {
    return;
  }
  if (!entries.length) return;
  const inProcess = (): void => {
    for (const e of entries) rmSync(e, { recursive: true, force: true });
  };
  if (process.platform === "win32") return inProcess();
  try {
    const child = spawn("rm", ["-rf", "--", ...entries], { stdio: "ignore", detached: true });
    child.on("error", inProcess);
    child.unref();
  } catch {
    inProcess();
  }
}
