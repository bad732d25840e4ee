// Runs of capitalised words ("US Secretary of State Mike Pompeo", "Robert C. O’Brien"): the
// candidates for people, organisations and places, with the title-case headlines they sit in.
// Computed once per text and shared by stages.
import { CUE_VERBS, STANCE_VERBS } from "../lexicon/cues.ts";
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { FIELD_WORDS, INSTITUTION_HEADS, ORG_WORDS } from "../lexicon/orgs.ts";
import { DEMONYMS, PLACE_HEADS, PLACES } from "../lexicon/places.ts";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.ts";
import { COMMON_WORDS, FUNCTION_WORDS, NAME_PARTICLES } from "../lexicon/words.ts";
import type { Body } from "../types.ts";
import { ampersandFirms, type TokenRange } from "./ampersand-firms.ts";
import { atLineStart } from "./chars.ts";
import { type Token, tokenize } from "./tokens.ts";

export interface Run {
  /** Index of the first and last token (inclusive) in `Analysis.tokens`. */
  from: number;
  to: number;
  /** Written in an all-capitals block (headline, dateline). */
  caps: boolean;
  /**
   * In a sentence written in title case ("Mara Quinlan Asked Voters Everywhere To …"), where capitals
   * do not mark names: read for names known from the prose and plain given name + surname pairs.
   */
  headline: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  runs: Run[];
  /** Every word the text writes in lower case at least once. */
  lower: Set<string>;
  /** Firms named across a spaced "&" ("Marks & Spencer"), each over whole runs: no people's names. */
  firms: TokenRange[];
}

/** Abbreviations whose period does not end a name run: "Mr. Smith", "Gen. Lebed", "St. Louis". */
const DOTTED = new Set(["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "St", "Jr", "Sr", "Rev", "Hon", "Fr", "Mt", "Ft", "Supt", "Insp", "Det", "Messrs"]);
const JOINERS = new Set(["of", "for"]);
/** "of" continues a run only after a title or institution word: "Secretary of State", "Bank of England". */
const JOIN_BEFORE_OF: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS, ...ORG_WORDS, ...PLACE_HEADS, "Gulf", "Duchy", "Isle", "Cape", "Strait", "Straits"]);

let cache: Analysis | null = null;

/** Tokens and capitalised runs of a record text (the last result is kept for the next stage). */
export function analyse(text: string, body: Body): Analysis {
  if (cache && cache.text === text) return cache;
  const tokens = dropNicknames(text, unmarkInterviewTurns(text, unglueSuffixes(text, unprefixTitles(text, tokenize(text, body)))));
  const lower = new Set<string>();
  for (const t of tokens) if (!t.cap && !t.number) lower.add(t.text);
  const runs = findRuns(text, tokens);
  markHeadlines(text, tokens, runs, lower);
  markTurnLabels(text, tokens, runs);
  cache = { text, tokens, runs, lower, firms: ampersandFirms(text, tokens, runs, lower) };
  return cache;
}

/** A time or status prefix glued to a title: "then-Secretary", "ex-President", "former-Governor". */
const TITLE_PREFIX = /^(?:then|ex|former)-(?=\p{Lu})/iu;

/**
 * Drops the prefix of a capitalised title glued to one ("then-Secretary of State Jo Blum", "ex-President
 * Jo Blum"), as the separate word "then" or "former" is dropped: the title then opens the name's run.
 * The rest must be a title head, or a title modifier before a capitalised word ("then-Vice President").
 */
function unprefixTitles(text: string, tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.text.indexOf("-") < 2) continue;
    const m = TITLE_PREFIX.exec(t.text);
    if (!m) continue;
    const rest = t.text.slice(m[0].length);
    const next = tokens[i + 1];
    const title = TITLE_HEADS.has(rest) || (TITLE_MODIFIERS.has(rest) && !!next && next.cap && text.slice(t.outer, next.start) === " ");
    if (title) tokens[i] = { ...t, text: rest, start: t.start + m[0].length, cap: true, upper: rest.length > 1 && rest === rest.toUpperCase() };
  }
  return tokens;
}

