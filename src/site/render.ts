// Running Eleventy and Pagefind from the CLI: the site is rendered with the data already loaded
// (so the build reports messages once, and tests can build fixture folders into temp dirs).
import { existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { Eleventy, type UserConfig } from "@11ty/eleventy";
import type { SiteData } from "./model.ts";
import type { SearchRecord } from "./search.ts";

/** The project folder (where .eleventy.ts and layouts/ are). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const fromCwd = (p: string): string => relative(process.cwd(), p) || ".";

export interface RenderOptions {
  output: string;
  pathPrefix: string;
  /** Data to render; when absent, .eleventy.ts loads it (serve: again on every rebuild). */
  site?: SiteData;
  runMode?: "build" | "serve";
  quiet?: boolean;
  /** Extra configuration (serve adds its Pagefind hook). */
  configure?: (config: UserConfig) => void;
}

export function eleventy(options: RenderOptions): Eleventy {
  return new Eleventy(fromCwd(join(PROJECT_ROOT, "layouts")), options.output, {
    configPath: fromCwd(join(PROJECT_ROOT, ".eleventy.ts")),
    pathPrefix: options.pathPrefix,
    quietMode: options.quiet ?? true,
    runMode: options.runMode ?? "build",
    source: "script",
    config: (config) => {
      if (options.site) config.addGlobalData("site", options.site);
      options.configure?.(config);
    },
  });
}

export async function renderSite(options: RenderOptions): Promise<void> {
  await eleventy(options).write();
}

export interface IndexResult {
  pages: number;
  errors: string[];
}

let indexing: Promise<unknown> = Promise.resolve();

/**
 * The Pagefind index of the articles, from their records (./search.ts), written to
 * `<outputDir>/pagefind/`. Runs one at a time (serve may rebuild while the previous index is
 * being written).
 */
export function indexSite(outputDir: string, records: readonly SearchRecord[], language: string): Promise<IndexResult> {
  const run = indexing.then(() => indexOnce(outputDir, records, language));
  indexing = run.catch(() => undefined);
  return run;
}

/** Runs ./search-worker.mjs: Pagefind is fed from a worker thread, the main thread renders meanwhile. */
function indexOnce(outputDir: string, records: readonly SearchRecord[], language: string): Promise<IndexResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./search-worker.mjs", import.meta.url), { workerData: { outputDir, language, records }, execArgv: [] });
    let result: IndexResult | null = null;
    worker.once("message", (r: IndexResult) => (result = r));
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
