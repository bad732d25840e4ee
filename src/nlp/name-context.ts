// What the words around a name say it is: a person (a role before it, an appositive after it), a
// firm (a trade's noun, a firm's context), a team or a creature, a thing, a work or a vessel, or a nickname in quotes.
import { GIVEN_NAMES } from "../lexicon/given-names.ts";
import { BUSINESS_NOUNS, FIRM_LEADER_MODIFIERS, FIRM_NOUNS, ORG_HEADS, ORG_NOUNS } from "../lexicon/orgs.ts";
import { COUNTRY_NAMES } from "../lexicon/places.ts";
import { HONORIFICS, PERSON_VERBS_AFTER, ROLE_COMPOUNDS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.ts";
import { COMMON_WORDS, CREATURE_NOUNS, creaturePlural, FUNCTION_WORDS, NAME_PARTICLES, THING_NOUNS, TITLED_NOUNS } from "../lexicon/words.ts";
import type { Token } from "./tokens.ts";
import { SURNAME_SHAPE, APPOSITIVE, givenLike, adjacent, whoOrAgeAfter, nounOrPlural, headOf } from "./name-words.ts";

/** The same prefixes before a lower-case role noun ("then-candidate"), dropped to look the noun up. */
export const ROLE_PREFIX = /^(?:ex|former|then)-(?=\p{Ll})/u;

/**
 * A sign that only a person's name stands at tokens `from`..`to`: a lower-case role noun just before it
 * ("the economist Jo Park") or ", who" just after it.
 */
export function personAround(text: string, tokens: Token[], from: number, to: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return false;
  if (before && !before.cap && ROLE_NOUNS.has(before.text) && adjacent(text, before, first)) return true;
  return /^,\s+who\b/.test(text.slice(last.outer, last.outer + 8));
}

/**
 * A name of two to four capitalised words from `from` to `to` that ends in a creature's plural ("Acme
 * Panthers", "Los Acme Wolves") and is no given name + surname of three words or more ("Jo Ann
 * Llamas"), nor a surname that is a given name's plural ("Robins"): a sports team's or a band's.
 */
export function teamName(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to];
  const first = tokens[from];
  if (!last || !first || to <= from || to - from > 3 || !creaturePlural(last.text) || GIVEN_NAMES.has(last.text.slice(0, -1))) return false;
  // "How Acme Wolves …", "Bay of Pigs", "WE SAW Wolves": a common word opening the sentence, a word in lower case
  // or capitals inside it, or a first word in capitals that is no acronym, is no team's.
  if ((first.sentenceStart && COMMON_WORDS.has(first.text.toLowerCase())) || (first.upper && first.text.length > 3)) return false;
  for (let i = from + 1; i < to; i++) if (!tokens[i]?.cap || tokens[i]?.upper) return false;
  return to - from === 1 || !GIVEN_NAMES.has(first.text);
}

/**
 * What follows a name (its last token at `t`) and shows a person: a verb of speech or action, ", who",
 * an age, or an appositive whose head is a role noun ("…, a retired fisherman,").
 */
export function personAfter(text: string, tokens: Token[], t: number): boolean {
  const last = tokens[t];
  if (!last) return false;
  const next = tokens[t + 1];
  if (next && !next.cap && next.sentence === last.sentence && PERSON_VERBS_AFTER.has(next.text) && /^\s+$/.test(text.slice(last.outer, next.start))) return true;
  // Neither a comma nor a space after the name: no appositive, ", who" or age to read.
  const c0 = last.outer < text.length ? text.charCodeAt(last.outer) : NaN;
  if (c0 !== 44 && c0 !== 32) return false;
  const after = text.slice(last.outer, last.outer + 120);
  if (whoOrAgeAfter(after)) return true;
  const ap = APPOSITIVE.exec(after);
  const phrase = ap?.[1];
  if (!ap || !phrase) return false;
  if (roleNoun(headOf(phrase).toLowerCase())) return true;
  // "…, a retired engineer, said": any appositive before a verb of speech.
  const verb = /^,\s+(\p{Ll}+)/u.exec(after.slice(ap[0].length))?.[1];
  return !!verb && PERSON_VERBS_AFTER.has(verb);
}

