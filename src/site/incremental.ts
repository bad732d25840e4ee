// Incremental rendering: a paginated page's HTML depends only on its own data item plus the
// site-wide settings and the templates/code. Each page has a key: for the big families (articles,
// people, claims) a hash of what its data is made from, known without building the data (see
// LazyPage in ./data.ts), for the others a fingerprint of the data itself; the manifest of
// the last successful build (under .cache/site/) says which key each output file was
// rendered from. On a rebuild Eleventy renders, into an empty staging folder, only the pages
// whose key changed (the pagination arrays it sees are filtered) plus the singleton
// pages (home, indexes, feeds, sitemap, open data); once everything succeeded those files are
// moved over their old versions and the pages that are gone are deleted (commitInPlace). The
// unchanged pages are never touched. A cold build (no manifest, or other code or settings) is
// swapped in whole instead.
import { createHash, hash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { SiteConfig } from "./config.ts";
import type { LazyPage, SitePlan } from "./data.ts";
import type { MediaState } from "./media.ts";
import type { PageMeta, SiteData } from "./model.ts";
import type { OpenDataIndex } from "./opendata.ts";
import { type FileStamp, sameFile } from "./file-stamp.ts";
import { PROJECT_ROOT } from "../root.ts";

/** The paginated page families of SiteData: one output file per item. */
export const PAGE_FAMILIES = ["articles", "people", "peopleLetters", "sources", "sourcesLetters", "claims", "speakers", "periods"] as const;
export type PageFamily = (typeof PAGE_FAMILIES)[number];

const MANIFEST_VERSION = 3;

interface FileState extends FileStamp {
  hash: string;
}

export interface Manifest {
  version: number;
  output: string;
  global: string;
  pages: Record<string, FileState>;
  /** The search index's shards in the output: name → key (see indexSite in ./render.ts). */
  shards: Record<string, string>;
  /** Where each article is in the open data files (see writeOpenData in ./opendata.ts). */
  openData?: OpenDataIndex;
  /** The images copied from the content folder, by output file (see ./media.ts). */
  media?: Record<string, MediaState>;
}

/** The big page families, as pages not built yet. */
export type PendingPages = SitePlan["lazy"];

export interface RenderPlan {
  /**
   * The data to hand Eleventy: every family filtered to the pages that must be rendered, except
   * the big families (articles, people, claims), which are empty here: their pages to render are
   * in `pending`, built when they are rendered (see wholeSite and siteParts).
   */
  site: SiteData;
  pending: PendingPages;
  /**
   * Pages of the previous build kept as they are: their files as the previous manifest recorded
   * them (checked unchanged), by output file.
   */
  kept: Map<string, FileState>;
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

// One-shot hashing: twice as fast as a Hash object on thousands of page-sized strings.
const sha = (s: string | Buffer): string => hash("sha256", s, "hex");

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
 * The manifest of the last build of `output`, when that build used the same templates, code and
 * settings (else null: everything renders and the new site replaces the old one whole).
 */
export function readPrevious(options: { output: string; cacheDir: string | null; global: string }): Manifest | null {
  const manifest = options.cacheDir && existsSync(options.output) ? readManifest(options.cacheDir, options.output) : null;
  return manifest && manifest.global === options.global && Object.keys(manifest.pages).length ? manifest : null;
}

/**
 * Once the site data is known: keeps the pages whose fingerprint is unchanged and whose file in
 * `output` is still the one the manifest recorded (same inode, size and mtime: a page edited or
 * deleted by hand renders again); returns the data for Eleventy, filtered to the pages to render.
 */
export function planRender(plan: SitePlan, previous: Manifest | null, options: { output: string; global: string }): RenderPlan {
  const hashes = new Map<string, string>();
  const rendered = {} as Record<PageFamily, string[]>;
  const filtered: Partial<Pick<SiteData, PageFamily>> = {};
  const kept = new Map<string, FileState>();
  const lazy: Record<string, ReadonlyArray<LazyPage<PageMeta>>> = plan.lazy;
  const pending: Record<string, Array<LazyPage<PageMeta>>> = {};
  for (const family of PAGE_FAMILIES) {
    // The big families are compared by their pages' keys, and the pages to render are built only
    // when they render; the others by a fingerprint of their data (a few hundred pages).
    const pages: ReadonlyArray<LazyPage<PageMeta>> = lazy[family] ?? plan.site[family].map((page) => ({ url: page.url, key: pageFingerprint(page), weight: 1, build: () => page }));
    const render: Array<LazyPage<PageMeta>> = [];
    rendered[family] = [];
    for (const page of pages) {
      const file = outputFile(page.url);
      hashes.set(file, page.key);
      const before = previous?.pages[file];
      if (before && before.hash === page.key && sameFile(join(options.output, file), before)) {
        kept.set(file, before);
        continue;
      }
      render.push(page);
      rendered[family].push(page.url);
    }
    if (lazy[family]) {
      pending[family] = render;
      (filtered as Record<PageFamily, PageMeta[]>)[family] = [];
    } else (filtered as Record<PageFamily, PageMeta[]>)[family] = render.map((page) => page.build());
  }
  return { site: { ...plan.site, ...filtered } as SiteData, pending: pending as PendingPages, kept, rendered, hashes, global: options.global };
}

/** The whole site data to render in one go (a rebuild's few pages), every pending page built. */
export function wholeSite({ site, pending }: Pick<RenderPlan, "site" | "pending">): SiteData {
  return { ...site, articles: pending.articles.map((p) => p.build()), people: pending.people.map((p) => p.build()), claims: pending.claims.map((p) => p.build()) };
}

/**
 * The site data to render in parts (a cold build): first everything but the pending pages (the
 * singleton pages and the small families), then the pending pages, in parts weighing at most
 * `size` (LazyPage's weight: an article page weighs 1, a listing of many claims more), each
 * part built only when the one before has been rendered. Eleventy holds what it makes for every
 * page of a run until the run ends; rendering in parts bounds that, and the data held, by `size`.
 */
export function* siteParts({ site, pending }: Pick<RenderPlan, "site" | "pending">, size: number): Generator<{ site: SiteData; pagesOnly: boolean }> {
  yield { site, pagesOnly: false };
  type Part = Pick<SiteData, "articles" | "people" | "claims">;
  // One step per page, in family order: builds the page into the part.
  const steps: Array<{ weight: number; add: (part: Part) => void }> = [
    ...pending.articles.map((page) => ({ weight: page.weight, add: (part: Part) => void part.articles.push(page.build()) })),
    ...pending.people.map((page) => ({ weight: page.weight, add: (part: Part) => void part.people.push(page.build()) })),
    ...pending.claims.map((page) => ({ weight: page.weight, add: (part: Part) => void part.claims.push(page.build()) })),
  ];
  let part: Part = { articles: [], people: [], claims: [] };
  let weight = 0;
  for (const step of steps) {
    // A part is full when the next page would take it past `size` (a part holds at least one page).
    if (weight > 0 && weight + step.weight > size) {
      yield { site: { ...site, ...part }, pagesOnly: true };
      part = { articles: [], people: [], claims: [] };
      weight = 0;
    }
    step.add(part);
    weight += step.weight;
  }
  if (weight > 0) yield { site: { ...site, ...part }, pagesOnly: true };
}

/**
 * Moves a finished rebuild into place: every file in `staging` replaces its counterpart in
 * `output` (one rename each, so a reader gets either version of a page, never half of one), the
 * search index folder is replaced whole, and the pages of the previous build that this one does
 * not have are deleted with their emptied folders. `staging` is removed.
 */
export function commitInPlace(staging: string, output: string, plan: Pick<RenderPlan, "hashes">, previous: Manifest, shards: Record<string, string>, trash: string): void {
  const made = new Set<string>();
  const move = (rel: string): void => {
    const to = join(output, rel);
    const dir = dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    renameSync(join(staging, rel), to);
  };
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(staging, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (!rel && e.name === "pagefind") continue;
      if (e.isDirectory()) walk(child);
      else move(child);
    }
  };
  walk("");
  // The search index: new or changed shards replace theirs (whole folders), shards that are no
  // longer listed go, the others are left as they are; then the new list of shards.
  const index = join(staging, "pagefind");
  if (existsSync(index)) {
    const listed = new Set(Object.keys(shards));
    const replace = (name: string, from: string | null): void => {
      const to = join(output, "pagefind", name);
      if (existsSync(to)) {
        mkdirSync(trash, { recursive: true });
        renameSync(to, join(trash, `pagefind-${name}-${process.pid}-${Date.now()}`));
      }
      if (from) renameSync(from, to);
    };
    mkdirSync(join(output, "pagefind"), { recursive: true });
    for (const e of readdirSync(index, { withFileTypes: true })) if (e.isDirectory()) replace(e.name, join(index, e.name));
    for (const e of readdirSync(join(output, "pagefind"), { withFileTypes: true })) if (e.isDirectory() && !listed.has(e.name)) replace(e.name, null);
    renameSync(join(index, "shards.json"), join(output, "pagefind", "shards.json"));
  }
  removeOutputFiles(output, Object.keys(previous.pages).filter((file) => !plan.hashes.has(file)));
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Deletes the pages (or other files) of a previous build that the current one no longer has, given
 * by their paths in `output`, each with its folder (e.g. people/<slug>/) and the folders above it
 * once empty, up to `output`. A path leading out of `output` is ignored.
 */
export function removeOutputFiles(output: string, files: Iterable<string>): void {
  const root = resolve(output);
  for (const rel of files) {
    const file = resolve(root, rel);
    if (!file.startsWith(`${root}${sep}`)) continue;
    rmSync(file, { force: true });
    for (let dir = dirname(file); dir !== root; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
}

/**
 * Records what `output` now holds (call after the finished build was swapped into place): the
 * fingerprint and the inode, size and mtime of every paginated page (the kept ones as they were).
 */
export function writeManifest(plan: Pick<RenderPlan, "hashes" | "global" | "kept">, options: { output: string; cacheDir: string; shards: Record<string, string>; openData?: OpenDataIndex; media?: Record<string, MediaState> }): void {
  const pages: Record<string, FileState> = {};
  for (const [file, hash] of plan.hashes) {
    // A kept page was checked before the build and not touched since.
    const kept = plan.kept.get(file);
    if (kept) {
      pages[file] = kept;
      continue;
    }
    try {
      const st = statSync(join(options.output, file));
      pages[file] = { hash, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
    } catch {
      // Not written (cannot happen for a successful build): it will render next time.
    }
  }
  const manifest: Manifest = { version: MANIFEST_VERSION, output: resolve(options.output), global: plan.global, pages, shards: options.shards, ...(options.openData ? { openData: options.openData } : {}), ...(options.media ? { media: options.media } : {}) };
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
