// Finds attributions in an article's text: direct quotations with their speaker and cue
// (“A,” he said. / She said: “A.” / split quotes), and reported speech ("X said that …",
// "…, The Telegraph reports", "according to X, …"). Speakers stay as text spans here;
// speaker.ts resolves them to people, organisations and outlets.
import { COMPLEMENT_VERBS, CUE_VERBS, type CueFrame, DOCUMENT_NOUNS, INTENT_VERBS, NEEDS_THAT, NOUN_HOMOGRAPHS, QUOTE_ONLY_OK, READ_CUES, ROLE_NOUNS, SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import { npForward, subjectBefore, type TokRange } from "./attribution-np.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token, tokenize } from "./attribution-tokens.ts";
import { findQuotes, type Quote, wordCount } from "./quotes.ts";
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

const PREP_TAIL = new Set(["on", "in", "at", "during", "last", "this", "earlier", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "late", "early", "after", "before", "while", "when", "following", "recently", "afterward", "afterwards", "later", "privately", "publicly", "repeatedly", "again", "also", "then", "via", "through", "over", "from", "with", "to", "of", "about", "for", "under", "as", "by"]);
const SKIP_TO_THAT = 24;

interface Ctx {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
  /** Cue token starts already used by a quotation's attribution. */
  usedCues: Set<number>;
  /** Quotes already given to a claim, by start offset. */
  usedQuotes: Set<number>;
  out: Found[];
}

/** All attributions in `text`, in reading order of their content. */
export function findAttributions(text: string, blocks: Block[], sentences: Sentence[]): Found[] {
  const quotes: Quote[] = [];
  for (const b of blocks) if (b.kind === "paragraph") for (const q of findQuotes(text, b.start, b.end)) quotes.push(q);
  const ctx: Ctx = { text, sentences, quotes, usedCues: new Set(), usedQuotes: new Set(), out: [] };
  directQuotes(ctx, blocks);
  reported(ctx, blocks);
  return ctx.out.sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));
}

function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  // Between sentences (a space): the next one.
  return sentences[lo];
}

const cueFrame = (t: Token | undefined): CueFrame | undefined => (t && t.word ? CUE_VERBS.get(t.low) : undefined);

// ---------------------------------------------------------------- direct quotations

interface QuoteAttribution {
  speaker: TokRange | null;
  cue: number;
  toks: Token[];
  /** Where the attribution's words end (after its tail), and whether a quote follows right after a comma. */
  end: number;
}

/** `“…,” he said.` / `“…,” said Smith, who …` / `“…,” the statement read.` after a quote. */
function suffixAttribution(ctx: Ctx, q: Quote): QuoteAttribution | null {
  if (!q.closed) return null;
  const s = sentenceAt(ctx.sentences, q.end - 1);
  if (!s || s.end <= q.end) return null;
  const toks = tokenize(ctx.text, q.end, s.end);
  let i = 0;
  if (toks[i]?.t === "," || isDash(toks[i]?.t ?? "")) i++;
  const first = toks[i];
  if (!first || !first.word) return null;
  const limit = Math.min(toks.length, i + 14);
  // Inverted: "said Smith", "added the spokesman".
  if (cueFrame(first) || READ_CUES.has(first.low)) {
    const np = npForward(toks, i + 1, limit);
    if (np) return { speaker: np, cue: i, toks, end: tailEnd(toks, np.to + 1) };
  }
  // Normal: "he said", "the statement read", "Mr. Smith told reporters".
  const np = npForward(toks, i, limit);
  if (!np) return null;
  let c = np.to + 1;
  while (c < toks.length && (toks[c]?.low === "has" || toks[c]?.low === "had" || toks[c]?.low === "also" || toks[c]?.low === "later" || toks[c]?.low === "then" || /ly$/.test(toks[c]?.low ?? ""))) c++;
  const cue = toks[c];
  if (!cue || !cue.word || cue.cap) return null;
  const single = np.from === np.to ? toks[np.from] : undefined;
  const pronounOrName = !!single && (SPEAKER_PRONOUNS.has(single.low) || single.cap);
  const known = cueFrame(cue) !== undefined || READ_CUES.has(cue.low);
  // An unknown past-tense verb right after a quote and a pronoun or name is a cue too ("…,” he quipped).
  if (!known && !(pronounOrName && /ed$/.test(cue.low) && toks[np.from - 1]?.t === ",")) return null;
  return { speaker: np, cue: c, toks, end: tailEnd(toks, c + 1) };
}