/** "the" and a creature's noun just after the name (its last token at `t`): "Bramble the goat" names an animal. */
export function creatureAfter(text: string, tokens: Token[], t: number): boolean {
  const the = tokens[t + 1];
  const noun = tokens[t + 2];
  const last = tokens[t];
  return !!last && !!the && !!noun && the.text === "the" && !noun.cap && CREATURE_NOUNS.has(noun.text) && adjacent(text, last, the) && adjacent(text, the, noun);
}

/**
 * Context that makes the name at tokens `from`..`to` an organisation's: a noun before it ("the firm
 * Acme Widgets"), an appositive after it ("…, a media company,") or a business noun after its
 * possessive ("Acme Widgets' fourth-quarter profits").
 */
export function orgContext(text: string, tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return false;
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (before && !before.cap && !before.possessive && ORG_NOUNS.has(before.text) && adjacent(text, before, first)) return true;
  if (firmNounBefore(text, tokens, from, to)) return true;
  if (last.possessive) {
    for (let j = to + 1; j <= to + 3; j++) {
      const x = tokens[j];
      const prev = tokens[j - 1];
      if (!x || !prev || x.cap || !adjacent(text, prev, x)) break;
      if (BUSINESS_NOUNS.has(x.text)) return true;
    }
    return false;
  }
  // Most names have no comma after them: no appositive to read.
  if (last.outer >= text.length || text.charCodeAt(last.outer) !== 44) return false;
  const after = text.slice(last.outer, last.outer + 120);
  if (!/^,\s+(?:a|an|the)\s/.test(after)) return false;
  // A closed appositive ("…, a media company, said"); its head is the last noun before a preposition
  // ("…, the godfather of the group", "…, a broadcaster with the network").
  const ap = APPOSITIVE.exec(after);
  if (!ap || !/^\s*(?:[,.;:)]|$)/.test(after.slice(ap[0].length))) return false;
  return !!ap[1] && ORG_NOUNS.has(headOf(ap[1]));
}

/**
 * A trade's or an owner's noun in lower case just before the name at tokens `from`..`to` ("the operator
 * Acme Ferries", "its owner Acme Stays", `FIRM_NOUNS`), where the name has no given name or initial
 * first, no particle or surname's shape ("Mc…", "O'…"), ends in a plural when it has two words or more,
 * and has no ", who" or age after it: a firm's name. "its owner Jo Blum" is a person.
 */
