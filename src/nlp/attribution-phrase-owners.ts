// Whose the phrase right before a cue is: the subject before a prepositional phrase ("Trump at the
// time said"), the noun a participle or its agent describes ("Officials investigating the crash said",
// "A letter … obtained by the AP warns"), a source and what it knows ("people familiar with the matter").
import { isLy, CUE_VERBS, DETERMINERS, DOCUMENT_NOUNS, FINITE_AUXILIARY, NP_STOP, ROLE_NOUNS, SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import type { Token } from "./attribution-tokens.ts";
import { type TokRange, verbish, npEndingAt } from "./attribution-np.ts";
import { NUMBER_WORD } from "./attribution-openings.ts";
import { atClauseStart, clauseSubject } from "./attribution-clause-subject.ts";
import { antecedent } from "./attribution-antecedents.ts";

/**
 * "Experts on North Korea and nuclear nonproliferation said": a phrase after a preposition that
 * coordinates two noun phrases, the second of lower-case words that name no speaker, ending at `j`
 * (when no phrase `np` was read there). The phrase before "and"/"or" must follow a preposition (for
 * beforePhrase to find its owner) or hold one; else null.
 */
export function coordinatedComplement(toks: Token[], j: number, np: TokRange | null, stop: number): TokRange | null {
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
export const ingWord = (t: Token | undefined): boolean => !!t && t.word && !t.cap && t.low.length > 5 && t.low.endsWith("ing") && !NP_STOP.has(t.low);

/** Participles of polling, which follow the people polled: "Democrats surveyed said". */
export const POLLED = /^(?:surveyed|polled|interviewed|questioned|sampled|contacted)$/;

/**
 * "Officials investigating the crash said", "Democrats surveyed said": the phrase before the cue is
 * a participle's object, or the participle itself, and the speaker is the noun before it, which
 * opens the clause. Null when the phrase is no such thing.
 */
export function participleOwner(toks: Token[], j: number, np: TokRange | null, stop: number): TokRange | null {
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
export function agentOwner(toks: Token[], np: TokRange | null, stop: number): TokRange | null {
  const participle = np ? toks[np.from - 2] : undefined;
  if (!np || toks[np.from - 1]?.low !== "by" || !participle?.word || participle.cap || !/(?:ed|led|run|headed|taken)$/.test(participle.low) || CUE_VERBS.has(participle.low) || AUTHORED.test(participle.low)) return null;
  const owner = npEndingAt(toks, np.from - 3, stop);
  if (!owner) return null;
  const full = beforePhrase(toks, owner, stop);
  return full.from <= stop || atClauseStart(toks[full.from - 1]) ? full : null;
}

/** Participles whose agent made the document it describes, and so speaks through it: "a statement issued by Lycos said". */
const AUTHORED = /^(?:issued|published|released|conducted|commissioned|compiled|produced|prepared|authored|sponsored|funded|paid|carried|written|signed|sent|posted|filed)$/;

const SHARE_COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;

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
export function beforePhrase(toks: Token[], np: TokRange, stop: number): TokRange {
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
export function postModified(toks: Token[], j: number, np: TokRange | null, stop: number): TokRange | null {
  // The linked phrase ends at `j`: a noun phrase, or an object pronoun ("people close to her"), or
  // a longer phrase of nouns and prepositions ("familiar with the planning for Thursday's meeting").
  const known = np ?? (/^(?:her|him|them|me|us)$/.test(toks[j]?.low ?? "") ? { from: j, to: j } : null);
  const starts = known ? [known.from] : [];
  for (let s = j; s >= stop && s > j - 12 && knownWord(toks[s]); s--) if (s !== known?.from) starts.push(s);
  for (const start of starts) {
    const head = linkedHead(toks, start);
    if (head < 0) continue;
    const h = toks[head];
    // "those close to him": the demonstrative stands for the people.
    if (!h || head < stop || !(ROLE_NOUNS.has(h.low) || h.low === "those")) return np;
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
