// Date lines opening an article's body, as scrapers leave them: `date 2020-02-07 …`, `Published:` and
// `Updated:` lines, a dateline (`LONDON 1996-08-30`, `WASHINGTON, March 3, 2017 –`, `Halden, May 3, 2017 |`) and a bare date
// line (`March 3, 2017`). Read by the segment stage, which removes them from the text (a dateline's place stays);
// `openingPlace` finds a dateline's place in capitals where segment left it, for the entities stage.
import type { DateLine } from "../draft.ts";
import { alternation, MONTH_WORDS, WEEKDAY_WORDS } from "../lexicon/calendar.ts";
import { FUNCTION_WORDS } from "../lexicon/words.ts";
import { FOREIGN_MONTH_WORDS } from "./parse-date.ts";

// Each pattern captures the date as written (no weekday, no time) and what follows it.
/** "march|March|MARCH|…": the calendar words in the cases a date writes them (for patterns without /i). */
const anyCase = (words: readonly string[]): string => alternation(words.flatMap((w) => [w, `${w.charAt(0).toUpperCase()}${w.slice(1)}`, w.toUpperCase()]));
/** A month's name: English, or French, German, Spanish, Italian or Portuguese ("3 mars 2021", "3. März 2021"). */
const MONTH = `(?:${anyCase([...MONTH_WORDS, ...FOREIGN_MONTH_WORDS])})\\.?`;
/**
 * A date: "1996-08-30", "3 March 2017", "March 3, 2017", "Mar. 3rd 2017", "03/25/2021", "25.03.2021", "03-25-2021",
 * "1er mai 2020", "3. März 2021", "3 de marzo de 2021"; `month` is the month's pattern.
 */
const dateOf = (month: string): string =>
  `\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\/\\d{1,2}\\/\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?${month},?\\s+(?:de\\s+)?\\d{4}|${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`;
/** "Friday, " or "Fri " before the date. */
const WEEKDAY = `(?:(?:${anyCase(WEEKDAY_WORDS)})\\.?,?\\s+)?`;
/** A time after the date, read past: "T10:32:00Z", ", 14:05 GMT", " / 04:26 am", " - 10:45 PM", " at 5 p.m. EST". */
const TIME =
  "(?:T\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?|\\s*(?:[,/|·–—-]|at)?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[aApP]\\.?[mM]\\.?)?|\\d{1,2}(?:\\.\\d{2})?\\s*[aApP]\\.?[mM]\\.?)" +
  "(?:\\s*(?:UTC|GMT|BST|CES?T|EST|EDT|CDT|CST|MDT|MST|PDT|PST|AEST|AEDT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)?(?![\\p{L}\\p{N}])";
/** What may separate a date from the text after it. */
const AFTER = "([\\s,.:;|·/–—-]*)";
/** `date 2020-02-07 …`, `Published: 7 February 2020`, `Last updated 1 May 2019`: any month word (an impossible date is reported). */
const WORD_DATE = new RegExp(`^\\s*(?:((?:last\\s+)?(?:updated|modified)(?:\\s+on)?)|date|dated|(?:first\\s+)?published(?:\\s+on)?|posted(?:\\s+on)?)\\s*:?\\s*${WEEKDAY}(${dateOf("\\p{L}+\\.?")})${TIME}${AFTER}`, "iu");
/** "by Jo Bloggs" to the end of its line after a `Posted on …` date: a byline, with the white space after it. */
const BYLINE_AFTER = /^by\s+[^\n.!?]{1,60}(?:\n\s*|$)/iu;
/** A dateline, Reuters style: a place in capitals (with a region: "MILWAUKEE, Wisconsin"), an optional comma, a date. */
const PLACE_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]*";
const REGION_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const DATELINE = new RegExp(`^\\s*(${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}(?:,\\s+${REGION_WORD}(?:\\s+${REGION_WORD}){0,2})?),?\\s+${WEEKDAY}(${dateOf(MONTH)})${TIME}${AFTER}`, "u");
/**
 * A dateline in any case: a short run of capitalised words that names no weekday, month or function
 * word ("Vatican City", "Detroit, Michigan"), a comma, a date, and then a separator ("/", a dash,
 * "|", "(", ":"), before or after a time: "Vatican City, Jan 24, 2018 / 03:12 pm (CNA).- …". The
 * separator keeps a sentence opening with a place out ("In Halden, Jan. 5, 2017 was a cold day").
 */
