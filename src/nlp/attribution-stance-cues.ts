// Stances read at their cue wherever it stands, after the clause readers: a share of people before a
// stance verb ("two-thirds oppose it"), a participle after time spent or after a noun ("the PAC
// supporting X"), a stance adjective after a copula ("is wary of"), a passive with its agent.
import { BE_FORM, degreeWord, CUE_VERBS, DOCUMENT_NOUNS, GROUP_NOUNS, NEGATION, NP_STOP, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_VERBS } from "../lexicon/cues.ts";
import { npEndingAt, npForward, pluralNoun, trimPunct, type TokRange } from "./attribution-np.ts";
import { isPreposition, openingCommaAfter, SHARE_OF } from "./attribution-openings.ts";
import { clauseSubject } from "./attribution-clause-subject.ts";
import { POLLED } from "./attribution-phrase-owners.ts";
import { subjectBefore } from "./attribution-subjects.ts";
import type { Token } from "./attribution-tokens.ts";
import { canSpeak, IRREGULAR_PAST, passiveBe, type ClauseClaim, AUXILIARY } from "./attribution-context.ts";
import { SPENT } from "./attribution-speakers.ts";
import { contentAfter, objectEnd, phraseEnd } from "./attribution-objects.ts";
import { clauseEnd } from "./attribution-bounds.ts";
import { beforeVerb, COPULA } from "./attribution-nominal.ts";
import { NOUNISH } from "./attribution-verb-phrase.ts";

/** Words before an -ing form that make it no participle of a noun: prepositions, auxiliaries, conjunctions. */
const NOT_BEFORE_PARTICIPLE = new Set(["of", "for", "by", "in", "on", "at", "from", "with", "without", "about", "after", "before", "while", "when", "since", "despite", "into", "to", "and", "or", "but", "than", "like", "against", "upon", "toward", "towards"]);

/** Participles that take sides, read after a noun: "supporting", "backing", "attacking". */
const PARTISAN_PARTICIPLE = /^(?:support|back|oppos|attack|criticiz|criticis|prais|endors|denounc|condemn|favor|favour|champion|tout|mock|slam|blast|reject)ing$/;

/** A noun with a stance participle after it: "the super PAC supporting Blum", "ads attacking the mayor". */
export function nounParticiple(toks: Token[], v: number, used: (i: number) => boolean): ClauseClaim | null {
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
export function spentParticiple(toks: Token[], v: number, used: (i: number) => boolean): ClauseClaim | null {
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

/** Adjectives of wanting, or of not wanting, that take an infinitive: "eager to …", "reluctant to …". */
const WANTING_TO = ["eager", "reluctant", "hesitant", "keen", "determined", "desperate", "loath"];

/** Adjectives of stance and the words that introduce what they are about: "critical of", "worried that". */
export const STANCE_ADJECTIVES: ReadonlyMap<string, RegExp> = new Map([
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
  // A wish or its refusal, before an infinitive: "eager to get the book out", "reluctant to attack him".
  ...WANTING_TO.map((w): [string, RegExp] => [w, /^to$/]),
]);

/** A stance adjective after a speaker and a copula: "These voters are skeptical of free trade", "Ridley was confident that …". */
export function stanceAdjective(toks: Token[], a: number, used: (i: number) => boolean): ClauseClaim | null {
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
  const wanting = WANTING_TO.includes(adj.low);
  if (intro.low === "that") {
    content = trimPunct(toks, a + 1, clauseEnd(toks, a + 1));
    if (content && content.to - content.from < 3) return null;
  } else if (wanting) {
    // The infinitive and what it governs: "eager to show that their efforts are …".
    if (!toks[a + 2]?.word || toks[a + 2]?.cap) return null;
    content = trimPunct(toks, a + 1, clauseEnd(toks, a + 2));
  } else content = trimPunct(toks, a + 2, objectEnd(toks, a + 2, phraseEnd(toks, a + 2)));
  if (!content) return null;
  // The infinitive's "to" is its content's, not the cue's.
  return { speaker, cue: { from: a, to: wanting ? a : a + 1 }, content };
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
export function passiveBy(toks: Token[], v: number): ClauseClaim | null {
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
export function shareStance(toks: Token[], v: number, used: (i: number) => boolean): ClauseClaim | null {
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

/** Participles of stance verbs that, opening a sentence, tell of an act: "Signing the deal, …". */
const FRONTED_ACTS = /^(?:show|sign|publish|introduc|block|fight)ing$/;

/** Prepositions that may open a sentence before a participle of stance: "After blasting the report, …". */
const BEFORE_FRONTED = /^(?:after|before|while|since|despite|in|without|upon|by)$/;

/**
 * "Claiming the poll was rigged, Okafor told …", "After blasting the report, Blum …": a participle of
 * saying or stance that opens the sentence is the main clause subject's, its object ending at the comma.
 */
export function frontedParticiple(toks: Token[], v: number, used: (i: number) => boolean): ClauseClaim | null {
  const verb = toks[v];
  if (!verb || v > 1 || (v === 1 && (verb.cap || !BEFORE_FRONTED.test(toks[0]?.low ?? ""))) || !verb.low.endsWith("ing") || !(STANCE_VERBS.has(verb.low) || CUE_VERBS.has(verb.low))) return null;
  // "Regarding the plan, …" is a preposition; "Signing the deal, …", "Showing great strength, …" are acts, not views.
  if (verb.low === "regarding" || FRONTED_ACTS.test(verb.low)) return null;
  // A verb of saying is the cue passes' to read; one they left is read here (the caller skips any they took).
  if (used(v) && !CUE_VERBS.has(verb.low)) return null;
  const comma = openingCommaAfter(toks, v);
  if (comma < 0) return null;
  const found = contentAfter(toks, v);
  const first = found ? (toks[found.from]?.low ?? "") : "";
  // "Writing in the Financial Times, …": a place or medium after the participle is no content.
  if (!found || found.from >= comma || (isPreposition(first) && !/^(?:to|about|of)$/.test(first))) return null;
  const content = trimPunct(toks, found.from, Math.min(found.to, comma - 1));
  const speaker = content ? clauseSubject(toks, comma + 1, toks.length) : null;
  const head = speaker ? toks[speaker.to] : undefined;
  return content && speaker && head && canSpeak(head) ? { speaker, cue: { from: v, to: content.from - 1 }, content } : null;
}
