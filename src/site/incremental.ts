// Incremental rendering: a paginated page's HTML depends only on its own data item plus the
// site-wide settings and the templates/code. Each page's data is fingerprinted; the manifest of
// the last successful build (under .cache/site/) says which fingerprint each output file was
// rendered from. On a rebuild the new (temporary) output folder starts with hard links to the
// unchanged pages of the previous output, and Eleventy renders only the pages whose fingerprint
// changed (the pagination arrays it sees are filtered). Singleton pages (home, indexes, feeds,
// sitemap, open data) always render. Files Eleventy writes are never links (it would write
// through them into the previous site): every linked page that is not kept is unlinked before
// Eleventy starts, and singletons, assets and the search index are never linked.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { SiteConfig } from "./config.ts";
import type { PageMeta, SiteData } from "./model.ts";
import { PROJECT_ROOT } from "./render.ts";

/** The paginated page families of SiteData: one output file per item. */
export const PAGE_FAMILIES = ["articles", "people", "peopleLetters", "sources", "sourcesLetters", "claims", "speakers", "periods"] as const;
export type PageFamily = (typeof PAGE_FAMILIES)[number];

const MANIFEST_VERSION = 1;

interface FileState {
  hash: string;
  ino: number;
  size: number;
  mtimeMs: number;
}

export interface Manifest {
  version: number;
  output: string;
  global: string;
  pages: Record<string, FileState>;
}

export interface RenderPlan {
  /** The data to hand Eleventy: every family filtered to the pages that must be rendered. */
  site: SiteData;
  /** Pages hard-linked from the previous output. */
  reused: number;
  /** Pages Eleventy renders, by family. */
  rendered: Record<PageFamily, string[]>;
  /** Fingerprints of every paginated page of this build, by output file. */
  hashes: Map<string, string>;
  global: string;
}

/** "/people/x/" → "people/x/index.html". Paginated pages all have directory URLs. */
export function outputFile(url: string): string {
  return `${url.replace(/^\//, "")}index.html`;
}

const sha = (s: string | Buffer): string => createHash("sha256").update(s).digest("hex");

/** Every file under dir, relative paths, sorted (for the code fingerprint). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else out.push(`${rel}${e.name}`);
    }
  };
  walk(dir, "");
  return out;
}

/**
 * What every page depends on besides its own item: the site-wide values the page shell prints
 * (config and path prefix; the nav is in the code) and the code that renders (templates,
 * src/site/, .eleventy.ts, the Eleventy and Nunjucks versions). Known before the articles are read.
 */
export function globalFingerprint(config: SiteConfig, pathPrefix: string): string {
  const h = createHash("sha256");
  h.update(JSON.stringify({ v: MANIFEST_VERSION, config, pathPrefix }));
  for (const [dir, label] of [[join(PROJECT_ROOT, "layouts"), "layouts"], [join(PROJECT_ROOT, "src", "site"), "src/site"]] as const) {
    for (const f of filesUnder(dir)) h.update(`\0${label}/${f}\0`).update(readFileSync(join(dir, f)));
  }
  for (const f of [".eleventy.ts", "node_modules/@11ty/eleventy/package.json", "node_modules/nunjucks/package.json"]) {
    const p = join(PROJECT_ROOT, f);
    if (existsSync(p)) h.update(`\0${f}\0`).update(readFileSync(p));
  }
  return h.digest("hex");
}

export function pageFingerprint(item: PageMeta): string {
  return sha(JSON.stringify(item));
}

const manifestPath = (cacheDir: string, output: string): string => join(cacheDir, `${sha(resolve(output)).slice(0, 24)}.json`);

function readManifest(cacheDir: string, output: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(manifestPath(cacheDir, output), "utf8")) as Manifest;
    return m.version === MANIFEST_VERSION && m.output === resolve(output) ? m : null;
  } catch {
    return null;
  }
}

/**
 * Step 1, before the articles are read: when the last build of `output` used the same templates,
 * code and settings, starts hard-linking all of its pages into `temp` (which must not exist yet),
 * in a worker thread. Resolves to the manifest of those pages (or null: everything renders).
 */
