// The reported-speech pass: finds the sentences with a cue word, then reads "X said …" (in
// attribution-reported-cue.ts), "X believes that …", "X wants to …", "according to X" and "as reported by X".
import { FINITE_AUXILIARY, COMPLEMENT_VERBS, CUE_VERBS, DOCUMENT_NOUNS, INTENT_VERBS, intentVerb, PROGRESSIVE_INTENT, BE_FORM, ROLE_NOUNS, ASPECT } from "../lexicon/cues.ts";
import { npForward, trimPunct } from "./attribution-np.ts";
import { subjectBefore } from "./attribution-subjects.ts";
import { asReportedBy } from "./attribution-frames.ts";
import { infinitive } from "./attribution-objects.ts";
import { stanceTriggers } from "./attribution-svo.ts";
import { type Token, tokenize } from "./attribution-tokens.ts";
import { canSpeak, type Ctx, cueFrame, extendOverQuote, type Found, insideQuote, isProse, mainVerbAfter, restrictiveWho, tokSpan, wordsIn } from "./attribution-context.ts";
import { asLeadContent, clauseEnd, firstContentTok, skipTime } from "./attribution-bounds.ts";
import { reportedAt } from "./attribution-reported-cue.ts";
import type { Block, Sentence, Span } from "../types.ts";

// One pass over the text finds the sentences worth tokenising: those with a cue word in them.
const CUE_LIST = ["according to", "that", "put it", "puts it", ...CUE_VERBS.keys(), ...INTENT_VERBS];

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
export function sentencesWithCues(ctx: Ctx): { cue: number[]; stance: number[] } {
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

export function reported(ctx: Ctx, blocks: Block[], which: number[]): void {
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
        // "promised on Tuesday to …": a time adverbial may come between a verb of intention and "to".
        const vi = t.low === "to" ? intentBefore(toks, i) : i - 1;
        const v = toks[vi];
        // Cue verbs of intention ("vowed to …", "agreed to …") take "to" here too; their clause reading refuses it.
        const free = !cueFrame(v) || (t.low === "to" && INTENT_VERBS.has(v?.low ?? ""));
        if (v && free && !ctx.usedCues.has(v.start) && !insideQuote(ctx, t.start)) {
          const found = t.low === "that" ? genericThat(ctx, toks, i, s) : INTENT_VERBS.has(v.low) ? intent(toks, i, s, vi) : null;
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
      // "As Simonyan put it in a statement, RT is …": "put it" says what follows, in a clause opened by "as".
      // ("As he put it down, …" puts a thing somewhere: after "it" comes the comma, a time or a medium.)
      const putIt = !frame && /^puts?$/.test(t.low) && toks[i + 1]?.low === "it" && (toks[i + 2]?.t === "," || /^(?:in|to|at|during|last|this|earlier|recently|later|once|yesterday)$/.test(toks[i + 2]?.low ?? ""));
      if ((!frame && !putIt) || ctx.usedCues.has(t.start) || insideQuote(ctx, t.start)) continue;
      const found = putIt ? asLead(ctx, toks, i, s, 2) : (frame && reportedAt(ctx, toks, i, frame, s)) ?? (frame !== "object" ? asLead(ctx, toks, i, s) : null);
      if (found) {
        ctx.out.push(found);
        ctx.usedCues.add(t.start);
      }
    }
  }
}

/** "As Clinton told the New York Daily News, tax relief …": the speaker of a clause opened by "as" says what follows its comma. */
function asLead(ctx: Ctx, toks: Token[], c: number, s: Sentence, cueWords = 1): Found | null {
  // Most failed cues have no "as" before them: look for one before reading the subject.
  let as = c - 1;
  while (as >= 0 && toks[as]?.low !== "as") as--;
  if (as < 0) return null;
  const sub = subjectBefore(toks, c, 0);
  if (!sub.np || sub.via !== "adjacent") return null;
  const head = toks[sub.np.to];
  const content = head && canSpeak(head) && head.low !== "it" ? asLeadContent(toks, sub.np.from - 1, c + cueWords) : null;
  const cue = toks[c];
  const cueEnd = toks[c + cueWords - 1];
  // "Yet as the firm continues gaining momentum, …": an aspect verb tells how long, not what was said.
  if (!content || !cue || ASPECT.test(cue.low)) return null;
  return { speaker: tokSpan(toks, sub.np), cue: { start: cue.start, end: cueEnd?.end ?? cue.end }, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, content))], at: s.start };
}

const WORD_BEFORE = /([A-Za-z]+)\s+$/;

/** Cheap check before tokenising for "that"/"to": is the word before a possible verb of saying or intending? */
function complementBefore(text: string, at: number, w: string): boolean {
  const prev = WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1]?.toLowerCase();
  if (!prev) return false;
  if (w === "to") return INTENT_VERBS.has(prev);
  return (/(?:s|ed)$/.test(prev) || COMPLEMENT_VERBS.has(prev)) && !NOT_COMPLEMENT_VERB.test(prev);
}

// Nouns in -ed and -eed ("his Twitter feed that …", "the need that …") are no past forms.
const NOT_COMPLEMENT_VERB = /^(?:feed|feeds|need|needs|seed|speed|deed|greed|breed|creed|indeed|bed|red|shed|so|such|now|given|except|provided|assuming|is|was|are|were|be|been|being|am|do|does|did|done|like|likes|liked|all|and|but|or|than|with|of|in|on|at|by|for|from|to|about|into|after|before|because|since|while|when|said|says)$/;

