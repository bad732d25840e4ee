// Stage "boilerplate": removes site furniture (comment forms, share counters, "Read More @",
// "The post … appeared first on …", image credits) and the trailing `Source:` line, and first the
// site's own lines that news-archive.yaml's `boilerplate` lists; keeps what it removed. A Markdown
// code block's lines are never furniture.
import type { Draft, Line } from "../draft.ts";
import { SOURCE_LINE, type SiteLineMatcher, isBoilerplateLine, isShareCounter, siteLineMatcher } from "../lexicon/boilerplate.ts";
import { codeLines } from "../nlp/markdown.ts";
import { isDataCredit } from "../nlp/outlets.ts";

export function boilerplate(input: Draft, settings: { boilerplate?: readonly string[] } = {}): Draft {
  // In Markdown a code block's lines are kept as written: a URL or "Share this" there is code.
  const code = input.markdown ? codeLines(input.lines) : null;
  const draft = siteLines(input, code, settings.boilerplate);
  const removed: string[] = [];
  let sourceLine: string | null = draft.sourceLine;
  let bylineDate: string | null = draft.bylineDate;
  const kept: Line[] = [];
  for (const l of draft.lines) {
    // In Markdown a line of -, _, *, = or ~ is markup (a rule, a heading's underline, a code fence), not a separator.
    if (l.text === "" || code?.has(l.line) || (draft.markdown && MARKDOWN_RULE.test(l.text))) {
      kept.push(l);
      continue;
    }
    const source = SOURCE_LINE.exec(l.text);
    if (source?.[1]) {
      // The first Source line names the publisher, unless it credits a chart's data; any line like it is boilerplate either way.
      if (!isDataCredit(source[1])) sourceLine ??= source[1].trim();
      removed.push(l.text);
      continue;
    }
    const inline = INLINE_SOURCE.exec(l.text);
    if (inline?.[1] && inline.index > 0) {
      removed.push(inline[0].trim());
      kept.push({ ...l, text: l.text.slice(0, inline.index).trim() });
      continue;
    }
    if (isBoilerplateLine(l.text) || isShareCounter(l.text)) {
      bylineDate ??= BYLINE_DATE.exec(l.text)?.[1] ?? null;
      removed.push(l.text);
      continue;
    }
    kept.push(l);
  }
  return { ...draft, lines: kept, boilerplate: [...draft.boilerplate, ...removed], sourceLine, bylineDate };
}

/**
 * Removes the lines that news-archive.yaml's `boilerplate` setting lists (exact lines or /regular
 * expressions/), keeping them in `boilerplate`: first, so they are never taken for a Source line or
 * cut as one. A Markdown code block's lines stay.
 */
function siteLines(draft: Draft, code: ReadonlySet<number> | null, entries: readonly string[] = []): Draft {
  const matches = matcherFor(entries);
  if (!matches) return draft;
  const removed: string[] = [];
  const kept = draft.lines.filter((l) => {
    if (l.text === "" || code?.has(l.line) || !matches(l.text)) return true;
    removed.push(l.text);
    return false;
  });
  return removed.length ? { ...draft, lines: kept, boilerplate: [...draft.boilerplate, ...removed] } : draft;
}

/** The matcher of each setting (one list for a whole build: compiled once, not per article). */
const matchers = new WeakMap<readonly string[], SiteLineMatcher | null>();
function matcherFor(entries: readonly string[]): SiteLineMatcher | null {
  if (!entries.length) return null;
  let m = matchers.get(entries);
  if (m === undefined) {
    m = siteLineMatcher(entries);
    matchers.set(entries, m);
  }
  return m;
}

const MARKDOWN_RULE = /^[-_*=~]{3,}$/;

/** "Posted by Jo Bloggs on 19 Sep 2016": the byline's date. */
const BYLINE_DATE = /^(?:posted|published|written) by .+? on (\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})$/iu;

/** "… in an interview. Source: CNN" at the end of a paragraph: the attribution of a quoted passage. */
const INLINE_SOURCE = /\s+Sour[cs]e:\s*(https?:\/\/\S+|[\w.-]+\.[a-z]{2,}|\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4})\s*$/u;