const NOT_PLACE_WORD = `(?!(?:${anyCase([...FUNCTION_WORDS, ...MONTH_WORDS, ...WEEKDAY_WORDS])})(?![\\p{L}\\p{M}]))`;
const CASED_WORD = `${NOT_PLACE_WORD}${REGION_WORD}`;
const CASED_PLACE = `${CASED_WORD}(?:\\s+(?:(?:de|da|do|del|la|le|of|am|upon|sur)\\s+)?${CASED_WORD}){0,3}(?:,\\s+${CASED_WORD}(?:\\s+${CASED_WORD}){0,2})?`;
const SEPARATOR = "[/|(:–—―-]";
const CASED_DATELINE = new RegExp(`^\\s*(${CASED_PLACE}),\\s+${WEEKDAY}(${dateOf(MONTH)})(?=${TIME}\\s*${SEPARATOR})${TIME}${AFTER}`, "u");
/** A date alone, or before text: "March 3, 2017", "3 March 2017 – The …". */
const BARE_DATE = new RegExp(`^\\s*${WEEKDAY}(${dateOf(MONTH)})${TIME}${AFTER}`, "u");

interface DateAtStart {
  date: string;
  updated: boolean;
  /**
   * A dateline's place ("LONDON") and where it starts, and the separator joining the text after the
   * date to it: a dash, bar, slash or colon ("LONDON - The …"), or "(" for text opening with a bracket ("Vatican City (Agency) …").
   */
  place: { text: string; at: number; join: string | null } | null;
  /** Where the text after the date line starts. */
  restAt: number;
}

/** The date line at the start of `text`, if it opens with one. */
function dateAtStart(text: string): DateAtStart | null {
  const restAt = (m: RegExpExecArray): number => m[0].length + (/^\s*/.exec(text.slice(m[0].length))?.[0].length ?? 0);
  const w = WORD_DATE.exec(text);
  if (w?.[2]) {
    // "Posted on 5 June 2022 by Jo Bloggs": the byline after the date goes with the date line.
    const at = restAt(w);
    const byline = BYLINE_AFTER.exec(text.slice(at));
    return { date: w[2], updated: w[1] !== undefined, place: null, restAt: byline ? at + byline[0].length : at };
  }
  const d = DATELINE.exec(text) ?? CASED_DATELINE.exec(text);
  const m = d ?? BARE_DATE.exec(text);
  const [place, date, after] = d ? [d[1], d[2], d[3]] : [undefined, m?.[1], m?.[2]];
  if (!m || !date) return null;
  // "March 3, 2017 was a cold day" is a sentence, not a date line.
  if (/^\p{Ll}/u.test(text.slice(restAt(m)))) return null;
  const at = /^\s*/.exec(text)?.[0].length ?? 0;
  const join = /[:|/–—―-]/.exec(after ?? "")?.[0] ?? (text.charAt(restAt(m)) === "(" ? "(" : null);
  return { date, updated: false, place: place ? { text: place, at, join } : null, restAt: restAt(m) };
}

/** "by Jo Bloggs" after a labelled date opening `line` ("Posted on 5 June 2022 by Jo Bloggs"), to the end of its line; null when none. */
export function bylineAfterDate(line: string): string | null {
  const w = WORD_DATE.exec(line);
  if (!w?.[2]) return null;
  const rest = line.slice(w[0].length).trimStart();
  return BYLINE_AFTER.test(rest) ? (rest.split("\n")[0] ?? "").trim() : null;
}

/** Whether a line opens with a labelled date (`date 2020-02-07 …`, `posted on …`): never the wrapped end of the line before it. */
export function opensWithDateLabel(line: string): boolean {
  return WORD_DATE.test(line);
}

/** A place in capitals, one to three words: "LONDON", "NEW YORK", "ST. LOUIS". */
const CAPS_PLACE = `${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}`;
/** ", N.J.", ", New Hampshire", ", Burma" after the place. */
const REGION = `,\\s+${REGION_WORD}(?:\\s+${REGION_WORD}){0,2}`;
/** "LONDON - The …", "WASHINGTON (Reuters) - …", "BEDMINSTER, N.J. — …", "VANCOUVER—The …" (a hyphen needs a space beside it: not "UK-based"). */
const DASHED_PLACE = new RegExp(`^\\s*(${CAPS_PLACE})(${REGION})?\\s*(\\([^()]{1,40}\\)\\s*)?(?:\\s[–—―-]|[–—―]|-\\s)\\s*(?=\\S)`, "u");
/** "NEW YORK, Jan 5 - …": a day without a year, which segment leaves in the text. */
const MONTH_DAY_PLACE = new RegExp(`^\\s*(${CAPS_PLACE})(${REGION})?,\\s+${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])`, "u");
/** A block holding only the place ("LONDON", "MILWAUKEE, Wisconsin"): segment put it there when it read the date after it. */
const PLACE_ALONE = new RegExp(`^\\s*(${CAPS_PLACE})(${REGION})?\\s*$`, "u");

/** A dateline's place in capitals opening a block of the record text, and what else marks the line as a dateline. */
export interface OpeningPlace {
  /** The place as written ("NEW YORK"), without its region, and where it starts in the block. */
  text: string;
  at: number;
  /** A region (", N.J."), an agency in brackets ("(Reuters)") or a date ("Jan 5", or one segment read) goes with it. */
  marked: boolean;
}

