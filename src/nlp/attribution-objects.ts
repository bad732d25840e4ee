// Where a stance's or a cue's object ends: a noun phrase up to an adverbial, a list, an "as" complement,
// a particle's object ("talked about …"), or a clause to the sentence's end or the next clause.
import { CAUSATIVE, ARTICLE_OR_POSSESSIVE, ON_MEDIUM, inflected, CUE_VERBS, DETERMINERS, FINITE_AUXILIARY, NP_STOP, REGARD_AS, SPEAKER_PRONOUNS, STANCE_VERBS, CLAUSAL_STANCE } from "../lexicon/cues.ts";
import { alternation, MONTHS, WEEKDAY } from "../lexicon/calendar.ts";
import { continuesAfterBut, isLy, npEndingAt, trimPunct, type TokRange } from "./attribution-np.ts";
import { dateComma, deicticTimeEnd, isPreposition, timeAfterFor, TIME_PREPOSITION } from "./attribution-openings.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { dayPossessive, predicateAfter, PRONOUN_SUBJECT, speakerThenCue } from "./attribution-bounds.ts";
import { irregularPast, OBJECT_PRONOUNS } from "./attribution-context.ts";

/** Particles that belong to the cue ("talked about", "pointed to"), not to the content. */
const PARTICLES = new Set(["about", "of", "for", "on", "out", "at", "against", "up", "to", "over", "with", "into"]);

/** A stance verb's base form ("want", "support") before its object: a determiner, a pronoun or "to", and with `names` a name. */
export function baseStance(v: Token | undefined, n: Token | undefined, names = false): boolean {
  return baseForm(v) && !!n && (DETERMINERS.has(n.low) || OBJECT_PRONOUNS.has(n.low) || n.low === "to" || (names && n.cap && n.word));
}

/**
 * Where the content of the verb at `v` starts, with its particle at `c` taken into the cue ("talked
 * about", "railed against"); -1 when the verb needs a particle it lacks. "about 1,500" or "over 50"
 * is a number, not a particle.
 */
export function afterParticle(toks: Token[], v: number, c: number): number {
  const need = NEEDS_PARTICLE.exec(toks[v]?.low ?? "");
  const p = toks[c];
  // "proved that …" is a claim; "proved difficult", "proved to be popular" describe the subject.
  if (/^prov(?:e|es|ed|en|ing)$/.test(toks[v]?.low ?? "") && p?.low !== "that") return -1;
  if (need) {
    const particle = PARTICLE_OF[need[1] ?? ""];
    // "spoke briefly about", "talked at length about", "spoke with reporters about": an adverb may come
    // between the verb and its particle, and before "about" an addressee or a place too. ("spoke on the
    // condition of anonymity", "speaks to the Economic Club of …": an "of" after a noun is the noun's.)
    let phrase = false;
    for (let k = c; k < toks.length && k <= c + 6; k++) {
      const t = toks[k];
      if (!t?.word) return -1;
      // "talked up her plan", not "talked up to the crowd".
      if (t.low === "up" && (k !== c || !toks[k + 1]?.word || /^(?:to|with|for|and|or)$/.test(toks[k + 1]?.low ?? ""))) return -1;
      if (particle?.test(t.low)) return k === c || (!/^\d/.test(toks[k + 1]?.t ?? "") && (!phrase || t.low === "about")) ? k + 1 : -1;
      if (ADVERB_BEFORE_PARTICLE.test(t.low) || WEEKDAY.test(t.low) || (t.low === "at" && toks[k + 1]?.low === "length")) continue;
      if (/^(?:to|with|on|in|at)$/.test(t.low) && !phrase) phrase = true;
      else if (!phrase || t.low === "of" || t.low === "for" || (!t.cap && (STANCE_VERBS.has(t.low) || CUE_VERBS.has(t.low) || NP_STOP.has(t.low)))) return -1;
    }
    return -1;
  }
  // "disclosed for the first time that …", "has argued for years that …": a time after "for" is skipped, not a particle.
  const time = p?.low === "for" ? timeAfterFor(toks, c + 1) : -1;
  if (time > 0) return time;
  // "criticized on Twitter", "praised on television": a medium after "on" is where, not what.
  if (p?.low === "on" && ON_MEDIUM.test(toks[c + 1]?.low ?? "")) return -1;
  // "see for yourself": a reflexive after "for" makes it no particle.
  if (p?.low === "for" && /(?:self|selves)$/.test(toks[c + 1]?.low ?? "")) return -1;
  // "support at least lowering …": "at least", "at most" is a degree before the object.
  if (p?.low === "at" && /^(?:least|most)$/.test(toks[c + 1]?.low ?? "")) return c;
  return p && PARTICLES.has(p.low) && p.low !== "to" && !/^\d/.test(toks[c + 1]?.t ?? "") ? c + 1 : c;
}

