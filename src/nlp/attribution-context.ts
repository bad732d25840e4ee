// What the attribution passes share: the claim they find (Found, or ClauseClaim as token ranges), the
// state they pass along (Ctx), and small readers over it (the sentence or quote at an offset, token spans, word counts).
import { spanAt } from "./spans.ts";
import { CUE_VERBS, DETERMINERS, FINITE_AUXILIARY, NEGATED_BE, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_VERBS, type CueFrame } from "../lexicon/cues.ts";
import { isOpenQuote, type Token } from "./attribution-tokens.ts";
import type { TokRange } from "./attribution-np.ts";
import type { Quote } from "./quotes.ts";
import type { Block, Sentence, Span } from "../types.ts";

export interface Found {
  speaker: Span | null;
  cue: Span;
  kind: "direct" | "indirect";
  /** Content pieces in reading order (a split quote has two). */
  parts: Span[];
  /** Offset of the sentence the claim starts in. */
  at: number;
  /** For a quote paragraph that continues an earlier claim: that claim. */
  continues?: Found;
}

export interface Ctx {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
  /** Cue token starts already used by a quotation's attribution. */
  usedCues: Set<number>;
  /** Quotes already given to a claim, by start offset. */
  usedQuotes: Set<number>;
  /** Tokens of sentences already tokenised, by sentence index. */
  tokens: Map<number, Token[]>;
  out: Found[];
}

/** A paragraph, or a short block taken for a heading that is a sentence: "“I don't think so,” she said." */
export function isProse(b: Block): boolean {
  if (b.kind === "paragraph") return true;
  return /[.”"'’]\s*$/.test(b.text) && /\s\p{Ll}/u.test(b.text);
}

export function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  // Between sentences (a space): the next one.
  return spanAt(sentences, pos, { orNext: true });
}

/** The endings of a finite verb of saying: "said", "says", "added", "told", "wrote". */
export const FINITE_CUE_FORM = /(?:ed|s|id|ote|old|ound|ought)$/;

/** Whether a phrase headed by `t` can speak: a name (capitalised), a pronoun such as "he" or "they", a role ("the minister"). */
export const canSpeak = (t: Token): boolean => t.cap || SPEAKER_PRONOUNS.has(t.low) || ROLE_NOUNS.has(t.low);

/** Whether the verb at `k` is a relative clause's own: right after "who", or after "who has" ("who criticised", "who has accused"). */
export const afterWho = (toks: Token[], k: number): boolean =>
  toks[k - 1]?.low === "who" || (toks[k - 2]?.low === "who" && /^(?:has|have|had)$/.test(toks[k - 1]?.low ?? ""));

export const cueFrame = (t: Token | undefined): CueFrame | undefined => (t && t.word ? CUE_VERBS.get(t.low) : undefined);

/** Whether the verb at `k` is a restrictive relative clause's own (no comma before "who": "Voters who backed …"). */
export function restrictiveWho(toks: Token[], k: number): boolean {
  const w = toks[k - 1]?.low === "who" ? k - 1 : afterWho(toks, k) ? k - 2 : -1;
  return w > 0 && !!toks[w - 1]?.word;
}

/** Words after which a finite verb cannot be a main clause's: a relative or a conjunction, "to", a modal or "not". */
export const NOT_BEFORE_MAIN_VERB = /^(?:that|which|who|whom|whose|what|to|and|or|but|not|than|as|if|whether|when|where|is|was|are|were|be|been|has|have|had|will|would|could|can|may|might|should|must|does|did|do)$/;

/**
 * "Others who want to ban it said …", "respondents who support Sanders are in college": in a
 * restrictive relative clause on the subject, an object or an infinitive phrase (from `start`) ends
 * before the main clause's finite verb. Returns where the phrase stops (that verb, or the subject or
 * ", and" before it), or `end + 1` when there is none.
 */
