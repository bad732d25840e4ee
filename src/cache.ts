// The records cache: every extracted record in one pack file under .cache/records/, keyed by the
// file's path and bytes, the curation, news-archive.yaml's boilerplate lines and the extractor version,
// so a rebuild redoes only what changed.
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./root.ts";
import type { ArticleRecord, Curation, Message } from "./types.ts";

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
  const root = join(PROJECT_ROOT, "src");
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

/**
 * The settings extraction depends on, as the text that enters every cache key: the curation and,
 * when there are any, news-archive.yaml's boilerplate lines (without them the key is as before).
 */
export function settingsText(curation: Curation, boilerplate: readonly string[] = []): string {
  const curationText = JSON.stringify(curation);
  return boilerplate.length ? `${curationText}\0boilerplate\0${JSON.stringify(boilerplate)}` : curationText;
}

/** What every cache key depends on besides the file: the extraction code and the settings (see settingsText). */
export function keyContext(settings: string): string {
  return createHash("sha256").update(extractorVersion()).update("\0").update(settings).digest("hex");
}

export function cacheKey(file: string, bytes: Uint8Array, settings: string): string {
  return createHash("sha256").update(extractorVersion()).update("\0").update(file).update("\0").update(settings).update("\0").update(bytes).digest("hex");
}

/**
 * The cache folder holds one pack file: each entry is a line `<key>\t<JSON of the result>` (each
 * written starting with a newline, so that a line torn by a crash only loses itself). New entries
 * are appended; prune() rewrites the file without the entries no file used when they are many.
 * One file instead of one per article: a cold build no longer creates thousands of small files,
 * and a warm one reads one file.
 * The pack is never held in memory as a whole (at 100,000 articles it is over 2 GB, more than one
 * JavaScript string can hold): it is scanned in blocks for where each entry starts and ends, and
 * an entry is read from the file when it is asked for.
 */
const PACK = "records-v1.pack";
/** Bytes read at a time when scanning the pack. */
const BLOCK = 1 << 24;
const NEWLINE = 0x0a;
const TAB = 0x09;

/** Where an entry's JSON is: in the pack (byte offset and length), or in memory (not written). */
type Place = { offset: number; length: number } | { json: string };

export class RecordCache {
  private readonly used = new Set<string>();
  /** Key → where its JSON is (last line wins). */
  private entries: Map<string, Place> | undefined;
  /** The pack, open for reading (while entries point into it). */
  private reader: number | undefined;
  /** The pack's size as known here: where the next appended line starts. */
  private size = 0;
  private fd: number | undefined;
  private appended = 0;
  hits = 0;
  misses = 0;

  constructor(readonly dir: string) {}

  private get pack(): string {
    return join(this.dir, PACK);
  }

  /** Scans the pack for its lines: key → byte range of the JSON after the tab. */
  private load(): Map<string, Place> {
    if (this.entries) return this.entries;
    const entries = new Map<string, Place>();
    this.entries = entries;
    try {
      this.reader = openSync(this.pack, "r");
    } catch {
      return entries; // No pack yet.
    }
    const buffer = Buffer.alloc(BLOCK);
    // The line being scanned: where it starts in the file, and its tab (-1: not seen yet).
    let lineStart = 0;
    let tab = -1;
    let position = 0;
    const end = (lineEnd: number): void => {
      if (tab > lineStart && lineEnd > tab + 1) {
        const key = this.keyAt(lineStart, tab - lineStart);
        if (key) entries.set(key, { offset: tab + 1, length: lineEnd - tab - 1 });
      }
    };
    for (;;) {
      const n = readSync(this.reader, buffer, 0, BLOCK, position);
      if (n <= 0) break;
      const block = n < BLOCK ? buffer.subarray(0, n) : buffer;
      // indexOf is a native byte search: much faster than a loop over every byte.
      for (let i = 0; i < n; ) {
        const newline = block.indexOf(NEWLINE, i);
        const stop = newline < 0 ? n : newline;
        if (tab < 0) {
          const t = block.indexOf(TAB, i);
          if (t >= 0 && t < stop) tab = position + t;
        }
        if (newline < 0) break;
        end(position + newline);
        lineStart = position + newline + 1;
        tab = -1;
        i = newline + 1;
      }
      position += n;
    }
    end(position);
    this.size = position;
    return entries;
  }

  /** A key (hex, so short and ASCII) read from the pack. */
  private keyAt(offset: number, length: number): string | null {
    if (length <= 0 || length > 128 || this.reader === undefined) return null;
    const b = Buffer.alloc(length);
    readSync(this.reader, b, 0, length, offset);
    const key = b.toString("latin1");
    return /^[0-9a-f]+$/.test(key) ? key : null;
  }

  /** An entry's JSON text as stored (a CachedResult), without parsing it. */
  text(key: string): string | undefined {
    const place = this.load().get(key);
    if (!place) return undefined;
    if ("json" in place) return place.json;
    if (this.reader === undefined) {
      try {
        this.reader = openSync(this.pack, "r");
      } catch {
        return undefined;
      }
    }
    const b = Buffer.allocUnsafe(place.length);
    const n = readSync(this.reader, b, 0, place.length, place.offset);
    return b.toString("utf8", 0, n);
  }

  /** Whether an entry exists (not counted as a hit or a miss). */
  has(key: string): boolean {
    return this.load().has(key);
  }

  get(key: string): CachedResult | undefined {
    const json = this.text(key);
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
    const entries = this.load();
    this.used.add(key);
    try {
      if (this.fd === undefined) {
        mkdirSync(this.dir, { recursive: true });
        this.fd = openSync(this.pack, "a");
        this.reader ??= openSync(this.pack, "r");
      }
      const line = `\n${key}\t`;
      const bytes = Buffer.from(json, "utf8");
      writeSync(this.fd, line);
      writeSync(this.fd, bytes);
      entries.set(key, { offset: this.size + Buffer.byteLength(line), length: bytes.length });
      this.size += Buffer.byteLength(line) + bytes.length;
      this.appended++;
    } catch {
      // Not writable: the entry is only kept for this run.
      entries.set(key, { json });
    }
  }

  /** Closes the pack's file descriptors (they are opened again if the cache is used again). */
  close(): void {
    for (const fd of [this.fd, this.reader]) if (fd !== undefined) closeSync(fd);
    this.fd = undefined;
    this.reader = undefined;
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
    const kept = new Map<string, Place>();
    let size = 0;
    try {
      let chunk: Buffer[] = [];
      let chunkSize = 0;
      const flush = (): void => {
        if (chunk.length) writeSync(fd, Buffer.concat(chunk));
        chunk = [];
        chunkSize = 0;
      };
      for (const key of this.used) {
        const json = this.text(key);
        if (json === undefined) continue;
        const line = Buffer.from(`\n${key}\t`, "latin1");
        const bytes = Buffer.from(json, "utf8");
        kept.set(key, { offset: size + line.length, length: bytes.length });
        size += line.length + bytes.length;
        chunk.push(line, bytes);
        chunkSize += line.length + bytes.length;
        if (chunkSize > BLOCK) flush();
      }
      flush();
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.pack);
    // The entries now point into the new pack.
    if (this.reader !== undefined) closeSync(this.reader);
    this.reader = openSync(this.pack, "r");
    this.entries = kept;
    this.size = size;
    return removed + unused.length;
  }
}