/** Content after a verb at `v`: an object up to an adverbial, or a clause to its end. */
export function contentAfter(toks: Token[], v: number): TokRange | null {
  const c = afterParticle(toks, v, v + 1);
  if (c < 0) return null;
  let end = phraseEnd(toks, c);
  // "Ridley, the pilot who … knows every rock, told the Courier …": a comma and a finite verb of saying
  // return to the main clause.
  for (let k = c + 1; k < end; k++) if (toks[k]?.t === "," && FINITE_SAYING.test(toks[k + 1]?.low ?? "")) end = k - 1;
  // "…, citing his anger at the headlines": what "citing" names keeps its phrases, up to a comma, and
  // "…, citing the costs and calling for a review": up to "and" and a participle, a claim of its own.
  const citing = toks[v]?.low === "citing";
  if (!CLAUSAL_STANCE.has(toks[v]?.low ?? "")) end = objectEnd(toks, c, end, !citing);
  for (let k = c + 1; citing && k < end; k++) {
    const w = toks[k + 1]?.low ?? "";
    if (toks[k]?.low === "and" && w.endsWith("ing") && (STANCE_VERBS.has(w) || CUE_VERBS.has(w))) end = k - 1;
  }
  return trimPunct(toks, c, end);
}

/** Finite verbs of saying that, after a comma, are a main clause's own: "…, told the Courier", "…, said". */
const FINITE_SAYING = /^(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|insisted|insists)$/;

/** The last token of a run of capitalised words and initials from `k` ("Rep. Alan Grayson"), up to six tokens; -1 when none. */
export function nameRunEnd(toks: Token[], k: number): number {
  let e = -1;
  for (let m = k; m < k + 6; m++) {
    const t = toks[m];
    if (t?.word && t.cap) e = m;
    else if (t?.t === "." && e === m - 1) continue;
    else break;
  }
  return e;
}

/** A stance verb with no ending: "want", "support" (and an irregular past: "saw"). */
export const baseForm = (v: Token | undefined): v is Token => !!v && v.word && !v.cap && STANCE_VERBS.has(v.low) && !inflected(v.low);

/**
 * Where an object that starts at `c` ends (at most `end`): before a comma or a dash (unless `punctuation`
 * is false), and unless `phrases` is false before a time or place adverbial. Clauses run on.
 */
