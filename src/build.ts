// The build step over a whole content folder: lists and reads the article files (the edge),
// extracts each record, then links them into the Archive that the templates render.
import { type Stats, statSync } from "node:fs";
import { join } from "node:path";
import { RecordCache, cacheKey, keyContext, settingsText } from "./cache.ts";
import { KeyIndex } from "./key-index.ts";
import { emptyCuration } from "./curation.ts";
import { emptyDraft } from "./draft.ts";
import { STAGES, extract, extractionContext } from "./pipeline.ts";
import { dateLine } from "./stages/dates.ts";
import { isMessage, listArticles, loadCuration, readSource } from "./io.ts";
import { link, uniqueSlugs } from "./link.ts";
import { type FileResult, extractAll } from "./workers/pool.ts";
import type { Archive, ArticleRecord, Message } from "./types.ts";

export interface LoadOptions {
  /** The records cache to use (instead of opening one at cacheDir). */
  cache?: RecordCache;
  /** Cache keys already computed for these paths (by extractMissing): such a file is read again only if its record is not in the cache. */
  keys?: ReadonlyMap<string, string>;
  /** Called after each file, for progress on long runs. */
  onProgress?: (done: number, total: number) => void;
  /** Where to keep extracted records between builds (e.g. ".cache/records"); no cache when absent. */
  cacheDir?: string;
  /** news-archive.yaml's `boilerplate` lines, removed from every article (see Context in ./pipeline.ts). */
  boilerplate?: readonly string[];
}

export interface LoadStats {
  files: number;
  extracted: number;
  cached: number;
}

export function loadArchive(contentDir: string, options: LoadOptions = {}): Archive & { stats: LoadStats; recordKeys: string[]; keyByFile: Map<string, string>; unlinkedKeys: Map<string, string> } {
  const { curation, messages } = loadCuration(contentDir);
  const ctx = extractionContext(curation, options.boilerplate);
  const settings = settingsText(curation, options.boilerplate);
  const cache = options.cache ?? (options.cacheDir ? new RecordCache(options.cacheDir) : undefined);
  const [hits, misses] = [cache?.hits ?? 0, cache?.misses ?? 0];
  const records: ArticleRecord[] = [];
  /** The cache key of each record, in the order of `records` (with a cache). */
  const recordKeys: string[] = [];
  const all: Message[] = [...messages];
  const files = listArticles(contentDir);
  files.forEach((path, i) => {
    const known = options.keys?.get(path);
    const hit = known !== undefined ? cache?.get(known) : undefined;
    if (hit) {
      all.push(...hit.messages);
      if (hit.record) {
        records.push(hit.record);
        recordKeys.push(known ?? "");
      }
      options.onProgress?.(i + 1, files.length);
      return;
    }
    const source = readSource(path, contentDir);
    if (isMessage(source)) all.push(source);
    else {
      // A key computed already (and missed) is not looked up twice.
      const key = cache ? (known ?? cacheKey(source.file, source.bytes, settings)) : "";
      let out = known === undefined ? cache?.get(key) : undefined;
      if (!out) {
        out = extract(source, ctx);
        cache?.set(key, out);
      }
      all.push(...out.messages);
      if (out.record) {
        records.push(out.record);
        if (cache) recordKeys.push(key);
      }
    }
    options.onProgress?.(i + 1, files.length);
  });
  cache?.prune();
  // A cache opened here is closed here; one passed in stays open for its owner (who may read texts).
  if (!options.cache) cache?.close();
  const stats: LoadStats = { files: files.length, extracted: cache ? cache.misses - misses : files.length, cached: cache ? cache.hits - hits : 0 };
  const keyByFile = new Map<string, string>(cache ? records.map((r, i) => [r.file, recordKeys[i] ?? ""]) : []);
  const archive = link(uniqueSlugs(records, all), all);
  // Records that linking left as they were (the same objects, slug included): their cache key
  // says all their open data is made of (see writeOpenData in ./site/opendata.ts).
  const input = new Set(records);
  const unlinkedKeys = new Map<string, string>();
  for (const r of archive.articles) {
    const key = keyByFile.get(r.file);
    if (key && input.has(r)) unlinkedKeys.set(r.slug, key);
  }
  return { ...archive, stats, recordKeys, keyByFile, unlinkedKeys };
}

