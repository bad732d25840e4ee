// The speaker of a cue as a clause's subject: scanning back from the cue ("the UK defence chief has
// revealed"), forward from a clause start ("In November, the United States had urged … and said"), in
// nested, coordinated, participial and relative clauses, or after an inverted cue ("…, said Mr. Smith").
import { isLy, ARTICLE, CUE_VERBS, DETERMINERS, DOCUMENT_NOUNS, FINITE_AUXILIARY, GROUP_NOUNS, INDEFINITE_SPEAKER, NP_STOP, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_VERBS } from "../lexicon/cues.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { irregularPast } from "./attribution-context.ts";
import { type TokRange, verbish, skipAux, npEndingAt, npForward, finiteVerb, clauseVerb } from "./attribution-np.ts";
import { TIME_NAME, without, FOCUS, MONTH_NAME, skipOpening, isPreposition, NUMBER_WORD } from "./attribution-openings.ts";

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
  if (t.low === "and" || t.low === "but" || t.t === "," || t.t === ")" || isDash(t.t) || quoteComma || titleComma) {
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

/** The subject of a participle in a "with" phrase before `at` ("with Trump tweeting that …"), or null. */
function withParticipleSubject(toks: Token[], stop: number, at: number): TokRange | null {
  for (let k = at - 1; k > stop; k--) {
    const t = toks[k];
    if (!t || t.t === ";" || t.t === ":") return null;
    if (t.low !== "with" || t.cap) continue;
    const np = npForward(toks, k + 1, at);
    return np && ingWord(toks[np.to + 1]) ? np : null;
  }
  return null;
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

/** Words that open a comparative quantity before "than": "More than 40 groups", "fewer than half". */
const COMPARATIVE = /^(?:more|fewer|less)$/;

/** "More than half the senators", "fewer than 100 voters": a comparison that opens the phrase at a clause's start. */
function moreThan(toks: Token[], np: TokRange | null, stop: number): TokRange | null {
  if (!np || toks[np.from - 1]?.low !== "than" || !COMPARATIVE.test(toks[np.from - 2]?.low ?? "")) return np;
  const from = np.from - 2;
  return from <= stop || atClauseStart(toks[from - 1]) ? { from, to: np.to } : np;
}

/** The subject of a clause that opens after the last dash or semicolon before `at`, when that clause has one and no comma. */
function clauseAfterBreak(toks: Token[], stop: number, at: number): TokRange | null {
  for (let k = at - 1; k > stop; k--) {
    const t = toks[k];
    if (!t || t.t === ",") return null;
    if (t.t === ";" || isDash(t.t)) {
      const np = clauseSubject(toks, k + 1, at);
      // A finite verb must follow the subject: "- candidates dodging questions and attacking …" is a phrase.
      const verb = toks[np ? np.to + 1 : at];
      return np && np.to < at - 1 && finiteVerb(verb) && !verb?.low.endsWith("ing") ? np : null;
    }
  }
  return null;
}

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
const SUBORDINATOR_ONLY: ReadonlySet<string> = new Set(["while", "whereas", "although", "though", "because", "when", "whenever"]);

/** Words that open a clause inside a clause with no comma: "That's why Jo Blum quit …". */
const NESTED_OPENER: ReadonlySet<string> = new Set(["why", "how", "that", "whether", "if", "where", ...without(INNER_OPENER, "while", "whereas", "whenever", "as")]);

/**
 * Openers of an adverbial or relative clause, which a verb after "and" continues ("when Sanders
 * took issue and assailed …", "which Trump called a disaster and promised to …"); a verb after a
 * complement clause ("said that taxes would rise and attacked …") goes with the main clause.
 */
export const ADVERBIAL_OPENER: ReadonlySet<string> = new Set([...without(INNER_OPENER, "whereas", "as"), "which", "whom"]);

/**
 * "That's partly why Jo Blum quit giving speeches before announcing …" (`j` at "before"): the
 * subject of the nearest clause that a wh-word or a subordinator (`openers`) opens before `j`, with
 * a verb of its own and no comma or quotation between; null when there is none.
 */
export function nestedSubject(toks: Token[], stop: number, j: number, openers: ReadonlySet<string> = NESTED_OPENER): TokRange | null {
  for (let k = j - 1; k > stop; k--) {
    const w = toks[k];
    // A quoted word or two is read through ("called a “disaster” and promised"); a longer quotation
    // is no part of the sentence's clauses.
    if (w && isCloseQuote(w.t)) {
      let o = k - 1;
      while (o > stop && k - o <= 4 && !isOpenQuote(toks[o]?.t ?? "") && toks[o]?.word) o--;
      if (!isOpenQuote(toks[o]?.t ?? "") || k - o > 4) return null;
      k = o;
      continue;
    }
    if (!w || !w.word) return null;
    if (w.cap) continue;
    // "…, which Trump called …": "which" and "whom" open a relative clause after a comma or a name
    // or a preposition ("outline which skills students …" asks a question).
    const p = toks[k - 1];
    if ((w.low === "which" || w.low === "whom") && !(p?.t === "," || p?.cap || isPreposition(p?.low ?? ""))) continue;
    // "ads that began by reminding …": a relative clause's subject is its antecedent. (A verb after
    // "and" there, with ADVERBIAL_OPENER, is left to the sentence's subject.)
    if (/^(?:that|which|who)$/.test(w.low) && clauseVerb(toks[k + 1])) return openers === NESTED_OPENER ? antecedent(toks, k, stop) : null;
    if (!openers.has(w.low)) continue;
    const np = clauseSubject(toks, k + 1, j);
    if (!np || np.from !== k + 1) continue;
    const v = verbAfterSubject(toks, np.to + 1, j);
    if (v < j && clauseVerb(toks[v]) && !toks[v]?.low.endsWith("ing")) return np;
  }
  return null;
}

/**
 * "…, and the union has sued the city, saying …": the subject of the nearest clause that ", and",
 * ", but", "— and" or ", while" opens before `at` (a participle's comma, "to" or "and"), when a
 * finite verb of its own follows it before `at`; else null.
 */
export function coordinatedSubject(toks: Token[], stop: number, at: number): TokRange | null {
  for (let k = at - 1; k > stop + 1; k--) {
    const t = toks[k];
    // A dash closes an aside the clause is not part of: "— and the knock on X is … — the debate will …".
    if (!t || isDash(t.t)) return null;
    // A quotation is passed whole: "proposed we “wake up” and said", and "“… came up, and it
    // appeared on TV,” said Vietor, recalling …" is no clause of the sentence's.
    if (isOpenQuote(t.t) || isCloseQuote(t.t)) {
      let o = k - 1;
      while (o > stop && !isOpenQuote(toks[o]?.t ?? "") && !isCloseQuote(toks[o]?.t ?? "")) o--;
      if (o <= stop) return null;
      k = o;
      continue;
    }
    const before = toks[k - 1];
    const p = before?.t ?? "";
    // "…, and X …", "… — and X …", "…, while X …".
    // "… charged the officer and Emanuel fired his chief, acknowledging": or "and" with no comma
    // between a lower-case word and a name.
    const named = t.low === "and" && !!before?.word && !before.cap && !!toks[k + 1]?.cap;
    const opens = ((t.low === "and" || t.low === "but") && (p === "," || isDash(p))) || (/^(?:while|whereas)$/.test(t.low) && p === ",") || named;
    if (t.t === ";" || !opens) continue;
    // "…, and then the guests arrived, saying": an adverb may open the clause.
    const np = clauseSubject(toks, k + 1, at);
    if (!np || toks.slice(k + 1, np.from).some((x) => !x.word)) return null;
    const v = verbAfterSubject(toks, np.to + 1, at);
    const verb = toks[v];
    // A clause after "while" runs up to `at` with no comma ("In a debate, while rivals called for …,
    // Trump hewed to …, noting": there "while" opened the sentence's fronted clause).
    if (t.low === "while" || t.low === "whereas") if (toks.slice(v, at).some((x) => x.t === ",")) return null;
    return v < at && clauseVerb(verb) && !verb?.low.endsWith("ing") ? np : null;
  }
  return null;
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

/**
 * "Experts on North Korea and nuclear nonproliferation said": a phrase after a preposition that
 * coordinates two noun phrases, the second of lower-case words that name no speaker, ending at `j`
 * (when no phrase `np` was read there). The phrase before "and"/"or" must follow a preposition (for
 * beforePhrase to find its owner) or hold one; else null.
 */
function coordinatedComplement(toks: Token[], j: number, np: TokRange | null, stop: number): TokRange | null {
  if (np) return null;
  // A lower-case phrase of up to three nouns ("nuclear nonproliferation") back to "and"/"or".
  let a = -1;
  for (let k = j; k >= stop && k > j - 4; k--) {
    const t = toks[k];
    if (!t || !t.word || t.cap || t.low === "and" || NP_STOP.has(t.low) || verbish(t) || isLy(t) || CUE_VERBS.has(t.low) || FINITE_AUXILIARY.test(t.low)) {
      a = k;
      break;
    }
  }
  if (a <= stop || a === j || !/^(?:and|or)$/.test(toks[a]?.low ?? "")) return null;
  const left = npEndingAt(toks, a - 1, stop);
  if (!left) return null;
  // The preposition before the first phrase, or inside it ("Experts on North Korea" is read whole).
  const prepositional = (t: Token | undefined): boolean => !!t && !t.cap && BETWEEN_PREPOSITION.test(t.low);
  return prepositional(toks[left.from - 1]) || toks.slice(left.from + 1, left.to).some(prepositional) ? { from: left.from, to: j } : null;
}

/** A lower-case word of more than five letters in -ing outside NP_STOP: "investigating", "backing". */
const ingWord = (t: Token | undefined): boolean => !!t && t.word && !t.cap && t.low.length > 5 && t.low.endsWith("ing") && !NP_STOP.has(t.low);

/** Participles of polling, which follow the people polled: "Democrats surveyed said". */
export const POLLED = /^(?:surveyed|polled|interviewed|questioned|sampled|contacted)$/;

/**
 * "Officials investigating the crash said", "Democrats surveyed said": the phrase before the cue is
 * a participle's object, or the participle itself, and the speaker is the noun before it, which
 * opens the clause. Null when the phrase is no such thing.
 */
function participleOwner(toks: Token[], j: number, np: TokRange | null, stop: number): TokRange | null {
  // "Democrats surveyed in the poll said", "voters polled by Gallup said": the phrase is the poll's.
  const polledIn = !!np && /^(?:in|by|for)$/.test(toks[np.from - 1]?.low ?? "") && POLLED.test(toks[np.from - 2]?.low ?? "");
  const p = np ? np.from - (polledIn ? 2 : 1) : j;
  const t = toks[p];
  if (!t || !t.word || t.cap || p - 1 < stop) return null;
  const participle = np && !polledIn ? ingWord(t) && !CUE_VERBS.has(t.low) : POLLED.test(t.low);
  if (!participle) return null;
  const owner = npEndingAt(toks, p - 1, stop);
  const head = owner ? toks[owner.to] : undefined;
  if (!owner || !head || DETERMINERS.has(head.low) || !(ROLE_NOUNS.has(head.low) || (head.cap && /s$/.test(head.low)) || /^(?:people|others|those|some|many)$/.test(head.low))) return null;
  return owner.from <= stop || atClauseStart(toks[owner.from - 1]) ? { from: owner.from, to: np ? np.to : j } : null;
}

/**
 * "A letter from the Legion obtained by The Associated Press warns": the phrase `np` before the cue
 * is the agent of a participle, and the speaker is the phrase the participle describes, when it
 * opens the clause. Null when the phrase is no such agent.
 */
function agentOwner(toks: Token[], np: TokRange | null, stop: number): TokRange | null {
  const participle = np ? toks[np.from - 2] : undefined;
  if (!np || toks[np.from - 1]?.low !== "by" || !participle?.word || participle.cap || !/(?:ed|led|run|headed|taken)$/.test(participle.low) || CUE_VERBS.has(participle.low) || AUTHORED.test(participle.low)) return null;
  const owner = npEndingAt(toks, np.from - 3, stop);
  if (!owner) return null;
  const full = beforePhrase(toks, owner, stop);
  return full.from <= stop || atClauseStart(toks[full.from - 1]) ? full : null;
}

/** Participles whose agent made the document it describes, and so speaks through it: "a statement issued by Lycos said". */
const AUTHORED = /^(?:issued|published|released|conducted|commissioned|compiled|produced|prepared|authored|sponsored|funded|paid|carried|written|signed|sent|posted|filed)$/;

/**
 * "…, while Mike Huckabee, the former governor, said" (`j` at the appositive's comma) and "…, and when
 * Rubio thanked Miami and said" (`j` at "and"): a cue in a clause opened inside the sentence has
 * that clause's subject, not the sentence's. Null when no such clause runs up to the cue.
 */
function subordinateSubject(toks: Token[], stop: number, j: number): TokRange | null {
  const appositive = toks[j]?.t === ",";
  // "when Dana Perino, a host of “The Five,” refused": an appositive may end in a quoted title
  // (its closing mark after the comma at `j`).
  let title = appositive && isCloseQuote(toks[j + 1]?.t ?? "");
  let commas = 0;
  for (let k = j - 1; k > stop; k--) {
    const w = toks[k];
    if (title && w && isOpenQuote(w.t) && commas === 0) {
      title = false;
      continue;
    }
    if (!w || w.t === ";" || w.t === ":" || isOpenQuote(w.t) || isCloseQuote(w.t)) return null;
    if (w.t === ",") {
      // The appositive's own comma is the only one the clause may hold.
      if (!appositive || ++commas > 1) return null;
      continue;
    }
    const p = toks[k - 1];
    // "a country that the former nominee, Mitt Romney, called …": an object relative clause's subject.
    const relative = appositive && !w.cap && (w.low === "that" || w.low === "which" || w.low === "whom");
    // "when", "while", "because" and the like open a clause with or without a comma before them.
    const opens = !w.cap && p && (p.t === "," || p.low === "and" || p.low === "but" || isDash(p.t) || SUBORDINATOR_ONLY.has(w.low));
    if (!relative && (!opens || !(INNER_OPENER.has(w.low) || (appositive && (w.low === "and" || w.low === "but") && p.t === ",")))) continue;
    const np = clauseSubject(toks, k + 1, j);
    // A relative clause that is itself the appositive ("…, which represents …, wants"): read on.
    if (relative && (!np || np.from !== k + 1 || toks[np.to + 1]?.t !== ",")) continue;
    if (!np || np.from !== k + 1) return null;
    if (appositive && toks[np.to + 1]?.t === "," && commas === 1) {
      // "while Mike Huckabee, the former governor, said": a name, then its appositive up to the cue.
      if (toks[np.to]?.cap) return np;
      // "when the senator, in response to a question, accused": an adverbial or a relative clause between commas.
      const aside = toks[np.to + 2];
      if (aside && !aside.cap && aside.low !== "of" && (isPreposition(aside.low) || ingWord(aside) || aside.low === "who" || aside.low === "which")) return np;
      // "that the former nominee, Mitt Romney, called": a role, then the name up to the cue.
      const name = npEndingAt(toks, j - 1, np.to + 2);
      if (name && name.from === np.to + 2 && toks[name.from]?.cap) return { from: np.from, to: name.to };
    }
    if (relative) continue;
    if (appositive) return null;
    // "when Rubio thanked Miami and said": a verb of the clause's own comes between.
    return np.to < j - 1 ? np : null;
  }
  return null;
}

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

const SHARE_COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Whether a subject after the token `q` opens its clause: a comma, a dash, an open quote, "and"/"but", a subordinator. */
const atClauseStart = (q: Token | undefined): boolean => !q || q.t === "," || isDash(q.t) || isOpenQuote(q.t) || /^(?:and|but)$/.test(q.low) || SUBORDINATORS.has(q.low);

/** What a phrase between subject and cue names when it is an adverbial: "Clinton in an interview said". */
const ADVERBIAL_OBJECT = new Set(["time", "interview", "interviews", "speech", "debate", "conference", "hearing", "appearance", "call", "remarks", "address", "rally", "event", "meeting", "session", "briefing"]);

/** Prepositions of a phrase between a subject and its cue: "Trump at the time said". */
const BETWEEN_PREPOSITION = /^(?:in|at|on|during|with|from|inside|across|around|among|near|outside)$/;

/**
 * "Trump at the time said", "Sanders in an interview with CNN said", "Officials in Washington said":
 * the words before the cue end a prepositional phrase, and the speaker is the subject before it. A
 * name or pronoun stands alone (the phrase is an adverbial); a common noun keeps the phrase, which
 * may modify it ("Officials in Washington"). "…, but in a later interview said": after "and"/"but",
 * the subject is the first clause's. The subject must open its clause; otherwise `np` is kept.
 */
function beforePhrase(toks: Token[], np: TokRange, stop: number): TokRange {
  let r = np;
  // "Okafor in a speech to the dockers called", "The letter to the council said": "to" chains phrases.
  let chained = false;
  for (let step = 0; step < 3; step++) {
    const p = toks[r.from - 1];
    const k = r.from - 2;
    const t = toks[k];
    if (p?.low === "to" && step < 2 && t?.word && !t.cap && toks[k - 1] && DETERMINERS.has(toks[k - 1]?.low ?? "")) {
      chained = true;
      r = { from: k - 1, to: r.to };
      continue;
    }
    // "Another source speaking to Fox News said": a participle of speaking before the phrase.
    if (r === np && p && /^(?:to|with|in|at|on|before)$/.test(p.low) && t && !t.cap && SPEAKING_PARTICIPLE.test(t.low) && k - 1 >= stop) {
      const owner = npEndingAt(toks, k - 1, stop);
      return owner && (owner.from <= stop || atClauseStart(toks[owner.from - 1])) ? owner : np;
    }
    if (!p || p.cap || !BETWEEN_PREPOSITION.test(p.low) || !t || k < stop) return chained && (r.from <= stop || (atClauseStart(p) && p?.t !== ",")) ? r : np;
    // "allies have in the past said": an auxiliary between the subject and the phrase.
    if (r === np && FINITE_AUXILIARY.test(t.low) && !t.cap) {
      const subject = npEndingAt(toks, k - 1, stop);
      return subject && (subject.from <= stop || atClauseStart(toks[subject.from - 1])) ? subject : np;
    }
    if (t.low === "and" || t.low === "but") return clauseSubject(toks, stop, k) ?? np;
    if (t.low === "who" || t.low === "which") return antecedent(toks, k, stop) ?? np;
    let owner = npEndingAt(toks, k, stop);
    if (!owner) return np;
    // "One in four voters in a poll said": a share of people is one phrase.
    if (toks[owner.from - 1]?.low === "in" && SHARE_COUNT.test(toks[owner.from]?.low ?? "") && SHARE_COUNT.test(toks[owner.from - 2]?.low ?? "")) owner = { from: owner.from - 2, to: owner.to };
    const q = toks[owner.from - 1];
    if (q && !q.cap && BETWEEN_PREPOSITION.test(q.low)) {
      r = owner;
      continue;
    }
    // "A team led by Dr. Jo Blum at the institute warned": a participle's agent is no subject.
    const described = agentOwner(toks, owner, stop);
    if (described) return described;
    if (owner.from > stop && q && !atClauseStart(q)) return np;
    const head = toks[owner.to] as Token;
    const name = (head.cap && !ROLE_NOUNS.has(head.low) && !NUMBER_WORD.test(head.low)) || SPEAKER_PRONOUNS.has(head.low);
    const adverbial = ADVERBIAL_OBJECT.has(toks[r.to]?.low ?? "") || DOCUMENT_NOUNS.has(toks[r.to]?.low ?? "");
    return name || adverbial ? owner : { from: owner.from, to: np.to };
  }
  return np;
}

/** Participles of speaking before the phrase that names where or to whom: "speaking to reporters", "writing in the Post". */
const SPEAKING_PARTICIPLE = /^(?:speaking|talking|writing|appearing|testifying)$/;

/** Adjectives and participles that tie a source to what it knows: "people familiar with the matter". */
const SOURCE_LINK = /^(?:familiar with|close to|briefed on|knowledgeable about|involved in|with knowledge of|with direct knowledge of|privy to)$/;

/**
 * "People familiar with the matter said", "a source close to the family said": the phrase before
 * the cue is what the speaker knows; the speaker is the noun before the link.
 */
function postModified(toks: Token[], j: number, np: TokRange | null, stop: number): TokRange | null {
  // The linked phrase ends at `j`: a noun phrase, or an object pronoun ("people close to her"), or
  // a longer phrase of nouns and prepositions ("familiar with the planning for Thursday's meeting").
  const known = np ?? (/^(?:her|him|them|me|us)$/.test(toks[j]?.low ?? "") ? { from: j, to: j } : null);
  const starts = known ? [known.from] : [];
  for (let s = j; s >= stop && s > j - 12 && knownWord(toks[s]); s--) if (s !== known?.from) starts.push(s);
  for (const start of starts) {
    const head = linkedHead(toks, start);
    if (head < 0) continue;
    const h = toks[head];
    if (!h || head < stop || !ROLE_NOUNS.has(h.low)) return np;
    const source = npEndingAt(toks, head, stop);
    if (!source) return np;
    const from = toks[source.from]?.low === "and" || toks[source.from]?.low === "but" ? source.from + 1 : source.from;
    return { from, to: j };
  }
  return np;
}

/** A word that may stand in the phrase a source knows about: no verb, clause word or punctuation. */
function knownWord(t: Token | undefined): boolean {
  return !!t && t.word && !CUE_VERBS.has(t.low) && !FINITE_AUXILIARY.test(t.low) && !/^(?:who|which|that|and|but|or)$/.test(t.low);
}

/** The token before a source link ("familiar with") that ends just before `start`; -1 when there is none. */
function linkedHead(toks: Token[], start: number): number {
  // Every link ends in one of these; most words are ruled out before any phrase is joined.
  if (!/^(?:with|to|on|about|in|of)$/.test(toks[start - 1]?.low ?? "")) return -1;
  for (let n = 2; n <= 4; n++) {
    const link = toks.slice(start - n, start);
    if (link.length === n && SOURCE_LINK.test(link.map((t) => t.low).join(" "))) return start - n - 1;
  }
  return -1;
}

/** An indefinite pronoun for people, or "those": the antecedent as it stands ("someone who …", "those who …"). */
const INDEFINITE_PERSON = new RegExp(`${INDEFINITE_SPEAKER.source}|^those$`);

/** A personal pronoun that opens a relative clause with no "who": "people I've spoken with", "everyone we met". */
const CONTACT_PRONOUN = /^(?:i|we|you|they|he|she)(?:['’](?:ve|d))?$/;

/**
 * "Several people I've spoken with over the weeks said …": people described by a relative clause
 * with no relative pronoun, which ends at `j`, right before the cue. The speaker is the whole phrase.
 * Only a noun of people (a role or a group, not a document: "a memo he drew up") opens it, at the
 * clause's start.
 */
function contactRelative(toks: Token[], j: number, stop: number): TokRange | null {
  for (let k = j; k > stop && k > j - 14; k--) {
    const t = toks[k];
    if (!t?.word) return null;
    if (!CONTACT_PRONOUN.test(t.low)) continue;
    const verb = toks[k + 1];
    if (!/['’]/.test(t.low) && !(verb && !verb.cap && (verb.low.endsWith("ed") || irregularPast(verb.low) || /^(?:have|had)$/.test(verb.low)))) return null;
    const head = toks[k - 1];
    if (!head || (head.cap && k - 1 > stop) || DOCUMENT_NOUNS.has(head.low) || !(ROLE_NOUNS.has(head.low) || GROUP_NOUNS.has(head.low) || INDEFINITE_PERSON.test(head.low))) return null;
    const np = INDEFINITE_PERSON.test(head.low) ? { from: k - 1, to: k - 1 } : npEndingAt(toks, k - 1, stop);
    return np && (np.from === stop || atClauseStart(toks[np.from - 1])) ? { from: np.from, to: j } : null;
  }
  return null;
}

/** The antecedent of the relative pronoun at `rel`: the nearest speaker-like noun before it. */
function antecedent(toks: Token[], rel: number, stop: number): TokRange | null {
  let k = rel - 1;
  if (toks[k]?.t === ",") k--;
  // "Jo Blum, a voter, is among those who say …": the subject counted among them says it.
  if (toks[k]?.low === "those" && toks[k - 1]?.low === "among" && /^(?:is|are|was|were)$/.test(toks[k - 2]?.low ?? "")) {
    const subject = clauseSubject(toks, stop, k - 2);
    // Its appositive too: "Jo Blum, a voter from Ohio, is among …".
    if (subject && subject.to === k - 3) return subject;
    if (subject && toks[subject.to + 1]?.t === "," && toks[k - 3]?.t === ",") return { from: subject.from, to: k - 4 };
  }
  for (const roleFirst of [true, false]) {
    for (let m = k; m >= stop && m > k - 8; m--) {
      const q = toks[m];
      if (!q || (q.t === "," && m < k)) break;
      // "For someone who conceded …": an indefinite pronoun is the antecedent as it stands.
      if (roleFirst && INDEFINITE_PERSON.test(q.low)) return { from: m, to: m };
      // A capitalised preposition or determiner opens the sentence; it is no name ("For", "The").
      if (!q.word || !(roleFirst ? ROLE_NOUNS.has(q.low) : q.cap && !/^\d/.test(q.t) && !isPreposition(q.low) && !DETERMINERS.has(q.low))) continue;
      // "GOP front-runner Donald Trump - who": a name right after the role ends the phrase.
      let e = m;
      while (e < k && toks[e + 1]?.cap && toks[e + 1]?.word && !TIME_NAME.test(toks[e + 1]?.low ?? "") && !MONTH_NAME.test(toks[e + 1]?.low ?? "")) e++;
      return withApposedName(toks, npEndingAt(toks, e, stop), stop);
    }
  }
  // "a young child, who said …", "18 percent who say …": "who" makes any noun right before it a person.
  const head = toks[k];
  if (/^who/.test(toks[rel]?.low ?? "") && head?.word && !head.cap) return npEndingAt(toks, k, stop);
  // "including 18% who say …": a share written with the sign.
  if (/^who/.test(toks[rel]?.low ?? "") && head?.t === "%" && /^\d/.test(toks[k - 1]?.t ?? "")) return { from: k - 1, to: k };
  return null;
}

/**
 * "Senator Jo Blum, a Labour member who …": a role phrase that opens with an article after a name
 * and its comma is that name's appositive, and the antecedent is both.
 */
export function withApposedName(toks: Token[], np: TokRange | null, stop: number): TokRange | null {
  if (!np || !ARTICLE.test(toks[np.from]?.low ?? "") || toks[np.from - 1]?.t !== ",") return np;
  const name = npEndingAt(toks, np.from - 2, stop);
  if (!name || !toks[name.from]?.cap || !toks[np.from - 2]?.cap) return np;
  // Not the end of a longer name: "Democracy for America, a group that …" ("America" alone is no name).
  const joint = /^(?:of|for|and|&|de)$/.test(toks[name.from - 1]?.low ?? "") && !!toks[name.from - 2]?.cap;
  const whole = name.from === stop || (toks[name.from - 1]?.t !== "," && !joint);
  return whole ? { from: name.from, to: np.to } : np;
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
