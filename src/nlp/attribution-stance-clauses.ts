// A stance read from a clause's start: past opening adverbials to its subject (a quantifier, a plural
// with a place or an age, a noun phrase with an appositive, a parenthesis, an aside or a participle
// phrase after it) and on to the subject's verb phrase; and a subordinate clause that opens the sentence.
import { BARE_DETERMINERS, CLAUSE_OPENERS, CUE_VERBS, DETERMINERS, NOUN_HOMOGRAPHS, NP_STOP, STANCE_VERBS } from "../lexicon/cues.ts";
import { WEEKDAY } from "../lexicon/calendar.ts";
import { npForward, phraseHead, pluralNoun, type TokRange } from "./attribution-np.ts";
import { approximateShare, NUMBER_WORD, SHARE_OF, skipOpening } from "./attribution-openings.ts";
import { verbAfterSubject } from "./attribution-clause-subject.ts";
import { POLLED } from "./attribution-phrase-owners.ts";
import { isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { canSpeak, IRREGULAR_PAST, type ClauseClaim, AUXILIARY } from "./attribution-context.ts";
import { baseStance, baseForm } from "./attribution-objects.ts";
import { expectedAt } from "./attribution-impressions.ts";
import { NOUNISH, QUANTIFIER_SUBJECT, verbPhrase } from "./attribution-verb-phrase.ts";
import { adverbialAsideEnd, appositiveEnd, parenthesisEnd } from "./attribution-subject-asides.ts";

/** A stance in a subordinate clause opening the sentence ("Although X mocked the plan, …"), read up to the clause's comma. */
export function openingClause(toks: Token[], used: (i: number) => boolean, impression: boolean): ClauseClaim | null {
  let comma = 2;
  while (comma < toks.length && toks[comma]?.t !== ",") comma++;
  if (comma >= toks.length - 1) return null;
  // "As Smith pointed out, the plan …": what follows the comma is what the opening clause attributes.
  const whole = toks[0]?.low === "as" ? clauseAt(toks, 1, used, impression) : null;
  if (whole && whole.content.from > comma) return whole;
  return clauseAt(toks.slice(0, comma), 1, used, impression);
}

export function clauseAt(toks: Token[], start: number, used: (i: number) => boolean, impression: boolean): ClauseClaim | null {
  if (isOpenQuote(toks[start]?.t ?? "")) return null;
  // Opening adverbials up to a comma ("In November, …", "Speaking on Tuesday, …") and a dateline.
  const i = skipOpening(toks, start, toks.length);
  if (i === null) return null;
  const first = toks[i];
  if (!first || !first.word) return null;
  const expected = impression ? expectedAt(toks, i, used) : null;
  if (expected) return expected;
  // "Some view Trump as …", "Many want a recount": a quantifier standing for people.
  if (QUANTIFIER_SUBJECT.test(first.low) && baseStance(toks[i + 1], toks[i + 2], true)) return verbPhrase(toks, i + 1, { from: i, to: i }, first, used);
  if (first.cap && (NP_STOP.has(first.low) || CLAUSE_OPENERS.has(first.low)) && !approximateShare(toks, i)) return null;
  // "…, and like Trump has spoken about …": a phrase opened by "like" is compared with the subject, not the subject.
  if (!first.cap && /^(?:like|unlike)$/.test(first.low)) return null;
  // "Many farmers want a new pier", "Young voters back Ridley": a plural noun phrase before a stance verb's base form.
  const plural = pluralSubject(toks, i);
  // "Men under 35 support …": the plural noun heads the phrase, not the age or place after it.
  const ph = plural ? toks.slice(plural.from, plural.to + 1).reverse().find(pluralNoun) : undefined;
  if (plural && ph) return verbPhrase(toks, plural.to + 1, plural, ph, used);
  const np = npForward(toks, i, Math.min(toks.length, i + 10));
  // "Voters in each state want …": the phrase's head speaks, not the noun it ends on.
  const head = np ? (canSpeak(toks[np.to] as Token) ? toks[np.to] : toks[phraseHead(toks, np.from, np.to)]) : undefined;
  if (!np || !head || !canSpeak(head)) return null;
  if (head.low === "it" || head.low === "there") return null;
  const apposed = appositiveEnd(toks, np.to + 1);
  const modified = apposed > 0 || DETERMINERS.has(head.low) ? -1 : participleEnd(toks, np.to + 1);
  // "His opponent, Rep. Alan Grayson, would …": the name in the appositive is part of the speaker.
  const speaker = apposed > 0 && toks[np.to + 2]?.cap ? { from: np.from, to: apposed - 1 } : np;
  // "Sen. Jo Blum (D-Ore.) opposes …": a parenthesis after a name belongs to the name.
  const paren = head.cap && toks[np.to + 1]?.t === "(" ? parenthesisEnd(toks, np.to + 1) : -1;
  if (paren > 0) return verbPhrase(toks, paren + 1, np, head, used);
  return verbPhrase(toks, np.to + 1, np, head, used) ?? (apposed > 0 ? verbPhrase(toks, apposed + 1, speaker, head, used) : modified > 0 ? verbPhrase(toks, modified, np, head, used) : asideThenVerb(toks, np, head, used));
}

/**
 * "Rihanna, who was honoured on the night, spoke about …", "Most presidents, including Obama, have
 * backed …": a relative clause or an "including" phrase between commas after the subject, then
 * the subject's verb.
 */
function asideThenVerb(toks: Token[], np: TokRange, head: Token, used: (i: number) => boolean): ClauseClaim | null {
  const comma = np.to + 1;
  // "Kagan — who was an architect of the surge — supports …": a relative clause between dashes.
  if (isDash(toks[comma]?.t ?? "") && /^(?:who|which)$/.test(toks[comma + 1]?.low ?? "")) {
    for (let k = comma + 3; k < toks.length && k <= comma + 40; k++) {
      const t = toks[k];
      if (!t || t.t === ";" || t.t === "." || isOpenQuote(t.t)) return null;
      if (isDash(t.t)) return verbPhrase(toks, k + 1, np, head, used);
    }
    return null;
  }
  // "Younger voters, in particular, have expressed …", "The mayor, however, backed …": an adverbial between commas.
  const adverbial = adverbialAsideEnd(toks, comma);
  if (adverbial > 0) return verbPhrase(toks, adverbial + 1, np, head, used);
  if (toks[comma]?.t !== "," || !/^(?:who|which|including|like|unlike)$/.test(toks[comma + 1]?.low ?? "")) return null;
  const v = verbAfterSubject(toks, comma, toks.length);
  return v > comma + 2 && toks[v - 1]?.t === "," ? verbPhrase(toks, v, np, head, used) : null;
}

/**
 * "A majority of voters looking for an outsider candidate supported Trump", "the senators surveyed
 * support …": where the verb after a participle phrase at `p` that modifies the subject stands
 * (a stance verb in the past or present, not followed by "by"); -1 when there is none.
 */
function participleEnd(toks: Token[], p: number): number {
  const t = toks[p];
  // A form in -ed is a participle only for verbs of polling: "arrived at" is the clause's own verb.
  // "the police shooting of a man sparked …": an -ing form before "of" is a noun.
  if (!t || !t.word || t.cap || t.low.length < 5 || !(t.low.endsWith("ing") || POLLED.test(t.low)) || CUE_VERBS.has(t.low) || toks[p + 1]?.low === "of") return -1;
  for (let k = p + 1; k < toks.length && k <= p + 12; k++) {
    const w = toks[k];
    if (!w || !w.word || /^(?:who|which|that|and|but|or)$/.test(w.low) || AUXILIARY.has(w.low)) return -1;
    // A past form, or an -s form that is no plural noun ("the challenges"); a base form only after a
    // plural subject, which verbPhrase checks.
    const form = w.low.endsWith("ed") || IRREGULAR_PAST.has(w.low) || (w.low.endsWith("s") ? !NOUNISH.has(w.low) : !NOUN_HOMOGRAPHS.has(w.low));
    if (!w.cap && STANCE_VERBS.has(w.low) && form && !/ing$/.test(w.low) && toks[k + 1]?.low !== "by" && !DETERMINERS.has(toks[k - 1]?.low ?? "") && toks[k - 1]?.low !== "to") return k;
  }
  return -1;
}

/**
 * A plural subject at `i` before a stance verb's base form: an optional quantifier or share ("a
 * majority of"), up to two modifiers, the plural noun, and a place or age after it ("in Ohio").
 */
function pluralSubject(toks: Token[], i: number): TokRange | null {
  let k = i;
  if (DETERMINERS.has(toks[k]?.low ?? "") && !BARE_DETERMINERS.has(toks[k]?.low ?? "")) k++;
  // "About two-thirds of …": an approximation before the share.
  else if (approximateShare(toks, k)) k++;
  // "A majority of voters …", "Two-thirds of the voters …": a share of the plural.
  if (/^(?:a|the)$/.test(toks[k]?.low ?? "") && SHARE_OF.test(toks[k + 1]?.low ?? "")) k++;
  if (SHARE_OF.test(toks[k]?.low ?? "") && toks[k + 1]?.low === "of") k += DETERMINERS.has(toks[k + 2]?.low ?? "") ? 3 : 2;
  for (let m = 0; m < 3; m++, k++) {
    const t = toks[k];
    if (!t || !t.word || NP_STOP.has(t.low) || DETERMINERS.has(t.low) || /(?:ly|ing)$/.test(t.low)) return null;
    if (!pluralNoun(t)) continue;
    if (baseVerb(toks[k + 1])) return { from: i, to: k };
    // "Men under 35 support …", "voters in Ohio and Iowa back …": a place or an age after the plural.
    const e = placeOrAgeEnd(toks, k + 1);
    if (e > 0 && baseVerb(toks[e + 1])) return { from: i, to: e };
  }
  return null;
}

/** A stance verb's base form, the verb after a plural subject: "want", "support", not "saw". */
const baseVerb = (v: Token | undefined): boolean => baseForm(v) && !IRREGULAR_PAST.has(v.low);

/** Where "in Ohio", "under 35", "from New York and Iowa" ends after a plural at `p - 1`; -1 when no such phrase is there. */
function placeOrAgeEnd(toks: Token[], p: number): number {
  if (!/^(?:in|from|under|over|across)$/.test(toks[p]?.low ?? "")) return -1;
  let e = -1;
  for (let k = p + 1; k <= p + 4; k++) {
    const t = toks[k];
    if (!t || !t.word) break;
    if (t.cap || /^\d+$/.test(t.t)) e = k;
    // "voters in all five states": a counted plural.
    else if (e < 0 && k < p + 4 && (DETERMINERS.has(t.low) || NUMBER_WORD.test(t.low))) continue;
    else if (e < 0 && k > p + 1 && pluralNoun(t)) e = k;
    else if (!(t.low === "and" && e === k - 1)) break;
  }
  // "… in all five states voting Tuesday support …": a participle and its day after the place.
  if (e > 0 && /(?:ing|ed)$/.test(toks[e + 1]?.low ?? "") && WEEKDAY.test(toks[e + 2]?.low ?? "")) e += 2;
  return e;
}
