// Finds attributions in an article's text: runs the passes in order (direct quotations, "Name: …" leads,
// a headline kept in the body, reported speech, then stances and other frames) and tidies what they found.
// Speakers stay as text spans here; speaker.ts resolves them to people, organisations and outlets.
import { BETWEEN_SUBJECT_AND_CUE, CUE_VERBS, FINITE_AUXILIARY, FRAME_AS, intentVerb, NEGATION } from "../lexicon/cues.ts";
import { idiomEnd, npForward } from "./attribution-np.ts";
import { framedClaims } from "./attribution-frames.ts";
import { TOPIC_PARTICLE, TOPIC_VERBS } from "./attribution-objects.ts";
import { clauseClaims } from "./attribution-svo.ts";
import { tokenize } from "./attribution-tokens.ts";
import { findQuotes, type Quote } from "./quotes.ts";
import { runOnParagraphs } from "./run-on-paragraphs.ts";
import { type Ctx, cueFrame, type Found, insideQuote, isProse, sentenceAt, tokSpan } from "./attribution-context.ts";
import { widenDeterminer } from "./attribution-speakers.ts";
import { directQuotes } from "./attribution-quotes.ts";
import { looseQuotes } from "./attribution-loose-quotes.ts";
import { colonLeads, headline } from "./attribution-leads.ts";
import { reported, sentencesWithCues } from "./attribution-reported.ts";
import type { Block, Sentence, Span } from "../types.ts";

/** All attributions in `text`, in reading order of their content. */
export function findAttributions(text: string, written: Block[], writtenSentences: Sentence[]): Found[] {
  const quotes: Quote[] = [];
  for (const b of written) if (isProse(b)) for (const q of findQuotes(text, b.start, b.end)) quotes.push(q);
  const { blocks, sentences } = runOnParagraphs(written, writtenSentences, quotes);
  const ctx: Ctx = { text, sentences, quotes, usedCues: new Set(), usedQuotes: new Set(), tokens: new Map(), out: [] };
  directQuotes(ctx, blocks);
  colonLeads(ctx, blocks);
  headline(ctx, blocks);
  const which = sentencesWithCues(ctx);
  reported(ctx, blocks, which.cue);
  stances(ctx, blocks, which.stance);
  looseQuotes(ctx, blocks);
  dropUnframed(ctx);
  dropNested(ctx);
  dropUnheld(ctx);
  dropQuotedElsewhere(ctx);
  endBeforeNextClaim(ctx);
  for (const f of ctx.out) {
    endFrontedClause(ctx, f);
    keepNegation(ctx, f);
    tidyEnd(ctx, f);
  }
  dropPointers(ctx);
  return ctx.out.sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));
}

/**
 * "denied the quote, and": a reported content that ends where an adverbial cut it after "and" loses
 * the conjunction; "argue that taxes should be low.)": and a bracket it never opened, with the stop before it.
 */
function tidyEnd(ctx: Ctx, f: Found): void {
  const last = f.parts[f.parts.length - 1];
  if (f.kind !== "indirect" || !last) return;
  const raw = ctx.text.slice(last.start, last.end);
  const m = /[\s,;]+(?:and|or|but)$/.exec(raw) ?? (raw.endsWith(")") && !f.parts.some((p) => ctx.text.slice(p.start, p.end).includes("(")) ? /[\s.,;:]*\)$/.exec(raw) : null);
  if (m && m.index > 0) last.end = last.start + m.index;
}

/** Whether `text` holds only auxiliaries and adverbs, as between a speaker and its cue ("and later said", "and has repeatedly said"). */
const onlyAdverbs = (text: string): boolean => text.trim().split(/\s+/).every((w) => w === "" || BETWEEN_SUBJECT_AND_CUE.has(w.toLowerCase()) || /^[a-z]{3,}ly$/.test(w));

/**
 * "claimed momentum and argued he is …", "declined to comment and aides later said …": a content
 * that runs over "and" (or a semicolon) into a second claim of the same sentence ends before it,
 * when what comes between the conjunction and the second cue is that claim's speaker or nothing.
 */
