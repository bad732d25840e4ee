// Claims beyond the verbs of saying (attribution.ts): stances, where a speaker-like subject (a name,
// a pronoun, a role noun) thinks, wants, backs, attacks or praises something ("Trump mocked the
// idea", "Clinton backed the bill", "They want a change"), in main, relative, coordinated and
// participial clauses, after a share of people ("two-thirds oppose …") or a plural noun phrase, and
// after a noun as a partisan participle ("the PAC supporting X"), a passive's agent ("the plan was
// criticised by the union"); nominal cues ("Trump's claim that
// …", "criticism of the deal"); questions
// ("Asked whether …"); sources named in an adverbial ("In a CNN poll, …"); and impressions no one is
// named for ("X is expected to …", "X seemed …"). Token ranges only; attribution.ts makes spans.
import { ADVERB_PHRASES, ARTICLE, ASPECT, BE_FORM, CAUSATIVE, ARTICLE_OR_POSSESSIVE, SENTENCE_ADVERBS, BARE_DETERMINERS, BETWEEN_SUBJECT_AND_CUE, ON_MEDIUM, CLAUSE_OPENERS, DEGREE, degreeWord, FINITE_AUXILIARY, inflected, PHRASAL_STANCE, CUE_VERBS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, NEGATED_BE, NEGATION, NOUN_HOMOGRAPHS, NP_STOP, REGARD_AS, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_VERBS, CLAUSAL_STANCE } from "../lexicon/cues.ts";
import { alternation, MONTHS, WEEKDAY } from "../lexicon/calendar.ts";
import { PLACES } from "../lexicon/places.ts";
import { ADVERBIAL_OPENER, approximateShare, clauseSubject, continuesAfterBut, coordinatedSubject, deicticTimeEnd, idiomEnd, invertedSpeakerBefore, isLy, nestedSubject, npEndingAt, timeAfterFor, npForward, NUMBER_WORD, openingCommaAfter, phraseHead, pluralHead, pluralNoun, POLLED, sayingBefore, SHARE_OF, skipOpening, SUBORDINATORS, subjectBefore, TIME_PREPOSITION, trimPunct, type TokRange, verbAfterSubject, withApposedName } from "./attribution-np.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { asLeadContent, CLAUSE_VERB, PREP_TAIL, predicateAfter, speakerThenCue, verbAfterAside } from "./attribution-bounds.ts";
import { canSpeak, IRREGULAR_PAST, irregularPast, mainVerbAfter, newPredicate, OBJECT_PRONOUNS, passiveBe } from "./attribution-context.ts";
import { SPENT } from "./attribution-speakers.ts";

export interface ClauseClaim {
  /** Null when the text names no speaker: "the claim that …", "to highlight the crisis". */
  speaker: TokRange | null;
  cue: TokRange;
  content: TokRange;
}

/** Particles that belong to the cue ("talked about", "pointed to"), not to the content. */
const PARTICLES = new Set(["about", "of", "for", "on", "out", "at", "against", "up", "to", "over", "with", "into"]);
/** Words that open a new clause inside a sentence. */
/** -s forms that are more often plural nouns: "Trump attacks" as a verb needs an object after it. */
const NOUNISH = new Set([
  "attacks", "questions", "charges", "fears", "hopes", "views", "thanks", "doubts", "demands", "requests", "offers",
  "answers", "counters", "points", "figures", "echoes", "links", "ties", "lists", "details", "references", "wishes",
  "guesses", "regrets", "laments", "mentions", "blames", "faults", "credits", "signals", "hints", "projects",
  "forecasts", "estimates", "releases", "shares", "files", "challenges", "likes", "loves", "feels", "labels", "brands",
  "backs", "supports", "records", "reports", "calls", "claims", "plans", "aims", "needs", "wants", "shows", "finds",
]);

