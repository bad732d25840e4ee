// The records cache: every extracted record in one pack file under .cache/records/, keyed by the
// file's path and bytes, the curation and the extractor version, so a rebuild redoes only what changed.
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleRecord, Message } from "./types.ts";

export interface CachedResult {
  record: ArticleRecord | null;
  messages: Message[];
}

/**
 * A hash of the extraction code itself (every module under src/ that the pipeline can import),
 * so that any change to a stage or lexicon invalidates cached records without a manual version bump.
 */
let codeVersion: string | undefined;
export function extractorVersion(): string {
  if (codeVersion) return codeVersion;
  const root = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!["site", "commands", "workers"].includes(entry.name)) walk(p);
      } else if (entry.name.endsWith(".ts")) hash.update(p.slice(root.length)).update(readFileSync(p));
    }
  };
  walk(root);
  codeVersion = hash.digest("hex").slice(0, 16);
  return codeVersion;
}

export function cacheKey(file: string, bytes: Uint8Array, curationText: string): string {
  return createHash("sha256").update(extractorVersion()).update("\0").update(file).update("\0").update(curationText).update("\0").update(bytes).digest("hex");
}

/**
 * The cache folder holds one pack file: each entry is a line `<key>\t<JSON of the result>` (each
 * written starting with a newline, so that a line torn by a crash only loses itself). New entries
 * are appended; prune() rewrites the file without the entries no file used when they are many.
 * One file instead of one per article: a cold build no longer creates thousands of small files,
 * and a warm one reads one file.
 */
const PACK = "records-v1.pack";

export class RecordCache {
  private readonly used = new Set<string>();
  /** Key → JSON text, from the pack (last line wins) and from set(). */
  private entries: Map<string, string> | undefined;
  private fd: number | undefined;
  private appended = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly dir: string) {}

  private get pack(): string {
    return join(this.dir, PACK);
  }

  private load(): Map<string, string> {
    if (this.entries) return this.entries;
    const entries = new Map<string, string>();
    let text = "";
    try {
      text = readFileSync(this.pack, "utf8");
    } catch {
      // No pack yet.
    }
    for (const line of text.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) entries.set(line.slice(0, tab), line.slice(tab + 1));
    }
    this.entries = entries;
    return entries;
  }

  /** An entry's JSON text as stored (a CachedResult), without parsing it. */
  text(key: string): string | undefined {
    return this.load().get(key);
  }

  /** Whether an entry exists (not counted as a hit or a miss). */
  has(key: string): boolean {
    return this.load().has(key);
  }

  get(key: string): CachedResult | undefined {
    const json = this.load().get(key);
    if (json !== undefined) {
      try {
        const value = JSON.parse(json) as CachedResult;
        this.used.add(key);
        this.hits++;
        return value;
      } catch {
        // A torn line: extracted again.
      }
    }
    this.misses++;
    return undefined;
  }

  set(key: string, value: CachedResult): void {
    const json = JSON.stringify(value);
    this.load().set(key, json);
    this.used.add(key);
    try {
      if (this.fd === undefined) {
        mkdirSync(this.dir, { recursive: true });
        this.fd = openSync(this.pack, "a");
      }
      writeSync(this.fd, `\n${key}\t${json}`);
      this.appended++;
    } catch {
      // Not writable: the entry is only kept for this run.
    }
  }

  /**
   * Removes entries no file in this build used (deleted or changed articles, old extractor
   * versions): rewrites the pack without them once they are more than a tenth of it. Also removes
   * the per-file entries of the earlier cache format. Returns how many entries were removed.
   */
  prune(): number {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
    let removed = 0;
    try {
      for (const e of readdirSync(this.dir, { withFileTypes: true })) {
        if (e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name)) {
          rmSync(join(this.dir, e.name), { recursive: true, force: true });
          removed++;
        }
      }
    } catch {
      return removed;
    }
    const entries = this.load();
    const unused = [...entries.keys()].filter((k) => !this.used.has(k));
    if (!unused.length || unused.length * 10 < entries.size) return removed;
    const tmp = `${this.pack}.${process.pid}.tmp`;
    const fd = openSync(tmp, "w");
    try {
      let chunk: string[] = [];
      let size = 0;
      for (const key of this.used) {
        const json = entries.get(key);
        if (json === undefined) continue;
        chunk.push(`\n${key}\t${json}`);
        size += json.length;
        if (size > 1 << 22) {
          writeSync(fd, chunk.join(""));
          chunk = [];
          size = 0;
        }
      }
      if (chunk.length) writeSync(fd, chunk.join(""));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.pack);
    for (const k of unused) entries.delete(k);
    return removed + unused.length;
  }
}
