// Where a reported claim's content starts and ends: the clause end before ", adding …" or a new
// speaker, an addressee or a time adverbial skipped after the cue, the words after a closing comma.
import { ARTICLE_OR_POSSESSIVE, BETWEEN_SUBJECT_AND_CUE, FINITE_AUXILIARY, CUE_VERBS, DETERMINERS, GROUP_NOUNS, NP_STOP, STANCE_VERBS, ROLE_NOUNS, SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import { clauseVerb, continuesAfterBut, isLy, npForward, trimPunct, type TokRange } from "./attribution-np.ts";
import { isPreposition, opensTime, skipDateline, TIME_NOUN, TIME_PREPOSITION } from "./attribution-openings.ts";
import { INNER_OPENER, SUBORDINATORS, verbAfterSubject } from "./attribution-clause-subject.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { cueFrame, FINITE_CUE_FORM, irregularPast, newPredicate, OBJECT_PRONOUNS, wordsIn } from "./attribution-context.ts";

export const PREP_TAIL = new Set(["on", "in", "at", "during", "last", "this", "earlier", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "late", "early", "after", "before", "while", "when", "following", "recently", "afterward", "afterwards", "later", "privately", "publicly", "repeatedly", "again", "also", "then", "via", "through", "over", "from", "with", "to", "of", "about", "for", "under", "as", "by"]);

export function firstContentTok(toks: Token[]): number {
  let i = 0;
  while (i < toks.length && !toks[i]?.word && !isOpenQuote(toks[i]?.t ?? "")) i++;
  // "PORT ELLIS (Reuters) - The board fined …, officials said": the dateline is no part of what was said.
  return skipDateline(toks, i, toks.length);
}

/**
 * "As Kreutz points out in a column on Yahoo News, doing interviews gives …", "As Clinton told the
 * New York Daily News, tax relief is …": a clause opened by "as" attributes the main clause after its
 * comma. `as` is the index of "as" (at the sentence's opening or after a comma) and `k` the first
 * token after the cue; an adjunct of words may stand before the comma. The content runs to the end.
 */
export function asLeadContent(toks: Token[], as: number, k: number): TokRange | null {
  if (toks[as]?.low !== "as") return null;
  const open = as === firstContentTok(toks) || (as === 1 && /^(?:but|and|yet)$/.test(toks[0]?.low ?? "")) || toks[as - 1]?.t === ",";
  if (!open) return null;
  let m = k;
  for (; m < toks.length && m < k + 15; m++) {
    const t = toks[m];
    if (!t || t.t === ",") break;
    // "As people continue to cross into …": an infinitive makes it a clause of its own, not an adjunct.
    if (!t.word || (!t.cap && (t.low === "that" || t.low === "to" || FINITE_AUXILIARY.test(t.low) || PRONOUN_SUBJECT.test(t.low) || cueFrame(t)))) return null;
  }
  if (toks[m]?.t !== ",") return null;
  const r = trimPunct(toks, m + 1, toks.length - 1);
  const first = toks[r?.from ?? -1];
  // "…, as Blum noted, and the board …", "…, as he put it, when …": a clause joined or subordinated after it is not what was said.
  // "The last part, as Krugman points out, is that …": a verb after the comma ends a split clause, read elsewhere.
  if (!r || !first || wordsIn(toks, r) < 3 || SUBORDINATORS.has(first.low) || FINITE_AUXILIARY.test(first.low) || /^(?:and|but|or|so|which|who|adding|saying)$/.test(first.low)) return null;
  return r;
}

/** The subordinators as one pattern. */
export const SUBORDINATOR = new RegExp(`^(?:${[...SUBORDINATORS].join("|")})$`);

/** Skips a time adverbial after an addressee: "told the paper last week she …", "told CNN on Monday he …". */
export function skipTime(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t) return k;
  if ((t.low === "last" || t.low === "this" || t.low === "earlier" || t.low === "late" || t.low === "early") && /^(?:week|month|year|weekend|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|afternoon|this)$/.test(toks[k + 1]?.low ?? "")) return k + 2;
  if (t.low === "on" && TIME_WORD.test(toks[k + 1]?.low ?? "")) return k + 2;
  if (TIME_WORD.test(t.low) && t.low !== "last") return k + 1;
  return k;
}

/** The parts of a day that follow its name ("Monday night"), and the same owning a noun ("Monday night's debate"). */
const PARTS_OF_DAY = "night|morning|afternoon|evening";
const PART_OF_DAY = new RegExp(`^(?:${PARTS_OF_DAY})$`);
const PART_OF_DAY_OWNING = new RegExp(`^(?:${PARTS_OF_DAY})['’]s$`);

/** A day at `k` that owns what follows, no time of the cue's: "Monday night's debate". */
export function dayPossessive(toks: Token[], k: number): boolean {
  return PART_OF_DAY_OWNING.test(toks[k + 1]?.low ?? "");
}

const TIME_WORD = /^(?:last|yesterday|today|tonight|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Words in -ly that are adjectives before a noun: "said early voting …", "said likely voters …". */
const LY_ADJECTIVES = /^(?:early|likely|nearly|daily|weekly|monthly|yearly|elderly|friendly|costly|deadly|timely|only|lonely|lovely|ugly|orderly|unlikely|holy|silly|kindly)$/;

export const PRONOUN_SUBJECT = /^(?:he|she|they|we|i|it|there)$/;

/** A pronoun with its verb contracted, which opens a clause: "he's", "it’s", "they’ll", "that's", "somebody’s". */
export const CLAUSE_VERB = /^(?:he|she|they|we|i|it|there|that|somebody|someone|everybody|everyone|nobody|anybody|anyone)['’](?:s|d|ll|re|ve|m)$/;

/** Modal verbs: "when they would …" asks a question. */
const MODAL = /^(?:would|will|could|can|should|might|may|must)$/;

/**
 * A subordinate clause of time or reason at `k`: "as he entered the talks", "when she resigned",
 * "because …", with no comma and more words after it (else it may open what was said). "After",
 * "before", "since", "as" and "when" need a pronoun subject after them (not
 * "after the vote", "as president"), and "when" with a modal is a question ("when they would vote").
 */
function adverbialClauseAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !INNER_OPENER.has(t.low)) return false;
  // "said while it was agreed in principle, the groups now have to …": a clause before a comma and
  // more words may open what was said.
  for (let m = k + 2; m < toks.length && m <= k + 15; m++) if (toks[m]?.t === "," && toks[m + 1]?.word) return false;
  if (!/^(?:after|before|since|until|once|as|when|where)$/.test(t.low)) return true;
  return PRONOUN_SUBJECT.test(toks[k + 1]?.low ?? "") && !MODAL.test(toks[k + 2]?.low ?? "");
}

