// The antecedent that speaks for a relative clause: the nearest speaker-like noun before "who",
// "which" or "that" (with a name in apposition to it), or the people that a clause with no relative
// pronoun describes ("Several people I've spoken with said").
import { ARTICLE, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, INDEFINITE_SPEAKER, ROLE_NOUNS } from "../lexicon/cues.ts";
import type { Token } from "./attribution-tokens.ts";
import { irregularPast } from "./attribution-context.ts";
import { type TokRange, npEndingAt } from "./attribution-np.ts";
import { TIME_NAME, MONTH_NAME, NUMBER_WORD, isPreposition } from "./attribution-openings.ts";
import { atClauseStart, clauseSubject } from "./attribution-clause-subject.ts";

/** An indefinite pronoun for people, or "those": the antecedent as it stands ("someone who …", "those who …"). */
const INDEFINITE_PERSON = new RegExp(`${INDEFINITE_SPEAKER.source}|^those$`);

/** A noun for one who does something: "the founder", "the teacher", "the president", "the historian". */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|ee)s?$/;

/** A personal pronoun that opens a relative clause with no "who": "people I've spoken with", "everyone we met". */
const CONTACT_PRONOUN = /^(?:i|we|you|they|he|she)(?:['’](?:ve|d))?$/;

/**
 * "Several people I've spoken with over the weeks said …": people described by a relative clause
 * with no relative pronoun, which ends at `j`, right before the cue. The speaker is the whole phrase.
 * Only a noun of people (a role or a group, not a document: "a memo he drew up") opens it, at the
 * clause's start.
 */
export function contactRelative(toks: Token[], j: number, stop: number): TokRange | null {
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
export function antecedent(toks: Token[], rel: number, stop: number): TokRange | null {
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
      return peopleAfterOf(toks, rel, withApposedName(toks, npEndingAt(toks, e, stop), stop));
    }
  }
  // "a young child, who said …", "18 percent who say …": "who" makes any noun right before it a person.
  const head = toks[k];
  if (/^who/.test(toks[rel]?.low ?? "") && head?.word && !head.cap) return peopleAfterOf(toks, rel, npEndingAt(toks, k, stop));
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

/**
 * "the ire of lawmakers who thought …", "the help of his children who believed …": before a "who"
 * with no comma, "the" and a noun before "of" that names no speaker (no role, group, share or
 * agent noun) leave the people after "of" as the antecedent. "the head of the union who …", "the
 * founder of the firm who …", "a group of pilots who …", "half of the voters who …" stay whole.
 */
function peopleAfterOf(toks: Token[], rel: number, np: TokRange | null): TokRange | null {
  if (!np || !/^who/.test(toks[rel]?.low ?? "") || toks[rel - 1]?.t === ",") return np;
  for (let o = np.to - 1; o > np.from; o--) {
    if (toks[o]?.low !== "of") continue;
    const h = toks[o - 1];
    const speaks = !h?.word || h.cap || toks[o - 2]?.low !== "the" || ROLE_NOUNS.has(h.low) || GROUP_NOUNS.has(h.low) || NUMBER_WORD.test(h.low) || AGENT_NOUN.test(h.low);
    return speaks ? np : { from: o + 1, to: np.to };
  }
  return np;
}