/** The attribution's tail ends at a comma that opens another quote, else at the sentence end. */
function tailEnd(toks: Token[], from: number): number {
  for (let k = from; k < toks.length; k++) {
    if (toks[k]?.t === "," && isOpenQuote(toks[k + 1]?.t ?? "")) return toks[k]?.end ?? 0;
  }
  return toks[toks.length - 1]?.end ?? 0;
}

/** `He said: “…”` / `Smith told reporters, “…”` / `According to X, “…”` before a quote. */
function prefixAttribution(ctx: Ctx, q: Quote): QuoteAttribution | null {
  const s = sentenceAt(ctx.sentences, q.start);
  if (!s) return null;
  let from = s.start;
  if (from >= q.start) {
    // The quote opens its sentence: a colon ending the sentence (or paragraph) before introduces it.
    const prev = ctx.sentences[s.index - 1];
    if (!prev || !/:\s*$/.test(ctx.text.slice(prev.start, q.start))) return null;
    from = prev.start;
  }
  const toks = tokenize(ctx.text, from, q.start);
  let k = toks.length - 1;
  const last = toks[k];
  if (!last) return null;
  if (isDash(last.t) && k >= 1 && k <= 6) {
    // "Sonya Herridge ― “…”": a name and a dash introduce a quotation.
    const np = npForward(toks, 0, k);
    if (np && np.to === k - 1 && toks[np.from]?.cap) return { speaker: np, cue: k, toks, end: q.start };
  }
  if (last.t !== ":" && last.t !== ",") {
    // "He said “…”" with no comma: only right after the cue.
    if (!cueFrame(last)) return null;
  } else k--;
  // Walk back over a short tail (addressee, time) to the cue.
  for (let c = k; c >= 0 && c >= k - 6; c--) {
    const t = toks[c];
    if (!t) break;
    if (t.t === "," || t.t === "." || t.low === "that" || isCloseQuote(t.t)) break;
    const f = cueFrame(t);
    if (f && !(f === "object" && c !== k && !(toks[c + 1]?.low === "on" || toks[c + 1]?.low === "for"))) {
      // Inverted "said Smith:" is rare; the subject comes before.
      const sub = subjectBefore(toks, c, 0);
      if (sub.negated) return null;
      let np = sub.np;
      if (!np && c < k) np = npForward(toks, c + 1, k + 1);
      if (!np) return null;
      return { speaker: np, cue: c, toks, end: q.start };
    }
    if (t.low === "to" && toks[c - 1]?.low === "according") {
      const np = npForward(toks, c + 1, k + 1);
      if (!np) return null;
      return { speaker: np, cue: c - 1, toks, end: q.start };
    }
  }
  return null;
}

