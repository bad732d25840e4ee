// Firms named by two capitalised runs joined by a spaced "&" ("Marks & Spencer", "Edward D. Jones & Co.",
// "the Food & Agriculture Organisation"): one organisation, not two people or places. Read once per text
// after the runs (`name-runs.ts`); people skip these runs and the entities stage makes each one organisation.
import { CUE_VERBS } from "../lexicon/cues.ts";
import { GIVEN_NAMES } from "../lexicon/given-names.ts";
import { FIRM_PARTNERS, INSTITUTION_HEADS, ORG_HEADS } from "../lexicon/orgs.ts";
import { COUNTRY_NAMES, DEMONYMS, PLACES } from "../lexicon/places.ts";
import { TITLE_HEADS } from "../lexicon/titles.ts";
import { COMMON_WORDS, WORK_NOUNS } from "../lexicon/words.ts";
import { quotedAlone } from "./name-context.ts";
import { CALENDAR } from "./name-words.ts";
import type { Token } from "./tokens.ts";

/** A firm's name across "&": the indices of its first and last token in `Analysis.tokens`. */
export interface TokenRange {
  from: number;
  to: number;
  /** The name ends in its last token's "'s", which is no possessive ("Standard & Poor's said"). */
  withS: boolean;
}

/** The runs as `name-runs.ts` marks them (its `Run`, named here by shape so that the two modules import one way). */
interface RunLike {
  from: number;
  to: number;
  caps: boolean;
  headline: boolean;
}

/** Most words on either side of the "&": longer runs are names of their own ("Ann Kerr Jo Blum & …"). */
const MOST_WORDS = 4;

/**
 * The firms' names across a spaced "&" in a text, in order. Two runs of at most four words each, in one
 * sentence and in neither a headline nor capitals, name one firm when the second ends in a firm's or an
 * institution's word ("& Co.", "& Sons", "General Trust", "Agriculture Organisation"), or when each is one
 * word that reads as a name (`namePair`): "Marks & Spencer", "Johnson & Johnson", "Standard & Poor's".
 * A leading "The" is left out; so is a word opening the sentence that the text also writes in lower case
 * ("Insurer Marsh & McLennan"). Two people ("Ann Kerr & Jo Blum"), two given names ("Jo & Ann"), two
 * places ("Russia & China"), two common words ("Comment & Share"), works' titles and lists' ends
 * (`titleAt`) are no firm.
 */
export function ampersandFirms(text: string, tokens: readonly Token[], runs: readonly RunLike[], lower: ReadonlySet<string>): TokenRange[] {
  const out: TokenRange[] = [];
  for (let r = 0; r + 1 < runs.length; r++) {
    const a = runs[r];
    const b = runs[r + 1];
    if (!a || !b || a.caps || b.caps || a.headline || b.headline) continue;
    const left = tokens[a.to];
    const right = tokens[b.from];
    const end = tokens[b.to];
    // Most runs have no "&" after them: look at the one character before building the gap.
    if (!left || !right || !end || text.charCodeAt(left.outer + 1) !== 38 || left.possessive || left.sentence !== right.sentence) continue;
    if (!AMPERSAND.test(text.slice(left.outer, right.start))) continue;
    let from = a.from;
    const opener = tokens[from];
    // "The Acme & Vale Group", "Insurer Marsh & Vale": a word opening the sentence that the text also writes in lower case is no part of it.
    if (from < a.to && opener && (/^the$/i.test(opener.text) || (opener.sentenceStart && seenLower(opener, lower)))) from++;
    if (a.to - from >= MOST_WORDS || b.to - b.from >= MOST_WORDS) continue;
    if (FIRM_PARTNERS.has(end.text) || ORG_HEADS.has(end.text) || INSTITUTION_HEADS.has(end.text)) {
      // "Politics & Government", "Religion & Society": a common word and a head is a section's label.
      if (from === a.to && b.from === b.to && seenLower(left, lower)) continue;
      out.push({ from, to: b.to, withS: false });
      continue;
    }
    // "Sully's Bar & Grill": after a name's possessive, the two words are part of a longer name.
    const owner = tokens[a.from - 1];
    if (b.from !== b.to || (owner?.possessive && owner.outer + 1 === tokens[a.from]?.start)) continue;
    if (from === a.to && namePair(tokens, a.to, b.from, lower) && !titleAt(text, tokens, from, b.to)) out.push({ from, to: b.to, withS: false });
  }
  return out.length ? withNamesInS(text, tokens, out) : out;
}