export function objectEnd(toks: Token[], c: number, end: number, phrases = true, punctuation = true): number {
  const obj = toks[c];
  // "see golf courses as wasted space", "dismissed the plan as a stunt": after a verb of regarding, "as" opens the object's complement.
  const regards = REGARD_AS.has(toks[c - 1]?.low ?? "");
  if (!obj || (/^(?:that|to|whether|how|what|why|who|if)$/.test(obj.low) && !(obj.low === "that" && demonstrativeThat(toks, c))) || obj.low.endsWith("ing")) return end;
  let quoted = isOpenQuote(obj.t);
  // "described a day at home with his family as the perfect day": the object runs on to the "as" of
  // a verb of regarding, past the adverbials before it.
  let asAt = -1;
  if (regards && phrases) {
    for (let k = c + 1; k <= end && k <= c + 15 && toks[k]?.word !== false && asAt < 0; k++) if (toks[k]?.low === "as" && k > c + 2 && ((toks[k + 1]?.word && !toks[k + 1]?.cap) || isOpenQuote(toks[k + 1]?.t ?? ""))) asAt = k;
  }
  // "blamed the violence on a disturbed person": "on" opens the blame's complement.
  const blames = /^blam(?:e|es|ed|ing)$/.test(toks[c - 1]?.low ?? "");
  for (let k = c + 1; k <= end; k++) {
    const t = toks[k];
    // Inside a quotation the object runs to its close: a “diary, memoir or letter”.
    if (t && (isOpenQuote(t.t) || isCloseQuote(t.t))) {
      const was = quoted;
      quoted = t.t === "“" ? true : t.t === "”" ? false : !quoted;
      // A quotation closed after its comma (“War On Drugs,” which …) ends the object there.
      if (was && !quoted && toks[k - 1]?.t === ",") return k;
    }
    if (quoted) continue;
    // "policies that objectors see as abuses": so after a verb of regarding inside the object.
    if (t && t.low === "as" && (asComplement(toks[k + 1], toks[k - 1]) || (k - 1 > c && REGARD_AS.has(toks[k - 1]?.low ?? "") && !!toks[k + 1]?.word) || (regards && !!toks[k + 1]?.word && !/^(?:he|she|they|we|i|it|you|if|though|well|soon|long|much|many)$/.test(toks[k + 1]?.low ?? "")))) {
      // "sees Netanyahu as captured by a hard-line philosophy": after a verb of seeing as, the complement
      // is a view held and runs on ("mocked the ferry as “a shed” at the meeting" ends at its adverbial).
      if (regards && SEE_AS.test(toks[c - 1]?.low ?? "")) phrases = false;
      continue;
    }
    // "a memoir by Jo Blum": "by" before a name or a noun phrase names an author, not a means ("by voting");
    // so after a participle on a noun of the object ("the compromise led by Jo Blum").
    if (t && t.low === "by" && !!toks[k + 1]?.word && !toks[k + 1]?.low.endsWith("ing") && (!toks[k - 1]?.low.endsWith("ed") || participleOnNoun(toks, k - 1, c))) continue;
    if (!punctuation) {
      // Commas and dashes are the caller's to read.
    } else if (t?.t === ",") {
      // "mentioned the Sept. 11, 2012 attack": a date's comma ends nothing.
      if (dateComma(toks, k)) continue;
      // "insulted women, Mexicans and Muslims": a list of short items ending in "and"/"or" stays in the object.
      const last = listEnd(toks, k, end);
      if (last > k) {
        k = last;
        continue;
      }
      // "assailed a federal judge, Jo P. Blum, for …", "a stop in Concord, N.H., where …": a name in
      // apposition to a common noun, or a place's state, between commas stays in the object.
      const close = namedAside(toks, k, end);
      if (close > k) {
        k = close;
        continue;
      }
    }
    // "echoed similar themes and took the stage": a second predicate of the subject ends the object.
    // So does a stance verb's base form with its object ("are furious at the company and want their money back").
    // "hasn't endorsed her or conceded his bid": so after "or".
    // "and even questioned her identity", "and made comments about …": adverbs may stand before that predicate.
    if (t && (t.low === "and" || t.low === "or") && k > c && (predicateAfter(toks, k + 1) || (t.low === "and" && baseStance(toks[k + 1], toks[k + 2])))) return k - 1;
    // "cited several factors, including new voting laws", "his victories, particularly in Florida": examples of the object are in it.
    if (punctuation && t && (t.t === "," || isDash(t.t)) && EXAMPLES.test(toks[k + 1]?.low ?? "") && toks[k + 2]?.word) continue;
    if (punctuation && t && (t.t === "," || isDash(t.t))) return k - 1;
    // "urged voters to back the plan in the run-up to …": an infinitive after the object is a clause,
    // which runs on past adverbials like the clauses above.
    if (phrases && k > asAt && t && t.low === "to" && k > c && k <= c + 4 && OBJECT_CONTROL.test(toks[c - 1]?.low ?? "") && infinitive(toks[k + 1])) phrases = false;
    // "a ban on Muslims", "attacks on her campaign": "on" after a noun that takes it is no adverbial.
    // So is "at" after a noun that takes it ("a look at the findings"), and "ahead" with no "of" is an
    // adjective ("a battle ahead that could split the party", not "ahead of the vote").
    const onComplement = (t?.low === "on" && (ON_NOUNS.test(toks[k - 1]?.low ?? "") || (blames && !ON_MEDIUM.test(toks[k + 1]?.low ?? ""))) && !WEEKDAY.test(toks[k + 1]?.low ?? "")) || (t?.low === "at" && AT_NOUNS.test(toks[k - 1]?.low ?? "")) || (t?.low === "ahead" && toks[k + 1]?.low !== "of");
    // "this"/"last" end the object only as a time ("endorsed him last week", "in the last seven years");
    // "the tactics for this election", "the last straw" run on.
    if (phrases && k > asAt && t && DEICTIC.test(t.low)) {
      // A pronoun "this" before an adverbial ("a question about this in the debate") ends the object as before.
      if (t.low === "this" && /^(?:in|at|on|during|after|before|when|while)$/.test(toks[k + 1]?.low ?? "")) return k - 1;
      if (!deicticTime(toks, k + 1)) continue;
      const head = toks[k - 1]?.low === "the" ? k - 1 : k;
      return TIME_PREPOSITION.test(toks[head - 1]?.low ?? "") && head - 1 > c ? head - 2 : head - 1;
    }
    // "freedom taken from worshippers killed at a church", "a boy who stared at a painting": a place or
    // time right after a verb inside the object is that verb's, not the cue's ("pressure to rein in
    // his supporters": so "in" or "on" after an infinitive's verb; "her right to silence at the
    // hearing" is a noun after "to").
    const innerVerb = k > c + 1 && INNER_VERB_PREPOSITION.test(t?.low ?? "") && (innerPast(toks[k - 1]) || (/^(?:in|on)$/.test(t?.low ?? "") && toks[k - 2]?.low === "to" && !!toks[k - 1]?.word && !toks[k - 1]?.cap && k - 2 > c));
    if (phrases && k > asAt && t && !onComplement && !innerVerb && ((OBJECT_END.has(t.low) && !(t.low === "as" && toks[k - 1]?.low === "such")) || ((t.low === "in" || t.low === "on") && (IN_TIME.test(toks[k + 1]?.low ?? "") || WEEKDAY.test(toks[k + 1]?.low ?? "") || (t.low === "on" && !!toks[k + 1]?.cap))) || (WEEKDAY.test(t.low) && !dayPossessive(toks, k)))) return k - 1;
  }
  return end;
}

