// Stage "dates": the article's date from front matter, else the date lines opening the body (a
// `date`/`Published:` line, a dateline, a bare date), else a byline ("Posted by … on 19 Sep 2016"),
// else an `Updated:` line. Never invented: no date found means null, and an impossible date
// (2020-13-45) is reported, not rolled over.
import { DateTime } from "luxon";
import { type DateLine, type Draft, report } from "../draft.ts";

const FORMATS = ["yyyy-M-d", "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy"];

/** Parses a written date to YYYY-MM-DD, or null when it is not a real calendar date. */
export function parseDate(value: string): string | null {
  const v = value
    .trim()
    .replace(/^(\d{4}-\d{1,2}-\d{1,2})[T ].*$/, "$1")
    // "3rd" → "3", "Mar." → "Mar", "Sept" → "Sep", "March 3, 2017" → "March 3 2017".
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, "$1")
    .replace(/(\p{L})\./gu, "$1")
    .replace(/\bsept\b/i, "Sep")
    .replace(/[\s,]+/g, " ");
  for (const f of FORMATS) {
    const d = DateTime.fromFormat(v, f, { locale: "en", zone: "utc" });
    if (d.isValid) return d.toISODate();
  }
  return null;
}

export function dates(draft: Draft): Draft {
  const fmDate = draft.frontMatter.date;
  if (fmDate !== undefined) {
    const date = parseDate(fmDate);
    if (date) return { ...draft, date, dateOrigin: "front-matter" };
    const line = draft.raw.split("\n").findIndex((l) => /^date\s*:/.test(l)) + 1;
    report(draft, "dates", "error", `impossible date "${fmDate}" in front matter (expected YYYY-MM-DD)`, line || 1);
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
