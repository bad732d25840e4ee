// What may open a clause before its subject, and the times and figures inside such openings: a
// dateline, a time ("In November,", "Last week"), an adverbial or a share ("about half").
import { isLy, CUE_VERBS, CLAUSE_OPENERS, DETERMINERS, FINITE_AUXILIARY, SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import { alternation, MONTH_WORDS, MONTHS, WEEKDAY, WEEKDAYS } from "../lexicon/calendar.ts";
import { PLACES } from "../lexicon/places.ts";
import { isCloseQuote, isDash, type Token } from "./attribution-tokens.ts";

export const TIME_NAME = new RegExp(`^(?:${alternation(WEEKDAYS)}|today|yesterday|tonight|week|month|year|night|morning|evening|afternoon|weekend)$`);

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

export const SHARE_OF = /^(?:majority|minority|most|half|percent|one|some|many|none|each|both|all|[a-z]+-(?:thirds|fourths|fifths|quarters))$/;

/** Prepositions before a time, which go with it: "in the last year", "over this weekend", "at this point". */
export const TIME_PREPOSITION = /^(?:in|over|during|for|within|through|at)$/;

/** The words of `set` but `out`. */
export const without = (set: ReadonlySet<string>, ...out: string[]): ReadonlySet<string> => new Set([...set].filter((w) => !out.includes(w)));

/** Prepositions that open an adverbial but are not clause openers elsewhere: "Despite …, ", "Among …, ". */
export const OPENING_PREPOSITIONS = new Set(["despite", "among", "amid", "amidst", "like", "unlike", "following", "throughout", "within", "across", "against", "absent", "given", "beyond", "through", "around", "near", "outside", "inside", "ahead", "alongside", "besides", "beside", "behind"]);

/** Adverbs of sequence that may open a clause with no comma: "Then the mayor said …". */
const SEQUENCE = new Set(["first", "then", "finally", "later", "next", "now", "also", "still", "instead", "meanwhile", "afterward", "afterwards", "eventually"]);

/** Adverbs that focus the subject after them: "Even the hawks say …". */
export const FOCUS = new Set(["even", "just", "only"]);

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
export const MONTH_NAME = new RegExp(`^(?:${alternation(MONTHS.filter((m) => m !== "may" && m !== "march"))})$`);

/** A month's name at `k`: "May" and "March" only before a number ("March 15", not "Theresa May"). */
export const monthAt = (toks: Token[], k: number): boolean => MONTH_NAME.test(toks[k]?.low ?? "") || (/^(?:may|march)$/.test(toks[k]?.low ?? "") && /^\d/.test(toks[k + 1]?.t ?? ""));

/** A comma at `k` between a month's day and its year: "March 3, 2012", "Sept. 11, 2001". */
export const dateComma = (toks: Token[], k: number): boolean =>
  toks[k]?.t === "," && /^\d{1,2}$/.test(toks[k - 1]?.t ?? "") && /^\d{4}$/.test(toks[k + 1]?.t ?? "") && (monthAt(toks, k - 2) || shortMonth(toks[k - 2]?.low ?? ""));

/** A month's short form with its period: "sept.", "jan.". */
const shortMonth = (low: string): boolean => low.endsWith(".") && MONTH_WORDS.includes(low.slice(0, -1));

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
    // "Last year only a third of voters opposed …", "In 2009 the council …": so does a short time phrase before a subject.
    const subject = shortTimeEnd(toks, i);
    if (subject > 0 && subject < k && subjectStart(toks[subject])) {
      i = subject;
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

/** "About two-thirds of voters …", "Nearly half …": an approximation at `i` before a share, which opens a subject (a percentage is read as a share in attribution-stance-cues.ts). */
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
    for (let k = i + 1; k <= i + 3; k++) if (TIME_SPAN.test(toks[k]?.low ?? "") && RELATIVE_TIME.test(toks[k + 1]?.low ?? "") && toks[k + 2]?.t === ",") return "yes";
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
  return TIME_SPAN.test(t.low) && RELATIVE_TIME.test(next?.low ?? "") ? "maybe" : null;
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

/** Sentence adverbs without an adverb's ending that open a sentence before a comma: "There, the chairman said …". */
const COMMA_ADVERBS: ReadonlySet<string> = new Set(["there", "here", "again", "afterwards", "afterward", "elsewhere", "thus", "hence", "anyway", "instead", "otherwise", "regardless", "nonetheless", "nevertheless", "meanwhile", "therefore", "moreover", "furthermore", "indeed", "however", "consequently", "accordingly", "besides", "likewise", "still", "yet", "then", "now", "later", "earlier", "today", "yesterday", "tonight", "overall"]);

/** Adverb endings that names rarely have: "Essentially", "Ironically", "Reportedly", "Similarly". */
const ADVERB_ENDING = /(?:ally|ously|ively|ately|ently|antly|edly|ingly|fully|ibly|ably|arly|icly|ssly)$/;

/** A time noun, after an optional "next"/"following"/"same", then a comma: "next month,", "day,", "night before,". */
function timeThenComma(toks: Token[], i: number): boolean {
  const k = /^(?:next|following|previous|same|other|first|last)$/.test(toks[i]?.low ?? "") ? i + 1 : i;
  const comma = /^(?:before|after|earlier|later)$/.test(toks[k + 1]?.low ?? "") ? k + 2 : k + 1;
  return TIME_NOUN.test(toks[k]?.low ?? "") && toks[comma]?.t === ",";
}

/** Nouns of time: "this week", "the next month", "that day". */
/** Words after a span of time that place it: "two weeks later", "a year ago". */
const RELATIVE_TIME = /^(?:later|earlier|ago|before|after)$/;

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
export const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)(?:['’](?:d|s|re|ll|ve|m))?$/;

export const PREPOSITION = /^(?:on|in|at|to|from|with|by|for|about|after|before|during|via|through|over|under|into|onto|without|within|since|until|amid|against|toward|towards|upon)$/;

/** A preposition ("through", "for", "of", "despite" …): after one, "that" is a determiner ("for that matter"). */
export const isPreposition = (low: string): boolean => low === "of" || PREPOSITION.test(low) || OPENING_PREPOSITIONS.has(low);

/** Number words that can head a share of people: "nine out of 10 say", "two-thirds said". */
export const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|half|third|thirds|quarter|quarters|fourths|fifth|fifths|majority|most|all|some|many|few|none)$/;

/** The token after a time phrase of two or three words at `i` ("last year", "in 2009", "earlier this month"), or -1. */
function shortTimeEnd(toks: Token[], i: number): number {
  if (!/^(?:in|on|last|this|next|earlier|early|late)$/.test(toks[i]?.low ?? "")) return -1;
  for (let e = i + 1; e <= i + 2; e++) if (timeWord(toks[e]) && toks.slice(i + 1, e).every((t) => /^(?:this|last|next)$/.test(t.low)) && !timeWord(toks[e + 1])) return e + 1;
  return -1;
}

/** A word that may open a subject: a name, a determiner, a number or "only". */
const subjectStart = (t: Token | undefined): boolean => !!t && t.word && (t.cap || DETERMINERS.has(t.low) || /^(?:\d.*|only)$/.test(t.low));