/** A past participle at `p` after a lower-case noun of the object (which starts at `c`) with no verb before it: "the compromise led". */
function participleOnNoun(toks: Token[], p: number, c: number): boolean {
  const v = toks[p];
  const n = toks[p - 1];
  if (!v || !n || p - 1 <= c || !n.word || n.cap || !ARTICLE_OR_POSSESSIVE.test(toks[c]?.low ?? "")) return false;
  if (!v.low.endsWith("ed") && !irregularPast(v.low)) return false;
  return toks.slice(c + 1, p).every((t) => t.word && !FINITE_AUXILIARY.test(t.low) && !t.low.endsWith("ed"));
}

/**
 * The comma closing a name after the comma at `k` (before `end`), or -1: a run of capitalised words
 * (`nameRunEnd`) after a common noun with a determiner before it ("a federal judge, Jo P. Blum,"), or one after a
 * place's name ("Concord, N.H.,", "Ames, Iowa,").
 */
function namedAside(toks: Token[], k: number, end: number): number {
  const before = toks[k - 1];
  const m = nameRunEnd(toks, k + 1) + 1;
  if (!before?.word || m <= k + 1 || m >= end || toks[m]?.t !== ",") return -1;
  const common = !before.cap && [k - 2, k - 3, k - 4].some((d) => ARTICLE_OR_POSSESSIVE.test(toks[d]?.low ?? "") && toks.slice(d + 1, k).every((w) => w.word && !w.cap));
  const state = before.cap && m === k + 2;
  return common || state ? m : -1;
}

