// Claims beyond the verbs of saying (attribution.ts): stances, where a speaker-like subject (a name,
// a pronoun, a role noun, a share of people, a plural noun phrase) thinks, wants, backs or attacks
// something, in main, relative, coordinated and participial clauses, a passive's agent and a partisan
// participle ("the PAC supporting X"). Nominal cues, impressions, object ends, a clause read from its
// start, the verb phrase, asides after a subject and the stances read at their cue have modules of their own.
import { PHRASAL_STANCE, BE_FORM, DEGREE, inflected, CUE_VERBS, DETERMINERS, GROUP_NOUNS, NEGATED_BE, NP_STOP, ROLE_NOUNS, STANCE_VERBS, CLAUSAL_STANCE } from "../lexicon/cues.ts";
import { isLy, npEndingAt, pluralHead, pluralNoun, trimPunct, type TokRange } from "./attribution-np.ts";
import { openingCommaAfter } from "./attribution-openings.ts";
import { ADVERBIAL_OPENER, clauseSubject, SUBORDINATORS } from "./attribution-clause-subject.ts";
import { withApposedName } from "./attribution-antecedents.ts";
import { coordinatedSubject, nestedSubject } from "./attribution-inner-clauses.ts";
import { invertedSpeakerBefore, sayingBefore } from "./attribution-subjects.ts";
import { isOpenQuote, type Token } from "./attribution-tokens.ts";
import { verbAfterAside } from "./attribution-bounds.ts";
import { canSpeak, IRREGULAR_PAST, irregularPast, mainVerbAfter, newPredicate, type ClauseClaim } from "./attribution-context.ts";
import { baseStance, contentAfter, causedObject, listEnd, TOPIC_VERBS, phraseEnd } from "./attribution-objects.ts";
import { IN_SOURCES } from "./attribution-frames.ts";
import { expectedTo, IMPRESSION } from "./attribution-impressions.ts";
import { nounPrepClaim, AGENT_NOUNS, REACTION_NOUNS, REACTION_SET, reactionClaim, agentNounClaim, CONTENT_NOUNS, NOUN_PREP, AGAINST_NOUNS, nounContext, nounClaim } from "./attribution-nominal.ts";
import { NOUNISH, verbPhrase } from "./attribution-verb-phrase.ts";
import { clauseAt, openingClause } from "./attribution-stance-clauses.ts";
import { frontedParticiple, nounParticiple, passiveBy, shareStance, spentParticiple, stanceAdjective, STANCE_ADJECTIVES } from "./attribution-stance-cues.ts";

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
  const fronted = frontedParticiple(toks, 0, used) ?? frontedParticiple(toks, 1, used);
  if (fronted) out.push(fronted);
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
    // "Trump, who has insulted women, Mexicans and Muslims, …": a list's commas close nothing.
    const list = w?.t === "," ? listEnd(toks, k, c.content.to) : -1;
    if (list > k) {
      k = list;
      continue;
    }
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
  let end = mainVerbAfter(toks, k + 2, phraseEnd(toks, k + 2)) - 1;
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
  const citedInSpeech = verb?.low === "citing" && t.t === "," && (CUE_VERBS.has(toks[i - 1]?.low ?? "") || cueAfterAside(toks, v) || saidEarlier(toks, i));
  if (!verb || !ok || !STANCE_VERBS.has(verb.low) || used(v) || (ing && NOT_PARTICIPLE.has(verb.low) && !citedInSpeech)) return null;
  // "Eight years after backing Obama, Cuban …": inside an opening adverbial, the main clause's subject.
  // "“…,” said Cornell Belcher, a pollster, referring to …": the speaker after the quotation.
  // "…," Black said, referring to …": right after a verb of saying, its subject (a straight quotation
  // mark is no sure opening of the sentence's clause).
  const saidBefore = t.t === "," && ((!!toks[i - 1]?.word && !toks[i - 1]?.cap && CUE_VERBS.has(toks[i - 1]?.low ?? "")) || citedInSpeech) ? sayerBefore(toks, i) : null;
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

/** Whether a word, not capitalised, that passes `ok` comes before the token `i` in its sentence (past its first word). */
function wordBefore(toks: Token[], i: number, ok: (low: string) => boolean): boolean {
  for (let k = 1; k < i; k++) {
    const w = toks[k];
    if (w && w.word && !w.cap && ok(w.low)) return true;
  }
  return false;
}

/** Whether a past verb of saying or stance comes before the token `i` in its sentence. */
const pastPredicateBefore = (toks: Token[], i: number): boolean => wordBefore(toks, i, (w) => (w.endsWith("ed") || IRREGULAR_PAST.has(w)) && (CUE_VERBS.has(w) || STANCE_VERBS.has(w)));

/** Whether a verb of saying (not an -ing form) comes before the comma at `i` in its sentence: "analysts said …, citing". */
const saidEarlier = (toks: Token[], i: number): boolean => wordBefore(toks, i, (w) => CUE_VERBS.has(w) && !w.endsWith("ing"));

/**
 * -ing forms after a comma that give a reason or a setting rather than a claim: ", citing security risks".
 * (claims-train annotates most "citing" after any verb, the seed reference does not: it is kept with verbs of saying
 * only, after one, after a clause with one ("analysts said …, citing") or between a subject and one: "The
 * Journal, citing documents, reported".)
 */
const NOT_PARTICIPLE = new Set(["citing", "looking", "planning", "trying"]);

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
