// Quotations that no cue attributes ("Cruz called them on it: “…”", "“…” The senator paused. “…”"):
// a quotation of a sentence's length is a claim; its speaker is the subject of the words before it
// or, for a quotation that opens its sentence, the speaker of the claim just before it.
import { CUE_VERBS, DETERMINERS, PERSON_PRONOUNS, ROLE_NOUNS } from "../lexicon/cues.ts";
import { type TokRange } from "./attribution-np.ts";
import { isPreposition } from "./attribution-openings.ts";
import { clauseSubject } from "./attribution-clause-subject.ts";
import { subjectBefore } from "./attribution-subjects.ts";
import { type Token, tokenize } from "./attribution-tokens.ts";
import { type Quote, wordCount } from "./quotes.ts";
import { type Ctx, type Found, sentenceAt, tokSpan } from "./attribution-context.ts";
import { spanAt } from "./spans.ts";
import type { Block, Span } from "../types.ts";

/** Fewer words than this are a phrase being quoted ("a “ferocious” battle"), not a quotation. */
const MIN_WORDS = 6;

const LIGHT_VERB = /^(?:is|was|are|were|be|been|has|have|had|get|gets|got|did|does|do)$/;

const lastEnd = (f: Found): number => f.parts[f.parts.length - 1]?.end ?? 0;

export function looseQuotes(ctx: Ctx, blocks: Block[]): void {
  const { text } = ctx;
  const parts = ctx.out.flatMap((f) => f.parts);
  const claims = [...ctx.out];
  for (const q of ctx.quotes) {
    if (ctx.usedQuotes.has(q.start)) continue;
    const words = wordCount(text, q.inner);
    const short = words < MIN_WORDS;
    if (words < 2) continue;
    if (parts.some((p) => p.start <= q.inner.start && q.inner.start < p.end)) continue;
    const s = sentenceAt(ctx.sentences, q.start);
    const block = spanAt(blocks, q.start);
    if (!s || !block) continue;
    if (short) {
      // A short quotation is a claim only when it opens its paragraph and is signed: "“The ferry scares me.” ― Esther Tapia".
      const signature = /\S/.test(text.slice(block.start, q.start)) ? null : (signedAfter(text, block, q, s.start) ?? signed(text, blocks, block, q.inner, s.start));
      if (signature) {
        ctx.usedQuotes.add(q.start);
        claims.push(signature);
        ctx.out.push(signature);
      }
      continue;
    }
    let from = s.start;
    if (from >= q.start - 1) {
      const prev = ctx.sentences[s.index - 1];
      if (prev && prev.block === s.block && /:\s*$/.test(text.slice(prev.start, q.start))) from = prev.start;
    }
    const before = text.slice(from, q.start);
    // Words before the quotation in its sentence: their subject speaks ("Schumer tweeted: “…”").
    // A quotation after a full stop (one the sentence splitter kept) opens its sentence.
    const opens = !/\p{L}/u.test(before) || /[.?!]["”'’]?\s+$/u.test(before);
    let found: Found | null = null;
    if (!opens) {
      const toks = tokenize(text, from, q.start);
      const said = speakerBefore(toks);
      if (said) found = { speaker: tokSpan(toks, said.np), cue: { start: said.verb.start, end: said.verb.end }, kind: "direct", parts: [q.inner], at: s.start };
    } else {
      // A paragraph of quotation signed on the line after it ("“…”" then "— Jo Blum, mayor"); else
      // it goes on from the claim before it: one in this paragraph, or a quotation in the one before.
      found = signedAfter(text, block, q, s.start) ?? signed(text, blocks, block, q.inner, s.start);
      const last = claims.filter((f) => lastEnd(f) <= q.start).reduce<Found | undefined>((a, f) => (!a || lastEnd(f) > lastEnd(a) ? f : a), undefined);
      const lastBlock = last ? spanAt(blocks, last.parts[last.parts.length - 1]?.start ?? -1) : undefined;
      if (!found && last && lastBlock && (lastBlock.index === block.index || (lastBlock.index === block.index - 1 && last.kind === "direct"))) {
        found = { speaker: last.speaker, cue: last.cue, kind: "direct", parts: [q.inner], at: s.start, continues: last };
      }
    }
    // With no speaker in sight it stays out: a quotation nobody said is no claim for the archive's pages.
    if (!found) continue;
    ctx.usedQuotes.add(q.start);
    claims.push(found);
    ctx.out.push(found);
  }
}

/** A signature line: a dash and a capitalised name, then the end, a comma or a full stop ("— Jo Blum, mayor."). */
const SIGNATURE = /^([-–—―]\s*)(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin)){0,4})\s*(?:[,.]|$)/u;