/**
 * A capitalised word with an English modifier glued on by a hyphen: "Blum-era", "Quinlan-backed",
 * "Lund-style", "Acme-leaning", "Leeds-area". A romanised given name's syllables are left alone
 * ("Kim Jong-un", "Ban Ki-moon", "Wang Chien-ming"), and so is a particle ("Ross-van Dorp").
 */
const GLUED_SUFFIX = /^(\p{Lu}[\p{L}'’]*)-(\p{Ll}{2,}ed|\p{Ll}{3,}ing|era|style|esque|like|type|wide|free|friendly|proof|area|language|run|led)$/u;

/**
 * "the Jo Blum-era rules", "the Mara Quinlan-backed plan", "San Lucas-based Acme": a modifier glued
 * to a name's last word is no part of the name. The word ends before the hyphen, and the modifier
 * becomes a lower-case word of its own, which ends the run ("based" then opens no name). Only after
 * another capitalised word: alone, "Anti-war" or "Self-driving" opening a sentence names nothing.
 */
function unglueSuffixes(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const glued = !!prev && t.cap && prev.cap && !t.possessive && t.text.indexOf("-") > 0 && prev.sentence === t.sentence && text.slice(prev.outer, t.start) === " ";
    const m = glued ? GLUED_SUFFIX.exec(t.text) : null;
    if (!m?.[1] || !m[2]) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const end = t.start + m[1].length;
    out.push({ ...t, text: m[1], end, outer: end, dot: false, upper: m[1].length > 1 && m[1] === m[1].toUpperCase() });
    out.push({ ...t, text: m[2], start: end + 1, sentenceStart: false, cap: false, upper: false });
  }
  return out ?? tokens;
}

/**
 * A nickname in quotation marks or brackets between a given name and a surname, with the spaces
 * around it: ` "Hands of Stone" `, ` ‘El Chapo’ `, ` (Leo) `. Up to four words, capitalised or particles.
 */
const NICKNAME_GAP = /^ (?:"[^"“”\n]{1,40}"|“[^"“”\n]{1,40}”|‘[^‘’\n]{1,40}’|'[^'\n]{1,40}'|\([^()\n]{1,30}\)) $/u;

const NICKNAME_WORDS = /^["“‘'(](?:(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|de|del|la|el|le|da|di|van|von)(?: |(?=["”’')]$))){1,4}["”’')]$/u;

/** A name with its nickname taken out ("Roberto Duran"), and the nickname ("Hands of Stone"); null without one. */
export function splitNickname(name: string): { plain: string; nickname: string } | null {
  const m = NICKNAME_IN_NAME.exec(name);
  if (!m?.[1]) return null;
  return { plain: `${name.slice(0, m.index)} ${name.slice(m.index + m[0].length)}`, nickname: m[1].slice(1, -1).trim() };
}

const NICKNAME_IN_NAME = /(?<=\S) ("[^"“”\n]{1,40}"|“[^"“”\n]{1,40}”|‘[^‘’\n]{1,40}’|'[^'\n]{1,40}'|\([^()\n]{1,30}\)) (?=\S)/u;

/** A nickname's gap (`NICKNAME_GAP`) between the given name `a` and the word at `b`. */
function nicknameBetween(text: string, a: Token, b: Token): boolean {
  if (!a.cap || !b.cap || a.possessive || !GIVEN_NAMES.has(a.text)) return false;
  const gap = text.slice(a.outer, b.start);
  // "Jo (Britain) Blum" is no name: a place in brackets is where someone is from.
  return NICKNAME_GAP.test(gap) && NICKNAME_WORDS.test(gap.slice(1, -1)) && !(gap.charAt(1) === "(" && (PLACES.has(gap.slice(2, -2)) || DEMONYMS.has(gap.slice(2, -2))));
}

