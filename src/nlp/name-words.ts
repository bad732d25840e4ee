// Shapes of the words in and around a run of capitalised words: initials, given names, title words,
// words shaped like a surname, places, and what stands right after a name (", who", an age, "head of").
import { alternation, MONTHS, WEEKDAYS } from "../lexicon/calendar.ts";
import { CUE_VERBS, STANCE_VERBS } from "../lexicon/cues.ts";
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { ORG_WORDS } from "../lexicon/orgs.ts";
import { OUTLET_HEADS } from "../lexicon/outlets.ts";
import { DEMONYMS, PLACES } from "../lexicon/places.ts";
import { ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.ts";
import { COMMON_WORDS, NAME_PARTICLES, NAME_SUFFIXES, NOT_SURNAMES, PLURAL_NOUN } from "../lexicon/words.ts";
import type { Token } from "./tokens.ts";

export const SURNAME_SHAPE = /^(?:Mc|Mac|O['’]|Fitz)\p{Lu}/u;

export const APPOSITIVE =
  /^,\s+(?:(?:then|now|once|formerly)\s+(?=(?:the|a|an|its|his|her|their)\s))?(?:(?:the|a|an|its|his|her|their)\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+)?((?:[\p{L}-]+\s+){0,6}?[\p{L}-]+?)(?=\s+(?:to|who|which|at|in|on|for|from|since|and|of\s+(?:his|her|their))\b|\s*[,.;:()"“”]|$)/u;

export function isTitleWord(w: string): boolean {
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
}

export function isInitial(t: Token): boolean {
  return t.text.length === 1 && t.cap && t.dot;
}

/** A given name, weak or strong, or an initial: what may open a person's name. */
export function givenLike(t: Token): boolean {
  return GIVEN_NAMES.has(t.text) || WEAK_GIVEN_NAMES.has(t.text) || isInitial(t) || t.text.length === 1;
}

/** A day or month name as written in a name run: capitalised. */
export const CALENDAR = new RegExp(`^(?:${alternation([...WEEKDAYS, ...MONTHS].map((w) => w[0]?.toUpperCase() + w.slice(1)))})$`);

/** "I'd", "We're": a pronoun and a verb, no name. */
export const CONTRACTION = /['’](?:d|ll|ve|re|m|t)$/i;

/** A token as written, with the final period of a dotted abbreviation ("U.S" → "U.S."). */
export function dotted(t: Token): string {
  return t.dot && t.text.includes(".") ? `${t.text}.` : t.text;
}

/** Length in tokens of the longest place name starting at token `f` (0 when none). */
export function placeAt(tokens: Token[], f: number, t: number): number {
  let best = 0;
  let s = "";
  for (let i = f; i <= Math.min(t, f + 3); i++) {
    const tok = tokens[i];
    if (!tok) break;
    s = i === f ? dotted(tok) : `${s} ${dotted(tok)}`;
    if (PLACES.has(s) || (i === f && PLACES.has(tok.text))) best = i - f + 1;
  }
  return best;
}

/** Only spaces between two tokens of one sentence. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return a.sentence === b.sentence && /^\s+$/.test(text.slice(a.outer, b.start));
}

/** What only a person's name is followed by: ", who", an age (", 45,", " (45)"), ", aged". */
export function whoOrAgeAfter(after: string): boolean {
  return /^,\s+who\b/.test(after) || /^,?\s+\(?\d{2}\)?,?\s/.test(after) || /^,\s+aged\s/.test(after);
}

/** A lower-case noun or its plural in `nouns`: "developer", "developers". */
export const nounOrPlural = (nouns: ReadonlySet<string>, low: string): boolean => nouns.has(low) || (low.endsWith("s") && nouns.has(low.slice(0, -1)));

/** The head of an appositive: its last noun before a preposition ("director" in "executive director of Acme Now"). */
export function headOf(phrase: string): string {
  const m = HEAD_END.exec(phrase);
  const before = m ? phrase.slice(0, m.index) : phrase;
  return before.slice(before.lastIndexOf(" ") + 1);
}

const HEAD_END = /\s+(?:of|with|at|by|under|behind|inside|within|near)\s/;

/** Words after a given name that read as the rest of a name: middle names, initials, particles, surnames. */
export function restLikeName(tokens: Token[], from: number, to: number, lower: ReadonlySet<string>): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t || !(surnameLike(t, lower) || GIVEN_NAMES.has(t.text) || isInitial(t) || (i < to && (NAME_PARTICLES.has(t.text) || (t.cap && t.text.length === 1))))) return false;
  }
  return true;
}

export function surnameLike(t: Token | undefined, lower: ReadonlySet<string>): boolean {
  if (!t || !t.cap || t.upper || t.text.length < 2 || isInitial(t) || CONTRACTION.test(t.text)) return false;
  const w = t.text;
  const low = w.toLowerCase();
  if (COMMON_WORDS.has(low) || lower.has(low) || CUE_VERBS.has(low) || STANCE_VERBS.has(low)) return false;
  if (isTitleWord(w) || ROLE_NOUNS.has(low) || PLACES.has(w) || DEMONYMS.has(w) || ORG_WORDS.has(w) || OUTLET_HEADS.has(w)) return false;
  return !(NOT_SURNAMES.has(w) || PLURAL_NOUN.test(w) || CALENDAR.test(w) || NAME_SUFFIXES.has(w));
}
