// Impressions and reports no one is named for: "X is expected to …", "X is seen as …", "X seemed …",
// "X is best known for …"; with the holder when the text names one ("seen by many as …").
import { BE_FORM, degreeWord, FINITE_AUXILIARY, CUE_VERBS, NEGATION, NP_STOP, STANCE_VERBS } from "../lexicon/cues.ts";
import { PLACES } from "../lexicon/places.ts";
import { npForward, trimPunct, type TokRange } from "./attribution-np.ts";
import { isCloseQuote, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { canSpeak, type ClauseClaim, AUXILIARY } from "./attribution-context.ts";
import { infinitive, phraseEnd } from "./attribution-objects.ts";
import { isPreposition } from "./attribution-openings.ts";

/** Passives of report and belief before "to": "was said to", "is thought to". */
const HEARSAY = /^(?:said|reported|believed|thought|rumored|rumoured)$/;

/** "expected to …", or a passive of report before "to" and a verb ("said to be", not "reported to the police"), at `k`. */
export function expectedTo(toks: Token[], k: number): boolean {
  const v = toks[k]?.low ?? "";
  return toks[k + 1]?.low === "to" && (v === "expected" || (HEARSAY.test(v) && infinitive(toks[k + 2])));
}

/** Passives of regarding that state a view with "as": "is seen as", "was viewed as". */
const REGARDED = /^(?:seen|viewed|regarded|perceived)$/;

export const IMPRESSION = new Set(["seen", "viewed", "regarded", "perceived", "known", "expected", "seem", "seems", "seemed", "appear", "appears", "appeared", "reportedly"]);

const SEEM = /^(?:seem|seems|seemed)$/;

const APPEAR = /^(?:appear|appears|appeared)$/;

/** Adjectives and participles after "appear" that make it a look, not a showing up: "appeared paralyzed", "appears ready". */
const APPEAR_STATE = /^(?:[a-z]+ed|ready|likely|unlikely|certain|poised|weak|strong|close|set|sure|eager|keen|intent|open|clear|due|happy|unhappy|upset|unaware|aware|[a-z]+(?:ous|ful|ive|ble|ent|ant|ic|less))$/;

/** "The House is expected to pass the bill": an expectation held by no one named; the content is the whole clause. */
export function expectedAt(toks: Token[], i: number, used: (i: number) => boolean): ClauseClaim | null {
  let aside = false;
  for (let k = i + 1; k < toks.length - 2 && k - i <= 14; k++) {
    const t = toks[k];
    // "Religion, not ethnicity, appeared to …", "The government, headed by Trudeau, seems ready …": one aside between commas.
    const close = t?.t === "," && !aside ? asideEnd(toks, k) : -1;
    if (close > 0) {
      aside = true;
      k = close;
      continue;
    }
    if (!t || t.t === "," || t.low === "that" || t.low === "who" || t.low === "which") return null;
    const prev = toks[k - 1]?.low ?? "";
    // "It seems Trump's campaign will go on …", "it appears that …": the clause after the verb is the impression.
    if (prev === "it" && k === i + 1 && (SEEM.test(t.low) || APPEAR.test(t.low)) && !used(k)) {
      const from = toks[k + 1]?.low === "that" ? k + 2 : k + 1;
      const content = !toks[from]?.word || /^(?:to|like|as|so)$/.test(toks[from]?.low ?? "") ? null : trimPunct(toks, from, phraseEnd(toks, from));
      return content && content.to - content.from >= 3 ? { speaker: null, cue: { from: k, to: k }, content } : null;
    }
    const prevBe = BE_FORM.test(prev) || ((prev.endsWith("ly") || prev === "not" || prev === "never") && BE_FORM.test(toks[k - 2]?.low ?? ""));
    const nx = toks[k + 1]?.low ?? "";
    // "He is best known for …", "She became widely known as …": a reputation no one is named for.
    const known = t.low === "known" && (nx === "for" || nx === "as") && !!toks[k + 2]?.word && !FINITE_AUXILIARY.test(toks[k + 2]?.low ?? "") && knownAfter(toks, k, nx === "as");
    // "Priebus was said to be furious", "He is believed to have …": a report or belief no one is named
    // for (a verb of saying, so `used` holds it back for the cue passes, which leave this passive alone).
    const hearsay = prevBe && HEARSAY.test(t.low) && expectedTo(toks, k);
    const expected = prevBe && expectedTo(toks, k);
    // "The shift in tone seemed stark", "He appears to have won": an impression no one is named for.
    const looks = APPEAR.test(t.low) && !toks[k + 1]?.cap && APPEAR_STATE.test(nx);
    const seems = SEEM.test(t.low) || (APPEAR.test(t.low) && (nx === "to" || nx === "that")) || looks;
    // "The board has reportedly hired a new chief": a report no one is named for.
    // ("Trump reportedly said …", "X reportedly did not deny …": the cue's own pass reads them.)
    const reportedly = t.low === "reportedly" && !t.cap && !cueAfterAux(toks, k + 1);
    // "The change was seen as a demotion", "Sanders is widely viewed as …": a view no one is named for.
    // ("…, which was seen as a failure, de Blasio said": not in a relative clause, which is no sentence of its own.)
    // (Nor without a subject: "…, and is widely seen as falling behind".)
    const b = BE_FORM.test(prev) ? k - 1 : k - 2;
    const regarded = prevBe && nx === "as" && REGARDED.test(t.low) && b > i && !/^(?:which|who)$/.test(toks[b - 1]?.low ?? "");
    if (!(expected || seems || reportedly || regarded || known) || (used(k) && !hearsay) || prev === "it" || prev === "there" || prev === "what") continue;
    // "He appeared rattled at the debate, unable to …": a look ends at its comma (an aside may come between).
    let end = phraseEnd(toks, k + 1);
    for (let m = k + 1; looks && m < end; m++) {
      if (toks[m]?.t !== ",") continue;
      const close = asideEnd(toks, m);
      if (close < 0) end = m - 1;
      else m = close;
    }
    const content = trimPunct(toks, i, end);
    return content ? { speaker: seems ? impressionHolder(toks, i, k) ?? experiencer(toks, k, end) : null, cue: { from: k, to: k }, content } : null;
  }
  return null;
}

/** Object pronouns of people, who can be the one something seems so to ("seems credible to me"). */
const PERSON_OBJECT = /^(?:me|us|him|her|them)$/;

/**
 * "The conflict seemed far away to European citizens", "Nothing about them seems credible to me": the
 * people something seems so to, after "to" in the impression's complement (not an infinitive's "to").
 */
function experiencer(toks: Token[], cue: number, end: number): TokRange | null {
  // Within a few words of the verb, and in its own clause.
  for (let k = cue + 2; k < end && k <= cue + 8; k++) {
    const t = toks[k];
    // "appeared unaffected by the treatment dished out to him": past a verb or a prepositional phrase, "to" is theirs.
    if (!t?.word || /(?:ed|ing)$/.test(t.low) || t.low === "that" || (t.low !== "to" && isPreposition(t.low))) return null;
    if (t.low !== "to" || infinitive(toks[k + 1])) continue;
    if (PERSON_OBJECT.test(toks[k + 1]?.low ?? "")) return { from: k + 1, to: k + 1 };
    const np = npForward(toks, k + 1, end + 1);
    const h = np ? toks[np.to] : undefined;
    // A name or a noun for people, but not a place: "to many voters", not "to the left" or "to Europe".
    if (np && h && !h.cap && canSpeak(h) && /s$/.test(h.low)) return np;
  }
  return null;
}

/**
 * Whether "known" at `k` follows a form of "be" or "become" with its subject, an adverb or two between
 * ("is perhaps best known"). A name ("is known as TNT") is a definition, not a reputation: before
 * "as", an adverb must say it is one ("is better known as a fan").
 */
function knownAfter(toks: Token[], k: number, adverb: boolean): boolean {
  let b = k - 1;
  while (b > k - 3 && (degreeWord(toks[b]) || KNOWN_ADVERB.test(toks[b]?.low ?? ""))) b--;
  if (adverb && b === k - 1) return false;
  const be = toks[b]?.low ?? "";
  return (BE_FORM.test(be) || /^(?:became|become|becomes|becoming)$/.test(be)) && b > 0 && !/^(?:which|who|that)$/.test(toks[b - 1]?.low ?? "") && !!toks[b - 1]?.word;
}

/** Adverbs of a reputation besides those of degree: "is best known", "is perhaps better known". */
const KNOWN_ADVERB = /^(?:best|better|well|once|perhaps)$/;

/** The comma that closes an aside opened by the comma at `k` (up to eight words, no quotation); -1 when there is none. */
function asideEnd(toks: Token[], k: number): number {
  for (let m = k + 2; m < toks.length && m <= k + 9; m++) {
    const t = toks[m];
    if (!t || isOpenQuote(t.t) || isCloseQuote(t.t) || (t.word && !t.cap && CUE_VERBS.has(t.low))) return -1;
    if (t.t === ",") return m;
  }
  return -1;
}

/** Whether a verb of saying or stance follows at `k`, after auxiliaries, negation and adverbs ("did not deny"). */
function cueAfterAux(toks: Token[], k: number): boolean {
  let m = k;
  while (m < toks.length && m < k + 4 && (AUXILIARY.has(toks[m]?.low ?? "") || NEGATION.has(toks[m]?.low ?? "") || /ly$/.test(toks[m]?.low ?? ""))) m++;
  const v = toks[m]?.low ?? "";
  return CUE_VERBS.has(v) || STANCE_VERBS.has(v);
}

const INNER_PREPOSITION = /^(?:of|between|among|in|on|at|for|from|with|about|over|under|by|to)$/;

/**
 * "Voters seem to care …", "Obama himself seemed to recognize …": a stance that a person or group
 * seems to take is theirs; "The shift in tone seemed stark" has no one to hold it, and "Trump seemed
 * to be winning" is the writer's impression, not Trump's stance.
 */
function impressionHolder(toks: Token[], i: number, cue: number): TokRange | null {
  const verb = toks[cue + 1]?.low === "to" ? toks[cue + 2] : undefined;
  if (!verb || !(STANCE_VERBS.has(verb.low) || CUE_VERBS.has(verb.low) || verb.low === "care")) return null;
  const np = npForward(toks, i, cue);
  const h = np ? toks[np.to] : undefined;
  if (!np || !h || !canSpeak(h) || h.low === "it" || h.low === "this") return null;
  // A place ("Israel seems …") or a phrase built on another noun ("the relationship between X and Y") is no holder.
  const words: string[] = [];
  for (let k = np.from; k <= np.to; k++) {
    const t = toks[k];
    if (!t || (!t.cap && (NP_STOP.has(t.low) || INNER_PREPOSITION.test(t.low)))) return null;
    if (t.cap) words.push(t.t);
  }
  if (PLACES.has(words.join(" "))) return null;
  for (let k = np.to + 1; k < cue; k++) {
    const t = toks[k];
    if (!t || !(/(?:self|selves)$/.test(t.low) || AUXILIARY.has(t.low) || NEGATION.has(t.low) || (t.low.endsWith("ly") && !t.cap) || /^(?:also|still|now|even|already)$/.test(t.low))) return null;
  }
  return np;
}