/**
 * Roberto "Hands of Stone" Duran: the words of a nickname in quotation marks (or brackets) between a
 * given name and a capitalised word leave the token list, so that the name's run joins across it (`joined`)
 * and the nickname's words make no run of their own. The name as written keeps it.
 */
function dropNicknames(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    out?.push(t);
    if (!t.cap || t.possessive || !GIVEN_NAMES.has(t.text)) continue;
    const q = text.charCodeAt(t.outer + 1);
    if (text.charCodeAt(t.outer) !== 32 || (q !== 34 && q !== 39 && q !== 40 && q !== 0x201c && q !== 0x2018)) continue;
    for (let j = i + 2; j <= i + 5 && j < tokens.length; j++) {
      const b = tokens[j];
      if (!b || b.sentence !== t.sentence) break;
      if (!nicknameBetween(text, t, b)) continue;
      out ??= tokens.slice(0, i + 1);
      i = j - 1;
      break;
    }
  }
  return out ?? tokens;
}

/** A turn's marker glued to the next word: "Q.In general …". */
const GLUED_TURN = /^[QA]\.\p{Lu}/u;

/**
 * The "Q." and "A." (or "Q:", "A:") that open an interview's turns are no initials: in a text where a
 * line opens with each, every such letter opening a sentence loses its capital for name finding, so
 * "Q. Zimmerman’s account …" names Zimmerman and "A. Ok I see …" names no one. A marker glued to
 * the next word ("Q.In general") is split from it.
 */
function unmarkInterviewTurns(text: string, tokens: Token[]): Token[] {
  const turns: number[] = [];
  let q = false;
  let a = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.sentenceStart) continue;
    const glued = GLUED_TURN.test(t.text);
    if (!glued && t.text !== "Q" && t.text !== "A") continue;
    const mark = text.charCodeAt(t.start + 1);
    if (mark !== 46 && mark !== 58) continue;
    turns.push(i);
    if (atLineStart(text, t.start)) {
      if (t.text.charAt(0) === "Q") q = true;
      else a = true;
    }
  }
  if (!q || !a) return tokens;
  const out: Token[] = [];
  let k = 0;
  for (const i of turns) {
    const t = tokens[i];
    if (!t) continue;
    while (k < i) out.push(tokens[k++] as Token);
    k++;
    if (t.text.length === 1) {
      out.push({ ...t, cap: false });
      continue;
    }
    const mark = t.start + 1;
    out.push({ ...t, text: t.text.charAt(0), end: mark, outer: mark, possessive: false, dot: true, cap: false, upper: false });
    const word = t.text.slice(2);
    out.push({ ...t, text: word, start: mark + 1, upper: word.length > 1 && word === word.toUpperCase() });
  }
  while (k < tokens.length) out.push(tokens[k++] as Token);
  return out;
}

/**
 * A transcript's speaker in capitals opening a line before a colon ("JANE HOLT: …", "“HOLT: …") is read
 * as capitals are in a headline: names known from the text or a given name and a surname, no acronyms.
 */
function markTurnLabels(text: string, tokens: Token[], runs: Run[]): void {
  for (const run of runs) {
    const first = tokens[run.from];
    const last = tokens[run.to];
    if (run.caps || !first || !last || text.charCodeAt(last.outer) !== 58) continue;
    if (!LINE_OPENING.test(text.slice(Math.max(0, first.start - 3), first.start))) continue;
    let upper = true;
    for (let i = run.from; i <= run.to && upper; i++) upper = tokens[i]?.upper === true;
    if (upper) run.caps = true;
  }
}

/** What may stand between a line's start and its first word: nothing, or an opening quotation mark. */
const LINE_OPENING = /(?:^|\n)["“]?$/;

/** Words that open place names ("South Yorkshire", "New Hampshire", "Upper Volta"). */
const PLACE_OPENERS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Upper|Lower|Great|Greater|Little|Old|Mount|Lake|Port|Fort)$/;