/** Documents and occasions a finding or statement appears "in": "In a CNN poll, …", "… in a new survey." */
const IN_SOURCES = new Set(["poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "letter", "memo", "op-ed", "column", "editorial", "filing", "complaint", "lawsuit", "book", "video", "ad", "release", "data", "figures", "census", "forecast", "model", "index", "ranking", "rankings", "tally", "count", "average", "averages"]);
const WH = /^(?:what|whether|if|who|whom|how|why|when|where|which|about)$/;

/** Sentence frames with a source in an adverbial: "In a CNN poll, …", "… in the latest survey", "Asked whether …, X said". */
export function framedClaims(toks: Token[]): ClauseClaim[] {
  const out: ClauseClaim[] = [];
  const first = toks[0];
  if (!first) return out;
  if (first.low === "in") {
    // "In an NBC News poll released Monday, 50 percent chose Clinton."
    let k = 1;
    while (k < toks.length && k < 14 && toks[k]?.t !== ",") k++;
    const head = headNoun(toks, 1, k);
    if (head > 0 && toks[k]?.t === ",") {
      const content = trimPunct(toks, k + 1, toks.length - 1);
      if (content && content.to - content.from >= 2) out.push({ speaker: { from: 1, to: k - 1 }, cue: { from: 0, to: 0 }, content });
    }
    return out;
  }
  // "When asked whom she supported, …": the same after "when".
  const a = first.low === "when" && toks[1]?.low === "asked" ? 1 : 0;
  // "Asked Tuesday about Sullivan, …": a weekday is an adverbial, not the one asked.
  const day = WEEKDAY.test(toks[a + 1]?.low ?? "");
  if (toks[a]?.low === "asked" && toks[a + 1] && (!toks[a + 1]?.cap || day)) {
    // "Asked whether he would run, Smith said …": the question is the content, and its asker (a
    // reporter, unnamed) is not Smith, who was asked. It opens at the question word, after any
    // adverbial ("When asked at the conference about the merger").
    let k = a + 1;
    while (k < toks.length && k < 30 && toks[k]?.t !== ",") k++;
    let wh = -1;
    for (let m = a + 1; m < k && wh < 0; m++) if (WH.test(toks[m]?.low ?? "")) wh = m;
    // "When asked to leave, he refused": a request.
    if (a === 1 && toks[2]?.low === "to") wh = 2;
    // "Asked by Jo Blum whether …": the asker is named.
    const by = toks[a + 1]?.low === "by" ? npForward(toks, a + 2, k) : null;
    // "Asked by Stephanopoulos to respond, …": so is a request after the asker.
    if (by && toks[by.to + 1]?.low === "to") wh = by.to + 1;
    // Only an adverbial is skipped: "Asked a direct question about this" keeps its object.
    const adverbial = day || /^(?:at|in|on|during|after|before|later|again|repeatedly|earlier)$/.test(toks[a + 1]?.low ?? "");
    const from = by ? by.to + 1 : adverbial ? wh : a + 1;
    const content = wh < 0 ? null : trimPunct(toks, from, k - 1);
    if (content) out.push({ speaker: by, cue: { from: a, to: by ? a + 1 : a }, content });
    return out;
  }
  // "… held a 24-point lead in a CNN national poll."
  const last = toks.length - 1;
  for (let k = Math.max(3, last - 12); k < last; k++) {
    if (toks[k]?.low !== "in" || !/^(?:a|an|the|his|her|their|its|latest|new|recent|most)$/.test(toks[k + 1]?.low ?? "")) continue;
    let e = last;
    while (e > k && !toks[e]?.word) e--;
    const h = headNoun(toks, k + 1, e + 1);
    // "lead in the polls" is an idiom, not a source: a single document is named.
    if (h < 0 || toks[h]?.low.endsWith("s") || toks[h]?.low === "data") continue;
    // "in a Courier poll said …", "… in the ad states": the phrase must end the sentence, not be
    // followed by a verb of its own ("up eight points" has a noun after a number).
    if (toks.slice(h + 1, e + 1).some((w, n) => w.word && !w.cap && (CUE_VERBS.has(w.low) || (STANCE_VERBS.has(w.low) && !/^\d/.test(toks[h + n]?.t ?? "") && !NUMBER_WORD.test(toks[h + n]?.low ?? ""))))) continue;
    // "as Blum points out in a column, …", "wrote in a memo": the phrase is where a verb before it was said.
    const said = toks[k - 1]?.low === "out" ? toks[k - 2] : toks[k - 1];
    if (said && !said.cap && (CUE_VERBS.has(said.low) || (said !== toks[k - 1] && STANCE_VERBS.has(said.low)))) continue;
    // "42 percent of the Republicans surveyed in the CBS poll": a phrase after "surveyed" names who were asked.
    if (POLLED.test(toks[k - 1]?.low ?? "")) break;
    const content = trimPunct(toks, 0, k - 1);
    if (content && content.to - content.from >= 3) out.push({ speaker: { from: k + 1, to: e }, cue: { from: k, to: k }, content });
    break;
  }
  return out;
}

/** "As (first) reported by X, …" at the start or "…, as reported by X." at the end of a sentence: the outlet is the source. */
export function asReportedBy(toks: Token[]): ClauseClaim | null {
  for (let a = 0; a < toks.length - 3; a++) {
    if (toks[a]?.low !== "as" || !(a === 0 || toks[a - 1]?.t === ",")) continue;
    let k = a + 1;
    if (/^(?:first|originally|previously|earlier)$/.test(toks[k]?.low ?? "")) k++;
    if (!/^(?:reported|noted)$/.test(toks[k]?.low ?? "") || toks[k + 1]?.low !== "by") continue;
    let e = k + 2;
    while (e < toks.length && toks[e]?.t !== "," && toks[e]?.t !== "." && e - k < 14) e++;
    const speaker = trimPunct(toks, k + 2, e - 1);
    const content = a === 0 ? (toks[e]?.t === "," ? trimPunct(toks, e + 1, toks.length - 1) : null) : e >= toks.length - 1 || toks[e]?.t === "." ? trimPunct(toks, 0, a - 2) : null;
    if (speaker && content && content.to - content.from >= 3) return { speaker, cue: { from: a, to: k + 1 }, content };
    return null;
  }
  return null;
}

/** Index of a source noun (poll, survey, interview …) among words from..to-1, or -1; the phrase must be a plain noun phrase. */
function headNoun(toks: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!t) return -1;
    if (IN_SOURCES.has(t.low)) return k;
    if (t.word && (t.low === "that" || t.low === "which" || BE_FORM.test(t.low))) return -1;
    // "In the wake of the report", "in response to a poll": the phrase's own noun is no source.
    if ((t.low === "of" || t.low === "to") && k > from && !QUANTITY_OF.test(toks[k - 1]?.low ?? "")) return -1;
  }
  return -1;
}

/** Nouns that count what follows "of": "a series of polls", "a pair of surveys". */
const QUANTITY_OF = /^(?:series|number|pair|couple|batch|set|string|handful|raft|flurry|wave|host|slew|round|pile|trove|cache)$/;

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

/**
 * "Trump's criticism of the deal", "support for Mr. Trump": the stance's object after the noun at `i`.
 * In subject position the phrase ends before the verb: "Her criticism of the deal has cost her votes".
 */
function nounPrepClaim(toks: Token[], i: number): ClauseClaim | null {
  // "doubts about whether Congress will act": a question after the preposition keeps its own verb.
  const question = /^(?:whether|how|what|why|where|when|who|if)$/.test(toks[i + 2]?.low ?? "");
  const end = question ? clauseEnd(toks, i + 2) : beforeVerb(toks, i + 3, objectEnd(toks, i + 2, clauseEnd(toks, i + 2)));
  const content = trimPunct(toks, i + 2, end);
  const speaker = possessorBefore(toks, i) ?? lightVerbSubject(toks, i);
  if (!speaker && OWNED_NOUNS.has(toks[i]?.low ?? "")) return null;
  return content && content.to - content.from >= 1 ? { speaker, cue: { from: i, to: i + 1 }, content } : null;
}

/** Nouns for one who holds a stance, and the prepositions before its object: "a supporter of", "an advocate for". */
const AGENT_NOUNS: ReadonlyMap<string, RegExp> = new Map(
  (["supporter", "critic", "opponent", "proponent", "defender", "backer", "champion", "advocate"] as const).flatMap((w) => {
    const prep = w === "advocate" || w === "champion" ? /^(?:of|for)$/ : /^of$/;
    return [[w, prep], [`${w}s`, prep]] as [string, RegExp][];
  }),
);

/** Nouns of a reaction that others voice about the subject: "drew criticism from …", "faced backlash from …". */
const REACTION_NOUNS = ["criticism", "criticisms", "support", "endorsement", "endorsements", "backing", "fire", "condemnation", "praise", "backlash", "rebuke", "rebukes", "scorn", "ire", "flak", "objections", "complaints", "pushback", "applause", "outrage", "skepticism", "scepticism"];
/** Verbs by which a subject meets a reaction: "drew", "faced", "sparked", "has gotten" … */
const RECEIVE = /^(?:dr(?:ew|aws?|awn|awing)|fac(?:ed|es?|ing)|spark(?:ed|s|ing)?|attract(?:ed|s|ing)?|receiv(?:ed|es?|ing)|got|gotten|gets?|getting|earn(?:ed|s|ing)?|trigger(?:ed|s|ing)?|provok(?:ed|es?|ing)|won|wins?|winning|invit(?:ed|es?|ing)|generat(?:ed|es?|ing)|elicit(?:ed|s|ing)?|endur(?:ed|es?|ing)|prompt(?:ed|s|ing)?)$/;

