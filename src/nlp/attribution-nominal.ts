// Nominal cues: a stance or claim held in a noun ("Trump's claim that …", "criticism of the deal", "a
// supporter of", "drew praise from …", "voiced support for"), with its owner as the speaker.
import { isLy, ARTICLE, BE_FORM, CUE_VERBS, DETERMINERS, FINITE_AUXILIARY, NP_STOP, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_VERBS } from "../lexicon/cues.ts";
import { clauseVerb, npEndingAt, npForward, trimPunct, type TokRange } from "./attribution-np.ts";
import { clauseSubject } from "./attribution-clause-subject.ts";
import { subjectBefore } from "./attribution-subjects.ts";
import type { Token } from "./attribution-tokens.ts";
import { CLAUSE_VERB, clauseEnd } from "./attribution-bounds.ts";
import { canSpeak, IRREGULAR_PAST, irregularPast, type ClauseClaim, AUXILIARY } from "./attribution-context.ts";
import { objectEnd, phraseEnd } from "./attribution-objects.ts";

/**
 * "Trump's criticism of the deal", "support for Mr. Trump": the stance's object after the noun at `i`.
 * In subject position the phrase ends before the verb: "Her criticism of the deal has cost her votes".
 */
export function nounPrepClaim(toks: Token[], i: number): ClauseClaim | null {
  // "doubts about whether Congress will act": a question after the preposition keeps its own verb.
  const question = /^(?:whether|how|what|why|where|when|who|if)$/.test(toks[i + 2]?.low ?? "");
  const end = question ? phraseEnd(toks, i + 2) : beforeVerb(toks, i + 3, objectEnd(toks, i + 2, phraseEnd(toks, i + 2)));
  const content = trimPunct(toks, i + 2, end);
  const speaker = possessorBefore(toks, i) ?? lightVerbSubject(toks, i);
  if (!speaker && OWNED_NOUNS.has(toks[i]?.low ?? "")) return null;
  return content && content.to - content.from >= 1 ? { speaker, cue: { from: i, to: i + 1 }, content } : null;
}

/** Nouns for one who holds a stance, and the prepositions before its object: "a supporter of", "an advocate for". */
export const AGENT_NOUNS: ReadonlyMap<string, RegExp> = new Map(
  (["supporter", "critic", "opponent", "proponent", "defender", "backer", "champion", "advocate"] as const).flatMap((w) => {
    const prep = w === "advocate" || w === "champion" ? /^(?:of|for)$/ : /^of$/;
    return [[w, prep], [`${w}s`, prep]] as [string, RegExp][];
  }),
);

/** Nouns of a reaction that others voice about the subject: "drew criticism from …", "faced backlash from …". */
export const REACTION_NOUNS = ["criticism", "criticisms", "support", "endorsement", "endorsements", "backing", "fire", "condemnation", "praise", "backlash", "rebuke", "rebukes", "scorn", "ire", "flak", "objections", "complaints", "pushback", "applause", "outrage", "skepticism", "scepticism"];

/** Verbs by which a subject meets a reaction: "drew", "faced", "sparked", "has gotten" … */
const RECEIVE = /^(?:dr(?:ew|aws?|awn|awing)|fac(?:ed|es?|ing)|spark(?:ed|s|ing)?|attract(?:ed|s|ing)?|receiv(?:ed|es?|ing)|got|gotten|gets?|getting|earn(?:ed|s|ing)?|trigger(?:ed|s|ing)?|provok(?:ed|es?|ing)|won|wins?|winning|invit(?:ed|es?|ing)|generat(?:ed|es?|ing)|elicit(?:ed|s|ing)?|endur(?:ed|es?|ing)|prompt(?:ed|s|ing)?)$/;

export const REACTION_SET: ReadonlySet<string> = new Set(REACTION_NOUNS);

/**
 * "The bill has drawn criticism from some quarters", "The statement quickly drew sharp criticism from
 * both sides": those after "from" voice the reaction (at `i`), and what they react to is the subject
 * of the verb by which it was met, up to four words before the noun.
 */
