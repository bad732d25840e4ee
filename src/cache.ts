// The records cache: one JSON file per extracted record under .cache/records/, keyed by the
// file's path and bytes, the curation and the extractor version, so a rebuild redoes only what changed.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

export class RecordCache {
  private readonly used = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(private readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): CachedResult | undefined {
    try {
      const value = JSON.parse(readFileSync(this.path(key), "utf8")) as CachedResult;
      this.used.add(key);
      this.hits++;
      return value;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(key: string, value: CachedResult): void {
    const p = this.path(key);
    mkdirSync(dirname(p), { recursive: true });
    const tmp = `${p}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, p);
    this.used.add(key);
  }

  /** Removes entries no file in this build used (deleted or changed articles, old extractor versions). */
  prune(): number {
    let removed = 0;
    let shards: string[] = [];
    try {
      shards = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const shard of shards) {
      for (const f of readdirSync(join(this.dir, shard))) {
        if (!this.used.has(f.replace(/\.json$/, ""))) {
          rmSync(join(this.dir, shard, f), { force: true });
          removed++;
        }
      }
    }
    return removed;
  }
}
