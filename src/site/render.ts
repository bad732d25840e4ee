// Rendering and indexing from the CLI: Eleventy in a worker thread (./render-thread.ts, which runs
// ./run-eleventy.ts), Pagefind in another (./search-worker.mjs), and the output folder's safety
// check. Eleventy is not loaded in this thread.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { Worker } from "node:worker_threads";
import { PROJECT_ROOT, workerEntry } from "../root.ts";
import type { SiteData } from "./model.ts";
import { type SearchEntry, type SearchRecord, shardRecords } from "./search.ts";


/** What a worker of the build posts back when done. */
export type WorkerOutcome = { ok: true; ms: number } | { ok: false; error: string };


/** A worker thread started now that does one job later (the job is its first message). */
interface OneJob<T> {
  /** Posts the job (once); resolves when the worker says it is done. */
  run(job: T): Promise<{ ms: number }>;
  /** Stops the worker (a build that failed before the job, or does it elsewhere). */
  cancel(): Promise<void>;
}

function oneJobWorker<T>(entry: URL, what: string, workerData?: unknown): OneJob<T> {
  const worker = new Worker(entry, { workerData, execArgv: [] });
  const outcome = new Promise<WorkerOutcome>((resolve) => {
    worker.once("message", resolve);
    worker.once("error", (error) => resolve({ ok: false, error: error.stack ?? String(error) }));
    worker.once("exit", (code) => resolve({ ok: false, error: `the ${what} stopped (exit code ${code})` }));
  });
  let sent = false;
  const finish = async (): Promise<{ ms: number }> => {
    const reply = await outcome;
    await worker.terminate();
    if (!reply.ok) throw new Error(reply.error);
    return { ms: reply.ms };
  };
  return {
    // Not async: once posted, the job's data is not referenced from here (the worker has its copy).
    run(job) {
      if (sent) throw new Error(`the ${what} does one job`);
      sent = true;
      worker.postMessage(job);
      return finish();
    },
    async cancel() {
      await worker.terminate();
    },
  };
}


/** What the render worker (./render-thread.ts) is started with. */
export interface RendererInit {
  output: string;
  pathPrefix: string;
}

/** Renders the site data it is given (once), into the output folder it was made for. */
export type Renderer = OneJob<SiteData>;

/**
 * Starts Eleventy in a worker thread now, for a render later: loading Eleventy, the config and
 * the templates (about a second) overlaps the main thread reading the articles.
 */
export function startRenderer(init: RendererInit): Renderer {
  return oneJobWorker(workerEntry("render-worker", import.meta.url), "render worker", init);
}

export interface IndexOptions {
  /**
   * The shards the site being updated already has (name → key, from its manifest): those with the
   * same key are not put into `outputDir`, which then holds only the new or changed shards and
   * shards.json (see commitInPlace in ./incremental.ts).
   */
  existing?: Readonly<Record<string, string>>;
}

export interface IndexResult {
  /** Articles in the index (in shards indexed again or reused). */
  pages: number;
  /** Every shard of the index: name → key (the name of its folder in the search cache). */
  keys: Record<string, string>;
  /** Shards in the index, and how many of them were indexed again (the others were reused). */
  shards: number;
  indexed: number;
  errors: string[];
}

/** The index being written, if any (settled: never rejects). */
let indexing: Promise<unknown> | null = null;

/** Where finished shards are kept, by content hash, for the next builds to link instead of index. */
export const SEARCH_CACHE = join(".cache", "site", "search");

/**
 * The Pagefind index of the articles, from their records (./search.ts), in shards: each shard is a
 * separate index in `<outputDir>/pagefind/<shard>/`, listed in `<outputDir>/pagefind/shards.json`;
 * the search page merges them. A shard is indexed only when no earlier build made one from the
 * same records: finished shards are kept under `cacheDir` by content hash and hard-linked into
 * the output (nothing ever writes into an output's pagefind/ folder, so the links are safe).
 * Runs one at a time (serve may rebuild while the previous index is being written).
 */