export function reactionClaim(toks: Token[], i: number): ClauseClaim | null {
  // "came under fire from": the only way "fire" is met.
  const underFire = toks[i]?.low === "fire" && toks[i - 1]?.low === "under";
  if (toks[i]?.low === "fire" && !(underFire && /^(?:came|come|comes|coming)$/.test(toks[i - 2]?.low ?? ""))) return null;
  let v = underFire ? i - 2 : i - 1;
  while (!underFire && v > 0 && v >= i - 4 && !RECEIVE.test(toks[v]?.low ?? "")) {
    const w = toks[v];
    // Only adjectives and adverbs between: "drew sharp, bipartisan criticism", "has already gotten criticism".
    if (!w?.word || w.cap || NP_STOP.has(w.low) || DETERMINERS.has(w.low)) return null;
    v--;
  }
  if ((!underFire && !RECEIVE.test(toks[v]?.low ?? "")) || toks[v]?.cap) return null;
  // Those who react: up to a comma, a relative pronoun or a phrase of reason or time ("from Democrats who agree …").
  let e = i + 2;
  while (e < toks.length && e < i + 12 && toks[e]?.word && !/^(?:who|whom|which|that|for|over|as|after|when|because|since|on|last|this|to)$/.test(toks[e]?.low ?? "")) e++;
  const speaker = trimPunct(toks, i + 2, e - 1);
  const content = verbSubject(toks, v);
  const head = content ? toks[content.to] : undefined;
  if (!speaker || !content || !head || /^(?:it|there|this)$/.test(head.low)) return null;
  return { speaker, cue: { from: v, to: i + 1 }, content };
}

/**
 * "Ryan is a vocal advocate of trade deals", "Gillibrand, a longtime supporter of Clinton, …": the
 * stance of one described by the agent noun at `i`, after a copula (its subject holds the stance) or
 * opening an appositive (the name before it does). Anywhere else the noun names no one ("supporters of
 * the plan rallied"), and no claim is read.
 */
export function agentNounClaim(toks: Token[], i: number): ClauseClaim | null {
  // Back over adjectives and adverbs ("a fierce", "the most outspoken") to a determiner.
  let d = i - 1;
  while (d > 0 && i - d <= 4 && toks[d]?.word && !toks[d]?.cap && !DETERMINERS.has(toks[d]?.low ?? "") && !COPULA.test(toks[d]?.low ?? "") && !NP_STOP.has(toks[d]?.low ?? "")) d--;
  const det = toks[d];
  if (!det || !ARTICLE.test(det.low)) return null;
  const before = toks[d - 1];
  let speaker: TokRange | null = null;
  // "He’s a critic of": a pronoun with its copula contracted is one token.
  const contracted = !!before && CLAUSE_VERB.test(before.low) && /'(?:s|re|m)$/.test(before.low);
  if (contracted) speaker = { from: d - 1, to: d - 1 };
  else if (before && COPULA.test(before.low)) speaker = subjectBefore(toks, d - 1, 0).np;
  else if (before?.t === ",") {
    const np = npEndingAt(toks, d - 2, Math.max(0, d - 10));
    if (np && toks[np.to]?.cap) speaker = np;
  }
  const head = speaker ? toks[speaker.to] : undefined;
  if (!speaker || !head || !(canSpeak(head) || head.cap)) return null;
  const content = trimPunct(toks, i + 2, objectEnd(toks, i + 2, phraseEnd(toks, i + 2)));
  // The cue opens at the copula's auxiliaries: "has been a defender of".
  let from = before?.t === "," || contracted ? d : d - 1;
  while (from > 1 && /^(?:has|have|had|will|would|may|might|could)$/.test(toks[from - 1]?.low ?? "") && toks[from]?.low === "been") from--;
  return content ? { speaker, cue: { from, to: i + 1 }, content } : null;
}

/** Verbs that put a stance noun forward as their object: "made a strong condemnation of", "voiced support for". */
const LIGHT_VERB = /^(?:ma(?:de|kes?|king)|unleash(?:ed|es|ing)?|launch(?:ed|es|ing)?|level(?:l?ed|s|l?ing)?|continu(?:ed|es?|ing)|escalat(?:ed|es?|ing)|issu(?:ed|es?|ing)|express(?:ed|es|ing)?|voic(?:ed|es?|ing)|show(?:ed|s|ing)?|offer(?:ed|s|ing)?|gave|giv(?:es?|ing)|rais(?:ed|es?|ing)|reiterat(?:ed|es?|ing)|renew(?:ed|s|ing)?|signal(?:l?ed|s|l?ing)?|pledg(?:ed|es?|ing))$/;

/**
 * "The Council made a strong condemnation of …", "He is raising questions about …", "while showing
 * support for …": the subject of a light verb whose object is the stance noun at `i` (up to three
 * lower-case words between) holds the stance.
 */
