// The subject at the start of a clause (after an opening adverbial, with a comparative quantity or a
// name in apposition), where that subject's verb may stand, and the words that open a clause inside a sentence.
import { isLy, ROLE_NOUNS } from "../lexicon/cues.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { type TokRange, npForward } from "./attribution-np.ts";
import { without, skipOpening } from "./attribution-openings.ts";

/** Words that open a comparative quantity before "than": "More than 40 groups", "fewer than half". */
export const COMPARATIVE = /^(?:more|fewer|less)$/;

/**
 * Where a subject's verb may stand from `v` (before `limit`): past an aside between commas ("Cruz,
 * who is third in the polls, was …") and adverbs in -ly ("her campaign quickly responded").
 */
export function verbAfterSubject(toks: Token[], v: number, limit: number): number {
  if (toks[v]?.t === ",") {
    let c = v + 1;
    while (c < limit && c - v <= 12 && toks[c]?.t !== "," && !isOpenQuote(toks[c]?.t ?? "") && !isCloseQuote(toks[c]?.t ?? "")) c++;
    if (toks[c]?.t === "," && c < limit) v = c + 1;
  }
  while (toks[v] && isLy(toks[v] as Token)) v++;
  return v;
}

/** Words that open a subordinate clause: "because", "when", "unless" … Every opener list below is drawn from it. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(["because", "when", "whenever", "where", "while", "although", "though", "if", "since", "after", "before", "whereas", "as", "once", "unless", "until"]);

/** Words that open a clause inside the sentence: "…, while X said", "and when X …" (not a condition). */
export const INNER_OPENER = without(SUBORDINATORS, "if", "unless");

/** Openers that are never a preposition or an adverb: "when", "although". */
export const SUBORDINATOR_ONLY: ReadonlySet<string> = new Set(["while", "whereas", "although", "though", "because", "when", "whenever"]);

/** Words that open a clause inside a clause with no comma: "That's why Jo Blum quit …". */
export const NESTED_OPENER: ReadonlySet<string> = new Set(["why", "how", "that", "whether", "if", "where", ...without(INNER_OPENER, "while", "whereas", "whenever", "as")]);

/**
 * Openers of an adverbial or relative clause, which a verb after "and" continues ("when Sanders
 * took issue and assailed …", "which Trump called a disaster and promised to …"); a verb after a
 * complement clause ("said that taxes would rise and attacked …") goes with the main clause.
 */
export const ADVERBIAL_OPENER: ReadonlySet<string> = new Set([...without(INNER_OPENER, "whereas", "as"), "which", "whom"]);

/**
 * A common-noun subject with a name in apposition: "One of the men, Jessie Elkins, 70, had served …
 * and said" is the named man's claim (the mention keeps both). Not a list ("the candidates, Ted
 * Cruz, Marco Rubio and …"): a capitalised word after the name's comma ends the reading.
 */
function appositiveName(toks: Token[], np: TokRange, limit: number): TokRange {
  if (toks[np.to]?.cap || toks[np.to + 1]?.t !== ",") return np;
  const start = np.to + 2;
  let k = start;
  // "the other candidate, former Secretary of State Hillary Clinton, drew …": a title in lower case
  // ("former", a role) and the "of" of an office may come before the name.
  while (k < limit && k < start + 4 && toks[k]?.word && !toks[k]?.cap && (toks[k]?.low === "former" || ROLE_NOUNS.has(toks[k]?.low ?? ""))) k++;
  let caps = 0;
  while (k < limit && k < start + 9 && toks[k]?.word && (toks[k]?.cap || (toks[k]?.low === "of" && caps > 0 && toks[k + 1]?.cap))) {
    if (toks[k]?.cap) caps++;
    k++;
  }
  const after = toks[k + 1];
  if (caps < 2 || !toks[k - 1]?.cap || !toks[k - 2]?.cap || toks[k]?.t !== "," || !after || after.cap) return np;
  return { from: np.from, to: k - 1 };
}

/** Whether a subject after the token `q` opens its clause: a comma, a dash, an open quote, "and"/"but", a subordinator. */
export const atClauseStart = (q: Token | undefined): boolean => !q || q.t === "," || isDash(q.t) || isOpenQuote(q.t) || /^(?:and|but)$/.test(q.low) || SUBORDINATORS.has(q.low);

/** The subject at the start of a clause, after an opening adverbial ("In November, the US …"). */
export function clauseSubject(toks: Token[], from: number, limit: number): TokRange | null {
  const i = skipOpening(toks, from, limit);
  if (i === null) return null;
  // "More than 40 groups - including … - sent": a comparative quantity opens the phrase.
  if (COMPARATIVE.test(toks[i]?.low ?? "") && toks[i + 1]?.low === "than") {
    const np = npForward(toks, i + 2, limit);
    return np ? { from: i, to: np.to } : null;
  }
  const np = npForward(toks, i, limit, true);
  return np && appositiveName(toks, np, limit);
}