/**
 * A capitalised word that says its sentence is in title case: a function word, a common word, a
 * verb of saying or stance, or a word the text also writes in lower case; not a given name, and not
 * the first word of a place ("New Zealand", "South Yorkshire").
 */
function titleCaseWord(tokens: Token[], i: number, lower: ReadonlySet<string>, strict = false): boolean {
  const t = tokens[i];
  if (!t || !t.cap || t.upper || t.sentenceStart || GIVEN_NAMES.has(t.text) || WEAK_GIVEN_NAMES.has(t.text)) return false;
  const low = t.text.toLowerCase();
  if (strict) return FUNCTION_WORDS.has(low);
  if (!(COMMON_WORDS.has(low) || lower.has(low) || CUE_VERBS.has(low) || STANCE_VERBS.has(low))) return false;
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence) return true;
  return !(PLACES.has(`${t.text} ${next.text}`) || (next.cap && PLACE_OPENERS.test(t.text)));
}

/**
 * Marks the runs of title-case sentences. A sentence is in title case when it has three words or
 * more (not counting all-capitals ones), every word of four letters or more is capitalised (function
 * words and short words may stay lower case), one capitalised word is no name (`titleCaseWord`), and
 * it is not a row of figures or names (two numbers or initials, or three commas, or more).
 * All-capitals blocks are left to their own reading.
 */
function markHeadlines(text: string, tokens: Token[], runs: Run[], lower: ReadonlySet<string>): void {
  let r = 0;
  let i = 0;
  const n = tokens.length;
  while (i < n) {
    const first = tokens[i];
    if (!first) break;
    const sentence = first.sentence;
    let j = i;
    let words = 0;
    let numbers = 0;
    let initials = 0;
    let title = !first.capsBlock;
    let lowerWords = false;
    for (; j < n; j++) {
      const t = tokens[j];
      if (!t || t.sentence !== sentence) break;
      if (!title) continue;
      if (t.number) {
        if (++numbers > 1) title = false;
        continue;
      }
      if (!t.upper) words++;
      // Initials ("J Baxley; T Okafor, P Quinlan"): a line-up, not a headline.
      if (t.text.length === 1 && t.cap && t.text !== "A" && t.text !== "I" && ++initials > 1) title = false;
      if (!t.cap) {
        if (t.text.length >= 4 && !NAME_PARTICLES.has(t.text) && !FUNCTION_WORDS.has(t.text)) title = false;
        else if (!NAME_PARTICLES.has(t.text)) lowerWords = true;
      }
    }
    // Commas or semicolons between many names: a line-up or a list, not a headline.
    if (title && words >= 3 && separators(text, first.start, tokens[j - 1]?.end ?? first.start) < 3) {
      // Any word that is no name says title case when no word is in lower case; beside lower-case
      // words ("Jo Blum is Senior Editor at …") only a capitalised function word does ("Up", "Amid").
      let cue = false;
      for (let k = i; k < j && !cue; k++) cue = titleCaseWord(tokens, k, lower, lowerWords);
      if (cue) {
        while (r < runs.length && (runs[r]?.from ?? 0) < i) r++;
        for (; r < runs.length; r++) {
          const run = runs[r];
          if (!run || run.from >= j) break;
          run.headline = true;
        }
      }
    }
    i = j;
  }
}

/** A period after this token belongs to it rather than ending the sentence. */
export function isAbbrevLike(t: Token): boolean {
  if (!t.dot) return false;
  if (t.text.length === 1 && t.cap) return true;
  if (t.text.includes(".")) return true;
  return DOTTED.has(t.text);
}

function joined(text: string, a: Token, b: Token): boolean {
  if (a.possessive || a.sentence !== b.sentence) return false;
  const gap = text.slice(a.outer, b.start);
  if (gap === " " || gap === "\u00a0") return true;
  if (a.dot && (gap === ". " || gap === ".") && isAbbrevLike(a)) return true;
  return gap.length > 4 && nicknameBetween(text, a, b);
}

