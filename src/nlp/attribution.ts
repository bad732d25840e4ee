// Finds attributions in an article's text: direct quotations with their speaker and cue
// (“A,” he said. / She said: “A.” / split quotes), and reported speech ("X said that …",
// "…, The Telegraph reports", "according to X, …", "X was asked whether …"), headlines kept in the
// body ("Chief Slams Plan."), "Name: …" leads of paragraphs and headlines, then stances, nominal
// cues and other frames from attribution-svo.ts.
// Speakers stay as text spans here; speaker.ts resolves them to people, organisations and outlets.
import { spanAt } from "./spans.ts";
import { BETWEEN_SUBJECT_AND_CUE, CLAUSE_OPENERS, FINITE_AUXILIARY, COMPLEMENT_VERBS, CUE_VERBS, DETERMINERS, NP_STOP, STANCE_VERBS, type CueFrame, DOCUMENT_NOUNS, INTENT_VERBS, MANNER_OF_SPEAKING, NAMING_VERBS, NEEDS_THAT, NOUN_HOMOGRAPHS, PERSON_PRONOUNS, QUOTE_ONLY_OK, READ_CUES, ROLE_NOUNS, SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import { bareSubject, continuesAfterBut, isPreposition, npEndingAt, npForward, NUMBER_WORD, skipAux, subjectBefore, trimPunct, type TokRange } from "./attribution-np.ts";
import { asReportedBy, clauseClaims, framedClaims, stanceTriggers, TOPIC_PARTICLE, TOPIC_VERBS } from "./attribution-svo.ts";
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
  /** Tokens of sentences already tokenised, by sentence index. */
  tokens: Map<number, Token[]>;
  out: Found[];
}

/** All attributions in `text`, in reading order of their content. */
export function findAttributions(text: string, blocks: Block[], sentences: Sentence[]): Found[] {
  const quotes: Quote[] = [];
  for (const b of blocks) if (isProse(b)) for (const q of findQuotes(text, b.start, b.end)) quotes.push(q);
  const ctx: Ctx = { text, sentences, quotes, usedCues: new Set(), usedQuotes: new Set(), tokens: new Map(), out: [] };
  directQuotes(ctx, blocks);
  colonLeads(ctx, blocks);
  headline(ctx, blocks);
  const which = sentencesWithCues(ctx);
  reported(ctx, blocks, which.cue);
  stances(ctx, blocks, which.stance);
  dropNested(ctx);
  for (const f of ctx.out) endFrontedClause(ctx, f);
  return ctx.out.sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));
}

/** A paragraph, or a short block taken for a heading that is a sentence: "“I don't think so,” she said." */
function isProse(b: Block): boolean {
  if (b.kind === "paragraph") return true;
  return /[.”"'’]\s*$/.test(b.text) && /\s\p{Ll}/u.test(b.text);
}

function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  // Between sentences (a space): the next one.
  return spanAt(sentences, pos, { orNext: true });
}

const cueFrame = (t: Token | undefined): CueFrame | undefined => (t && t.word ? CUE_VERBS.get(t.low) : undefined);
/** A cue next to a quotation: any cue verb, or a verb of saying by its manner ("he yelled"). */
const quoteCue = (t: Token | undefined): CueFrame | undefined => cueFrame(t) ?? (t && t.word && MANNER_OF_SPEAKING.has(t.low) ? "clause" : undefined);

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
  let s = sentenceAt(ctx.sentences, q.end - 1);
  // “… no?” Smith said. / “… the greatest!” she wrote.: the sentence split after the closing mark,
  // so the attribution is the next sentence of the paragraph.
  let nextSentence = false;
  if (s && s.end <= q.end && /[?!.]$/.test(ctx.text.slice(q.inner.start, q.inner.end))) {
    const next = ctx.sentences[s.index + 1];
    if (next && next.block === s.block && /^\s*$/.test(ctx.text.slice(q.end, next.start))) {
      s = next;
      nextSentence = true;
    }
  }
  if (!s || s.end <= q.end) return null;
  const toks = tokenize(ctx.text, q.end, s.end);
  let i = 0;
  if (toks[i]?.t === "," || isDash(toks[i]?.t ?? "")) i++;
  const first = toks[i];
  if (!first || !first.word) return null;
  const limit = Math.min(toks.length, i + 14);
  // Inverted: "said Smith", "added the spokesman".
  if (quoteCue(first) || READ_CUES.has(first.low)) {
    const np = npForward(toks, i + 1, limit) ?? plainPhraseAfterCue(toks, i + 1, limit);
    if (np) return { speaker: np, cue: i, toks, end: tailEnd(toks, np.to + 1) };
  }
  // Inverted with a verb outside the lexicon: "…,” opined the Daily Courier." / "…,” quipped Smith.":
  // a past-tense verb right after a quote's comma and a name or determiner phrase up to the sentence end or a comma.
  if (/ed$/.test(first.low) && !first.cap && /[,!?]/.test(ctx.text.slice(q.inner.end, q.end))) {
    const np = npForward(toks, i + 1, limit) ?? plainPhraseAfterCue(toks, i + 1, limit);
    const after = np ? toks[np.to + 1] : undefined;
    if (np && (toks[np.from]?.cap || DETERMINERS.has(toks[np.from]?.low ?? "")) && (!after || after.t === "," || after.t === ".")) {
      return { speaker: np, cue: i, toks, end: tailEnd(toks, np.to + 1) };
    }
  }
  // Normal: "he said", "the statement read", "Mr. Smith told reporters".
  // "…,” the assailant, John McGraw, told …": a role before the name's appositive.
  let np = npForward(toks, i, limit) ?? plainNounBeforeCue(toks, i) ?? plainPhraseAfterCue(toks, i, limit);
  if (!np) return null;
  np = { from: np.from, to: complementEnd(toks, np.to, limit) };
  let c = np.to + 1;
  // A description before a name: "another friend", "the spokesman".
  const describes = DETERMINERS.has(toks[np.from]?.low ?? "") || ROLE_NOUNS.has(toks[np.to]?.low ?? "");
  if (toks[c]?.t === ",") {
    // "Jim Bennett, 57, told", "Graham, a former candidate, told": an appositive between speaker and cue,
    // with a town and state inside it ("Daniloff, now retired in Cambridge, Mass., said").
    for (let k = c + 1, commas = 0; k < toks.length && k <= c + 24 && commas < 4; k++) {
      const t = toks[k];
      if (!t || isOpenQuote(t.t) || isCloseQuote(t.t) || (t.t === "." && toks[k + 1]?.t !== ",")) break;
      // "…,” another friend, Mariam Emara told CNN.": a name in apposition with no comma after it.
      if (commas === 0 && k > c + 1 && describes && toks[k - 1]?.cap && isCueAt(toks, k) && toks.slice(c + 1, k).every((w) => w.cap && w.word)) {
        np = { from: np.from, to: k - 1 };
        c = k;
        break;
      }
      if (t.t !== ",") continue;
      commas++;
      const cand = toks[k + 1];
      if (cand && cand.word && !cand.cap && (quoteCue(cand) || READ_CUES.has(cand.low))) {
        np = { from: np.from, to: k - 1 };
        c = k + 1;
        break;
      }
      // "Purner, 67, a retired nurse in Allentown, Pa., said": age, role, town and state.
      if (!cand?.cap && !/^(?:a|an|the)$/.test(cand?.low ?? "")) break;
    }
  }
  while (c < toks.length && (toks[c]?.low === "has" || toks[c]?.low === "had" || toks[c]?.low === "also" || toks[c]?.low === "later" || toks[c]?.low === "then" || /ly$/.test(toks[c]?.low ?? ""))) c++;
  const cue = toks[c];
  if (!cue || !cue.word || cue.cap) return null;
  const single = np.from === np.to ? toks[np.from] : undefined;
  const pronounOrName = !!single && (SPEAKER_PRONOUNS.has(single.low) || single.cap);
  const known = quoteCue(cue) !== undefined || READ_CUES.has(cue.low);
  // An unknown past-tense verb right after a quote and a pronoun or name is a cue too ("…,” he quipped).
  const commaBefore = toks[np.from - 1]?.t === "," || (np.from === 0 && /[,!?]/.test(ctx.text.slice(q.inner.end, q.end)));
  if (!known && !(pronounOrName && /ed$/.test(cue.low) && commaBefore)) return null;
  // A next sentence whose cue takes its own clause ("…” He said he agrees.) is a new claim, not this quote's attribution.
  // "…?” Renteria told reporters.": an addressee comes first.
  // "…?” Todd asked the candidate.": a question's asker may name whom it was put to.
  const takesAddressee = quoteCue(cue) === "addressee" || /^ask(?:s|ed)?$/.test(cue.low);
  if (nextSentence && !closesQuoteAttribution(toks, takesAddressee ? addressee(toks, c + 1) : c + 1)) return null;
  return { speaker: np, cue: c, toks, end: tailEnd(toks, c + 1) };
}

