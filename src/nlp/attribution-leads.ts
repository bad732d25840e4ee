// "Name: …" leads of paragraphs and headlines ("Okafor: The deal is dead", a transcript's quoted
// "“LUND: We won."), and a headline kept in the body whose capitalised subject is followed by a
// present-tense cue ("Chief Slams Plan.").
import { CLAUSE_OPENERS, CUE_VERBS, FINITE_AUXILIARY, NP_STOP, STANCE_VERBS } from "../lexicon/cues.ts";
import { trimPunct } from "./attribution-np.ts";
import { nounInS } from "./attribution-nominal.ts";
import { type Token, tokenize } from "./attribution-tokens.ts";
import { wordCount } from "./quotes.ts";
import { type Ctx, isProse, sentenceAt, tokSpan, wordsIn } from "./attribution-context.ts";
import type { Block } from "../types.ts";

/** A paragraph (or headline) that opens with a name and a colon: "Okafor: The deal is dead", "SMITH: We won." */
const COLON_LEAD = /^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|of|de|van|von)){0,3}):\s+\S/u;
/** A transcript's turn inside quotation marks: "“WALLACE: Let's start …". */
const QUOTED_TURN = /^["“]\s*(?=\p{Lu}{2,}[\p{Lu}'’.\-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’.\-]*){0,2}:\s)/u;

/** Newsroom labels and time words that open a headline with a colon but name no speaker. */
export const COLON_LABELS = /^(?:breaking|update|updated|updates|watch|exclusive|video|videos|photos?|analysis|opinion|editorial|commentary|live|report|note|related|read|source|sources|correction|editor|editors|q|a|question|answer|first|fact|check|review|interview|transcript|election|debate|today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|latest|the|this|here|why|how|what|who|when|where|more|also|plus|bonus|quote|quotes|chart|map|timeline|audio|podcast|listen|see|look|warning|alert|new|news|world|politics|business|sports|weather|ap|afp|reuters|pdf|headline|headlines|result|results|fix|summary|conclusion|background|context|details|notes|second|third|final|step|part|chapter|tip|lesson|rule)$/i;

/** A capitalised function word inside a lead marks a headline in title case, not a name: "Stealth Over Health: …". */
const TITLE_CASE_WORD = /^(?:over|under|in|on|with|for|and|to|from|at|by|as|is|are|was|vs|into|after|before|against|about|so)$/i;

/**
 * A headline's lead may carry a label before a dash and an addressee or topic before the colon:
 * "EXCLUSIVE – Okafor: …", "Okafor to Farmers: …", "Mayor Lund on Tolls: …". Group 1 is the
 * label, group 2 the name, group 3 the phrase after it.
 */
const HEADLINE_LEAD = /^(\p{Lu}+\s*[–—-]\s*)?(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})(\s+(?:to|on|at|about|in|To|On|At|About|In)\s+[^:.!?]{1,60})?:\s+\S/u;

