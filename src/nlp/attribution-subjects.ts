// The speaker of a cue as a clause's subject, scanning back from the cue ("the UK defence chief has
// revealed"), or after an inverted cue ("…, said Mr. Smith"). A clause's subject read forward, relative
// antecedents, inner clauses and the owner of the phrase before a cue have modules of their own.
import { CUE_VERBS, DETERMINERS, FINITE_AUXILIARY, GROUP_NOUNS, NP_STOP, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_VERBS } from "../lexicon/cues.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { type TokRange, skipAux, npEndingAt, npForward } from "./attribution-np.ts";
import { FOCUS, isPreposition } from "./attribution-openings.ts";
import { ADVERBIAL_OPENER, atClauseStart, clauseSubject, COMPARATIVE, INNER_OPENER } from "./attribution-clause-subject.ts";
import { antecedent, contactRelative } from "./attribution-antecedents.ts";
import { clauseAfterBreak, coordinatedSubject, nestedSubject, subordinateSubject, withParticipleSubject } from "./attribution-inner-clauses.ts";
import { agentOwner, beforePhrase, coordinatedComplement, ingWord, participleOwner, postModified } from "./attribution-phrase-owners.ts";

/**
 * A verb of saying in the past or present at `k`, or up to six words before it with only an
 * addressee or an adverbial between ("told reporters", "told “Fox and Friends”", "said in an
 * interview"); -1 when there is none.
 */
export function sayingBefore(toks: Token[], k: number, stop: number): number {
  const saying = (t: Token | undefined): boolean => !!t && t.word && !t.cap && CUE_VERBS.has(t.low) && SAID_FORM.test(t.low);
  if (saying(toks[k])) return k;
  for (let m = k; m >= stop && m >= k - 6; m--) {
    const t = toks[m];
    if (!t) break;
    if (m < k && saying(t)) return m;
    // A comma outside a quotation, or a verb of its own, ends the search.
    if ((t.t === "," && !isCloseQuote(toks[m + 1]?.t ?? "")) || t.t === ";" || (t.word && !t.cap && (CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low) || NP_STOP.has(t.low)) && !/^(?:in|on|at|to|with|for|by|from|during)$/.test(t.low))) break;
  }
  return -1;
}

/** Past and present forms of a verb of saying that close an attribution: "said", "told", "wrote", "explained". */
export const SAID_FORM = /(?:ed|said|says|told|wrote)$/;