/**
 * After a cue in the sentence following a quote: the attribution ends there ("He said." / "She
 * said, adding …" / "he wrote on Twitter.") unless a clause of its own follows the cue.
 */
function closesQuoteAttribution(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !t.word) return true;
  return PREP_TAIL.has(t.low);
}

/** Prepositions that open a phrase inside a speaker's description: "a spokesman for …", "the head of …". */
const SPEAKER_PREPOSITION = /^(?:for|of|at|with|in|from|on)$/;

/**
 * "a spokesman for committee Democrats said", "Jones (D-Ore.) said", "a lawyer with the firm wrote":
 * a parenthesis or a prepositional phrase between the speaker and the cue belongs to the speaker.
 */
function complementEnd(toks: Token[], to: number, limit: number): number {
  const n = toks[to + 1];
  if (!n) return to;
  if (n.t === "(") {
    for (let k = to + 2; k < limit && k <= to + 8; k++) if (toks[k]?.t === ")") return isCueAt(toks, k + 1) ? k : to;
    return to;
  }
  if (!SPEAKER_PREPOSITION.test(n.low)) return to;
  for (let k = to + 2; k < limit && k <= to + 8; k++) {
    const t = toks[k];
    if (!t || !t.word) return to;
    if (!t.cap && isCueAt(toks, k)) return k - 1;
  }
  return to;
}

const isCueAt = (toks: Token[], k: number): boolean => {
  const t = toks[k];
  return !!t && t.word && !t.cap && (quoteCue(t) !== undefined || READ_CUES.has(t.low));
};

/**
 * "…,” asked the boy, who …" / "…,” said the 46-year-old.": after an inverted cue, a determiner and
 * up to five words that run to a comma or the sentence end name the speaker, whatever the words.
 */
function plainPhraseAfterCue(toks: Token[], i: number, limit: number): TokRange | null {
  const det = toks[i];
  if (!det || !/^(?:the|a|an|one|another|his|her|their|its)$/.test(det.low)) return null;
  for (let k = i + 1; k < limit && k <= i + 6; k++) {
    const t = toks[k];
    const closes = !t || t.t === "," || t.t === "." || t.t === ";" || isDash(t.t) || t.low === "who";
    if (closes) return k > i + 1 ? { from: i, to: k - 1 } : null;
    if (!t.word || CUE_VERBS.has(t.low) || NP_STOP.has(t.low)) return null;
  }
  return null;
}

/** "the gambling tycoon told": a determiner and up to four lower-case words right before a cue verb. */
function plainNounBeforeCue(toks: Token[], i: number): TokRange | null {
  const det = toks[i];
  if (!det || !/^(?:the|a|an|his|her|their|its|one|another)$/.test(det.low)) return null;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const t = toks[k];
    if (!t || !t.word) return null;
    if (k > i + 1 && (quoteCue(t) || READ_CUES.has(t.low))) return { from: i, to: k - 1 };
  }
  return null;
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
    if (!quoteCue(last)) return null;
  } else k--;
  // Walk back over a short tail (addressee, time) to the cue.
  for (let c = k; c >= 0 && c >= k - 10; c--) {
    const t = toks[c];
    if (!t) break;
    if (t.t === "," || t.t === "." || t.low === "that" || isCloseQuote(t.t)) break;
    const f = quoteCue(t);
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
  return last.t === ":" ? colonClause(toks, k) : null;
}

/**
 * "Smith went even further: “…”" / "She put it bluntly: “…”": a short clause ending in a colon,
 * opened by a name or a pronoun and a verb, introduces a quotation by its subject.
 */
function colonClause(toks: Token[], k: number): QuoteAttribution | null {
  let from = k;
  while (from > 0 && toks[from - 1]?.t !== "," && toks[from - 1]?.t !== "." && k - from < 9) from--;
  if (from > 0 && toks[from - 1]?.t !== "," && toks[from - 1]?.t !== ".") return null;
  const np = npForward(toks, from, k);
  const head = np ? toks[np.to] : undefined;
  const verb = np ? toks[np.to + 1] : undefined;
  if (!np || !head || !verb || !(head.cap || PERSON_PRONOUNS.has(head.low))) return null;
  if (!verb.word || verb.cap || NP_STOP.has(verb.low) || !/(?:ed|s|t|wn)$/.test(verb.low)) return null;
  return { speaker: np, cue: np.to + 1, toks, end: toks[k + 1]?.start ?? 0 };
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
      // A quoted title inside the attribution ("…,” she told NBC's “Today.” “B.”) is skipped.
      let nn = qi + 1;
      while (suffix && quotes[nn] && (quotes[nn]?.start ?? 0) < att.end && isTitle(text, quotes[nn]?.inner)) nn++;
      const next = n === qi + 1 ? quotes[nn] : undefined;
      // A quotation inside the attribution itself ("…,” said Smith, who called it “a disgrace.”) is not the second half.
      if (suffix && next && next.start >= att.end && !ctx.usedQuotes.has(next.start) && sameBlock(blocks, q.start, next.start)) {
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

/** A short quoted name in title case: “Morning Call.”, ''Meet the Press.'' */
function isTitle(text: string, span: Span | undefined): boolean {
  if (!span || wordCount(text, span) > 5) return false;
  return /^\p{Lu}[^\s]*(?:\s+(?:\p{Lu}[^\s]*|the|of|and|a|in|on|for|to))*[.?!,]?$/u.test(text.slice(span.start, span.end));
}

function blockAt(blocks: Block[], pos: number): Block | undefined {
  return spanAt(blocks, pos);
}

function sameBlock(blocks: Block[], a: number, b: number): boolean {
  const x = blockAt(blocks, a);
  return !!x && b < x.end;
}

const tokSpan = (toks: Token[], r: TokRange): Span => ({ start: toks[r.from]?.start ?? 0, end: toks[r.to]?.end ?? 0 });

// ---------------------------------------------------------------- "Name: …" leads

/** A paragraph (or headline) that opens with a name and a colon: "Okafor: The deal is dead", "SMITH: We won." */
const COLON_LEAD = /^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|of|de|van|von)){0,3}):\s+\S/u;
/** Newsroom labels and time words that open a headline with a colon but name no speaker. */
const COLON_LABELS = /^(?:breaking|update|updated|updates|watch|exclusive|video|videos|photos?|analysis|opinion|editorial|commentary|live|report|note|related|read|source|sources|correction|editor|editors|q|a|question|answer|first|fact|check|review|interview|transcript|election|debate|today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|latest|the|this|here|why|how|what|who|when|where|more|also|plus|bonus|quote|quotes|chart|map|timeline|audio|podcast|listen|see|look|warning|alert|new|news|world|politics|business|sports|weather|ap|afp|reuters|pdf)$/i;

/**
 * A headline's lead may carry a label before a dash and an addressee or topic before the colon:
 * "EXCLUSIVE – Okafor: …", "Okafor to Farmers: …", "Mayor Lund on Tolls: …". Group 1 is the
 * label, group 2 the name, group 3 the phrase after it.
 */
const HEADLINE_LEAD = /^(\p{Lu}+\s*[–—-]\s*)?(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})(\s+(?:to|on|at|about|in|To|On|At|About|In)\s+[^:.!?]{1,60})?:\s+\S/u;