/** Commas and semicolons between `from` and `to`. */
function separators(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) n++;
  }
  return n;
}

function findRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  const n = tokens.length;
  while (i < n) {
    const t = tokens[i];
    if (!t || !t.cap) {
      i++;
      continue;
    }
    const caps = t.capsBlock;
    let j = i;
    for (;;) {
      const a = tokens[j];
      const b = tokens[j + 1];
      if (!a || !b || b.capsBlock !== caps) break;
      if (b.cap && joined(text, a, b)) {
        j++;
        continue;
      }
      // Lower-case particles and "of" inside a run: "Joost van der Westhuizen", "Secretary of State".
      let k = j + 1;
      let prev: Token = a;
      while (k <= j + 2) {
        const p = tokens[k];
        if (!p || p.cap || p.number || !(NAME_PARTICLES.has(p.text) || JOINERS.has(p.text)) || !joined(text, prev, p)) break;
        prev = p;
        k++;
      }
      const c = tokens[k];
      const ofOk = !JOINERS.has(tokens[j + 1]?.text ?? "") || JOIN_BEFORE_OF.has(a.text) || caps;
      if (k > j + 1 && ofOk && c?.cap && c.capsBlock === caps && joined(text, prev, c)) {
        j = k;
        continue;
      }
      const head = institutionAfterAnd(text, tokens, j);
      if (head > j) {
        j = head;
        continue;
      }
      break;
    }
    // "by Sir Jo Blum Jo Blum's book": a byline glued to the text repeats the name; two runs.
    const half = j - i >= 3 ? repeatAt(tokens, i, j) : -1;
    if (half >= 0) {
      runs.push({ from: i, to: half, caps, headline: false });
      runs.push({ from: half + 1, to: j, caps, headline: false });
    } else runs.push({ from: i, to: j, caps, headline: false });
    i = j + 1;
  }
  return runs;
}

/** Heads of an institution's name that may join two fields with "and": "Food and Drug Administration". */
export const AND_HEADS: ReadonlySet<string> = new Set([...INSTITUTION_HEADS, "Services", "Executive"]);

/**
 * An institution named for two fields joined by "and" ("the Securities and Exchange Commission", "the
 * Department of Health and Human Services", "the Health and Safety Executive"): when the run ends at
 * token `j` on a word of a field (`FIELD_WORDS`) and "and", then one to three capitalised words and an
 * institution's head follow, the index of that head; else -1. Two names joined by "and" ("Jo Blum and
 * Acme Group", "the House and Senate", "Ithaca College and Acme University") stay two runs.
 */
function institutionAfterAnd(text: string, tokens: Token[], j: number): number {
  const a = tokens[j];
  const and = tokens[j + 1];
  if (!a?.cap || a.upper || a.possessive || !and || and.text !== "and" || !joined(text, a, and)) return -1;
  if (!FIELD_WORDS.has(a.text.toLowerCase())) return -1;
  let k = j + 2;
  let prev = and;
  while (k < tokens.length && k <= j + 5) {
    const c = tokens[k];
    if (!c?.cap || c.capsBlock !== a.capsBlock || c.sentence !== a.sentence || !joined(text, prev, c)) return -1;
    if (AND_HEADS.has(c.text)) return k > j + 2 ? k : -1;
    if (c.possessive) return -1;
    prev = c;
    k++;
  }
  return -1;
}

/**
 * In a run from `from` to `to`, the last token of a name of two words or more written twice in a row
 * and ending the run ("Sir Jo Blum Jo Blum"), or -1.
 */
function repeatAt(tokens: Token[], from: number, to: number): number {
  for (let n = 2; 2 * n <= to - from + 1; n++) {
    const s = to - 2 * n + 1;
    let same = true;
    for (let k = 0; k < n && same; k++) same = tokens[s + k]?.text === tokens[s + n + k]?.text && !tokens[s + k]?.possessive;
    if (same) return s + n - 1;
  }
  return -1;
}