/**
 * Extracts the files that `cache` has no record for and stores their records in it, so that
 * loadArchive then finds every record there: on worker threads (src/workers/pool.ts) when at least
 * `minFiles` are missing, else on this thread (starting the workers costs about a second, which a
 * few hundred files do not repay). Returns how many files were extracted, and every readable
 * file's cache key, in reading order.
 */
export async function extractMissing(
  contentDir: string,
  cache: RecordCache,
  options: { minFiles: number; onProgress?: (done: number, total: number) => void; boilerplate?: readonly string[] },
): Promise<{ extracted: number; keys: Map<string, string> }> {
  const { curation } = loadCuration(contentDir);
  const ctx = extractionContext(curation, options.boilerplate);
  const settings = settingsText(curation, options.boilerplate);
  const keys = new Map<string, string>();
  const missing: string[] = [];
  // Files unchanged since the last run keep their key without being read (see ./key-index.ts).
  const index = new KeyIndex(cache.dir, keyContext(settings));
  for (const path of listArticles(contentDir)) {
    let st: Stats;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    let key = st.isFile() ? index.get(path, st) : undefined;
    if (key === undefined) {
      const source = readSource(path, contentDir);
      if (isMessage(source)) continue;
      key = cacheKey(source.file, source.bytes, settings);
    }
    index.set(path, st, key);
    keys.set(path, key);
    if (!cache.has(key)) missing.push(path);
  }
  index.save();
  if (missing.length < options.minFiles) {
    // A few: here, one after the other (starting workers would cost more).
    missing.forEach((path, i) => {
      const source = readSource(path, contentDir);
      const key = keys.get(path);
      if (!isMessage(source) && key !== undefined) cache.set(key, extract(source, ctx));
      options.onProgress?.(i + 1, missing.length);
    });
    return { extracted: missing.length, keys };
  }
  // Each batch goes into the cache as it comes back: holding every record until the end made this
  // thread's heap grow with the archive (1.6 GB at 100,000 articles) and every collection during
  // extraction slower (see docs/scaling.md).
  let extracted = 0;
  const store = (files: FileResult[]): void => {
    for (const f of files) {
      const key = keys.get(f.path);
      if (key === undefined) continue;
      cache.set(key, { record: f.record, messages: f.messages });
      extracted++;
    }
  };
  await extractAll(missing, contentDir, curation, { onResults: store, ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(ctx.boilerplate ? { boilerplate: ctx.boilerplate } : {}) });
  return { extracted, keys };
}


/**
 * Today's date where it is latest on Earth (UTC+14): a later date has come nowhere yet. Only for
 * messages on the terminal: the clock never goes into a record or a page.
 */
export function latestToday(now = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A warning for each article dated after `today` (a date mistyped or read wrongly), naming its file
 * and the line its date was read from: found by reading the file again up to the dates stage, which
 * costs little for the few such files and keeps the line out of the records. By file.
 */
export function futureDateWarnings(articles: readonly ArticleRecord[], contentDir: string, origin: string, today: string, boilerplate?: readonly string[]): Message[] {
  const ctx = extractionContext(emptyCuration(), boilerplate);
  const future = articles.filter((r) => r.date !== null && r.date > today).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return future.map((r) => {
    const line = readDateLine(join(contentDir, r.file), contentDir, ctx);
    return { file: r.file, ...(line ? { line } : {}), severity: "warning", origin, message: `date ${r.date} is in the future` };
  });
}

/** The line the date of the article at `path` is read from (see dateLine), running the stages up to dates. */
function readDateLine(path: string, contentDir: string, ctx: ReturnType<typeof extractionContext>): number | null {
  const source = readSource(path, contentDir);
  if (isMessage(source)) return null;
  let draft = emptyDraft(source.file, source.bytes);
  try {
    for (const [name, run] of STAGES) {
      draft = run(draft, ctx);
      if (draft.failed) return null;
      if (name === "dates") return dateLine(draft);
    }
  } catch {
    // The extraction reported it already.
  }
  return null;
}