export function mainVerbAfter(toks: Token[], start: number, end: number): number {
  for (let k = start + 1; k <= end; k++) {
    const t = toks[k];
    const p = toks[k - 1];
    if (!t || !t.word || t.cap || !p?.word || NOT_BEFORE_MAIN_VERB.test(p.low)) continue;
    // "…, and there were complaints": a clause with its own subject ends the phrase before that subject.
    if (FINITE_AUXILIARY.test(t.low) && /^(?:he|she|they|we|i|it|there)$/.test(p.low)) return toks[k - 2]?.low === "and" ? (toks[k - 3]?.t === "," ? k - 3 : k - 2) : k - 1;
    if (FINITE_AUXILIARY.test(t.low)) return k;
    // "Senate candidates who plan to attend include …": a verb of listing is the main verb in any form.
    if (pastVerb(t) || /^includ(?:e|es|ed)$/.test(t.low) || (cueFrame(t) && FINITE_CUE_FORM.test(t.low) && t.low.endsWith("s") && !STANCE_VERBS.has(t.low))) return k;
    // "economists who favor the tax agree that …": a base form only before "that".
    if ((CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low)) && toks[k + 1]?.low === "that") return k;
  }
  return end + 1;
}

export const IRREGULAR_PAST: ReadonlySet<string> = new Set(["knew", "saw", "thought", "felt", "found", "sought", "chose", "wrote", "understood", "spoke"]);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "them", "us", "me", "you", "it", "his", "their", "its", "our", "my", "your"]);
/** Common irregular past tenses, which the -ed test misses. */
export const COMMON_PAST: ReadonlySet<string> = new Set(["took", "made", "went", "gave", "got", "came", "left", "held", "told", "said", "kept", "met", "ran", "won", "lost", "sent", "spent", "put", "brought", "became", "began", "stood", "led", "paid", "built", "sold", "struck", "drew", "threw", "wore", "broke", "quit", "fell", "rose", "grew", "fought", "flew", "fled", "bought", "caught", "taught", "drove", "swore", "heard", "meant", "withdrew", "forgot", "hid", "shot", "hit"]);

/** An irregular past tense: "took", "saw", "thought". */
export const irregularPast = (w: string): boolean => COMMON_PAST.has(w) || IRREGULAR_PAST.has(w);

/** A past tense of a predicate: an irregular one, or a verb of saying or stance in -ed ("defended"). */
export const pastVerb = (t: Token): boolean => irregularPast(t.low) || (t.low.endsWith("ed") && (CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low)));

/** A past-tense verb with its object ("took the stage", "defended Trump"): a predicate of its own after "and". */
export function newPredicate(v: Token | undefined, n: Token | undefined): boolean {
  if (!v || !v.word || v.cap || !n) return false;
  return pastVerb(v) && (DETERMINERS.has(n.low) || OBJECT_PRONOUNS.has(n.low) || n.low === "that" || n.cap || isOpenQuote(n.t));
}

/** The form of "be" before the adverbs that end at `k` ("was sharply (criticised)", "was first (reported)"), or -1. */
export function passiveBe(toks: Token[], k: number): number {
  let b = k;
  while (b > 0 && (/ly$/.test(toks[b]?.low ?? "") || /^(?:first|also|later|since|once)$/.test(toks[b]?.low ?? "")) && !toks[b]?.cap) b--;
  const w = toks[b]?.low ?? "";
  return /^(?:is|are|was|were|be|been|being)$/.test(w) || NEGATED_BE.test(w) ? b : -1;
}

export const tokSpan = (toks: Token[], r: TokRange): Span => ({ start: toks[r.from]?.start ?? 0, end: toks[r.to]?.end ?? 0 });

export function insideQuote(ctx: Ctx, pos: number): Quote | undefined {
  return spanAt(ctx.quotes, pos);
}

export function wordsIn(toks: Token[], r: TokRange): number {
  let n = 0;
  for (let k = r.from; k <= r.to; k++) if (toks[k]?.word) n++;
  return n;
}

/** When reported content runs into a quotation that goes on past the sentence, the content goes with it. */
export function extendOverQuote(ctx: Ctx, span: Span): Span {
  const q = insideQuote(ctx, span.end - 1);
  if (q && q.end > span.end) {
    ctx.usedQuotes.add(q.start);
    return { start: span.start, end: q.inner.end };
  }
  return span;
}

/** A claim a clause-level pass finds, as token ranges: attribution.ts makes spans of them. */
export interface ClauseClaim {
  /** Null when the text names no speaker: "the claim that …", "to highlight the crisis". */
  speaker: TokRange | null;
  cue: TokRange;
  content: TokRange;
}

/** Auxiliaries, negation and frequent adverbs that stand between a subject and its verb. */
export const AUXILIARY = new Set(["is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "also", "never", "still", "often"]);
