// Remembers each article file's records-cache key with its size, modification time and inode (like
// git's index), so that a rebuild does not read and hash the files that did not change. Kept in
// .cache/records/keys.json for one extractor version and curation; anything else starts empty.
import { mkdirSync, readFileSync, renameSync, writeFileSync, type Stats } from "node:fs";
import { dirname, join } from "node:path";

interface Entry {
  size: number;
  mtimeMs: number;
  ino: number;
  key: string;
}

interface Saved {
  context: string;
  /** When it was written (ms): a file changed within the same moment is not trusted. */
  written: number;
  files: Record<string, Entry>;
}

/** How close to the index's writing a file's mtime must not be to be trusted (coarse clocks, racy edits). */
const RACY_MS = 2000;

export class KeyIndex {
  private readonly path: string;
  private readonly saved: Saved | null;
  private readonly next: Record<string, Entry> = {};

  /** `context`: what every key depends on besides the file (extractor version, curation). */
  constructor(
    dir: string,
    private readonly context: string,
  ) {
    this.path = join(dir, "keys.json");
    let saved: Saved | null = null;
    try {
      const parsed = JSON.parse(readFileSync(this.path, "utf8")) as Saved;
      if (parsed.context === context && parsed.files && typeof parsed.written === "number") saved = parsed;
    } catch {
      // No index yet, or unreadable: every file is read.
    }
    this.saved = saved;
  }

  /** The key recorded for `path` if the file looks unchanged since (same size, mtime and inode). */
  get(path: string, st: Stats): string | undefined {
    const e = this.saved?.files[path];
    if (!e || !this.saved || e.size !== st.size || e.mtimeMs !== st.mtimeMs || e.ino !== st.ino) return undefined;
    if (st.mtimeMs >= this.saved.written - RACY_MS) return undefined;
    return e.key;
  }

  set(path: string, st: Stats, key: string): void {
    this.next[path] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, key };
  }

  /** Writes the files seen in this run (and only those) for the next one. */
  save(): void {
    const saved: Saved = { context: this.context, written: Date.now(), files: this.next };
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(tmp, JSON.stringify(saved));
      renameSync(tmp, this.path);
    } catch {
      // A read-only cache: the next run reads every file again.
    }
  }
}