function directQuotes(ctx: Ctx, blocks: Block[]): void {
  const { text, quotes } = ctx;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    if (!q || ctx.usedQuotes.has(q.start)) continue;
    const words = wordCount(text, q.inner);
    if (words < 1) continue;
    const s = sentenceAt(ctx.sentences, q.start);
    if (!s) continue;
    const suffix = suffixAttribution(ctx, q);
    // A short quote inside a sentence is a phrase being quoted, not a quotation (the reported pass takes it).
    const startsSentence = s.start >= q.start - 1 || /[:,—–]\s*$/.test(text.slice(s.start, q.start));
    const block = blockAt(blocks, q.start);
    const wholeParagraph = !!block && q.start === block.start && q.end >= block.end - 1;
    if (words < 4 && !(suffix && startsSentence) && !wholeParagraph) continue;
    const att = suffix ?? (startsSentence ? prefixAttribution(ctx, q) : null);
    if (att) {
      const cueTok = att.toks[att.cue];
      if (!cueTok) continue;
      if (!suffix && NEEDS_THAT.has(cueTok.low) && !QUOTE_ONLY_OK.has(cueTok.low)) continue;
      const parts: Span[] = [q.inner];
      ctx.usedQuotes.add(q.start);
      ctx.usedCues.add(cueTok.start);
      if (cueTok.low === "according") ctx.usedCues.add(att.toks[att.cue + 1]?.start ?? -1);
      // Quotes run together after one attribution: He said “A,” “B.”
      let n = qi + 1;
      for (let last = q; quotes[n] && /^[\s,]*$/.test(text.slice(last.end, quotes[n]?.start ?? 0)) && sameBlock(blocks, q.start, quotes[n]?.start ?? 0); n++) {
        const nq = quotes[n];
        if (!nq) break;
        parts.push(nq.inner);
        ctx.usedQuotes.add(nq.start);
        last = nq;
      }
      // A quote split by its attribution: “A,” he said. “B.” / “A,” he said, “B.”
      const next = n === qi + 1 ? quotes[qi + 1] : undefined;
      if (suffix && next && !ctx.usedQuotes.has(next.start) && sameBlock(blocks, q.start, next.start)) {
        const gap = text.slice(att.end, next.start);
        if (/^[\s.,;:]*$/.test(gap) && !suffixAttribution(ctx, next)) {
          parts.push(next.inner);
          ctx.usedQuotes.add(next.start);
        }
      }
      ctx.out.push({
        speaker: att.speaker ? tokSpan(att.toks, att.speaker) : null,
        cue: { start: cueTok.start, end: cueTok.low === "according" ? (att.toks[att.cue + 1]?.end ?? cueTok.end) : cueTok.end },
        kind: "direct",
        parts,
        at: s.start,
      });
      continue;
    }
    // A paragraph that is one quotation, right after a paragraph whose claim was a quotation or
    // reported speech: the same speaker goes on.
    const prevClaim = ctx.out[ctx.out.length - 1];
    if (block && wholeParagraph && prevClaim && words >= 2) {
      const prevBlock = blockAt(blocks, prevClaim.parts[prevClaim.parts.length - 1]?.start ?? -1);
      if (prevBlock && prevBlock.index === block.index - 1) {
        // The reference annotation (and a reader) takes the run of quote paragraphs as one claim.
        ctx.usedQuotes.add(q.start);
        prevClaim.parts.push(q.inner);
        if (prevClaim.kind === "indirect") prevClaim.kind = "direct";
      }
    }
  }
}