export function startLinking(options: { output: string; temp: string; cacheDir: string | null; global: string }): Promise<Manifest | null> {
  const manifest = options.cacheDir && existsSync(options.output) ? readManifest(options.cacheDir, options.output) : null;
  if (!manifest || manifest.global !== options.global) return Promise.resolve(null);
  const files = Object.keys(manifest.pages);
  if (!files.length) return Promise.resolve(null);
  return new Promise((done) => {
    const worker = new Worker(new URL("./link-worker.mjs", import.meta.url), { workerData: { from: options.output, to: options.temp, files }, execArgv: [] });
    // Even if linking stopped part-way, the manifest is right about what may have been linked:
    // planRender checks each page in `temp` and renders (after unlinking) whatever is not intact.
    worker.once("error", () => undefined);
    worker.once("exit", () => done(manifest));
  });
}

/**
 * Step 2, once the site data is known: keeps the linked pages whose fingerprint is unchanged and
 * that are still the file the manifest recorded (same inode, size and mtime); unlinks every other
 * linked page (changed or gone) so that nothing written into `temp` can reach the previous site
 * through a shared inode; returns the data for Eleventy, filtered to the pages to render.
 */
export function planRender(site: SiteData, linked: Manifest | null, options: { temp: string; global: string }): RenderPlan {
  const hashes = new Map<string, string>();
  const rendered = {} as Record<PageFamily, string[]>;
  const filtered: Partial<Pick<SiteData, PageFamily>> = {};
  const kept = new Set<string>();
  for (const family of PAGE_FAMILIES) {
    const pages: PageMeta[] = site[family];
    const keep: PageMeta[] = [];
    rendered[family] = [];
    for (const page of pages) {
      const file = outputFile(page.url);
      const hash = pageFingerprint(page);
      hashes.set(file, hash);
      const before = linked?.pages[file];
      if (before && before.hash === hash && sameFile(join(options.temp, file), before)) {
        kept.add(file);
        continue;
      }
      keep.push(page);
      rendered[family].push(page.url);
    }
    (filtered as Record<PageFamily, PageMeta[]>)[family] = keep;
  }
  if (linked) {
    for (const file of Object.keys(linked.pages)) if (!kept.has(file)) rmSync(join(options.temp, file), { force: true });
  }
  return { site: { ...site, ...filtered } as SiteData, reused: kept.size, rendered, hashes, global: options.global };
}

function sameFile(path: string, before: FileState): boolean {
  try {
    const st = statSync(path);
    return st.ino === before.ino && st.size === before.size && st.mtimeMs === before.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Records what `output` now holds (call after the finished build was swapped into place): the
 * fingerprint and the inode, size and mtime of every paginated page.
 */
export function writeManifest(plan: RenderPlan, options: { output: string; cacheDir: string }): void {
  const pages: Record<string, FileState> = {};
  for (const [file, hash] of plan.hashes) {
    try {
      const st = statSync(join(options.output, file));
      pages[file] = { hash, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
    } catch {
      // Not written (cannot happen for a successful build): it will render next time.
    }
  }
  const manifest: Manifest = { version: MANIFEST_VERSION, output: resolve(options.output), global: plan.global, pages };
  mkdirSync(options.cacheDir, { recursive: true });
  pruneManifests(options.cacheDir);
  const path = manifestPath(options.cacheDir, options.output);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, path);
}

/** Forgets the manifest of `output` (e.g. when a build failed after the swap). */
export function dropManifest(options: { output: string; cacheDir: string }): void {
  rmSync(manifestPath(options.cacheDir, options.output), { force: true });
}

/** Manifests of outputs not built for 30 days (temporary test folders, old outputs) are dropped. */
function pruneManifests(cacheDir: string): void {
  const old = Date.now() - 30 * 24 * 3600 * 1000;
  for (const name of readdirSync(cacheDir)) {
    try {
      if (name.endsWith(".json") && statSync(join(cacheDir, name)).mtimeMs < old) rmSync(join(cacheDir, name), { force: true });
    } catch {
      // Removed meanwhile.
    }
  }
}