function endBeforeNextClaim(ctx: Ctx): void {
  for (const f of ctx.out) {
    const p = f.parts[f.parts.length - 1];
    if (f.kind !== "indirect" || f.parts.length !== 1 || !p) continue;
    let cut = -1;
    for (const g of ctx.out) {
      if (g === f || g.cue.start <= p.start || g.cue.start >= p.end) continue;
      // The last conjunction before the second cue.
      const conj = [...ctx.text.slice(p.start, g.cue.start).matchAll(/(?:,?\s+(?:and|but)|;)\s+/g)].pop();
      if (!conj?.index) continue;
      const at = p.start + conj.index;
      const after = at + conj[0].length;
      const sp = g.speaker;
      // The speaker may have a lower-case word or two before what was read as it: "and council aides said"
      // ("…, but that she was told …" joins a second that-clause to the first, and "…, and songs that the
      // minister said …" is a relative clause inside the content).
      const own = sp && sp.start >= after ? /^(?:(?!(?:that|which|who)\s)[\p{Ll}-]+\s+){0,2}$/u.test(ctx.text.slice(after, sp.start)) && onlyAdverbs(ctx.text.slice(sp.end, g.cue.start)) : !!sp && !!f.speaker && sp.start === f.speaker.start && onlyAdverbs(ctx.text.slice(after, g.cue.start));
      // "Mills and another aide asked": a name alone before the conjunction is the second claim's subject.
      if (!own || !/(?:^|\s)\p{Ll}/u.test(ctx.text.slice(p.start, at)) || (cut >= 0 && at >= cut)) continue;
      // "… that Clinton praised them, and she asked …": the conjunction joins a claim inside the content.
      if (!ctx.out.some((h) => h !== f && h !== g && h.cue.start >= p.start && h.cue.start < at)) cut = at;
    }
    if (cut > p.start) p.end = cut;
  }
}

/** "(Having said that, …)": a reported content that is "that" alone points elsewhere and says nothing; one of adverbs alone says nothing either. */
function dropPointers(ctx: Ctx): void {
  ctx.out = ctx.out.filter((f) => {
    if (f.kind !== "indirect" || f.parts.length !== 1) return true;
    // "the voters cheered loudly": an adverb alone says nothing.
    const said = ctx.text.slice(f.parts[0]?.start ?? 0, f.parts[0]?.end ?? 0).trim();
    return said.toLowerCase() !== "that" && !(said !== "" && onlyAdverbs(said));
  });
}

/** A complement that frames: "as a job-killer", "for Sanders", "against the plan" (not the "as" of "such … as"); or a that-clause ("identified that …"). */
const FRAMED = /^that\s|\b(?:for|against)\s|(?<!\bsuch\b.*)\bas\s/i;

/** A framing verb's claim whose content has no complement ("as …", "for …", "against …") frames nothing: "cast their ballots". */
function dropUnframed(ctx: Ctx): void {
  ctx.out = ctx.out.filter((f) => !FRAME_AS.has(ctx.text.slice(f.cue.start, f.cue.end).toLowerCase().split(/\s+/).pop() ?? "") || f.parts.some((p) => FRAMED.test(ctx.text.slice(p.start, p.end))));
}

/** ", who " (and an auxiliary) right before a cue: a non-restrictive relative clause, whose stance is its antecedent's own. */
const RELATIVE_BEFORE = /,\s+who\s+(?:(?:has|have|had)\s+)?$/i;

/**
 * Verbs of saying that are still part of the content they sit in: "said he thought the deal was
 * …", "said she hoped to …", "said Smith told him …". Dropping them took 139 claims and 6 matches
 * off claims-train; the other nested verbs of saying match an annotated claim about 2 times in 5.
 */
const NESTED_IN_CONTENT = /^(?:think|thinks|thought|believe|believes|believed|hope|hopes|hoped|told|tells)$/;

