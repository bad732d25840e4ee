// One capitalised run read as a possible person: the title before the name ("US Secretary of
// State"), the name itself, and the evidence around it (given name, honorific, role noun, cue verb).
import { alternation, MONTHS, WEEKDAYS } from "../lexicon/calendar.ts";
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { ORG_HEADS, ORG_NAMES, ORG_WORDS } from "../lexicon/orgs.ts";
import { OUTLET_HEADS, OUTLET_NAMES } from "../lexicon/outlets.ts";
import { COUNTRY_NAMES, DEMONYMS, PLACE_HEADS, PLACES } from "../lexicon/places.ts";
import { HONORIFICS, PERSON_VERBS_AFTER, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.ts";
import { COMMON_WORDS, NAME_PARTICLES, NAME_SUFFIXES } from "../lexicon/words.ts";
import type { Run } from "./name-runs.ts";
import type { Token } from "./tokens.ts";

export type ParsedKind = "person" | "weak" | "single" | "title" | "other";

export interface Parsed {
  kind: ParsedKind;
  /** Token range of the name (inclusive). */
  from: number;
  to: number;
  /** Start of the title before the name, when there is one ("US President Donald Trump"). */
  titleStart: number | null;
  /** The title words as written ("US Secretary of State"), honorifics excluded. */
  role: string | null;
  /** A role from a lower-case noun before the name or an appositive after it. */
  extraRole: string | null;
  evidence: number;
}

const ROLE_SUFFIX = /-(?:rounder|spinner|keeper|back|half|winger|hander|seamer|bowler)$/;
const INITIAL_GLUED = /^\p{Lu}\.\p{Lu}['’]?\p{Lu}?\p{Ll}/u;
const SURNAME_SHAPE = /^(?:Mc|Mac|O['’]|Fitz)\p{Lu}/u;
const ROMAN = /^(?:II|III|IV)$/;
const APPOSITIVE =
  /^,\s+(?:(?:the|a|an|its|his|her|their)\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+)?((?:[\p{L}-]+\s+){0,6}?[\p{L}-]+?)(?=\s+(?:to|who|which|at|in|on|for|from|since|and|of\s+(?:his|her|their))\b|\s*[,.;:()"“”]|$)/u;

export function isTitleWord(w: string): boolean {
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
}

function isInitial(t: Token): boolean {
  return t.text.length === 1 && t.cap && t.dot;
}

/** Words before a name that say what follows is an organisation: "Ohio-based", "state-owned". */
const ORG_MODIFIER = /-(?:based|owned|controlled|run|listed|backed|registered|led)$/i;
const EX_PREFIX = /^(?:Ex|ex|Former|former|Then|then)-/;
/** A day or month name as written in a name run: capitalised. */
const CALENDAR = new RegExp(`^(?:${alternation([...WEEKDAYS, ...MONTHS].map((w) => w[0]?.toUpperCase() + w.slice(1)))})$`);
const CRICKET_BEFORE = new Set(["c", "b", "lbw", "st", "c&b"]);
/** Function words trimmed from a run wherever they stand; other common words only at a sentence start. */
export const TRIM_ALWAYS = /^(?:the|a|an|and|but|or|nor|if|in|on|at|to|of|for|from|by|with|as|this|that|these|those|there|here|then|so|when|while|after|before|since|during|under|over|about|new|former|late|no|not|all|both|each|every|some|any|many|most|more|last|next|first|second|third|top|big|only|even|also|still|yet|now|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|our|their|his|her|its|my|your|we|they|he|she|it|i|you)$/i;
const FIGURES = /^\d+-\d+-\d+-\d+$/;
const STANDINGS = /^(?:\s+\d+){6}/;
const PAREN_AFTER = /^\s\(([^()]{1,32})\)/;

function dotted(t: Token): string {
  return t.dot && t.text.includes(".") ? `${t.text}.` : t.text;
}

/** Length in tokens of the longest place name starting at token `f` (0 when none). */
export function placeAt(tokens: Token[], f: number, t: number): number {
  let best = 0;
  let s = "";
  for (let i = f; i <= Math.min(t, f + 3); i++) {
    const tok = tokens[i];
    if (!tok) break;
    s = i === f ? dotted(tok) : `${s} ${dotted(tok)}`;
    if (PLACES.has(s) || (i === f && PLACES.has(tok.text))) best = i - f + 1;
  }
  return best;
}

/** Reads one run; `lower` holds the words the text also writes in lower case. */
export function parseRun(text: string, tokens: Token[], run: Run, lower: ReadonlySet<string>): Parsed {
  let f = run.from;
  let t = run.to;
  const out: Parsed = { kind: "other", from: f, to: t, titleStart: null, role: null, extraRole: null, evidence: 0 };
  // Drop what opens the run without being part of a name: "The", "But", "Ex-Yankee", sentence-initial verbs.
  while (f <= t) {
    const tok = tokens[f];
    if (!tok) break;
    const low = tok.text.toLowerCase();
    if (f < t && tok.text.length === 1 && tok.dot) break;
    if (ORG_MODIFIER.test(tok.text)) return out;
    if (EX_PREFIX.test(tok.text) || (f < t && /^(?:Former|Ex|Then|Late|Fellow)$/.test(tok.text))) {
      f++;
      continue;
    }
    if (f < t && placeAt(tokens, f, t) > 1) break;
    if (!tok.upper && COMMON_WORDS.has(low) && !isTitleWord(tok.text) && (tok.sentenceStart || TRIM_ALWAYS.test(tok.text) || f === t)) f++;
    else if (f < t && tok.sentenceStart && !tok.upper && lower.has(low) && !GIVEN_NAMES.has(tok.text) && !isTitleWord(tok.text) && !ROLE_NOUNS.has(low)) f++;
    else if (NAME_PARTICLES.has(tok.text) || tok.text === "of" || tok.text === "for") f++;
    else break;
  }
  while (t > f && CALENDAR.test(tokens[t]?.text ?? "")) t--;
  out.from = f;
  out.to = t;
  if (f > t) return out;
  const whole = text.slice(tokens[f]?.start ?? 0, tokens[t]?.end ?? 0);
  if (PLACES.has(whole) || ORG_NAMES.has(whole) || OUTLET_NAMES.has(whole)) return out;

  // A run of title words alone: "Prime Minister", "the Defence Secretary".
  let allTitle = true;
  for (let i = f; i <= t && allTitle; i++) {
    const w = tokens[i]?.text ?? "";
    allTitle = isTitleWord(w) || COUNTRY_NAMES.has(w) || DEMONYMS.has(w) || w === "of" || w === "for";
  }
  if (allTitle && TITLE_HEADS.has(tokens[t]?.text ?? "")) {
    out.kind = "title";
    return out;
  }

  // The title before the name ends at the last title word that leaves a name after it.
  let h = -1;
  for (let i = f; i < t; i++) {
    const tok = tokens[i];
    if (!tok) break;
    const w = tok.text;
    if (TITLE_HEADS.has(w) || (i === f && tok.sentenceStart && ROLE_NOUNS.has(w.toLowerCase()))) h = i;
    else if ((w === "of" || w === "for") && h === i - 1 && i + 1 < t) {
      h = i + 1;
      i++;
    }
  }
  if (h === f && t - f === 1 && GIVEN_NAMES.has(tokens[f]?.text ?? "")) h = -1;
  let nf = f;
  if (h >= 0) {
    nf = h + 1;
    out.titleStart = tokens[f]?.start ?? null;
    let rf = f;
    while (rf < h && HONORIFICS.has(tokens[rf]?.text ?? "")) rf++;
    const r = text.slice(tokens[rf]?.start ?? 0, tokens[h]?.end ?? 0);
    if (!HONORIFICS.has(r)) out.role = r;
    out.evidence += 2;
  }
  // Nationality before the name: "American Dennis Mitchell".
  while (nf < t - 1 && DEMONYMS.has(tokens[nf]?.text ?? "")) {
    nf++;
    out.evidence += 1;
  }
  out.from = nf;
  const first = tokens[nf];
  const last = tokens[t];
  if (!first || !last) return out;
  const len = t - nf + 1;
  const name = text.slice(first.start, last.end);
  if (PLACES.has(name) || ORG_NAMES.has(name) || OUTLET_NAMES.has(name)) return out;

  // Hard and soft signs of something other than a person.
  let soft = false;
  for (let i = nf; i <= t; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const w = tok.text;
    if (w === "of" || w === "for") return out;
    if (tok.upper && !ROMAN.test(w) && !(w.includes(".") && /\p{Ll}/u.test(w))) {
      if (!(w.length === 1 || (w.includes(".") && i < t))) return out;
    }
    if (ORG_HEADS.has(w) || OUTLET_HEADS.has(w)) return out;
    if (ORG_WORDS.has(w) || PLACE_HEADS.has(w)) soft = true;
    if (i > nf && COMMON_WORDS.has(w.toLowerCase())) soft = true;
    if (i > nf && PLACES.has(w) && !GIVEN_NAMES.has(w)) soft = true;
    if (i > nf && isInitial(first) && (PLACES.has(w) || DEMONYMS.has(w))) return out;
  }
  const placeLen = len > 1 ? placeAt(tokens, nf, t) : 0;
  if (placeLen > 1 && h < 0) return out;
  if (placeLen > 0 && !GIVEN_NAMES.has(first.text)) soft = true;
  if (len > 1 && h < 0 && !isInitial(first) && (PLACE_HEADS.has(last.text) || DEMONYMS.has(last.text) || DEMONYMS.has(name))) return out;
  if (first.text === "St" || first.text === "Ste") return out;
  // A table row: the name opens a line followed by a row of numbers (a standings table).
  if ((first.start === 0 || text.charCodeAt(first.start - 1) === 10) && STANDINGS.test(text.slice(last.outer, last.outer + 60))) return out;
  if (len === 1 && (PLACES.has(name) || ORG_WORDS.has(name) || DEMONYMS.has(name) || (name.endsWith("s") && DEMONYMS.has(name.slice(0, -1))))) return out;
  if (len === 1 && NAME_SUFFIXES.has(name)) return out;
  // "the General Election", "General Workers' Union": a word the text also writes in lower case is no name.
  if (len === 1 && h >= 0 && lower.has(name.toLowerCase())) return out;

  // Evidence.
  const glued = INITIAL_GLUED.test(first.text);
  if (len > 1 && GIVEN_NAMES.has(first.text)) out.evidence += 2;
  else if (len > 1 && WEAK_GIVEN_NAMES.has(first.text)) out.evidence += 1;
  if (len > 1 && isInitial(first)) out.evidence += 2;
  if (glued) out.evidence += 2;
  if (SURNAME_SHAPE.test(last.text)) out.evidence += 1;
  // Guarded reads (no index -1, no charCodeAt on ""): out-of-bounds reads make V8 redo this function's optimised code.
  const before = run.from > 0 ? tokens[run.from - 1] : undefined;
  if (before && !before.cap && !before.number && before.sentence === first.sentence && /^\s+$/.test(text.slice(before.outer, tokens[run.from]?.start ?? 0))) {
    const low = before.text.toLowerCase();
    if (ROLE_NOUNS.has(low) || ROLE_SUFFIX.test(low) || low === "mate") {
      out.evidence += 2;
      out.extraRole = roleBefore(text, tokens, run.from - 1);
    } else if (CRICKET_BEFORE.has(before.text)) {
      out.evidence += 2;
    } else if (low === "said" || low === "says") {
      out.evidence += 1;
    }
  }
  const after = text.slice(last.outer, last.outer + 120);
  const next = tokens[t + 1];
  if (next && !next.cap && next.sentence === last.sentence && PERSON_VERBS_AFTER.has(next.text) && /^\s+$/.test(text.slice(last.outer, next.start))) out.evidence += 1;
  if (next && next.number && FIGURES.test(next.text)) out.evidence += 2;
  if (next && !next.cap && next.sentence === last.sentence && (CRICKET_BEFORE.has(next.text) || ((next.text === "not" || next.text === "run") && tokens[t + 2]?.text === "out"))) out.evidence += 2;
  const c0 = after.length > 0 ? after.charCodeAt(0) : NaN;
  if (c0 !== 44 && c0 !== 32) {
    // Neither a comma nor a space follows: no appositive, age or bracket to read.
  } else if (/^,\s+who\b/.test(after)) out.evidence += len > 1 ? 2 : 1;
  else if (/^,?\s+\(?\d{2}\)?,?\s/.test(after) || /^,\s+aged\s/.test(after)) out.evidence += 1;
  const paren = PAREN_AFTER.exec(after)?.[1];
  const parenCue = !!paren && (PLACES.has(paren) || DEMONYMS.has(paren) || /^\p{Lu}{3}$/u.test(paren) || /^\d+(?:st|nd|rd|th)$/.test(paren));
  if (parenCue) out.evidence += len > 1 ? 2 : 1;
  if (/^,\s+[\p{L} ]{2,30}\s(?:Newsroom|newsroom|Bureau|bureau)\b/u.test(after)) out.evidence += 2;
  // A line holding only the name: a byline.
  const lineStart = first.start === 0 || text.charCodeAt(first.start - 1) === 10;
  const lineEnd = last.outer === text.length || text.charCodeAt(last.outer) === 10;
  if (lineStart && lineEnd && len > 1 && len < 4) out.evidence += 1;
  const ap = h < 0 && c0 === 44 ? APPOSITIVE.exec(after) : null;
  if (ap?.[1]) {
    const phrase = ap[1];
    const head = phrase.slice(phrase.lastIndexOf(" ") + 1);
    if (ROLE_NOUNS.has(head.toLowerCase()) || TITLE_HEADS.has(head)) {
      out.extraRole = phrase;
      out.evidence += 1;
    }
  }
  const strong = (len > 1 && (GIVEN_NAMES.has(first.text) || isInitial(first) || parenCue)) || glued || h >= 0;
  if (soft && !strong) return out;
  if (len > 1) out.kind = out.evidence >= 1 ? "person" : "weak";
  else out.kind = out.evidence >= 2 && !COMMON_WORDS.has(name.toLowerCase()) ? "person" : "single";
  return out;
}

/** "its chairman" → "chairman"; the stage resolves "its" later. Lower-case modifiers are kept: "new coach". */
function roleBefore(text: string, tokens: Token[], i: number): string {
  let from = i;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const tok = tokens[j];
    const nextTok = tokens[j + 1];
    if (!tok || !nextTok || tok.cap || tok.number || tok.sentence !== nextTok.sentence) break;
    if (!/^\s+$/.test(text.slice(tok.outer, nextTok.start))) break;
    if (!/^(?:deputy|vice|assistant|associate|acting|chief|senior|national|security|foreign|defence|defense|team|head|general|managing|executive|finance|economic|military|political|press|club|former|interim)$/.test(tok.text)) break;
    from = j;
  }
  const a = tokens[from];
  const b = tokens[i];
  if (!a || !b) return "";
  const role = text.slice(a.start, b.end);
  return tokens[from - 1]?.text === "its" ? `${role}${ownerBefore(text, tokens, from - 1)}` : role;
}

/** For "its chairman": " of the National Economic Council", the organisation named earlier in the sentence. */
function ownerBefore(text: string, tokens: Token[], its: number): string {
  const sentence = tokens[its]?.sentence;
  for (let j = its - 1; j >= 0; j--) {
    const tok = tokens[j];
    if (!tok || tok.sentence !== sentence) break;
    if (!tok.cap || !ORG_HEADS.has(tok.text)) continue;
    let s = j;
    while (s > 0) {
      const p = tokens[s - 1];
      if (p && p.cap && !p.possessive && text.slice(p.outer, tokens[s]?.start ?? 0) === " " && !COUNTRY_NAMES.has(p.text)) s--;
      else break;
    }
    const the = tokens[s - 1]?.text === "the" ? "the " : "";
    return ` of ${the}${text.slice(tokens[s]?.start ?? 0, tok.end)}`;
  }
  return "";
}