/**
 * "said for weeks he's the only …", "said Thursday he would …": a short time adverbial between a
 * verb of saying and its bare clause is skipped when a pronoun subject plainly opens the clause.
 * "said this is …" keeps "this", a subject unless a time noun follows it.
 */
export function skipLeadAdverbial(toks: Token[], start: number): number {
  const first = toks[start];
  // "has said repeatedly the next president should …": an adverb in -ly before a clause's subject.
  const next = toks[start + 1];
  // "said simply: the team …": or before the colon that introduces what was said.
  if (first && next && isLy(first) && !LY_ADJECTIVES.test(first.low) && (next.low === "the" || PRONOUN_SUBJECT.test(next.low) || isOpenQuote(next.t) || next.t === ":")) return next.t === ":" ? start + 2 : start + 1;
  // "said when she resigned", "said as she left": a subordinate clause tells when, and is no content to reach past.
  if (!first || !PREP_TAIL.has(first.low) || first.low === "that" || adverbialClauseAt(toks, start)) return start;
  if (first.low === "this" && !TIME_NOUN.test(toks[start + 1]?.low ?? "")) return start;
  // "said Tuesday the plan would fail", "said on Monday night, the ferry …": a day, then a subject.
  const subject = afterDay(toks, start);
  if (subject > start) return subject;
  for (let k = start + 1; k < toks.length && k <= start + 5; k++) {
    const t = toks[k];
    // "said Friday as he entered the talks": so after a time.
    if (!t || !t.word || adverbialClauseAt(toks, k)) return start;
    // "said Wednesday she, too, wants …": a one-word aside may follow the pronoun.
    const aside = toks[k + 1]?.t === "," && !!toks[k + 2]?.word && toks[k + 3]?.t === "," ? 3 : 0;
    const pronoun = PRONOUN_SUBJECT.test(t.low) && !!toks[k + 1 + aside]?.word && !toks[k + 1 + aside]?.cap;
    if (pronoun || CLAUSE_VERB.test(t.low)) return k;
  }
  return start;
}

/** The token after a day that opens a clause ("Tuesday", "on Monday night," then a determiner or a name), or `k` when there is none. */
function afterDay(toks: Token[], k: number): number {
  let m = skipTime(toks, k);
  if (m === k) return k;
  if (PART_OF_DAY.test(toks[m]?.low ?? "")) m++;
  if (toks[m]?.t === ",") m++;
  const t = toks[m];
  const n = toks[m + 1];
  return t?.word && n?.word && (ARTICLE_OR_POSSESSIVE.test(t.low) || t.low === "our" || (t.cap && !TIME_WORD.test(t.low))) ? m : k;
}

/**
 * "called Palin a “clown” on his radio show", "called the merger "a terrible deal" and ranked …":
 * after a verb of naming, the quoted name ends the object when a preposition, a bracket or a
 * second verb follows. (Other verbs quote mid-phrase: "faulted the GOP for “turning its back” on …".)
 */