const REACTION_SET: ReadonlySet<string> = new Set(REACTION_NOUNS);

/**
 * "The bill has drawn criticism from some quarters", "The statement quickly drew sharp criticism from
 * both sides": those after "from" voice the reaction (at `i`), and what they react to is the subject
 * of the verb by which it was met, up to four words before the noun.
 */
function reactionClaim(toks: Token[], i: number): ClauseClaim | null {
  // "came under fire from": the only way "fire" is met.
  const underFire = toks[i]?.low === "fire" && toks[i - 1]?.low === "under";
  if (toks[i]?.low === "fire" && !(underFire && /^(?:came|come|comes|coming)$/.test(toks[i - 2]?.low ?? ""))) return null;
  let v = underFire ? i - 2 : i - 1;
  while (!underFire && v > 0 && v >= i - 4 && !RECEIVE.test(toks[v]?.low ?? "")) {
    const w = toks[v];
    // Only adjectives and adverbs between: "drew sharp, bipartisan criticism", "has already gotten criticism".
    if (!w?.word || w.cap || NP_STOP.has(w.low) || DETERMINERS.has(w.low)) return null;
    v--;
  }
  if ((!underFire && !RECEIVE.test(toks[v]?.low ?? "")) || toks[v]?.cap) return null;
  // Those who react: up to a comma, a relative pronoun or a phrase of reason or time ("from Democrats who agree …").
  let e = i + 2;
  while (e < toks.length && e < i + 12 && toks[e]?.word && !/^(?:who|whom|which|that|for|over|as|after|when|because|since|on|last|this|to)$/.test(toks[e]?.low ?? "")) e++;
  const speaker = trimPunct(toks, i + 2, e - 1);
  const content = verbSubject(toks, v);
  const head = content ? toks[content.to] : undefined;
  if (!speaker || !content || !head || /^(?:it|there|this)$/.test(head.low)) return null;
  return { speaker, cue: { from: v, to: i + 1 }, content };
}

/**
 * "Ryan is a vocal advocate of trade deals", "Gillibrand, a longtime supporter of Clinton, …": the
 * stance of one described by the agent noun at `i`, after a copula (its subject holds the stance) or
 * opening an appositive (the name before it does). Anywhere else the noun names no one ("supporters of
 * the plan rallied"), and no claim is read.
 */
function agentNounClaim(toks: Token[], i: number): ClauseClaim | null {
  // Back over adjectives and adverbs ("a fierce", "the most outspoken") to a determiner.
  let d = i - 1;
  while (d > 0 && i - d <= 4 && toks[d]?.word && !toks[d]?.cap && !DETERMINERS.has(toks[d]?.low ?? "") && !COPULA.test(toks[d]?.low ?? "") && !NP_STOP.has(toks[d]?.low ?? "")) d--;
  const det = toks[d];
  if (!det || !ARTICLE.test(det.low)) return null;
  const before = toks[d - 1];
  let speaker: TokRange | null = null;
  // "He’s a critic of": a pronoun with its copula contracted is one token.
  const contracted = !!before && CLAUSE_VERB.test(before.low) && /'(?:s|re|m)$/.test(before.low);
  if (contracted) speaker = { from: d - 1, to: d - 1 };
  else if (before && COPULA.test(before.low)) speaker = subjectBefore(toks, d - 1, 0).np;
  else if (before?.t === ",") {
    const np = npEndingAt(toks, d - 2, Math.max(0, d - 10));
    if (np && toks[np.to]?.cap) speaker = np;
  }
  const head = speaker ? toks[speaker.to] : undefined;
  if (!speaker || !head || !(canSpeak(head) || head.cap)) return null;
  const content = trimPunct(toks, i + 2, objectEnd(toks, i + 2, clauseEnd(toks, i + 2)));
  // The cue opens at the copula's auxiliaries: "has been a defender of".
  let from = before?.t === "," || contracted ? d : d - 1;
  while (from > 1 && /^(?:has|have|had|will|would|may|might|could)$/.test(toks[from - 1]?.low ?? "") && toks[from]?.low === "been") from--;
  return content ? { speaker, cue: { from, to: i + 1 }, content } : null;
}

/** Verbs that put a stance noun forward as their object: "made a strong condemnation of", "voiced support for". */
const LIGHT_VERB = /^(?:ma(?:de|kes?|king)|unleash(?:ed|es|ing)?|launch(?:ed|es|ing)?|level(?:l?ed|s|l?ing)?|continu(?:ed|es?|ing)|escalat(?:ed|es?|ing)|issu(?:ed|es?|ing)|express(?:ed|es|ing)?|voic(?:ed|es?|ing)|show(?:ed|s|ing)?|offer(?:ed|s|ing)?|gave|giv(?:es?|ing)|rais(?:ed|es?|ing)|reiterat(?:ed|es?|ing)|renew(?:ed|s|ing)?|signal(?:l?ed|s|l?ing)?|pledg(?:ed|es?|ing))$/;

/**
 * "The Council made a strong condemnation of …", "He is raising questions about …", "while showing
 * support for …": the subject of a light verb whose object is the stance noun at `i` (up to three
 * lower-case words between) holds the stance.
 */
function lightVerbSubject(toks: Token[], i: number): TokRange | null {
  for (let v = i - 1; v >= 1 && v >= i - 4; v--) {
    const t = toks[v];
    if (!t || !t.word || t.cap) return null;
    if (!LIGHT_VERB.test(t.low)) {
      if (NP_STOP.has(t.low) || CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low)) return null;
      continue;
    }
    const np = subjectBefore(toks, v, 0).np;
    const h = np ? toks[np.to] : undefined;
    return np && h && canSpeak(h) && h.low !== "it" ? np : null;
  }
  return null;
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

/** A stance verb's base form ("want", "support") before its object: a determiner, a pronoun or "to", and with `names` a name. */
function baseStance(v: Token | undefined, n: Token | undefined, names = false): boolean {
  return baseForm(v) && !!n && (DETERMINERS.has(n.low) || OBJECT_PRONOUNS.has(n.low) || n.low === "to" || (names && n.cap && n.word));
}

