// Lines that many articles share word for word, such as a site's advert or newsletter line that no
// general lexicon knows: `check` notes each (count, first file:line, the news-archive.yaml entry that
// removes it), `build` and `serve` say how many there are. Two passes over the records' paragraphs, in bounded memory.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { collapseLine } from "./lexicon/boilerplate.ts";
import type { ArticleRecord, Message } from "./types.ts";

/**
 * A line is worth a note when it is in at least this many articles and this share of the archive:
 * a quote or a sentence repeated in two or three articles is normal, a line in 2% of them (and at
 * least 5) is the site's furniture. The share keeps a big archive's notes few.
 */
export const MIN_ARTICLES = 5;
export const MIN_SHARE = 0.02;
/** Shorter lines ("It gave no further details.") repeat naturally; longer ones are prose, copied with their article. */
const MIN_WORDS = 4;
const MAX_CHARS = 400;
/** Counters of the first pass (a line's hash picks one): fixed memory whatever the archive's size. */
const BUCKETS = 1 << 20;
/** Files kept per line to look for it in, as a line of its own. */
const FILES_KEPT = 3;

export interface RepeatedLine {
  /** The line as the articles' text has it (white space collapsed). */
  text: string;
  /** How many articles have it. */
  count: number;
  /** The first few of those articles' files, by name, to find the line in. */
  files: string[];
}

/** How many articles a line must be in to be noted, in an archive of `articles`. */
export function repeatThreshold(articles: number): number {
  return Math.max(MIN_ARTICLES, Math.ceil(articles * MIN_SHARE));
}

/**
 * The lines (a title as written, or a paragraph or subheading) that at least repeatThreshold()
 * articles have, most frequent first. Lines already removed as boilerplate are not in the records.
 * First pass: a counter per hash bucket (each article counts a bucket once); second pass: the
 * exact count of the lines whose bucket reached the threshold (a collision only adds candidates).
 */
export function repeatedLines(articles: readonly ArticleRecord[]): RepeatedLine[] {
  const threshold = repeatThreshold(articles.length);
  if (articles.length < threshold) return [];
  const counts = new Uint32Array(BUCKETS);
  const seen = new Set<number>();
  let most = 0;
  for (const r of articles) {
    seen.clear();
    eachLine(r, (line) => {
      const b = bucket(line);
      if (seen.has(b)) return;
      seen.add(b);
      const n = (counts[b] ?? 0) + 1;
      counts[b] = n;
      if (n > most) most = n;
    });
  }
  // Most archives: no line anywhere near the threshold, and no second pass.
  if (most < threshold) return [];
  const found = new Map<string, RepeatedLine>();
  const inArticle = new Set<string>();
  // In file order, so that a line's first files are the first by name.
  for (const r of [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    inArticle.clear();
    eachLine(r, (line) => {
      if ((counts[bucket(line)] ?? 0) < threshold || inArticle.has(line)) return;
      inArticle.add(line);
      const entry = found.get(line);
      if (!entry) found.set(line, { text: line, count: 1, files: [r.file] });
      else {
        entry.count++;
        if (entry.files.length < FILES_KEPT) entry.files.push(r.file);
      }
    });
  }
  return [...found.values()].filter((l) => l.count >= threshold).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/**
 * The candidate lines of an article: its title unless derived from the lede, its paragraphs and
 * subheadings. The record's text is normalised already (NFC, white space collapsed), as collapseLine makes a line.
 */
function eachLine(r: ArticleRecord, use: (line: string) => void): void {
  if (!r.titleDerived && worthCounting(r.title)) use(r.title);
  for (const b of r.body.blocks) if ((b.kind === "paragraph" || b.kind === "heading") && worthCounting(b.text)) use(b.text);
}

/** At most MAX_CHARS long and at least MIN_WORDS words. */
function worthCounting(text: string): boolean {
  if (text.length > MAX_CHARS) return false;
  let spaces = 0;
  for (let i = text.indexOf(" "); i !== -1 && spaces < MIN_WORDS - 1; i = text.indexOf(" ", i + 1)) spaces++;
  return spaces >= MIN_WORDS - 1;
}

/**
 * A bucket for the line: FNV-1a over its length and its first and last 32 UTF-16 code units (not
 * the whole paragraph: at 100,000 articles that is most of the time). Lines that share both ends
 * share a bucket, which only adds candidates that the exact count then drops.
 */
function bucket(text: string): number {
  const n = text.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  const head = Math.min(n, 32);
  for (let i = 0; i < head; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, n - 32); i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (BUCKETS - 1);
}

/**
 * An info message for each repeated line found as a line of its own in one of its first files
 * (a paragraph written over several lines cannot be removed by the setting, and is not noted):
 * where it is, how many articles have it, and the news-archive.yaml entry that removes it.
 */
export function repeatedLineNotes(articles: readonly ArticleRecord[], dir: string, origin: string): Message[] {
  const notes: Message[] = [];
  for (const repeated of repeatedLines(articles)) {
    const at = locate(repeated, dir);
    if (!at) continue;
    const entry = JSON.stringify(asEntry(repeated.text));
    notes.push({
      file: at.file,
      line: at.line,
      severity: "info",
      origin,
      message: `this line is in ${repeated.count} of ${articles.length} articles; to remove it from every article, add it to news-archive.yaml: boilerplate: [${entry}]`,
    });
  }
  return notes;
}

/** The first of the line's files that has it as a line of its own, and its 1-based line there. */
function locate(repeated: RepeatedLine, dir: string): { file: string; line: number } | null {
  for (const file of repeated.files) {
    let text: string;
    try {
      text = readFileSync(join(dir, file), "utf8");
    } catch {
      continue;
    }
    const i = text.split("\n").findIndex((l) => collapseLine(l) === repeated.text);
    if (i >= 0) return { file, line: i + 1 };
  }
  return null;
}

/** The setting's entry for an exact line: itself, unless it would read as a /regular expression/. */
function asEntry(line: string): string {
  return /^\/.+\/[a-z]*$/s.test(line) ? `/^${line.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$/` : line;
}

/** What `build` (and `serve`, at its start) prints about the repeated lines: one line saying how many and where to see them, or null. */
export function repeatedLinesHint(articles: readonly ArticleRecord[]): string | null {
  const n = repeatedLines(articles).length;
  if (!n) return null;
  return `${n === 1 ? "1 line is" : `${n} lines are`} in many articles word for word (a site's advert or newsletter line?): \`news-archive check\` lists ${n === 1 ? "it" : "them"} with the news-archive.yaml boilerplate entry that removes ${n === 1 ? "it" : "them"}`;
}

/**
 * For `serve`, which loads the archive again on every rebuild: a function that gives
 * repeatedLinesHint on its first call (the build serve starts with) and null after, so that serve
 * prints the hint once, as build does, and not again on each change.
 */
export function startupHint(): (articles: readonly ArticleRecord[]) => string | null {
  let given = false;
  return (articles) => {
    if (given) return null;
    given = true;
    return repeatedLinesHint(articles);
  };
}
