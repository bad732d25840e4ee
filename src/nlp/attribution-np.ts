// Noun phrases around a cue: the phrase that ends at a token ("the UK defence chief"), the phrase read
// forward from one, the auxiliaries and adverbs skipped before a cue, a bare subject, and trimming.
// Which phrase is the speaker is for attribution-subjects.ts to say.
import { isLy, ARTICLE, BETWEEN_SUBJECT_AND_CUE, CUE_VERBS, ADVERB_PHRASES, ASPECT_BEFORE_ING, CLAUSE_OPENERS, DETERMINERS, DOCUMENT_NOUNS, FINITE_AUXILIARY, inflected, GROUP_NOUNS, INDEFINITE_SPEAKER, NEGATION, NOUN_HOMOGRAPHS, NP_STOP, PHRASAL_STANCE, ROLE_NOUNS, SENTENCE_ADVERBS, SPEAKER_PRONOUNS, STANCE_VERBS, TITLE_WORDS } from "../lexicon/cues.ts";
import { MONTH_WORDS, WEEKDAY } from "../lexicon/calendar.ts";
import { ROLE_NOUNS as PERSON_ROLES } from "../lexicon/titles.ts";
import { isCloseQuote, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { irregularPast } from "./attribution-context.ts";
import { TIME_NAME, deicticTimeEnd, SHARE_OF, TIME_PREPOSITION, OPENING_PREPOSITIONS, monthAt, TIME_NOUN, SUBJECT_PRONOUN, PREPOSITION, NUMBER_WORD, isPreposition } from "./attribution-openings.ts";

/** A token range, inclusive. */
export interface TokRange {
  from: number;
  to: number;
}

/** An adverb in -ly (`isLy`, in the cue lexicon beside the words of degree), read here by every pass. */
export { isLy };

export const verbish = (t: Token): boolean => /(?:ed|ing)$/.test(t.low) && !ROLE_NOUNS.has(t.low);

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

function nounlike(t: Token): boolean {
  return t.word && (t.cap || ROLE_NOUNS.has(t.low) || SPEAKER_PRONOUNS.has(t.low));
}

/** A number that ends a name: "Proverbs 19:21", "Article 5", "Channel 4" (not a date: "March 5"). */
function numberedName(toks: Token[], end: number): boolean {
  const head = toks[end];
  const before = toks[end - 1];
  return !!head && !!before && /^\d[\d:.]*$/.test(head.t) && before.cap && before.word && !CUE_VERBS.has(before.low) && !monthAt(toks, end - 1) && !/^\p{Lu}{2,}$/u.test(before.t);
}

/** Words before a day or a month that make it a time, not part of a name: "on Wednesday", "last March". */
const BEFORE_DAY = /^(?:on|in|since|until|last|this|next|early|late|earlier|later)$/;

/** The noun phrase that ends at token `end` (its head), scanning back no further than `stop`. */
export function npEndingAt(toks: Token[], end: number, stop: number): TokRange | null {
  const head = toks[end];
  if (!head || !head.word) return null;
  // "In another tweet, …": after a preposition a quantifier opens a noun phrase, no speaker ("from some
  // who saw it" and "with many saying …" are speakers).
  if (/^(?:some|many|another)$/.test(head.low) && isPreposition(toks[end - 1]?.low ?? "") && toks[end - 1]?.low !== "with" && !/^(?:who|whom)$/.test(toks[end + 1]?.low ?? "") && !toks[end + 1]?.low.endsWith("ing")) return null;
  if (SPEAKER_PRONOUNS.has(head.low) || /^(?:others|some|many|another)$/.test(head.low) || INDEFINITE_SPEAKER.test(head.low)) return { from: end, to: end };
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
    // "On Wednesday Mr Blair said": a day after a preposition is no part of the name after it ("The Sunday Times" is a name).
    if (p.word && p.cap && WEEKDAY.test(p.low) && toks[k]?.cap && BEFORE_DAY.test(toks[k - 2]?.low ?? "")) break;
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
 * The adverbs and subordinators among the clause openers, which open a sentence before its
 * subject's name ("Meanwhile Voss said", "While Clinton pledged"); a preposition or a determiner
 * may be part of a name's phrase ("At least half of voters", "This group").
 */
const SENTENCE_ADVERB: ReadonlySet<string> = new Set([...CLAUSE_OPENERS].filter((w) => !/^(?:in|on|at|during|for|with|without|from|by|under|over|of|to|last|this|speaking|asked|overall)$/.test(w)));

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
    if (k > i && !t.cap && BEFORE_DAY.test(t.low) && n?.cap && (WEEKDAY.test(n.low) || monthAt(toks, k + 1))) break;
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
      // "The tool lets its captains see …": a word in -s before an article or a possessive is a verb with its object.
      if (n && OBJECT_OPENER.test(n.low) && /[^s]s$/.test(t.low)) break;
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

/** An article or a possessive, which opens an object after a verb. */
const OBJECT_OPENER = /^(?:the|a|an|his|her|their|its|our|my|your|these|those)$/;

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

/** Whether the head of the phrase `from`..`to` (its last word before a preposition) is a plural: "voters in each state", "Britain and France". */
export function pluralHead(toks: Token[], from: number, to: number): boolean {
  const head = phraseHead(toks, from, to);
  const w = toks[head];
  // "Britain and France support …": two names joined by "and" are a plural whatever their number
  // ("European champion Borussia Dortmund": not a common noun after "and").
  return !!w && (pluralNoun(w) || (w.cap && toks.slice(from + 1, head).some((t, k) => t.low === "and" && !!toks[from + k]?.cap)));
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
export const finiteVerb = (t: Token | undefined): boolean =>
  !!t && t.word && !t.cap && !/^(?:is|was|are|were|be|been)$/.test(t.low) && (/(?:ed|s)$/.test(t.low) || FINITE_AUXILIARY.test(t.low) || CUE_VERBS.has(t.low) || irregularPast(t.low));

/** A clause's verb after its subject: a finite verb or a finite "be" ("was", "are"). */
export const clauseVerb = (t: Token | undefined): boolean => finiteVerb(t) || /^(?:is|was|are|were)$/.test(t?.low ?? "");

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