/**
 * A reported claim whose cue sits inside another reported claim's content is part of that content
 * ("X said he plans to …", "X argued that Y backed …"): dropped, unless it is itself a verb of saying
 * other than those in NESTED_IN_CONTENT.
 */
function dropNested(ctx: Ctx): void {
  // A transcript's turn ("HOLT: I think …") is direct, but what its speaker says holds no claim of its own either.
  const parts = ctx.out.filter((f) => f.kind === "indirect" || ctx.text.charCodeAt(f.cue.start) === 58).flatMap((f) => f.parts).sort((a, b) => a.start - b.start);
  if (!parts.length) return;
  ctx.out = ctx.out.filter((f) => {
    if (f.kind === "direct") return true;
    const cue = ctx.text.slice(f.cue.start, f.cue.end).toLowerCase();
    const frame = CUE_VERBS.get(cue);
    if ((frame === "clause" || frame === "addressee") && !NESTED_IN_CONTENT.test(cue)) return true;
    if (f.parts.some((p) => f.cue.start >= p.start && f.cue.start < p.end)) return true;
    // "… that Pagliano, who invoked his rights, is now …": a relative clause's stance is its antecedent's own.
    if (RELATIVE_BEFORE.test(ctx.text.slice(Math.max(0, f.cue.start - 16), f.cue.start))) return true;
    return !inside(parts, 0, f.cue.start);
  });
}

/**
 * "… to block the rules", "Not to mention, …": an infinitive read as a cue with no one found to hold
 * it is dropped. On the development sets fewer than one in six such claims had a right speaker
 * to pair with (the holder is usually there but out of the readers' reach), so each cost more
 * precision than it gave recall.
 */
function dropUnheld(ctx: Ctx): void {
  ctx.out = ctx.out.filter((f) => f.speaker !== null || f.kind !== "indirect" || !/^to\s/i.test(ctx.text.slice(f.cue.start, f.cue.end)));
}

/**
 * "Nothing the president said “was a surprise,” the senator said": a reported content that is
 * exactly a quotation which a cue after it attributes is that cue's speaker's, and is dropped.
 */
