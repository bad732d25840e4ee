// What `build` and `serve` say about a loaded archive besides each article's problems: a warning for
// each article whose text is already in it under another file name (shared with `check`) and how
// many articles are undated. One pass over the records, so it costs nothing next to a build.
import { formatMessage } from "./format.ts";
import type { ArticleRecord, Message } from "./types.ts";

/** A warning for each article with the same text as one whose file name sorts before it, in file order. */
export function sameTextWarnings(articles: readonly ArticleRecord[], dir: string, origin: string): Message[] {
  const byHash = new Map<string, string[]>();
  for (const r of articles) {
    const files = byHash.get(r.hash);
    if (files) files.push(r.file);
    else byHash.set(r.hash, [r.file]);
  }
  const warnings: Message[] = [];
  for (const files of byHash.values()) {
    if (files.length < 2) continue;
    const [first, ...copies] = files.sort();
    for (const file of copies) warnings.push({ file, severity: "warning", origin, message: `same text as ${dir}/${first}` });
  }
  return warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export interface ArchiveNotes {
  /** The same-text warnings (printed to stderr with the articles' problems). */
  warnings: Message[];
  /** "undated articles: 2 of 3 (…)", or null when every article is dated (printed to stdout). */
  undated: string | null;
}

/** What build and serve print about the archive of `articles` (read from `dir`, served under `pathPrefix`). */
export function archiveNotes(articles: readonly ArticleRecord[], dir: string, origin: string, pathPrefix: string): ArchiveNotes {
  const undated = articles.reduce((n, r) => (r.date ? n : n + 1), 0);
  return {
    warnings: sameTextWarnings(articles, dir, origin),
    undated: undated ? `undated articles: ${undated} of ${articles.length} (listed at ${pathPrefix}archive/undated/, after the dated ones elsewhere, not in the feeds)` : null,
  };
}

/** Prints the archive notes at once: for `serve`, on each (re)build (`build` prints the undated count after the site is in place). */
export function printArchiveNotes(articles: readonly ArticleRecord[], dir: string, origin: string, pathPrefix: string): void {
  const notes = archiveNotes(articles, dir, origin, pathPrefix);
  for (const m of notes.warnings) console.error(formatMessage(m, dir));
  if (notes.undated) console.log(notes.undated);
}
