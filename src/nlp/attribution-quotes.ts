// Direct quotations and their attributions: “A,” he said. / She said: “A.” / split and run-on quotes,
// and a paragraph that is one quotation going on with the previous claim.
import { spanAt } from "./spans.ts";
import { ADJECTIVE_TO, ARTICLE_OR_POSSESSIVE, CAUSATIVE, CUE_VERBS, DETERMINERS, FINITE_AUXILIARY, NP_STOP, type CueFrame, MANNER_OF_SPEAKING, NEEDS_THAT, PERSON_PRONOUNS, QUOTE_ONLY_OK, READ_CUES, ROLE_NOUNS, SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import { isLy, npForward, trimPunct, type TokRange } from "./attribution-np.ts";
import { inCapitals, isPreposition, timeWord } from "./attribution-openings.ts";
import { SPEAKER_PREPOSITION, subjectBefore } from "./attribution-subjects.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token, tokenize } from "./attribution-tokens.ts";
import { type Quote, wordCount } from "./quotes.ts";
import { canSpeak, type Ctx, cueFrame, FINITE_CUE_FORM, sentenceAt, tokSpan } from "./attribution-context.ts";
import { addressee, PREP_TAIL, PRONOUN_SUBJECT, skipTime } from "./attribution-bounds.ts";
import { participleSpeaker, relativeHead } from "./attribution-speakers.ts";
import { COLON_LABELS } from "./attribution-leads.ts";
import type { Block, Span } from "../types.ts";

/** A cue next to a quotation: any cue verb, or a verb of saying by its manner ("he yelled"). */
const quoteCue = (t: Token | undefined): CueFrame | undefined => cueFrame(t) ?? (t && t.word && MANNER_OF_SPEAKING.has(t.low) ? "clause" : undefined);

interface QuoteAttribution {
  speaker: TokRange | null;
  cue: number;
  toks: Token[];
  /** Where the attribution's words end (after its tail), and whether a quote follows right after a comma. */
  end: number;
}

const RELATIVE = /^(?:who|whose)$/;

/** `“…,” he said.` / `“…,” said Smith, who …` / `“…,” the statement read.` after a quote. */
function suffixAttribution(ctx: Ctx, q: Quote): QuoteAttribution | null {
  if (!q.closed) return null;
  let s = sentenceAt(ctx.sentences, q.end - 1);
  // “… no?” Smith said. / “… the greatest!” she wrote.: the sentence split after the closing mark,
  // so the attribution is the next sentence of the paragraph.
  let nextSentence = false;
  // So after a quote inside the quote: “… ‘What can I do?’” Smith said.
  if (s && s.end <= q.end && /[?!.][’']?$/.test(ctx.text.slice(q.inner.start, q.inner.end))) {
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
    // "…,'' said the candidate could win": a phrase with its own finite verb is the subject of a bare clause.
    const verb = np ? toks[np.to + 1] : undefined;
    if (np && !(verb?.word && FINITE_AUXILIARY.test(verb.low))) return { speaker: np, cue: i, toks, end: tailEnd(toks, np.to + 1) };
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
    // Where a relative clause opens ("…, N.C., who was among those polled, said"): the mention ends before it.
    let relative = RELATIVE.test(toks[c + 1]?.low ?? "") ? c : -1;
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
        // "the economist, who has advised two chancellors, wrote": a relative clause describes the
        // speaker but is no part of the mention.
        np = { from: np.from, to: (relative >= 0 ? relative : k) - 1 };
        c = k + 1;
        break;
      }
      if (relative < 0 && RELATIVE.test(cand?.low ?? "")) {
        relative = k;
        continue;
      }
      // "Purner, 67, a retired nurse in Allentown, Pa., said": age, role, town and state.
      // "Pruitt, the attorney general of Oklahoma, one of the states suing, said": a second appositive.
      // "assistant secretary for population, refugees, and migration, said": a list inside the appositive.
      const listed = !!cand && (cand.low === "and" || cand.low === "or" || (cand.word && toks[k + 2]?.t === ","));
      // "Harry Bond, 30, of Raleigh, N.C., said": where the speaker is from.
      const from = !!cand && /^(?:of|from)$/.test(cand.low) && !!toks[k + 2]?.cap;
      if (!cand?.cap && !/^(?:a|an|the|one)$/.test(cand?.low ?? "") && !listed && !from) break;
    }
  }
  while (c < toks.length && (toks[c]?.low === "has" || toks[c]?.low === "had" || toks[c]?.low === "also" || toks[c]?.low === "later" || toks[c]?.low === "then" || /ly$/.test(toks[c]?.low ?? ""))) c++;
  const cue = toks[c];
  if (!cue || !cue.word || cue.cap) return null;
  const single = np.from === np.to ? toks[np.from] : undefined;
  const pronounOrName = !!single && (SPEAKER_PRONOUNS.has(single.low) || single.cap);
  const known = quoteCue(cue) !== undefined || READ_CUES.has(cue.low) || retortAt(toks, c);
  // An unknown past-tense verb right after a quote and a pronoun or name is a cue too ("…,” he quipped).
  const commaBefore = toks[np.from - 1]?.t === "," || (np.from === 0 && /[,!?]/.test(ctx.text.slice(q.inner.end, q.end)));
  if (!known && !(pronounOrName && /ed$/.test(cue.low) && commaBefore)) return null;
  // A next sentence whose cue takes its own clause ("…” He said he agrees.) is a new claim, not this quote's attribution.
  // "…?” Renteria told reporters.": an addressee comes first.
  // "…?” Todd asked the candidate.": a question's asker may name whom it was put to.
  const takesAddressee = quoteCue(cue) === "addressee" || /^ask(?:s|ed)?$/.test(cue.low);
  // A quotation that opens its paragraph has no speaker before it: a cue that opens a quotation of its
  // own may still be its attribution ("“…” Harris added: “…”").
  if (nextSentence && !closesQuoteAttribution(toks, takesAddressee ? addressee(toks, c + 1) : c + 1, opensParagraph(ctx, q))) return null;
  // "X argued that “…,” the mayor said the fares were fair.": a quotation that is the content of a
  // reported clause before it is not the next cue's, when that cue takes a clause of its own.
  if (/\bthat\s*$/i.test(ctx.text.slice(Math.max(0, q.start - 6), q.start)) && ownClause(toks, skipTime(toks, takesAddressee ? addressee(toks, c + 1) : c + 1))) return null;
  return { speaker: np, cue: c, toks, end: tailEnd(toks, c + 1) };
}

