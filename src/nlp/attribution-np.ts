// Speaker noun phrases around a cue: scanning back from the cue ("the UK defence chief has revealed"),
// forward from a clause start ("In November, the United States had urged … and said") or after an
// inverted cue ("…, said Mr. Smith").
import {
  isLy,
  ARTICLE,
  BETWEEN_SUBJECT_AND_CUE,
  CUE_VERBS,
  ADVERB_PHRASES,
  ASPECT_BEFORE_ING,
  CLAUSE_OPENERS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FINITE_AUXILIARY,
  inflected,
  GROUP_NOUNS,
  NEGATION,
  NOUN_HOMOGRAPHS,
  NP_STOP,
  PHRASAL_STANCE,
  ROLE_NOUNS,
  SENTENCE_ADVERBS,
  SPEAKER_PRONOUNS,
  STANCE_VERBS,
  TITLE_WORDS,
} from "../lexicon/cues.ts";
import { alternation, MONTH_WORDS, MONTHS, WEEKDAY, WEEKDAYS } from "../lexicon/calendar.ts";
import { PLACES } from "../lexicon/places.ts";
import { ROLE_NOUNS as PERSON_ROLES } from "../lexicon/titles.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { irregularPast } from "./attribution-context.ts";

/** A token range, inclusive. */
export interface TokRange {
  from: number;
  to: number;
}

const TIME_NAME = new RegExp(`^(?:${alternation(WEEKDAYS)}|today|yesterday|tonight|week|month|year|night|morning|evening|afternoon|weekend)$`);
/** An adverb in -ly (`isLy`, in the cue lexicon beside the words of degree), read here by every pass. */
export { isLy };
const verbish = (t: Token): boolean => /(?:ed|ing)$/.test(t.low) && !ROLE_NOUNS.has(t.low);

/** Quantifiers that float off their subject to sit before the verb: "they all said", "have both argued". */
const FLOATING_QUANTIFIER = new Set(["all", "both", "each"]);
/** After an auxiliary, a name or a plural subject pronoun a quantifier floats; after "and" or "of" it is the subject. */
const floatsAfter = (p: Token | undefined): boolean =>
  !!p && p.word && (p.cap || /^(?:has|have|had|are|were|will|would|they|we)$/.test(p.low) || (/[^s]s$/.test(p.low) && !NP_STOP.has(p.low)));

const MONTH_WORD = new Set(MONTH_WORDS);

/**
 * The index of "on" or "in" opening a date that ends at token `j` ("on January 5", "on Jan. 5,
 * 2016", "in March 2016"), or -1 when no such date ends there.
 */
function dateStart(toks: Token[], j: number, stop: number): number {
  let k = j;
  // "who in 2010 said": a bare year after "in".
  if (/^(?:1[89]|20)\d{2}$/.test(toks[k]?.t ?? "") && toks[k - 1]?.low === "in" && k - 1 >= stop) return k - 1;
  // "January 5, 2016": the year after a day.
  if (/^\d{4}$/.test(toks[k]?.t ?? "") && toks[k - 1]?.t === "," && /^\d{1,2}$/.test(toks[k - 2]?.t ?? "")) k -= 2;
  // "Jan." before a number is one token (attribution-tokens.ts).
  const m = k - 1;
  const prep = toks[m - 1];
  if (m - 1 < stop || !MONTH_WORD.has((toks[m]?.low ?? "").replace(/\.$/, "")) || !prep || (prep.t !== "on" && prep.t !== "in")) return -1;
  return m - 1;
}

/** A word that may sit inside a noun phrase: not a function word, a verb form or an adverb. */
const nounish = (t: Token): boolean => t.word && !NP_STOP.has(t.low) && !verbish(t) && !isLy(t) && !BETWEEN_SUBJECT_AND_CUE.has(t.low);
/** A word that can end a subject noun phrase before a cue. */
const nounBefore = (p: Token | undefined): boolean => !!p && nounish(p) && !CUE_VERBS.has(p.low);

/** Skips auxiliaries, adverbs and negation before a cue; returns the index before them and whether a negation was seen. */
export function skipAux(toks: Token[], i: number, stop: number): { j: number; negated: boolean } {
  let j = i;
  let negated = false;
  while (j >= stop) {
    const t = toks[j];
    if (!t) break;
    const date = /^\d{1,4}$/.test(t.t) ? dateStart(toks, j, stop) : -1;
    const span = NEGATION.has(t.low) ? -1 : recentSpanStart(toks, j, stop);
    if (NEGATION.has(t.low)) negated = true;
    else if (span >= 0) {
      // "Analysts in the past week said", "Officials in recent days have said": a span of time, not the speaker.
      j = span;
    } else if (TIME_NAME.test(t.low) && j > stop) {
      // "The Post on Sunday said", "Obama last week said": a time phrase, not the speaker.
      if (/^(?:on|last|this|late|early|next)$/.test(toks[j - 1]?.low ?? "")) j--;
    } else if (date >= 0) {
      // "Smith on Jan. 5 said", "The company in March 2016 said": a date, not the speaker.
      j = date;
    } else if (t.t === "," && j - 2 >= stop && toks[j - 2]?.t === "," && SENTENCE_ADVERBS.has(toks[j - 1]?.low ?? "")) {
      // "Smith, however, said": a sentence adverb between commas.
      j -= 2;
    } else if (t.t === "," && j - 3 >= stop && toks[j - 3]?.t === "," && ADVERB_PHRASES.has(`${toks[j - 2]?.low} ${toks[j - 1]?.low}`)) {
      // "Younger voters, in particular, have said": a two-word adverbial between commas.
      j -= 3;
    } else if (j === i && ASPECT_BEFORE_ING.test(t.low) && j > stop && /ing$/.test(toks[j + 1]?.low ?? "")) {
      // "The council began calling for …", "She kept attacking …": an aspect verb before the cue's -ing form.
    } else if (/^(?:himself|herself|itself|themselves)$/.test(t.low) && j > stop) {
      // "Ford itself said", "Obama himself argued": a reflexive that stresses the subject.
    } else if ((t.low === "here" || t.low === "there") && !t.cap && j > stop && nounBefore(toks[j - 1])) {
      // "Her campaign workers here said", "Officials there say": a place adverb after the subject.
    } else if (FLOATING_QUANTIFIER.has(t.low) && !t.cap && j > stop && floatsAfter(toks[j - 1])) {
      // "They have all attacked", "Smith and Jones both said": the quantifier goes with the subject.
    } else if (!((BETWEEN_SUBJECT_AND_CUE.has(t.low) && !t.cap) || isLy(t) || SENTENCE_ADVERBS.has(t.low))) break;
    j--;
  }
  return { j, negated };
}

/**
 * The preposition opening a recent span of time that ends at `j` ("in the past week", "over the last
 * two years", "in recent days"), or -1 when none ends there.
 */