/** The speaker before a cue at `cue`, with the aux/adverbs between skipped; null when none is there. */
export function subjectBefore(
  toks: Token[],
  cue: number,
  stop: number,
): { np: TokRange | null; negated: boolean; via: "adjacent" | "clause" | "relative" | null } {
  // "… for what it is (Raphael Lemkin, who coined the word, once said, “…”)": a cue inside a
  // parenthesis has its subject inside it.
  stop = Math.max(stop, parenthesisStart(toks, cue, stop));
  const { j, negated } = skipAux(toks, cue - 1, stop);
  const t = toks[j];
  if (!t || j < stop) return { np: null, negated, via: null };
  // "Clinton — who’s called for …": "who" with its auxiliary contracted.
  if (t.low === "who" || t.low === "which" || t.low === "that" || /^who['’](?:s|d|ve)$/.test(t.low)) {
    const np = antecedent(toks, j, stop);
    return { np, negated, via: np ? "relative" : null };
  }
  // "Humphrey, who calls Trump a “sociopath,” said": a relative clause that ends in a quotation.
  if (isCloseQuote(t.t) && toks[j - 1]?.t === ",") {
    let outside = false;
    for (let w = j - 2; w > stop && w >= j - 30; w--) {
      const q = toks[w];
      if (!q) break;
      // Only a relative clause that opens before the quotation: "…, which I think …,” is quoted words.
      // (A straight mark is read as the opening one: it is the first mark back from the closing one.)
      if (isOpenQuote(q.t) && !outside) outside = true;
      else if (isCloseQuote(q.t) || isOpenQuote(q.t)) break;
      // "Manafort, citing ''the magic of Trump,'' said": so does a participle phrase right after the clause's subject.
      const participle = q.word && !q.cap && q.low.endsWith("ing");
      if (outside && (q.low === "who" || q.low === "which" || participle) && toks[w - 1]?.t === ",") {
        const subject = participle ? clauseSubject(toks, stop, w - 1) : null;
        const np = participle ? (subject?.to === w - 2 ? subject : null) : antecedent(toks, w, stop);
        if (np) return { np, negated, via: "clause" };
        break;
      }
    }
  }
  // "…,” adding that …": a participle after a quote that closes on a comma goes with the clause's subject.
  const quoteComma = isCloseQuote(t.t) && toks[j - 1]?.t === "," && /ing$/.test(toks[cue]?.low ?? "");
  // "…, Spicer said, adding …": a participle after a verb of saying goes with that verb's speaker.
  // "…, Okafor said, before adding …": so after a comma and a preposition of time.
  const comma = t.t === "," ? j : quoteComma || (/^(?:before|after|while)$/.test(t.low) && toks[j - 1]?.t === ",") ? j - 1 : -1;
  // "…, Fiorina told reporters, reminding …", "…, he said in an interview, noting …": past an addressee or adverbial.
  const said = comma >= 0 ? sayingBefore(toks, skipAux(toks, comma - 1, stop).j, stop) : -1;
  if (said >= 0 && /ing$/.test(toks[cue]?.low ?? "")) {
    const before = subjectBefore(toks, said, stop);
    if (before.np && before.via === "adjacent") return { np: before.np, negated, via: "clause" };
  }
  // "…,” said a committee member who backs Trump, asking …": a participle after an inverted cue
  // goes with the speaker after that cue.
  if (comma >= 0 && /ing$/.test(toks[cue]?.low ?? "")) {
    const np = invertedSpeakerBefore(toks, comma, stop);
    if (np) return { np, negated, via: "clause" };
  }
  // "Silverman incurred boos upon saying …", "… erred in saying …": a participle after a preposition
  // inside the clause goes with the clause's subject.
  if (j > stop + 1 && /^(?:upon|after|before|by|while|without|in)$/.test(t.low) && !t.cap && /ing$/.test(toks[cue]?.low ?? "")) {
    const np = nestedSubject(toks, stop, j) ?? clauseSubject(toks, stop, j);
    if (np && np.to < j - 1) return { np, negated, via: "clause" };
  }
  if (t.t === ")") {
    // "…, where Harry Reid (D-Nev.) told": a parenthesis after a name belongs to the name, and one
    // after a share to the share ("29 percent (and 43 percent of Republicans) said").
    const open = parenOpen(toks, j, stop);
    const name = open > stop ? toks[open - 1] : undefined;
    if (name?.word && (name.cap || name.low === "percent")) return { np: npEndingAt(toks, open - 1, stop), negated, via: "adjacent" };
  }
  // "An article written by Jo Blum — headlined … — accuses": an aside between dashes after the
  // subject is passed over.
  if (isDash(t.t)) {
    // Not a relative clause ("DFA - which was founded … - said"), nor a phrase that ends a list or
    // an appositive: the subject is further back.
    const open = dashAsideOpen(toks, j, stop);
    if (open > stop + 1 && toks[open - 1]?.word && !/^(?:who|which|whose|whom)$/.test(toks[open + 1]?.low ?? "")) {
      const before = subjectBefore(toks, open, stop);
      // Only a name, a role or a group ("candidates at the debate -- … --" is read below).
      const lead = toks[(before.np?.from ?? 0) - 1];
      const last = toks[before.np?.to ?? -1];
      const speaks = !!last && (last.cap || ROLE_NOUNS.has(last.low) || GROUP_NOUNS.has(last.low));
      if (before.np && before.via === "adjacent" && speaks && !(lead && (lead.t === "," || /^(?:or|and)$/.test(lead.low)))) return { ...before, negated };
    }
  }
  // "Trump, the star of the show "The Apprentice," said": a quoted title closes after the appositive's comma.
  const titleComma = isCloseQuote(t.t) && toks[j - 1]?.t === "," && quotedTitle(toks, j, stop);
  if (t.low === "and" || t.low === "but" || t.low === "or" || t.t === "," || t.t === ")" || isDash(t.t) || quoteComma || titleComma) {
    const at = titleComma ? j - 1 : j;
    const comma = t.t === "," || titleComma;
    const inner = t.low === "and" || t.low === "but" || comma ? subordinateSubject(toks, stop, at) : null;
    if (inner) return { np: inner, negated, via: "clause" };
    const coordinated = t.t === "," && at === cue - 1 && ingWord(toks[cue]) ? coordinatedSubject(toks, stop, at) : null;
    if (coordinated) return { np: coordinated, negated, via: "clause" };
    // "Though she called it “outrageous” and called for …": a clause that a subordinator opens the sentence with.
    const opened = (t.low === "and" || t.low === "but") && INNER_OPENER.has(toks[stop]?.low ?? "") && !toks.slice(stop, at).some((x) => x.t === ",") ? clauseSubject(toks, stop + 1, at) : null;
    if (opened && opened.to < at - 1) return { np: opened, negated, via: "clause" };
    // "…, with Trump tweeting that … and asking, “…”": a participle after "and" shares the subject of
    // the participle before it in a "with" phrase.
    const withIng = t.low === "and" && ingWord(toks[cue]) ? withParticipleSubject(toks, stop, at) : null;
    if (withIng) return { np: withIng, negated, via: "clause" };
    // "She drew his ire - he called her weak and said …": a verb after "and" shares the subject of the clause
    // it closes, which opens after a dash or a semicolon.
    // "…, and the League denounced the rhetoric and said …": or after a comma and "and", for a past
    // cue (a form in -s may be a plural noun: "receivers and displays").
    const past = /(?:ed|said|told|wrote)$/.test(toks[cue]?.low ?? "");
    const afterBreak = t.low === "and" || t.low === "but" ? (clauseAfterBreak(toks, stop, at) ?? (past ? coordinatedSubject(toks, stop, at) : null)) : null;
    const np = afterBreak ?? (t.low === "and" ? nestedSubject(toks, stop, at, ADVERBIAL_OPENER) : null) ?? clauseSubject(toks, stop, at);
    // "As Akhil Amar, a law professor, put it, …": the clause opened by "as" is the attribution, and
    // its subject is the name with its appositive (not the appositive alone, read after an adverbial).
    const as = toks[stop]?.low === "as" && comma && np && toks[np.from - 1]?.t === "," ? npForward(toks, stop + 1, np.from - 1) : null;
    if (as && np && as.to === np.from - 2 && toks[as.from]?.cap && (np.to === at - 1 || titleComma)) return { np: { from: as.from, to: np.to }, negated, via: "clause" };
    // "Prices will rise, Jo Blum, a spokeswoman, said.": a name and its appositive between commas
    // after the content's clause.
    if (np && comma) {
      let c1 = at - 1;
      while (c1 > np.to && at - c1 < 10 && toks[c1]?.word) c1--;
      const opener = toks[c1 + 1];
      // "national treasurer for the campaign": an adjective may stand before the role.
      const role = (k: number): boolean => ROLE_NOUNS.has(toks[k]?.low ?? "");
      const trailing = toks[c1]?.t === "," && opener && !opener.cap && (DETERMINERS.has(opener.low) || role(c1 + 1) || role(c1 + 2));
      const name = trailing ? npEndingAt(toks, c1 - 1, np.to + 1) : null;
      // "…, in what Bay Buchanan, a party treasurer, called …": or after "what".
      const beforeName = toks[(name?.from ?? 0) - 1];
      if (name && toks[name.from]?.cap && (beforeName?.t === "," || beforeName?.low === "what") && name.from - 1 > np.to) return { np: { from: name.from, to: at - 1 }, negated, via: "adjacent" };
      // "Its chief executive, Tomas Berg, said": the appositive name belongs to the speaker.
      const ap = npEndingAt(toks, at - 1, np.to + 2);
      if (ap && ap.from === np.to + 2 && toks[np.to + 1]?.t === ",") return { np: { from: np.from, to: ap.to }, negated, via: "clause" };
      // "Prices will rise, his top aide, Tad Devine, said.": a role and then its name between commas
      // after the content's clause.
      if (ap && toks[ap.from - 1]?.t === "," && toks[ap.from]?.cap && ap.to === at - 1 && !ingWord(toks[cue])) {
        let c0 = ap.from - 2;
        while (c0 > np.to && ap.from - c0 < 13 && toks[c0]?.word) c0--;
        if (c0 > np.to && roleAppositiveEnd(toks, c0) === ap.from - 2 && !toks[c0 + 1]?.cap) return { np: { from: c0 + 1, to: ap.to }, negated, via: "adjacent" };
      }
      // "A spokeswoman for the Labour Party, Jo Blum, said": so does a name after the subject's phrase.
      // "The head of the Super PAC backing Bush for president, Mike Murphy, said": or a participle's phrase.
      const opens = toks[np.to + 1];
      if (ap && toks[ap.from - 1]?.t === "," && toks[ap.from]?.cap && (/^(?:for|of|at|with|from)$/.test(opens?.low ?? "") || ingWord(opens)) && !toks.slice(np.to + 2, ap.from - 1).some((x) => x.t === "," || CUE_VERBS.has(x.low))) {
        return { np: { from: np.from, to: ap.to }, negated, via: "clause" };
      }
    }
    return { np, negated, via: "clause" };
  }
  // "Just ask Evan Bayh …": an imperative has no subject; an opening focus adverb is none.
  if (j === stop && FOCUS.has(t.low)) return { np: null, negated, via: null };
  const contact = contactRelative(toks, j, stop);
  if (contact) return { np: contact, negated, via: "adjacent" };
  const own = postModified(toks, j, npEndingAt(toks, j, stop), stop);
  const np = coordinatedComplement(toks, j, own, stop) ?? own;
  const before = np && beforePhrase(toks, np, stop);
  return { np: moreThan(toks, participleOwner(toks, j, before, stop) ?? agentOwner(toks, before, stop) ?? before, stop), negated, via: "adjacent" };
}

/** The opening dash of an aside that the dash at `j` closes (up to 20 tokens back), or -1. */
function dashAsideOpen(toks: Token[], j: number, stop: number): number {
  for (let k = j - 2; k > stop && k >= j - 20; k--) {
    const t = toks[k];
    if (!t || t.t === ";" || t.t === ":" || t.t === "." || isOpenQuote(t.t) || isCloseQuote(t.t)) return -1;
    if (isDash(t.t)) return k;
  }
  return -1;
}

/** Prepositions that open a phrase inside a speaker's description: "a spokesman for …", "the head of …". */
export const SPEAKER_PREPOSITION = /^(?:for|of|at|with|in|from|on)$/;

/**
 * The last token of a role phrase between the comma at `k` and the next comma (", principal security
 * consultant at Cisco,", ", a professor,"): a role noun before any preposition, and no verb ("the code
 * for viruses" is content). -1 when there is none.
 */
export function roleAppositiveEnd(toks: Token[], k: number): number {
  if (toks[k]?.t !== ",") return -1;
  let role = false;
  let prep = false;
  for (let m = k + 1; m < toks.length && m <= k + 12; m++) {
    const t = toks[m];
    if (!t) return -1;
    if (t.t === ",") return role && m > k + 1 ? m - 1 : -1;
    if (!t.word || (!t.cap && (CUE_VERBS.has(t.low) || FINITE_AUXILIARY.test(t.low)))) return -1;
    if (SPEAKER_PREPOSITION.test(t.low)) prep = true;
    // "vice-president": a role after a hyphen.
    if (!prep && ROLE_NOUNS.has(t.low.slice(t.low.lastIndexOf("-") + 1))) role = true;
  }
  return -1;
}

/** The token after an opening parenthesis that is still open at `cue`, or `stop` when there is none. */
function parenthesisStart(toks: Token[], cue: number, stop: number): number {
  let depth = 0;
  for (let k = cue - 1; k > stop; k--) {
    const t = toks[k]?.t;
    if (t === ")") depth++;
    else if (t === "(" && depth-- === 0) return k + 1;
  }
  return stop;
}

/** "More than half the senators", "fewer than 100 voters": a comparison that opens the phrase at a clause's start. */
function moreThan(toks: Token[], np: TokRange | null, stop: number): TokRange | null {
  if (!np || toks[np.from - 1]?.low !== "than" || !COMPARATIVE.test(toks[np.from - 2]?.low ?? "")) return np;
  const from = np.from - 2;
  return from <= stop || atClauseStart(toks[from - 1]) ? { from, to: np.to } : np;
}

/**
 * Whether the quotation closing at `close` (after a comma) is a short title after a noun: "the show
 * "The Apprentice,"" (capitalised words, not the words of a speaker after a verb of saying).
 */
function quotedTitle(toks: Token[], close: number, stop: number): boolean {
  for (let k = close - 2; k > stop && k >= close - 8; k--) {
    const q = toks[k];
    if (!q || q.t === ",") return false;
    if (isOpenQuote(q.t)) {
      const before = toks[k - 1];
      // A noun before the title, not a verb of saying ("the show", "the TV show", not "calls"/"said").
      const noun = !CUE_VERBS.has(before?.low ?? "") || [k - 2, k - 3, k - 4].some((d) => DETERMINERS.has(toks[d]?.low ?? "") && !toks.slice(d, k).some((x) => x.t === ","));
      return !!toks[k + 1]?.cap && !!before?.word && !before.cap && noun && (!isPreposition(before.low) || before.low === "of");
    }
    if (isCloseQuote(q.t)) return false;
  }
  return false;
}

/** The speaker of an inverted cue ("…,” said NP") whose phrase ends at the comma `comma`. */
export function invertedSpeakerBefore(toks: Token[], comma: number, stop: number): TokRange | null {
  for (let v = comma - 2; v > stop && v >= comma - 14; v--) {
    const c = toks[v];
    if (!c || isCloseQuote(c.t) || c.t === ";" || c.t === ":") return null;
    const p = toks[v - 1];
    if (c.word && !c.cap && CUE_VERBS.has(c.low) && p && isCloseQuote(p.t)) {
      const np = npForward(toks, v + 1, comma);
      return np && !SPEAKER_PRONOUNS.has(toks[np.from]?.low ?? "") ? np : null;
    }
  }
  return null;
}

/** The "(" that the ")" at `close` closes, within twenty tokens and no comma; -1 when there is none. */
function parenOpen(toks: Token[], close: number, stop: number): number {
  for (let k = close - 1; k >= stop && k >= close - 20; k--) {
    const t = toks[k];
    if (!t || t.t === "," || t.t === ")") return -1;
    if (t.t === "(") return k;
  }
  return -1;
}