function dropQuotedElsewhere(ctx: Ctx): void {
  // Only quotations whose cue follows them: "“…,” the senator said".
  const quoted = ctx.out.filter((f) => f.kind === "direct").flatMap((f) => f.parts.filter((p) => f.cue.start >= p.end));
  if (!quoted.length) return;
  ctx.out = ctx.out.filter((f) => {
    const part = f.kind === "indirect" && f.parts.length === 1 ? f.parts[0] : undefined;
    if (!part) return true;
    const raw = ctx.text.slice(part.start, part.end);
    const lead = raw.length - raw.replace(/^[\s"“”‘’'«»,.]+/u, "").length;
    const trail = raw.length - raw.replace(/[\s"“”‘’'«»,.]+$/u, "").length;
    const from = part.start + lead;
    const to = part.end - trail;
    // "Blum said, “…”" introduces the quotation as Blum's, whoever else it is given to.
    if (/[,:]/.test(ctx.text.slice(f.cue.end, part.start + lead))) return true;
    return !(lead > 0 && quoted.some((q) => Math.abs(q.start - from) <= 1 && Math.abs(q.end - to) <= 1));
  });
}

/**
 * "did not say", "doesn't want", "has never publicly said": a negation before the cue, with its
 * auxiliaries and adverbs, is where the cue as written starts, so the claim keeps its sense ("He’s
 * not saying": a contracted auxiliary stays with the speaker).
 */
function keepNegation(ctx: Ctx, f: Found): void {
  const toks = tokenize(ctx.text, Math.max(f.at, f.cue.start - 48), f.cue.start);
  let k = toks.length - 1;
  let negated = false;
  let from = -1;
  for (; k >= 0; k--) {
    const t = toks[k];
    if (!t || !t.word || t.cap) break;
    if (NEGATION.has(t.low)) negated = true;
    else if (!(FINITE_AUXILIARY.test(t.low) || /^(?:be|been|being|yet|even|always|ever|all|both)$/.test(t.low) || (t.low.endsWith("ly") && t.low.length > 3))) break;
    from = k;
  }
  const first = toks[from];
  if (negated && first) f.cue = { start: first.start, end: f.cue.end };
}

/** Words that open a sentence with a subordinate clause or phrase before the main clause. */
const FRONTED = /^(?:while|although|though|despite|after|before|when|whereas|if|because|since|once|unless|amid|having)$/;

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
    // "Having announced that …, Judge Blum left": so for the participle after "having".
    const np = /ing$/.test(ctx.text.slice(f.cue.start, f.cue.end)) || first === "having" ? npForward(toks, 0, Math.min(toks.length, 10)) : null;
    // "Having survived it, he's back": a pronoun with its auxiliary contracted.
    const t0 = toks[0];
    const contracted = !np && t0 && /^(?:he|she|they|we|i|it)['’]/.test(t0.low) ? { start: t0.start, end: t0.start + t0.t.search(/['’]/) } : null;
    f.speaker = np ? tokSpan(toks, np) : contracted;
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
      // A cue verb after "to" that the passes above left ("went on radio to defend the plan") is a purpose clause's.
      const purpose = toks[i - 1]?.low === "to";
      // "…, vowing to lift the rules": so is a participle before "to" after a comma, which is the clause subject's.
      const participle = toks[i - 1]?.t === "," && t?.low.endsWith("ing") === true && toks[i + 1]?.low === "to";
      // "did not respond to a request for comment": a cue verb that opens an idiom of stance is the idiom's.
      return !t || ctx.usedCues.has(t.start) || (cueFrame(t) !== undefined && !topic && !purpose && !participle && idiomEnd(toks, i) <= i) || (toks[i + 1]?.low === "to" && intentVerb(t.low, toks[i - 1]?.low));
    };
    for (const c of framedClaims(toks)) {
      const cueTok = toks[c.cue.from];
      if (!cueTok || ctx.usedCues.has(cueTok.start) || insideQuote(ctx, cueTok.start)) continue;
      const content = tokSpan(toks, c.content);
      if (contentTaken(ctx, s.start, content, false)) continue;
      ctx.usedCues.add(cueTok.start);
      ctx.out.push({ speaker: c.speaker ? tokSpan(toks, widenDeterminer(toks, c.speaker, c.cue.from)) : null, cue: tokSpan(toks, c.cue), kind: "indirect", parts: [content], at: s.start });
    }
    for (const c of clauseClaims(toks, used)) {
      const cueTok = toks[c.cue.from];
      // A cue already read (by the passes above, or by this pass from another clause start) is one claim.
      if (!cueTok || ctx.usedCues.has(cueTok.start) || insideQuote(ctx, cueTok.start)) continue;
      while (ci < contents.length && (contents[ci]?.end ?? 0) <= cueTok.start) ci++;
      // "… that Pagliano, who invoked his rights, is now …": a relative clause's stance is its antecedent's own.
      if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, cueTok.start - 16), cueTok.start)) && inside(contents, ci, cueTok.start)) continue;
      // "has begun to rebut that criticism": two readings of one verb ("rebut", "to rebut") give one claim.
      const content = tokSpan(toks, c.content);
      if (contentTaken(ctx, s.start, content, true)) continue;
      ctx.usedCues.add(cueTok.start);
      ctx.out.push({ speaker: c.speaker ? tokSpan(toks, widenDeterminer(toks, c.speaker, c.cue.from)) : null, cue: tokSpan(toks, c.cue), kind: "indirect", parts: [content], at: s.start });
    }
  }
}

/** Whether a claim of the sentence at `at` already has `content` as a part (`exact`) or a part overlapping it. */
function contentTaken(ctx: Ctx, at: number, content: Span, exact: boolean): boolean {
  return ctx.out.some((f) => f.at === at && f.parts.some((p) => (exact ? p.start === content.start && p.end === content.end : p.start < content.end && content.start < p.end)));
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