/**
 * Prepositions that, right after a past form inside an object, are that verb's: "killed at",
 * "arrested during", "modeled after", "got on an unclassified system", "supported in 2007".
 */
const INNER_VERB_PREPOSITION = /^(?:at|during|after|on|in)$/;

/** A past form ("killed", "spent"), lower case. */
const innerPast = (t: Token | undefined): boolean => !!t && t.word && !t.cap && ((t.low.endsWith("ed") && t.low.length > 4) || irregularPast(t.low));

/** "this week", "last year", "the last seven years". */
const DEICTIC = /^(?:this|last)$/;

/** A time after "this"/"last" at `k`: "week", "Sunday's", "March", "seven years", "few months". */
const deicticTime = (toks: Token[], k: number): boolean => deicticTimeEnd(toks, k) >= 0;

/** "see in the last seven years major advances": past a time that opens the object at `c` (its preposition with it). */
export function pastLeadingTime(toks: Token[], c: number): number {
  if (!TIME_PREPOSITION.test(toks[c]?.low ?? "")) return c;
  const d = toks[c + 1]?.low === "the" ? c + 2 : c + 1;
  const end = DEICTIC.test(toks[d]?.low ?? "") ? deicticTimeEnd(toks, d + 1) : -1;
  return end > 0 && toks[end + 1]?.word ? end + 1 : c;
}

/** Words that open examples of what precedes them: ", including …", ", especially …". */
const EXAMPLES = /^(?:including|especially|particularly|notably|namely)$/;

/** Nouns whose complement opens with "at": "a look at …", "a swipe at …", "an attempt at …". */
const AT_NOUNS = /^(?:looks?|swipes?|jabs?|digs?|shots?|potshots|attempts?|stabs?|glances?|aim|anger|outrage|fury|frustration)$/;

/** Nouns whose complement opens with "on": "a ban on …", "tariffs on …", "attacks on …". */
const ON_NOUNS = /^(?:bans?|tariffs?|tax|taxes|sanctions|restrictions|limits|caps?|crackdown|attacks?|assaults?|war|focus|emphasis|stance|positions?|views|votes?|moratorium|embargo|freeze|pressure|briefings?|rulings?|debates?|hearings?|strikes|raids?|spending|compromise)$/;

/** Verbs whose object is the subject of an infinitive after it: "urged voters to …", "asked Congress to …". */
export const OBJECT_CONTROL = /^(?:urg|encourag|ask|allow|invit|press|requir|push|pressur|implor|beg|order|forc|challeng|dar|warn|remind|tell|told|persuad|convinc|call)(?:e|es|ed|ing|s)?$/;

/** The object of a verb of causing right before "to" at `i` ("has led some allies to worry"), or null. */
export function causedObject(toks: Token[], i: number): TokRange | null {
  for (let k = i - 2; k >= 0 && i - k <= 8; k--) {
    const t = toks[k];
    if (!t?.word) return null;
    if (!CAUSATIVE.test(t.low)) continue;
    const object = npEndingAt(toks, i - 1, k + 1);
    return object?.from === k + 1 ? object : null;
  }
  return null;
}

/** Verbs of regarding whose "as" complement is a view: "sees X as Y", "viewed X as Y". */
const SEE_AS = /^(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|regard|regards|regarded|regarding)$/;

/** A bare verb after "to" ("to back", "to discuss"), not a noun phrase ("to the crowd", "to Smith", "to his aides", "to reporters") or a gerund ("to stealing"). */
export function infinitive(n: Token | undefined): boolean {
  return !!n && n.word && !n.cap && !/^\d/.test(n.t) && !DETERMINERS.has(n.low) && !/^(?:his|her|their|its|my|our|your|me|him|them|us|you)$/.test(n.low) && !/[^su]s$/.test(n.low) && !(n.low.length > 6 && n.low.endsWith("ing"));
}