/** Whether a past verb of saying or stance, not capitalised, comes before the token `i` in its sentence. */
function pastPredicateBefore(toks: Token[], i: number): boolean {
  for (let k = 1; k < i; k++) {
    const w = toks[k];
    if (w && w.word && !w.cap && (w.low.endsWith("ed") || IRREGULAR_PAST.has(w.low)) && (CUE_VERBS.has(w.low) || STANCE_VERBS.has(w.low))) return true;
  }
  return false;
}

/** The end of a phrase in subject position, before the clause's verb from `from` on; `end` when none. */
function beforeVerb(toks: Token[], from: number, end: number): number {
  for (let k = from; k <= end; k++) {
    const w = toks[k];
    // "Sanders' focus on the state hasn't gone …", "Trump's calls for a ban drew …".
    if (w && w.word && !w.cap && (AUXILIARY.has(w.low) || /n['’]t$/.test(w.low) || STANCE_VERBS.has(w.low) || CUE_VERBS.has(w.low) || (irregularPast(w.low) && !DETERMINERS.has(toks[k - 1]?.low ?? "")) || (w.low.endsWith("ed") && !toks[k - 1]?.cap))) return k - 1;
  }
  return end;
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
/** Verbs that join a subject to a stance adjective: "is wary of", "remained confident that", "grew frustrated with". */
const COPULA = /^(?:is|was|are|were|be|been|being|am|['’]s|['’]re|['’]m|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|become|becomes|became|grew|grow|grows|feel|feels|felt|sounded|stay|stays|stayed)$/;
/** Words of degree between the copula and the adjective: "is deeply sceptical of". */

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

/** Nouns whose that-clause is a claim or stance: "Trump's claim that …", "the idea is that …". */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  "claim", "claims", "contention", "assertion", "argument", "belief", "view", "idea", "notion", "suggestion", "allegation",
  "allegations", "accusation", "accusations", "assumption", "hope", "fear", "fears", "concern", "concerns", "warning",
  "promise", "pledge", "reminder", "insistence", "message", "worry", "worries", "charge", "charges", "complaint",
  "admission", "acknowledgment", "acknowledgement", "prediction", "theory", "conviction", "expectation", "sense",
  "speculation", "rumor", "rumors", "rumour", "reports", "assurance", "assurances",
  "denial", "position", "opinion", "perception", "impression", "feeling", "doubts", "confidence", "recognition",
]);
/** Stance nouns and the preposition that introduces their object: "criticism of", "support for". */
const NOUN_PREP: ReadonlyMap<string, string> = new Map([
  ["support", "for"], ["opposition", "to"], ["criticism", "of"], ["criticisms", "of"],
  ["praise", "for"], ["concerns", "about"], ["concern", "about"], ["complaints", "about"], ["endorsement", "of"],
  ["questions", "about"], ["allegations", "of"], ["accusations", "of"], ["doubts", "about"], ["calls", "for"],
  ["demands", "for"], ["embrace", "of"], ["rejection", "of"], ["condemnation", "of"], ["defense", "of"], ["defence", "of"],
  ["call", "for"], ["attacks", "on"], ["attack", "on"], ["supporters", "of"], ["supporter", "of"], ["focus", "on"], ["response", "to"],
  ["critique", "of"], ["mention", "of"], ["reference", "to"], ["positions", "on"], ["position", "on"], ["endorsements", "of"],
]);

/** Nouns of a verbal attack that take "against" as well: "his onslaught against Trump", "withering attacks against Rubio". */
const AGAINST_NOUNS: ReadonlySet<string> = new Set(["attack", "attacks", "onslaught", "tirade", "tirades", "broadside", "broadsides", "diatribe", "rant", "crusade", "insults", "warning", "warnings"]);

/** Nouns whose phrase is a claim only with its owner named: "Blum's call for …", not "a call for …". */
const OWNED_NOUNS = new Set(["call", ...AGAINST_NOUNS, "supporters", "supporter", "focus", "response", "critique", "mention", "reference", "positions", "position", "endorsements"]);

/** Tokens at which clauseClaims looks for a claim (besides the first): clause openers, relatives, "to", content nouns. */
const CLAUSE_TRIGGERS: ReadonlySet<string> = new Set([...NOUN_PREP.keys(), ...AGENT_NOUNS.keys(), ...REACTION_NOUNS, ...AGAINST_NOUNS, "that", ";", ":", "and", "but", "or", ",", "who", "which", "to", "by", "while", "after", "before", ...SUBORDINATORS, ...CONTENT_NOUNS]);

const AUXILIARY = new Set(["is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "also", "never", "still", "often"]);
const SUBJECT_START = new Set(["he", "she", "they", "we", "i", "it", "you", "there", "this", "these", "those", "his", "her", "their", "its", "our", "the", "a", "an", "no", "some", "many", "most", "all", "every", "any", "only", "if", "because"]);

/** A noun reading of a cue-like word: after a determiner, a possessive or an adjective, not after a subject ("officials claim that"). */
function nounContext(t: Token, p: Token | undefined, pp: Token | undefined): boolean {
  if (!p || !p.word) return false;
  if (DETERMINERS.has(p.low) || /^(?:his|her|their|its|our|my|your)$/.test(p.low)) return true;
  if (/['’]s?$/.test(p.t) && p.t.length > 2) return true;
  // After a plural, a bare form is its verb: "the dockers worry that …" (not "the dockers' worries").
  if (/[^su]s$/.test(p.low) && !/s$/.test(t.low) && !p.cap) return false;
  // "the dockers now worry that …" is a verb; "there is also concern that …" a noun.
  if (VERB_ADVERBS.has(p.low)) return /^(?:is|was|are|were|be|been|being|there|of|with|no)$/.test(pp?.low ?? "");
  return !p.cap && !SPEAKER_PRONOUNS.has(p.low) && !ROLE_NOUNS.has(p.low) && !NP_STOP.has(p.low) && (!/(?:ly|ed)$/.test(p.low) || HOLDER_VERBS.has(p.low));
}

/** Adverbs that stand before a verb, so a word after them is one: "the dockers now worry that …". */
const VERB_ADVERBS = new Set(["now", "still", "also", "often", "always", "never", "already", "just", "even", "again", "too"]);

/**
 * Whose the noun at `i` is: a possessive right before it or before up to three adjectives ("Trump's
 * claim", "his support for", "Kaine's full embrace of", "the campaign's earlier claim").
 */
function possessorBefore(toks: Token[], i: number): TokRange | null {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = toks[k];
    if (!p || !p.word) return null;
    if (/^(?:his|her|their|its|our|my)$/.test(p.low)) return { from: k, to: k };
    if (/['’]s?$/.test(p.t) && p.t.length > 2 && !/^(?:he|she|it|that|there|who|what|let|here)['’]s$/.test(p.low)) {
      if (p.cap) return { from: k, to: k };
      // A lower-case owner only with its determiner: "the campaign's".
      const np = npEndingAt(toks, k, Math.max(0, k - 4));
      return np && np.from < k ? np : null;
    }
    // Only adjectives between: no determiner, verb, name or function word.
    if (p.cap || (DETERMINERS.has(p.low) && !/^(?:most|more|least|less|very)$/.test(p.low)) || NP_STOP.has(p.low) || CUE_VERBS.has(p.low) || STANCE_VERBS.has(p.low)) return null;
  }
  return null;
}

/** Verbs beyond the stance and cue verbs whose object noun is a stance the subject holds: "voiced concern that", "cling to the hope that". */
const HOLDER_VERBS = new Set(["voice", "voices", "voiced", "voicing", "raise", "raises", "raised", "raising", "harbor", "harbors", "harbored", "harbour", "harbours", "harboured", "cling", "clings", "clung", "clinging", "hold", "holds", "held", "holding", "float", "floats", "floated", "stoke", "stoked", "stokes", "fuel", "fuels", "fueled", "fuelled"]);

/**
 * The verb whose object is the noun at `i`, or -1: "rejected the idea", "scoffed at the notion",
 * "expressed similar doubts", "cite concerns", "cling to the hope". Up to three determiners and
 * adjectives may stand between; a verb of the stance or cue lexicons (or HOLDER_VERBS) needs none,
 * any other past or -s form needs a determiner before the noun.
 */
function governingVerb(toks: Token[], i: number): number {
  let k = i - 1;
  let determiner = false;
  for (let n = 0; n < 3 && k > 0; n++, k--) {
    const t = toks[k];
    if (!t || !t.word || t.cap || NP_STOP.has(t.low) || PARTICLES_BEFORE_NOUN.test(t.low) || BE_FORM.test(t.low) || AUXILIARY.has(t.low) || holds(t.low)) break;
    determiner ||= DETERMINERS.has(t.low) || /^(?:the|this|that|any|an?|his|her|their|its|our|my|your)$/.test(t.low);
  }
  if (PARTICLES_BEFORE_NOUN.test(toks[k]?.low ?? "")) k--;
  const t = toks[k];
  if (!t || !t.word || t.cap || k >= i || NP_STOP.has(t.low) || BE_FORM.test(t.low) || AUXILIARY.has(t.low)) return -1;
  if (holds(t.low)) return k;
  return determiner && (/(?:ed|[^s]s)$/.test(t.low) || IRREGULAR_PAST.has(t.low)) ? k : -1;
}

/**
 * The subject of the verb at `v`: the phrase opening the sentence when it runs up to the verb or
 * to a "who" clause before it ("Opponents of the plan cite …", "Others who backed it expressed …"),
 * else the noun phrase right before the verb.
 */
function verbSubject(toks: Token[], v: number): TokRange | null {
  const whole = clauseSubject(toks, 0, v);
  if (whole && (whole.to === v - 1 || toks[whole.to + 1]?.low === "who")) return whole;
  const np = subjectBefore(toks, v, 0).np;
  // "Opponents of allowing refugees into the U.S. cite …": a phrase after a preposition is not the subject.
  return np && /^(?:of|into|in|for|from|with|about|on|to|at|by)$/.test(toks[np.from - 1]?.low ?? "") ? null : np;
}

/** Prepositions between a verb and the noun it governs: "scoffed at the notion", "cling to the hope". */
const PARTICLES_BEFORE_NOUN = /^(?:at|with|on|to|about)$/;
const holds = (w: string): boolean => STANCE_VERBS.has(w) || CUE_VERBS.has(w) || HOLDER_VERBS.has(w);

/** "Trump's claim that Mexico will pay", "the idea is that …", "the contention of X that …". */
function nounClaim(toks: Token[], i: number, used: (i: number) => boolean): ClauseClaim | null {
  let k = i + 1;
  let speaker: TokRange | null = null;
  if (toks[k]?.low === "of" || toks[k]?.low === "by") {
    const np = npForward(toks, k + 1, Math.min(toks.length, k + 9));
    if (!np) return null;
    const h = toks[np.to];
    if (!h || !(h.cap || ROLE_NOUNS.has(h.low))) return null;
    speaker = np;
    k = np.to + 1;
    if (toks[k]?.t === ",") return null;
  }
  if (toks[k]?.low === "is" || toks[k]?.low === "was") k++;
  if (toks[k]?.low !== "that") return null;
  const after = toks[k + 1];
  if (!after || !after.word || AUXILIARY.has(after.low) || !(after.cap || SUBJECT_START.has(after.low) || /^\d/.test(after.t) || !/(?:ed|ly)$/.test(after.low))) return null;
  speaker ??= possessorBefore(toks, i);
  if (!speaker) {
    // "rejected the idea that …", "marveled at the notion that …": the subject of the verb that takes the
    // noun holds the stance; a cue verb there ("denied the notion that …") has the claim already.
    const v = governingVerb(toks, i);
    if (v >= 0 && used(v)) return null;
    const np = v >= 0 ? verbSubject(toks, v) : null;
    const h = np ? toks[np.to] : undefined;
    if (np && h && canSpeak(h) && h.low !== "it") speaker = np;
  }
  const end = clauseEnd(toks, k + 1);
  const content = trimPunct(toks, k, end);
  if (!content || content.to - content.from < 3) return null;
  return { speaker, cue: { from: i, to: k - 1 }, content };
}

/**
 * Where the content of the verb at `v` starts, with its particle at `c` taken into the cue ("talked
 * about", "railed against"); -1 when the verb needs a particle it lacks. "about 1,500" or "over 50"
 * is a number, not a particle.
 */
function afterParticle(toks: Token[], v: number, c: number): number {
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
function contentAfter(toks: Token[], v: number): TokRange | null {
  const c = afterParticle(toks, v, v + 1);
  if (c < 0) return null;
  let end = clauseEnd(toks, c);
  // "Ridley, the pilot who … knows every rock, told the Courier …": a comma and a finite verb of saying
  // return to the main clause.
  for (let k = c + 1; k < end; k++) if (toks[k]?.t === "," && FINITE_SAYING.test(toks[k + 1]?.low ?? "")) end = k - 1;
  // "…, citing his anger at the headlines": what "citing" names keeps its phrases, up to a comma.
  if (!CLAUSAL_STANCE.has(toks[v]?.low ?? "")) end = objectEnd(toks, c, end, toks[v]?.low !== "citing");
  return trimPunct(toks, c, end);
}

/** Finite verbs of saying that, after a comma, are a main clause's own: "…, told the Courier", "…, said". */
const FINITE_SAYING = /^(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|insisted|insists)$/;


const MAKE = /^(?:made|makes|make|making)$/;
/** Quantifiers that take a plural noun: "some calls", "many reports". */
const PLURAL_QUANTIFIER = /^(?:some|many|several|few|both|all|most|other|more|fewer|numerous|countless|two|three|four|five)$/;
/** Finite verbs and modals: after a word in -s that opens the sentence, they make it a noun. */
const FINITE_VERB = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)$/;

/**
 * "Some calls into the hotline were …", "Safety Worries Have Dogged …": a word in -s at `i` is a
 * plural noun after a plural quantifier, or after the sentence's first word and before a finite verb.
 * ("The ones State says are secret" keeps its verb: a relative clause's subject comes before it.)
 */
export function nounInS(toks: Token[], i: number): boolean {
  const w = toks[i];
  if (!w || !/[^s]s$/.test(w.low)) return false;
  // "raise fears that …", "voice doubts": the object of a verb that voices a stance.
  return PLURAL_QUANTIFIER.test(toks[i - 1]?.low ?? "") || (i === 1 && FINITE_VERB.test(toks[i + 1]?.low ?? "")) || HOLDER_VERBS.has(toks[i - 1]?.low ?? "");
}
/** Passives of report and belief before "to": "was said to", "is thought to". */
const HEARSAY = /^(?:said|reported|believed|thought|rumored|rumoured)$/;

/** "expected to …", or a passive of report before "to" and a verb ("said to be", not "reported to the police"), at `k`. */
function expectedTo(toks: Token[], k: number): boolean {
  const v = toks[k]?.low ?? "";
  return toks[k + 1]?.low === "to" && (v === "expected" || (HEARSAY.test(v) && infinitive(toks[k + 2])));
}
/** Passives of regarding that state a view with "as": "is seen as", "was viewed as". */
const REGARDED = /^(?:seen|viewed|regarded|perceived)$/;
const IMPRESSION = new Set(["seen", "viewed", "regarded", "perceived", "known", "expected", "seem", "seems", "seemed", "appear", "appears", "appeared", "reportedly"]);
const SEEM = /^(?:seem|seems|seemed)$/;
const APPEAR = /^(?:appear|appears|appeared)$/;
/** Adjectives and participles after "appear" that make it a look, not a showing up: "appeared paralyzed", "appears ready". */
const APPEAR_STATE = /^(?:[a-z]+ed|ready|likely|unlikely|certain|poised|weak|strong|close|set|sure|eager|keen|intent|open|clear|due|happy|unhappy|upset|unaware|aware|[a-z]+(?:ous|ful|ive|ble|ent|ant|ic|less))$/;

/** "The House is expected to pass the bill": an expectation held by no one named; the content is the whole clause. */
function expectedAt(toks: Token[], i: number, used: (i: number) => boolean): ClauseClaim | null {
  let aside = false;
  for (let k = i + 1; k < toks.length - 2 && k - i <= 14; k++) {
    const t = toks[k];
    // "Religion, not ethnicity, appeared to …", "The government, headed by Trudeau, seems ready …": one aside between commas.
    const close = t?.t === "," && !aside ? asideEnd(toks, k) : -1;
    if (close > 0) {
      aside = true;
      k = close;
      continue;
    }
    if (!t || t.t === "," || t.low === "that" || t.low === "who" || t.low === "which") return null;
    const prev = toks[k - 1]?.low ?? "";
    // "It seems Trump's campaign will go on …", "it appears that …": the clause after the verb is the impression.
    if (prev === "it" && k === i + 1 && (SEEM.test(t.low) || APPEAR.test(t.low)) && !used(k)) {
      const from = toks[k + 1]?.low === "that" ? k + 2 : k + 1;
      const content = !toks[from]?.word || /^(?:to|like|as|so)$/.test(toks[from]?.low ?? "") ? null : trimPunct(toks, from, clauseEnd(toks, from));
      return content && content.to - content.from >= 3 ? { speaker: null, cue: { from: k, to: k }, content } : null;
    }
    const prevBe = BE_FORM.test(prev) || ((prev.endsWith("ly") || prev === "not" || prev === "never") && BE_FORM.test(toks[k - 2]?.low ?? ""));
    const nx = toks[k + 1]?.low ?? "";
    // "He is best known for …", "She became widely known as …": a reputation no one is named for.
    const known = t.low === "known" && (nx === "for" || nx === "as") && !!toks[k + 2]?.word && !FINITE_AUXILIARY.test(toks[k + 2]?.low ?? "") && knownAfter(toks, k, nx === "as");
    // "Priebus was said to be furious", "He is believed to have …": a report or belief no one is named
    // for (a verb of saying, so `used` holds it back for the cue passes, which leave this passive alone).
    const hearsay = prevBe && HEARSAY.test(t.low) && expectedTo(toks, k);
    const expected = prevBe && expectedTo(toks, k);
    // "The shift in tone seemed stark", "He appears to have won": an impression no one is named for.
    const looks = APPEAR.test(t.low) && !toks[k + 1]?.cap && APPEAR_STATE.test(nx);
    const seems = SEEM.test(t.low) || (APPEAR.test(t.low) && (nx === "to" || nx === "that")) || looks;
    // "The board has reportedly hired a new chief": a report no one is named for.
    // ("Trump reportedly said …", "X reportedly did not deny …": the cue's own pass reads them.)
    const reportedly = t.low === "reportedly" && !t.cap && !cueAfterAux(toks, k + 1);
    // "The change was seen as a demotion", "Sanders is widely viewed as …": a view no one is named for.
    // ("…, which was seen as a failure, de Blasio said": not in a relative clause, which is no sentence of its own.)
    // (Nor without a subject: "…, and is widely seen as falling behind".)
    const b = BE_FORM.test(prev) ? k - 1 : k - 2;
    const regarded = prevBe && nx === "as" && REGARDED.test(t.low) && b > i && !/^(?:which|who)$/.test(toks[b - 1]?.low ?? "");
    if (!(expected || seems || reportedly || regarded || known) || (used(k) && !hearsay) || prev === "it" || prev === "there" || prev === "what") continue;
    // "He appeared rattled at the debate, unable to …": a look ends at its comma (an aside may come between).
    let end = clauseEnd(toks, k + 1);
    for (let m = k + 1; looks && m < end; m++) {
      if (toks[m]?.t !== ",") continue;
      const close = asideEnd(toks, m);
      if (close < 0) end = m - 1;
      else m = close;
    }
    const content = trimPunct(toks, i, end);
    return content ? { speaker: seems ? impressionHolder(toks, i, k) : null, cue: { from: k, to: k }, content } : null;
  }
  return null;
}

/**
 * Whether "known" at `k` follows a form of "be" or "become" with its subject, an adverb or two between
 * ("is perhaps best known"). A name ("is known as TNT") is a definition, not a reputation: before
 * "as", an adverb must say it is one ("is better known as a fan").
 */
function knownAfter(toks: Token[], k: number, adverb: boolean): boolean {
  let b = k - 1;
  while (b > k - 3 && (degreeWord(toks[b]) || KNOWN_ADVERB.test(toks[b]?.low ?? ""))) b--;
  if (adverb && b === k - 1) return false;
  const be = toks[b]?.low ?? "";
  return (BE_FORM.test(be) || /^(?:became|become|becomes|becoming)$/.test(be)) && b > 0 && !/^(?:which|who|that)$/.test(toks[b - 1]?.low ?? "") && !!toks[b - 1]?.word;
}
/** Adverbs of a reputation besides those of degree: "is best known", "is perhaps better known". */
const KNOWN_ADVERB = /^(?:best|better|well|once|perhaps)$/;

/** The comma that closes an aside opened by the comma at `k` (up to eight words, no quotation); -1 when there is none. */
function asideEnd(toks: Token[], k: number): number {
  for (let m = k + 2; m < toks.length && m <= k + 9; m++) {
    const t = toks[m];
    if (!t || isOpenQuote(t.t) || isCloseQuote(t.t) || (t.word && !t.cap && CUE_VERBS.has(t.low))) return -1;
    if (t.t === ",") return m;
  }
  return -1;
}

/** Whether a verb of saying or stance follows at `k`, after auxiliaries, negation and adverbs ("did not deny"). */
function cueAfterAux(toks: Token[], k: number): boolean {
  let m = k;
  while (m < toks.length && m < k + 4 && (AUXILIARY.has(toks[m]?.low ?? "") || NEGATION.has(toks[m]?.low ?? "") || /ly$/.test(toks[m]?.low ?? ""))) m++;
  const v = toks[m]?.low ?? "";
  return CUE_VERBS.has(v) || STANCE_VERBS.has(v);
}

const INNER_PREPOSITION = /^(?:of|between|among|in|on|at|for|from|with|about|over|under|by|to)$/;

/**
 * "Voters seem to care …", "Obama himself seemed to recognize …": a stance that a person or group
 * seems to take is theirs; "The shift in tone seemed stark" has no one to hold it, and "Trump seemed
 * to be winning" is the writer's impression, not Trump's stance.
 */
function impressionHolder(toks: Token[], i: number, cue: number): TokRange | null {
  const verb = toks[cue + 1]?.low === "to" ? toks[cue + 2] : undefined;
  if (!verb || !(STANCE_VERBS.has(verb.low) || CUE_VERBS.has(verb.low) || verb.low === "care")) return null;
  const np = npForward(toks, i, cue);
  const h = np ? toks[np.to] : undefined;
  if (!np || !h || !canSpeak(h) || h.low === "it" || h.low === "this") return null;
  // A place ("Israel seems …") or a phrase built on another noun ("the relationship between X and Y") is no holder.
  const words: string[] = [];
  for (let k = np.from; k <= np.to; k++) {
    const t = toks[k];
    if (!t || (!t.cap && (NP_STOP.has(t.low) || INNER_PREPOSITION.test(t.low)))) return null;
    if (t.cap) words.push(t.t);
  }
  if (PLACES.has(words.join(" "))) return null;
  for (let k = np.to + 1; k < cue; k++) {
    const t = toks[k];
    if (!t || !(/(?:self|selves)$/.test(t.low) || AUXILIARY.has(t.low) || NEGATION.has(t.low) || (t.low.endsWith("ly") && !t.cap) || /^(?:also|still|now|even|already)$/.test(t.low))) return null;
  }
  return np;
}

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

/** The last token of a run of capitalised words and initials from `k` ("Rep. Alan Grayson"), up to six tokens; -1 when none. */
function nameRunEnd(toks: Token[], k: number): number {
  let e = -1;
  for (let m = k; m < k + 6; m++) {
    const t = toks[m];
    if (t?.word && t.cap) e = m;
    else if (t?.t === "." && e === m - 1) continue;
    else break;
  }
  return e;
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

/** A stance verb with no ending: "want", "support" (and an irregular past: "saw"). */
const baseForm = (v: Token | undefined): v is Token => !!v && v.word && !v.cap && STANCE_VERBS.has(v.low) && !inflected(v.low);
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

/**
 * Where an object that starts at `c` ends (at most `end`): before a comma or a dash (unless `punctuation`
 * is false), and unless `phrases` is false before a time or place adverbial. Clauses run on.
 */
export function objectEnd(toks: Token[], c: number, end: number, phrases = true, punctuation = true): number {
  const obj = toks[c];
  // "see golf courses as wasted space", "dismissed the plan as a stunt": after a verb of regarding, "as" opens the object's complement.
  const regards = REGARD_AS.has(toks[c - 1]?.low ?? "");
  if (!obj || /^(?:that|to|whether|how|what|why|who|if)$/.test(obj.low) || obj.low.endsWith("ing")) return end;
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
    if (t && t.low === "as" && (asComplement(toks[k + 1], toks[k - 1]) || (regards && !!toks[k + 1]?.word && !/^(?:he|she|they|we|i|it|you|if|though|well|soon|long|much|many)$/.test(toks[k + 1]?.low ?? "")))) {
      // "sees Netanyahu as captured by a hard-line philosophy": after a verb of seeing as, the complement
      // is a view held and runs on ("mocked the ferry as “a shed” at the meeting" ends at its adverbial).
      if (regards && SEE_AS.test(toks[c - 1]?.low ?? "")) phrases = false;
      continue;
    }
    // "a memoir by Jo Blum": "by" before a name or a noun phrase names an author, not a means ("by voting").
    if (t && t.low === "by" && !!toks[k + 1]?.word && !toks[k + 1]?.low.endsWith("ing") && !toks[k - 1]?.low.endsWith("ed")) continue;
    if (!punctuation) {
      // Commas and dashes are the caller's to read.
    } else if (t?.t === ",") {
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
    const onComplement = t?.low === "on" && (ON_NOUNS.test(toks[k - 1]?.low ?? "") || (blames && !ON_MEDIUM.test(toks[k + 1]?.low ?? ""))) && !WEEKDAY.test(toks[k + 1]?.low ?? "");
    // "this"/"last" end the object only as a time ("endorsed him last week", "in the last seven years");
    // "the tactics for this election", "the last straw" run on.
    if (phrases && k > asAt && t && DEICTIC.test(t.low)) {
      // A pronoun "this" before an adverbial ("a question about this in the debate") ends the object as before.
      if (t.low === "this" && /^(?:in|at|on|during|after|before|when|while)$/.test(toks[k + 1]?.low ?? "")) return k - 1;
      if (!deicticTime(toks, k + 1)) continue;
      const head = toks[k - 1]?.low === "the" ? k - 1 : k;
      return TIME_PREPOSITION.test(toks[head - 1]?.low ?? "") && head - 1 > c ? head - 2 : head - 1;
    }
    if (phrases && k > asAt && t && !onComplement && ((OBJECT_END.has(t.low) && !(t.low === "as" && toks[k - 1]?.low === "such")) || ((t.low === "in" || t.low === "on") && (IN_TIME.test(toks[k + 1]?.low ?? "") || WEEKDAY.test(toks[k + 1]?.low ?? "") || (t.low === "on" && !!toks[k + 1]?.cap))) || WEEKDAY.test(t.low))) return k - 1;
  }
  return end;
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

/** "this week", "last year", "the last seven years". */
const DEICTIC = /^(?:this|last)$/;
/** A time after "this"/"last" at `k`: "week", "Sunday's", "March", "seven years", "few months". */
const deicticTime = (toks: Token[], k: number): boolean => deicticTimeEnd(toks, k) >= 0;

/** "see in the last seven years major advances": past a time that opens the object at `c` (its preposition with it). */
function pastLeadingTime(toks: Token[], c: number): number {
  if (!TIME_PREPOSITION.test(toks[c]?.low ?? "")) return c;
  const d = toks[c + 1]?.low === "the" ? c + 2 : c + 1;
  const end = DEICTIC.test(toks[d]?.low ?? "") ? deicticTimeEnd(toks, d + 1) : -1;
  return end > 0 && toks[end + 1]?.word ? end + 1 : c;
}

/** Words that open examples of what precedes them: ", including …", ", especially …". */
const EXAMPLES = /^(?:including|especially|particularly|notably|namely)$/;

/** Nouns whose complement opens with "on": "a ban on …", "tariffs on …", "attacks on …". */
const ON_NOUNS = /^(?:bans?|tariffs?|tax|taxes|sanctions|restrictions|limits|caps?|crackdown|attacks?|assaults?|war|focus|emphasis|stance|positions?|views|votes?|moratorium|embargo|freeze|pressure|briefings?|rulings?|debates?|hearings?|strikes|raids?|spending|compromise)$/;

/** Verbs whose object is the subject of an infinitive after it: "urged voters to …", "asked Congress to …". */
const OBJECT_CONTROL = /^(?:urg|encourag|ask|allow|invit|press|requir|push|pressur|implor|beg|order|forc|challeng|dar|warn|remind|tell|told|persuad|convinc|call)(?:e|es|ed|ing|s)?$/;

/** The object of a verb of causing right before "to" at `i` ("has led some allies to worry"), or null. */
function causedObject(toks: Token[], i: number): TokRange | null {
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

/** A bare verb after "to" ("to back"), not a noun phrase ("to the crowd", "to Smith", "to his aides"). */
export function infinitive(n: Token | undefined): boolean {
  return !!n && n.word && !n.cap && !/^\d/.test(n.t) && !DETERMINERS.has(n.low) && !/^(?:his|her|their|its|my|our|your|me|him|them|us|you)$/.test(n.low);
}

/** Words that cannot be part of a list item: verbs, pronouns, clause words. */
const notListWord = (t: Token): boolean => !t.cap && (NP_STOP.has(t.low) || CUE_VERBS.has(t.low) || STANCE_VERBS.has(t.low) || SPEAKER_PRONOUNS.has(t.low) || OBJECT_END.has(t.low) || /(?:ing|ed)$/.test(t.low));

/**
 * After the comma at `k`: the last token of a list of short items ("…, Mexicans and Muslims",
 * "…, Los Angeles and Seattle"), each up to four words, the last after "and"/"or"; else -1.
 */
function listEnd(toks: Token[], k: number, end: number): number {
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

/** "saw the vote as a chance", "referred to them as “my friends”": "as" before a noun phrase or a quotation continues the object (`p`: the word before "as"). */
function asComplement(n: Token | undefined, p?: Token): boolean {
  if (!n) return false;
  // "deride it as poll-tested caution": after a pronoun object, "as" opens its complement.
  if (p && OBJECT_PRONOUNS.has(p.low) && !p.cap && n.word && !n.cap) return true;
  // "polls that show him performing as well or better", "as well as Smith": a comparison, not an adverbial.
  if (/^(?:well|much|many|good|strong|far|high|often)$/.test(n.low) || /^(?:well|much|many|good|strong|far|high|often)$/.test(p?.low ?? "")) return true;
  return isOpenQuote(n.t) || (n.word && !n.cap && DETERMINERS.has(n.low) && !/^(?:that|this|these|those|some|many|most|all|more|such|no|any)$/.test(n.low));
}

/**
 * Verbs of saying (CUE_VERBS) whose object is a topic with "about" or "of": "complained about the
 * noise", "joked about his age", "warned of a recession" (the reported-speech pass takes them with
 * a clause). "talked about", "spoke of" are stance verbs already.
 */
export const TOPIC_VERBS = /^(?:complain|jok|boast|tweet|testif|warn|wrote|writ)/;
export const TOPIC_PARTICLE = /^(?:about|of|against)$/;

/** Adverbs between a verb and its particle (weekdays too): "spoke briefly about", "talked more about", "spoke out Tuesday about". */
const ADVERB_BEFORE_PARTICLE = /^(?:\w{3,}ly|hard|more|much|out|length|twice|again|still|often|little|less|up|so|too|very|most|well|highly|today|yesterday)$/;

/** Verbs that are stances only with their particle: "talked about", "pointed to", "referred to". */
// "referenced the tactics" needs none ("refer" does: "referred to").
const NEEDS_PARTICLE = /^(talk|point|refer(?!enc)|rail|vot|speak|spoke|campaign)/;
const PARTICLE_OF: Record<string, RegExp> = { talk: /^(?:about|of|up)$/, point: /^(?:to|out)$/, refer: /^to$/, rail: /^(?:against|at)$/, vot: /^(?:for|against)$/, speak: /^(?:about|of|against)$/, spoke: /^(?:about|of|against)$/, campaign: /^(?:against|for)$/ };

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

/** The content runs to the sentence end, a semicolon, or a comma that opens a new clause or an attribution. */
function clauseEnd(toks: Token[], from: number): number {
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
