// Claims beyond the verbs of saying (attribution.ts): stances, where a speaker-like subject (a name,
// a pronoun, a role noun, a share of people, a plural noun phrase) thinks, wants, backs or attacks
// something, in main, relative, coordinated and participial clauses, a passive's agent and a partisan
// participle ("the PAC supporting X"). Nominal cues, impressions and object ends have modules of their own.
import { PHRASAL_STANCE, ADVERB_PHRASES, ASPECT, BE_FORM, SENTENCE_ADVERBS, BARE_DETERMINERS, BETWEEN_SUBJECT_AND_CUE, CLAUSE_OPENERS, DEGREE, degreeWord, inflected, CUE_VERBS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, NEGATED_BE, NEGATION, NOUN_HOMOGRAPHS, NP_STOP, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_VERBS, CLAUSAL_STANCE } from "../lexicon/cues.ts";
import { WEEKDAY } from "../lexicon/calendar.ts";
import { idiomEnd, isLy, npEndingAt, npForward, phraseHead, pluralHead, pluralNoun, trimPunct, type TokRange } from "./attribution-np.ts";
import { approximateShare, timeAfterFor, NUMBER_WORD, openingCommaAfter, SHARE_OF, skipOpening } from "./attribution-openings.ts";
import { ADVERBIAL_OPENER, clauseSubject, coordinatedSubject, invertedSpeakerBefore, nestedSubject, POLLED, sayingBefore, SUBORDINATORS, subjectBefore, verbAfterSubject, withApposedName } from "./attribution-subjects.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { asLeadContent, PREP_TAIL, verbAfterAside } from "./attribution-bounds.ts";
import { canSpeak, IRREGULAR_PAST, irregularPast, mainVerbAfter, newPredicate, OBJECT_PRONOUNS, passiveBe, type ClauseClaim, AUXILIARY } from "./attribution-context.ts";
import { SPENT } from "./attribution-speakers.ts";
import { baseStance, afterParticle, contentAfter, nameRunEnd, baseForm, objectEnd, pastLeadingTime, causedObject, TOPIC_VERBS, TOPIC_PARTICLE, clauseEnd } from "./attribution-objects.ts";
import { IN_SOURCES } from "./attribution-frames.ts";
import { expectedTo, IMPRESSION, expectedAt } from "./attribution-impressions.ts";
import { nounPrepClaim, AGENT_NOUNS, REACTION_NOUNS, REACTION_SET, reactionClaim, agentNounClaim, beforeVerb, COPULA, CONTENT_NOUNS, NOUN_PREP, AGAINST_NOUNS, nounContext, nounClaim, nounInS } from "./attribution-nominal.ts";

/** -s forms that are more often plural nouns: "Trump attacks" as a verb needs an object after it. */
const NOUNISH = new Set([
  "attacks", "questions", "charges", "fears", "hopes", "views", "thanks", "doubts", "demands", "requests", "offers",
  "answers", "counters", "points", "figures", "echoes", "links", "ties", "lists", "details", "references", "wishes",
  "guesses", "regrets", "laments", "mentions", "blames", "faults", "credits", "signals", "hints", "projects",
  "forecasts", "estimates", "releases", "shares", "files", "challenges", "likes", "loves", "feels", "labels", "brands",
  "backs", "supports", "records", "reports", "calls", "claims", "plans", "aims", "needs", "wants", "shows", "finds",
]);

/** Words without which a sentence has no claim for this module: a sentence is tokenised only when one occurs. */
export function stanceTriggers(): string[] {
  // Cue forms in -ed, for their passive with an agent ("was first reported by the Courier"), and the
  // forms in neither -s nor -ing (base forms, and irregular pasts with them), for a purpose clause
  // ("went on radio to say that …").
  return [...STANCE_VERBS, ...[...CUE_VERBS.keys()].filter((w) => TOPIC_VERBS.test(w) || w.endsWith("ed") || !/(?:s|ing)$/.test(w)), ...CONTENT_NOUNS, ...STANCE_ADJECTIVES.keys(), ...NOUN_PREP.keys(), ...AGENT_NOUNS.keys(), ...IN_SOURCES, ...REACTION_NOUNS, ...AGAINST_NOUNS, ...PHRASAL_STANCE.flatMap((idiom) => idiom.filter((w) => w.trigger).flatMap((w) => [...w.forms])), "expected", "asked", "made", "makes", "vote", "votes", "voted", "voting", "seem", "seems", "seemed", "appear", "appears", "appeared", "seen", "viewed", "regarded", "perceived", "reportedly", "rumored", "rumoured"];
}

/** Clause-level claims in one sentence's tokens. `used(i)` says whether token i is already some claim's cue. */
export function clauseClaims(toks: Token[], used: (i: number) => boolean): ClauseClaim[] {
  const out: ClauseClaim[] = [];
  const n = toks.length;
  let impression = false;
  for (let i = 1; i < n && !impression; i++) impression = IMPRESSION.has(toks[i]?.low ?? "") || expectedTo(toks, i);
  // Each kind of clause is read by a function of its own, so that V8 optimises each apart.
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t || (i > 0 && (t.cap || !CLAUSE_TRIGGERS.has(t.low)))) continue;
    // A clause starts at the sentence start, after "that", a subordinator, a semicolon, "and"/"but" after a comma.
    let start = -1;
    if (i === 0) start = 0;
    // "is supporting Sanders as a superdelegate and …": "as a"/"as an" is mostly a preposition, no clause opener.
    else if (t.low === "that" || (SUBORDINATORS.has(t.low) && !(t.low === "as" && /^(?:a|an)$/.test(toks[i + 1]?.low ?? ""))) || t.t === ";" || t.t === ":") start = i + 1;
    else if ((t.low === "and" || t.low === "but") && toks[i - 1]?.t === ",") start = i + 1;
    if ((t.low === "who" || t.low === "which") && i > 1) {
      const c = relativeClaim(toks, i, used) ?? relativeExpectation(toks, i);
      if (c) out.push(c);
      continue;
    }
    if (toks[i + 1]?.low === "from" && REACTION_SET.has(t.low) && i > 1) {
      const c = reactionClaim(toks, i);
      if (c) {
        out.push(c);
        continue;
      }
    }
    const agent = AGENT_NOUNS.get(t.low)?.test(toks[i + 1]?.low ?? "") && i + 2 < n ? agentNounClaim(toks, i) : null;
    if (agent) {
      out.push(agent);
      continue;
    }
    const prep = toks[i + 1]?.low === "against" && AGAINST_NOUNS.has(t.low) ? "against" : NOUN_PREP.get(t.low);
    if (prep && toks[i + 1]?.low === prep && i + 2 < n && nounContext(t, toks[i - 1], toks[i - 2])) {
      const c = nounPrepClaim(toks, i);
      if (c) out.push(c);
      continue;
    }
    if (CONTENT_NOUNS.has(t.low) && i + 2 < n && nounContext(t, toks[i - 1], toks[i - 2])) {
      const c = nounClaim(toks, i, used);
      if (c) out.push(c);
      continue;
    }
    if (t.low === "to" && i > 1) {
      const c = purposeClaim(toks, i, used);
      if (c) out.push(c);
      continue;
    }
    if ((t.low === "and" || t.low === "but" || t.low === "or" || t.t === "," || t.low === "by" || t.low === "while" || t.low === "after" || t.low === "before") && i > 1) {
      const c = sharedSubjectClaim(toks, i, t, used);
      if (c) out.push(c);
    }
    if (start < 0 || start >= n) continue;
    if (i === 0 && SUBORDINATORS.has(t.low)) {
      // "Although Ridley mocked the plan, the board …": the opening clause has its own subject, up to its comma.
      const sub = openingClause(toks, used, impression);
      if (sub) out.push(sub);
    }
    const c = clauseAt(toks, start, used, impression);
    if (c) out.push(c);
  }
  for (let v = 1; v < n; v++) {
    const c = shareStance(toks, v, used) ?? spentParticiple(toks, v, used) ?? nounParticiple(toks, v, used) ?? stanceAdjective(toks, v, used) ?? passiveBy(toks, v);
    if (c && !out.some((o) => o.cue.from === v)) out.push(c);
  }
  return out;
}