function colonLeads(ctx: Ctx, blocks: Block[]): void {
  const { text } = ctx;
  for (const b of blocks) {
    if (!isProse(b) && b.index !== 0) continue;
    const m = COLON_LEAD.exec(b.text);
    const hl = !m && b.index === 0 ? HEADLINE_LEAD.exec(b.text) : null;
    const h = hl && (hl[1] || hl[3]) ? hl : null;
    const label = h?.[1] ?? "";
    const name = m?.[1] ?? h?.[2];
    if (!name) continue;
    const words = name.split(/\s+/);
    if (words.some((w) => COLON_LABELS.test(w.replace(/['’]s$/, "")))) continue;
    const nameStart = b.start + label.length;
    const colon = h ? nameStart + name.length + (h[3]?.length ?? 0) : b.start + name.length;
    const s = sentenceAt(ctx.sentences, b.start);
    if (!s) continue;
    const toks = tokenize(text, colon + 1, Math.max(s.end, Math.min(b.end, colon + 400)));
    const r = trimPunct(toks, 0, toks.length - 1);
    if (!r || wordsIn(toks, r) < 3) continue;
    const content = tokSpan(toks, r);
    if (ctx.out.some((f) => f.parts.some((p) => p.start < content.end && content.start < p.end))) continue;
    for (const q of ctx.quotes) if (q.start >= content.start && q.start < content.end) ctx.usedQuotes.add(q.start);
    ctx.out.push({ speaker: { start: nameStart, end: nameStart + name.length }, cue: { start: colon, end: colon + 1 }, kind: "indirect", parts: [content], at: s.start });
  }
}

// ---------------------------------------------------------------- headlines

/**
 * "Harbour Board Chief Slams Ferry Plan.", "Mayor backs new bridge.": a first line that is one short
 * sentence (a title kept in the body) whose subject (capitalised words) is followed by a present-tense
 * cue or stance verb, in any case; the rest of the line is the content.
 */
function headline(ctx: Ctx, blocks: Block[]): void {
  const b = blocks[0];
  const s = ctx.sentences[0];
  if (!b || !s || s.end < b.end - 1 || wordCount(ctx.text, b) > 16 || ctx.out.some((f) => f.cue.start < b.end)) return;
  const toks = tokenize(ctx.text, b.start, b.end);
  const first = toks[0]?.low ?? "";
  if (CLAUSE_OPENERS.has(first) || NP_STOP.has(first) || /^(?:why|even|\d.*)$/.test(first)) return;
  for (let k = 1; k < toks.length - 1 && k <= 8; k++) {
    const t = toks[k];
    const prev = toks[k - 1];
    if (!t || !t.word || !prev) return;
    if (!prev.cap && prev.t !== ",") return;
    if (!/[^s]s$/.test(t.low) || !(CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low))) continue;
    const r = trimPunct(toks, k + 1, toks.length - 1);
    if (!r || wordsIn(toks, r) < 1) return;
    ctx.out.push({ speaker: tokSpan(toks, { from: 0, to: k - 1 }), cue: { start: t.start, end: t.end }, kind: "indirect", parts: [tokSpan(toks, r)], at: b.start });
    ctx.usedCues.add(t.start);
    return;
  }
}

// ---------------------------------------------------------------- reported speech

function insideQuote(ctx: Ctx, pos: number): Quote | undefined {
  return spanAt(ctx.quotes, pos);
}

// One pass over the text finds the sentences worth tokenising: those with a cue word in them.
const CUE_LIST = ["according to", "that", ...CUE_VERBS.keys(), ...INTENT_VERBS];
const CUE_SET = new Set(CUE_LIST);
const STANCE_SET = new Set(stanceTriggers());
const TRIGGER = new RegExp(`\\b(?:${trieRegex([...new Set([...CUE_LIST, ...STANCE_SET])])})\\b`, "gi");

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

/**
 * One pass over the text finds the sentences worth tokenising: those with a cue word (for the
 * reported pass) and those with a stance word (for the clause pass), as sorted sentence indexes.
 */
function sentencesWithCues(ctx: Ctx): { cue: number[]; stance: number[] } {
  const { text, sentences } = ctx;
  const cue: number[] = [];
  const stance: number[] = [];
  TRIGGER.lastIndex = 0;
  let si = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= m.index) si++;
    const s = sentences[si];
    if (!s || m.index < s.start) continue;
    const needCue = cue[cue.length - 1] !== si;
    const needStance = stance[stance.length - 1] !== si;
    if (!needCue && !needStance) continue;
    const w = m[0].toLowerCase();
    if (needCue && CUE_SET.has(w) && !((w === "that" || w === "to") && !complementBefore(text, m.index, w))) cue.push(si);
    if (needStance && STANCE_SET.has(w)) stance.push(si);
  }
  return { cue, stance };
}

function reported(ctx: Ctx, blocks: Block[], which: number[]): void {
  const { text, sentences } = ctx;
  for (const si of which) {
    const s = sentences[si];
    if (!s) continue;
    const block = blocks[s.block];
    if (!block || !isProse(block)) continue;
    const toks = tokenize(text, s.start, s.end);
    ctx.tokens.set(si, toks);
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
        // Cue verbs of intention ("vowed to …", "agreed to …") take "to" here too; their clause reading refuses it.
        const free = !cueFrame(v) || (t.low === "to" && INTENT_VERBS.has(v?.low ?? ""));
        if (v && free && !ctx.usedCues.has(v.start) && !insideQuote(ctx, t.start)) {
          const found = t.low === "that" ? genericThat(ctx, toks, i, s) : INTENT_VERBS.has(v.low) ? intent(ctx, toks, i, s) : null;
          if (found) {
            ctx.out.push(found);
            ctx.usedCues.add(v.start);
          }
        }
        continue;
      }
      if ((t.low === "reported" || t.low === "noted") && toks[i + 1]?.low === "by" && !ctx.usedCues.has(t.start) && !insideQuote(ctx, t.start)) {
        // "As reported by the Courier, …": the reported pass reads the sentences with this cue already.
        const c = asReportedBy(toks);
        if (c && c.cue.to === i + 1) {
          ctx.out.push({ speaker: c.speaker ? tokSpan(toks, c.speaker) : null, cue: tokSpan(toks, c.cue), kind: "indirect", parts: [tokSpan(toks, c.content)], at: s.start });
          ctx.usedCues.add(t.start);
          continue;
        }
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

/**
 * A reported claim whose cue sits inside another reported claim's content is part of that content
 * ("X said he plans to …", "X argued that Y backed …"): dropped, unless it is itself a verb of saying.
 */
function dropNested(ctx: Ctx): void {
  const parts = ctx.out.filter((f) => f.kind === "indirect").flatMap((f) => f.parts).sort((a, b) => a.start - b.start);
  if (!parts.length) return;
  ctx.out = ctx.out.filter((f) => {
    if (f.kind === "direct") return true;
    const frame = CUE_VERBS.get(ctx.text.slice(f.cue.start, f.cue.end).toLowerCase());
    if (frame === "clause" || frame === "addressee") return true;
    if (f.parts.some((p) => f.cue.start >= p.start && f.cue.start < p.end)) return true;
    return !inside(parts, 0, f.cue.start);
  });
}

/** Words that open a sentence with a subordinate clause or phrase before the main clause. */
const FRONTED = /^(?:while|although|though|despite|after|before|when|whereas|if|because|since|once|unless|amid)$/;

/**
 * "Although Lund backed the plan, the board voted …", "Despite complaints that it is late, the ferry
 * runs …": a cue inside a clause that opens the sentence (no comma before the cue) has content that
 * ends at the clause's comma, where the main clause begins.
 */
function endFrontedClause(ctx: Ctx, f: Found): void {
  const p = f.parts[0];
  if (f.kind !== "indirect" || f.parts.length !== 1 || !p || p.start < f.cue.end) return;
  const opening = ctx.text.slice(f.at, f.cue.start);
  const first = /^\W*([A-Za-z]+)/.exec(opening)?.[1]?.toLowerCase() ?? "";
  if (!FRONTED.test(first) || /[,;:—–]/.test(opening)) return;
  const body = ctx.text.slice(p.start, p.end);
  const m = /,\s+(?=[\p{Lu}\p{Ll}])/u.exec(body);
  if (!m || !/\p{L}/u.test(body.slice(0, m.index)) || insideQuote(ctx, p.start + m.index)) return;
  const comma = p.start + m.index;
  p.end = comma;
  // "After praising the plan, the mayor left": the speaker read as the opening word is the main clause's
  // subject for a participle; "Despite complaints that …" names no one.
  const sp = f.speaker;
  if (sp && FRONTED.test(ctx.text.slice(sp.start, sp.end).toLowerCase())) {
    const s = sentenceAt(ctx.sentences, f.at);
    const toks = tokenize(ctx.text, comma + 1, s ? s.end : comma + 200);
    const np = /ing$/.test(ctx.text.slice(f.cue.start, f.cue.end)) ? npForward(toks, 0, Math.min(toks.length, 10)) : null;
    f.speaker = np ? tokSpan(toks, np) : null;
  }
}

/** Clause-level claims with stance verbs, in every sentence, for cues the passes above did not use. */
function stances(ctx: Ctx, blocks: Block[], which: number[]): void {
  const { text } = ctx;
  // Contents already found, sorted: a stance inside another claim's content is part of it ("X said he plans to …").
  const contents = ctx.out.flatMap((f) => f.parts).sort((a, b) => a.start - b.start);
  let ci = 0;
  for (const si of which) {
    const s = ctx.sentences[si];
    if (!s) continue;
    const block = blocks[s.block];
    if (!block || !isProse(block)) continue;
    const toks = ctx.tokens.get(si) ?? tokenize(text, s.start, s.end);
    const used = (i: number): boolean => {
      const t = toks[i];
      // A speech verb with a topic ("complained about the noise") is a stance on it, unless the passes above used it.
      const topic = TOPIC_VERBS.test(t?.low ?? "") && TOPIC_PARTICLE.test(toks[i + 1]?.low ?? "");
      return !t || ctx.usedCues.has(t.start) || (cueFrame(t) !== undefined && !topic) || (INTENT_VERBS.has(t.low) && toks[i + 1]?.low === "to");
    };
    for (const c of framedClaims(toks)) {
      const cueTok = toks[c.cue.from];
      if (!cueTok || ctx.usedCues.has(cueTok.start) || insideQuote(ctx, cueTok.start)) continue;
      const content = tokSpan(toks, c.content);
      if (ctx.out.some((f) => f.at === s.start && f.parts.some((p) => p.start < content.end && content.start < p.end))) continue;
      ctx.usedCues.add(cueTok.start);
      ctx.out.push({ speaker: c.speaker ? tokSpan(toks, widenDeterminer(toks, c.speaker, c.cue.from)) : null, cue: tokSpan(toks, c.cue), kind: "indirect", parts: [content], at: s.start });
    }
    for (const c of clauseClaims(toks, used)) {
      const cueTok = toks[c.cue.from];
      if (!cueTok || insideQuote(ctx, cueTok.start)) continue;
      while (ci < contents.length && (contents[ci]?.end ?? 0) <= cueTok.start) ci++;
      if (inside(contents, ci, cueTok.start)) continue;
      ctx.usedCues.add(cueTok.start);
      ctx.out.push({ speaker: c.speaker ? tokSpan(toks, widenDeterminer(toks, c.speaker, c.cue.from)) : null, cue: tokSpan(toks, c.cue), kind: "indirect", parts: [tokSpan(toks, c.content)], at: s.start });
    }
  }
}

/**
 * "Residents who live near the plant said …": a speaker read inside a relative clause (no comma
 * before "who") stands for the noun phrase the clause describes, which is the one that speaks.
 */
function relativeHead(toks: Token[], r: TokRange): TokRange {
  for (let k = r.from - 1; k >= 1 && r.from - k <= 10; k--) {
    const t = toks[k];
    if (!t || t.t === "," || !t.word || CUE_VERBS.has(t.low)) return r;
    if (t.low !== "who") continue;
    // A verb right after "who": "who live", "who have lived", "who backed".
    const verb = toks[k + 1];
    if (!verb || !verb.word || verb.cap) return r;
    const head = npEndingAt(toks, k - 1, Math.max(0, k - 10));
    const h = head ? toks[head.to] : undefined;
    return head && h && !SPEAKER_PRONOUNS.has(h.low) && (h.cap || ROLE_NOUNS.has(h.low) || /[^s]s$/.test(h.low)) ? head : r;
  }
  return r;
}

/**
 * "The nurse later sued, claiming …": a speaker read as the lone capitalised determiner that opens
 * the sentence takes the lower-case noun phrase after it, up to the verb or an auxiliary.
 */
function widenDeterminer(toks: Token[], r: TokRange, limit: number): TokRange {
  const t = toks[r.from];
  if (r.from !== r.to || !t || !t.cap || !DETERMINERS.has(t.low)) return r;
  let to = r.from;
  for (let k = r.from + 1; k < limit && k <= r.from + 4; k++) {
    const w = toks[k];
    if (!w || !w.word || NP_STOP.has(w.low) || BETWEEN_SUBJECT_AND_CUE.has(w.low) || CUE_VERBS.has(w.low) || STANCE_VERBS.has(w.low) || /(?:ly|ed|ing)$/.test(w.low)) break;
    to = k;
  }
  return { from: r.from, to };
}

/** Whether `pos` is inside one of the sorted spans from index `from` on (spans may nest or overlap). */
function inside(spans: Span[], from: number, pos: number): boolean {
  for (let k = from; k < spans.length; k++) {
    const sp = spans[k];
    if (!sp || sp.start > pos) break;
    if (pos < sp.end) return true;
  }
  return false;
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
  if (!sub.np || sub.negated) return null;
  const headTok = toks[sub.np.to];
  if (!headTok || !(headTok.cap || SPEAKER_PRONOUNS.has(headTok.low) || ROLE_NOUNS.has(headTok.low)) || headTok.low === "it") return null;
  const after = trimPunct(toks, i, clauseEnd(toks, i));
  if (!after || wordsIn(toks, after) < 2) return null;
  return { speaker: tokSpan(toks, sub.np), cue: { start: v.start, end: v.end }, kind: "indirect", parts: [tokSpan(toks, after)], at: s.start };
}

/** How far the source after "according to" may run before its comma, in tokens. */
const ACCORDING_SPAN = 24;

function accordingTo(ctx: Ctx, toks: Token[], i: number, s: Sentence): Found | null {
  const cue: Span = { start: toks[i]?.start ?? 0, end: toks[i + 1]?.end ?? 0 };
  // "according to a count by the county clerk": whatever the phrase, it names the source.
  const np = npForward(toks, i + 2, toks.length) ?? (toks[i + 2]?.word ? { from: i + 2, to: i + 2 } : null);
  if (!np) return null;
  let after = np.to + 1;
  // "according to a report in The Times": take the whole phrase up to the comma.
  while (after < toks.length && toks[after]?.t !== "," && after - np.to < ACCORDING_SPAN) after++;
  // The source as written runs to the comma: "figures from the port authority".
  let srcEnd = np.to;
  while (srcEnd + 1 < after && toks[srcEnd + 1]?.word) srcEnd++;
  const speaker = tokSpan(toks, { from: np.from, to: srcEnd });
  const before = trimPunct(toks, firstContentTok(toks), i - 1);
  after = afterAppositive(toks, after, !before || wordsIn(toks, before) < 3);
  if (after < 0) after = toks.length;
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

/**
 * "according to Jo Blum, writing in the Herald, …", "…, a professor at …, …", "…, who ran the
 * study, …": an appositive after the source's comma at `comma` describes the source. Returns the
 * appositive's own comma, where the content starts; -1 when the appositive runs to the sentence
 * end; `comma` when there is none ("a third of the ferries are late" has a verb: it is content).
 * A participle is an appositive only when the content follows ("…, according to X, becoming …"
 * goes on with the content before).
 */
function afterAppositive(toks: Token[], comma: number, participle: boolean): number {
  const first = toks[comma + 1];
  if (toks[comma]?.t !== "," || !first || !first.word || first.cap) return comma;
  const relative = /^(?:who|whose)$/.test(first.low);
  if (!(relative || /^(?:a|an)$/.test(first.low) || (participle && first.low.endsWith("ing") && first.low.length > 5))) return comma;
  for (let k = comma + 2; k < toks.length; k++) {
    const t = toks[k];
    if (!t || t.t === ";" || cueFrame(t) || (!relative && FINITE_AUXILIARY.test(t.low)) || k - comma > 14) return comma;
    if (t.t === ",") return k;
  }
  return -1;
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


/** When reported content runs into a quotation that goes on past the sentence, the content goes with it. */
function extendOverQuote(ctx: Ctx, span: Span): Span {
  const q = insideQuote(ctx, span.end - 1);
  if (q && q.end > span.end) {
    ctx.usedQuotes.add(q.start);
    return { start: span.start, end: q.inner.end };
  }
  return span;
}

const SUBORDINATOR = /^(?:while|although|though|as|because|since|if|when|whenever|once|after|before|whereas|unless|until)$/;
const BELIEF = /^(?:think|thinks|thought|believe|believes|believed|fear|fears|feared|hope|hopes|hoped)$/;
/** Words that open a clause's subject: "he", "the", "this", "many" … */
const CLAUSE_SUBJECT = new Set(["he", "she", "they", "we", "i", "it", "you", "there", "this", "these", "those", "that", "his", "her", "their", "its", "our", "my", "the", "a", "an", "no", "some", "many", "most", "all", "both", "neither", "several", "each", "every", "any", "if", "people", "nobody", "everyone", "anyone", "americans", "voters"]);

/** A document noun, singular or plural: "poll", "polls", "documents". */
function isDocument(w: string): boolean {
  return DOCUMENT_NOUNS.has(w) || (w.endsWith("s") && DOCUMENT_NOUNS.has(w.slice(0, -1)));
}

/**
 * The subject of an evidence verb when it names a document: scanning back from the cue over the
 * subject's words (no comma, relative or clause word) to a document noun, then to the phrase start.
 */
function documentSubject(toks: Token[], c: number): TokRange | null {
  let doc = -1;
  let k = c - 1;
  for (; k >= 0 && c - k <= 12; k--) {
    const t = toks[k];
    if (!t || !t.word || /^(?:that|which|who|and|but|while|because|if|when)$/.test(t.low)) break;
    if (doc < 0 && isDocument(t.low)) doc = k;
  }
  if (doc < 0) return null;
  let from = k + 1;
  // "The mayor leads, a new poll shows": only the phrase that opens with the document's determiner.
  for (let m = doc; m > k; m--) if (/^(?:a|an|the|new|recent|this|these|those|other)$/.test(toks[m]?.low ?? "")) {
    from = m;
    break;
  }
  return { from, to: c - 1 };
}

/** Verbs that put out a document, in the past tense: "issued a statement", "sent out a letter". */
const PUT_OUT = /^(?:issued|released|posted|published|sent|put|ran|aired|unveiled|launched|circulated|filed|wrote|tweeted|emailed|distributed|placed|delivered|penned|submitted|signed)$/;

/**
 * The subject of the verb that put out a document (`np`, the document, as its object): "The town
 * released a statement Wednesday saying …" → "The town". Null when `np` is no such object or the
 * verb's subject is none, impersonal or a document itself.
 */
function issuerOf(toks: Token[], np: TokRange): TokRange | null {
  if (!isDocument(toks[np.to]?.low ?? "")) return null;
  let v = np.from - 1;
  if (toks[v]?.low === "out") v--;
  const verb = toks[v];
  if (!verb || verb.cap || !PUT_OUT.test(verb.low)) return null;
  const sub = subjectBefore(toks, v, 0).np;
  const head = sub ? toks[sub.to] : undefined;
  if (!sub || !head || /^(?:it|there|this|that)$/.test(head.low) || isDocument(head.low)) return null;
  return relativeHead(toks, sub);
}

function reportedAt(ctx: Ctx, toks: Token[], c: number, frame: CueFrame, s: Sentence): Found | null {
  const cueTok = toks[c];
  if (!cueTok) return null;
  const prev = toks[c - 1];
  // Passive and infinitive uses: "is said to be", "was called", "to say".
  // "X went on to say …": the subject is before "went on to".
  const wentOn = prev?.low === "to" && toks[c - 2]?.low === "on" && /^(?:went|goes|go|going)$/.test(toks[c - 3]?.low ?? "");
  if (/^asked$/.test(cueTok.low) && prev && /^(?:is|are|was|were|been|being|when|after|if|once|until)$/.test(prev.low)) return passiveQuestion(ctx, toks, c, s);
  if (!wentOn && prev && /^(?:is|are|was|were|be|been|being|to|'s)$/.test(prev.low) && !/ing$/.test(cueTok.low)) return null;
  // Nouns that look like verbs: "the report", "a call", "his claims", "these reports".
  if (prev && /^(?:the|a|an|his|her|their|its|our|my|your|these|those|such|no|any|of|for|in|new|whose)$/.test(prev.low)) return null;
  if (prev && (prev.low === "that" || prev.low === "this") && NOUN_HOMOGRAPHS.has(cueTok.low)) return null;
  // "the diplomat's wife accused of killing …": a charge in the passive names no accuser.
  if (/^(?:accused|suspected|convicted|acquitted|cleared)$/.test(cueTok.low) && toks[c + 1]?.low === "of") return null;
  if (/^(?:says|said)$/.test(cueTok.low) === false && cueTok.cap) return null;
  const cue: Span = { start: cueTok.start, end: cueTok.end };

  // Inverted: "…, said Smith." / "…,” says the report."
  // "X, one of the signatories, told an audience … that …" is no inversion: a verb with an
  // addressee takes its that-clause after the addressee.
  const thatAfter = frame === "addressee" && toks.some((t, k) => k > c && t.low === "that");
  if (prev && (prev.t === "," || isCloseQuote(prev.t) || isDash(prev.t)) && (frame === "clause" || (frame === "addressee" && !thatAfter))) {
    const np = npForward(toks, c + 1, toks.length);
    const before = trimPunct(toks, firstContentTok(toks), c - 2);
    // "…, said the event brought back memories of her father": a phrase with a verb in it is no inverted speaker.
    // (Counted up to "of", "for" …: "the head of public affairs" is a role.)
    const head = np ? toks.slice(np.from, np.to + 1) : [];
    const pp = head.findIndex((t) => SPEAKER_PREPOSITION.test(t.low));
    const loose = head.slice(0, pp < 0 ? head.length : pp).filter((t) => t.word && !t.cap && !DETERMINERS.has(t.low) && !ROLE_NOUNS.has(t.low)).length > 3;
    if (np && !loose && before && wordsIn(toks, before) >= 3 && closesAttribution(toks, np)) {
      const parts = [tokSpan(toks, before)];
      const rest = afterComma(toks, np.to + 1, true);
      if (rest) parts.push(tokSpan(toks, rest));
      return { speaker: tokSpan(toks, np), cue, kind: "indirect", parts, at: s.start };
    }
  }

  const sub = subjectBefore(toks, wentOn ? c - 3 : c, 0);
  if (!sub.np && !sub.negated && (frame === "clause" || frame === "addressee") && !wentOn) {
    // "4 in 10 say …", "security specialists say …": a share or a plain plural noun before a verb of saying.
    const { j } = skipAux(toks, c - 1, 0);
    const bare = bareSubject(toks, j, 0);
    if (bare) {
      sub.np = bare;
      sub.via = "adjacent";
    }
  }
  if (!sub.np && !sub.negated && (frame === "clause" || frame === "addressee") && !wentOn) {
    // "Residents who attended the meeting said …": the noun phrase before a relative clause whose
    // own object was no subject.
    const head = relativeHead(toks, { from: c, to: c });
    if (head.from !== c) {
      sub.np = head;
      sub.via = "adjacent";
    }
  }
  if (!sub.np && !sub.negated && frame === "clause" && !wentOn) {
    // "A court filing released Monday says …": a document subject read through a participle phrase.
    const doc = documentSubject(toks, c);
    if (doc) {
      sub.np = doc;
      sub.via = "adjacent";
    }
  }
  if (frame === "evidence" && !sub.negated) {
    // "A university poll out Monday showed …", "New polls released Sunday show …": a document subject.
    const doc = documentSubject(toks, c);
    if (doc) {
      sub.np = doc;
      sub.via = "adjacent";
    }
  }
  if (sub.negated || !sub.np) return null;
  // "When Francis said …": the subordinator opens the clause, not the name.
  const opener = sub.np.to > sub.np.from && SUBORDINATOR.test(toks[sub.np.from]?.low ?? "");
  // "Whenever asked about …, they …": a subordinator alone names no one.
  // ("Since announcing …, Mr. Biden": a participle's subject is found after the clause, in endFrontedClause.)
  if (sub.np.to === sub.np.from && SUBORDINATOR.test(toks[sub.np.from]?.low ?? "") && !/ing$/.test(cueTok.low)) return null;
  let np = relativeHead(toks, widenDeterminer(toks, opener ? { from: sub.np.from + 1, to: sub.np.to } : sub.np, c));
  // "The council issued a statement saying …": the statement's issuer speaks through it.
  if (sub.via === "adjacent" && /ing$/.test(cueTok.low)) np = issuerOf(toks, np) ?? np;
  // "Trump's tweet", "Clinton's claims": a possessive before a noun-like cue.
  if (NOUN_HOMOGRAPHS.has(cueTok.low) && /['’]s?$/.test(toks[np.to]?.t ?? "") && sub.via === "adjacent") return null;
  const speaker = tokSpan(toks, np);

  if (/^ask(?:s|ed|ing)?$/.test(cueTok.low)) return question(ctx, toks, c, speaker, cue, s);

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
  // "said — on Twitter, as it happens — that …": an aside between dashes before "that".
  if (isDash(toks[i]?.t ?? "")) {
    for (let k = i + 1; k < toks.length && k <= i + 12; k++) {
      if (!isDash(toks[k]?.t ?? "")) continue;
      if (toks[k + 1]?.low === "that") start = k + 1;
      break;
    }
  }
  // Skip an addressee or a time phrase up to "that".
  for (let k = i; start < 0 && k < toks.length && k - i <= SKIP_TO_THAT; k++) {
    const t = toks[k];
    if (!t) break;
    if (t.low === "that" && k > i) {
      // "pledged to stay … through that contest": after a preposition "that" is a determiner; a
      // complementizer may follow ("said in that case that …").
      if (isPreposition(toks[k - 1]?.low ?? "")) continue;
      const first = toks[i];
      if (frame === "addressee" || frame === "object" || (first && PREP_TAIL.has(first.low)) || (first && isDash(first.t))) start = k;
      break;
    }
    // "said on ABC's "This Week" that …": a quoted title in a phrase that opens with a preposition.
    if (isOpenQuote(t.t) && PREP_TAIL.has(toks[i]?.low ?? "")) {
      let close = -1;
      for (let m = k + 1; m < toks.length && m <= k + 8 && close < 0; m++) if (isCloseQuote(toks[m]?.t ?? "")) close = m;
      if (close > 0 && toks[close + 1]?.low === "that") {
        k = close;
        continue;
      }
    }
    if (t.low === "that" || (t.t === "," && frame !== "addressee") || t.t === ";" || isOpenQuote(t.t) || ((t.low === "and" || t.low === "but") && frame !== "addressee") || (k > i && cueFrame(t))) break;
  }
  if (start < 0) {
    if (toks[i]?.low === "that") start = i;
    else if (frame === "addressee") {
      // "told reporters the plan …": skip a short addressee.
      start = skipTime(toks, addressee(toks, i));
    } else start = i;
  }
  if (frame === "clause" || frame === "addressee") start = skipLeadAdverbial(toks, start);
  const hasThat = toks[start]?.low === "that";
  // "While Ramos said that …, he appears …": a cue in a subordinate clause ends its content at the comma.
  const sub0 = toks[np.from - 1];
  const subordinate = opener || (!!sub0 && SUBORDINATOR.test(sub0.low));
  let end = clauseEnd(toks, start);
  if (subordinate || sub.via === "relative") for (let k = start + 1; k < end; k++) if (toks[k]?.t === ",") {
    end = k - 1;
    break;
  }
  if (frame === "object" && !hasThat) end = timeEnd(toks, start, end);
  if (frame === "object" && NAMING_VERBS.has(cueTok.low)) end = quotedComplementEnd(toks, start, end);
  const after = trimPunct(toks, start, end);
  const afterWords = after ? wordsIn(toks, after) : 0;
  const firstAfter = after ? toks[after.from] : undefined;
  // "said yes", "said so": a one-word answer is what was said; "said goodbye" is not a claim.
  // "said he would", "said the same": an elliptical clause that answers what came before.
  const secondAfter = after ? toks[after.from + 1] : undefined;
  const elliptic = afterWords === 2 && !!firstAfter && !!secondAfter && ((PRONOUN_SUBJECT.test(firstAfter.low) && FINITE_AUXILIARY.test(secondAfter.low)) || (firstAfter.low === "the" && secondAfter.low === "same"));
  const answer = ((afterWords === 1 && !!firstAfter && /^(?:yes|no|so)$/.test(firstAfter.low)) || elliptic) && /^(?:say|says|said|saying)$/.test(cueTok.low);
  // "said about half of …", "reported no arrests": a quantity, not a preposition or an answer.
  const quantity = !!firstAfter && ((/^(?:about|over|under|nearly|almost|around|some)$/.test(firstAfter.low) && (/^\d/.test(secondAfter?.t ?? "") || NUMBER_WORD.test(secondAfter?.low ?? ""))) || (firstAfter.low === "no" && afterWords >= 2 && !!secondAfter?.word) || (firstAfter.low === "at" && /^(?:least|most)$/.test(secondAfter?.low ?? "")));
  const badStart = !firstAfter || (!hasThat && !answer && !quantity && (firstAfter.low === "to" || /^(?:adding|saying|noting|telling|arguing)$/.test(firstAfter.low) || (PREP_TAIL.has(firstAfter.low) && frame !== "object" && !(firstAfter.low === "this" && !TIME_NOUN.test(toks[(after?.from ?? 0) + 1]?.low ?? ""))) || firstAfter.low === "goodbye" || firstAfter.low === "hello" || firstAfter.low === "so" || firstAfter.low === "yes" || firstAfter.low === "no" || (firstAfter.low === "it" && afterWords <= 2)));
  // "endorsed Okafor", "denied it": an object may be a single name.
  const enough = answer || (frame === "object" ? afterWords >= 2 || (afterWords === 1 && !!firstAfter?.cap) : afterWords >= 3);
  // "The poll shows Clinton ahead", "Video of the incident shows him …": evidence verbs need a document subject or "that".
  const docSubject = isDocument(headOf(toks, np)) || isDocument(toks[np.from]?.low ?? "") || (frame === "evidence" && documentSubject(toks, c) !== null);
  const needsThat = (NEEDS_THAT.has(cueTok.low) || frame === "evidence") && !(frame === "evidence" && docSubject);
  const evidenceOk = frame !== "evidence" || hasThat || docSubject;

  // Content before: "…, The Telegraph reports." / "…, the UK defence chief has revealed."
  const lead = toks[np.from - 1];
  // "…, as Blum noted." / "The last part, as Krugman points out, is that …": an aside after "as".
  const asAside = lead?.low === "as" && toks[np.from - 2]?.t === "," && sub.via === "adjacent" && (!toks[c + 1] || toks[c + 1]?.t === "," || toks[c + 1]?.t === "." || PREP_TAIL.has(toks[c + 1]?.low ?? ""));
  // "Many of the closures, he said, have involved …": a parenthetical attribution splits the content.
  // "The solution, the partner told them, was simple": the same after a short addressee.
  const afterCue = frame === "addressee" ? addressee(toks, c + 1) : c + 1;
  const parenthetical = asAside || (!!lead && lead.t === "," && toks[afterCue]?.t === "," && sub.via === "adjacent" && np.from > 2);
  const tailShort = !after || badStart || afterWords <= 4 && frame === "addressee" || parenthetical;
  if (lead && (lead.t === "," || isCloseQuote(lead.t) || isDash(lead.t) || asAside) && sub.via === "adjacent" && tailShort && frame !== "object" && (frame !== "evidence" || docSubject)) {
    const before = trimPunct(toks, firstContentTok(toks), np.from - (asAside ? 2 : 1));
    // "The plan, he said, failed.": the second half of a split clause may be a single verb.
    const rest = afterComma(toks, parenthetical ? afterCue : c + 1, false, parenthetical ? 1 : 3);
    // Split by the attribution, the two parts say enough together: "The solution, …, was simple".
    if (before && wordsIn(toks, before) + (parenthetical && rest ? wordsIn(toks, rest) : 0) >= 3 && !opensWithAdverbial(toks, before)) {
      const parts = [tokSpan(toks, before)];
      if (rest) parts.push(tokSpan(toks, rest));
      return { speaker, cue, kind: "indirect", parts, at: s.start };
    }
  }
  if (!after || badStart || !enough || !evidenceOk) return null;
  if (needsThat && !hasThat && frame !== "clause" && frame !== "evidence") return null;
  // "He thinks the tax will hurt farms": a verb of belief takes a bare clause when one plainly follows.
  // A number may open it ("We believe six debates … is enough"), but "one day", "one way" are adverbials.
  const bareClause = BELIEF.test(cueTok.low) && sub.via === "adjacent" && !!firstAfter && afterWords >= 4 && (CLAUSE_SUBJECT.has(firstAfter.low) || firstAfter.cap || /^\d/.test(firstAfter.t) || (NUMBER_WORD.test(firstAfter.low) && firstAfter.low !== "one"));
  if (needsThat && !hasThat && !(cueTok.low === "warned" || cueTok.low === "warns") && !bareClause) return null;
  if (frame === "evidence" && !hasThat && !docSubject) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, after))], at: s.start };
}

/**
 * "X asked Y whether …" / "asked what …" / "asked Y about …" (the question) and "X asked Y to …"
 * (the request, addressee included).
 */
function question(ctx: Ctx, toks: Token[], c: number, speaker: Span, cue: Span, s: Sentence): Found | null {
  let start = -1;
  for (let k = c + 1; k < toks.length && k - c <= 12; k++) {
    const t = toks[k];
    if (!t || t.t === "." || t.t === ";" || isOpenQuote(t.t)) break;
    if (/^(?:whether|if|what|why|how|who|which|when|where|about)$/.test(t.low)) {
      start = k;
      break;
    }
    if (t.low === "to" && k > c + 1) {
      start = c + 1;
      break;
    }
    if (t.low === "that" || (t.word && CUE_VERBS.has(t.low))) break;
  }
  if (start < 0) return null;
  const r = trimPunct(toks, start, clauseEnd(toks, start));
  if (!r || wordsIn(toks, r) < 2) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, r))], at: s.start };
}

/**
 * "X was asked (by Y) whether …", "when asked about …": the question is the content; the one who
 * asked is named after "by", else no one is.
 */
function passiveQuestion(ctx: Ctx, toks: Token[], c: number, s: Sentence): Found | null {
  const cue: Span = { start: toks[c]?.start ?? 0, end: toks[c]?.end ?? 0 };
  let k = c + 1;
  let speaker: Span | null = null;
  if (toks[k]?.low === "by") {
    const np = npForward(toks, k + 1, Math.min(toks.length, k + 10)) ?? plainPhraseAfterCue(toks, k + 1, Math.min(toks.length, k + 10));
    if (!np) return null;
    speaker = tokSpan(toks, np);
    k = np.to + 1;
    if (toks[k]?.t === ",") k++;
  }
  const w = toks[k];
  if (!w || !/^(?:whether|if|what|why|how|who|which|when|where|about)$/.test(w.low)) return null;
  let end = clauseEnd(toks, k);
  // "When asked about the plan, she said …": the question ends at its comma.
  for (let m = k + 1; m < end; m++) if (toks[m]?.t === ",") {
    end = m - 1;
    break;
  }
  const r = trimPunct(toks, k, end);
  if (!r || wordsIn(toks, r) < 3) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, r))], at: s.start };
}

