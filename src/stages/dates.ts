// Stage "dates": the article's date from front matter, else the date lines opening the body (a
// `date`/`Published:` line, a dateline, a bare date), else a byline ("Posted by … on 19 Sep 2016"),
// else an `Updated:` line. Never invented: no date found means null, and an impossible date
// (2020-13-45) is reported, not rolled over.
import { type DateLine, type Draft, report } from "../draft.ts";
import { parseDate } from "../nlp/parse-date.ts";

export function dates(draft: Draft): Draft {
  const fmDate = draft.frontMatter.date;
  if (fmDate !== undefined) {
    const date = parseDate(fmDate);
    if (date) return { ...draft, date, dateOrigin: "front-matter" };
    report(draft, "dates", "error", `impossible date "${fmDate}" in front matter (expected YYYY-MM-DD)`, frontMatterDateLine(draft.raw));
    return draft;
  }
  const read = (d: DateLine | null): string | null => (d ? parseDate(d.text) : null);
  const published = read(draft.datePrefix);
  const byline = published || !draft.bylineDate ? null : parseDate(draft.bylineDate);
  // An update date says when the text was last changed, not when it came out: the last resort.
  const updated = published || byline ? null : read(draft.dateUpdated);
  const date = published ?? byline ?? updated;
  // A date line that was needed and could not be read.
  const impossible = [draft.datePrefix, ...(published || byline ? [] : [draft.dateUpdated])].filter((d): d is DateLine => d !== null && !parseDate(d.text));
  for (const d of impossible) report(draft, "dates", "warning", `impossible date "${d.text}" at the start of the text: ${date ? "ignored" : "article left undated"}`, d.line);
  return { ...draft, date, dateOrigin: published || updated ? "inline-prefix" : byline ? "text" : null };
}

/** The line of front matter's `date:` key (1 when it cannot be found). */
function frontMatterDateLine(raw: string): number {
  return raw.split("\n").findIndex((l) => /^date\s*:/.test(l)) + 1 || 1;
}

/**
 * The line of the file the article's date was read from, once dates() has run: the front matter's
 * `date:`, the date line or update line, the byline that has it; null when undated or not found.
 */
export function dateLine(draft: Draft): number | null {
  if (!draft.date) return null;
  if (draft.dateOrigin === "front-matter") return frontMatterDateLine(draft.raw);
  if (draft.dateOrigin === "inline-prefix") return [draft.datePrefix, draft.dateUpdated].find((d) => d && parseDate(d.text) === draft.date)?.line ?? null;
  const byline = draft.bylineDate;
  return byline ? draft.raw.split("\n").findIndex((l) => l.includes(byline)) + 1 || null : null;
}