/**
 * Marks the firms whose name ends in "'s" (`withS`): every mention of a name whose last word is written
 * with "'s" when one of them stands before a verb of speech or a stop, where no possessive stands
 * ("Standard & Poor's said", "at Standard & Poor's."); "Johnson & Johnson's shares" alone is a possessive.
 */
function withNamesInS(text: string, tokens: readonly Token[], firms: TokenRange[]): TokenRange[] {
  const named = new Set<string>();
  const key = (f: TokenRange): string => text.slice(tokens[f.from]?.start ?? 0, tokens[f.to]?.end ?? 0);
  for (const f of firms) {
    const last = tokens[f.to];
    const next = tokens[f.to + 1];
    if (!last?.possessive) continue;
    const stop = /^[,.;:)]/.test(text.slice(last.outer, last.outer + 1));
    if (stop || (next && !next.cap && next.sentence === last.sentence && CUE_VERBS.has(next.text))) named.add(key(f));
  }
  if (named.size === 0) return firms;
  return firms.map((f) => (tokens[f.to]?.possessive && named.has(key(f)) ? { ...f, withS: true } : f));
}

/** A spaced "&" (or one between no-break spaces), all that stands between the two runs. */
const AMPERSAND = /^[ \u00a0]&[ \u00a0]$/;

/** A word the text also writes in lower case, or a common word. */
function seenLower(t: Token, lower: ReadonlySet<string>): boolean {
  const low = t.text.toLowerCase();
  return lower.has(low) || COMMON_WORDS.has(low);
}

/**
 * Whether the words at `i` and `j` read as one firm's two names: each of two letters or more and not
 * both in capitals ("ZIRP & QE"), neither a title ("Chairman & CEO"), a place or people's name
 * ("Russia & China", "French & German") nor a day or month; not both given names ("Jo & Ann") nor both
 * words the text writes in lower case ("Comment & Share", "Body & Soul"). A surname the text gives a given
 * name elsewhere ("Jo Tolliver … Tolliver & Acme") is left to the person's mention, which no firm holds.
 */
function namePair(tokens: readonly Token[], i: number, j: number, lower: ReadonlySet<string>): boolean {
  const a = tokens[i];
  const b = tokens[j];
  if (!a || !b || a.text.length < 2 || b.text.length < 2 || (a.upper && b.upper)) return false;
  for (const t of [a, b]) {
    const w = t.text;
    if (TITLE_HEADS.has(w) || PLACES.has(w) || COUNTRY_NAMES.has(w) || DEMONYMS.has(w) || CALENDAR.test(w)) return false;
  }
  if (GIVEN_NAMES.has(a.text) && GIVEN_NAMES.has(b.text)) return false;
  return !(seenLower(a, lower) && seenLower(b, lower));
}

/** A capitalised word, a comma and a space: an item of a list before ("Mind, Body & Soul"). */
const LIST_ITEM_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*, $/u;
/** What goes on after the next item of a list: a comma or "and" ("…, Marks & Spencer and Big Food"). */
const LIST_GOES_ON = /^(?:,|\s+(?:and|or)\s)/;
/** "of" and a capitalised word after: the name goes on ("The Life & Death of Jo Blum"). */
const GOES_ON_OF = /^\s+of\s+\p{Lu}/u;

/**
 * Whether the two words at tokens `from` and `to` name a work or close a list rather than a firm: written
 * alone in quotation marks ("“Tea & Crackers”"), a work's noun beside them ("the game Black & White"),
 * "of" and a name after ("The Life & Death of …"), or the last item of a list of names ("Mind, Body &
 * Soul reached …"; "…, Marks & Spencer and Big Food" goes on, and is a firm).
 */
function titleAt(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return true;
  if (quotedAlone(text, first.start, last.outer)) return true;
  const before = tokens[from - 1];
  const after = tokens[to + 1];
  if (before && !before.cap && WORK_NOUNS.has(before.text) && before.outer + 1 === first.start) return true;
  if (after && !after.cap && !last.possessive && WORK_NOUNS.has(after.text) && last.outer + 1 === after.start) return true;
  const rest = text.slice(last.outer, last.outer + 40);
  if (GOES_ON_OF.test(rest)) return true;
  return LIST_ITEM_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start)) && !LIST_GOES_ON.test(rest);
}