/** Words that cannot be part of a list item: verbs, pronouns, clause words. */
const notListWord = (t: Token): boolean => !t.cap && (NP_STOP.has(t.low) || CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low) || SPEAKER_PRONOUNS.has(t.low) || OBJECT_END.has(t.low) || /(?:ing|ed)$/.test(t.low));

/**
 * After the comma at `k`: the last token of a list of short items ("…, Mexicans and Muslims",
 * "…, Los Angeles and Seattle"), each up to four words, the last after "and"/"or"; else -1.
 */
export function listEnd(toks: Token[], k: number, end: number): number {
  let words = 0;
  let final = false;
  let m = k + 1;
  for (; m <= end; m++) {
    const t = toks[m];
    if (!t) break;
    if (t.t === "," && !final) {
      if (!words) return -1;
      words = 0;
      continue;
    }
    if ((t.low === "and" || t.low === "or") && !final) {
      if (!words && toks[m - 1]?.t !== ",") return -1;
      final = true;
      words = 0;
      continue;
    }
    if (!t.word || notListWord(t) || words >= 4) {
      if (!final) return -1;
      break;
    }
    words++;
  }
  return final && words ? m - 1 : -1;
}

/** Words on either side of "as" in a comparison: "as well as", "performing as well". */
const COMPARISON_WORD = /^(?:well|much|many|good|strong|far|high|often)$/;

/** "saw the vote as a chance", "referred to them as “my friends”": "as" before a noun phrase or a quotation continues the object (`p`: the word before "as"). */
function asComplement(n: Token | undefined, p?: Token): boolean {
  if (!n) return false;
  // "deride it as poll-tested caution": after a pronoun object, "as" opens its complement.
  // ("opposed it as he ran": a subject pronoun after "as" opens a clause of time.)
  if (p && OBJECT_PRONOUNS.has(p.low) && !p.cap && n.word && !n.cap && !PRONOUN_SUBJECT.test(n.low)) return true;
  // "polls that show him performing as well or better", "as well as Smith": a comparison, not an adverbial.
  if (COMPARISON_WORD.test(n.low) || COMPARISON_WORD.test(p?.low ?? "")) return true;
  return isOpenQuote(n.t) || (n.word && !n.cap && DETERMINERS.has(n.low) && !/^(?:that|this|these|those|some|many|most|all|more|such|no|any)$/.test(n.low));
}

/**
 * Verbs of saying (CUE_VERBS) whose object is a topic with "about" or "of": "complained about the
 * noise", "joked about his age", "warned of a recession" (the reported-speech pass takes them with
 * a clause). "talked about", "spoke of" are stance verbs already.
 */
export const TOPIC_VERBS = /^(?:complain|jok|boast|brag|tweet|testif|warn|wrote|writ)/;

export const TOPIC_PARTICLE = /^(?:about|of|against)$/;

/** Adverbs between a verb and its particle (weekdays too): "spoke briefly about", "talked more about", "spoke out Tuesday about". */
const ADVERB_BEFORE_PARTICLE = /^(?:\w{3,}ly|hard|more|much|out|length|twice|again|still|often|little|less|up|so|too|very|most|well|highly|today|yesterday)$/;

/** Verbs that are stances only with their particle: "talked about", "pointed to", "referred to". */
// "referenced the tactics" needs none ("refer" does: "referred to").
const NEEDS_PARTICLE = /^(talk|point|refer(?!enc)|rail|vot|speak|spoke|campaign)/;

const PARTICLE_OF: Record<string, RegExp> = { talk: /^(?:about|of|up)$/, point: /^(?:to|out)$/, refer: /^to$/, rail: /^(?:against|at)$/, vot: /^(?:for|against)$/, speak: TOPIC_PARTICLE, spoke: TOPIC_PARTICLE, campaign: /^(?:against|for)$/ };

/** Words after which an object noun phrase has ended: time and place adverbials, a new clause. */
const OBJECT_END = new Set([ "at", "during", "last", "this", "after", "before", "by", "because", "when", "while", "here", "there", "as", "since", "earlier", "yesterday", "today", "tonight", "but", "amid", "despite", "until", "ahead", "if", "although", "though"]);

