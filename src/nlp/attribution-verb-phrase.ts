// The verb phrase after a stance's subject: auxiliaries, adverbs and negation skipped, then an idiom
// of stance ("took aim at"), "made it clear that …", or a stance verb with its object or clause.
import { ASPECT, BE_FORM, BETWEEN_SUBJECT_AND_CUE, CUE_VERBS, DETERMINERS, FINITE_AUXILIARY, NEGATED_BE, NEGATION, ROLE_NOUNS, STANCE_VERBS, CLAUSAL_STANCE } from "../lexicon/cues.ts";
import { WEEKDAY } from "../lexicon/calendar.ts";
import { idiomEnd, isLy, pluralHead, pluralNoun, trimPunct, type TokRange } from "./attribution-np.ts";
import { timeAfterFor } from "./attribution-openings.ts";
import { isCloseQuote, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { asLeadContent, clauseEnd, PREP_TAIL } from "./attribution-bounds.ts";
import { irregularPast, OBJECT_PRONOUNS, type ClauseClaim } from "./attribution-context.ts";
import { afterParticle, objectEnd, pastLeadingTime, TOPIC_VERBS, TOPIC_PARTICLE, phraseEnd } from "./attribution-objects.ts";
import { nounInS } from "./attribution-nominal.ts";

/** -s forms that are more often plural nouns: "Trump attacks" as a verb needs an object after it. */
export const NOUNISH = new Set([
  "attacks", "questions", "charges", "fears", "hopes", "views", "thanks", "doubts", "demands", "requests", "offers",
  "answers", "counters", "points", "figures", "echoes", "links", "ties", "lists", "details", "references", "wishes",
  "guesses", "regrets", "laments", "mentions", "blames", "faults", "credits", "signals", "hints", "projects",
  "forecasts", "estimates", "releases", "shares", "files", "challenges", "likes", "loves", "feels", "labels", "brands",
  "backs", "supports", "records", "reports", "calls", "claims", "plans", "aims", "needs", "wants", "shows", "finds",
]);

const MAKE = /^(?:made|makes|make|making)$/;

/** Verbs whose past is their base form, besides those irregularPast knows ("put", "hit", "quit"): "Okafor cast himself as …" is a past, its singular subject no mismatch. */
const SAME_PAST = /^(?:cast|set|cut|spread|bid)$/;

/** Quantifiers that stand for people as a subject: "Some view …", "Many want …". */
export const QUANTIFIER_SUBJECT = /^(?:some|many|most|others|few|several|both|all)$/;

/** "he's", "she's": a pronoun and a contracted "is" or "has" ("it's" speaks for no one). */
const HE_IS = /^(?:he|she)['’]s$/;

/** The verb after a subject (auxiliaries skipped) and its content. */
export function verbPhrase(toks: Token[], after: number, np: TokRange, head: Token, used: (i: number) => boolean): ClauseClaim | null {
  // "Trump's tweet came …", "Her attacks on …": a possessive is no subject.
  // "He's backing …" is "he is" or "he has".
  if (/['’]s?$/.test(head.t) && head.t.length > 2 && !HE_IS.test(head.low)) return null;
  if (np.from === np.to && /^(?:his|her|their|its|my|our|your)$/.test(head.low)) return null;
  // Auxiliaries, adverbs and negation ("doesn't support X" is a stance on X too); "is"/"was" only before an -ing form.
  let v = after;
  let aux = false;
  while (v < toks.length) {
    const t = toks[v];
    if (!t) break;
    if (NEGATION.has(t.low)) {
      aux = true;
      v++;
      continue;
    }
    // "started to portray the shooting as …", "began to criticize …": an aspect verb before "to" opens the stance.
    if (ASPECT.test(t.low) && toks[v + 1]?.low === "to") {
      aux = true;
      v += 2;
      continue;
    }
    // "Trump earlier Tuesday backed away from …": a weekday after "earlier" or "later".
    const day = v > after && WEEKDAY.test(t.low) && /^(?:earlier|later)$/.test(toks[v - 1]?.low ?? "");
    if (day || BETWEEN_SUBJECT_AND_CUE.has(t.low) || BE_FORM.test(t.low) || isLy(t)) {
      aux = true;
      v++;
    } else break;
  }
  const verb = toks[v];
  if (!verb || !verb.word || verb.cap || used(v)) return null;
  // "much of the media focus will be on …": a noun that looks like a verb, before an auxiliary.
  const next = toks[v + 1];
  if (next && !next.cap && FINITE_AUXILIARY.test(next.low)) return null;
  const idiom = idiomEnd(toks, v);
  if (idiom < 0 && MAKE.test(verb.low)) {
    // "X made it clear that …", "X made the case that …".
    let k = v + 1;
    if (toks[k]?.low === "it") k++;
    if (toks[k]?.low === "the" && toks[k + 1]?.low === "case") k++;
    if (toks[k]?.low !== "clear" && toks[k]?.low !== "case") return null;
    const content = trimPunct(toks, k + 1, clauseEnd(toks, k + 1));
    return content && content.to - content.from >= 2 ? { speaker: np, cue: { from: v, to: k }, content } : null;
  }
  // "was backed", "was not backed", "wasn’t backed": a passive (a negation may stand between).
  const lastAux = NEGATION.has(toks[v - 1]?.low ?? "") && !NEGATED_BE.test(toks[v - 1]?.low ?? "") ? toks[v - 2] : toks[v - 1];
  const be = BE_FORM.test(lastAux?.low ?? "") || NEGATED_BE.test(lastAux?.low ?? "") || lastAux?.low === "been" || (lastAux === head && HE_IS.test(head.low));
  const ing = verb.low.endsWith("ing");
  if (be !== ing) return null;
  // "has taken a swipe at …", "came out against …": an idiom of stance, its object up to an adverbial.
  if (idiom > 0) {
    const c = idiom + 1;
    // "has pushed for months that …": a time after "for" is no object.
    // "The brush off was …": a determiner alone is no subject, and the idiom's verb was a noun.
    // "walked back to the car", "walked back home": a place after the idiom, no object.
    if ((toks[idiom]?.low === "for" && timeAfterFor(toks, c) > 0) || DETERMINERS.has(head.low) || NO_OBJECT.test(toks[c]?.low ?? "")) return null;
    const content = trimPunct(toks, c, objectEnd(toks, c, phraseEnd(toks, c)));
    return content ? { speaker: np, cue: { from: v, to: idiom }, content } : null;
  }
  if (!STANCE_VERBS.has(verb.low) && !(CUE_VERBS.has(verb.low) && TOPIC_VERBS.test(verb.low) && TOPIC_PARTICLE.test(next?.low ?? ""))) return null;
  if (!aux && !/(?:s|ed)$/.test(verb.low) && !irregularPast(verb.low) && !SAME_PAST.test(verb.low)) {
    // A base form needs a plural or first/second-person subject: "they want", not "the Trump tweet".
    if (!/^(?:i|we|they|you)$/.test(head.low) && !(np.from === np.to && QUANTIFIER_SUBJECT.test(head.low)) && !(ROLE_NOUNS.has(head.low) && head.low.endsWith("s")) && !pluralNoun(head) && !pluralHead(toks, np.from, np.to)) return null;
  }
  // "supports raising the wage", "opposes “arbitrary cuts”": a gerund or a quotation is an object too.
  if (!aux && verb.low.endsWith("s") && NOUNISH.has(verb.low) && !(next && (next.cap || DETERMINERS.has(next.low) || OBJECT_PRONOUNS.has(next.low) || next.low === "that" || (next.low === "out" && verb.low === "points") || isOpenQuote(next.t) || (next.word && next.low.endsWith("ing") && next.low.length > 5)))) return null;
  if (nounInS(toks, v)) return null;
  const c0 = afterParticle(toks, v, /^(?:away|down|off|back)$/.test(toks[v + 1]?.low ?? "") ? v + 2 : v + 1);
  if (c0 < 0) return null;
  // "As Kreutz points out in a column on Yahoo News, doing …": a clause opened by "as" attributes what follows its comma.
  const pointOut = toks[c0 - 1]?.low === "out" && /^point/.test(verb.low);
  if ((pointOut || CLAUSAL_STANCE.has(verb.low)) && (toks[c0]?.t === "," || PREP_TAIL.has(toks[c0]?.low ?? ""))) {
    const lead = asLeadContent(toks, np.from - 1, c0);
    if (lead) return { speaker: np, cue: { from: v, to: c0 - 1 }, content: lead };
  }
  const c = pastLeadingTime(toks, c0);
  let end = phraseEnd(toks, c);
  // An object, not a clause: "endorsed Trump last week" is about Trump.
  if (!CLAUSAL_STANCE.has(verb.low)) end = objectEnd(toks, c, end);
  let from = c;
  while (from <= end && !toks[from]?.word && !isOpenQuote(toks[from]?.t ?? "")) from++;
  let to = end;
  // "backed the plan and in a statement praised …": an object that ends before a new predicate leaves its "and".
  while (to >= from && ((!toks[to]?.word && !isCloseQuote(toks[to]?.t ?? "") && toks[to]?.t !== ")") || (to > from && /^(?:and|or|but)$/.test(toks[to]?.low ?? "")))) to--;
  if (to < from) return null;
  return { speaker: np, cue: { from: v, to: c0 - 1 }, content: { from, to } };
}

/** Words that open no object after an idiom of stance: a preposition of place or a place adverb ("walked back to the car", "walked back home"). */
const NO_OBJECT = /^(?:to|into|from|toward|towards|through|across|down|up|inside|outside|home|away|here|there|upstairs|downstairs)$/;