/** Words in the longest signature line. */
const SIGNATURE_WORDS = 16;

/**
 * The claim of a quotation in a paragraph that is all quotation (it ends with the closing mark) when
 * the next paragraph is a signature line; null otherwise.
 */
function signed(text: string, blocks: Block[], block: Block, inner: Span, at: number): Found | null {
  if (!/["”'’]\s*$/.test(block.text)) return null;
  const next = blocks[block.index + 1];
  if (!next || wordCount(text, next) > SIGNATURE_WORDS) return null;
  return signature(next.text, next.start, inner, at);
}

/**
 * The claim of a quotation signed after it on its own line: "“…” ― Sonya Herridge" (then the
 * paragraph's end, or an age or place after a comma); null otherwise.
 */
function signedAfter(text: string, block: Block, q: Quote, at: number): Found | null {
  if (!q.closed) return null;
  const rest = text.slice(q.end, block.end);
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
  const line = rest.slice(lead);
  return line.split(/\s+/).length > SIGNATURE_WORDS ? null : signature(line, q.end + lead, q.inner, at);
}

/** The claim of `inner` signed by `line` (at offset `from`), when the line is a signature; else null. */
function signature(line: string, from: number, inner: Span, at: number): Found | null {
  const m = SIGNATURE.exec(line);
  const dash = m?.[1];
  // "- Jo Blum." ends the line with a full stop that is no part of the name (unlike "Jo Blum Jr.").
  const name = m?.[2]?.replace(/(\p{L}{3,})\.$/u, (w, word: string) => (/^[JS]r$/.test(word) ? w : word));
  if (!dash || !name) return null;
  const start = from + dash.length;
  return { speaker: { start, end: start + name.length }, cue: { start: from, end: from + 1 }, kind: "direct", parts: [inner], at };
}

const CONJUNCTION = /^(?:and|or|but|nor|yet|so)$/;
const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/;

/** A word that may be a verb: not a preposition, conjunction or determiner ("in", "and", "his", "da"). */
const verbLike = (t: Token): boolean =>
  !isPreposition(t.low) && !DETERMINERS.has(t.low) && !CONJUNCTION.test(t.low) && !POSSESSIVE.test(t.low) && (CUE_VERBS.has(t.low) || t.low === "put" || t.low.length > 3);

/** A person and the verb after them in the words before a quotation: the clause's subject, or the last subject before the colon. */
function speakerBefore(toks: Token[]): { np: TokRange; verb: Token } | null {
  const person = (np: TokRange | null): boolean => {
    const head = np ? toks[np.to] : undefined;
    return !!head && !DETERMINERS.has(head.low) && (head.cap || PERSON_PRONOUNS.has(head.low) || head.low === "they" || ROLE_NOUNS.has(head.low));
  };
  const np = clauseSubject(toks, 0, toks.length);
  // "McConnell, R-Ky., delivered …": the verb comes after a short aside between commas.
  let v = np ? np.to + 1 : -1;
  if (toks[v]?.t === "," && np && !CONJUNCTION.test(toks[np.to]?.low ?? "")) {
    const close = toks.findIndex((t, k) => k > v && k <= v + 6 && t.t === ",");
    if (close > 0) v = close + 1;
  }
  const verb = toks[v];
  // A light verb introduces no speech: "The report has one conclusion: “…”". Nor does a
  // preposition after the words before it ("According to Jo Blum's “…”", "Hundreds of “…”").
  if (np && person(np) && verb?.word && !verb.cap && !LIGHT_VERB.test(verb.low) && verbLike(verb)) return { np, verb };
  // "“…,” Trump said before adding: “…”", "Kelly responded pointedly, with a smile: “…”".
  if (toks[toks.length - 1]?.t !== ":") return null;
  for (let c = toks.length - 2; c > 0 && c >= toks.length - 10; c--) {
    const v = toks[c];
    if (!v || !v.word || v.cap || LIGHT_VERB.test(v.low) || isPreposition(v.low)) continue;
    const sub = subjectBefore(toks, c, 0);
    if (sub.np && !sub.negated && sub.np.to === c - 1 && person(sub.np)) return { np: sub.np, verb: v };
  }
  return null;
}