/** "in 2015", "in an interview", "in his speech": an adverbial, not part of the object. */
const IN_TIME = new RegExp(`^(?:\\d.*|an?|his|her|their|its|recent|late|early|${alternation(MONTHS)})$`);

const AUX_START = new Set(["has", "have", "had", "will", "would", "is", "was", "are", "were", "then", "later", "also", "did", "does"]);

/** A name of one to three capitalised words at `k`, then a verb in the past: "Emanuel fired", "Jo Blum said". */
function newSubjectVerb(toks: Token[], k: number): boolean {
  let m = k;
  while (m < k + 3 && toks[m]?.cap && toks[m]?.word) m++;
  const v = toks[m];
  return m > k && !!v && v.word && !v.cap && ((v.low.endsWith("ed") && !v.low.endsWith("eed")) || irregularPast(v.low)) && !!toks[m + 1]?.word;
}

/**
 * Where an object or a short phrase ends: the sentence end, a semicolon, or a comma that opens a new
 * clause or an attribution. (A that-clause is read by `clauseEnd` in attribution-bounds.ts, which
 * skips a relative clause on the clause's subject: "concern that groups like ISIS, which …, are …".)
 */
export function phraseEnd(toks: Token[], from: number): number {
  for (let k = from; k < toks.length - 1; k++) {
    const t = toks[k];
    const nx = toks[k + 1];
    if (!t || !nx) break;
    if (t.t === ";" ) return k - 1;
    if (t.t === "," && (/^(?:adding|saying|noting|arguing|insisting|explaining|claiming|warning|citing|which|who|and|while|although|though|because)$/.test(nx.low) || (nx.low === "but" && !continuesAfterBut(toks, from, k)) || (nx.low === "according" && toks[k + 2]?.low === "to"))) return k - 1;
    if (isDash(t.t) && k > from + 2) return k - 1;
    // "…, and the League strongly denounced …": a new speaker and verb after ", and".
    if (t.t === "," && nx.low === "and" && k > from + 2 && speakerThenCue(toks, k + 2)) return k - 1;
    if (t.low === "even" && nx.low === "as" && k > from + 2) return k - 1;
    // "charged the officer with murder and Emanuel fired his police chief": a name and its past verb after "and".
    // (Not "when Cruz and Rubio attacked": a name before "and" is coordinated with the next.)
    if (t.low === "and" && k > from + 1 && nx.cap && nx.word && !toks[k - 1]?.cap && newSubjectVerb(toks, k + 1)) return k - 1;
    // "… to think of television but Jo Blum, a spokesman, was adamant …": a new subject after "but".
    if (t.low === "but" && k > from && toks[k - 1]?.t !== "," && (nx.cap || /^(?:he|she|they|we|i|it)$/.test(nx.low)) && !/^(?:not|also)$/.test(toks[k + 2]?.low ?? "")) return k - 1;
    // "… endorsed Trump and has appeared …": a second verb of the same subject ends the content.
    if ((t.low === "and" || t.low === "but") && k > from && (AUX_START.has(nx.low) || (/(?:ed|s)$/.test(nx.low) && !nx.cap && (STANCE_VERBS.has(nx.low) || CUE_VERBS.has(nx.low))))) return k - 1;
  }
  return toks.length - 1;
}

/**
 * "rejected that argument in a ruling", "denied that claim.": after an object cue, "that" before a
 * singular common noun and then a preposition or the clause's end points at the noun; it opens no clause.
 */
export function demonstrativeThat(toks: Token[], at: number): boolean {
  const noun = toks[at + 1];
  const next = toks[at + 2];
  if (!noun?.word || noun.cap || /s$/.test(noun.low) || isLy(noun) || DETERMINERS.has(noun.low) || NP_STOP.has(noun.low) || PRONOUN_SUBJECT.test(noun.low) || FINITE_AUXILIARY.test(noun.low)) return false;
  return !next || next.t === "." || next.t === "," || next.t === ";" || (isPreposition(next.low) && !next.cap);
}