function recentSpanStart(toks: Token[], j: number, stop: number): number {
  // "past", "last" or "recent" one to three words before the span's end, and the time after it ends there.
  for (let k = j - 1; k >= stop && k >= j - 3; k--) {
    if (!/^(?:past|last|recent)$/.test(toks[k]?.low ?? "")) continue;
    if (deicticTimeEnd(toks, k + 1) !== j) return -1;
    const d = toks[k - 1]?.low === "the" ? k - 1 : k;
    // Not after a verb's participle: "the scholars I interviewed in the past week thought" (the span is the verb's).
    const before = toks[d - 2];
    if (before && !before.cap && (verbish(before) || irregularPast(before.low))) return -1;
    return d - 1 >= stop && TIME_PREPOSITION.test(toks[d - 1]?.low ?? "") ? d - 1 : -1;
  }
  return -1;
}

/** The last token of a time after "this", "last" or "past" at `k` ("week", "Sunday's", "March", "seven years", "few months"), or -1. */
export function deicticTimeEnd(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t) return -1;
  // "May" and "March" are months here ("last May"), as are the words of a season or term.
  if (timeWord(t) || /^(?:may|march|cycle|season|decade|quarter)$/.test(t.low)) return k;
  const count = /^\d+$/.test(t.t) || NUMBER_WORD.test(t.low) || /^(?:few|several|couple)$/.test(t.low);
  const unit = toks[k + 1]?.low === "of" ? k + 2 : k + 1;
  return count && (TIME_NOUN.test(toks[unit]?.low ?? "") || TIME_SPAN.test(toks[unit]?.low ?? "")) ? unit : -1;
}

function nounlike(t: Token): boolean {
  return t.word && (t.cap || ROLE_NOUNS.has(t.low) || SPEAKER_PRONOUNS.has(t.low));
}

/** A number that ends a name: "Proverbs 19:21", "Article 5", "Channel 4" (not a date: "March 5"). */
function numberedName(toks: Token[], end: number): boolean {
  const head = toks[end];
  const before = toks[end - 1];
  return !!head && !!before && /^\d[\d:.]*$/.test(head.t) && before.cap && before.word && !CUE_VERBS.has(before.low) && !monthAt(toks, end - 1) && !/^\p{Lu}{2,}$/u.test(before.t);
}

/** The noun phrase that ends at token `end` (its head), scanning back no further than `stop`. */
export function npEndingAt(toks: Token[], end: number, stop: number): TokRange | null {
  const head = toks[end];
  if (!head || !head.word) return null;
  if (SPEAKER_PRONOUNS.has(head.low) || /^(?:others|some|many|another)$/.test(head.low)) return { from: end, to: end };
  if (!nounlike(head) && !numberedName(toks, end)) {
    // "the actress said", "a former aide said": a lower-case noun opened by a determiner; a word in
    // -ing or -ed right after one is a noun ("Another ranking says").
    // Only before a cue ("says", "said"): before a noun it is an adjective ("the nagging question",
    // "his early-morning tweets").
    const verb = toks[end + 1]?.low ?? "";
    const nounAfterDeterminer = DETERMINERS.has(toks[end - 1]?.low ?? "") && toks[end - 1]?.low !== "that" && CUE_VERBS.has(verb) && !NOUN_HOMOGRAPHS.has(verb);
    if (!head.word || NP_STOP.has(head.low) || ((verbish(head) || (irregularPast(head.low) && CUE_VERBS.has(head.low))) && !nounAfterDeterminer) || isLy(head) || BETWEEN_SUBJECT_AND_CUE.has(head.low)) return null;
    let d = end - 1;
    // "The company said in court files": an irregular past is the clause's verb, not a modifier.
    // "the unsigned opinion said": a form in -ed right after an article is an adjective.
    while (d >= stop && d >= end - 3 && toks[d]?.word && !DETERMINERS.has(toks[d]?.low ?? "") && !NP_STOP.has(toks[d]?.low ?? "") && !irregularPast(toks[d]?.low ?? "") && (!verbish(toks[d] as Token) || participleModifier(toks, d, false) || edAfterArticle(toks, d))) d--;
    const det = toks[d];
    // "that"/"this" open a clause or point at a time ("this week") unless they open the sentence or clause: "This group supported …".
    const opensClause = (d === stop || !toks[d - 1]?.word || /^(?:and|but)$/.test(toks[d - 1]?.low ?? "")) && !TIME_NOUN.test(head.low) && !/^(?:past|last|next|only)$/.test(head.low);
    if (!det || d < stop || !DETERMINERS.has(det.low) || ((det.low === "that" || det.low === "this") && !opensClause)) return null;
    // "voters in all five states", "residents of the towns": the people who own the phrase.
    return { from: ownerBefore(toks, d, end, stop, true), to: end };
  }
  let k = end;
  while (k - 1 >= stop && end - k < 10) {
    const p = toks[k - 1];
    if (!p) break;
    // "Meanwhile Voss said", "Later Jo Blum said": an adverb opening the sentence is no part of the name.
    if (p.word && p.cap && SENTENCE_ADVERB.has(p.low) && !toks[k - 2]?.cap && toks[k]?.cap) break;
    if (p.word && (p.cap || /^\d/.test(p.t)) && !CUE_VERBS.has(p.low)) {
      k--;
      continue;
    }
    if (p.word && CUE_VERBS.has(p.low)) break;
    // "Britain, France and Germany said": earlier items of a list of names that ends in "and".
    if (p.t === "," && listItemBefore(toks, k, end, stop)) {
      k -= 2;
      continue;
    }
    if (p.t === "." && toks[k - 2]?.cap && /^\p{Lu}$/u.test(toks[k - 2]?.t ?? "")) {
      k--;
      continue;
    }
    // "a CNN/ORC poll": two names joined by a slash are one.
    if (p.t === "/" && toks[k - 2]?.cap && toks[k - 2]?.word && toks[k]?.cap) {
      k--;
      continue;
    }
    const before = toks[k - 2];
    if ((p.low === "of" || p.low === "and" || p.low === "&" || p.low === "for" || p.low === "in" || p.low === "at" || p.low === "from") && before && before.word && (before.cap || ROLE_NOUNS.has(before.low)) && !SPEAKER_PRONOUNS.has(before.low)) {
      // "Secretary of State", "officials in London and Washington"; "and" only between capitals.
      if ((p.low === "and" || p.low === "&") && !(before.cap && toks[k]?.cap)) break;
      if (p.low !== "of" && p.low !== "and" && p.low !== "&" && before.cap) break;
      k -= 2;
      continue;
    }
    if (DETERMINERS.has(p.low)) {
      if (complementizer(p, head)) break;
      k = ownerBefore(toks, k - 1, end, stop);
      break;
    }
    // "the moment Sanders announced …", "the day Smith said …": a time noun before a name opens a clause on it.
    if (head.cap && (TIME_NOUN.test(p.low) || p.low === "moment") && !p.cap) break;
    if (p.word && !p.cap && !NP_STOP.has(p.low) && !noModifier(p.low) && (!verbish(p) || participleModifier(toks, k - 1, false)) && !isLy(p)) {
      // Lower-case modifiers ("defence chief") only when a determiner or a capital opens the phrase.
      // Four before a name whose role is next to it ("foreign affairs ministry spokesman Jo Blum"), else three.
      const reach = head.cap && ROLE_NOUNS.has(p.low) ? 5 : 4;
      let m = k - 1;
      while (m >= stop && m > k - reach) {
        const q = toks[m];
        if (!q || !q.word || NP_STOP.has(q.low) || noModifier(q.low) || (verbish(q) && !participleModifier(toks, m, false))) break;
        if (DETERMINERS.has(q.low) || q.cap) break;
        m--;
      }
      const q = toks[m];
      // A subject pronoun is no opener: "He met Jones, who said …" (its verb is outside the lexicons).
      if (q && m >= stop && (DETERMINERS.has(q.low) || (q.cap && !SPEAKER_PRONOUNS.has(q.low))) && (ROLE_NOUNS.has(head.low) || head.cap)) {
        k = m + 1;
        continue;
      }
      // "…, law enforcement officials say", "…, but water engineers say": modifiers after a comma, "and"/"but" or at the start.
      // "…, journalist Martha Raddatz said": the same before a name when the word next to it is a role.
      // "…, former President Bill Clinton said": so before a title in capitals after "former".
      const titled = head.cap && (ROLE_NOUNS.has(p.low) || (TITLE_TIME.test(p.low) && ROLE_NOUNS.has(toks[k]?.low ?? "")));
      if ((!q || m < stop || q.t === "," || (!q.cap && (q.low === "but" || q.low === "and"))) && (ROLE_NOUNS.has(head.low) || titled) && m + 1 < k) {
        k = m + 1;
        break;
      }
      break;
    }
    break;
  }
  return { from: k, to: end };
}