export function colonLeads(ctx: Ctx, blocks: Block[]): void {
  const { text } = ctx;
  /**
   * The body's "Name: …" paragraphs by the name's last word. Two names, one of them twice, make a dialogue:
   * a transcript, whose turns quote their speakers word for word ("Replacements: …" twice is a list).
   */
  const turns = new Map<string, Array<{ kind: "direct" | "indirect" }>>();
  for (const b of blocks) {
    if (!isProse(b) && b.index !== 0) continue;
    const open = QUOTED_TURN.exec(b.text)?.[0].length ?? 0;
    const m = COLON_LEAD.exec(open ? b.text.slice(open) : b.text);
    const hl = !m && b.index === 0 ? HEADLINE_LEAD.exec(b.text) : null;
    const h = hl && (hl[1] || hl[3]) ? hl : null;
    const label = h?.[1] ?? "";
    const name = m?.[1] ?? h?.[2];
    if (!name) continue;
    const words = name.split(/\s+/);
    if (words.some((w) => COLON_LABELS.test(w.replace(/['’]s$/, ""))) || words.slice(1).some((w) => TITLE_CASE_WORD.test(w))) continue;
    const nameStart = b.start + open + label.length;
    const colon = h ? nameStart + name.length + (h[3]?.length ?? 0) : nameStart + name.length;
    const s = sentenceAt(ctx.sentences, b.start);
    if (!s) continue;
    const toks = tokenize(text, colon + 1, Math.max(s.end, Math.min(b.end, colon + 400)));
    const r = trimPunct(toks, 0, toks.length - 1);
    if (!r || wordsIn(toks, r) < 3 || nameList(toks, r.from, r.to)) continue;
    const content = tokSpan(toks, r);
    if (ctx.out.some((f) => f.parts.some((p) => p.start < content.end && content.start < p.end))) continue;
    for (const q of ctx.quotes) if (q.start >= b.start && q.start < content.end) ctx.usedQuotes.add(q.start);
    const found = { speaker: { start: nameStart, end: nameStart + name.length }, cue: { start: colon, end: colon + 1 }, kind: open ? ("direct" as const) : ("indirect" as const), parts: [content], at: s.start };
    ctx.out.push(found);
    // The first paragraph is a turn only with its speaker in capitals ("RAMOS: …"): "Okafor: Deal Is Dead" is a headline.
    if (b.index !== 0 || (m && name === name.toUpperCase())) {
      // "KATE OKAFOR:" then "OKAFOR:" is one speaker.
      const k = (words[words.length - 1] ?? name).toLowerCase();
      turns.set(k, [...(turns.get(k) ?? []), found]);
    }
  }
  if (turns.size < 2 || ![...turns.values()].some((t) => t.length > 1)) return;
  for (const list of turns.values()) for (const t of list) t.kind = "direct";
}

/** "Nevada: Jo Blum, Ann Okafor, Tom Lund": a list of names (two commas or more, nearly every word of its sentence capitalised) says nothing. */
function nameList(toks: Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  let commas = 0;
  for (let k = from; k <= to; k++) {
    const t = toks[k];
    // The list's own sentence is enough.
    if (!t || /^[.!?]$/.test(t.t)) break;
    if (t.t === ",") commas++;
    if (!t.word) continue;
    words++;
    if (t.cap || t.low === "and") caps++;
  }
  return commas >= 2 && caps >= 0.9 * words;
}

/** Words ending in -s that head no plural subject. */
const NOT_PLURAL = /^(?:always|perhaps|sometimes|nevertheless|thus|afterwards|besides|towards|unless|whereas|its|yes|plus|less|news|politics|economics)$/;

/**
 * "Harbour skippers blast plan": a plural head (the word before the verb) takes the bare verb; only
 * verbs of saying or stance ("Hedge Funds Support Clinton"), and no head that a preposition governs ("Obama To Voters Talk …" has no subject).
 */
function pluralHead(toks: Token[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  if (!t || !prev || !t.cap !== !prev.cap || t.low.endsWith("s") || !(CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low))) return false;
  if (!/[^su'’]s$/.test(prev.low) || /(?:ss|ous|is|us)$/.test(prev.low) || FINITE_AUXILIARY.test(prev.low) || NOT_PLURAL.test(prev.low)) return false;
  return !TITLE_CASE_WORD.test(toks[k - 2]?.low ?? "") && !TITLE_CASE_WORD.test(toks[k + 1]?.low ?? "");
}

/**
 * "Harbour Board Chief Slams Ferry Plan.", "Mayor backs new bridge.": a first line that is one short
 * sentence (a title kept in the body) whose subject (capitalised words, or a plural head) is followed
 * by a present-tense cue or stance verb, in any case; the rest of the line is the content.
 */
export function headline(ctx: Ctx, blocks: Block[]): void {
  const b = blocks[0];
  const s = ctx.sentences[0];
  if (!b || !s || s.end < b.end - 1 || wordCount(ctx.text, b) > 16 || ctx.out.some((f) => f.cue.start < b.end)) return;
  const toks = tokenize(ctx.text, b.start, b.end);
  const first = toks[0]?.low ?? "";
  // "Her attacks on the board …": a possessive opens a noun phrase, not a headline's speaker.
  if (CLAUSE_OPENERS.has(first) || NP_STOP.has(first) || /^(?:why|even|his|her|their|its|my|our|your|\d.*)$/.test(first)) return;
  for (let k = 1; k < toks.length - 1 && k <= 8; k++) {
    const t = toks[k];
    const prev = toks[k - 1];
    if (!t || !t.word || !prev) return;
    const plural = pluralHead(toks, k);
    if (!prev.cap && prev.t !== "," && !plural) return;
    if (!(plural || /[^s]s$/.test(t.low)) || !(CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low))) continue;
    // "Some Calls Go Unanswered", "Health Worries Have Dogged …": a noun in -s, not the verb.
    if (nounInS(toks, k)) return;
    // "Putin Chides Turkey And Praises Trump": each verb of the subject has its own claim.
    const speaker = tokSpan(toks, { from: 0, to: k - 1 });
    for (let v = k; v > 0; ) {
      const end = headlineObjectEnd(toks, v + 1);
      const r = trimPunct(toks, v + 1, end);
      if (!r || wordsIn(toks, r) < 1) return;
      const cue = toks[v] as Token;
      ctx.out.push({ speaker, cue: { start: cue.start, end: cue.end }, kind: "indirect", parts: [tokSpan(toks, r)], at: b.start });
      ctx.usedCues.add(cue.start);
      v = toks[end + 1]?.low === "and" ? end + 2 : -1;
    }
    return;
  }
}

/** Words after which a headline's object has ended: "Calls for Special Prosecutor After Report Reveals …". */
const HEADLINE_OBJECT_END = /^(?:after|before|amid|despite|following|ahead)$/;

/** Where a headline verb's object from `from` ends: before a time adverbial, or before "and" and the subject's next verb. */
function headlineObjectEnd(toks: Token[], from: number): number {
  for (let k = from + 1; k < toks.length; k++) {
    const t = toks[k];
    if (!t) break;
    if (HEADLINE_OBJECT_END.test(t.low)) return k - 1;
    const n = toks[k + 1];
    if (t.low === "and" && n && /[^s]s$/.test(n.low) && (CUE_VERBS.has(n.low) || STANCE_VERBS.has(n.low))) return k - 1;
  }
  return toks.length - 1;
}