export function indexSite(
  outputDir: string,
  records: readonly SearchEntry[],
  language: string,
  cacheDir: string = SEARCH_CACHE,
  options: IndexOptions = {},
): Promise<IndexResult> {
  const start = (): Promise<IndexResult> => indexOnce(outputDir, records, language, cacheDir, options);
  // Started now when no other index is being written: its worker thread then runs while the
  // caller goes on (a `then` would wait for the caller's synchronous work to finish first).
  const run = indexing ? indexing.then(start) : start();
  const settled = run.catch(() => undefined);
  indexing = settled;
  void settled.then(() => {
    if (indexing === settled) indexing = null;
  });
  return run;
}

/** Plain JavaScript, run as it is from the sources (also by the compiled code). */
const SEARCH_WORKER = join(PROJECT_ROOT, "src", "site", "search-worker.mjs");

let codeKey: string | undefined;
/** What a shard's files depend on besides its records: Pagefind's version and the worker. */
function searchCodeKey(): string {
  if (codeKey) return codeKey;
  const h = createHash("sha256").update("shard-v1\0");
  for (const p of [join(PROJECT_ROOT, "node_modules", "pagefind", "package.json"), SEARCH_WORKER]) {
    try {
      h.update(readFileSync(p));
    } catch {
      h.update(`missing ${p}`);
    }
  }
  codeKey = h.digest("hex");
  return codeKey;
}

async function indexOnce(outputDir: string, records: readonly SearchEntry[], language: string, cacheDir: string, options: IndexOptions): Promise<IndexResult> {
  const shards = shardRecords(records);
  const dirs = new Map<string, string>();
  const keys: Record<string, string> = {};
  const jobs: Array<{ outputPath: string; records: () => SearchRecord[]; final: string }> = [];
  for (const [name, list] of shards) {
    const key = createHash("sha256").update(searchCodeKey()).update("\0").update(language).update("\0").update(JSON.stringify(list.map((e) => [e.url, e.key]))).digest("hex").slice(0, 32);
    const dir = join(cacheDir, key);
    dirs.set(name, dir);
    keys[name] = key;
    // Only the records of a shard indexed again are made, when the worker asks for them.
    if (!existsSync(dir)) jobs.push({ outputPath: `${dir}.tmp-${process.pid}`, records: () => list.map((e) => e.record()), final: dir });
  }
  mkdirSync(cacheDir, { recursive: true });
  for (const job of jobs) rmSync(job.outputPath, { recursive: true, force: true });
  const result: IndexResult = { pages: records.length, keys, shards: shards.size, indexed: jobs.length, errors: [] };
  if (jobs.length) {
    const worked = await runWorker(language, jobs.map(({ outputPath, records }) => ({ outputPath, records })));
    result.errors.push(...worked.errors);
    if (result.errors.length) {
      for (const job of jobs) rmSync(job.outputPath, { recursive: true, force: true });
      return result;
    }
    for (const job of jobs) {
      try {
        renameSync(job.outputPath, job.final);
      } catch {
        // Another build finished the same shard first: it is the same.
        rmSync(job.outputPath, { recursive: true, force: true });
      }
    }
  }
  const target = join(outputDir, "pagefind");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const now = new Date();
  for (const [name, dir] of dirs) {
    // A shard the site being updated already has is left where it is.
    if (options.existing?.[name] !== keys[name]) linkTree(dir, join(target, name));
    utimesSync(dir, now, now);
  }
  writeFileSync(join(target, "shards.json"), `${JSON.stringify({ shards: [...shards.keys()] })}\n`);
  pruneShards(cacheDir, new Set(dirs.values()));
  return result;
}

/** Hard-links every file under `from` into `to` (copies across file systems). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, e.name);
    const dst = join(to, e.name);
    if (e.isDirectory()) linkTree(src, dst);
    else {
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
      }
    }
  }
}

/** Shards no build used for ten minutes (not this one's) are deleted; outputs keep their links. */
function pruneShards(cacheDir: string, used: Set<string>): void {
  const old = Date.now() - 10 * 60 * 1000;
  for (const name of readdirSync(cacheDir)) {
    const dir = join(cacheDir, name);
    if (used.has(dir)) continue;
    try {
      if (statSync(dir).mtimeMs < old) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed meanwhile.
    }
  }
}

