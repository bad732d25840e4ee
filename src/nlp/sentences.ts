// Sentence boundaries with offsets. Written by hand because the npm splitters either drop offsets
// or are far too slow for 100k articles; this one is a single regex pass plus an abbreviation check.
import type { Span } from "../types.ts";

/** Words that end in a period without ending a sentence. General English and news usage. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
  "st", "jr", "sr", "rev", "hon", "pres", "supt", "det", "insp", "cpl", "pvt", "fr", "messrs", "mme", "mlle",
  "inc", "corp", "ltd", "co", "plc", "bros", "dept", "univ", "assn", "est", "approx", "vs", "v", "etc", "al",
  "no", "nos", "vol", "pp", "fig", "ed", "eds", "op", "cit", "ibid", "cf", "viz",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "ft", "mt", "ave", "blvd", "rd", "hwy", "mph", "km", "kg", "lb", "lbs", "oz", "sq",
  "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "e.g", "i.e", "d.c", "u.s.a",
]);

/** A bracketed agency and the dash after it, at the start of the text that follows a dateline's place. */
const AGENCY_DASH = /^\([\p{Lu}][\p{L} .&-]{0,30}\)\s*[-–—]/u;

// A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
const CANDIDATE = /([.!?…]+)(["'”’)\]]*)(\s+)/g;

/** Splits `text` into sentence spans (offsets relative to `text`, shifted by `base`). */
export function splitSentences(text: string, base = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const next = text.charAt(end + (m[3]?.length ?? 0));
    if (!/[\p{Lu}\p{N}"'“‘(\[]/u.test(next)) continue;
    // "ORLANDO, Fla. (AP) —": an agency in brackets before a dash still belongs to the dateline.
    if (next === "(" && AGENCY_DASH.test(text.slice(end + (m[3]?.length ?? 0), end + 48))) continue;
    if (m[1] === "." && !m[2] && isAbbreviation(text, m.index) && !endsAfterAbbreviation(text, m.index, end + (m[3]?.length ?? 0))) continue;
    pushCapped(spans, text, start, end, base);
    start = end + (m[3]?.length ?? 0);
  }
  const tail = text.slice(start).trimEnd();
  if (tail.length) pushCapped(spans, text, start, start + tail.length, base);
  return spans;
}

/**
 * The longest sentence kept whole, in characters. News sentences stay well under it (the longest in
 * the development corpora, a list of names, is under 1,100); text with no sentence ends (a list, a
 * table or a page run together) would otherwise be one "sentence" whose every cue's claim runs to
 * its end, so that the work and the record grow with the square of its length.
 */
export const MAX_SENTENCE = 2_000;

/** Pushes text[start, end) as one sentence, or as pieces of at most MAX_SENTENCE cut after a clause mark or a space. */
function pushCapped(spans: Span[], text: string, start: number, end: number, base: number): void {
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start + MAX_SENTENCE / 2, start + MAX_SENTENCE);
    const clause = /^.*[;,:)](?=\s)/su.exec(window)?.[0].length;
    const space = window.lastIndexOf(" ");
    const cut = start + MAX_SENTENCE / 2 + (clause ?? (space > 0 ? space : window.length));
    spans.push({ start: base + start, end: base + cut });
    start = cut;
    while (start < end && /\s/u.test(text.charAt(start))) start++;
  }
  if (end > start) spans.push({ start: base + start, end: base + end });
}

/** Words that open a sentence and never follow an abbreviation inside one: "… in the U.S. The firm …". */
const OPENERS = /^(?:The|He|She|It|They|We|I|But|A|An|This|That|These|Those|There|His|Her|Their|Its|However|Meanwhile)\b/;

/** A US state or district written with dots after a comma, before the final dot: ", N.J", ", D.C" (not initials: ", J.J. Blum"). */
const DOTTED_STATE = /,\s(?:N\.[JYHMCD]|S\.[CD]|R\.I|D\.C|W\.Va)$/;

/**
 * An abbreviation that still ends its sentence: before a sentence opener ("sold in the U.S. The
 * firm …"), or a dotted place after a comma before a capitalised word ("in Newark, N.J. Jo Blum said").
 */
function endsAfterAbbreviation(text: string, dot: number, next: number): boolean {
  if (OPENERS.test(text.slice(next, next + 12))) return true;
  return DOTTED_STATE.test(text.slice(Math.max(0, dot - 12), dot)) && /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2));
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  if (!before) return false;
  // A single capital letter is an initial ("Robert C. O'Brien"), as are dotted runs ("U.S.").
  if (/^\p{Lu}$/u.test(before)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return true;
  return ABBREVIATIONS.has(before.toLowerCase());
}