function blockAt(blocks: Block[], pos: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (!b) break;
    if (pos < b.start) hi = mid - 1;
    else if (pos >= b.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}

function sameBlock(blocks: Block[], a: number, b: number): boolean {
  const x = blockAt(blocks, a);
  return !!x && b < x.end;
}

const tokSpan = (toks: Token[], r: TokRange): Span => ({ start: toks[r.from]?.start ?? 0, end: toks[r.to]?.end ?? 0 });

// ---------------------------------------------------------------- reported speech

function insideQuote(ctx: Ctx, pos: number): Quote | undefined {
  const qs = ctx.quotes;
  let lo = 0;
  let hi = qs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = qs[mid];
    if (!q) break;
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}

// One pass over the text finds the sentences worth tokenising: those with a cue word in them.
const CUE_WORD = new RegExp(`\\b(?:${trieRegex(["according to", "that", ...CUE_VERBS.keys(), ...INTENT_VERBS])})\\b`, "gi");

/** A regex alternation shaped as a trie, so matching dispatches on each letter instead of trying every word. */
function trieRegex(words: string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let k = n.next.get(ch);
      if (!k) n.next.set(ch, (k = { end: false, next: new Map() }));
      n = k;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.next].map(([ch, k]) => ch.replace(/[^a-z0-9]/g, (c) => (c === " " ? " " : `\\${c}`)) + emit(k));
    if (!alts.length) return "";
    const body = alts.length === 1 ? alts[0] ?? "" : `(?:${alts.join("|")})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

function reported(ctx: Ctx, blocks: Block[]): void {
  const { text, sentences } = ctx;
  CUE_WORD.lastIndex = 0;
  let si = 0;
  let last = -1;
  for (let m = CUE_WORD.exec(text); m; m = CUE_WORD.exec(text)) {
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= m.index) si++;
    const s = sentences[si];
    if (!s || si === last || m.index < s.start) continue;
    const w = m[0].toLowerCase();
    if ((w === "that" || w === "to") && !complementBefore(text, m.index, w)) continue;
    last = si;
    const block = blocks[s.block];
    if (!block || block.kind !== "paragraph") continue;
    const toks = tokenize(text, s.start, s.end);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t || !t.word) continue;
      if (t.low === "according" && toks[i + 1]?.low === "to") {
        if (!ctx.usedCues.has(t.start) && !insideQuote(ctx, t.start)) {
          const found = accordingTo(ctx, toks, i, s);
          if (found) ctx.out.push(found);
        }
        continue;
      }
      if ((t.low === "that" || t.low === "to") && i >= 2) {
        // "X believes that …", "X wants to …": a verb that is no cue word, with a speaker and a clause.
        const v = toks[i - 1];
        if (v && !cueFrame(v) && !ctx.usedCues.has(v.start) && !insideQuote(ctx, t.start)) {
          const found = t.low === "that" ? genericThat(ctx, toks, i, s) : INTENT_VERBS.has(v.low) ? intent(ctx, toks, i, s) : null;
          if (found) {
            ctx.out.push(found);
            ctx.usedCues.add(v.start);
          }
        }
        continue;
      }
      const frame = cueFrame(t);
      if (!frame || ctx.usedCues.has(t.start) || insideQuote(ctx, t.start)) continue;
      const found = reportedAt(ctx, toks, i, frame, s);
      if (found) {
        ctx.out.push(found);
        ctx.usedCues.add(t.start);
      }
    }
  }
}

const WORD_BEFORE = /([A-Za-z]+)\s+$/;

/** Cheap check before tokenising for "that"/"to": is the word before a possible verb of saying or intending? */
function complementBefore(text: string, at: number, w: string): boolean {
  const prev = WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1]?.toLowerCase();
  if (!prev) return false;
  if (w === "to") return INTENT_VERBS.has(prev);
  return (/(?:s|ed)$/.test(prev) || COMPLEMENT_VERBS.has(prev)) && !NOT_COMPLEMENT_VERB.test(prev);
}

const NOT_COMPLEMENT_VERB = /^(?:so|such|now|given|except|provided|assuming|is|was|are|were|be|been|being|am|do|does|did|done|like|likes|liked|all|and|but|or|than|with|of|in|on|at|by|for|from|to|about|into|after|before|because|since|while|when|said|says)$/;

/** "X believes that …": a speaker, a verb right before "that", and a clause after it. */
function genericThat(ctx: Ctx, toks: Token[], i: number, s: Sentence): Found | null {
  const v = toks[i - 1];
  if (!v || !v.word || v.cap || NOT_COMPLEMENT_VERB.test(v.low)) return null;
  if (!(/(?:s|ed)$/.test(v.low) || COMPLEMENT_VERBS.has(v.low))) return null;
  if (ROLE_NOUNS.has(v.low) || DOCUMENT_NOUNS.has(v.low)) return null;
  const sub = subjectBefore(toks, i - 1, 0);
  if (!sub.np || sub.negated || sub.via === "relative") return null;
  const headTok = toks[sub.np.to];
  if (!headTok || !(headTok.cap || SPEAKER_PRONOUNS.has(headTok.low) || ROLE_NOUNS.has(headTok.low))) return null;
  if (headTok.low === "it" || headTok.low === "there") return null;
  const after = trimPunct(toks, i, clauseEnd(toks, i));
  if (!after || wordsIn(toks, after) < 5) return null;
  return { speaker: tokSpan(toks, sub.np), cue: { start: v.start, end: v.end }, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, after))], at: s.start };
}

/** "X wants to …", "X plans to …": an intention held by the speaker. */
function intent(ctx: Ctx, toks: Token[], i: number, s: Sentence): Found | null {
  const v = toks[i - 1];
  if (!v) return null;
  const prev = toks[i - 2];
  if (prev && /^(?:is|are|was|were|be|been|being)$/.test(prev.low)) return null;
  const sub = subjectBefore(toks, i - 1, 0);
  if (!sub.np || sub.negated || sub.via === "relative") return null;
  const headTok = toks[sub.np.to];
  if (!headTok || !(headTok.cap || SPEAKER_PRONOUNS.has(headTok.low) || ROLE_NOUNS.has(headTok.low)) || headTok.low === "it") return null;
  const after = trimPunct(toks, i, clauseEnd(toks, i));
  if (!after || wordsIn(toks, after) < 3) return null;
  return { speaker: tokSpan(toks, sub.np), cue: { start: v.start, end: v.end }, kind: "indirect", parts: [tokSpan(toks, after)], at: s.start };
}

function accordingTo(ctx: Ctx, toks: Token[], i: number, s: Sentence): Found | null {
  const cue: Span = { start: toks[i]?.start ?? 0, end: toks[i + 1]?.end ?? 0 };
  const np = npForward(toks, i + 2, toks.length);
  if (!np) return null;
  let after = np.to + 1;
  // "according to a report in The Times": take the whole phrase up to the comma.
  while (after < toks.length && toks[after]?.t !== "," && after - np.to < 8) after++;
  // The source as written runs to the comma: "figures from the port authority".
  let srcEnd = np.to;
  while (srcEnd + 1 < after && toks[srcEnd + 1]?.word) srcEnd++;
  const speaker = tokSpan(toks, { from: np.from, to: srcEnd });
  const before = trimPunct(toks, firstContentTok(toks), i - 1);
  if (before && wordsIn(toks, before) >= 3) {
    // "…, according to X." (and "…, according to X, …").
    const parts = [tokSpan(toks, before)];
    const rest = trimPunct(toks, after + 1, toks.length - 1);
    if (toks[after]?.t === "," && rest && wordsIn(toks, rest) >= 3) parts.push(tokSpan(toks, rest));
    return { speaker, cue, kind: "indirect", parts, at: s.start };
  }
  const rest = trimPunct(toks, after + 1, toks.length - 1);
  if (!rest || wordsIn(toks, rest) < 3) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, rest))], at: s.start };
}

function firstContentTok(toks: Token[]): number {
  let i = 0;
  while (i < toks.length && !toks[i]?.word && !isOpenQuote(toks[i]?.t ?? "")) i++;
  return i;
}

function wordsIn(toks: Token[], r: TokRange): number {
  let n = 0;
  for (let k = r.from; k <= r.to; k++) if (toks[k]?.word) n++;
  return n;
}

/** Trims commas, dashes and final punctuation (not quote marks) off a token range. */
function trimPunct(toks: Token[], from: number, to: number): TokRange | null {
  let a = from;
  let b = to;
  while (a <= b && !toks[a]?.word && !isOpenQuote(toks[a]?.t ?? "")) a++;
  while (b >= a && !toks[b]?.word && !isCloseQuote(toks[b]?.t ?? "") && toks[b]?.t !== ")") b--;
  return a <= b ? { from: a, to: b } : null;
}

/** When reported content runs into a quotation that goes on past the sentence, the content goes with it. */
function extendOverQuote(ctx: Ctx, span: Span): Span {
  const q = insideQuote(ctx, span.end - 1);
  if (q && q.end > span.end) {
    ctx.usedQuotes.add(q.start);
    return { start: span.start, end: q.inner.end };
  }
  return span;
}

function reportedAt(ctx: Ctx, toks: Token[], c: number, frame: CueFrame, s: Sentence): Found | null {
  const cueTok = toks[c];
  if (!cueTok) return null;
  const prev = toks[c - 1];
  // Passive and infinitive uses: "is said to be", "was called", "to say".
  if (prev && /^(?:is|are|was|were|be|been|being|to|'s)$/.test(prev.low) && !/ing$/.test(cueTok.low)) return null;
  if (prev && prev.low === "to" ) return null;
  // Nouns that look like verbs: "the report", "a call", "his claims", "these reports".
  if (prev && /^(?:the|a|an|his|her|their|its|our|my|your|these|those|such|no|any|of|for|in|new|whose)$/.test(prev.low)) return null;
  if (prev && (prev.low === "that" || prev.low === "this") && NOUN_HOMOGRAPHS.has(cueTok.low)) return null;
  if (/^(?:says|said)$/.test(cueTok.low) === false && cueTok.cap) return null;
  const cue: Span = { start: cueTok.start, end: cueTok.end };

  // Inverted: "…, said Smith." / "…,” says the report."
  if (prev && (prev.t === "," || isCloseQuote(prev.t) || isDash(prev.t)) && (frame === "clause" || frame === "addressee")) {
    const np = npForward(toks, c + 1, toks.length);
    const before = trimPunct(toks, firstContentTok(toks), c - 2);
    if (np && before && wordsIn(toks, before) >= 3 && closesAttribution(toks, np)) {
      const parts = [tokSpan(toks, before)];
      const rest = afterComma(toks, np.to + 1);
      if (rest) parts.push(tokSpan(toks, rest));
      return { speaker: tokSpan(toks, np), cue, kind: "indirect", parts, at: s.start };
    }
  }

  const sub = subjectBefore(toks, c, 0);
  if (sub.negated || !sub.np) return null;
  const np = sub.np;
  const speaker = tokSpan(toks, np);

  // Content after the cue.
  let i = c + 1;
  if (toks[i]?.low === "of" || toks[i]?.low === "for" || toks[i]?.low === "on") {
    // "said of", "called for", "called on": the particle belongs to the cue.
    if (frame === "object" || toks[i]?.low === "of") {
      cue.end = toks[i]?.end ?? cue.end;
      i++;
    }
  }
  let start = -1;
  // Skip an addressee or a time phrase up to "that".
  for (let k = i; k < toks.length && k - i <= SKIP_TO_THAT; k++) {
    const t = toks[k];
    if (!t) break;
    if (t.low === "that" && k > i) {
      const first = toks[i];
      if (frame === "addressee" || frame === "object" || (first && PREP_TAIL.has(first.low)) || (first && isDash(first.t))) start = k;
      break;
    }
    if (t.low === "that" || (t.t === "," && frame !== "addressee") || t.t === ";" || isOpenQuote(t.t) || ((t.low === "and" || t.low === "but") && frame !== "addressee") || (k > i && cueFrame(t))) break;
  }
  if (start < 0) {
    if (toks[i]?.low === "that") start = i;
    else if (frame === "addressee") {
      // "told reporters the plan …": skip a short addressee.
      const obj = addressee(toks, i);
      start = obj;
    } else start = i;
  }
  const hasThat = toks[start]?.low === "that";
  // "While Ramos said that …, he appears …": a cue in a subordinate clause ends its content at the comma.
  const sub0 = toks[np.from - 1];
  const subordinate = !!sub0 && /^(?:while|although|though|as|because|since|if|when|after|before|whereas|unless|until)$/.test(sub0.low);
  let end = clauseEnd(toks, start);
  if (subordinate) for (let k = start + 1; k < end; k++) if (toks[k]?.t === ",") {
    end = k - 1;
    break;
  }
  const after = trimPunct(toks, start, end);
  const afterWords = after ? wordsIn(toks, after) : 0;
  const firstAfter = after ? toks[after.from] : undefined;
  // "said yes", "said so": a one-word answer is what was said; "said goodbye" is not a claim.
  const answer = afterWords === 1 && !!firstAfter && /^(?:yes|no|so)$/.test(firstAfter.low) && /^(?:say|says|said|saying)$/.test(cueTok.low);
  const badStart = !firstAfter || (!hasThat && !answer && (firstAfter.low === "to" || (PREP_TAIL.has(firstAfter.low) && frame !== "object") || firstAfter.low === "goodbye" || firstAfter.low === "hello" || firstAfter.low === "so" || firstAfter.low === "yes" || firstAfter.low === "no" || (firstAfter.low === "it" && afterWords <= 2)));
  const enough = answer || (frame === "object" ? afterWords >= 2 : afterWords >= 3);
  // "The poll shows Clinton ahead", "Video of the incident shows him …": evidence verbs need a document subject or "that".
  const docSubject = DOCUMENT_NOUNS.has(headOf(toks, np)) || DOCUMENT_NOUNS.has(toks[np.from]?.low ?? "");
  const needsThat = (NEEDS_THAT.has(cueTok.low) || frame === "evidence") && !(frame === "evidence" && docSubject);
  const evidenceOk = frame !== "evidence" || hasThat || docSubject;

  // Content before: "…, The Telegraph reports." / "…, the UK defence chief has revealed."
  const lead = toks[np.from - 1];
  const tailShort = !after || badStart || afterWords <= 4 && frame === "addressee";
  if (lead && (lead.t === "," || isCloseQuote(lead.t) || isDash(lead.t)) && sub.via === "adjacent" && tailShort && frame !== "object" && frame !== "evidence") {
    const before = trimPunct(toks, firstContentTok(toks), np.from - 1);
    if (before && wordsIn(toks, before) >= 3 && !opensWithAdverbial(toks, before)) {
      const parts = [tokSpan(toks, before)];
      const rest = afterComma(toks, c + 1);
      if (rest) parts.push(tokSpan(toks, rest));
      return { speaker, cue, kind: "indirect", parts, at: s.start };
    }
  }
  if (!after || badStart || !enough || !evidenceOk) return null;
  if (needsThat && !hasThat && frame !== "clause" && frame !== "evidence") return null;
  if (needsThat && !hasThat && !(cueTok.low === "warned" || cueTok.low === "warns")) return null;
  if (frame === "evidence" && !hasThat && !docSubject) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, after))], at: s.start };
}

/** An inverted speaker ("…, said Smith") is followed by the sentence end, a comma or a short modifier, not a verb. */
function closesAttribution(toks: Token[], np: TokRange): boolean {
  const n = toks[np.to + 1];
  if (!n) return true;
  if (!n.word) return !isOpenQuote(n.t);
  const single = np.from === np.to ? toks[np.from] : undefined;
  if (single && SPEAKER_PRONOUNS.has(single.low)) return false;
  return /^(?:who|in|on|at|during|last|this|of|to|after|before|when|while|from|as|about|with|for|earlier|yesterday|today|recently|told|tells|said|says)$/.test(n.low);
}

function headOf(toks: Token[], np: TokRange): string {
  for (let k = np.to; k >= np.from; k--) {
    const t = toks[k];
    if (t && t.word && !/^(?:of|in|at|from)$/.test(t.low)) {
      // "Video of the incident": the head is before "of".
      const ofAt = toks.slice(np.from, np.to + 1).findIndex((x) => x.low === "of");
      return (ofAt > 0 ? toks[np.from + ofAt - 1]?.low : t.low) ?? "";
    }
  }
  return "";
}

/** "…, officials said, the plan …": the words after the comma that closes the attribution. */
function afterComma(toks: Token[], from: number): TokRange | null {
  let k = from;
  while (k < toks.length && toks[k]?.t !== "," && k - from < 8) k++;
  if (toks[k]?.t !== ",") return null;
  const r = trimPunct(toks, k + 1, toks.length - 1);
  return r && wordsIn(toks, r) >= 3 ? r : null;
}

/** A sentence that opens with an adverbial ("In Washington, officials said …") puts the content after the cue. */
function opensWithAdverbial(toks: Token[], r: TokRange): boolean {
  const first = toks[r.from];
  return !!first && r.to - r.from < 7 && /^(?:in|on|at|after|before|during|meanwhile|however|earlier|later|last|yesterday|today|separately|also|then|since|but|and|still|now|speaking|asked|instead)$/.test(first.low);
}

/** Skips the addressee of "told": a pronoun, "reporters", "the newspaper", "The Washington Post". */
function addressee(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t) return i;
  if (/^(?:me|him|her|us|them|you|reporters|journalists|supporters|voters|listeners|viewers|lawmakers|congress|parliament|members|delegates|guests|crowds|audiences|students|workers)$/.test(t.low)) return i + 1;
  if (t.cap) {
    const np = npForward(toks, i, toks.length);
    return np ? np.to + 1 : i + 1;
  }
  if (/^(?:the|a|an|his|her|their|its)$/.test(t.low)) {
    let k = i + 1;
    while (k < toks.length && k - i <= 4 && toks[k]?.word && (toks[k]?.cap || !ROLE_NOUNS.has(toks[k - 1]?.low ?? ""))) {
      const w = toks[k];
      k++;
      if (w && ROLE_NOUNS.has(w.low)) break;
    }
    return k;
  }
  return i;
}

/** Where a clause's content ends: the sentence end, or before ", adding/saying/according to …". */
function clauseEnd(toks: Token[], from: number): number {
  for (let k = from + 1; k < toks.length - 1; k++) {
    const t = toks[k];
    const n = toks[k + 1];
    if (t?.t === "," && n && (/^(?:adding|saying|noting|arguing|insisting|explaining|claiming|warning|citing)$/.test(n.low) || (n.low === "according" && toks[k + 2]?.low === "to"))) return k - 1;
    // "… and said that …": a second cue of the same subject starts its own claim.
    if ((t?.low === "and" || t?.low === "but") && n && cueFrame(n) && k > from + 2) return k - 1;
  }
  return toks.length - 1;
}
