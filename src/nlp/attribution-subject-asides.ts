// Where what stands between a stance's subject and its verb ends: an appositive ("Carole Bower, 75, a
// retiree in Carthage, Ill.,"), a short parenthesis ("(D-Ore.)"), a sentence adverbial between commas ("…, however,").
import { ADVERB_PHRASES, SENTENCE_ADVERBS, BETWEEN_SUBJECT_AND_CUE, CUE_VERBS, DETERMINERS, SPEAKER_PRONOUNS, STANCE_VERBS } from "../lexicon/cues.ts";
import { isCloseQuote, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { AUXILIARY } from "./attribution-context.ts";
import { nameRunEnd } from "./attribution-objects.ts";

/** The closing comma of a sentence adverbial between commas opened at `comma` ("…, however, …", "…, in particular, …"); -1 when there is none. */
export function adverbialAsideEnd(toks: Token[], comma: number): number {
  if (toks[comma]?.t !== ",") return -1;
  if (SENTENCE_ADVERBS.has(toks[comma + 1]?.low ?? "") && toks[comma + 2]?.t === ",") return comma + 2;
  return ADVERB_PHRASES.has(`${toks[comma + 1]?.low} ${toks[comma + 2]?.low}`) && toks[comma + 3]?.t === "," ? comma + 3 : -1;
}

/** The closing parenthesis of a short parenthesis (a party and state, an age: at most six tokens, no comma) opened at `open`; -1 when none. */
export function parenthesisEnd(toks: Token[], open: number): number {
  for (let k = open + 1; k < toks.length && k <= open + 7; k++) {
    const t = toks[k];
    if (!t || t.t === "," || t.t === "(") return -1;
    if (t.t === ")") return k > open + 1 ? k : -1;
  }
  return -1;
}

/**
 * "Carole Bower, 75, a retiree in Carthage, Ill., supported …": the comma that closes an appositive
 * opened by the comma at `comma` (an age, or a phrase a determiner opens), before a lower-case verb;
 * -1 when there is none. A verb or a relative pronoun inside makes it a clause, not an appositive.
 */
export function appositiveEnd(toks: Token[], comma: number): number {
  const a = toks[comma + 1];
  // "His opponent, Rep. Alan Grayson, would support …": a name after a common noun is an appositive too.
  const named = !!a?.cap && a.word && !toks[comma - 1]?.cap && nameRunEnd(toks, comma + 1) > comma;
  if (toks[comma]?.t !== "," || !a || !(named || /^\d{1,3}$/.test(a.t) || (DETERMINERS.has(a.low) && !/^(?:that|this|these|those)$/.test(a.low)))) return -1;
  if (named) {
    const e = nameRunEnd(toks, comma + 1);
    return closesAppositive(toks, e + 1) ? e + 1 : -1;
  }
  // "the top Democrat on the committee who helped negotiate the deal, will …": a relative clause may close it.
  let relative = false;
  for (let k = comma + 2; k < toks.length && k <= comma + 20; k++) {
    const t = toks[k];
    if (t?.word && !t.cap && t.low === "who" && !relative && toks[k - 1]?.word) {
      relative = true;
      continue;
    }
    if (!t || t.t === ";" || t.t === ":" || isOpenQuote(t.t) || isCloseQuote(t.t) || (t.word && !t.cap && (/^(?:who|which|that|but)$/.test(t.low) || (t.low === "and" && !nounAfterAnd(toks[k + 1])) || (AUXILIARY.has(t.low) && !relative) || STANCE_VERBS.has(t.low) || CUE_VERBS.has(t.low)))) return -1;
    if (!relative && k > comma + 16) return -1;
    if (closesAppositive(toks, k)) return k;
  }
  return -1;
}

/** A comma at `k` before a lower-case verb, auxiliary or adverb: the appositive before it has closed. */
function closesAppositive(toks: Token[], k: number): boolean {
  const n = toks[k + 1];
  return toks[k]?.t === "," && !!n && n.word && !n.cap && (STANCE_VERBS.has(n.low) || CUE_VERBS.has(n.low) || AUXILIARY.has(n.low) || BETWEEN_SUBJECT_AND_CUE.has(n.low) || n.low.endsWith("ly"));
}

/** "a combat veteran and former officer": "and" before a noun or its modifier joins two roles; before a verb or a pronoun it joins clauses. */
function nounAfterAnd(n: Token | undefined): boolean {
  return !!n && n.word && !STANCE_VERBS.has(n.low) && !CUE_VERBS.has(n.low) && !AUXILIARY.has(n.low) && !/ed$/.test(n.low) && !SPEAKER_PRONOUNS.has(n.low) && !BETWEEN_SUBJECT_AND_CUE.has(n.low);
}