/** "Sanders, who endorsed Clinton, …": the antecedent of "who"/"which" at `i` speaks. */
function relativeClaim(toks: Token[], i: number, used: (i: number) => boolean): ClauseClaim | null {
  const ante = withApposedName(toks, npEndingAt(toks, toks[i - 1]?.t === "," ? i - 2 : i - 1, Math.max(0, i - 10)), Math.max(0, i - 16));
  const head = ante ? toks[ante.to] : undefined;
  // "who" says a person is meant whatever the noun ("a young child, who said …"); "which" needs a name or a role.
  if (!ante || !head || !(head.cap || ROLE_NOUNS.has(head.low) || toks[i]?.low === "who")) return null;
  const c = verbPhrase(toks, i + 1, ante, head, used);
  // "X, who voted against, said …": a verb with nothing after it inside the relative clause has no content.
  if (!c || toks[c.content.from - 1]?.t === ",") return null;
  // The relative clause ends at its closing comma ("X, who praised the plan, will speak"),
  // or at the main verb when there is none: "Voters who backed Obama said …".
  for (let k = c.content.from + 1; k <= c.content.to; k++) {
    const w = toks[k];
    if (w?.t === "," || (w && w.word && !w.cap && CUE_VERBS.has(w.low) && /(?:ed|s|said|told)$/.test(w.low) && toks[k - 1]?.word && toks[k - 1]?.low !== "to")) {
      c.content.to = k - 1;
      break;
    }
  }
  // "Half of the respondents who support Sanders are in college": or before any finite main verb.
  if (toks[i - 1]?.t !== "," && !CLAUSAL_STANCE.has(toks[c.cue.from]?.low ?? "") && toks[c.content.from]?.low !== "that") c.content.to = Math.min(c.content.to, mainVerbAfter(toks, c.content.from, c.content.to) - 1);
  return c;
}

/**
 * "…, which is expected to draw 50,000 delegates", "Romney, who is said to be weighing a run": an
 * expectation or report in a relative clause, held by no one named; the content runs from the
 * relative word to the main clause's verb, after a closing comma or none, or to the clause's end.
 */
function relativeExpectation(toks: Token[], i: number): ClauseClaim | null {
  let k = i + 1;
  if (!BE_FORM.test(toks[k]?.low ?? "") && !NEGATED_BE.test(toks[k]?.low ?? "")) return null;
  k++;
  for (let w = toks[k]; w && (w.low === "not" || w.low === "also" || (isLy(w) && !w.cap)); w = toks[k]) k++;
  if (!expectedTo(toks, k)) return null;
  // It ends before the main clause's verb: "…, which is expected to draw crowds, opened Monday",
  // "Delegates who are expected to back Cruz met …".
  let end = mainVerbAfter(toks, k + 2, clauseEnd(toks, k + 2)) - 1;
  for (let m = k + 3; m < end; m++) if (toks[m]?.t === "," && verbAfterAside(toks[m + 1], toks[m + 2])) end = m - 1;
  const content = trimPunct(toks, i, end);
  return content ? { speaker: null, cue: { from: k, to: k }, content } : null;
}

/** "… flew to Ohio to praise the plan", "went on radio to say …": a purpose clause with a stance verb or a verb of saying after "to" at `i`; the clause subject speaks. */
function purposeClaim(toks: Token[], i: number, used: (i: number) => boolean): ClauseClaim | null {
  const verb = toks[i + 1];
  if (!verb || !(STANCE_VERBS.has(verb.low) || CUE_VERBS.has(verb.low)) || NOT_PURPOSE.has(verb.low) || inflected(verb.low) || irregularPast(verb.low) || used(i + 1) || INTENT_BEFORE.has(toks[i - 1]?.low ?? "") || enoughBefore(toks, i)) return null;
  const content = contentAfter(toks, i + 1);
  // "…, to press, Clinton remained …", "met to discuss as well": no object after the verb.
  if (!content || (toks[i + 2]?.t === "," && !isOpenQuote(toks[i + 3]?.t ?? "")) || (toks[content.from]?.low === "as" && toks[content.from + 1]?.low === "well")) return null;
  // "…, and his campaign is approaching delegates to back him": the subject of the nearest clause after ", and".
  // "…, although Lanny Davis appeared on Fox to defend her": or after a subordinator.
  // "The decline has led some allies to worry …": a cause's object is the subject of the verb after "to".
  const speaker = causedObject(toks, i) ?? coordinatedSubject(toks, 0, i) ?? nestedSubject(toks, 0, i, ADVERBIAL_OPENER) ?? clauseSubject(toks, 0, i);
  // A cue verb of saying needs a subject that can speak: a name, a pronoun, a role ("Latinos … to say in 2015" is none).
  const head = speaker ? toks[speaker.to] : undefined;
  // "There were no representatives to discuss …": no one acts.
  if (head?.low === "there" && speaker?.from === speaker?.to) return null;
  if (CUE_VERBS.has(verb.low) && !(head && (canSpeak(head) || GROUP_NOUNS.has(head.low)))) return null;
  // "too close to call for …", "who to target": a degree or a question word before "to" makes no purpose clause.
  if (toks[i - 2]?.low === "too" || /^(?:who|whom|what|how|where|when|whether|which)$/.test(toks[i - 1]?.low ?? "")) return null;
  // "referring to demand for …", "in response to calls for …": "to" as a preposition opens no purpose clause.
  if (TO_AS_PREPOSITION.test(toks[i - 1]?.low ?? "")) return null;
  return { speaker, cue: { from: i, to: content.from - 1 }, content };
}