/** Prepositions that are no modifier of a noun after them: "and like Trump has spoken …". */
const NOT_MODIFIER = /^(?:like|unlike|among|against|despite|via|per|toward|towards|including|except|besides|beside)$/;
/** No lower-case modifier before a noun: those prepositions, and an irregular past ("The company said in court filings"). */
const noModifier = (low: string): boolean => NOT_MODIFIER.test(low) || irregularPast(low);

/** Words that date a title: "former President", "then-Gov." is one token. */
const TITLE_TIME = /^(?:former|late|retired|outgoing|incoming|acting|longtime|onetime)$/;

/**
 * Where a noun phrase opening at determiner `det` starts once a quantifier before it and the role
 * that owns it are taken in: "The leader of the group said", "a spokesman for the board said",
 * "residents of the towns said", "voters in all five states said" (not "voters in a recent poll
 * said"). With `peopleOnly` the owner must be people, a role or a share of people.
 */
function ownerBefore(toks: Token[], det: number, end: number, stop: number, peopleOnly = false): number {
  // "all five states", "all the towns", "the two towns": a quantifier before the determiner.
  const before = toks[det - 1]?.low ?? "";
  const quantified = /^(?:all|both)$/.test(before) || (before === "the" && NUMBER_WORD.test(toks[det]?.low ?? ""));
  const d = det - 1 >= stop && quantified ? det - 1 : det;
  const owner = toks[d - 2];
  const prep = toks[d - 1]?.low ?? "";
  // "one of the former prosecutors", "most of the voters": a share of them is the phrase.
  const share = !!owner && prep === "of" && SHARE_OF.test(owner.low) && d - 2 >= stop;
  const ownerOk = !!owner && owner.word && d - 2 >= stop && (share || ROLE_NOUNS.has(owner.low) || GROUP_NOUNS.has(owner.low) || (prep === "of" && owner.cap && !CUE_VERBS.has(owner.low)));
  if (!ownerOk || !(/^(?:of|for|with|at|from|behind)$/.test(prep) || (prep === "in" && GROUP_NOUNS.has(owner.low) && !DOCUMENT_NOUNS.has(toks[end]?.low ?? "")))) return d;
  // Before a common noun ("the towns", "the buyer"), only people or a share of them own it: not "ads with both outlets".
  // "the group behind the protest": whoever is behind a thing speaks for it.
  if (peopleOnly && prep !== "behind" && !(GROUP_NOUNS.has(owner.low) || PERSON_ROLES.has(owner.low) || PERSON_ROLES.has(owner.low.replace(/s$/, "")) || SHARE_OF.test(owner.low))) return d;
  return npEndingAt(toks, d - 2, stop)?.from ?? (share ? d - 2 : d);
}
export const SHARE_OF = /^(?:majority|minority|most|half|percent|one|some|many|none|each|both|all|[a-z]+-(?:thirds|fourths|fifths|quarters))$/;

/**
 * Whether the comma before token `k` separates a name from a list of names that ends in "and"
 * within `k`..`end` ("Carson, Cruz and Paul"): the name before the comma must be a single capitalised
 * word after a clause edge or another list comma, not "In London, Smith and Jones said".
 */
function listItemBefore(toks: Token[], k: number, end: number, stop: number): boolean {
  const item = toks[k - 2];
  if (!item || k - 2 < stop || !item.cap || !item.word || CUE_VERBS.has(item.low)) return false;
  let and = false;
  for (let m = k; m <= end; m++) if (toks[m]?.low === "and" || toks[m]?.low === "&") and = true;
  if (!and || !toks[k]?.cap) return false;
  // Names may run over several words: "Ben Carson, Ted Cruz and Rand Paul".
  let m = k - 2;
  const opener = (t: Token | undefined): boolean => !!t && (CLAUSE_OPENERS.has(t.low) || OPENING_PREPOSITIONS.has(t.low));
  while (m - 1 >= stop && toks[m - 1]?.cap && toks[m - 1]?.word && !opener(toks[m - 1])) m--;
  const before = toks[m - 1];
  if (opener(item) || opener(toks[m]) || opener(before)) return false;
  return !before || m - 1 < stop || before.t === "," || CLAUSE_EDGE_WORDS.has(before.low);
}
const CLAUSE_EDGE_WORDS = new Set([";", ":", "—", "–", "but", "while", "because", "although", "though", "whereas", "yet", "that"]);

/**
 * A lower-case "that" before the head of a noun phrase is the conjunction or relative pronoun that
 * opens the clause ("noted that experts say", "the information that investigators said"), not a
 * determiner, when the head is a name or a plural: only "that person" is a demonstrative.
 */
function complementizer(p: Token, head: Token): boolean {
  return p.low === "that" && !p.cap && (head.cap || /[^s]s$/.test(head.low) || /^\d/.test(head.t));
}

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

/** Prepositions before a time, which go with it: "in the last year", "over this weekend", "at this point". */
export const TIME_PREPOSITION = /^(?:in|over|during|for|within|through|at)$/;

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
/** The words of `set` but `out`. */
const without = (set: ReadonlySet<string>, ...out: string[]): ReadonlySet<string> => new Set([...set].filter((w) => !out.includes(w)));
/** Words that open a clause inside the sentence: "…, while X said", "and when X …" (not a condition). */
const INNER_OPENER = without(SUBORDINATORS, "if", "unless");
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

const INDEFINITE_PERSON = /^(?:someone|somebody|anyone|anybody|everyone|everybody|those)$/;

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

/**
 * The adverbs and subordinators among the clause openers, which open a sentence before its
 * subject's name ("Meanwhile Voss said", "While Clinton pledged"); a preposition or a determiner
 * may be part of a name's phrase ("At least half of voters", "This group").
 */
const SENTENCE_ADVERB: ReadonlySet<string> = new Set([...CLAUSE_OPENERS].filter((w) => !/^(?:in|on|at|during|for|with|without|from|by|under|over|of|to|last|this|speaking|asked|overall)$/.test(w)));

