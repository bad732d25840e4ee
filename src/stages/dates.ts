// Stage "dates": the article's date from front matter, else the inline prefix, else a byline
// ("Posted by … on 19 Sep 2016"). Never invented:
// no date found means null, and an impossible date (2020-13-45) is reported, not rolled over.
import { DateTime } from "luxon";
import { type Draft, report } from "../draft.ts";

const FORMATS = ["yyyy-M-d", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy"];

/** Parses a written date to YYYY-MM-DD, or null when it is not a real calendar date. */
export function parseDate(value: string): string | null {
  const v = value.trim().replace(/^(\d{4}-\d{1,2}-\d{1,2})[T ].*$/, "$1").replace(/\s+/g, " ");
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
  if (draft.datePrefix) {
    const date = parseDate(draft.datePrefix);
    if (date) return { ...draft, date, dateOrigin: "inline-prefix" };
    report(draft, "dates", "warning", `impossible date "${draft.datePrefix}" at the start of the text: article left undated`, prefixLine(draft, draft.datePrefix));
  }
  const byline = draft.bylineDate ? parseDate(draft.bylineDate) : null;
  if (byline) return { ...draft, date: byline, dateOrigin: "text" };
  return { ...draft, date: null, dateOrigin: null };
}

/** The file line the date prefix was read from: it opens the body or the line after the title. */
function prefixLine(draft: Draft, prefix: string): number | undefined {
  const opening = /^\W*(?:date|dated|published|posted(?: on)?)\W*$/i;
  const at = (l: { text: string }): number => l.text.indexOf(prefix);
  const found = draft.lines.find((l) => at(l) >= 0 && opening.test(l.text.slice(0, at(l)))) ?? draft.lines.find((l) => at(l) >= 0);
  return (found ?? draft.lines[0])?.line;
}