/** Whether the quotation `q` opens its paragraph: its sentence is the paragraph's first and starts with it. */
function opensParagraph(ctx: Ctx, q: Quote): boolean {
  const own = sentenceAt(ctx.sentences, q.start);
  const before = own ? ctx.sentences[own.index - 1] : undefined;
  return !!own && (!before || before.block !== own.block) && !/\S/.test(ctx.text.slice(own.start, q.start));
}

/**
 * After a cue in the sentence following a quote: the attribution ends there ("He said." / "She
 * said, adding …" / "he wrote on Twitter.") unless a clause of its own follows the cue.
 */
function closesQuoteAttribution(toks: Token[], at: number, firstQuote = false): boolean {
  // "…?” Sanders asked rhetorically.": a manner adverb after the cue is part of its tail.
  let k = at;
  const manner = (w: Token | undefined): boolean => !!w && isLy(w) && !PREP_TAIL.has(w.low);
  while (manner(toks[k])) k++;
  const t = toks[k];
  // "…?” He answered, “…”": a cue that opens a quotation of its own introduces that one.
  const opens = t && /^[,:]$/.test(t.t) ? toks[k + 1] : t;
  if (opens && isOpenQuote(opens.t)) return firstQuote;
  if (!t || !t.word) return true;
  return PREP_TAIL.has(t.low);
}

/** A clause's opening at `k`: "that", a subject pronoun, or a determiner with a noun ("the fares were …"). */
function ownClause(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.word && (t.low === "that" || PRONOUN_SUBJECT.test(t.low) || (ARTICLE_OR_POSSESSIVE.test(t.low) && !!toks[k + 1]?.word));
}