/** Prepositions that open an adverbial but are not clause openers elsewhere: "Despite …, ", "Among …, ". */
const OPENING_PREPOSITIONS = new Set(["despite", "among", "amid", "amidst", "like", "unlike", "following", "throughout", "within", "across", "against", "absent", "given", "beyond", "through", "around", "near", "outside", "inside", "ahead", "alongside", "besides", "beside", "behind"]);
/** Adverbs of sequence that may open a clause with no comma: "Then the mayor said …". */
const SEQUENCE = new Set(["first", "then", "finally", "later", "next", "now", "also", "still", "instead", "meanwhile", "afterward", "afterwards", "eventually"]);
/** Adverbs that focus the subject after them: "Even the hawks say …". */
const FOCUS = new Set(["even", "just", "only"]);
/** Adverbs of likelihood before the subject: "Perhaps young voters prefer …", "Maybe Russia will …". */
const MODAL_ADVERB = /^(?:perhaps|maybe|probably|possibly|arguably|surely)$/;
/** "Hours later, …", "Two days ago, …": a span of time before "later", "earlier", "ago". */
export const TIME_SPAN = /^(?:minutes|hours|days|weeks|months|years|moments|decades)$/;

/**
 * After "for" at `k - 1`, the end of a span of time, or -1: "for the first time", "for years", "for
 * two decades", "for some time", "for now" (so "for" is no particle or request there).
 */
export function timeAfterFor(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t) return -1;
  if (t.low === "the" && /^(?:first|second|third|last|next)$/.test(toks[k + 1]?.low ?? "") && toks[k + 2]?.low === "time") return k + 3;
  if (TIME_SPAN.test(t.low) || /^(?:now|ever|once|long)$/.test(t.low)) return k + 1;
  const unit = toks[k + 1]?.low ?? "";
  if (unit === "time") return t.low === "some" || t.low === "a" ? k + 2 : -1;
  return TIME_SPAN.test(unit) && (t.low === "several" || NUMBER_WORD.test(t.low) || /^\d+$/.test(t.t)) ? k + 2 : -1;
}
// Not "May" or "March", which are also a name and a verb.
const MONTH_NAME = new RegExp(`^(?:${alternation(MONTHS.filter((m) => m !== "may" && m !== "march"))})$`);
/** A month's name at `k`: "May" and "March" only before a number ("March 15", not "Theresa May"). */
const monthAt = (toks: Token[], k: number): boolean => MONTH_NAME.test(toks[k]?.low ?? "") || (/^(?:may|march)$/.test(toks[k]?.low ?? "") && /^\d/.test(toks[k + 1]?.t ?? ""));

/** Adjective-like words: "wide-ranging", "tense", "rambling", "historic". */
const ADJECTIVE_LIKE = /-|(?:ing|ed|ful|ous|al|ive|ic|able|ible|less)$/;

/** A comma between two adjectives after a determiner: "In a wide-ranging, in-prison interview". */
function adjectiveComma(toks: Token[], k: number): boolean {
  const a = toks[k - 1];
  const b = toks[k + 1];
  return !!a && !!b && a.word && b.word && !a.cap && !b.cap && DETERMINERS.has(toks[k - 2]?.low ?? "") && ADJECTIVE_LIKE.test(a.low) && ADJECTIVE_LIKE.test(b.low) && !!toks[k + 2]?.word;
}

/**
 * Where the subject of a clause starting at `from` begins, after its opening adverbials, each up to
 * a comma before `limit`: a clause opener ("In November,", "However,"), an adverb in -ly, a
 * participle phrase ("Facing mounting criticism,", "Appearing before supporters,"), a time
 * ("Sunday morning,", "Hours later,"), a dateline ("WASHINGTON —", "Washington (AFP) –") or a
 * label before a colon. Null when an opener runs past the limit: the clause has no subject before it.
 */
export function skipOpening(toks: Token[], from: number, limit: number): number | null {
  let i = skipDateline(toks, from, limit);
  // "Voter participation: Sanders, …, said": a label of up to three words before a colon.
  for (let k = i + 1; k <= i + 3 && k < limit - 1; k++) {
    if (!toks[k]?.word) {
      if (toks[k]?.t === ":" && toks[k + 1]?.word) i = k + 1;
      break;
    }
  }
  for (let round = 0; round < 4; round++) {
    const t = toks[i];
    if (!t) return null;
    if ((FOCUS.has(t.low) || MODAL_ADVERB.test(t.low)) && toks[i + 1]?.word) {
      i++;
      continue;
    }
    // "First his wife, …, announced", "Then the mayor said": an adverb of sequence before a
    // lower-case subject ("First Lady …" is a title).
    const n = toks[i + 1];
    // "Meanwhile Rihanna spoke …": an adverb that no name or title opens may stand before a name.
    if (SEQUENCE.has(t.low) && n?.word && ((!n.cap && (DETERMINERS.has(n.low) || SPEAKER_PRONOUNS.has(n.low))) || (n.cap && /^(?:meanwhile|eventually|afterwards?|instead)$/.test(t.low)))) {
      i++;
      continue;
    }
    // "But Trump is expected to …, which …": a conjunction opens the clause, not an adverbial that runs to the next comma.
    if (/^(?:but|and|so|yet)$/.test(t.low) && n && n.word) {
      i++;
      continue;
    }
    const opens = opensAdverbial(toks, i);
    if (!opens) break;
    // Skip to after the next comma, if the adverbial ends before the limit.
    let k = i;
    while (k < limit && (toks[k]?.t !== "," || adjectiveComma(toks, k))) k++;
    // "By Sunday afternoon she had canceled …, hoping …": a time phrase with no comma ends before a pronoun subject.
    let pronoun = i + 2;
    while (pronoun < k && !(SUBJECT_PRONOUN.test(toks[pronoun]?.low ?? "") && !toks[pronoun]?.cap && timeWord(toks[pronoun - 1]))) pronoun++;
    if (pronoun < k) {
      i = pronoun;
      break;
    }
    if (k < limit) {
      i = afterPlaceAppositive(toks, k, limit);
      // "Speaking on ABC’s “This Week,” Carson said", "“We won,” the governor said, adding …": a closing
      // quotation mark after the comma.
      if (isCloseQuote(toks[i]?.t ?? "") && toks[i + 1]?.word) i++;
      continue;
    }
    if (t.low === "but" || t.low === "and" || t.low === "so" || t.low === "yet") i++;
    // A word that only may open an adverbial ("May", "Manning") is read as the subject.
    else if (opens === "maybe") break;
    else return null;
  }
  return i;
}

/**
 * After an adverbial that ends at the comma `k` with a town: "At an event in Ames, Iowa, on Sunday,
 * Clinton said": the state or country after the town belongs to the adverbial (not "In a joint
 * statement, Britain, France and Germany said", where the word before the comma is no name).
 */
