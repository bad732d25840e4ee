// Labels for dates and short text. Dates are written in the archive's language (luxon with Node's
// built-in ICU data) and read as calendar days in UTC, so a date never shifts by a day; no clock is read.
// A body block's plain text, as the search record, the description and the feeds read it.
import { DateTime } from "luxon";
import type { BodyBlock, Inline } from "./model.ts";

const day = (iso: string, locale: string): DateTime => DateTime.fromISO(iso, { zone: "utc", locale });

/** Labels made so far, by locale and date: a build labels the same few thousand days again and again. */
const labels = new Map<string, string>();

/** "2020-02-07" → "7 February 2020" ("7 février 2020" in French); null → "Undated". */
export function dateLabel(date: string | null, locale = "en"): string {
  if (!date) return "Undated";
  const key = `${locale}\0${date}`;
  let label = labels.get(key);
  if (label === undefined) {
    const d = day(date, locale);
    labels.set(key, (label = d.isValid ? d.toFormat("d MMMM yyyy") : date));
  }
  return label;
}

/** "2020-02" → "February 2020". */
export function monthLabel(yearMonth: string, locale = "en"): string {
  const d = day(yearMonth, locale);
  return d.isValid ? d.toFormat("LLLL yyyy") : yearMonth;
}

/** "02" → "Feb". */
export function shortMonth(mm: string, locale = "en"): string {
  const d = day(`2000-${mm}`, locale);
  return d.isValid ? d.toFormat("LLL") : mm;
}

/** Midnight at the start of a calendar day in the archive's time zone, as an RFC 3339 timestamp (feeds). */
export function dayStart(date: string, timezone = "UTC"): string {
  const d = DateTime.fromISO(date, { zone: timezone });
  return d.isValid ? (d.toISO({ suppressMilliseconds: true }) ?? `${date}T00:00:00Z`) : `${date}T00:00:00Z`;
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  // Only the start of a long text can appear: normalise a prefix that still gives more than `max`
  // characters (whitespace runs shrink to one space), not the whole article.
  const head = text.length > 4 * max + 16 ? text.slice(0, 4 * max + 16).replace(/\s+/g, " ").trim() : "";
  const clean = head.length > max + 1 ? head : text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/**
 * A body block's text as the page shows it, for the search record, the description and the feeds:
 * its runs' text, an image (a run with no text) standing for its alt text, kept apart by a space
 * from a word glued to it.
 */
export function blockText(block: BodyBlock): string {
  let out = "";
  let apart = false;
  for (const p of block.fragments.flatMap((f) => f.parts)) {
    const alt = p.img?.alt.trim();
    const text = alt || p.text;
    if (!text) continue;
    if ((alt || apart) && /[\p{L}\p{N}]$/u.test(out) && /^[\p{L}\p{N}]/u.test(text)) out += " ";
    out += text;
    apart = !!alt;
  }
  return out;
}

/**
 * The start of an article's prose as its page shows it (blockText of each paragraph), cut at a word
 * within `max` characters (truncate): the page's description and the feeds' summary. Headings,
 * code, table cells, rules, a paragraph of images only (a figure; an image within a sentence is
 * its alt text there) and the caption after one (a paragraph all in emphasis) are left out, so they never run into the sentences; an article with
 * no such prose gives the text of all but its code.
 */
export function shownText(blocks: readonly BodyBlock[], max: number): string {
  // Enough of the text for truncate() to cut at a word.
  const read = 4 * max + 16;
  const join = (keep: (b: BodyBlock, i: number) => boolean): string => {
    let text = "";
    for (const [i, b] of blocks.entries()) {
      if (!keep(b, i)) continue;
      const t = blockText(b);
      if (t) text += `${text ? " " : ""}${t}`;
      if (text.length > read) break;
    }
    return text;
  };
  const parts = (b: BodyBlock | undefined): Inline[] => b?.fragments.flatMap((f) => f.parts) ?? [];
  const figure = (b: BodyBlock | undefined): boolean => b?.tag === "p" && parts(b).some((p) => p.img) && parts(b).every((p) => p.img || !p.text.trim());
  const caption = (b: BodyBlock, i: number): boolean => figure(blocks[i - 1]) && parts(b).every((p) => p.em || p.strong || !p.text.trim());
  const prose = join((b, i) => b.tag === "p" && !figure(b) && !caption(b, i));
  return truncate(prose || join((b) => b.tag !== "pre"), max);
}