export function quotedComplementEnd(toks: Token[], start: number, end: number): number {
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

/** An object ends before a trailing time adverbial: "endorsed Reyes last week". */
export function timeEnd(toks: Token[], start: number, end: number): number {
  for (let k = start + 1; k <= end; k++) {
    const t = toks[k];
    if (!t) break;
    if (t.t === "," || t.low === "that" || isOpenQuote(t.t)) return end;
    if ((TIME_WORD.test(t.low) && !dayPossessive(toks, k)) || ((t.low === "on" || t.low === "this") && TIME_WORD.test(toks[k + 1]?.low ?? ""))) {
      // "endorsed Voss in last Sunday's debate", "… during the last week": the preposition goes with the time.
      const p = toks[k - 1]?.low === "the" ? k - 2 : k - 1;
      return p > start && TIME_PREPOSITION.test(toks[p]?.low ?? "") ? p - 1 : k - 1;
    }
  }
  return end;
}

/**
 * "…, officials said, the plan …": the words after the comma that closes the attribution. After an
 * inverted speaker, a comma and a role phrase ("…, said Jo Blum, a professor at …, who …") is an appositive,
 * not more content.
 */
export function afterComma(toks: Token[], from: number, afterSpeaker = false, minWords = 3): TokRange | null {
  let k = from;
  while (k < toks.length && toks[k]?.t !== "," && k - from < 8) k++;
  if (toks[k]?.t !== ",") return null;
  const r = trimPunct(toks, k + 1, toks.length - 1);
  if (!r || wordsIn(toks, r) < minWords) return null;
  if (afterSpeaker && k === from && (APPOSITIVE_START.test(toks[r.from]?.low ?? "") || roleOpens(toks, r.from))) return null;
  // "…, the ministry said on Friday, as officials urged …": a subordinate clause after the attribution is the narrator's.
  if (/^(?:as|amid|while|whereas|after|before|when)$/.test(toks[r.from]?.low ?? "")) return null;
  // "…, Spicer said, adding that …": the participle is a claim of its own.
  const first = toks[r.from];
  if (first && /ing$/.test(first.low) && (CUE_VERBS.has(first.low) || STANCE_VERBS.has(first.low))) return null;
  return r;
}

const APPOSITIVE_START = /^(?:a|an|the|who|whose|which|whom|his|her|their|its|one|another|\d+|now|then|also|both|former|currently)$/;

/** "senior director of economic policy at …", "Democratic strategist": a role noun within the first three words, with no verb before it. */
function roleOpens(toks: Token[], from: number): boolean {
  for (let k = from; k < from + 3; k++) {
    const t = toks[k];
    // Not a clause ("that people are …", "so many firms were …", "with creative people …").
    if (!t?.word || (!t.cap && (CUE_VERBS.has(t.low) || FINITE_AUXILIARY.test(t.low) || t.low.endsWith("ed") || NP_STOP.has(t.low) || DETERMINERS.has(t.low) || TIME_PREPOSITION.test(t.low)))) return false;
    if (ROLE_NOUNS.has(t.low)) {
      const n = toks[k + 1];
      return !(n?.word && !n.cap && (FINITE_AUXILIARY.test(n.low) || CUE_VERBS.has(n.low) || n.low.endsWith("ed")));
    }
  }
  return false;
}

/** A sentence that opens with an adverbial ("In Washington, officials said …") puts the content after the cue. */
export function opensWithAdverbial(toks: Token[], r: TokRange): boolean {
  const first = toks[r.from];
  // "But he operates on another principle, he said": a conjunction before a clause opens no adverbial.
  if (first && /^(?:but|and)$/.test(first.low) && r.to - r.from >= 3) return false;
  if (!first) return false;
  // "Also, Quinlan isn't a conservative, he said": an adverbial that a clause of three words or more follows.
  const comma = toks.slice(r.from, r.to + 1).findIndex((t) => t.t === ",");
  if (comma > 0 && wordsIn(toks, { from: r.from + comma + 1, to: r.to }) >= 3) return false;
  // "Late last month, the council wrote …": a time or a sentence adverb is no content.
  if (r.to - r.from < 6 && opensTime(toks, r.from)) return true;
  // "As the parade rolled through Pasadena, CNN reported …": a whole subordinate clause is no content.
  // "Noting that the plan failed, Ridley reminded …": so is a participle with its that-clause, and
  // "Claiming the survey was rigged, Okafor told …" one of saying with any clause.
  if ((/^(?:as|when|while|after|before|once|until|because)$/.test(first.low) || (/..ing$/.test(first.low) && (toks[r.from + 1]?.low === "that" || (CUE_VERBS.has(first.low) && !isPreposition(toks[r.from + 1]?.low ?? ""))))) && !toks.slice(r.from, r.to + 1).some((t) => t.t === ",")) return true;
  return r.to - r.from < 7 && /^(?:in|on|at|after|before|during|meanwhile|however|earlier|later|last|yesterday|today|separately|also|then|since|but|and|still|now|speaking|asked|instead|like|unlike)$/.test(first.low);
}

/** Quantifiers in the group nouns, which open a phrase rather than name an audience: "told both sides". */
const QUANTIFIERS: ReadonlySet<string> = new Set(["some", "others", "many", "both", "people"]);

/** Skips the addressee of "told": a pronoun, "reporters", "the newspaper", "The Washington Post". */
export function addressee(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t) return i;
  if (/^(?:me|him|her|us|them|you|listeners|congress|parliament|delegates|guests|crowds|audiences|mps|meps|msps|peers|colleagues|shareholders)$/.test(t.low)) return i + 1;
  // "told investors the …", "told aides he …": a plural noun for people (not a quantifier: "told both sides"),
  // unless what follows is what they were told to do or of ("advised users to …", "warned citizens of …").
  if (!t.cap && GROUP_NOUNS.has(t.low) && !QUANTIFIERS.has(t.low) && !/^(?:to|of)$/.test(toks[i + 1]?.low ?? "")) return i + 1;
  // "told Britain’s ITV television": a possessive name opens the phrase as a determiner would.
  let possessive = -1;
  if (t.cap) {
    const np = npForward(toks, i, toks.length);
    for (let k = i; np && k <= np.to; k++) if (/['’]s?$/.test(toks[k]?.t ?? "") && toks[k]?.cap) possessive = k;
    if (possessive < 0) {
      // "told Reuters in an interview": a phrase that a preposition and a determiner open is an adverbial.
      for (let k = i + 1; np && k <= np.to; k++) if (!toks[k]?.cap && PREP_TAIL.has(toks[k]?.low ?? "") && DETERMINERS.has(toks[k + 1]?.low ?? "")) return k;
      return np ? np.to + 1 : i + 1;
    }
  }
  if (possessive >= 0 || ARTICLE_OR_POSSESSIVE.test(t.low)) {
    const opener = possessive >= 0 ? possessive : i;
    let k = opener + 1;
    while (k < toks.length && k - opener <= 4 && toks[k]?.word && (toks[k]?.cap || !ROLE_NOUNS.has(toks[k - 1]?.low ?? "")) && !(possessive >= 0 && PREP_TAIL.has(toks[k]?.low ?? "")) && !(k > opener + 1 && DETERMINERS.has(toks[k]?.low ?? "") && !toks[k]?.cap)) {
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
  if (!ingParticiple(t)) return false;
  return !!next && next.word && (next.cap || DETERMINERS.has(next.low) || /^(?:him|her|them|us|it|that)$/.test(next.low));
}

/** "…, pointing to high ratings", "…, referring to Smith": an -ing stance with "to" and a word after it ("…, looking to the primary" runs on). */
const participleTo = (toks: Token[], k: number): boolean => ingParticiple(toks[k]) && STANCE_VERBS.has(toks[k]?.low ?? "") && toks[k + 1]?.low === "to" && !!toks[k + 2]?.word;

const NOT_PARTICIPLE = /^(?:including|according|during|nothing|something|anything|everything)$/;

/** A lower-case -ing form that can open a participle phrase: "leading", "calling" (not "during"). */
function ingParticiple(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && t.low.length > 5 && t.low.endsWith("ing") && !NOT_PARTICIPLE.test(t.low);
}

/** A word that may be a clause's verb: an auxiliary, a verb of saying or stance, a form in -ed. */
function verbLike(t: Token): boolean {
  return FINITE_AUXILIARY.test(t.low) || !!cueFrame(t) || STANCE_VERBS.has(t.low) || /ed$/.test(t.low);
}

/** A noun phrase of a name, a role or a determiner (up to ten words, no punctuation) from `k`, then a past or present verb of saying or a past verb of stance. */
export function speakerThenCue(toks: Token[], k: number): boolean {
  const first = toks[k];
  if (!first || !first.word || FINITE_AUXILIARY.test(first.low)) return false;
  // "…, and human rights groups warned that …": any noun phrase will do before a cue and "that".
  const named = first.cap || DETERMINERS.has(first.low) || ROLE_NOUNS.has(first.low);
  for (let m = k + 1; m < toks.length && m <= k + 10; m++) {
    const t = toks[m];
    if (!t || !t.word) return false;
    if (!named && (m > k + 4 || FINITE_AUXILIARY.test(t.low))) return false;
    // "…, and people familiar with her thinking say …"
    if (!t.cap && cueFrame(t) && (/(?:ed|s|id)$/.test(t.low) || t.low === "say") && (named || (toks[m + 1]?.low === "that" && m > k + 1))) return true;
    if (!named) continue;
    // "…, and the Anti-Defamation League strongly denounced …": or a past verb of stance.
    if (!t.cap && t.low.endsWith("ed") && STANCE_VERBS.has(t.low) && toks[m - 1]?.low !== "by") return true;
  }
  return false;
}

/**
 * A determiner's or a name's phrase (up to six words) from `k`, then a finite verb: "her campaign
 * quickly responded"; or, with `number`, a phrase that opens with a number: "30 percent say".
 */
function subjectThenVerb(toks: Token[], k: number, number = false): boolean {
  const first = toks[k];
  if (!first || !first.word || !(number ? /^\d/.test(first.t) : first.cap || ARTICLE_OR_POSSESSIVE.test(first.low))) return false;
  // "32% call": the noun phrase reader takes no per cent sign.
  const np = number && toks[k + 1]?.t === "%" ? { from: k, to: k + 1 } : npForward(toks, k, Math.min(toks.length - 1, k + 6));
  if (!np || np.from !== k) return false;
  // "— and Cruz, who is third in the polls, was …".
  const v = verbAfterSubject(toks, np.to + 1, toks.length);
  // Not a participle with its agent ("the campaign funded by donors").
  // A share's verb may be a plural present one of saying or stance ("30 percent say", "32% call").
  const w = toks[v];
  const shareVerb = number && !!w && w.word && !w.cap && (!!cueFrame(w) || STANCE_VERBS.has(w.low));
  return (verbAfterAside(w, toks[v + 1]) || shareVerb) && toks[v + 1]?.low !== "by";
}


/**
 * Whether `from` lies in a clause that a subordinator opens at the sentence's start (after an
 * opening adverbial and its comma: "In June, after …"), with no comma between them.
 */
function inFrontedClause(toks: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0; k--) {
    const t = toks[k];
    if (!t) return false;
    // "After saying …, Jo left" has no subject of its own: its participle looks for the main clause's.
    // A subordinator other than "as", which opens attributions ("As Jo said, …").
    if (SUBORDINATORS.has(t.low) && t.low !== "as") return !toks[k + 1]?.low.endsWith("ing") && (k === 0 || (toks[k - 1]?.t === "," && wordsOnly(toks, 0, k - 1)));
    if (!t.word) return false;
  }
  return false;
}

/** Whether tokens `from` up to (not including) `to` are all words. */
function wordsOnly(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!toks[k]?.word) return false;
  return true;
}

/** A main clause's subject and finite verb from `k`: "the union sued", "800 employees volunteered", "he said". */
function mainClauseAt(toks: Token[], k: number): boolean {
  const first = toks[k];
  if (!first?.word) return false;
  if (SPEAKER_PRONOUNS.has(first.low)) return verbAfterAside(toks[k + 1], toks[k + 2]);
  if (/^\d/.test(first.t)) {
    let m = k + 1;
    while (m <= k + 3 && toks[m]?.word && !toks[m]?.cap && !verbAfterAside(toks[m], toks[m + 1])) m++;
    return m > k + 1 && verbAfterAside(toks[m], toks[m + 1]);
  }
  return subjectThenVerb(toks, k);
}

/** A number or a determiner other than "that"/"this" opening up to six words, then a past or present verb of saying: "14 percent said", "one in four said", "most voters say". */
function countThenSaying(toks: Token[], k: number): boolean {
  const first = toks[k];
  if (!first || !first.word || first.cap || !(/^\d/.test(first.t) || (DETERMINERS.has(first.low) && !/^(?:that|this)$/.test(first.low)))) return false;
  for (let m = k + 1; m < toks.length && m <= k + 6; m++) {
    const t = toks[m];
    if (!t || !t.word || t.low === "that") return false;
    if (!t.cap && cueFrame(t) === "clause" && FINITE_CUE_FORM.test(t.low)) return true;
  }
  return false;
}

/** Words that may follow a closing attribution's cue: a time or a place ("…, the Herald reported on Monday."). */
const CLOSING_TAIL = /^(?:on|in|at|last|this|earlier|later|late|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|a|an|the|statement|interview|report)$/;

/** A speaker and a past or present cue from `k`, then the sentence's end or a short time or place only. */
function closingAttribution(toks: Token[], k: number): boolean {
  const first = toks[k];
  if (!first || !first.word || !(first.cap || DETERMINERS.has(first.low) || ROLE_NOUNS.has(first.low))) return false;
  for (let m = k + 1; m < toks.length && m <= k + 6; m++) {
    const t = toks[m];
    if (!t || !t.word) return false;
    if (t.cap || !cueFrame(t)) continue;
    if (!FINITE_CUE_FORM.test(t.low)) return false;
    // "…, the minister told reporters.": an addressee may follow "told".
    const told = t.low === "told" || t.low === "tells";
    let words = 0;
    for (let q = m + 1; q < toks.length; q++) {
      const w = toks[q];
      if (!w || !w.word) continue;
      if (++words > 4 || !(CLOSING_TAIL.test(w.low) || w.cap || (told && !/^(?:that|to|he|she|they|it|we|i)$/.test(w.low)))) return false;
    }
    return true;
  }
  return false;
}

/** One to four capitalised words from `k`, an optional "later" or "also", then a past or present verb of saying. */
function nameThenCue(toks: Token[], k: number): boolean {
  let m = k;
  while (m < toks.length && m - k < 4 && toks[m]?.word && toks[m]?.cap) m++;
  if (m === k) return false;
  // "and Senate aides later said": a plural role noun after the name.
  if (toks[m]?.word && !toks[m]?.cap && toks[m]?.low.endsWith("s") && ROLE_NOUNS.has(toks[m]?.low.slice(0, -1) ?? "")) m++;
  if (/^(?:later|also|then)$/.test(toks[m]?.low ?? "")) m++;
  const t = toks[m];
  // "… and Trump calling it a “great meeting”": a name and a participle of saying or stance with its object.
  if (t && m > k && participleWithObject(t, toks[m + 1]) && (!!cueFrame(t) || STANCE_VERBS.has(t.low))) return true;
  return !!t && t.word && !t.cap && !!cueFrame(t) && (/(?:ed|s|id)$/.test(t.low) || t.low === "say");
}

/** Whether the content from `from` to the comma at `k` is "that"/"whether" and a noun phrase only, with no verb yet. */
function subjectOnly(toks: Token[], from: number, k: number): boolean {
  let m = from;
  if (/^(?:that|whether|if)$/.test(toks[m]?.low ?? "")) m++;
  if (k - m < 1 || k - m > 10) return false;
  const first = m;
  // "the expansion of child tax credits": after a preposition the words are its object.
  let object = false;
  for (; m < k; m++) {
    const t = toks[m];
    // "the council's “rainy day” fund, which …": quotation marks around words of the phrase.
    if (t && (isOpenQuote(t.t) || isCloseQuote(t.t))) continue;
    if (!t || (!t.word && t.t !== "'s" && t.t !== "’s")) return false;
    // "the trusts", "the plan", "his proposed expansion": after a determiner a word is a noun or an
    // adjective, whatever verb it could also be (but "that" opening the clause is no determiner).
    const noun = (object || (DETERMINERS.has(toks[m - 1]?.low ?? "") && (m > from + 1 || toks[from]?.low !== "that"))) && !FINITE_AUXILIARY.test(t.low);
    if (m > first && /^(?:of|for|in|on|at|from|with|about)$/.test(t.low)) object = true;
    if (!t.cap && !noun && (verbLike(t) || SPEAKER_PRONOUNS.has(t.low))) return false;
  }
  return true;
}

/** "its reporting has found that the entities, which …": the last "that"/"whether" before `k` opens the clause whose subject is read; else `from`. */
function lastThat(toks: Token[], from: number, k: number): number {
  for (let m = k - 1; m > from; m--) if (/^(?:that|whether)$/.test(toks[m]?.low ?? "") && !toks[m]?.cap) return m;
  return from;
}

/**
 * The comma that closes a relative clause starting at `i`, within 25 tokens, with a verb after it
 * (or, after a fronted phrase of place or time, the clause's subject); else -1.
 */
function relativeClose(toks: Token[], i: number, fronted: boolean): number {
  for (let k = i; k < toks.length - 1 && k - i <= 25; k++) {
    const t = toks[k];
    if (!t || t.t === ";" || isDash(t.t)) return -1;
    if (isOpenQuote(t.t)) {
      // "which holds “about $3m, maybe more”, was": words quoted inside the clause, commas and all.
      let q = k + 1;
      while (q < toks.length && q - i <= 25 && !isCloseQuote(toks[q]?.t ?? "")) q++;
      if (q >= toks.length || q - i > 25) return -1;
      k = q;
      continue;
    }
    if (t.t === ",") {
      // "which include Dade, Broward and Palm Beach, …": names in a list go on to the clause's end.
      if (listedName(toks, k + 1)) continue;
      // "…, who is running for the Senate, “is a civil rights attorney”": the verb may open a quotation.
      // "…, who has outraised them, still faces a race": an adverb may stand before that verb.
      const a = isOpenQuote(toks[k + 1]?.t ?? "") ? k + 2 : k + 1;
      const adverb = !!toks[a] && !toks[a]?.cap && (isLy(toks[a]) || BETWEEN_SUBJECT_AND_CUE.has(toks[a]?.low ?? "")) && !FINITE_AUXILIARY.test(toks[a]?.low ?? "");
      const v = toks[adverb ? a + 1 : a];
      if (fronted) return v?.word ? k : -1;
      return v && v.word && !v.cap && (FINITE_AUXILIARY.test(v.low) || /n['’]t$/.test(v.low) || /^(?:be|remain|remains)$/.test(v.low) || /(?:ed|s)$/.test(v.low)) ? k : -1;
    }
  }
  return -1;
}

/** A comma at `k` before "of" or "for" and a gerund: the charge after an object ("accused Cruz, who …, of associating"). */
export const chargeAt = (toks: Token[], k: number): boolean => toks[k]?.t === "," && /^(?:of|for)$/.test(toks[k + 1]?.low ?? "") && !!toks[k + 2]?.low.endsWith("ing");

/** The comma that closes a relative clause starting at `i` when a charge follows it (within 25 tokens); else -1. */
function chargeAfterRelative(toks: Token[], i: number): number {
  for (let k = i; k < toks.length - 2 && k - i <= 25; k++) {
    const t = toks[k];
    if (!t || t.t === ";" || isDash(t.t) || isOpenQuote(t.t) || isCloseQuote(t.t)) return -1;
    if (t.t === ",") return chargeAt(toks, k) ? k : -1;
  }
  return -1;
}

/** A capitalised word at `k` followed by a comma, "and" or "or": an item of a list of names. */
function listedName(toks: Token[], k: number): boolean {
  const t = toks[k];
  const n = toks[k + 1];
  return !!t?.word && t.cap && !!n && (n.t === "," || /^(?:and|or)$/.test(n.low));
}

/** The dash closing an aside opened by the dash before `from`, when words go on after it (else -1). */
function pairedDash(toks: Token[], from: number): number {
  for (let k = from; k < Math.min(toks.length - 1, from + 12); k++) {
    const t = toks[k];
    if (!t || t.t === "," || t.t === "." || t.t === ";") return -1;
    if (isDash(t.t)) return toks[k + 1]?.word ? k : -1;
  }
  return -1;
}

/** The comma that closes a short aside from `k` on when a finite verb follows it ("…, even as a candidate, had …"); -1 otherwise. */
function asideBeforeVerb(toks: Token[], k: number): number {
  for (let m = k; m < toks.length && m <= k + 8; m++) {
    const t = toks[m];
    if (!t || t.t === "." || t.t === ";" || isDash(t.t)) return -1;
    if (t.t !== ",") continue;
    return verbAfterAside(toks[m + 1], toks[m + 2]) ? m : -1;
  }
  return -1;
}

/** Whether `v` (after a comma) is the finite verb an aside between commas was waiting for: "…, had", "…, opened", "…, presents a". */
export function verbAfterAside(v: Token | undefined, n: Token | undefined): boolean {
  if (!v || !v.word || v.cap || isLy(v)) return false;
  return FINITE_AUXILIARY.test(v.low) || (v.low.endsWith("ed") && !v.low.endsWith("eed")) || irregularPast(v.low) || (/[^s]s$/.test(v.low) && !!n && DETERMINERS.has(n.low));
}

/** Words that open a relative clause or an aside between a subject and its verb. */
const SUBJECT_ASIDE = /^(?:which|who|while|though|although|if|when|whether|like|unlike|including|despite)$/;

/** Words that open a time or place adverbial fronted in a that-clause, before its subject. */
const FRONTED_ADVERBIAL = /^(?:in|on|at|during|sometime|earlier|later|last|next|over|within|by)$/;

/** Whether a finite verb opens the words at `k`, after adverbs and a negation: "and was acquitted", "but has since withheld". */
export function predicateAfter(toks: Token[], k: number): boolean {
  let m = k;
  while (m < k + 3 && (isLy(toks[m] as Token) || /^(?:also|then|later|still|since|not|never|now|even)$/.test(toks[m]?.low ?? ""))) m++;
  const v = toks[m];
  if (!v || !v.word || v.cap) return false;
  // A regular past before a lower-case noun is an adjective: "the heat and unsettled weather".
  const n = toks[m + 1];
  const objectNext = !n || !n.word || n.cap || DETERMINERS.has(n.low) || PREP_TAIL.has(n.low) || n.low === "that" || /^(?:him|her|them|it|us|me)$/.test(n.low);
  return FINITE_AUXILIARY.test(v.low) || irregularPast(v.low) || (/[^e]ed$/.test(v.low) && objectNext);
}

/** Words that open a clause, not a noun phrase: "that she, too, …", "how, growing up, …". */
const CLAUSE_START = /^(?:that|how|what|why|whether|if|when|where|who|he|she|they|we|i|it|you)$/;

/** Whether a word in `from`..`to` may be a verb: one `verbLike`, a negated or contracted auxiliary, an irregular past, "to" before a verb. */
/** A pronoun with "be" or "have" contracted onto it: "they're", "she's", "we've". */
const CONTRACTED_BE = /^(?:he|she|they|we|i|you|it)['’](?:s|re|m|ve)$/;

function verbIn(toks: Token[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) {
    const t = toks[m];
    if (!t || !t.word || t.cap) continue;
    // "to" before a bare verb ("wants to close"), not before a noun phrase ("to all traffic").
    const n = toks[m + 1];
    if (t.low === "to" && n?.word && !n.cap && !DETERMINERS.has(n.low) && !/^(?:him|her|them|it|us|me|\d.*)$/.test(n.low)) return true;
    if (verbLike(t) || /n['’]t$/.test(t.low) || CONTRACTED_BE.test(t.low) || CLAUSE_VERB.test(t.low) || irregularPast(t.low)) return true;
    // "Smith likes the plan": an -s word right after a name or a pronoun.
    const p = toks[m - 1];
    if (/[^s]s$/.test(t.low) && p && (p.cap || SPEAKER_PRONOUNS.has(p.low)) && m > from) return true;
  }
  return false;
}

/** A personal pronoun at `p` and, after it, a lower-case verb of saying or stance in a form `form` accepts: "he estimated", "she accused". */
function pronounCueAt(toks: Token[], p: number, form: (v: Token) => boolean): boolean {
  const v = toks[p + 1];
  return /^(?:he|she|they|we|i)$/.test(toks[p]?.low ?? "") && !!v && v.word && !v.cap && form(v) && (!!cueFrame(v) || STANCE_VERBS.has(v.low));
}

/** Prepositions of time before a participle of saying that starts another claim: "…, before adding …". */
const AROUND_PARTICIPLE = /^(?:before|after|while)$/;

/** How a question is put to a speaker: "when asked", "when pressed". */
const PUT_TO = /^(?:asked|pressed|questioned|challenged)$/;

/**
 * Where a clause's content ends: the sentence end, or before ", adding/saying/according to …"
 * ("said that, according to the count, …" and "argue that, while …, workers …" read on: a phrase
 * set off right after "that" is inside the content).
 */
export function clauseEnd(toks: Token[], from: number): number {
  // "that although Lazar confessed, he showed …": the first comma closes a fronted subordinate clause.
  // "that sometime in the week that followed, he realized …": so does a fronted time or place.
  const fronted = SUBORDINATOR.test(toks[from]?.low ?? "") || (toks[from]?.low === "that" && (SUBORDINATOR.test(toks[from + 1]?.low ?? "") || FRONTED_ADVERBIAL.test(toks[from + 1]?.low ?? "")));
  let commas = 0;
  let parens = 0;
  const inFronted = inFrontedClause(toks, from);
  for (let k = from + 1; k < toks.length - 1; k++) {
    const t = toks[k];
    const n = toks[k + 1];
    // "After the board asked workers to take a pay cut, 800 employees volunteered": a content inside
    // a clause that opens the sentence ends where the main clause begins.
    if (inFronted && t?.t === "," && mainClauseAt(toks, k + 1)) return k - 1;
    // "(… declaring himself the “comeback kid”) makes …": a parenthesis that opened before the content closes it.
    if (t?.t === "(") parens++;
    if (t?.t === ")" && parens-- === 0) return k - 1;
    // "that the flag, which includes the stars and bars, be removed": a relative clause on the
    // content's subject, before its verb, is skipped to its closing comma, and so is an aside
    // ("the email scandal, while troublesome, was handled well").
    const even = n?.low === "even" && toks[k + 2]?.low === "though" ? 1 : 0;
    const opener = t?.t === "," && n && SUBJECT_ASIDE.test(toks[k + 1 + even]?.low ?? "") ? lastThat(toks, from, k) : -1;
    if (opener >= 0 && subjectOnly(toks, opener, k)) {
      // "that in the three largest counties, which include …, voters have": a fronted phrase of place.
      const close = relativeClose(toks, k + 2 + even, toks[opener]?.low === "that" && FRONTED_ADVERBIAL.test(toks[opener + 1]?.low ?? ""));
      if (close > 0) {
        k = close;
        continue;
      }
    }
    // "accused Rafael Cruz, who was born in Cuba, of associating with …": a relative clause on the
    // object before the charge is skipped.
    const charge = t?.t === "," && /^(?:who|which)$/.test(n?.low ?? "") ? chargeAfterRelative(toks, k + 2) : -1;
    if (charge > 0) {
      k = charge;
      continue;
    }
    if (t?.t === "," && n && !(k === from + 1 && toks[from]?.low === "that") && (/^(?:adding|saying|noting|arguing|insisting|explaining|claiming|warning|citing|which|who|whom|said|says|declaring|while|whereas|whether|though|although|instead)$/.test(n.low) || even === 1 || (n.low === "but" && !continuesAfterBut(toks, from, k)) || (n.low === "according" && toks[k + 2]?.low === "to"))) return k - 1;
    // "… out of business,” while trying to explain …": so after a quotation that closes on the comma.
    if (t?.t === "," && n && isCloseQuote(n.t) && k > from + 2 && /^(?:while|whereas|instead|although|though)$/.test(toks[k + 2]?.low ?? "")) return k + 1;
    const n2 = toks[k + 2];
    // "…“no opinion” when asked whether …", "…, when asked about it", "…, and when pressed on why …":
    // the question put to the speaker is no part of the answer.
    if (k > from && t?.low === "when" && PUT_TO.test(n?.low ?? "")) return /^(?:and|but)$/.test(toks[k - 1]?.low ?? "") ? k - 2 : k - 1;
    // "…,” telling reporters …": a participle of saying after a comma (inside a quote's close) starts another claim,
    // and so does any participle with an object ("…, leaving the old boat …").
    if (t?.t === "," && k > from + 2 && (speechParticiple(n) || participleWithObject(n, n2) || participleTo(toks, k + 1) || (isCloseQuote(n?.t ?? "") && (speechParticiple(toks[k + 2]) || participleWithObject(toks[k + 2], toks[k + 3]))))) return isCloseQuote(n?.t ?? "") ? k + 1 : k - 1;
    // "…, before adding that …": so after a preposition of time.
    if (t?.t === "," && k > from + 2 && AROUND_PARTICIPLE.test(n?.low ?? "") && speechParticiple(n2)) return k - 1;
    // "… was “premature” while adding …": so without the comma.
    // "…,” before optimistically predicting …": an adverb may stand before the participle, and a quotation may close before.
    if (k > from + 2 && AROUND_PARTICIPLE.test(t?.low ?? "") && (speechParticiple(n) || (!!n && isLy(n) && speechParticiple(n2))) && (toks[k - 1]?.word || isCloseQuote(toks[k - 1]?.t ?? ""))) return k - 1;
    // "to speak to reporters as she left": "as" with a subject and its verb opens a clause of time after an
    // infinitive ("as much as he did", "just as he had" compare). A clause that was said keeps it ("the
    // driver accelerated as he was mowing people down"), but not "as she put it".
    // (A verb of saying after the pronoun is the narrator's "as he said", read elsewhere.)
    if (k > from + 2 && t?.low === "as" && (toks[from]?.low === "to" || (toks[k + 2]?.low === "put" && toks[k + 3]?.low === "it")) && PRONOUN_SUBJECT.test(n?.low ?? "") && n?.low !== "there" && clauseVerb(n2) && !cueFrame(n2) && !/^(?:as|so|such|same|just|much|well|long|soon)$/.test(toks[k - 1]?.low ?? "") && !toks.slice(Math.max(from, k - 4), k).some((w) => w.low === "as")) return k - 1;
    if (t?.t === ",") commas++;
    // "…, he estimated …", "…, and she reiterated …": a new claim with its own subject and cue.
    if (t?.t === "," && k > from + 3 && !(fronted && commas === 1) && pronounCueAt(toks, k + 1, (v) => /(?:ed|s)$/.test(v.low))) return k - 1;
    if (t?.t === "," && n?.low === "and" && n2 && /^(?:he|she|they|we|i)$/.test(n2.low) && k > from + 3) return k - 1;
    // "said hackers broke in and she accused Trump of …": so after a bare "and", with a past cue or stance verb.
    if (t?.low === "and" && k > from + 3 && pronounCueAt(toks, k + 1, (v) => v.low.endsWith("ed") || irregularPast(v.low))) return k - 1;
    // "…, the Herald reported.", "…, those people said on Monday.": an attribution that closes the sentence.
    if (t?.t === "," && k > from + 2 && closingAttribution(toks, k + 1)) return k - 1;
    // "…,” the senator said.": so after a quotation that closes on the comma.
    if (t?.t === "," && k > from + 2 && isCloseQuote(n?.t ?? "") && closingAttribution(toks, k + 2)) return k + 1;
    // "…, and Ms. Acosta said …", "…, and other party leaders said …": a new speaker and cue after ", and".
    if (t?.t === "," && n?.low === "and" && k > from + 3 && speakerThenCue(toks, k + 2)) return k - 1;
    // "attacked Clinton, and her campaign quickly responded": ", and" (or "— and") opens a clause with a subject and verb of its own.
    if ((t?.t === "," || isDash(t?.t ?? "")) && n?.low === "and" && k > from && subjectThenVerb(toks, k + 2)) return k - 1;
    // "… endorsed Blum and Jo Okafor later said …": so without the comma, after a name.
    if (t?.low === "and" && k > from + 2 && !toks[k - 1]?.cap && nameThenCue(toks, k + 1)) return k - 1;
    // "said the party doesn't care and one in four said …": or a count or a determiner's phrase and a cue of saying, once the content has its verb.
    // A quotation that closes before "and" is whole too ("said “not likely” and 14 percent said …").
    if (t?.low === "and" && k > from + 2 && ((toks[k - 1]?.word && verbIn(toks, from, k - 1)) || isCloseQuote(toks[k - 1]?.t ?? "")) && countThenSaying(toks, k + 1)) return k - 1;
    // "say the plan is fair, 30 percent say it is not": a share with a verb of its own after a comma, once the content has its verb.
    // (Not after a fronted subordinate clause: "that, while 37 percent say …, 39 percent blame …".)
    if (t?.t === "," && k > from + 1 && verbIn(toks, from, k - 1) && subjectThenVerb(toks, k + 1, true) && !toks.slice(from, k).some((w) => SUBORDINATOR.test(w.low))) return k - 1;
    if (t?.t === ";" && k > from + 2) return k - 1;
    // "… urged a coalition, proposed that more troops stay, and pushed to …": the next past verb of
    // saying or stance with its object, after a comma, is the subject's next claim.
    if (t?.t === "," && k > from + 2) {
      const at = n?.low === "and" ? k + 2 : k + 1;
      const v = toks[at];
      if (v && v.low.endsWith("ed") && (cueFrame(v) || STANCE_VERBS.has(v.low)) && newPredicate(v, toks[at + 1])) return k - 1;
    }
    // "… immigrants -- a position he has since modified -- and his statements bear …": an aside
    // between dashes is skipped whole, so that its closing dash opens nothing.
    if (t && isDash(t.t) && n && !/^(?:but|said|says|and)$/.test(n.low) && k > from) {
      const close = pairedDash(toks, k + 1);
      if (close > 0) {
        k = close;
        continue;
      }
    }
    // "… — but it hasn't …", "… even as he defended …": the narrator takes over. A paired aside
    // ("authorities – and not the government – are in charge") is part of the content.
    if (t && isDash(t.t) && n && (/^(?:but|said|says|and|while|whereas|though|although)$/.test(n.low) || (n.low === "even" && toks[k + 2]?.low === "as")) && k > from + 2) {
      const close = pairedDash(toks, k + 1);
      if (close < 0) return k - 1;
      k = close;
      continue;
    }
    if (t?.low === "even" && n?.low === "as" && k > from + 2) {
      // "that Vane, even as a candidate, had raised …": an aside between commas before the verb.
      const close = toks[k - 1]?.t === "," ? asideBeforeVerb(toks, k + 2) : -1;
      if (close < 0) return k - 1;
      k = close;
      continue;
    }
    // "claimed self-defense and was acquitted …", "is an advocate of trade deals and wrote …": a
    // content with no verb of its own is a noun phrase, and a finite verb after "and"/"but" is the
    // speaker's next predicate.
    if ((t?.low === "and" || t?.low === "but") && k > from && predicateAfter(toks, k + 1) && !verbIn(toks, from, k - 1)) return k - 1;
    // "claimed responsibility for the attack but U.S. officials …", "declared war on the region,
    // leading to …": so does a new clause after "but", or an -ing participle after a comma.
    if (k > from && (t?.low === "but" || (t?.t === "," && k > from + 1 && ingParticiple(n) && !toks.slice(from, k).some(ingParticiple))) && !CLAUSE_START.test(toks[from]?.low ?? "") && !toks.slice(from, k).some((w) => w.low === "not") && !verbIn(toks, from, k - 1)) return k - 1;
    // "… and said that …": a second cue of the same subject starts its own claim.
    // "attacked him and questioned why …": after a one-word object too, a name or a pronoun.
    const oneWord = k === from + 1 && !!toks[from] && (toks[from]?.cap || OBJECT_PRONOUNS.has(toks[from]?.low ?? ""));
    if ((t?.low === "and" || t?.low === "but") && n && (cueFrame(n) || (STANCE_VERBS.has(n.low) && /(?:ed|s)$/.test(n.low))) && (k > from + 1 || oneWord)) return k - 1;
  }
  return toks.length - 1;
}