/** "… came out and endorsed Clinton", "…, praising the plan", "by attacking Cruz": the clause subject again, after `t` at `i`. */
function sharedSubjectClaim(toks: Token[], i: number, t: Token, used: (i: number) => boolean): ClauseClaim | null {
  const n = toks.length;
  let v = i + 1;
  while (v < n && (toks[v]?.low === "then" || toks[v]?.low === "also" || toks[v]?.low === "later" || toks[v]?.low === "even" || (toks[v]?.low === "instead" && t.t === ","))) v++;
  // "… and in a statement credited him with …": a short phrase of place or time before the verb.
  if ((t.low === "and" || t.low === "but") && /^(?:in|on|at|during)$/.test(toks[v]?.low ?? "")) {
    for (let k = v + 2; k < n && k <= v + 4 && toks[k]?.word; k++) {
      const w = toks[k];
      if (w && !w.cap && w.low.endsWith("ed") && STANCE_VERBS.has(w.low)) {
        v = k;
        break;
      }
    }
  }
  const verb = toks[v];
  const ing = !!verb && verb.low.endsWith("ing");
  const finite = !!verb && (verb.low.endsWith("ed") || IRREGULAR_PAST.has(verb.low) || (verb.low.endsWith("s") && !NOUNISH.has(verb.low)));
  // "urged a coalition, proposed that more troops stay, and …": after a comma, a past verb with its
  // object is the next predicate of a list that a past verb of the same subject opened.
  const listed = t.t === "," && finite && newPredicate(verb, toks[v + 1]) && pastPredicateBefore(toks, i);
  // "… and want their money back": a base form shares a plural subject (checked below).
  const base = (t.low === "and" || t.low === "but") && !finite && baseStance(verb, toks[v + 1]);
  // "is more experienced and lauded for …": after "be" and an adjective, a participle is passive.
  const passive = (t.low === "and" || t.low === "but") && !!verb && verb.low.endsWith("ed") && adjectiveAfterBe(toks, i);
  // "hasn't endorsed her or conceded his bid": after "or", a past verb with its object.
  const ok = t.low === "or" ? finite && newPredicate(verb, toks[v + 1]) : t.low === "and" || t.low === "but" ? (finite && !passive) || base : ing || listed;
  // "…,” Okafor said, citing …": after a verb of saying, what is cited is part of what was said; so it is
  // between a subject and its verb of saying ("The Journal, citing internal documents, reported …").
  const citedInSpeech = verb?.low === "citing" && t.t === "," && (CUE_VERBS.has(toks[i - 1]?.low ?? "") || cueAfterAside(toks, v));
  if (!verb || !ok || !STANCE_VERBS.has(verb.low) || used(v) || (ing && NOT_PARTICIPLE.has(verb.low) && !citedInSpeech)) return null;
  // "Eight years after backing Obama, Cuban …": inside an opening adverbial, the main clause's subject.
  // "“…,” said Cornell Belcher, a pollster, referring to …": the speaker after the quotation.
  // "…," Black said, referring to …": right after a verb of saying, its subject (a straight quotation
  // mark is no sure opening of the sentence's clause).
  const saidBefore = t.t === "," && !!toks[i - 1]?.word && !toks[i - 1]?.cap && CUE_VERBS.has(toks[i - 1]?.low ?? "") ? sayerBefore(toks, i) : null;
  let speaker = (t.t === "," ? (invertedSpeakerBefore(toks, i, 0) ?? saidBefore ?? (ing ? coordinatedSubject(toks, 0, i) : null)) : null) ?? (t.t !== "," && openingCommaAfter(toks, i) >= 0 ? clauseSubject(toks, 0, n) : ((t.low === "and" && nestedSubject(toks, 0, i, ADVERBIAL_OPENER)) || clauseSubject(toks, 0, i)));
  // "“…,” he said, referring to …": the speaker of the verb right before the comma, or of a verb of
  // saying before an adverbial ("Trump said in August, referring to …").
  if (!speaker && t.t === ",") speaker = sayerBefore(toks, i);
  const head = speaker ? toks[speaker.to] : undefined;
  if (base && !(speaker && head && (/^(?:they|we|i|you)$/.test(head.low) || pluralNoun(head) || pluralHead(toks, speaker.from, speaker.to)))) return null;
  const content = contentAfter(toks, v);
  // "Democrats in Congress, fearing the consequences, repeatedly failed …": a participle between the
  // subject and its verb ends at the comma before that verb.
  if (content && ing && t.t === ",") {
    for (let k = content.from + 1; k < content.to; k++) {
      const w = toks[k + 1];
      if (toks[k]?.t === "," && w?.word && !w.cap && (isLy(w) || w.low.endsWith("ed") || irregularPast(w.low))) {
        content.to = k - 1;
        break;
      }
    }
  }
  // A common noun heads a subject that a determiner opens ("Each faction …, believing").
  const opened = !!speaker && speaker.to > speaker.from && DETERMINERS.has(toks[speaker.from]?.low ?? "");
  if (speaker && head && (canSpeak(head) || opened) && content) return { speaker, cue: { from: v, to: content.from - 1 }, content };
  return null;
}

/**
 * The subject of a verb of saying or stance that ends its clause at the comma `i`, or of a verb of
 * saying before an addressee or adverbial there (sayingBefore).
 */
function sayerBefore(toks: Token[], i: number): TokRange | null {
  const w = toks[i - 1];
  const k = w?.word && !w.cap && (CUE_VERBS.has(w.low) || STANCE_VERBS.has(w.low)) ? i - 1 : sayingBefore(toks, i - 1, 1);
  return k >= 1 ? npEndingAt(toks, k - 1, Math.max(0, k - 11)) : null;
}

/** Whether only lower-case adjectives and adverbs stand between a form of "be" and `i`: "is more experienced (and)". */
function adjectiveAfterBe(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const w = toks[k];
    if (!w || !w.word || w.cap) return false;
    if (BE_FORM.test(w.low)) return k < i - 1;
    if ((DETERMINERS.has(w.low) && !DEGREE.has(w.low)) || NP_STOP.has(w.low) || CUE_VERBS.has(w.low) || STANCE_VERBS.has(w.low)) return false;
  }
  return false;
}

/** Whether a past verb of saying or stance, not capitalised, comes before the token `i` in its sentence. */
function pastPredicateBefore(toks: Token[], i: number): boolean {
  for (let k = 1; k < i; k++) {
    const w = toks[k];
    if (w && w.word && !w.cap && (w.low.endsWith("ed") || IRREGULAR_PAST.has(w.low)) && (CUE_VERBS.has(w.low) || STANCE_VERBS.has(w.low))) return true;
  }
  return false;
}

/** Words before an -ing form that make it no participle of a noun: prepositions, auxiliaries, conjunctions. */
const NOT_BEFORE_PARTICIPLE = new Set(["of", "for", "by", "in", "on", "at", "from", "with", "without", "about", "after", "before", "while", "when", "since", "despite", "into", "to", "and", "or", "but", "than", "like", "against", "upon", "toward", "towards"]);

/** Participles that take sides, read after a noun: "supporting", "backing", "attacking". */
const PARTISAN_PARTICIPLE = /^(?:support|back|oppos|attack|criticiz|criticis|prais|endors|denounc|condemn|favor|favour|champion|tout|mock|slam|blast|reject)ing$/;

