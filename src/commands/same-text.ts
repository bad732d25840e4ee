// Articles whose text is already in the archive under another file name (a copy under a new name):
// one warning each, for `check` and `build`. One pass over the records' hashes, so it costs nothing next to a build.
import type { ArticleRecord, Message } from "../types.ts";

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
