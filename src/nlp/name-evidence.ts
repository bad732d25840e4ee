// The evidence that a parsed run names a person: an honorific, a role, a verb of saying, a byline
// line, an appositive, a given name; `st.out.evidence` counts it for parseRun.
import { DETERMINERS } from "../lexicon/cues.ts";
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { DEMONYMS, PLACES } from "../lexicon/places.ts";
import { HONORIFICS, PERSON_VERBS_AFTER, ROLE_NOUNS, TITLE_HEADS } from "../lexicon/titles.ts";
import { COMMON_WORDS, CREATURE_NOUNS, EPITHETS, FUNCTION_WORDS } from "../lexicon/words.ts";
import { atLineStart } from "./chars.ts";
import type { Run } from "./name-runs.ts";
import type { Token } from "./tokens.ts";
import type { RunState } from "./name-parse.ts";
import { SURNAME_SHAPE, APPOSITIVE, isInitial, givenLike, adjacent, headOf } from "./name-words.ts";
import { ROLE_PREFIX, firmNounBefore, roleBefore, roleBeforeComma, roleNoun, compoundAt } from "./name-context.ts";

const ROLE_SUFFIX = /-(?:rounder|spinner|keeper|back|half|winger|hander|seamer|bowler)$/;

const INITIAL_GLUED = /^\p{Lu}\.\p{Lu}['’]?\p{Lu}?\p{Ll}/u;

const CRICKET_BEFORE = new Set(["c", "b", "lbw", "st", "c&b"]);

const FIGURES = /^\d+-\d+-\d+-\d+$/;

const PAREN_AFTER = /^\s\(([^()]{1,32})\)/;

/** Evidence that the name is a person's, from the name and the words around it; sets the kind. */
export function personEvidence(text: string, tokens: Token[], run: Run, st: RunState, lower: ReadonlySet<string>): void {
  const { nf, t, h, out } = st;
  const first = tokens[nf];
  const last = tokens[t];
  if (!first || !last) return;
  const len = t - nf + 1;
  const name = text.slice(first.start, last.end);
  const glued = INITIAL_GLUED.test(first.text);
  if (len > 1 && GIVEN_NAMES.has(first.text)) out.evidence += 2;
  else if (len > 1 && WEAK_GIVEN_NAMES.has(first.text)) out.evidence += 1;
  if (len > 1 && isInitial(first)) out.evidence += 2;
  if (glued) out.evidence += 2;
  if (SURNAME_SHAPE.test(last.text)) out.evidence += 1;
  // Guarded reads (no index -1, no charCodeAt on ""): out-of-bounds reads make V8 redo this function's optimised code.
  const before = run.from > 0 ? tokens[run.from - 1] : undefined;
  // "the journalist's ISPs": a possessive's noun is no role of the name after it.
  if (before && !before.cap && !before.number && !before.possessive && before.sentence === first.sentence && /^\s+$/.test(text.slice(before.outer, tokens[run.from]?.start ?? 0))) {
    // "then-candidate Jo Blum", "ex-coach Jo Blum": a role noun behind a glued prefix; "then-" is no part of the role.
    const low = before.text.toLowerCase().replace(ROLE_PREFIX, "");
    // "the operator Acme Ferries", "its owner Acme Stays": a firm's name, no person with a role.
    if (firmNounBefore(text, tokens, run.from, t) || adjectiveBefore(text, tokens, before, run.from, t)) {
      // No evidence either way: the name is left to what else the text says of it.
    } else if ((ROLE_NOUNS.has(low) && !verbNotRole(tokens, run.from - 1)) || ROLE_SUFFIX.test(low) || low === "mate" || (run.from > 1 && compoundAt(tokens, run.from - 2))) {
      out.evidence += 2;
      out.extraRole = roleBefore(text, tokens, run.from - 1).replace(/^then-/i, "");
    } else if (CRICKET_BEFORE.has(before.text)) {
      out.evidence += 2;
    } else if (low === "said" || low === "says") {
      out.evidence += 1;
    }
  }
  const apRole = out.extraRole ? "" : roleBeforeComma(text, tokens, run.from, t);
  if (apRole) {
    out.extraRole = apRole;
    out.evidence += 2;
  }
  const after = text.slice(last.outer, last.outer + 120);
  const next = tokens[t + 1];
  if (next && !next.cap && next.sentence === last.sentence && PERSON_VERBS_AFTER.has(next.text) && /^\s+$/.test(text.slice(last.outer, next.start))) out.evidence += 1;
  if (next && next.number && FIGURES.test(next.text)) out.evidence += 2;
  if (next && !next.cap && next.sentence === last.sentence && (CRICKET_BEFORE.has(next.text) || ((next.text === "not" || next.text === "run") && tokens[t + 2]?.text === "out"))) out.evidence += 2;
  const c0 = after.length > 0 ? after.charCodeAt(0) : NaN;
  const who = c0 === 44 && /^,\s+who\b/.test(after);
  if (c0 !== 44 && c0 !== 32) {
    // Neither a comma nor a space follows: no appositive, age or bracket to read.
  } else if (who) out.evidence += len > 1 ? 2 : 1;
  else if (/^,?\s+\(?\d{2}\)?,?\s/.test(after) || /^,\s+aged\s/.test(after)) out.evidence += 1;
  const paren = PAREN_AFTER.exec(after)?.[1];
  const parenCue = !!paren && (PLACES.has(paren) || DEMONYMS.has(paren) || /^\p{Lu}{3}$/u.test(paren) || /^\d+(?:st|nd|rd|th)$/.test(paren));
  if (parenCue) out.evidence += len > 1 ? 2 : 1;
  if (/^,\s+[\p{L} ]{2,30}\s(?:Newsroom|newsroom|Bureau|bureau)\b/u.test(after)) out.evidence += 2;
  if (len > 1 && len < 4 && bylineLine(text, tokens, nf, t, lower)) out.evidence += 1;
  // ", who also stars as a grandmother": a relative clause, no appositive.
  const ap = h < 0 && c0 === 44 && !who ? APPOSITIVE.exec(after) : null;
  if (ap?.[1]) {
    const phrase = ap[1];
    const head = headOf(phrase);
    // "Jo Blum, executive director of Acme Now,": a role appositive, whatever the given name.
    if (roleNoun(head.toLowerCase()) || TITLE_HEADS.has(head)) {
      out.extraRole = phrase;
      out.evidence += 1;
    }
  }
  const strong = (len > 1 && (GIVEN_NAMES.has(first.text) || isInitial(first) || parenCue)) || glued || h >= 0;
  if (st.soft && !strong) return;
  if (len > 1) out.kind = out.evidence >= 1 ? "person" : "weak";
  else out.kind = out.evidence >= 2 && !COMMON_WORDS.has(name.toLowerCase()) && !wordAfterHonorific(tokens, h, name) ? "person" : "single";
}

/**
 * A line holding only the name from `nf` to `t`: a byline, when it opens with a given name, stands
 * where bylines stand (`nearEdge`) or follows a label ("Contact:"), and no word of it is prose
 * (`proseWords`: a subheading).
 */
function bylineLine(text: string, tokens: Token[], nf: number, t: number, lower: ReadonlySet<string>): boolean {
  const first = tokens[nf];
  const last = tokens[t];
  if (!first || !last || !atLineStart(text, first.start) || !(last.outer === text.length || text.charCodeAt(last.outer) === 10)) return false;
  if (proseWords(tokens, nf, t, lower)) return false;
  return givenLike(first) || nearEdge(text, first.start, last.outer) || LABEL_BEFORE.test(text.slice(Math.max(0, first.start - 80), first.start));
}

/**
 * A line of capitalised words of which one is a common word or one the text also writes in lower
 * case ("Migraine Nightmare", "Remarkable Lunar Eclipse"): a subheading, no byline.
 */
function proseWords(tokens: Token[], from: number, to: number, lower: ReadonlySet<string>): boolean {
  for (let i = from; i <= to; i++) {
    const low = tokens[i]?.text.toLowerCase() ?? "";
    if (COMMON_WORDS.has(low) || lower.has(low)) return true;
  }
  return false;
}

/** A label line just before a line: "Contact Details:", "Written by:". */
const LABEL_BEFORE = /:[ \t]*\r?\n\s*$/;

/** A line (from `start` to `end`) among the first or the last three lines of the text, where bylines stand. */
function nearEdge(text: string, start: number, end: number): boolean {
  return linesAround(text, start, -1) < 3 || linesAround(text, end, 1) < 3;
}

/** The number of non-empty lines before `at` (`dir` -1) or after it (1), counted up to three. */
function linesAround(text: string, at: number, dir: -1 | 1): number {
  let n = 0;
  let i = at;
  let filled = false;
  while (n < 3 && i >= 0 && i <= text.length) {
    i += dir;
    const c = text.charCodeAt(i);
    if (Number.isNaN(c) || c === 10) {
      if (filled) n++;
      filled = false;
      if (Number.isNaN(c)) break;
    } else if (c !== 32 && c !== 13) filled = true;
  }
  return n;
}

/**
 * "the Mr Nasty of books", "Madame Butterfly": an honorific (the title's last token at `h`) before one
 * word that is a describing adjective, a creature's noun or a common word names a character or a work,
 * no person of its own; it may still be a known person's surname ("Mrs May" after "Jo May").
 */
function wordAfterHonorific(tokens: Token[], h: number, name: string): boolean {
  if (h < 0 || !HONORIFICS.has(tokens[h]?.text ?? "")) return false;
  const low = name.toLowerCase();
  return EPITHETS.has(low) || CREATURE_NOUNS.has(low) || COMMON_WORDS.has(low);
}

/** Role nouns that are a verb's past form as often: "the accused Jo Blum", but "she accused Blum of …". */
const VERB_ROLES: ReadonlySet<string> = new Set(["accused"]);

/** The role noun at token `i` is a verb (`VERB_ROLES`): no article, possessive or "fellow" stands before it. */
function verbNotRole(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  if (!tok || !VERB_ROLES.has(tok.text)) return false;
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tok.sentence || !(prev.possessive || DETERMINERS.has(prev.text.toLowerCase()));
}

/** Role nouns that are adjectives as often: "the official Acme house", "an international Acme side". */
const ADJECTIVE_ROLES: ReadonlySet<string> = new Set(["official", "principal", "international", "professional", "amateur"]);

/**
 * A role noun that is also an adjective (`ADJECTIVE_ROLES`, the token `before`) before one capitalised
 * word (`from` = `to`) and a lower-case word that is neither a verb nor a function word: "the official
 * Acme house" describes the house; "the official Blum said" stays a role.
 */
function adjectiveBefore(text: string, tokens: Token[], before: Token, from: number, to: number): boolean {
  if (from !== to || !ADJECTIVE_ROLES.has(before.text)) return false;
  const last = tokens[to];
  const next = tokens[to + 1];
  if (!last || !next || next.cap || next.number || !adjacent(text, last, next)) return false;
  const w = next.text;
  return !(PERSON_VERBS_AFTER.has(w) || FUNCTION_WORDS.has(w) || COMMON_WORDS.has(w) || /(?:ed|s)$/.test(w));
}