function afterPlaceAppositive(toks: Token[], k: number, limit: number): number {
  const a = toks[k + 1];
  // "On Friday, Texas, leading a coalition …, said": a day or month before the comma is no town.
  if (!toks[k - 1]?.cap || !a?.cap || timeWord(toks[k - 1])) return k + 1;
  for (const words of [1, 2]) {
    const name = toks.slice(k + 1, k + 1 + words).map((t) => t.t).join(" ");
    const comma = k + 1 + words;
    if (PLACES.has(name) && comma < limit && toks[comma]?.t === ",") return comma + 1;
  }
  // An abbreviated state or province: "N.H." is one token, "Calif." a word and a full stop.
  const comma = STATE_INITIALS.test(a.t) ? k + 2 : STATE_WORD.test(a.t) && toks[k + 2]?.t === "." ? k + 3 : -1;
  return comma > 0 && comma < limit && toks[comma]?.t === "," ? comma + 1 : k + 1;
}

/** A word that ends a time phrase: "afternoon", "Sunday", "2015". */
export const timeWord = (t: Token | undefined): boolean => {
  // A possessive is the same time: "Sunday's".
  const low = t?.low.replace(/['’]s$/, "") ?? "";
  return !!t && (TIME_NOUN.test(low) || WEEKDAY.test(low) || MONTH_NAME.test(low) || /^(?:1[89]|20)\d\d$/.test(t.t));
};

/** Abbreviated states and provinces after a town: "N.H.", "N.Y."; "Calif", "Ga", "Wis" before their full stop. */
const STATE_INITIALS = /^(?:\p{Lu}\.){2}$/u;
const STATE_WORD = /^\p{Lu}\p{Ll}{1,4}$/u;

/** "About two-thirds of voters …", "Nearly half …": an approximation at `i` before a share, which opens a subject (a percentage is read as a share in attribution-svo.ts). */
export function approximateShare(toks: Token[], i: number): boolean {
  return /^(?:about|around|nearly|almost|roughly)$/.test(toks[i]?.low ?? "") && SHARE_OF.test(toks[i + 1]?.low ?? "");
}

/**
 * Whether the token at `i` opens an adverbial phrase (see skipOpening): "yes" for clause openers,
 * "maybe" for words that open one only when a comma closes it (a participle, a time, a preposition).
 */
function opensAdverbial(toks: Token[], i: number): "yes" | "maybe" | null {
  const t = toks[i];
  if (!t) return null;
  const next = toks[i + 1];
  if (approximateShare(toks, i)) return null;
  if (CLAUSE_OPENERS.has(t.low) || isLy(t) || t.t === "“" || t.t === '"') return "yes";
  // "Back in 1999, …", "More recently, …", "Not surprisingly, …".
  if ((t.low === "back" && /^(?:in|on|when|then|at)$/.test(next?.low ?? "")) || (/^(?:more|most|not)$/.test(t.low) && next && isLy(next))) return "yes";
  // "What's more, …", "What is more, …": a sentence adverb.
  if (/^what(?:['’]s)?$/.test(t.low) && (next?.low === "more" || (next?.low === "is" && toks[i + 2]?.low === "more"))) return "yes";
  // "Here in Columbia, …", "There at the rally, …".
  if (/^(?:here|there)$/.test(t.low) && /^(?:in|at|on)$/.test(next?.low ?? "")) return "yes";
  // "A few minutes later, …", "Two weeks earlier, …".
  if (/^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)$/.test(t.low)) {
    for (let k = i + 1; k <= i + 3; k++) if (TIME_SPAN.test(toks[k]?.low ?? "") && /^(?:later|earlier|ago|before|after)$/.test(toks[k + 1]?.low ?? "") && toks[k + 2]?.t === ",") return "yes";
    // "One month after announcing his support, Rubio …": a span of time, then a clause or phrase of time.
    if (TIME_NOUN.test(next?.low ?? "") && /^(?:after|before|since)$/.test(toks[i + 2]?.low ?? "")) return "yes";
  }
  if (opensTime(toks, i)) return "maybe";
  if (OPENING_PREPOSITIONS.has(t.low) || TIME_NAME.test(t.low) || (MONTH_NAME.test(t.low) && /^\d/.test(next?.t ?? ""))) return "maybe";
  // A participle with its object or complement ("Facing mounting criticism"), or a capitalised
  // adverb ("Shortly after …"), not a name before its verb ("Manning told", "Kelly said").
  // A name that ends in -ing ("Ebeling smiled,") is followed by its verb in the past tense.
  if (t.low.length > 5 && /(?:ing|ly)$/.test(t.low) && next?.word && !next.cap && !CUE_VERBS.has(next.low) && !FINITE_AUXILIARY.test(next.low) && !(t.cap && /ed$/.test(next.low))) return "maybe";
  // A past participle with its agent or complement: "Reached by POLITICO,", "Pressed on the issue,".
  if (t.low.length > 5 && t.low.endsWith("ed") && /^(?:by|about|on|over|for|with|at|in)$/.test(next?.low ?? "")) return "maybe";
  return TIME_SPAN.test(t.low) && /^(?:later|earlier|ago|before|after)$/.test(next?.low ?? "") ? "maybe" : null;
}

/**
 * Whether the token at `i` opens a time or a sentence adverb that a comma closes: "Essentially, …",
 * "Late last month, …", "The next month, …", "That day, …", "Eight years after backing Obama, …".
 */
export function opensTime(toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t) return false;
  // A capitalised adverb before a comma ("Kelly, …" is a name): "Essentially,", "There,".
  if (t.cap && next?.t === "," && (ADVERB_ENDING.test(t.low) || COMMA_ADVERBS.has(t.low))) return true;
  if (/^(?:late|early)$/.test(t.low) && (TIME_NAME.test(next?.low ?? "") || /^(?:last|this|next|on|in)$/.test(next?.low ?? ""))) return true;
  if (/^(?:the|that|this)$/.test(t.low) && timeThenComma(toks, i + 1)) return true;
  const span = TIME_SPAN.test(next?.low ?? "") || TIME_NOUN.test(next?.low ?? "");
  return (/^\d/.test(t.t) || NUMBER_WORD.test(t.low) || t.low === "a") && span && /^(?:after|before|later|earlier|ago)$/.test(toks[i + 2]?.low ?? "");
}

/**
 * The comma that closes the sentence's opening adverbial when the word at `v` is inside it ("In her
 * statement condemning the test, Clinton …", "Eight years after backing Obama, Cuban …"); -1 when not.
 */
export function openingCommaAfter(toks: Token[], v: number): number {
  const opening = skipOpening(toks, 0, toks.length);
  return opening !== null && opening > v + 1 && toks[opening - 1]?.t === "," ? opening - 1 : -1;
}

/** Adverb endings that names rarely have: "Essentially", "Ironically", "Reportedly", "Similarly". */
/** Sentence adverbs without an adverb's ending that open a sentence before a comma: "There, the chairman said …". */
const COMMA_ADVERBS: ReadonlySet<string> = new Set(["there", "here", "again", "afterwards", "afterward", "elsewhere", "thus", "hence", "anyway", "instead", "otherwise", "regardless", "nonetheless", "nevertheless", "meanwhile", "therefore", "moreover", "furthermore", "indeed", "however", "consequently", "accordingly", "besides", "likewise", "still", "yet", "then", "now", "later", "earlier", "today", "yesterday", "tonight", "overall"]);
const ADVERB_ENDING = /(?:ally|ously|ively|ately|ently|antly|edly|ingly|fully|ibly|ably|arly|icly|ssly)$/;
/** A time noun, after an optional "next"/"following"/"same", then a comma: "next month,", "day,", "night before,". */
function timeThenComma(toks: Token[], i: number): boolean {
  const k = /^(?:next|following|previous|same|other|first|last)$/.test(toks[i]?.low ?? "") ? i + 1 : i;
  const comma = /^(?:before|after|earlier|later)$/.test(toks[k + 1]?.low ?? "") ? k + 2 : k + 1;
  return TIME_NOUN.test(toks[k]?.low ?? "") && toks[comma]?.t === ",";
}
/** Nouns of time: "this week", "the next month", "that day". */
export const TIME_NOUN = /^(?:week|weeks|month|months|year|years|weekend|day|days|night|morning|evening|afternoon|time|summer|spring|fall|autumn|winter)$/;

/** A word written in capitals: "WASHINGTON", "BROADWAY". */
export const inCapitals = (t: Token | undefined): boolean => !!t && t.word && t.t === t.t.toUpperCase() && /\p{Lu}/u.test(t.t);

/** The index after a dateline at `i` ("WASHINGTON —", "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –", "New York (AFP) –"), or `i`. */
export function skipDateline(toks: Token[], i: number, limit: number): number {
  const d = toks[i];
  if (!d || !d.word) return i;
  const caps = inCapitals;
  // "WASHINGTON —", "LA CROSSE, Wisc. —": a place in capitals (two letters only before another word in capitals).
  const allCaps = caps(d) && (d.t.length > 2 || caps(toks[i + 1]));
  if (allCaps && isDash(toks[i + 1]?.t ?? "")) return i + 2;
  // In title case, a place of up to three words before an agency in brackets: "New York (AFP) –".
  let w = i;
  while (!allCaps && w < i + 3 && toks[w]?.cap && toks[w]?.word) w++;
  if (!allCaps && !(w > i && toks[w]?.t === "(")) return i;
  // A place, then perhaps a date and an agency in brackets, then a dash.
  for (let k = i + 1; k < limit && k <= i + 10; k++) {
    const t = toks[k];
    if (!t) break;
    if (isDash(t.t)) return toks[k - 1]?.t === ")" || allCaps ? k + 1 : i;
    if (t.word && !t.cap && !/^\d/.test(t.t)) break;
  }
  return i;
}


/** A subject pronoun, alone or with a contracted auxiliary ("he’d", "they're", "I'm"). */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)(?:['’](?:d|s|re|ll|ve|m))?$/;

const PREPOSITION = /^(?:on|in|at|to|from|with|by|for|about|after|before|during|via|through|over|under|into|onto|without|within|since|until|amid|against|toward|towards|upon)$/;

/** A preposition ("through", "for", "of", "despite" …): after one, "that" is a determiner ("for that matter"). */
export const isPreposition = (low: string): boolean => low === "of" || PREPOSITION.test(low) || OPENING_PREPOSITIONS.has(low);

/** A noun phrase read forward from `i` ("the United States", "Mr. Smith", "officials"), up to `limit`. */
export function npForward(toks: Token[], i: number, limit: number, commonHead = false): TokRange | null {
  let k = i;
  let last = -1;
  // With `commonHead` (a clause's subject), a lower-case noun after a determiner heads the phrase
  // too: "a former staffer announced …, claiming", not only role nouns and names.
  let noun = -1;
  while (k < limit && k - i < 10) {
    const t = toks[k];
    if (!t) break;
    if (t.word && !t.cap && (CUE_VERBS.has(t.low) || t.low === "read" || t.low === "reads" || NEGATION.has(t.low))) break;
    // A pronoun opens the next clause: "told Breitbart News he’d support …".
    if (k > i && t.word && SUBJECT_PRONOUN.test(t.low)) break;
    // An irregular past after the phrase's noun is its verb: "the ferry master went on radio".
    // "Fiorina met the voters": so right after a one-word name.
    if ((k > i + 1 || (k > i && toks[i]?.cap)) && t.word && !t.cap && (noun === k - 1 || last === k - 1) && irregularPast(t.low)) break;
    // "Obama sees Netanyahu as …", "Rubio backs the plan": a stance verb in -s between a name and its object.
    // "Blum points out in a column": or before the particle "out".
    if (k > i && last === k - 1 && t.word && !t.cap && t.low.endsWith("s") && STANCE_VERBS.has(t.low) && (toks[k + 1]?.cap || DETERMINERS.has(toks[k + 1]?.low ?? "") || toks[k + 1]?.low === "out")) break;
    // "The mayor hits back at …": or the -s verb of an idiom of stance.
    if (k > i && (last === k - 1 || noun === k - 1) && t.word && !t.cap && t.low.endsWith("s") && idiomEnd(toks, k) > k) break;
    // "Voters in each state want all …": a stance verb's base form after a plural phrase is its verb.
    const n = toks[k + 1];
    const objectStart = opensObject(n);
    if (k > i + 1 && (last === k - 1 || noun === k - 1) && t.word && !t.cap && STANCE_VERBS.has(t.low) && !inflected(t.low) && objectStart && pluralHead(toks, i, k - 1)) break;
    // "voters in each town want …": so is a place phrase between the plural and that verb.
    const place = k > i && last === k - 1 && !t.cap ? placeBeforeStance(toks, i, k) : -1;
    if (place > 0) {
      last = place;
      k = place + 1;
      continue;
    }
    // "…, said on Twitter on Monday, …": a phrase that opens with a preposition names no one ("about
    // 4 in 10 voters" is a quantity).
    if (k === i && !t.cap && PREPOSITION.test(t.low) && !(APPROXIMATE.test(t.low) && /^\d/.test(n?.t ?? ""))) return null;
    // "said Ridley on Monday": a preposition before a day or a month ends the name.
    if (k > i && !t.cap && /^(?:on|in|last|this|next|early|late|earlier|later)$/.test(t.low) && n?.cap && (WEEKDAY.test(n.low) || monthAt(toks, k + 1))) break;
    // "They see Trump as …": a pronoun opening the phrase is the whole phrase, capitalised or not.
    if (t.word && SPEAKER_PRONOUNS.has(t.low) && k === i && (!t.cap || toks[k + 1]?.low !== "and")) return { from: i, to: i };
    if (t.word && t.cap) last = k;
    // "Jo Blum of Local 15", "Channel 4": a number that ends a name.
    else if (k > i && last === k - 1 && numberedName(toks, k)) last = k;
    else if (k === i && APPROXIMATE.test(t.low) && /^\d/.test(n?.t ?? "")) {
      // "about 4 in 10 voters": a quantity opens the phrase.
    } else if (DETERMINERS.has(t.low) && (k === i || toks[k - 1]?.low === "of") && !(t.low === "that" && !t.cap)) {
      // an opener; a lower-case "that" opens a clause ("said that given …"), not a speaker.
    } else if ((t.low === "of" || t.low === "and" || t.low === "&") && last === k - 1 && toks[k + 1]?.word) {
      // "Secretary of State"
    } else if (/^(?:for|with)$/.test(t.low) && last === k - 1 && ROLE_NOUNS.has(toks[k - 1]?.low ?? "") && k > i) {
      // "Attorneys for Clinton", "a spokesman for the campaign": whom the role serves is part of the phrase.
      const served = n?.cap || DETERMINERS.has(n?.low ?? "") ? npForward(toks, k + 1, limit, true) : null;
      if (!served) break;
      last = served.to;
      k = served.to + 1;
      continue;
    } else if (t.t === "." && toks[k - 1]?.cap && /^\p{Lu}$/u.test(toks[k - 1]?.t ?? "")) {
      // an initial split from its dot
    } else if (!t.cap && participleModifier(toks, k, k === i)) {
      // "said retired teacher Albert Finch": a participle before a role noun describes it.
    } else if (!t.cap && nounish(t)) {
      if (ROLE_NOUNS.has(t.low)) last = k;
      else noun = k;
    } else break;
    k++;
  }
  if (commonHead && noun > last && noun === k - 1) {
    // "one NLD volunteer was": a name modifies the noun right after it ("Trump went on" has a verb there).
    if (last >= i && noun === last + 1 && clauseVerb(toks[k])) return { from: i, to: noun };
    // "Even the hawks, like Rubio, say": a comma after the noun opens its appositive.
    if (DETERMINERS.has(toks[i]?.low ?? "") && toks[i]?.low !== "that" && (clauseVerb(toks[k]) || toks[k]?.t === ",")) return { from: i, to: noun };
  }
  if (last < i) return null;
  return { from: i, to: last };
}

const APPROXIMATE = /^(?:about|around|over|under)$/;

/** The last word of an idiom of stance whose verb is at `v` ("took aim at", "made no secret of"); -1 when none starts there. */
export function idiomEnd(toks: Token[], v: number): number {
  for (const idiom of PHRASAL_STANCE) {
    let k = v;
    for (const w of idiom) {
      if (w.forms.has(toks[k]?.low ?? "")) k++;
      else if (!w.optional) {
        k = -1;
        break;
      }
    }
    if (k > v) return k - 1;
  }
  return -1;
}

/** Whether a stance verb's object may open at `x`: a name, a determiner, "to" or "that". */
const opensObject = (x: Token | undefined): boolean => !!x && (x.cap || DETERMINERS.has(x.low) || x.low === "to" || x.low === "that");

/**
 * "voters in each town want", "residents in the area opposed", "… have opposed": the end of a short place
 * phrase at `k` (a preposition, a determiner, one or two words) after the plural phrase `from`..`k - 1`,
 * when a stance verb (its base or past form, or an auxiliary and its participle) and its object follow; -1 otherwise.
 */
function placeBeforeStance(toks: Token[], from: number, k: number): number {
  if (!/^(?:in|from|across|at|throughout)$/.test(toks[k]?.low ?? "") || !pluralHead(toks, from, k - 1)) return -1;
  let m = k + 1;
  if (DETERMINERS.has(toks[m]?.low ?? "")) m++;
  for (let end = m; end <= m + 1; end++) {
    const w = toks[end];
    const v = toks[end + 1];
    const o = toks[end + 2];
    if (!w || !w.word || NP_STOP.has(w.low) || !v || !o) return -1;
    if (v.word && !v.cap && STANCE_VERBS.has(v.low) && !/(?:s|ing)$/.test(v.low) && opensObject(o)) return end;
    // "Residents in the town have opposed the plan": an auxiliary, then the stance's participle.
    if (v.word && /^(?:have|had|will|would|could|might|may|should|must)$/.test(v.low) && STANCE_VERBS.has(o.low) && /ed$/.test(o.low) && opensObject(toks[end + 3])) return end;
  }
  return -1;
}

/** Whether the head of the phrase `from`..`to` (its last word before a preposition) is a plural: "voters in each state". */
export function pluralHead(toks: Token[], from: number, to: number): boolean {
  const w = toks[phraseHead(toks, from, to)];
  return !!w && pluralNoun(w);
}

/** A plural noun, not a verb's -s form or an adverb: "farmers", "voters". */
export const pluralNoun = (t: Token): boolean =>
  t.word && ((/[^s]s$/.test(t.low) && t.low.length >= 4 && !/(?:ss|us|is|ics|ness)$/.test(t.low) && !STANCE_VERBS.has(t.low) && !CUE_VERBS.has(t.low) && !NP_STOP.has(t.low) && !FINITE_AUXILIARY.test(t.low)) || IRREGULAR_PLURAL.test(t.low));

/** Plurals not in -s: "women", "fishermen", "people", "children" (not the singulars in -men: "specimen", "Yemen"). */
const IRREGULAR_PLURAL = /^(?:(?!(?:specimen|abdomen|regimen|omen|amen|stamen|hymen|yemen)$)\w*men|people|children|police)$/;

/** The head of the phrase `from`..`to`: its last word before a preposition ("4 in 10" is a number). */
export function phraseHead(toks: Token[], from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) if (!toks[k]?.cap && /^(?:in|of|from|at|across|on)$/.test(toks[k]?.low ?? "") && !/^\d/.test(toks[k - 1]?.t ?? "")) return k - 1;
  return to;
}

/**
 * "the returning officer", "retired teacher Jo Blum": a word in -ing or -ed right before a role noun,
 * at a phrase's start or after a determiner, modifies the role.
 */
function participleModifier(toks: Token[], k: number, opens: boolean): boolean {
  const t = toks[k];
  if (!t || !t.word || !/(?:ed|ing)$/.test(t.low)) return false;
  // "Local 15 organizing director Jo Blum": an -ing word so after an organisation's name or number.
  const p = toks[k - 1];
  const n = toks[k + 1];
  const afterName = !!p && p.word && (p.cap || /^\d/.test(p.t)) && !CUE_VERBS.has(p.low) && t.low.endsWith("ing") && !n?.cap;
  if (ROLE_NOUNS.has(n?.low ?? "")) return opens || DETERMINERS.has(p?.low ?? "") || afterName;
  // "The retired neurosurgeon has provided …": an -ed word between an article and the noun that a
  // clause's verb follows is an adjective.
  if (edAfterArticle(toks, k) && n?.word && !n.cap && nounish(n) && !CUE_VERBS.has(n.low) && clauseVerb(toks[k + 2])) return true;
  // "retired Air Force general Lloyd Newton", "retired Air Force Gen. Lloyd Newton": at the phrase's
  // start, capitalised words of an organisation may stand between the participle and the role.
  if (!opens) return false;
  // "said retired neurosurgeon Ben Carson": a noun outside the role lexicon, right before a name.
  if (n && !n.cap && nounish(n) && !CUE_VERBS.has(n.low) && toks[k + 2]?.cap && toks[k + 3]?.cap) return true;
  for (let m = k + 1; m <= k + 4; m++) {
    const w = toks[m];
    if (!w || !w.word) return false;
    if (!w.cap) return ROLE_NOUNS.has(w.low) && m > k + 1;
    // "And retired Gen. John Allen, who …": an -ed participle may stand right before the title.
    if (TITLE_WORDS.has(w.t) && (m > k + 1 || t.low.endsWith("ed"))) return true;
  }
  return false;
}

/** A form in -ed right after an article, which is an adjective: "the unsigned opinion", "the retired doctor". */
const edAfterArticle = (toks: Token[], k: number): boolean => !!toks[k]?.low.endsWith("ed") && ARTICLE.test(toks[k - 1]?.low ?? "");

/** A verb that may follow a subject, not a copula: "announced", "says", "has", "will". */
const finiteVerb = (t: Token | undefined): boolean =>
  !!t && t.word && !t.cap && !/^(?:is|was|are|were|be|been)$/.test(t.low) && (/(?:ed|s)$/.test(t.low) || FINITE_AUXILIARY.test(t.low) || CUE_VERBS.has(t.low) || irregularPast(t.low));

/** A clause's verb after its subject: a finite verb or a finite "be" ("was", "are"). */
const clauseVerb = (t: Token | undefined): boolean => finiteVerb(t) || /^(?:is|was|are|were)$/.test(t?.low ?? "");

/** Trims commas, dashes and final punctuation (not quote marks) off a token range. */
export function trimPunct(toks: Token[], from: number, to: number): TokRange | null {
  let a = from;
  let b = to;
  while (a <= b && !toks[a]?.word && !isOpenQuote(toks[a]?.t ?? "") && !signOfNumber(toks, a, a + 1)) a++;
  while (b >= a && !toks[b]?.word && !isCloseQuote(toks[b]?.t ?? "") && toks[b]?.t !== ")" && !signOfNumber(toks, b, b - 1)) b--;
  return a <= b ? { from: a, to: b } : null;
}

/** Signs that belong to the number they stand before ("$5", "£5") or after ("5%", "3‰", "40°", "5€"). */
const SIGN_BEFORE_NUMBER = /^\p{Sc}$/u;
const SIGN_AFTER_NUMBER = /^(?:[%‰‱°]|\p{Sc})$/u;

/** Whether toks[sign] is such a sign of the number toks[number] beside it, not punctuation to trim. */
function signOfNumber(toks: Token[], sign: number, number: number): boolean {
  const t = toks[sign]?.t ?? "";
  return (number > sign ? SIGN_BEFORE_NUMBER : SIGN_AFTER_NUMBER).test(t) && /^\p{N}/u.test(toks[number]?.t ?? "");
}

/** Number words that can head a share of people: "nine out of 10 say", "two-thirds said". */
export const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|half|third|thirds|quarter|quarters|fourths|fifth|fifths|majority|most|all|some|many|few|none)$/;
/** A year ("in 2012 said") is a time, not a share of people. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Words that may open a share: "About 4 in 10", "nearly half", "more than 60 percent". */
const APPROX = new Set(["about", "nearly", "almost", "roughly", "around", "some", "only", "just", "over", "under", "fully", "barely", "than", "more", "less", "fewer"]);
/** Where a clause may start right before its subject: sentence start, a comma, a conjunction. */
const CLAUSE_EDGE = new Set([",", ";", ":", "—", "–", "and", "but", "while", "because", "although", "though", "as", "since", "whereas", "yet", "so"]);

const atClauseEdge = (toks: Token[], k: number): boolean => k < 0 || CLAUSE_EDGE.has(toks[k]?.low ?? "") || isOpenQuote(toks[k]?.t ?? "");

/**
 * A speaker phrase the name-and-role reading misses, right before a verb of saying: a share of
 * people ("4 in 10 say", "nine out of 10 said", "two-thirds say") or a plain plural noun with its
 * lower-case modifiers at the start of a clause ("security specialists say", "but legal observers
 * note"). Only for verbs of saying, where such a phrase is almost always the speaker.
 */
export function bareSubject(toks: Token[], end: number, stop: number): TokRange | null {
  // "47% say": a percentage is a share of people too.
  if (toks[end]?.t === "%" && /^\d/.test(toks[end - 1]?.t ?? "")) {
    const r = bareSubject(toks, end - 1, stop);
    return r ? { from: r.from, to: end } : null;
  }
  // "those surveyed said", "those polled say": the people a poll asked.
  if (toks[end - 1]?.low === "those" && /^(?:surveyed|polled|questioned|interviewed|asked|sampled)$/.test(toks[end]?.low ?? "") && (end - 1 === stop || atClauseEdge(toks, end - 2))) {
    return { from: end - 1, to: end };
  }
  // "56 percent of Cuban-Americans polled said", "most of those surveyed say": a share of a group.
  for (let k = end; k > end - 5 && k - 1 > stop; k--) {
    const t = toks[k];
    if (!t || !t.word || CUE_VERBS.has(t.low)) break;
    if (t.low !== "of" || k === end || toks[k - 1]?.low === "out") continue;
    let from = -1;
    if (/^(?:percent|%)$/.test(toks[k - 1]?.low ?? "") && /^\d/.test(toks[k - 2]?.t ?? "")) {
      from = k - 2;
      while (from - 1 >= stop && APPROX.has(toks[from - 1]?.low ?? "")) from--;
      if (!(atClauseEdge(toks, from - 1) || from === stop)) from = -1;
    } else from = bareSubject(toks, k - 1, stop)?.from ?? -1;
    if (from >= 0) return { from, to: end };
    break;
  }
  const head = toks[end];
  if (!head || !head.word || (head.cap && !/^\d/.test(head.t) && !(NUMBER_WORD.test(head.low) && atClauseEdge(toks, end - 1)))) return null;
  if (/^\d/.test(head.t) || NUMBER_WORD.test(head.low) || /-(?:thirds|fourths|fifths|quarters)$/.test(head.low)) {
    if (YEAR.test(head.t)) return null;
    let k = end;
    // "4 in 10", "nine out of 10", "58%-33%".
    const p = toks[k - 1]?.low;
    if ((p === "in" || p === "of") && toks[k - 2]?.word) k -= toks[k - 3]?.low === "out" && p === "of" ? 3 : 2;
    if (toks[k]?.low === "out") k--;
    while (k - 1 >= stop && APPROX.has(toks[k - 1]?.low ?? "")) k--;
    return atClauseEdge(toks, k - 1) || k === stop ? { from: k, to: end } : null;
  }
  // A plural noun ("specialists", "observers"), not a verb or an adverb, with up to three lower-case modifiers.
  if (!/[^s]s$/.test(head.low) || head.low.length < 4 || NP_STOP.has(head.low) || /(?:ss|ness|ics|ous|us)$/.test(head.low)) return null;
  let k = end;
  while (k - 1 >= stop && end - k < 3) {
    const p = toks[k - 1];
    if (!p || !p.word || NP_STOP.has(p.low) || DETERMINERS.has(p.low) || CUE_VERBS.has(p.low) || NEGATION.has(p.low) || /ly$/.test(p.low)) break;
    k--;
  }
  return atClauseEdge(toks, k - 1) || k === stop ? { from: k, to: end } : null;
}

/**
 * "…, but that he and his team did everything", "not for what I did, but because of who I am",
 * "…, but rather …": after ", but" (the comma at `k`) the same content goes on; else a new clause
 * in the narrator's voice starts.
 */
export function continuesAfterBut(toks: Token[], from: number, k: number): boolean {
  if (/^(?:that|rather|because|also|instead)$/.test(toks[k + 2]?.low ?? "")) return true;
  // "not just a failure, but a catastrophe"; not "will not call on him to withdraw, but she has …".
  if (/^(?:he|she|they|it|we|i|you|there)$/.test(toks[k + 2]?.low ?? "")) return false;
  for (let m = from; m < k; m++) if (toks[m]?.low === "not" || toks[m]?.low === "n't") return k - m <= 8;
  return false;
}