/** "agents", "officials": a plural role noun, not a verb in -s ("complaints that …" is a document's). */
const pluralRole = (low: string): boolean => low.endsWith("s") && ROLE_NOUNS.has(low.slice(0, -1)) && !DOCUMENT_NOUNS.has(low.slice(0, -1));

/** "X believes that …": a speaker, a verb right before "that", and a clause after it. */
function genericThat(ctx: Ctx, toks: Token[], i: number, s: Sentence): Found | null {
  const v = toks[i - 1];
  if (!v || !v.word || v.cap || NOT_COMPLEMENT_VERB.test(v.low)) return null;
  if (!(/(?:s|ed)$/.test(v.low) || COMPLEMENT_VERBS.has(v.low))) return null;
  // "court filings that …", "its findings that …": a plural in -ings is a noun.
  if (ROLE_NOUNS.has(v.low) || DOCUMENT_NOUNS.has(v.low) || pluralRole(v.low) || v.low.endsWith("ings")) return null;
  const sub = subjectBefore(toks, i - 1, 0);
  if (!sub.np || sub.via === "relative") return null;
  // "… told FBI agents that …": the phrase after a verb of saying is its addressee, not a subject.
  const before = toks[sub.np.from - 1];
  if (before && !before.cap && CUE_VERBS.has(before.low)) return null;
  const headTok = toks[sub.np.to];
  if (!headTok || !canSpeak(headTok)) return null;
  if (headTok.low === "it" || headTok.low === "there") return null;
  // "the firm's mines that …": a word after a possessive is the noun it owns, not a verb.
  if (/['’]s?$/.test(headTok.t)) return null;
  const after = trimPunct(toks, i, clauseEnd(toks, i));
  if (!after || wordsIn(toks, after) < 5) return null;
  return { speaker: tokSpan(toks, sub.np), cue: { start: v.start, end: v.end }, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, after))], at: s.start };
}

/** The verb before the "to" at `i`: the word before it, or a verb of intention before a time adverbial ("vowed on Monday to …"). */
function intentBefore(toks: Token[], i: number): number {
  for (let j = i - 1; j >= i - 3 && j >= 2; j--) if (skipTime(toks, j) === i && INTENT_VERBS.has(toks[j - 1]?.low ?? "")) return j - 1;
  return i - 1;
}

/** "X wants to …", "X plans to …": an intention held by the speaker (its verb at `vi`, "to" at `i`). */
function intent(toks: Token[], i: number, s: Sentence, vi: number): Found | null {
  const v = toks[vi];
  if (!v) return null;
  const prev = toks[vi - 1];
  // "is hoping to …": an -ing form needs "be" before it and a verb after "to"; the other forms refuse "be" ("was offered to").
  const progressive = PROGRESSIVE_INTENT.has(v.low);
  if (!intentVerb(v.low, prev?.low) || (!progressive && BE_FORM.test(prev?.low ?? "")) || (progressive && !infinitive(toks[i + 1]))) return null;
  const sub = subjectBefore(toks, vi, 0);
  if (!sub.np) return null;
  const headTok = toks[sub.np.to];
  if (!headTok || !canSpeak(headTok)) return null;
  let end = clauseEnd(toks, i);
  // "Others who want to ban it said …": a restrictive relative clause ends before the main verb.
  if (restrictiveWho(toks, vi)) end = Math.min(end, mainVerbAfter(toks, i, end) - 1);
  const after = trimPunct(toks, i, end);
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
  // "according to the librarian, Ravi Chandrasekar, …": the name in apposition is part of the source.
  const named = appositiveNameAt(toks, after, srcEnd);
  if (named > 0) {
    srcEnd = named - 1;
    after = named;
  }
  const speaker = tokSpan(toks, { from: np.from, to: srcEnd });
  const before = trimPunct(toks, firstContentTok(toks), i - 1);
  after = afterAppositive(toks, after, !before || wordsIn(toks, before) < 3);
  if (after < 0) after = toks.length;
  if (before && wordsIn(toks, before) >= 3) {
    // "…, according to X." (and "…, according to X, …").
    const parts = [tokSpan(toks, before)];
    const rest = trimPunct(toks, after + 1, toks.length - 1);
    // ("…, according to a count by the AP, but Sanders has vowed …": a contrast after it is the narrator's.)
    if (toks[after]?.t === "," && rest && wordsIn(toks, rest) >= 3 && !/^(?:but|while|whereas|although|though|yet)$/.test(toks[rest.from]?.low ?? "")) parts.push(tokSpan(toks, rest));
    return { speaker, cue, kind: "indirect", parts, at: s.start };
  }
  const rest = trimPunct(toks, after + 1, toks.length - 1);
  if (!rest || wordsIn(toks, rest) < 3) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, rest))], at: s.start };
}

/**
 * The comma (or final stop) after a name of one to four capitalised words that follows the comma at
 * `comma`, when the source before it (ending at `srcEnd`) is a role ("the librarian, Ravi
 * Chandrasekar,"); else -1.
 */
function appositiveNameAt(toks: Token[], comma: number, srcEnd: number): number {
  const head = toks[srcEnd];
  // A person's role ("the librarian"), not a document ("an FBI summary of its investigation, Cheryl Mills, …").
  if (toks[comma]?.t !== "," || !head || head.cap || !head.word || !ROLE_NOUNS.has(head.low) || DOCUMENT_NOUNS.has(head.low)) return -1;
  let k = comma + 1;
  while (k < toks.length && k - comma <= 4 && toks[k]?.word && toks[k]?.cap) k++;
  // "…, according to the librarian, Ravi Chandrasekar.": the name may end the sentence.
  const ends = toks[k]?.t === "," || (k === toks.length - 1 && !toks[k]?.word);
  return k > comma + 1 && ends ? k : -1;
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