/**
 * The dateline's place in capitals opening `block` (a block of the record text), as segment leaves it:
 * before a dash ("LONDON - The …", "WASHINGTON (AP) — …") when prose follows, two words or more in
 * lower case ("CRICKET - LEICESTERSHIRE WIN", "PRESS DIGEST - Indonesian newspapers" are headlines),
 * before a day ("NEW YORK, Jan 5 - …"), or alone in the block. `datedLine` is the line of the file a
 * date was read from: when it is a dateline ("LONDON 1996-08-30"), only a block opening with its place
 * is the dateline's, and a place alone in its block is one only then.
 */
export function openingPlace(block: string, datedLine: string | null): OpeningPlace | null {
  const place = (m: RegExpExecArray, marked: boolean): OpeningPlace | null => {
    const text = m[1] ?? "";
    // At least two letters: not an initial.
    if ((text.match(/\p{Lu}/gu) ?? []).length < 2) return null;
    return { text, at: m[0].indexOf(text), marked };
  };
  const dated = datedLine ? DATELINE.exec(datedLine)?.[1] : undefined;
  if (dated !== undefined && !block.trimStart().startsWith(dated)) return null;
  const d = DASHED_PLACE.exec(block);
  if (d) {
    const prose = (block.slice(d[0].length, d[0].length + 100).match(/(?:^|\s)\p{Ll}/gu) ?? []).length >= 2;
    return prose ? place(d, dated !== undefined || d[2] !== undefined || d[3] !== undefined) : null;
  }
  const m = MONTH_DAY_PLACE.exec(block);
  if (m) return place(m, true);
  const a = dated === undefined ? null : PLACE_ALONE.exec(block);
  return a ? place(a, true) : null;
}

/** A block of the body as segment reads it: its text and its line in the file. */
interface TextBlock {
  text: string;
  line: number;
}

/** How the blocks are read and cut: segment's, so that a Markdown block's marks follow its text. */
export interface BlockCut<B extends TextBlock> {
  /** Whether a block may hold a date line (a top-level paragraph or heading, not a list item or quote). */
  eligible(b: B): boolean;
  /** The block's text from `from` to `to`, after `lead`. */
  part(b: B, from: number, to: number, lead: string): B;
}

export interface DateLines<B extends TextBlock> {
  /** The blocks without the date lines. */
  raws: B[];
  published: DateLine | null;
  updated: DateLine | null;
  /** A dateline's place left alone ("LONDON"): kept out of `raws` while the title is found, then put back before raws[at]. */
  place: { block: B; at: number } | null;
}

/**
 * Reads and removes the date lines among the first blocks (before or after a title and a byline):
 * the first published date (a `date`/`Published:` line, a dateline, a bare date) and the first
 * `Updated:` date. A dateline's place stays in the text.
 */
export function readDateLines<B extends TextBlock>(blocks: B[], cut: BlockCut<B>): DateLines<B> {
  let raws = blocks;
  let published: DateLine | null = null;
  let updated: DateLine | null = null;
  let place: DateLines<B>["place"] = null;
  const replace = (i: number, block: B): B[] => raws.map((x, k) => (k === i ? block : x));
  for (let i = 0, skipped = 0; i < raws.length; ) {
    const b = raws[i];
    if (!b) break;
    // Where the text after the date lines read so far starts, and a dateline's place (offsets into b.text).
    let at = 0;
    let lead: { from: number; to: number; join: string | null } | null = null;
    for (let d = cut.eligible(b) ? dateAtStart(b.text) : null; d; d = lead ? null : dateAtStart(b.text.slice(at))) {
      if (d.updated) updated ??= { text: d.date, line: b.line };
      else published ??= { text: d.date, line: b.line };
      if (d.place) lead = { from: at + d.place.at, to: at + d.place.at + d.place.text.length, join: d.place.join };
      at += d.restAt;
    }
    if (at === 0) {
      // The first date line comes within three blocks, and the date lines end at the first other block.
      if (published || updated || ++skipped >= 3) break;
      i++;
      continue;
    }
    const rest = at < b.text.length;
    const leadText = lead ? b.text.slice(lead.from, lead.to) : "";
    if (lead && rest && lead.join) {
      raws = replace(i, cut.part(b, at, b.text.length, `${leadText}${lead.join === ":" ? ":" : lead.join === "(" ? "" : ` ${lead.join}`} `));
      break;
    }
    if (lead && !place) place = { block: cut.part(b, lead.from, lead.to, ""), at: i };
    else if (lead) {
      raws = replace(i, cut.part(b, at, b.text.length, rest ? `${leadText} ` : leadText));
      break;
    }
    if (rest) {
      raws = replace(i, cut.part(b, at, b.text.length, ""));
      break;
    }
    raws = raws.filter((_, k) => k !== i);
  }
  return { raws, published, updated, place };
}