/** A noun with a stance participle after it: "the super PAC supporting Blum", "ads attacking the mayor". */
function nounParticiple(toks: Token[], v: number, used: (i: number) => boolean): ClauseClaim | null {
  const verb = toks[v];
  const p = toks[v - 1];
  if (!verb || !p || !verb.word || verb.cap || !PARTISAN_PARTICIPLE.test(verb.low) || used(v)) return null;
  if (!p.word || NOT_BEFORE_PARTICIPLE.has(p.low) || AUXILIARY.has(p.low) || BE_FORM.test(p.low) || NP_STOP.has(p.low) || /(?:ly|ed|ing)$/.test(p.low) || SPEAKER_PRONOUNS.has(p.low) || /['’]s?$/.test(p.t)) return null;
  // "carried placards supporting Blum", "those backing Blum": a bare plural or "those" on its own.
  let speaker = npEndingAt(toks, v - 1, Math.max(0, v - 10)) ?? (ROLE_NOUNS.has(p.low) || (!p.cap && pluralNoun(p)) || p.low === "those" ? { from: v - 1, to: v - 1 } : null);
  if (!speaker) return null;
  // "the wishes of progressives backing his bid": the people after "of" back it, not their wishes.
  let of = -1;
  for (let k = speaker.from + 1; k < v - 1; k++) if (toks[k]?.low === "of") of = k;
  if (of > 0 && !p.cap && (pluralNoun(p) || ROLE_NOUNS.has(p.low)) && !SHARE_OF.test(toks[of - 1]?.low ?? "") && !ROLE_NOUNS.has(toks[of - 1]?.low ?? "")) speaker = { from: of + 1, to: v - 1 };
  let content = contentAfter(toks, v);
  if (!content) return null;
  // "The super PAC supporting Blum spent millions": a subject's participle ends before the verb.
  if (speaker.from === 0 || toks[speaker.from - 1]?.t === ",") content = trimPunct(toks, content.from, beforeVerb(toks, content.from + 1, content.to));
  if (!content) return null;
  // "In her statement condemning the test, Clinton …": inside an opening adverbial the object ends at
  // its comma, and a document's author is the main clause's subject.
  const comma = openingCommaAfter(toks, v);
  if (comma >= 0 && content.to >= comma) {
    content = trimPunct(toks, content.from, comma - 1);
    if (!content) return null;
    if (DOCUMENT_NOUNS.has(p.low)) speaker = clauseSubject(toks, 0, toks.length) ?? speaker;
  }
  return { speaker, cue: { from: v, to: content.from - 1 }, content };
}

/** "Clinton spent much of the week portraying Sanders as …": a participle after time spent is the spender's. */
function spentParticiple(toks: Token[], v: number, used: (i: number) => boolean): ClauseClaim | null {
  const verb = toks[v];
  if (!verb || verb.cap || !verb.low.endsWith("ing") || !(STANCE_VERBS.has(verb.low) || CUE_VERBS.has(verb.low)) || used(v)) return null;
  for (let k = v - 2; k >= 1 && v - k <= 12; k--) {
    const t = toks[k];
    if (!t || !t.word || (k < v - 2 && /ing$/.test(t.low) && !t.cap)) return null;
    if (!SPENT.test(t.low)) continue;
    const sub = subjectBefore(toks, k, 0);
    const head = sub.np ? toks[sub.np.to] : undefined;
    const content = contentAfter(toks, v);
    return sub.np && sub.via === "adjacent" && head && canSpeak(head) && content ? { speaker: sub.np, cue: { from: v, to: content.from - 1 }, content } : null;
  }
  return null;
}

/** Adjectives of stance and the words that introduce what they are about: "critical of", "worried that". */
const STANCE_ADJECTIVES: ReadonlyMap<string, RegExp> = new Map([
  ...["critical", "supportive", "wary", "dismissive", "suspicious", "proud", "fond", "contemptuous", "scornful"].map((w): [string, RegExp] => [w, /^of$/]),
  ...["skeptical", "sceptical"].map((w): [string, RegExp] => [w, /^(?:of|about|that)$/]),
  ...["worried", "concerned", "optimistic", "hopeful"].map((w): [string, RegExp] => [w, /^(?:about|that)$/]),
  ...["pessimistic", "enthusiastic", "excited", "nervous", "anxious", "unapologetic", "ambivalent"].map((w): [string, RegExp] => [w, /^about$/]),
  ...["certain", "convinced", "adamant"].map((w): [string, RegExp] => [w, /^that$/]),
  ["confident", /^(?:that|about|in)$/], ["sure", /^(?:that|of|about)$/], ["afraid", /^(?:of|that)$/], ["opposed", /^to$/],
  ["angry", /^(?:about|at|with|over)$/], ["upset", /^(?:about|with|over|at)$/], ["unhappy", /^(?:with|about)$/], ["happy", /^with$/],
  ["frustrated", /^(?:with|by|about)$/], ["furious", /^(?:at|with|about|over)$/], ["disappointed", /^(?:in|with|by|that)$/],
  ["upbeat", /^about$/], ["terrified", /^of$/], ["fearful", /^(?:of|that)$/],
  ...["divided", "united", "unified", "split"].map((w): [string, RegExp] => [w, /^(?:on|over)$/]),
  ...["vocal", "outspoken"].map((w): [string, RegExp] => [w, /^(?:about|on|in|against)$/]),
  ...["pleased", "impressed", "unimpressed", "alarmed", "troubled", "dismayed", "horrified", "disgusted", "offended", "outraged"].map((w): [string, RegExp] => [w, /^(?:by|with|at|over|that)$/]),
]);

/** A stance adjective after a speaker and a copula: "These voters are skeptical of free trade", "Ridley was confident that …". */
function stanceAdjective(toks: Token[], a: number, used: (i: number) => boolean): ClauseClaim | null {
  const adj = toks[a];
  const intro = toks[a + 1];
  const takes = adj && adj.word && !adj.cap ? STANCE_ADJECTIVES.get(adj.low) : undefined;
  if (!adj || !intro || !takes || !takes.test(intro.low) || used(a)) return null;
  let j = a - 1;
  while (j > 0 && degreeWord(toks[j])) j--;
  const cop = toks[j];
  if (!cop) return null;
  let speaker: TokRange | null = null;
  if (COPULA.test(cop.low)) {
    let s = j - 1;
    // "have long been", "has remained": auxiliaries and adverbs back to the subject.
    while (s > 0 && (AUXILIARY.has(toks[s]?.low ?? "") || NEGATION.has(toks[s]?.low ?? "") || (toks[s]?.low.endsWith("ly") && !toks[s]?.cap))) s--;
    speaker = npEndingAt(toks, s, Math.max(0, s - 10));
    const head = speaker ? toks[speaker.to] : undefined;
    // An impersonal "it" ("it is certain that …") names no one.
    if (!head || !canSpeak(head) || head.low === "it") return null;
  }
  if (!speaker) return null;
  let content: TokRange | null;
  if (intro.low === "that") {
    content = trimPunct(toks, a + 1, clauseEnd(toks, a + 2));
    if (content && content.to - content.from < 3) return null;
  } else content = trimPunct(toks, a + 2, objectEnd(toks, a + 2, clauseEnd(toks, a + 2)));
  if (!content) return null;
  return { speaker, cue: { from: a, to: a + 1 }, content };
}

/** Heads of a share of people: "40 percent", "a majority", "two-thirds", "69%". */
const SHARE_HEAD = /^(?:\d[\d.,]*%?|%|percent|majority|minority|plurality|half|third|thirds|quarter|quarters|fifth|fifths|[a-z]+-(?:thirds|fourths|fifths|quarters))$/;

/** Words a share phrase may open with or hold before its head: "nearly half", "a 69% majority", "more than 60 percent". */
const SHARE_OPEN = new Set(["a", "the", "about", "nearly", "almost", "roughly", "around", "some", "only", "just", "over", "under", "fully", "barely", "than", "more", "less", "fewer", "per", "cent", "an", "overwhelming", "slim", "narrow", "clear", "solid", "bare", "two", "three", "four", "one", "%"]);

/** Where a share subject may start: the sentence start, a comma, a conjunction, "that". */
const SHARE_EDGE = new Set([",", ";", ":", "and", "but", "while", "whereas", "that", "as", "although", "though", "because", "yet", "so"]);

/** Passive participles that name no stance of their agent ("was called by a friend", "was asked by reporters"). */
const NOT_PASSIVE_STANCE = new Set(["called", "asked", "told", "informed", "named", "followed", "joined", "led", "found", "read", "written", "added", "noted", "continued"]);

/**
 * "The plan was criticised by environmental groups", "His remarks were quickly derided by Jo Blum":
 * a passive verb of saying or stance with its agent after "by" — the agent speaks, the subject is what
 * it spoke of. Not when negated ("was not endorsed by"). The caller skips cues already used.
 */
function passiveBy(toks: Token[], v: number): ClauseClaim | null {
  const verb = toks[v];
  if (!verb || !verb.word || verb.cap || toks[v + 1]?.low !== "by" || NOT_PASSIVE_STANCE.has(verb.low)) return null;
  if (!/(?:ed|en|wn)$/.test(verb.low) || !(STANCE_VERBS.has(verb.low) || CUE_VERBS.has(verb.low))) return null;
  const b = passiveBe(toks, v - 1);
  // "wasn’t endorsed by the council" is no stance of the council's (nor is "was not endorsed by").
  if (b < 1 || NEGATION.has(toks[b]?.low ?? "")) return null;
  const agent = npForward(toks, v + 2, Math.min(toks.length, v + 16), true);
  const head = agent ? toks[agent.to] : undefined;
  if (!agent || !head || head.low.endsWith("ing") || !(head.cap || ROLE_NOUNS.has(head.low) || GROUP_NOUNS.has(head.low) || pluralNoun(head))) return null;
  // The subject runs from the clause's start to the verb "be" (or its auxiliary): "Her view is shared by …".
  let end = b - 1;
  while (end > 0 && /^(?:has|have|had|will|would|could|may|might|should|must|can)$/.test(toks[end]?.low ?? "")) end--;
  const subject = clauseSubject(toks, 0, end + 1);
  if (!subject) return null;
  // "The ferry deal": nouns the phrase reader left after its head are part of the subject too.
  for (let k = subject.to + 1; k <= end; k++) {
    const w = toks[k];
    if (!w || !w.word || NP_STOP.has(w.low) || STANCE_VERBS.has(w.low) || CUE_VERBS.has(w.low) || AUXILIARY.has(w.low)) return null;
  }
  return { speaker: agent, cue: { from: v, to: v + 1 }, content: { from: subject.from, to: end } };
}

/** A stance verb after a share of people: "19 percent of students polled support Clinton", "two-thirds oppose it". */
function shareStance(toks: Token[], v: number, used: (i: number) => boolean): ClauseClaim | null {
  const verb = toks[v];
  if (!verb || !verb.word || verb.cap || !STANCE_VERBS.has(verb.low) || used(v) || verb.low.endsWith("ing")) return null;
  let j = v - 1;
  while (j > 0 && (NEGATION.has(toks[j]?.low ?? "") || /^(?:do|does|did|also|still|now|strongly|narrowly|overwhelmingly)$/.test(toks[j]?.low ?? ""))) j--;
  const aux = j < v - 1;
  if (!aux && !/(?:s|ed)$/.test(verb.low) && !IRREGULAR_PAST.has(verb.low) && /^(?:is|was|has|does)$/.test(toks[j]?.low ?? "")) return null;
  if (aux && NOUNISH.has(verb.low)) return null;
  // Back from the verb to the share's head, over "of" and the people it counts ("of college students polled").
  let h = j;
  while (h >= 0 && j - h < 14 && !SHARE_HEAD.test(toks[h]?.low ?? "")) {
    const t = toks[h];
    // "of the voters surveyed in a new poll", "of voters in all five states": a place or a poll after the people counted.
    if (!t || !t.word || AUXILIARY.has(t.low) || CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low) || /^(?:that|who|which|to|on|at|with|by|for)$/.test(t.low)) return null;
    h--;
  }
  if (h < 0 || !SHARE_HEAD.test(toks[h]?.low ?? "") || /^(?:1[89]|20)\d\d$/.test(toks[h]?.t ?? "")) return null;
  // "More than half the senators surveyed": "half" takes its people with or without "of".
  if (h < j && toks[h + 1]?.low !== "of" && !(toks[h]?.low === "half" && toks[h + 1]?.low === "the")) return null;
  // "in" only after the people counted: "half of those in the survey", not "half in the state".
  let counted = false;
  for (let m = h + 2; m < j; m++) {
    const x = toks[m];
    if (!x) break;
    if (x.low === "in" && !counted) return null;
    counted ||= pluralNoun(x) || POLLED.test(x.low);
  }
  let k = h;
  while (k > 0 && (SHARE_OPEN.has(toks[k - 1]?.low ?? "") || /^\d[\d.,]*%?$/.test(toks[k - 1]?.t ?? ""))) k--;
  if (k > 0 && !SHARE_EDGE.has(toks[k - 1]?.low ?? "")) return null;
  const content = contentAfter(toks, v);
  if (!content) return null;
  return { speaker: { from: k, to: j }, cue: { from: v, to: content.from - 1 }, content };
}

/** A stance in a subordinate clause opening the sentence ("Although X mocked the plan, …"), read up to the clause's comma. */
function openingClause(toks: Token[], used: (i: number) => boolean, impression: boolean): ClauseClaim | null {
  let comma = 2;
  while (comma < toks.length && toks[comma]?.t !== ",") comma++;
  if (comma >= toks.length - 1) return null;
  // "As Smith pointed out, the plan …": what follows the comma is what the opening clause attributes.
  const whole = toks[0]?.low === "as" ? clauseAt(toks, 1, used, impression) : null;
  if (whole && whole.content.from > comma) return whole;
  return clauseAt(toks.slice(0, comma), 1, used, impression);
}

/**
 * -ing forms after a comma that give a reason or a setting rather than a claim: ", citing security risks".
 * (claims-train annotates most "citing" after any verb, the seed reference does not: it is kept with verbs of saying
 * only, after one or between a subject and one: "The Journal, citing documents, reported".)
 */
const NOT_PARTICIPLE = new Set(["citing", "looking", "planning", "trying"]);

/** The closing comma of a sentence adverbial between commas opened at `comma` ("…, however, …", "…, in particular, …"); -1 when there is none. */
function adverbialAsideEnd(toks: Token[], comma: number): number {
  if (toks[comma]?.t !== ",") return -1;
  if (SENTENCE_ADVERBS.has(toks[comma + 1]?.low ?? "") && toks[comma + 2]?.t === ",") return comma + 2;
  return ADVERB_PHRASES.has(`${toks[comma + 1]?.low} ${toks[comma + 2]?.low}`) && toks[comma + 3]?.t === "," ? comma + 3 : -1;
}

/** Whether the phrase opened at `v` closes with a comma and a verb of saying: "…, citing internal documents, reported". */
function cueAfterAside(toks: Token[], v: number): boolean {
  for (let k = v + 1; k < toks.length && k <= v + 16; k++) {
    const t = toks[k];
    if (!t || t.t === "." || t.t === ";") return false;
    if (t.t === ",") return !!toks[k + 1]?.word && !toks[k + 1]?.cap && CUE_VERBS.has(toks[k + 1]?.low ?? "");
  }
  return false;
}

/** Words after which "to" is a preposition: "referring to", "in response to", "opposed to". */
const TO_AS_PREPOSITION = /^(?:referring|pointing|reacting|responding|listening|talking|speaking|turning|returning|contributing|objecting|according|due|thanks|committed|dedicated|devoted|opposed|compared|related|exposed|accustomed|subjected|response|regard|respect|relation|addition|contrary|alternative|access|attention|approach)$/;

/** Stance verbs too loose in a purpose clause ("to see them", "to avoid a fight", "to find common ground"). */
const NOT_PURPOSE = new Set(["see", "avoid", "decide", "challenge", "tie", "air", "share", "consider", "knock", "confront", "allow", "answer", "distance", "remember", "thank", "imagine", "link", "address", "file", "sign", "like", "love", "prefer", "want", "find"]);

/** "wasn't enough to claim the nomination", "enough delegates to claim": what suffices, not a purpose ("bold enough to tout" is one). */
function enoughBefore(toks: Token[], i: number): boolean {
  const p = toks[i - 1]?.low ?? "";
  return (toks[i - 2]?.low === "enough" && !!toks[i - 1]?.word && !/^(?:and|or|but)$/.test(p)) || (p === "enough" && /^(?:is|was|be|been|not|n't|isn't|wasn't|big|large|high|strong)$/.test(toks[i - 2]?.low ?? ""));
}

/** Words before "to" that make it no purpose clause: "able to", "going to", "want to" (taken as an intention). */
const INTENT_BEFORE = new Set(["able", "going", "want", "wants", "wanted", "plan", "plans", "planned", "hope", "hopes", "hoped", "seek", "seeks", "sought", "tried", "try", "tries", "trying", "need", "needs", "needed", "refused", "refuse", "agreed", "decided", "likely", "unlikely", "expected", "set", "has", "have", "had", "used", "began", "begin", "started", "continue", "continued", "vowed", "pledged", "promised", "intends", "intended", "aims", "aimed", "declined", "order", "due", "ready", "willing", "eager", "allowed", "asked", "urged", "told", "called", "authorized", "permitted"]);

/** Tokens at which clauseClaims looks for a claim (besides the first): clause openers, relatives, "to", content nouns. */
const CLAUSE_TRIGGERS: ReadonlySet<string> = new Set([...NOUN_PREP.keys(), ...AGENT_NOUNS.keys(), ...REACTION_NOUNS, ...AGAINST_NOUNS, "that", ";", ":", "and", "but", "or", ",", "who", "which", "to", "by", "while", "after", "before", ...SUBORDINATORS, ...CONTENT_NOUNS]);

const MAKE = /^(?:made|makes|make|making)$/;

function clauseAt(toks: Token[], start: number, used: (i: number) => boolean, impression: boolean): ClauseClaim | null {
  if (isOpenQuote(toks[start]?.t ?? "")) return null;
  // Opening adverbials up to a comma ("In November, …", "Speaking on Tuesday, …") and a dateline.
  const i = skipOpening(toks, start, toks.length);
  if (i === null) return null;
  const first = toks[i];
  if (!first || !first.word) return null;
  const expected = impression ? expectedAt(toks, i, used) : null;
  if (expected) return expected;
  // "Some view Trump as …", "Many want a recount": a quantifier standing for people.
  if (QUANTIFIER_SUBJECT.test(first.low) && baseStance(toks[i + 1], toks[i + 2], true)) return verbPhrase(toks, i + 1, { from: i, to: i }, first, used);
  if (first.cap && (NP_STOP.has(first.low) || CLAUSE_OPENERS.has(first.low)) && !approximateShare(toks, i)) return null;
  // "…, and like Trump has spoken about …": a phrase opened by "like" is compared with the subject, not the subject.
  if (!first.cap && /^(?:like|unlike)$/.test(first.low)) return null;
  // "Many farmers want a new pier", "Young voters back Ridley": a plural noun phrase before a stance verb's base form.
  const plural = pluralSubject(toks, i);
  // "Men under 35 support …": the plural noun heads the phrase, not the age or place after it.
  const ph = plural ? toks.slice(plural.from, plural.to + 1).reverse().find(pluralNoun) : undefined;
  if (plural && ph) return verbPhrase(toks, plural.to + 1, plural, ph, used);
  const np = npForward(toks, i, Math.min(toks.length, i + 10));
  // "Voters in each state want …": the phrase's head speaks, not the noun it ends on.
  const head = np ? (canSpeak(toks[np.to] as Token) ? toks[np.to] : toks[phraseHead(toks, np.from, np.to)]) : undefined;
  if (!np || !head || !canSpeak(head)) return null;
  if (head.low === "it" || head.low === "there") return null;
  const apposed = appositiveEnd(toks, np.to + 1);
  const modified = apposed > 0 || DETERMINERS.has(head.low) ? -1 : participleEnd(toks, np.to + 1);
  // "His opponent, Rep. Alan Grayson, would …": the name in the appositive is part of the speaker.
  const speaker = apposed > 0 && toks[np.to + 2]?.cap ? { from: np.from, to: apposed - 1 } : np;
  // "Sen. Jo Blum (D-Ore.) opposes …": a parenthesis after a name belongs to the name.
  const paren = head.cap && toks[np.to + 1]?.t === "(" ? parenthesisEnd(toks, np.to + 1) : -1;
  if (paren > 0) return verbPhrase(toks, paren + 1, np, head, used);
  return verbPhrase(toks, np.to + 1, np, head, used) ?? (apposed > 0 ? verbPhrase(toks, apposed + 1, speaker, head, used) : modified > 0 ? verbPhrase(toks, modified, np, head, used) : asideThenVerb(toks, np, head, used));
}

/** The closing parenthesis of a short parenthesis (a party and state, an age: at most six tokens, no comma) opened at `open`; -1 when none. */
function parenthesisEnd(toks: Token[], open: number): number {
  for (let k = open + 1; k < toks.length && k <= open + 7; k++) {
    const t = toks[k];
    if (!t || t.t === "," || t.t === "(") return -1;
    if (t.t === ")") return k > open + 1 ? k : -1;
  }
  return -1;
}

/**
 * "Rihanna, who was honoured on the night, spoke about …", "Most presidents, including Obama, have
 * backed …": a relative clause or an "including" phrase between commas after the subject, then
 * the subject's verb.
 */
function asideThenVerb(toks: Token[], np: TokRange, head: Token, used: (i: number) => boolean): ClauseClaim | null {
  const comma = np.to + 1;
  // "Kagan — who was an architect of the surge — supports …": a relative clause between dashes.
  if (isDash(toks[comma]?.t ?? "") && /^(?:who|which)$/.test(toks[comma + 1]?.low ?? "")) {
    for (let k = comma + 3; k < toks.length && k <= comma + 40; k++) {
      const t = toks[k];
      if (!t || t.t === ";" || t.t === "." || isOpenQuote(t.t)) return null;
      if (isDash(t.t)) return verbPhrase(toks, k + 1, np, head, used);
    }
    return null;
  }
  // "Younger voters, in particular, have expressed …", "The mayor, however, backed …": an adverbial between commas.
  const adverbial = adverbialAsideEnd(toks, comma);
  if (adverbial > 0) return verbPhrase(toks, adverbial + 1, np, head, used);
  if (toks[comma]?.t !== "," || !/^(?:who|which|including|like|unlike)$/.test(toks[comma + 1]?.low ?? "")) return null;
  const v = verbAfterSubject(toks, comma, toks.length);
  return v > comma + 2 && toks[v - 1]?.t === "," ? verbPhrase(toks, v, np, head, used) : null;
}

/**
 * "A majority of voters looking for an outsider candidate supported Trump", "the senators surveyed
 * support …": where the verb after a participle phrase at `p` that modifies the subject stands
 * (a stance verb in the past or present, not followed by "by"); -1 when there is none.
 */
function participleEnd(toks: Token[], p: number): number {
  const t = toks[p];
  // A form in -ed is a participle only for verbs of polling: "arrived at" is the clause's own verb.
  // "the police shooting of a man sparked …": an -ing form before "of" is a noun.
  if (!t || !t.word || t.cap || t.low.length < 5 || !(t.low.endsWith("ing") || POLLED.test(t.low)) || CUE_VERBS.has(t.low) || toks[p + 1]?.low === "of") return -1;
  for (let k = p + 1; k < toks.length && k <= p + 12; k++) {
    const w = toks[k];
    if (!w || !w.word || /^(?:who|which|that|and|but|or)$/.test(w.low) || AUXILIARY.has(w.low)) return -1;
    // A past form, or an -s form that is no plural noun ("the challenges"); a base form only after a
    // plural subject, which verbPhrase checks.
    const form = w.low.endsWith("ed") || IRREGULAR_PAST.has(w.low) || (w.low.endsWith("s") ? !NOUNISH.has(w.low) : !NOUN_HOMOGRAPHS.has(w.low));
    if (!w.cap && STANCE_VERBS.has(w.low) && form && !/ing$/.test(w.low) && toks[k + 1]?.low !== "by" && !DETERMINERS.has(toks[k - 1]?.low ?? "") && toks[k - 1]?.low !== "to") return k;
  }
  return -1;
}

/**
 * "Carole Bower, 75, a retiree in Carthage, Ill., supported …": the comma that closes an appositive
 * opened by the comma at `comma` (an age, or a phrase a determiner opens), before a lower-case verb;
 * -1 when there is none. A verb or a relative pronoun inside makes it a clause, not an appositive.
 */
function appositiveEnd(toks: Token[], comma: number): number {
  const a = toks[comma + 1];
  // "His opponent, Rep. Alan Grayson, would support …": a name after a common noun is an appositive too.
  const named = !!a?.cap && a.word && !toks[comma - 1]?.cap && nameRunEnd(toks, comma + 1) > comma;
  if (toks[comma]?.t !== "," || !a || !(named || /^\d{1,3}$/.test(a.t) || (DETERMINERS.has(a.low) && !/^(?:that|this|these|those)$/.test(a.low)))) return -1;
  if (named) {
    const e = nameRunEnd(toks, comma + 1);
    return closesAppositive(toks, e + 1) ? e + 1 : -1;
  }
  // "the top Democrat on the committee who helped negotiate the deal, will …": a relative clause may close it.
  let relative = false;
  for (let k = comma + 2; k < toks.length && k <= comma + 20; k++) {
    const t = toks[k];
    if (t?.word && !t.cap && t.low === "who" && !relative && toks[k - 1]?.word) {
      relative = true;
      continue;
    }
    if (!t || t.t === ";" || t.t === ":" || isOpenQuote(t.t) || isCloseQuote(t.t) || (t.word && !t.cap && (/^(?:who|which|that|and|but)$/.test(t.low) || (AUXILIARY.has(t.low) && !relative) || STANCE_VERBS.has(t.low) || CUE_VERBS.has(t.low)))) return -1;
    if (!relative && k > comma + 16) return -1;
    if (closesAppositive(toks, k)) return k;
  }
  return -1;
}

/** A comma at `k` before a lower-case verb, auxiliary or adverb: the appositive before it has closed. */
function closesAppositive(toks: Token[], k: number): boolean {
  const n = toks[k + 1];
  return toks[k]?.t === "," && !!n && n.word && !n.cap && (STANCE_VERBS.has(n.low) || CUE_VERBS.has(n.low) || AUXILIARY.has(n.low) || BETWEEN_SUBJECT_AND_CUE.has(n.low) || n.low.endsWith("ly"));
}

/** Quantifiers that stand for people as a subject: "Some view …", "Many want …". */
const QUANTIFIER_SUBJECT = /^(?:some|many|most|others|few|several|both|all)$/;

/**
 * A plural subject at `i` before a stance verb's base form: an optional quantifier or share ("a
 * majority of"), up to two modifiers, the plural noun, and a place or age after it ("in Ohio").
 */
function pluralSubject(toks: Token[], i: number): TokRange | null {
  let k = i;
  if (DETERMINERS.has(toks[k]?.low ?? "") && !BARE_DETERMINERS.has(toks[k]?.low ?? "")) k++;
  // "About two-thirds of …": an approximation before the share.
  else if (approximateShare(toks, k)) k++;
  // "A majority of voters …", "Two-thirds of the voters …": a share of the plural.
  if (/^(?:a|the)$/.test(toks[k]?.low ?? "") && SHARE_OF.test(toks[k + 1]?.low ?? "")) k++;
  if (SHARE_OF.test(toks[k]?.low ?? "") && toks[k + 1]?.low === "of") k += DETERMINERS.has(toks[k + 2]?.low ?? "") ? 3 : 2;
  for (let m = 0; m < 3; m++, k++) {
    const t = toks[k];
    if (!t || !t.word || NP_STOP.has(t.low) || DETERMINERS.has(t.low) || /(?:ly|ing)$/.test(t.low)) return null;
    if (!pluralNoun(t)) continue;
    if (baseVerb(toks[k + 1])) return { from: i, to: k };
    // "Men under 35 support …", "voters in Ohio and Iowa back …": a place or an age after the plural.
    const e = placeOrAgeEnd(toks, k + 1);
    if (e > 0 && baseVerb(toks[e + 1])) return { from: i, to: e };
  }
  return null;
}

/** A stance verb's base form, the verb after a plural subject: "want", "support", not "saw". */
const baseVerb = (v: Token | undefined): boolean => baseForm(v) && !IRREGULAR_PAST.has(v.low);

/** Where "in Ohio", "under 35", "from New York and Iowa" ends after a plural at `p - 1`; -1 when no such phrase is there. */
function placeOrAgeEnd(toks: Token[], p: number): number {
  if (!/^(?:in|from|under|over|across)$/.test(toks[p]?.low ?? "")) return -1;
  let e = -1;
  for (let k = p + 1; k <= p + 4; k++) {
    const t = toks[k];
    if (!t || !t.word) break;
    if (t.cap || /^\d+$/.test(t.t)) e = k;
    // "voters in all five states": a counted plural.
    else if (e < 0 && k < p + 4 && (DETERMINERS.has(t.low) || NUMBER_WORD.test(t.low))) continue;
    else if (e < 0 && k > p + 1 && pluralNoun(t)) e = k;
    else if (!(t.low === "and" && e === k - 1)) break;
  }
  // "… in all five states voting Tuesday support …": a participle and its day after the place.
  if (e > 0 && /(?:ing|ed)$/.test(toks[e + 1]?.low ?? "") && WEEKDAY.test(toks[e + 2]?.low ?? "")) e += 2;
  return e;
}

/** "he's", "she's": a pronoun and a contracted "is" or "has" ("it's" speaks for no one). */
const HE_IS = /^(?:he|she)['’]s$/;

/** The verb after a subject (auxiliaries skipped) and its content. */
function verbPhrase(toks: Token[], after: number, np: TokRange, head: Token, used: (i: number) => boolean): ClauseClaim | null {
  // "Trump's tweet came …", "Her attacks on …": a possessive is no subject.
  // "He's backing …" is "he is" or "he has".
  if (/['’]s?$/.test(head.t) && head.t.length > 2 && !HE_IS.test(head.low)) return null;
  if (np.from === np.to && /^(?:his|her|their|its|my|our|your)$/.test(head.low)) return null;
  // Auxiliaries, adverbs and negation ("doesn't support X" is a stance on X too); "is"/"was" only before an -ing form.
  let v = after;
  let aux = false;
  while (v < toks.length) {
    const t = toks[v];
    if (!t) break;
    if (NEGATION.has(t.low)) {
      aux = true;
      v++;
      continue;
    }
    // "started to portray the shooting as …", "began to criticize …": an aspect verb before "to" opens the stance.
    if (ASPECT.test(t.low) && toks[v + 1]?.low === "to") {
      aux = true;
      v += 2;
      continue;
    }
    // "Trump earlier Tuesday backed away from …": a weekday after "earlier" or "later".
    const day = v > after && WEEKDAY.test(t.low) && /^(?:earlier|later)$/.test(toks[v - 1]?.low ?? "");
    if (day || BETWEEN_SUBJECT_AND_CUE.has(t.low) || BE_FORM.test(t.low) || isLy(t)) {
      aux = true;
      v++;
    } else break;
  }
  const verb = toks[v];
  if (!verb || !verb.word || verb.cap || used(v)) return null;
  const idiom = idiomEnd(toks, v);
  if (idiom < 0 && MAKE.test(verb.low)) {
    // "X made it clear that …", "X made the case that …".
    let k = v + 1;
    if (toks[k]?.low === "it") k++;
    if (toks[k]?.low === "the" && toks[k + 1]?.low === "case") k++;
    if (toks[k]?.low !== "clear" && toks[k]?.low !== "case") return null;
    const content = trimPunct(toks, k + 1, clauseEnd(toks, k + 1));
    return content && content.to - content.from >= 2 ? { speaker: np, cue: { from: v, to: k }, content } : null;
  }
  // "was backed", "was not backed", "wasn’t backed": a passive (a negation may stand between).
  const lastAux = NEGATION.has(toks[v - 1]?.low ?? "") && !NEGATED_BE.test(toks[v - 1]?.low ?? "") ? toks[v - 2] : toks[v - 1];
  const be = BE_FORM.test(lastAux?.low ?? "") || NEGATED_BE.test(lastAux?.low ?? "") || lastAux?.low === "been" || (lastAux === head && HE_IS.test(head.low));
  const ing = verb.low.endsWith("ing");
  if (be !== ing) return null;
  // "has taken a swipe at …", "came out against …": an idiom of stance, its object up to an adverbial.
  if (idiom > 0) {
    const c = idiom + 1;
    // "has pushed for months that …": a time after "for" is no object.
    // "The brush off was …": a determiner alone is no subject, and the idiom's verb was a noun.
    // "walked back to the car", "walked back home": a place after the idiom, no object.
    if ((toks[idiom]?.low === "for" && timeAfterFor(toks, c) > 0) || DETERMINERS.has(head.low) || NO_OBJECT.test(toks[c]?.low ?? "")) return null;
    const content = trimPunct(toks, c, objectEnd(toks, c, clauseEnd(toks, c)));
    return content ? { speaker: np, cue: { from: v, to: idiom }, content } : null;
  }
  const next = toks[v + 1];
  if (!STANCE_VERBS.has(verb.low) && !(CUE_VERBS.has(verb.low) && TOPIC_VERBS.test(verb.low) && TOPIC_PARTICLE.test(next?.low ?? ""))) return null;
  if (!aux && !/(?:s|ed)$/.test(verb.low) && !IRREGULAR_PAST.has(verb.low)) {
    // A base form needs a plural or first/second-person subject: "they want", not "the Trump tweet".
    if (!/^(?:i|we|they|you)$/.test(head.low) && !(np.from === np.to && QUANTIFIER_SUBJECT.test(head.low)) && !(ROLE_NOUNS.has(head.low) && head.low.endsWith("s")) && !pluralNoun(head) && !pluralHead(toks, np.from, np.to)) return null;
  }
  // "supports raising the wage", "opposes “arbitrary cuts”": a gerund or a quotation is an object too.
  if (!aux && verb.low.endsWith("s") && NOUNISH.has(verb.low) && !(next && (next.cap || DETERMINERS.has(next.low) || OBJECT_PRONOUNS.has(next.low) || next.low === "that" || (next.low === "out" && verb.low === "points") || isOpenQuote(next.t) || (next.word && next.low.endsWith("ing") && next.low.length > 5)))) return null;
  if (nounInS(toks, v)) return null;
  const c0 = afterParticle(toks, v, /^(?:away|down|off|back)$/.test(toks[v + 1]?.low ?? "") ? v + 2 : v + 1);
  if (c0 < 0) return null;
  // "As Kreutz points out in a column on Yahoo News, doing …": a clause opened by "as" attributes what follows its comma.
  const pointOut = toks[c0 - 1]?.low === "out" && /^point/.test(verb.low);
  if ((pointOut || CLAUSAL_STANCE.has(verb.low)) && (toks[c0]?.t === "," || PREP_TAIL.has(toks[c0]?.low ?? ""))) {
    const lead = asLeadContent(toks, np.from - 1, c0);
    if (lead) return { speaker: np, cue: { from: v, to: c0 - 1 }, content: lead };
  }
  const c = pastLeadingTime(toks, c0);
  let end = clauseEnd(toks, c);
  // An object, not a clause: "endorsed Trump last week" is about Trump.
  if (!CLAUSAL_STANCE.has(verb.low)) end = objectEnd(toks, c, end);
  let from = c;
  while (from <= end && !toks[from]?.word && !isOpenQuote(toks[from]?.t ?? "")) from++;
  let to = end;
  // "backed the plan and in a statement praised …": an object that ends before a new predicate leaves its "and".
  while (to >= from && ((!toks[to]?.word && !isCloseQuote(toks[to]?.t ?? "") && toks[to]?.t !== ")") || (to > from && /^(?:and|or|but)$/.test(toks[to]?.low ?? "")))) to--;
  if (to < from) return null;
  return { speaker: np, cue: { from: v, to: c0 - 1 }, content: { from, to } };
}

/** Words that open no object after an idiom of stance: a preposition of place or a place adverb ("walked back to the car", "walked back home"). */
const NO_OBJECT = /^(?:to|into|from|toward|towards|through|across|down|up|inside|outside|home|away|here|there|upstairs|downstairs)$/;