function lightVerbSubject(toks: Token[], i: number): TokRange | null {
  for (let v = i - 1; v >= 1 && v >= i - 4; v--) {
    const t = toks[v];
    if (!t || !t.word || t.cap) return null;
    if (!LIGHT_VERB.test(t.low)) {
      if (NP_STOP.has(t.low) || CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low)) return null;
      continue;
    }
    const np = subjectBefore(toks, v, 0).np;
    const h = np ? toks[np.to] : undefined;
    return np && h && canSpeak(h) && h.low !== "it" ? np : null;
  }
  return null;
}

/** The end of a phrase in subject position, before the clause's verb from `from` on; `end` when none. */
export function beforeVerb(toks: Token[], from: number, end: number): number {
  for (let k = from; k <= end; k++) {
    const w = toks[k];
    // "support for a bill that essentially protected the fishermen cost him votes": the verb group
    // right after a relative pronoun (adverbs, auxiliaries, then the verb) is the relative clause's.
    if (w && /^(?:that|which|who)$/.test(w.low) && !w.cap && relativeVerbAt(toks[k + 1])) {
      let m = k + 1;
      while (m < end && (isLy(toks[m] as Token) || AUXILIARY.has(toks[m]?.low ?? "") || /n['’]t$|^not$/.test(toks[m]?.low ?? ""))) m++;
      k = m;
      continue;
    }
    // "Sanders' focus on the state hasn't gone …", "Trump's calls for a ban drew …".
    if (w && w.word && !w.cap && (AUXILIARY.has(w.low) || /n['’]t$/.test(w.low) || STANCE_VERBS.has(w.low) || CUE_VERBS.has(w.low) || (irregularPast(w.low) && !DETERMINERS.has(toks[k - 1]?.low ?? "")) || (w.low.endsWith("ed") && !toks[k - 1]?.cap))) return k - 1;
  }
  return end;
}

/** Whether `n`, after "that"/"which"/"who", opens a subject relative clause's verb group: a clause's verb or an adverb before it. */
const relativeVerbAt = (n: Token | undefined): boolean => clauseVerb(n) || (!!n?.word && isLy(n));

/** Verbs that join a subject to a stance adjective: "is wary of", "remained confident that", "grew frustrated with". */
export const COPULA = /^(?:is|was|are|were|be|been|being|am|['’]s|['’]re|['’]m|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|become|becomes|became|grew|grow|grows|feel|feels|felt|sounded|stay|stays|stayed)$/;

/** Nouns whose that-clause is a claim or stance: "Trump's claim that …", "the idea is that …". */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  "claim", "claims", "contention", "assertion", "argument", "belief", "view", "idea", "notion", "suggestion", "allegation",
  "allegations", "accusation", "accusations", "assumption", "hope", "fear", "fears", "concern", "concerns", "warning",
  "promise", "pledge", "reminder", "insistence", "message", "worry", "worries", "charge", "charges", "complaint",
  "admission", "acknowledgment", "acknowledgement", "prediction", "theory", "conviction", "expectation", "sense",
  "speculation", "rumor", "rumors", "rumour", "reports", "assurance", "assurances",
  "denial", "position", "opinion", "perception", "impression", "feeling", "doubts", "confidence", "recognition",
]);

/** Stance nouns and the preposition that introduces their object: "criticism of", "support for". */
export const NOUN_PREP: ReadonlyMap<string, string> = new Map([
  ["support", "for"], ["opposition", "to"], ["criticism", "of"], ["criticisms", "of"],
  ["praise", "for"], ["concerns", "about"], ["concern", "about"], ["complaints", "about"], ["endorsement", "of"],
  ["questions", "about"], ["allegations", "of"], ["accusations", "of"], ["doubts", "about"], ["calls", "for"],
  ["demands", "for"], ["embrace", "of"], ["rejection", "of"], ["condemnation", "of"], ["defense", "of"], ["defence", "of"],
  ["call", "for"], ["attacks", "on"], ["attack", "on"], ["supporters", "of"], ["supporter", "of"], ["focus", "on"], ["response", "to"],
  ["critique", "of"], ["mention", "of"], ["reference", "to"], ["positions", "on"], ["position", "on"], ["endorsements", "of"],
]);

/** Nouns of a verbal attack that take "against" as well: "his onslaught against Trump", "withering attacks against Rubio". */
export const AGAINST_NOUNS: ReadonlySet<string> = new Set(["attack", "attacks", "onslaught", "tirade", "tirades", "broadside", "broadsides", "diatribe", "rant", "crusade", "insults", "warning", "warnings"]);

/** Nouns whose phrase is a claim only with its owner named: "Blum's call for …", not "a call for …". */
const OWNED_NOUNS = new Set(["call", ...AGAINST_NOUNS, "supporters", "supporter", "focus", "response", "critique", "mention", "reference", "positions", "position", "endorsements"]);

const SUBJECT_START = new Set(["he", "she", "they", "we", "i", "it", "you", "there", "this", "these", "those", "his", "her", "their", "its", "our", "the", "a", "an", "no", "some", "many", "most", "all", "every", "any", "only", "if", "because"]);

/** A noun reading of a cue-like word: after a determiner, a possessive or an adjective, not after a subject ("officials claim that"). */
export function nounContext(t: Token, p: Token | undefined, pp: Token | undefined): boolean {
  if (!p || !p.word) return false;
  if (DETERMINERS.has(p.low) || /^(?:his|her|their|its|our|my|your)$/.test(p.low)) return true;
  if (/['’]s?$/.test(p.t) && p.t.length > 2) return true;
  // After a plural, a bare form is its verb: "the dockers worry that …" (not "the dockers' worries").
  if (/[^su]s$/.test(p.low) && !/s$/.test(t.low) && !p.cap) return false;
  // "the dockers now worry that …" is a verb; "there is also concern that …" a noun.
  if (VERB_ADVERBS.has(p.low)) return /^(?:is|was|are|were|be|been|being|there|of|with|no)$/.test(pp?.low ?? "");
  return !p.cap && !SPEAKER_PRONOUNS.has(p.low) && !ROLE_NOUNS.has(p.low) && !NP_STOP.has(p.low) && (!/(?:ly|ed)$/.test(p.low) || HOLDER_VERBS.has(p.low));
}

/** Adverbs that stand before a verb, so a word after them is one: "the dockers now worry that …". */
const VERB_ADVERBS = new Set(["now", "still", "also", "often", "always", "never", "already", "just", "even", "again", "too"]);

/**
 * Whose the noun at `i` is: a possessive right before it or before up to three adjectives ("Trump's
 * claim", "his support for", "Kaine's full embrace of", "the campaign's earlier claim").
 */
function possessorBefore(toks: Token[], i: number): TokRange | null {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = toks[k];
    if (!p || !p.word) return null;
    if (/^(?:his|her|their|its|our|my)$/.test(p.low)) return { from: k, to: k };
    if (/['’]s?$/.test(p.t) && p.t.length > 2 && !/^(?:he|she|it|that|there|who|what|let|here)['’]s$/.test(p.low)) {
      if (p.cap) return { from: k, to: k };
      // A lower-case owner only with its determiner: "the campaign's".
      const np = npEndingAt(toks, k, Math.max(0, k - 4));
      return np && np.from < k ? np : null;
    }
    // Only adjectives between: no determiner, verb, name or function word.
    if (p.cap || (DETERMINERS.has(p.low) && !/^(?:most|more|least|less|very)$/.test(p.low)) || NP_STOP.has(p.low) || CUE_VERBS.has(p.low) || STANCE_VERBS.has(p.low)) return null;
  }
  return null;
}

/** Verbs beyond the stance and cue verbs whose object noun is a stance the subject holds: "voiced concern that", "cling to the hope that". */
const HOLDER_VERBS = new Set(["voice", "voices", "voiced", "voicing", "raise", "raises", "raised", "raising", "harbor", "harbors", "harbored", "harbour", "harbours", "harboured", "cling", "clings", "clung", "clinging", "hold", "holds", "held", "holding", "float", "floats", "floated", "stoke", "stoked", "stokes", "fuel", "fuels", "fueled", "fuelled"]);

/**
 * The verb whose object is the noun at `i`, or -1: "rejected the idea", "scoffed at the notion",
 * "expressed similar doubts", "cite concerns", "cling to the hope". Up to three determiners and
 * adjectives may stand between; a verb of the stance or cue lexicons (or HOLDER_VERBS) needs none,
 * any other past or -s form needs a determiner before the noun.
 */
function governingVerb(toks: Token[], i: number): number {
  let k = i - 1;
  let determiner = false;
  for (let n = 0; n < 3 && k > 0; n++, k--) {
    const t = toks[k];
    if (!t || !t.word || t.cap || NP_STOP.has(t.low) || PARTICLES_BEFORE_NOUN.test(t.low) || BE_FORM.test(t.low) || AUXILIARY.has(t.low) || holds(t.low)) break;
    determiner ||= DETERMINERS.has(t.low) || /^(?:the|this|that|any|an?|his|her|their|its|our|my|your)$/.test(t.low);
  }
  if (PARTICLES_BEFORE_NOUN.test(toks[k]?.low ?? "")) k--;
  const t = toks[k];
  if (!t || !t.word || t.cap || k >= i || NP_STOP.has(t.low) || BE_FORM.test(t.low) || AUXILIARY.has(t.low)) return -1;
  if (holds(t.low)) return k;
  return determiner && (/(?:ed|[^s]s)$/.test(t.low) || IRREGULAR_PAST.has(t.low)) ? k : -1;
}

/**
 * The subject of the verb at `v`: the phrase opening the sentence when it runs up to the verb or
 * to a "who" clause before it ("Opponents of the plan cite …", "Others who backed it expressed …"),
 * else the noun phrase right before the verb.
 */
function verbSubject(toks: Token[], v: number): TokRange | null {
  const whole = clauseSubject(toks, 0, v);
  if (whole && (whole.to === v - 1 || toks[whole.to + 1]?.low === "who")) return whole;
  const np = subjectBefore(toks, v, 0).np;
  // "Opponents of allowing refugees into the U.S. cite …": a phrase after a preposition is not the subject.
  return np && /^(?:of|into|in|for|from|with|about|on|to|at|by)$/.test(toks[np.from - 1]?.low ?? "") ? null : np;
}

/** Prepositions between a verb and the noun it governs: "scoffed at the notion", "cling to the hope". */
const PARTICLES_BEFORE_NOUN = /^(?:at|with|on|to|about)$/;

const holds = (w: string): boolean => STANCE_VERBS.has(w) || CUE_VERBS.has(w) || HOLDER_VERBS.has(w);

/** "Trump's claim that Mexico will pay", "the idea is that …", "the contention of X that …". */
export function nounClaim(toks: Token[], i: number, used: (i: number) => boolean): ClauseClaim | null {
  let k = i + 1;
  let speaker: TokRange | null = null;
  if (toks[k]?.low === "of" || toks[k]?.low === "by") {
    const np = npForward(toks, k + 1, Math.min(toks.length, k + 9));
    if (!np) return null;
    const h = toks[np.to];
    if (!h || !(h.cap || ROLE_NOUNS.has(h.low))) return null;
    speaker = np;
    k = np.to + 1;
    if (toks[k]?.t === ",") return null;
  }
  if (toks[k]?.low === "is" || toks[k]?.low === "was") k++;
  if (toks[k]?.low !== "that") return null;
  const after = toks[k + 1];
  if (!after || !after.word || AUXILIARY.has(after.low) || !(after.cap || SUBJECT_START.has(after.low) || /^\d/.test(after.t) || !/(?:ed|ly)$/.test(after.low))) return null;
  speaker ??= possessorBefore(toks, i);
  if (!speaker) {
    // "rejected the idea that …", "marveled at the notion that …": the subject of the verb that takes the
    // noun holds the stance; a cue verb there ("denied the notion that …") has the claim already.
    const v = governingVerb(toks, i);
    if (v >= 0 && used(v)) return null;
    const np = v >= 0 ? verbSubject(toks, v) : null;
    const h = np ? toks[np.to] : undefined;
    if (np && h && canSpeak(h) && h.low !== "it") speaker = np;
  }
  const end = clauseEnd(toks, k);
  const content = trimPunct(toks, k, end);
  if (!content || content.to - content.from < 3) return null;
  return { speaker, cue: { from: i, to: k - 1 }, content };
}

/** Quantifiers that take a plural noun: "some calls", "many reports". */
const PLURAL_QUANTIFIER = /^(?:some|many|several|few|both|all|most|other|more|fewer|numerous|countless|two|three|four|five)$/;

/**
 * "Some calls into the hotline were …", "Safety Worries Have Dogged …": a word in -s at `i` is a
 * plural noun after a plural quantifier, or after the sentence's first word and before a finite verb.
 * ("The ones State says are secret" keeps its verb: a relative clause's subject comes before it.)
 */
export function nounInS(toks: Token[], i: number): boolean {
  const w = toks[i];
  if (!w || !/[^s]s$/.test(w.low)) return false;
  // "raise fears that …", "voice doubts": the object of a verb that voices a stance.
  return PLURAL_QUANTIFIER.test(toks[i - 1]?.low ?? "") || (i === 1 && FINITE_AUXILIARY.test(toks[i + 1]?.low ?? "")) || HOLDER_VERBS.has(toks[i - 1]?.low ?? "");
}