/** Skips a time adverbial after an addressee: "told the paper last week she …", "told CNN on Monday he …". */
function skipTime(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t) return k;
  if ((t.low === "last" || t.low === "this" || t.low === "earlier" || t.low === "late" || t.low === "early") && /^(?:week|month|year|weekend|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|afternoon|this)$/.test(toks[k + 1]?.low ?? "")) return k + 2;
  if (t.low === "on" && TIME_WORD.test(toks[k + 1]?.low ?? "")) return k + 2;
  if (TIME_WORD.test(t.low) && t.low !== "last") return k + 1;
  return k;
}

const TIME_WORD = /^(?:last|yesterday|today|tonight|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

const TIME_NOUN = /^(?:week|weeks|month|months|year|years|weekend|day|days|night|morning|evening|afternoon|time|summer|spring|fall|autumn|winter)$/;
const PRONOUN_SUBJECT = /^(?:he|she|they|we|i|it|there)$/;
/** Contractions and auxiliaries that show a pronoun opens a clause: "he's", "she would". */
const CLAUSE_VERB = /^(?:he|she|they|we|i|it|there)['’](?:s|d|ll|re|ve|m)$/;

/**
 * "said for weeks he's the only …", "said Thursday he would …": a short time adverbial between a
 * verb of saying and its bare clause is skipped when a pronoun subject plainly opens the clause.
 * "said this is …" keeps "this", a subject unless a time noun follows it.
 */
function skipLeadAdverbial(toks: Token[], start: number): number {
  const first = toks[start];
  if (!first || !PREP_TAIL.has(first.low) || first.low === "that") return start;
  if (first.low === "this" && !TIME_NOUN.test(toks[start + 1]?.low ?? "")) return start;
  for (let k = start + 1; k < toks.length && k <= start + 5; k++) {
    const t = toks[k];
    if (!t || !t.word) return start;
    const pronoun = PRONOUN_SUBJECT.test(t.low) && !!toks[k + 1]?.word && !toks[k + 1]?.cap;
    if (pronoun || CLAUSE_VERB.test(t.low)) return k;
  }
  return start;
}

/** An object ends before a trailing time adverbial: "endorsed Reyes last week". */
/**
 * "called Palin a “clown” on his radio show", "called the merger "a terrible deal" and ranked …":
 * after a verb of naming, the quoted name ends the object when a preposition, a bracket or a
 * second verb follows. (Other verbs quote mid-phrase: "faulted the GOP for “turning its back” on …".)
 */
function quotedComplementEnd(toks: Token[], start: number, end: number): number {
  let open = false;
  for (let k = start; k < end; k++) {
    const t = toks[k];
    if (!t) break;
    if (!open) {
      open = isOpenQuote(t.t);
      continue;
    }
    if (!isCloseQuote(t.t)) continue;
    const n = toks[k + 1];
    const n2 = toks[k + 2];
    if (n && (n.t === "(" || (PREP_TAIL.has(n.low) && !n.cap) || (n.low === "and" && !!n2 && n2.word && !n2.cap && /(?:ed|s)$/.test(n2.low)))) return k;
    return end;
  }
  return end;
}

function timeEnd(toks: Token[], start: number, end: number): number {
  for (let k = start + 1; k <= end; k++) {
    const t = toks[k];
    if (!t) break;
    if (t.t === "," || t.low === "that" || isOpenQuote(t.t)) return end;
    if (TIME_WORD.test(t.low) || ((t.low === "on" || t.low === "this") && TIME_WORD.test(toks[k + 1]?.low ?? ""))) return k - 1;
  }
  return end;
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
      // The first "of" in the phrase, found without copying the tokens.
      let ofAt = -1;
      for (let m = np.from; m <= np.to; m++) {
        if (toks[m]?.low === "of") {
          ofAt = m - np.from;
          break;
        }
      }
      return (ofAt > 0 ? toks[np.from + ofAt - 1]?.low : t.low) ?? "";
    }
  }
  return "";
}