/**
 * "a spokesman for committee Democrats said", "Jones (D-Ore.) said", "a lawyer with the firm wrote":
 * a parenthesis or a prepositional phrase between the speaker and the cue belongs to the speaker.
 */
function complementEnd(toks: Token[], to: number, limit: number): number {
  const n = toks[to + 1];
  if (!n) return to;
  if (n.t === "(") {
    // "Jordan (R-Ohio), an oversight panel member, said": so before an appositive.
    for (let k = to + 2; k < limit && k <= to + 8; k++) if (toks[k]?.t === ")") return isCueAt(toks, k + 1) || toks[k + 1]?.t === "," ? k : to;
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
export function plainPhraseAfterCue(toks: Token[], i: number, limit: number): TokRange | null {
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

/** "…,” the mayor shot back.": a past verb with "back" at `k` answers what was said before. */
function retortAt(toks: Token[], k: number): boolean {
  const v = toks[k];
  return !!v && v.word && !v.cap && toks[k + 1]?.low === "back" && (/ed$/.test(v.low) || /^(?:shot|hit|struck|wrote|bit|spoke)$/.test(v.low));
}

/** "the gambling tycoon told": a determiner and up to four lower-case words right before a cue verb. */
function plainNounBeforeCue(toks: Token[], i: number): TokRange | null {
  const det = toks[i];
  if (!det || !/^(?:the|a|an|his|her|their|its|one|another)$/.test(det.low)) return null;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const t = toks[k];
    if (!t || !t.word) return null;
    if (k > i + 1 && (quoteCue(t) || READ_CUES.has(t.low) || retortAt(toks, k))) return { from: i, to: k - 1 };
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
    // A heading in capitals is a section label, not a speaker: "BROADWAY BEAT—“…,” by …".
    const np = npForward(toks, 0, k);
    const heading = !!np && toks.slice(np.from, np.to + 1).every((t) => !t.word || inCapitals(t));
    if (np && np.to === k - 1 && toks[np.from]?.cap && !heading) return { speaker: np, cue: k, toks, end: q.start };
  }
  const opening = openingCue(toks, k, q.start);
  if (opening) return opening;
  if (last.t !== ":" && last.t !== ",") {
    // "He said “…”" with no comma: only right after the cue.
    if (!quoteCue(last)) return null;
  } else {
    k--;
    // "X said on Monday, in reference to the attack, “…”": an aside that opens with a preposition
    // between commas is passed over.
    for (let m = k - 1; m > 0 && m >= k - 8; m--) {
      const t = toks[m];
      if (!t || (!t.word && t.t !== ",")) break;
      if (t.t !== ",") continue;
      // Not one with a cue of its own: "…, with Trump reportedly yelling: “…”".
      const p = toks[m + 1];
      if (p && !p.cap && /^(?:in|on|at|during|after|before|with|from)$/.test(p.low) && !toks.slice(m + 2, k + 1).some((w) => quoteCue(w))) k = m - 1;
      break;
    }
  }
  // Walk back over a short tail (addressee, time) to the cue.
  // "The committee said about its inclusion of … in the draft of its platform: “…”": before a
  // colon, the tail may be a longer phrase of what the quotation is about.
  for (let c = k; c >= 0 && c >= k - (last.t === ":" ? 20 : 10); c--) {
    const t = toks[c];
    if (!t) break;
    if (t.t === "," || t.t === "." || t.low === "that" || isCloseQuote(t.t)) break;
    if (c < k - 10 && !/^(?:about|regarding|of|on)$/.test(toks[c + 1]?.low ?? "")) continue;
    // "Aisha Karimi put it simply: “…”": "put it" before a colon says the quotation.
    const f = quoteCue(t) ?? (/^puts?$/.test(t.low) && toks[c + 1]?.low === "it" && (last.t === ":" || last.t === ",") ? "clause" : undefined);
    if (f && !(f === "object" && c !== k && !(toks[c + 1]?.low === "on" || toks[c + 1]?.low === "for"))) {
      // Inverted "said Smith:" is rare; the subject comes before.
      // "Trump was prompted to say, “…”": the subject of the participle before "to".
      const prompted = toks[c - 1]?.low === "to" && (CAUSATIVE.test(toks[c - 2]?.low ?? "") || /^(?:moved|forced|compelled)$/.test(toks[c - 2]?.low ?? "") || ADJECTIVE_TO.test(toks[c - 2]?.low ?? "")) ? c - 2 : c;
      const sub = subjectBefore(toks, prompted, 0);
      if (sub.negated) return null;
      // "his campaign sent a message to supporters saying: “…”": the participle's speaker.
      let np = sub.np && sub.via === "adjacent" && /ing$/.test(t.low) ? participleSpeaker(toks, sub.np) : sub.np;
      // "Residents who attended the meeting said, “…”", "An official who spoke anonymously said
      // Wednesday, “…”": the noun before a relative clause.
      if (np && sub.via === "adjacent") np = relativeHead(toks, np);
      else if (!np && /^(?:said|says|told|wrote|added)$/.test(t.low)) {
        const head = relativeHead(toks, { from: c, to: c });
        if (head.from !== c) np = head;
      }
      // "… put it, “…”": the "it" after "put" is no speaker; nor is a time ("said Wednesday, “…”").
      if (!np && c < k && !(f === "clause" && !quoteCue(t))) np = npForward(toks, c + 1, k + 1);
      if (np && np.from > c && timeWord(toks[np.from])) return null;
      if (!np) return null;
      // "As Dana Milbank put it, “…”": "As" opens the clause, not the speaker's name.
      if (toks[np.from]?.low === "as" && np.from < np.to) np = { from: np.from + 1, to: np.to };
      return { speaker: np, cue: c, toks, end: q.start };
    }
    if (t.low === "to" && toks[c - 1]?.low === "according") {
      const np = npForward(toks, c + 1, k + 1);
      if (!np) return null;
      return { speaker: np, cue: c - 1, toks, end: q.start };
    }
  }
  return last.t === ":" ? (colonClause(toks, k) ?? nameColon(toks, k + 1)) : null;
}

/**
 * "… Donald Blum: “…”", "TOLLS – Jo M. Blum: “…”", "Rep. Jo Blum (R-Ohio): “…”": a name of one to
 * four capitalised words (a party label in brackets after it) right before the colon at `k`, opening
 * its sentence or after a dash, an ellipsis or a closing quotation mark, is the quotation's speaker.
 * (A paragraph that opens so is read as a whole by colonLeads.)
 */
function nameColon(toks: Token[], k: number): QuoteAttribution | null {
  let e = k - 1;
  if (toks[e]?.t === ")") {
    const o = toks.findLastIndex((t, i) => i < e && t.t === "(");
    if (o < 0 || e - o > 6) return null;
    e = o - 1;
  }
  let f = e;
  while (f > 0 && f > e - 3 && toks[f - 1]?.cap && toks[f - 1]?.word) f--;
  const before = toks[f - 1];
  const words = toks.slice(f, e + 1);
  if (!words.length || !words.every((t) => t.cap && t.word && !COLON_LABELS.test(t.low.replace(/['’]s$/, "")))) return null;
  if (f > 0 && !(before && (isDash(before.t) || before.t === "…" || (before.t === "." && toks[f - 2]?.t === ".") || isCloseQuote(before.t)))) return null;
  return { speaker: { from: f, to: e }, cue: k, toks, end: toks[k + 1]?.start ?? toks[k]?.end ?? 0 };
}

/**
 * "Said Jo Blum, a neighbour, “…”", "Says the mayor: “…”": a cue in the present or past that opens
 * the sentence, its speaker after it (with an appositive or a relative clause up to the comma or
 * colon before the quotation at `k`).
 */
function openingCue(toks: Token[], k: number, quote: number): QuoteAttribution | null {
  const cue = toks[0];
  const end = toks[k];
  if (!cue || !cue.cap || quoteCue(cue) === undefined || !FINITE_CUE_FORM.test(cue.low) || !end || (end.t !== "," && end.t !== ":")) return null;
  const np = npForward(toks, 1, k) ?? plainPhraseAfterCue(toks, 1, k);
  const head = np ? toks[np.to] : undefined;
  if (!np || !head || !canSpeak(head) || (np.to + 1 < k && toks[np.to + 1]?.t !== ",")) return null;
  return { speaker: np, cue: 0, toks, end: quote };
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

/** The most words a quotation's lead-in may have and still be read as its clause's. */
const LEAD_WORDS = 15;

/**
 * Where the words before a quotation that opens inside a sentence start, when they are a clause's
 * own (three to fifteen words, no other quotation, not ending in a bracket or a dash); else null.
 */
function leadingClause(text: string, from: number, quote: number): number | null {
  const before = text.slice(from, quote);
  const words = before.trim().split(/\s+/).length;
  // An aside after a dash is no part of the clause, nor a sentence the splitter ran on past a full
  // stop ("Warner Bros. “…”"); a long lead-in is the writer's scene-setting.
  // Nor is a lead-in that ends in its own verb of saying ("Asked about it, Blum said “…,” she said").
  const last = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
  if (/[“”"‘’(]|''|[-—–.?!]\s*$/.test(before) || words < 3 || words > LEAD_WORDS || CUE_VERBS.has(last)) return null;
  return from + (before.length - before.trimStart().length);
}

/** A sentence that opens with the question put ("Asked whether …", "When asked about …"). */
const ASKED_OPENING = /^\W*(?:when\s+|after\s+being\s+|after\s+)?asked\s+(?:if|whether|about|what|how|why|who|which|to)\b/i;

/** Whether the words before a quotation end in a determiner or preposition ("on the", "about"). */
function phraseBefore(before: string): boolean {
  const last = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
  return last !== "that" && (DETERMINERS.has(last) || isPreposition(last));
}

/**
 * "The club's investment, Tanzer said, “is a perfect example” of …": a parenthetical attribution
 * between a subject and a quotation that goes on in lower case splits one clause, which runs from
 * the subject to the sentence's end. (A quotation in capitals is a sentence of its own: "In Iowa,
 * Blum said, “We will win.”") A subordinate clause or an adverbial before the attribution is
 * part of it too: "If she wins, he said, “she might …”".
 */
function splitClause(ctx: Ctx, att: QuoteAttribution, q: Quote, end: number): Span[] | null {
  const { toks, speaker } = att;
  if (!speaker || speaker.from < 2 || toks[speaker.from - 1]?.t !== "," || toks[att.cue + 1]?.t !== "," || att.cue + 2 !== toks.length) return null;
  if (!/^\p{Ll}/u.test(ctx.text.slice(q.inner.start, q.inner.end))) return null;
  const before = trimPunct(toks, 0, speaker.from - 2);
  // "But, he said, “there was …”": a conjunction alone opens the quotation's clause, not a subject.
  if (!before || (before.from === before.to && /^(?:but|and|so|yet|or)$/.test(toks[before.from]?.low ?? "")) || toks.slice(before.from, before.to + 1).some((t) => (!t.word && t.t !== "'s" && t.t !== ".") || (!t.cap && CUE_VERBS.has(t.low)))) return null;
  const last = Math.max(end, q.end);
  const tail = /[\s.!?”"’']*$/.exec(ctx.text.slice(q.start, last))?.[0].length ?? 0;
  return [tokSpan(toks, before), { start: q.inner.start, end: last - tail }];
}

export function directQuotes(ctx: Ctx, blocks: Block[]): void {
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
    // … unless an attribution opens the sentence and the quote ends it: Wallace asked, “With nukes?”
    const closing = startsSentence && s.start < q.start - 1 && q.end >= s.end - 1;
    // … or a comma right after the attribution ends it: Blum said, “We'll see,” when asked.
    const afterComma = startsSentence && /\p{L},\s*$/u.test(text.slice(s.start, q.start));
    if (words < 4 && !(suffix && startsSentence) && !wholeParagraph && !closing && !afterComma) continue;
    // "To a question on the “future of the port,” Blum said …": a quotation after a determiner or a
    // preposition is a phrase of the sentence, not what the speaker after it said.
    // ('The “question of how … remains open,” Hasen wrote': a determiner alone before a quotation that
    // its attribution closes opens the quoted clause.)
    const before = text.slice(s.start, q.start);
    const determinerLead = !startsSentence && !!suffix && /^\s*\p{L}+\s*$/u.test(before) && DETERMINERS.has(before.trim().toLowerCase());
    if (!startsSentence && phraseBefore(before) && !determinerLead) continue;
    // "Asked if Sanders is “realistic enough to serve,” 72 percent said yes": a quotation in the
    // question that opens the sentence is not what the speaker after it said.
    if (!startsSentence && ASKED_OPENING.test(text.slice(s.start, q.start))) continue;
    const att = suffix ?? (startsSentence ? prefixAttribution(ctx, q) : null);
    if (att) {
      const cueTok = att.toks[att.cue];
      if (!cueTok) continue;
      // A short closing quote needs its cue right before it ('He asked, “With nukes?”'), unlike a
      // short title after other words ('called his book, “Son.”'). A manner adverb may come between
      // ('Ridley said quietly: “We lost.”').
      if (words < 4 && !suffix && !wholeParagraph && !/^(?:\s+\p{Ll}{2,}ly)?\s*[:,]\s*$/u.test(text.slice(cueTok.end, q.start))) continue;
      if (!suffix && NEEDS_THAT.has(cueTok.low) && !QUOTE_ONLY_OK.has(cueTok.low)) continue;
      // "Gore tried to distance himself, and in doing so he “made a mistake,” Blum said.": a quotation
      // that opens inside the sentence says what it says with the words before it.
      const lead = suffix && !startsSentence ? (determinerLead ? s.start + before.length - before.trimStart().length : leadingClause(text, s.start, q.start)) : null;
      const split = suffix ? null : splitClause(ctx, att, q, s.end);
      const parts: Span[] = split ?? (lead !== null ? [{ start: lead, end: q.end }] : [...carriedOver(ctx, blocks, qi), q.inner]);
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
        cue: { start: cueTok.start, end: cueTok.low === "according" || (att.toks[att.cue + 1]?.low === "back" && !quoteCue(cueTok)) ? (att.toks[att.cue + 1]?.end ?? cueTok.end) : cueTok.end },
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

/**
 * The quotation paragraphs carried over into quote `qi`, which opens its paragraph: news style leaves
 * a quotation open at a paragraph's end and opens it again in the next (“A … ¶ “B,” she said.). Each
 * unclosed, unattributed quotation opening the paragraph before (or a sentence of it) is the same speaker's.
 * In reading order.
 */
function carriedOver(ctx: Ctx, blocks: Block[], qi: number): Span[] {
  const out: Span[] = [];
  for (let i = qi; i > 0; i--) {
    const q = ctx.quotes[i];
    const prev = ctx.quotes[i - 1];
    const block = q ? blockAt(blocks, q.start) : undefined;
    if (!q || !prev || !block || !/^\s*$/.test(ctx.text.slice(block.start, q.start))) break;
    const prevBlock = blockAt(blocks, prev.start);
    // The quotation opens the paragraph before or a sentence of it (a stray mark inside narration is no carried-over quotation).
    if (prev.closed || ctx.usedQuotes.has(prev.start) || !prevBlock || prevBlock.index !== block.index - 1 || !/(?:^|[.!?:])\s*$/.test(ctx.text.slice(prevBlock.start, prev.start))) break;
    // Marks of another kind (straight before typographic) are another quotation: an outlet's text quoted around the speaker's.
    if (ctx.text[prev.start] !== ctx.text[q.start]) break;
    ctx.usedQuotes.add(prev.start);
    out.unshift(prev.inner);
  }
  return out;
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