/** A search index worker started ahead (startSearchWorker), waiting for its jobs. */
let ready: { worker: Worker; language: string } | null = null;

/**
 * Starts the search index worker and Pagefind's process now, so that their start-up overlaps
 * the reading of the articles; the next index with the same language uses it. Stop it with
 * stopSearchWorker if no index follows.
 */
export function startSearchWorker(language: string): void {
  if (ready) return;
  const worker = new Worker(SEARCH_WORKER, { workerData: { language }, execArgv: [] });
  // An error before it is used (Pagefind cannot start) shows again in a worker started for the jobs.
  worker.on("error", () => undefined);
  worker.once("exit", () => {
    if (ready?.worker === worker) ready = null;
  });
  ready = { worker, language };
}

/** Stops the worker started ahead if it is still waiting for its jobs. */
export async function stopSearchWorker(): Promise<void> {
  const waiting = ready?.worker;
  ready = null;
  await waiting?.terminate();
}

/** Shards whose records are made before the search worker needs them (see runWorker). */
const SHARDS_AHEAD = 16;

/**
 * Runs ./search-worker.mjs: Pagefind is fed from a worker thread, the main thread renders meanwhile.
 * The first shards' records are sent at once; the worker asks for the others SHARDS_AHEAD shards
 * before it indexes them, and they are made here then: a few shards' records are held at a time
 * (in either thread), not the whole index's.
 */
function runWorker(language: string, jobs: Array<{ outputPath: string; records: () => SearchRecord[] }>): Promise<{ pages: number; errors: string[] }> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    const outputs = jobs.map((j) => j.outputPath);
    if (ready && ready.language === language) {
      // Taken: it is no longer waiting (stopSearchWorker leaves it alone).
      worker = ready.worker;
      ready = null;
      worker.postMessage({ jobs: outputs, ahead: SHARDS_AHEAD });
    } else worker = new Worker(SEARCH_WORKER, { workerData: { language, jobs: outputs, ahead: SHARDS_AHEAD }, execArgv: [] });
    // The first shards' records go at once (a rebuild's one shard is indexed while this thread is
    // still busy); the worker asks for the others.
    for (const job of jobs.slice(0, SHARDS_AHEAD)) worker.postMessage({ records: job.records() });
    let result: { pages: number; errors: string[] } | null = null;
    worker.on("message", (m: { want: number } | { pages: number; errors: string[] }) => {
      if (!("want" in m)) {
        result = m;
        return;
      }
      try {
        worker.postMessage({ records: jobs[m.want]?.records() ?? [] });
      } catch (error) {
        // The index fails with it (the worker is stopped).
        result = { pages: 0, errors: [`${outputs[m.want]}: ${(error as Error).stack ?? String(error)}`] };
        void worker.terminate();
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`the search index worker stopped (exit code ${code})`))));
  });
}

/**
 * Empties the output folder before a build, so removed articles leave no stale pages (with
 * `check`, only says whether it may be replaced). Refuses
 * folders that are not plausibly a built site: the working folder or one above it, one holding
 * the content folder, or a non-empty folder without an index.html.
 */
export function cleanOutput(outputDir: string, contentDir: string, options: { check?: boolean } = {}): string | null {
  const out = resolve(outputDir);
  const cwd = resolve(process.cwd());
  const content = resolve(contentDir);
  const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
  if (inside(cwd, out)) return `refusing to empty ${outputDir}: it is the working folder or above it`;
  if (inside(content, out) || inside(PROJECT_ROOT, out)) return `refusing to empty ${outputDir}: it holds the content or the project`;
  if (!existsSync(out)) return null;
  const entries = readdirSync(out);
  if (entries.length && !entries.includes("index.html")) return `refusing to empty ${outputDir}: it is not empty and has no index.html (not a built site?)`;
  if (!options.check) rmSync(out, { recursive: true, force: true });
  return null;
}