export function firmNounBefore(text: string, tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (!first || !before || before.cap || before.possessive || !adjacent(text, before, first)) return false;
  const low = before.text;
  if (!nounOrPlural(FIRM_NOUNS, low) && !(low === "leader" && FIRM_LEADER_MODIFIERS.has((tokens[from - 2]?.text ?? "").toLowerCase()))) return false;
  // Two words or more end in a plural, as firms' names do ("Acme Ferries", "Acme Stays"): "producer Shogo
  // Tomiyama" is a person whose given name the lexicon lacks.
  const last = tokens[to];
  if (!last || givenLike(first) || (to > from && !/\p{Ll}[^s'’]s$/u.test(last.text))) return false;
  for (let i = from; i <= to; i++) {
    const w = tokens[i]?.text ?? "";
    if (NAME_PARTICLES.has(w) || SURNAME_SHAPE.test(w)) return false;
  }
  return !whoOrAgeAfter(text.slice(last.outer, last.outer + 20));
}

/** A noun of an event or a school after the name at tokens `from`..`to`: "the Acme Falls shooting". */
export function thingNounAfter(text: string, tokens: Token[], to: number): boolean {
  const last = tokens[to];
  const next = tokens[to + 1];
  return !!last && !!next && !last.possessive && !next.cap && THING_NOUNS.has(next.text) && adjacent(text, last, next);
}

/** The name from `start` to `end` written alone inside quotation marks, as a film or a show is: "‘Rush Hour’". */
export function quotedAlone(text: string, start: number, end: number): boolean {
  return QUOTE_OPEN.test(text.slice(Math.max(0, start - 2), start)) && QUOTE_CLOSE.test(text.slice(end, end + 3));
}

const QUOTE_OPEN = /(?:["“‘]|'')$/;

const QUOTE_CLOSE = /^[.,!?]?(?:["”’]|'')/;

/**
 * The role ending in the lower-case noun at token `i`, with the words before it that make a compound
 * role (`ROLE_MODIFIERS`: "chief executive", "fire chief"; `ROLE_COMPOUNDS`: "harbour master"), the
 * sentence's capitalised first word too, in lower case ("Chief executive Jo Blum" → "chief executive").
 * "its chairman" → "chairman of …", the organisation named before it.
 */
export function roleBefore(text: string, tokens: Token[], i: number): string {
  const from = roleStart(text, tokens, i);
  const a = tokens[from];
  const b = tokens[i];
  if (!a || !b) return "";
  const written = text.slice(a.start, b.end);
  const role = a.cap ? written.charAt(0).toLowerCase() + written.slice(1) : written;
  return tokens[from - 1]?.text === "its" ? `${role}${ownerBefore(text, tokens, from - 1)}` : role;
}

/** The first token of the role ending in the lower-case noun at token `i` (`roleBefore`). */
function roleStart(text: string, tokens: Token[], i: number): number {
  let from = i;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const tok = tokens[j];
    const nextTok = tokens[j + 1];
    if (!tok || !nextTok || (tok.cap && !(tok.sentenceStart && !tok.upper)) || tok.number || tok.possessive || tok.sentence !== nextTok.sentence) break;
    if (!/^\s+$/.test(text.slice(tok.outer, nextTok.start))) break;
    if (!(ROLE_MODIFIERS.has(tok.text.toLowerCase()) || (tok.cap ? TITLE_MODIFIERS.has(tok.text) : LOWER_TITLE_MODIFIERS.has(tok.text)) || (j === i - 1 && compoundAt(tokens, j)))) break;
    from = j;
    if (tok.cap) break;
  }
  return from;
}

/**
 * The role in an appositive written before the name at tokens `from`..`to`, a comma on each side of the
 * name: "His spokeswoman, Jo Blum, said", "Pryce's lawyer, Jo Blum,", "The council leader, Jo Blum,"
 * (`roleBefore`). The role opens after an article or a possessive; "" when there is none, or when the
 * name is one of a list ("the lawyer, Jo Blum, Sam Reid and …").
 */
export function roleBeforeComma(text: string, tokens: Token[], from: number, to: number): string {
  const noun = tokens[from - 1];
  const first = tokens[from];
  const last = tokens[to];
  if (!noun || !first || !last || noun.cap || noun.possessive || noun.sentence !== first.sentence || !/^,\s+$/.test(text.slice(noun.outer, first.start))) return "";
  if (!roleNoun(noun.text.replace(ROLE_PREFIX, ""))) return "";
  const after = text.slice(last.outer, last.outer + 80);
  if (!/^,\s/.test(after) || /^,\s+(?:and|or|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|and\s))/u.test(after)) return "";
  const start = roleStart(text, tokens, from - 1);
  const det = tokens[start - 1];
  if (!det || det.sentence !== noun.sentence || !(det.possessive || /^(?:the|a|an|his|her|their|its|my|our|your)$/i.test(det.text))) return "";
  return roleBefore(text, tokens, from - 1).replace(/^then-/i, "");
}

/** Title heads that are offices, no honorifics: "Minister", "Treasurer". */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([...TITLE_HEADS].filter((w) => !HONORIFICS.has(w)));

/** Endings of lower-case nouns of callings: "ecologist", "paediatrician", "choreographer", "physiotherapist". */
const JOB_NOUN = /^\p{Ll}{3,}(?:arian|ologist|ician|ographer|therapist)$/u;

/** A lower-case role noun (`ROLE_NOUNS`) or a noun of a calling by its ending (`JOB_NOUN`). */
export function roleNoun(w: string): boolean {
  return ROLE_NOUNS.has(w) || JOB_NOUN.test(w);
}

/**
 * Title modifiers in lower case that are no common word, before a role noun ("education officer",
 * "opposition spokesman"); "first", "national" and the like are `ROLE_MODIFIERS` or left out.
 */
const LOWER_TITLE_MODIFIERS: ReadonlySet<string> = new Set([...TITLE_MODIFIERS].filter((w) => !w.includes(" ") && !/\p{Lu}.*\p{Lu}/u.test(w)).map((w) => w.toLowerCase()).filter((w) => !COMMON_WORDS.has(w)));

/** Tokens `j` and `j + 1` are a two-word role (`ROLE_COMPOUNDS`): "harbour master", "Station master". */
export function compoundAt(tokens: Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return !!a && !!b && !b.cap && ROLE_COMPOUNDS.has(`${a.text.toLowerCase()} ${b.text}`);
}

/** For "its chairman": " of the National Economic Council", the organisation named earlier in the sentence. */
function ownerBefore(text: string, tokens: Token[], its: number): string {
  const sentence = tokens[its]?.sentence;
  for (let j = its - 1; j >= 0; j--) {
    const tok = tokens[j];
    if (!tok || tok.sentence !== sentence) break;
    if (!tok.cap || !ORG_HEADS.has(tok.text)) continue;
    let s = j;
    while (s > 0) {
      const p = tokens[s - 1];
      if (p && p.cap && !p.possessive && text.slice(p.outer, tokens[s]?.start ?? 0) === " " && !COUNTRY_NAMES.has(p.text)) s--;
      else break;
    }
    const the = tokens[s - 1]?.text === "the" ? "the " : "";
    return ` of ${the}${text.slice(tokens[s]?.start ?? 0, tok.end)}`;
  }
  return "";
}

/** A plural's ending: "Reds", "Herons", not "Ross" or "Jo's". */
const PLURAL_END = /\p{Ll}[^s'’]s$/u;

/** A lower-case word after token `to` that may be a noun the name modifies ("the Tom Banks case"), not a verb or a function word. */
export function nounAfter(tokens: Token[], to: number): boolean {
  const next = tokens[to + 1];
  if (!next || next.cap || next.number || next.sentence !== tokens[to]?.sentence) return false;
  return !(FUNCTION_WORDS.has(next.text) || next.text.endsWith("ed") || PERSON_VERBS_AFTER.has(next.text));
}

/** A name's last word as a team's plural: any plural after a word-led name, else a common noun's ("Jays", "Reds"). */
export function teamPlural(t: Token | undefined, wordLed: boolean): boolean {
  if (!t || t.possessive || !PLURAL_END.test(t.text)) return false;
  return wordLed || COMMON_WORDS.has(t.text.slice(0, -1).toLowerCase());
}

/**
 * A work's or a vessel's noun in lower case right before the name at `from`..`to`, after a determiner
 * or a noun ("the book …", "his film …", "the aircraft carrier …"), with no past verb after the name
 * ("the book Jo Blum wrote" is hers).
 */
export function workNounBefore(text: string, tokens: Token[], from: number, to: number): boolean {
  const noun = tokens[from - 1];
  const det = tokens[from - 2];
  const first = tokens[from];
  const last = tokens[to];
  if (!noun || !det || !first || !last || noun.cap || !TITLED_NOUNS.has(noun.text) || text.slice(noun.outer, first.start) !== " ") return false;
  if (!/^(?:the|a|an|his|her|their|its|our|my|new|latest|aircraft|cruise|cargo|oil|research)$/i.test(det.text)) return false;
  const next = tokens[to + 1];
  return !(next && !next.cap && next.sentence === last.sentence && (/ed$/.test(next.text) || /^(?:wrote|made|sang|gave|took)$/.test(next.text)));
}