/**
 * "…, officials said, the plan …": the words after the comma that closes the attribution. After an
 * inverted speaker, a comma and a role phrase ("…, said Jo Blum, a professor at …, who …") is an appositive,
 * not more content.
 */
function afterComma(toks: Token[], from: number, afterSpeaker = false, minWords = 3): TokRange | null {
  let k = from;
  while (k < toks.length && toks[k]?.t !== "," && k - from < 8) k++;
  if (toks[k]?.t !== ",") return null;
  const r = trimPunct(toks, k + 1, toks.length - 1);
  if (!r || wordsIn(toks, r) < minWords) return null;
  if (afterSpeaker && k === from && APPOSITIVE_START.test(toks[r.from]?.low ?? "")) return null;
  // "…, Spicer said, adding that …": the participle is a claim of its own.
  const first = toks[r.from];
  if (first && /ing$/.test(first.low) && (CUE_VERBS.has(first.low) || STANCE_VERBS.has(first.low))) return null;
  return r;
}

const APPOSITIVE_START = /^(?:a|an|the|who|whose|which|whom|his|her|their|its|one|another|\d+|now|then|also|both|former|currently)$/;

/** A sentence that opens with an adverbial ("In Washington, officials said …") puts the content after the cue. */
function opensWithAdverbial(toks: Token[], r: TokRange): boolean {
  const first = toks[r.from];
  // "But he operates on another principle, he said": a conjunction before a clause opens no adverbial.
  if (first && /^(?:but|and)$/.test(first.low) && r.to - r.from >= 3) return false;
  if (!first) return false;
  // "As the parade rolled through Pasadena, CNN reported …": a whole subordinate clause is no content.
  if (/^(?:as|when|while|after|before|once|until|because)$/.test(first.low) && !toks.slice(r.from, r.to + 1).some((t) => t.t === ",")) return true;
  return r.to - r.from < 7 && /^(?:in|on|at|after|before|during|meanwhile|however|earlier|later|last|yesterday|today|separately|also|then|since|but|and|still|now|speaking|asked|instead)$/.test(first.low);
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

/** "telling", "stating", "calling": an -ing form of a cue verb, which opens a participial claim. */
function speechParticiple(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && t.low.endsWith("ing") && CUE_VERBS.has(t.low);
}

/** "leaving the boat", "prompting Smith", "calling it": an -ing form followed by its object (not "including", "during"). */
function participleWithObject(t: Token | undefined, next: Token | undefined): boolean {
  if (!t || !t.word || t.cap || t.low.length <= 5 || !t.low.endsWith("ing") || NOT_PARTICIPLE.test(t.low)) return false;
  return !!next && next.word && (next.cap || DETERMINERS.has(next.low) || /^(?:him|her|them|us|it|that)$/.test(next.low));
}

const NOT_PARTICIPLE = /^(?:including|according|during|nothing|something|anything|everything)$/;

/** A noun phrase of a name, a role or a determiner (up to eight words, no punctuation) from `k`, then a past or present verb of saying. */
function speakerThenCue(toks: Token[], k: number): boolean {
  const first = toks[k];
  if (!first || !first.word || !(first.cap || DETERMINERS.has(first.low) || ROLE_NOUNS.has(first.low))) return false;
  for (let m = k + 1; m < toks.length && m <= k + 8; m++) {
    const t = toks[m];
    if (!t || !t.word) return false;
    // "…, and people familiar with her thinking say …"
    if (!t.cap && cueFrame(t) && (/(?:ed|s|id)$/.test(t.low) || t.low === "say")) return true;
  }
  return false;
}

/** Whether the content from `from` to the comma at `k` is "that"/"whether" and a noun phrase only, with no verb yet. */
function subjectOnly(toks: Token[], from: number, k: number): boolean {
  let m = from;
  if (/^(?:that|whether|if)$/.test(toks[m]?.low ?? "")) m++;
  if (k - m < 1 || k - m > 10) return false;
  for (; m < k; m++) {
    const t = toks[m];
    if (!t || (!t.word && t.t !== "'s" && t.t !== "’s")) return false;
    if (!t.cap && (FINITE_AUXILIARY.test(t.low) || cueFrame(t) || STANCE_VERBS.has(t.low) || /ed$/.test(t.low) || SPEAKER_PRONOUNS.has(t.low))) return false;
  }
  return true;
}

/** The comma that closes a relative clause starting at `i`, within 25 tokens, with a verb after it; else -1. */
function relativeClose(toks: Token[], i: number): number {
  for (let k = i; k < toks.length - 1 && k - i <= 25; k++) {
    const t = toks[k];
    if (!t || t.t === ";" || isDash(t.t) || isOpenQuote(t.t)) return -1;
    if (t.t === ",") {
      const v = toks[k + 1];
      return v && v.word && !v.cap && (FINITE_AUXILIARY.test(v.low) || /^(?:be|remain|remains)$/.test(v.low) || /(?:ed|s)$/.test(v.low)) ? k : -1;
    }
  }
  return -1;
}

/** Where a clause's content ends: the sentence end, or before ", adding/saying/according to …". */
/** Words that open a relative clause or an aside between a subject and its verb. */
const SUBJECT_ASIDE = /^(?:which|who|while|though|although|if|when|like|unlike|including|despite)$/;

function clauseEnd(toks: Token[], from: number): number {
  // "that although Lazar confessed, he showed …": the first comma closes a fronted subordinate clause.
  const fronted = SUBORDINATOR.test(toks[from]?.low ?? "") || (toks[from]?.low === "that" && SUBORDINATOR.test(toks[from + 1]?.low ?? ""));
  let commas = 0;
  for (let k = from + 1; k < toks.length - 1; k++) {
    const t = toks[k];
    const n = toks[k + 1];
    // "that the flag, which includes the stars and bars, be removed": a relative clause on the
    // content's subject, before its verb, is skipped to its closing comma, and so is an aside
    // ("the email scandal, while troublesome, was handled well").
    if (t?.t === "," && n && SUBJECT_ASIDE.test(n.low) && subjectOnly(toks, from, k)) {
      const close = relativeClose(toks, k + 2);
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (t?.t === "," && n && (/^(?:adding|saying|noting|arguing|insisting|explaining|claiming|warning|citing|which|who|whom|said|says|declaring|while|whereas|whether|though|although|because)$/.test(n.low) || (n.low === "but" && !continuesAfterBut(toks, from, k)) || (n.low === "according" && toks[k + 2]?.low === "to"))) return k - 1;
    const n2 = toks[k + 2];
    // "…,” telling reporters …": a participle of saying after a comma (inside a quote's close) starts another claim,
    // and so does any participle with an object ("…, leaving the old boat …").
    if (t?.t === "," && k > from + 2 && (speechParticiple(n) || participleWithObject(n, n2) || (isCloseQuote(n?.t ?? "") && speechParticiple(toks[k + 2])))) return isCloseQuote(n?.t ?? "") ? k + 1 : k - 1;
    if (t?.t === ",") commas++;
    // "…, he estimated …", "…, and she reiterated …": a new claim with its own subject and cue.
    if (t?.t === "," && n && n2 && k > from + 3 && !(fronted && commas === 1) && /^(?:he|she|they|we|i)$/.test(n.low) && n2.word && !n2.cap && !/^(?:and|or|but|who|that)$/.test(n2.low) && /(?:ed|s)$/.test(n2.low) && (cueFrame(n2) || STANCE_VERBS.has(n2.low))) return k - 1;
    if (t?.t === "," && n?.low === "and" && n2 && /^(?:he|she|they|we|i)$/.test(n2.low) && k > from + 3) return k - 1;
    // "…, and Ms. Acosta said …", "…, and other party leaders said …": a new speaker and cue after ", and".
    if (t?.t === "," && n?.low === "and" && k > from + 3 && speakerThenCue(toks, k + 2)) return k - 1;
    if (t?.t === ";" && k > from + 2) return k - 1;
    // "… — but it hasn't …", "… even as he defended …": the narrator takes over.
    if (t && isDash(t.t) && n && /^(?:but|said|says|and)$/.test(n.low) && k > from + 2) return k - 1;
    if (t?.low === "even" && n?.low === "as" && k > from + 2) return k - 1;
    // "… and said that …": a second cue of the same subject starts its own claim.
    if ((t?.low === "and" || t?.low === "but") && n && (cueFrame(n) || (STANCE_VERBS.has(n.low) && /(?:ed|s)$/.test(n.low))) && k > from + 1) return k - 1;
  }
  return toks.length - 1;
}
