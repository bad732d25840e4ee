// One capitalised run read as a possible person: the title before the name ("US Secretary of
// State"), the name itself, and the evidence around it (given name, honorific, role noun, cue verb).
import { alternation, MONTHS, WEEKDAYS } from "../lexicon/calendar.ts";
import { CUE_VERBS, DETERMINERS, STANCE_VERBS } from "../lexicon/cues.ts";
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { BUSINESS_NOUNS, FIRM_LEADER_MODIFIERS, FIRM_LEADS, FIRM_NOUNS, ORG_HEADS, ORG_NAMES, ORG_NOUNS, ORG_WORDS, PLURAL_ACRONYM } from "../lexicon/orgs.ts";
import { OUTLET_HEADS, OUTLET_NAMES } from "../lexicon/outlets.ts";
import { COUNTRY_NAMES, DEMONYM_FIRSTS, DEMONYMS, NOT_SURNAME_PLACES, PLACE_HEADS, PLACE_LEADS, PLACE_OF_NOUNS, PLACES } from "../lexicon/places.ts";
import { AFFILIATIONS, HONORIFIC_TITLES, HONORIFICS, LEAD_ONLY_ROLES, MEMBER_BEFORE, PERSON_VERBS_AFTER, ROLE_COMPOUNDS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.ts";
import { COMMON_WORDS, CREATURE_NOUNS, creaturePlural, EPITHETS, FUNCTION_WORDS, lyAdverb, NAME_BREAKERS, NAME_PARTICLES, NAME_SUFFIXES, NOT_SURNAMES, OPENING_WORDS, PLURAL_NOUN, THING_NOUNS } from "../lexicon/words.ts";
import { atLineStart } from "./chars.ts";
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
/** Abstract nouns by their endings, singular or plural: "Procurement", "Prosecutions", "Security", "Partnerships". */
const ABSTRACT_NOUN = /\p{Ll}{2}(?:ments?|tions?|ities|ity|ships?)$/u;
/** An ordinal number in figures just before a word: "21st ", "19th ". */
export const ORDINAL_BEFORE = /\d(?:st|nd|rd|th)\s+$/;
const APPOSITIVE =
  /^,\s+(?:(?:then|now|once|formerly)\s+(?=(?:the|a|an|its|his|her|their)\s))?(?:(?:the|a|an|its|his|her|their)\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+)?((?:[\p{L}-]+\s+){0,6}?[\p{L}-]+?)(?=\s+(?:to|who|which|at|in|on|for|from|since|and|of\s+(?:his|her|their))\b|\s*[,.;:()"“”]|$)/u;

export function isTitleWord(w: string): boolean {
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
}

function isInitial(t: Token): boolean {
  return t.text.length === 1 && t.cap && t.dot;
}

/** A given name, weak or strong, or an initial: what may open a person's name. */
function givenLike(t: Token): boolean {
  return GIVEN_NAMES.has(t.text) || WEAK_GIVEN_NAMES.has(t.text) || isInitial(t) || t.text.length === 1;
}

/**
 * A word after an honorific that makes a title of it ("Miss Universe", "Miss Venezuela", "Mr
 * Olympia"): a title noun, a place, or a word the text also writes in lower case; never a given name.
 * A surname written first ("Dr Tan Mei Ling") is none of these.
 */
function titleAfterHonorific(t: Token, lower: ReadonlySet<string>): boolean {
  if (givenLike(t)) return false;
  return HONORIFIC_TITLES.has(t.text) || PLACES.has(t.text) || lower.has(t.text.toLowerCase()) || COMMON_WORDS.has(t.text.toLowerCase());
}

/** Role nouns and their plurals, lower case: "senators", "justices", "goalkeeper", "comics". */
const LEAD_ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...LEAD_ONLY_ROLES].flatMap((r) => [r, `${r}s`, `${r}es`]));

/** A capitalised role noun or its plural before a name: "Senators", "Justices", "Goalkeeper". */
function roleLead(t: Token): boolean {
  return LEAD_ROLES.has(t.text.toLowerCase());
}

/** Words of a title before a name: office words, countries, nationalities, "of". */
function titleish(w: string): boolean {
  return isTitleWord(w) || COUNTRY_NAMES.has(w) || DEMONYMS.has(w) || w === "of" || w === "for";
}

/**
 * A capitalised word that no person's name opens: a common word, a word the text also writes in lower
 * case, a role noun or its plural ("Senators"), a describing adjective ("Embattled", `EPITHETS`), a
 * plural nationality ("Americans"), a plural noun, or a compound with a lower-case part ("Top-seeded",
 * "British-born"). Given names and initials never are.
 */
function notNameLead(t: Token, lower: ReadonlySet<string>): boolean {
  const w = t.text;
  if (!t.cap || t.upper) return false;
  const low = w.toLowerCase();
  // The words that may lead first (the cheap tests, and most words fail them), then what no lead is.
  const plural = low.charCodeAt(low.length - 1) === 115;
  const lead =
    COMMON_WORDS.has(low) || lower.has(low) || LEAD_ROLES.has(low) || NOT_SURNAMES.has(w) || EPITHETS.has(low) ||
    (plural && (DEMONYMS.has(w.slice(0, -1)) || PLURAL_NOUN.test(w))) || (w.includes("-") && COMPOUND.test(w));
  if (!lead || givenLike(t) || SURNAME_SHAPE.test(w) || isTitleWord(w) || NAME_PARTICLES.has(low)) return false;
  return !(ORG_WORDS.has(w) || ORG_HEADS.has(w) || OUTLET_HEADS.has(w) || PLACE_HEADS.has(w));
}

/**
 * A word a run may open with before a person's name that is no part of it: the first word of a
 * sentence, a function word, a verb of saying or stance (title-case lines), a plural ("Senators",
 * "Critics", "Canadians"), a role noun, a describing adjective ("Crooked"), a compound ("Top-seeded")
 * or a day or month.
 */
function openLead(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.text;
  const low = w.toLowerCase();
  return t.sentenceStart || FUNCTION_WORDS.has(low) || CUE_VERBS.has(low) || STANCE_VERBS.has(low) || roleLead(t) || EPITHETS.has(low) || (low.endsWith("s") && !t.possessive) || DEMONYMS.has(w) || w.includes("-") || CALENDAR.test(w);
}

/** Words before a name that say what follows is an organisation: "Ohio-based", "state-owned". */
const ORG_MODIFIER = /-(?:based|owned|controlled|run|listed|backed|registered|led)$/i;
const EX_PREFIX = /^(?:Ex|ex|Former|former|Then|then)-/;
/** The same prefixes before a lower-case role noun ("then-candidate"), dropped to look the noun up. */
const ROLE_PREFIX = /^(?:ex|former|then)-(?=\p{Ll})/u;
/** A day or month name as written in a name run: capitalised. */
const CALENDAR = new RegExp(`^(?:${alternation([...WEEKDAYS, ...MONTHS].map((w) => w[0]?.toUpperCase() + w.slice(1)))})$`);
const CRICKET_BEFORE = new Set(["c", "b", "lbw", "st", "c&b"]);
/** Function words trimmed from a run wherever they stand; other common words only at a sentence start. */
export const TRIM_ALWAYS = /^(?:the|a|an|and|but|or|nor|if|in|on|at|to|of|for|from|by|with|as|this|that|these|those|there|here|then|so|when|while|after|before|since|during|under|over|about|new|former|late|no|not|all|both|each|every|some|any|many|most|more|last|next|first|second|third|top|big|only|even|also|still|yet|now|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|our|their|his|her|its|my|your|we|they|he|she|it|i|you)$/i;
/** A compound with a lower-case part: "Top-seeded", "British-born", "Seventeen-year-old". */
const COMPOUND = /-\p{Ll}/u;
/** Compounds only a person is: "British-born", "Seventeen-year-old". */
const PERSON_COMPOUND = /-(?:born|year-old|years-old)$/i;
/** "I'd", "We're": a pronoun and a verb, no name. */
const CONTRACTION = /['’](?:d|ll|ve|re|m|t)$/i;
const FIGURES = /^\d+-\d+-\d+-\d+$/;
const STANDINGS = /^(?:\s+\d+){6}/;
/** A colon and a web address after a name: "Blog Link: https://…". */
const LINK_AFTER = /^:\s*(?:https?:\/\/|www\.)/i;
const PAREN_AFTER = /^\s\(([^()]{1,32})\)/;

/** A token as written, with the final period of a dotted abbreviation ("U.S" → "U.S."). */
export function dotted(t: Token): string {
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

/**
 * A run as parseRun reads it, phase by phase: `f`..`t` the run without its opening words, `nf` where
 * the name starts after its title (`h` the title's last token, -1 for none), `out` the result.
 */
interface RunState {
  f: number;
  t: number;
  nf: number;
  h: number;
  soft: boolean;
  readonly out: Parsed;
}

/**
 * Reads one run; `lower` holds the words the text also writes in lower case. The phases are functions
 * of their own, each returning false when the run is no name, so that V8 optimises and re-optimises
 * each apart (one long function was compiled seven times over a corpus, each time whole).
 */
export function parseRun(text: string, tokens: Token[], run: Run, lower: ReadonlySet<string>): Parsed {
  const st: RunState = { f: run.from, t: run.to, nf: run.from, h: -1, soft: false, out: { kind: "other", from: run.from, to: run.to, titleStart: null, role: null, extraRole: null, evidence: 0 } };
  const { out } = st;
  // "San Lucas-based Acme Group": the name after a glued "-based" or "-owned" (split off by `analyse`) is a firm's.
  const before = run.from > 0 ? tokens[run.from - 1] : undefined;
  if (before && !before.cap && text.charCodeAt(before.start - 1) === 45 && ORG_MODIFIER.test(`-${before.text}`)) return out;
  if (!trimOpening(text, tokens, run, lower, st)) return out;
  out.from = st.f;
  out.to = st.t;
  if (st.f > st.t) return out;
  const whole = text.slice(tokens[st.f]?.start ?? 0, tokens[st.t]?.end ?? 0);
  if (PLACES.has(whole) || ORG_NAMES.has(whole) || OUTLET_NAMES.has(whole) || firmRun(tokens, st.f, st.t)) return out;
  if (titleAlone(tokens, st)) {
    out.kind = "title";
    return out;
  }
  if (!titleBefore(text, tokens, lower, st)) return out;
  if (!leadWords(tokens, lower, st)) return out;
  if (!breakers(tokens, st)) return out;
  out.from = st.nf;
  if (!notPersonSigns(text, tokens, lower, st)) return out;
  personEvidence(text, tokens, run, st, lower);
  return out;
}

/**
 * The index of the token after a trade's noun opening the sentence at `f` ("Developer Acme", "Bookmakers
 * Acme", `FIRM_LEADS`) when no given name or title follows it: the firm's name starts there. -1 when
 * there is none ("Producer Jo Blum"). A person's parse asks more of a longer name (`firmRun`).
 */
export function firmAfter(tokens: Token[], f: number, t: number): number {
  const tok = tokens[f];
  const next = tokens[f + 1];
  if (f >= t || !tok || !next || !tok.sentenceStart || !tok.cap || tok.upper || tok.possessive || givenLike(tok) || GIVEN_NAMES.has(next.text) || isTitleWord(next.text)) return -1;
  const low = tok.text.toLowerCase();
  return nounOrPlural(FIRM_LEADS, low) ? f + 1 : -1;
}

/**
 * The run from `f` to `t` is a firm's name after a trade's noun (`firmAfter`) as a person's parse reads
 * it: one word ("Developer Acme") or a longer name ending in an organisation's word ("Operator Acme
 * Ferries", "Carmaker Acme Motors"); a longer name that does not ("Producer Amir Khan") may still be a
 * person's, whose given name the lexicon lacks.
 */
function firmRun(tokens: Token[], f: number, t: number): boolean {
  const firm = firmAfter(tokens, f, t);
  const last = tokens[t]?.text ?? "";
  return firm === t || (firm >= 0 && (ORG_WORDS.has(last) || PLURAL_NOUN.test(last)));
}

/** Drops what opens the run without being part of a name: "The", "But", "Ex-Yankee", sentence-initial verbs. */
function trimOpening(text: string, tokens: Token[], run: Run, lower: ReadonlySet<string>, st: RunState): boolean {
  let f = st.f;
  const t = st.t;
  while (f <= t) {
    const tok = tokens[f];
    if (!tok) break;
    const low = tok.text.toLowerCase();
    if (f < t && tok.text.length === 1 && tok.dot) break;
    if (ORG_MODIFIER.test(tok.text)) return false;
    if (EX_PREFIX.test(tok.text) || (f < t && /^(?:Former|Ex|Then|Late|Fellow)$/.test(tok.text))) {
      f++;
      continue;
    }
    if (f < t && placeAt(tokens, f, t) > 1) break;
    // "Rush Dalton said …": a given name that is also a word keeps its place at a sentence start
    // when a name follows it and the pair acts as a person's.
    if (f === run.from && f < t && tok.sentenceStart && WEAK_GIVEN_NAMES.has(tok.text) && !isTitleWord(tok.text) && !PERSON_VERBS_AFTER.has(low) && restLikeName(tokens, f + 1, t, lower) && personAfter(text, tokens, t)) break;
    // "Notice Blum …", "Given Jo Blum's …", "Eventually Blum …": a verb, participle or adverb opening the sentence.
    if (f < t && (tok.sentenceStart || quoteOpens(text, tok)) && !tok.upper && sentenceOpener(tok, low, lower, tokens[f + 1])) {
      f++;
      continue;
    }
    // "New Zealander Jo Blum": a nationality of two words, left to `leadWords`.
    if (f < t - 1 && DEMONYM_FIRSTS.has(tok.text) && DEMONYMS.has(`${tok.text} ${tokens[f + 1]?.text ?? ""}`)) break;
    if (!tok.upper && COMMON_WORDS.has(low) && !isTitleWord(tok.text) && (tok.sentenceStart || TRIM_ALWAYS.test(tok.text) || f === t)) f++;
    else if (f < t && tok.sentenceStart && !tok.upper && lower.has(low) && !GIVEN_NAMES.has(tok.text) && !isTitleWord(tok.text) && !ROLE_NOUNS.has(low)) f++;
    else if (NAME_PARTICLES.has(tok.text) || tok.text === "of" || tok.text === "for") f++;
    else break;
  }
  // "Jo Blum Monday" loses the day; "Brian May" after a given name keeps the month that is a surname.
  let end = t;
  while (end > f && CALENDAR.test(tokens[end]?.text ?? "") && !GIVEN_NAMES.has(tokens[end - 1]?.text ?? "")) end--;
  st.f = f;
  st.t = end;
  return true;
}

/**
 * A word that opens a sentence before a name without being part of it: a verb in the imperative, a
 * participle or preposition (`OPENING_WORDS`), an -ly adverb, or an -ing form ("Praising", "Bringing")
 * of a verb the text or the lexicon knows, or before a given name ("Entrusting Jo Blum"); never a
 * given name, title or role word ("Channing Tatum", "Housing Minister").
 */
function sentenceOpener(tok: Token, low: string, lower: ReadonlySet<string>, next: Token | undefined): boolean {
  const ing = low.length > 5 && low.endsWith("ing") && (knownStem(low.slice(0, -3), lower) || (!!next && GIVEN_NAMES.has(next.text)));
  if (!(ing || OPENING_WORDS.has(low) || lyAdverb(low))) return false;
  return !givenLike(tok) && !isTitleWord(tok.text) && !ROLE_NOUNS.has(low);
}

/** A quotation mark just before the token opens a quoted sentence: ', tweeting, “Notice Blum …”'. */
function quoteOpens(text: string, tok: Token): boolean {
  const c = tok.start > 0 ? text.charCodeAt(tok.start - 1) : 0;
  return c === 0x201c || c === 0x2018 || (c === 0x22 && (tok.start < 2 || text.charCodeAt(tok.start - 2) === 32));
}

/**
 * The stem of an -ing form is a verb the text or the lexicon knows, in that form or with -s or -ed
 * ("bring", "prais(e)" for "praised", "putt" → "put").
 */
function knownStem(s: string, lower: ReadonlySet<string>): boolean {
  const word = (w: string): boolean => COMMON_WORDS.has(w) || OPENING_WORDS.has(w) || lower.has(w) || lower.has(`${w}s`) || lower.has(w.endsWith("e") ? `${w}d` : `${w}ed`);
  return word(s) || word(`${s}e`) || (s.length > 2 && s.charCodeAt(s.length - 1) === s.charCodeAt(s.length - 2) && word(s.slice(0, -1)));
}

/** A run of title words alone: "Prime Minister", "the Defence Secretary". */
function titleAlone(tokens: Token[], st: RunState): boolean {
  let allTitle = true;
  for (let i = st.f; i <= st.t && allTitle; i++) {
    const w = tokens[i]?.text ?? "";
    allTitle = isTitleWord(w) || COUNTRY_NAMES.has(w) || DEMONYMS.has(w) || w === "of" || w === "for";
  }
  return allTitle && TITLE_HEADS.has(tokens[st.t]?.text ?? "");
}

/** The title before the name ends at the last title word that leaves a name after it. */
function titleBefore(text: string, tokens: Token[], lower: ReadonlySet<string>, st: RunState): boolean {
  const { f, t, out } = st;
  let h = memberRole(text, tokens, f, t, lower);
  for (let i = f; i < t; i++) {
    const tok = tokens[i];
    if (!tok) break;
    const w = tok.text;
    if (TITLE_HEADS.has(w) || (i === f && tok.sentenceStart && jobLead(tokens, f, t, lower))) h = i;
    else if ((w === "of" || w === "for") && h === i - 1 && i + 1 < t) {
      // "Director of National Intelligence Jo Blum": the title runs on to the given name.
      const g = givenNameAfter(tokens, i + 2, t, lower);
      // "the MP for Lower Dunmore": with no given name after it, "for" leads to a constituency or a brief, no name.
      if (g === 0 && w === "for") return false;
      h = g > 0 ? g - 1 : i + 1;
      i = h;
    }
  }
  // "Chancellor of the Exchequer Jo Blum": the run opens with the end of a title written before it,
  // which is the role.
  let roleFrom = -1;
  if (h < 0 && f > 1) {
    const head = titleOfBefore(text, tokens, f);
    const g = head >= 0 ? givenNameAfter(tokens, f + 1, t, lower) : 0;
    if (g > 0) ((h = g - 1), (roleFrom = head));
  }
  if (h === f && t - f === 1 && GIVEN_NAMES.has(tokens[f]?.text ?? "")) h = -1;
  st.h = h;
  st.nf = f;
  if (h < 0) return true;
  let nf = h + 1;
  st.nf = nf;
  // "… in Dunmore Mr Okafor said": words before an honorific that are no title stay out of it.
  let tf = f;
  if (HONORIFICS.has(tokens[h]?.text ?? "")) for (let i = f; i < h; i++) if (!titleish(tokens[i]?.text ?? "")) tf = i + 1;
  out.titleStart = tokens[roleFrom >= 0 ? roleFrom : tf]?.start ?? null;
  let rf = tf;
  while (rf < h && HONORIFICS.has(tokens[rf]?.text ?? "")) rf++;
  // "Health Minister Dr Jo Blum": an honorific between an office and the name is no part of the role ("First Lady" is one).
  let re = h;
  while (re > rf && HONORIFICS.has(tokens[re]?.text ?? "") && OFFICE_HEADS.has(tokens[re - 1]?.text ?? "")) re--;
  const r = text.slice(tokens[roleFrom >= 0 ? roleFrom : rf]?.start ?? 0, tokens[re]?.end ?? 0);
  if (!HONORIFICS.has(r)) out.role = r;
  out.evidence += 2;
  const hon = tokens[h];
  const x = tokens[nf];
  if (hon && x && HONORIFICS.has(hon.text)) {
    // "Miss Universe" alone is a title; before a full name ("Miss Universe Lucia Marquez", "Miss
    // Texas Ana Ruiz") the title noun belongs to the title.
    if (nf === t && HONORIFIC_TITLES.has(x.text)) return false;
    if (nf + 1 < t && titleAfterHonorific(x, lower) && GIVEN_NAMES.has(tokens[nf + 1]?.text ?? "")) {
      out.role = text.slice(hon.start, x.end);
      nf++;
      st.nf = nf;
    }
  }
  return true;
}

/**
 * The capitalised word opening the sentence at `f` is a job's noun before the name that follows it to
 * `t`: a role noun ("Economist Jo Blum"), or, before a given name and the rest of a name, a word with a
 * trade's ending ("Librarian Jo Blum", "Cardiologist Jo Blum", `JOB_ENDING`) that is no given name.
 */
function jobLead(tokens: Token[], f: number, t: number, lower: ReadonlySet<string>): boolean {
  const tok = tokens[f];
  if (!tok) return false;
  if (ROLE_NOUNS.has(tok.text.toLowerCase())) return true;
  return !tok.upper && JOB_ENDING.test(tok.text) && !givenLike(tok) && givenNameAfter(tokens, f + 1, t, lower) === f + 1;
}

/** Endings of nouns of trades and callings: "Librarian", "Cardiologist", "Technician", "Choreographer", "Auctioneer". */
const JOB_ENDING = /^\p{Lu}\p{Ll}{2,}(?:arian|ologist|ician|ographer|ist|eer)$/u;

/**
 * The last token of a group's or a party's word before a full name, which is the person's role (-1
 * when there is none): a party or faction word ("Conservative Jo Blum", `AFFILIATIONS`), a follower's
 * word of seven letters or more ending in "-ite" that the text does not write in lower case
 * ("Blairite Jo Blum"), or one or two words after "former", "late" or "fellow" ("the late Beatle Jo Blum").
 */
function memberRole(text: string, tokens: Token[], f: number, t: number, lower: ReadonlySet<string>): number {
  const tk = tokens[f];
  if (!tk || f >= t - 1 || !tk.cap || tk.upper || givenLike(tk) || DEMONYMS.has(tk.text)) return -1;
  const w = tk.text;
  const low = w.toLowerCase();
  const party = AFFILIATIONS.has(w) || (w.length > 6 && w.endsWith("ite") && !DEMONYMS.has(w) && !lower.has(low) && !COMMON_WORDS.has(low));
  const prev = f > 0 ? tokens[f - 1] : undefined;
  const member = !!prev && MEMBER_BEFORE.has(prev.text.toLowerCase()) && adjacent(text, prev, tk);
  if (!party && !member) return -1;
  const g = givenNameAfter(tokens, f + 1, t, lower);
  if (g === f + 1) return f;
  const second = tokens[f + 1];
  return member && g === f + 2 && !!second && !givenLike(second) && !NAME_PARTICLES.has(second.text) ? f + 1 : -1;
}

/** The first given name from `from` on that the rest of a name follows to `t` (0 when none or a word before it is one). */
function givenNameAfter(tokens: Token[], from: number, t: number, lower: ReadonlySet<string>): number {
  for (let g = from; g < t; g++) {
    const tk = tokens[g];
    if (!tk || !tk.cap || tk.upper) return 0;
    if (GIVEN_NAMES.has(tk.text)) return restLikeName(tokens, g + 1, t, lower) ? g : 0;
  }
  return 0;
}

/**
 * The token index of a title or role word before "of" or "of the" just before token `i`, spaces
 * only between them: "Chancellor" in "Chancellor of the …" (-1 when there is none).
 */
function titleOfBefore(text: string, tokens: Token[], i: number): number {
  const tok = tokens[i];
  let j = i - 1;
  const the = tokens[j];
  if (!tok || !the) return -1;
  if (the.text === "the" && adjacent(text, the, tok)) j--;
  const of = tokens[j];
  const head = tokens[j - 1];
  if (!of || !head || of.text !== "of" || !adjacent(text, of, tokens[j + 1] ?? tok) || !adjacent(text, head, of)) return -1;
  return TITLE_HEADS.has(head.text) || ROLE_NOUNS.has(head.text) ? j - 1 : -1;
}

/** Groups, nationalities and other words before the name. */
function leadWords(tokens: Token[], lower: ReadonlySet<string>, st: RunState): boolean {
  const { t, out } = st;
  let nf = st.nf;
  // "Christian Arabs", "Sunni Muslims": nationality or faith words before a plural one name a group.
  if (nf < t && pluralDemonym(tokens[t]?.text ?? "")) {
    let group = true;
    for (let i = nf; i < t && group; i++) group = DEMONYMS.has(tokens[i]?.text ?? "");
    if (group) return false;
  }
  // Nationality before the name: "American Dennis Mitchell"; before a surname alone ("beat American
  // Blum") it is left out too, but says nothing of a person ("said Swiss Acme").
  const from = nf;
  for (let n = nationalityLead(tokens, nf, from, t, lower); n > 0 && nf < t; n = nationalityLead(tokens, nf, from, t, lower)) {
    nf += n;
    if (nf < t) out.evidence += 1;
  }
  // An organisation's acronym or known name before a given name and surname is no part of the name:
  // "aerospace group ACME Jo Blum", "told the BBC Jo Blum". Two capitals may be initials ("PJ Blum").
  while (nf < t - 1 && orgLead(tokens[nf]) && GIVEN_NAMES.has(tokens[nf + 1]?.text ?? "") && restLikeName(tokens, nf + 2, t, lower)) nf++;
  st.nf = nf;
  // Words before the name that no name opens (`notNameLead`) are left out before a given name ("Does
  // Mara Quinlan", "Top-seeded Canadians Lena Baxley"); a role before a surname leaves the surname
  // ("Senators Okafor", "Seventeen-year-old Baxley"); other words before a last word leave no name
  // ("Tide Warner" where the text writes "tide", "Common Ground").
  let k = nf;
  for (let tk = tokens[k]; k < t && tk && (notNameLead(tk, lower) || (k > nf && DEMONYMS.has(tk.text))); tk = tokens[++k]);
  if (k > nf && placeAt(tokens, nf, t) < 2) {
    const lead = tokens[k - 1];
    if (k < t && GIVEN_NAMES.has(tokens[k]?.text ?? "") && restLikeName(tokens, k + 1, t, lower)) {
      // "the Game Boy Advance": a name does not start inside a run after an ordinary word.
      for (let i = nf; i < k; i++) if (!openLead(tokens[i])) return false;
      nf = k;
    }
    // "Seeds Jarek Blumov": role nouns before a full name whose given name the lexicon lacks.
    else if (k < t && roleLeads(tokens, nf, k) && restLikeName(tokens, k, t, lower)) nf = k;
    // "Tunisian-born Jarek Blumov", "Embattled Jarek Blumov": a birthplace, age or describing word before a full name.
    else if (k < t && describedBy(tokens, nf, k) && restLikeName(tokens, k, t, lower)) nf = k;
    else if (k === t && lead && (roleLead(lead) || COMPOUND.test(lead.text) || EPITHETS.has(lead.text.toLowerCase())) && surnameLike(tokens[t], lower)) nf = k;
    else if (k === t) return false;
    // An age or birthplace just before the name says it is a person's: "Kenyan-born Baxley".
    if (nf === k && lead && PERSON_COMPOUND.test(lead.text)) out.evidence += 2;
  }
  st.nf = nf;
  return true;
}

/**
 * The length in tokens (0 for none) of a nationality at token `i` before the rest of a name ending at
 * `t`, in one word or two ("New Zealander"): before two words or more, or first in its run before a
 * surname when it is no given name itself ("American Blum", not "Christian Blum" or "European
 * Southern Observatory").
 */
function nationalityLead(tokens: Token[], i: number, from: number, t: number, lower: ReadonlySet<string>): number {
  const tk = tokens[i];
  if (!tk) return 0;
  const next = tokens[i + 1];
  const n = DEMONYM_FIRSTS.has(tk.text) && next && i + 1 < t && DEMONYMS.has(`${tk.text} ${next.text}`) ? 2 : DEMONYMS.has(tk.text) ? 1 : 0;
  if (n === 0) return 0;
  return i + n < t || (i === from && i + n === t && !givenLike(tk) && surnameLike(tokens[t], lower)) ? n : 0;
}

/**
 * The tokens from `from` to before `to` describe a person: a birthplace or age compound ("Tunisian-born",
 * "Seventeen-year-old") or a describing adjective ("Embattled") first, nationalities after it.
 */
function describedBy(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || !(PERSON_COMPOUND.test(first.text) || EPITHETS.has(first.text.toLowerCase()))) return false;
  for (let i = from + 1; i < to; i++) if (!DEMONYMS.has(tokens[i]?.text ?? "")) return false;
  return true;
}

/** Every token from `from` to before `to` is a role noun or its plural ("Sprinters", "Goalkeeper"). */
function roleLeads(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || !roleLead(t)) return false;
  }
  return true;
}

/** An all-capitals acronym of three letters or more, or an organisation's known one-word name ("Acme" in `ORG_NAMES`). */
function orgLead(t: Token | undefined): boolean {
  return !!t && ((t.upper && t.text.length > 2 && !ROMAN.test(t.text) && !t.text.includes(".")) || ORG_NAMES.has(t.text));
}

/**
 * A capitalised function word or a contraction ends a full name before it ("Vadim Petrov The …",
 * "Jo Blum I’ve …"); with no full name before it the run is a title or a stray capital ("Lena On
 * Film", "Jungle Of Fear", "G. This").
 */
function breakers(tokens: Token[], st: RunState): boolean {
  const { nf } = st;
  for (let i = nf + 1; i <= st.t; i++) {
    const w = tokens[i]?.text ?? "";
    if (!NAME_BREAKERS.has(w) && !((w.includes("'") || w.includes("’")) && CONTRACTION.test(w))) continue;
    const head = tokens[nf];
    if (i - nf < 2 || !head || !(GIVEN_NAMES.has(head.text) || isInitial(head))) return false;
    st.t = i - 1;
    st.out.to = st.t;
    break;
  }
  return true;
}

/** Hard signs of something other than a person end the reading; soft ones (`st.soft`) ask for a strong name. */
function notPersonSigns(text: string, tokens: Token[], lower: ReadonlySet<string>, st: RunState): boolean {
  const { nf, t, h } = st;
  const first = tokens[nf];
  const last = tokens[t];
  if (!first || !last) return false;
  const len = t - nf + 1;
  const name = text.slice(first.start, last.end);
  if (PLACES.has(name) || ORG_NAMES.has(name) || OUTLET_NAMES.has(name)) return false;
  // "Blog Link: http://…": a label before an address.
  if (text.charCodeAt(last.outer) === 58 && LINK_AFTER.test(text.slice(last.outer, last.outer + 16))) return false;
  let soft = false;
  for (let i = nf; i <= t; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const w = tok.text;
    if (w === "of" || w === "for" || ((w.includes("'") || w.includes("’")) && CONTRACTION.test(w))) return false;
    if (tok.upper && !ROMAN.test(w) && !(w.includes(".") && /\p{Ll}/u.test(w))) {
      if (!(w.length === 1 || (w.includes(".") && i < t))) return false;
    }
    if (ORG_HEADS.has(w) || OUTLET_HEADS.has(w)) return false;
    // "Regional Debates", "Harold Webb Award", "Acme Britain": a thing's head word, a plural noun or a country.
    if (i > nf && (NOT_SURNAMES.has(w) || NOT_SURNAME_PLACES.has(w) || (w.charCodeAt(w.length - 1) === 115 && PLURAL_NOUN.test(w))) && (i === t || !givenLike(tok))) return false;
    if (ORG_WORDS.has(w) || PLACE_HEADS.has(w)) soft = true;
    if (i > nf && COMMON_WORDS.has(w.toLowerCase())) soft = true;
    if (i > nf && PLACES.has(w) && !GIVEN_NAMES.has(w)) soft = true;
    if (i > nf && isInitial(first) && (PLACES.has(w) || DEMONYMS.has(w))) return false;
  }
  // "Common Ground", "Magic Lantern": a first word the text also writes in lower case, with no title, is no given name.
  if (len > 1 && h < 0 && lower.has(first.text.toLowerCase()) && !givenLike(first) && !SURNAME_SHAPE.test(first.text) && !NAME_PARTICLES.has(first.text.toLowerCase())) return false;
  const placeLen = len > 1 ? placeAt(tokens, nf, t) : 0;
  if (placeLen > 1 && h < 0) return false;
  if (placeLen > 0 && !GIVEN_NAMES.has(first.text)) soft = true;
  // "Hyde Park", "Victoria Park": a place's head word ends no name, unless a given name opens it and a
  // role noun stands before it or ", who" after it ("the economist Jo Park").
  if (len > 1 && h < 0 && !isInitial(first) && PLACE_HEADS.has(last.text) && !(GIVEN_NAMES.has(first.text) && personAround(text, tokens, nf, t))) return false;
  if (len > 1 && h < 0 && !isInitial(first) && (DEMONYMS.has(last.text) || DEMONYMS.has(name))) return false;
  // "across the River Wend", "Mount Kenya": a place's opening word, unless it is a given name with no "the" before it ("River Phoenix").
  const before = nf > 0 ? tokens[nf - 1] : undefined;
  if (len > 1 && h < 0 && PLACE_LEADS.has(first.text) && (!GIVEN_NAMES.has(first.text) || before?.text === "the")) return false;
  // "a former mayor of Linden Falls", "the town of Maple Bay": a place's name, whatever its first word.
  if (h < 0 && before?.text === "of" && PLACE_OF_NOUNS.has(tokens[nf - 2]?.text ?? "") && adjacent(text, before, first)) return false;
  if (first.text === "St" || first.text === "Ste") return false;
  // "Acme Panthers", "Tamil Tigers": a team's or a group's name, unless a given name opens a longer name ("Jo Ann Llamas").
  if (len > 1 && h < 0 && teamName(tokens, nf, t)) return false;
  if (creatureAfter(text, tokens, t)) return false;
  // A table row: the name opens a line followed by a row of numbers (a standings table).
  if (atLineStart(text, first.start) && STANDINGS.test(text.slice(last.outer, last.outer + 60))) return false;
  if (len === 1 && (PLACES.has(name) || ORG_WORDS.has(name) || DEMONYMS.has(name) || (name.endsWith("s") && DEMONYMS.has(name.slice(0, -1))))) return false;
  if (len === 1 && (NAME_SUFFIXES.has(name) || PLURAL_ACRONYM.test(name))) return false;
  // "the General Election", "General Workers' Union": a word the text also writes in lower case is no name, nor
  // an abstract noun ending a title ("Minister for Defence Procurement", "Director of Public Prosecutions").
  if (len === 1 && h >= 0 && (lower.has(name.toLowerCase()) || (ABSTRACT_NOUN.test(name) && !GIVEN_NAMES.has(name)))) return false;
  // "the 21st Century": a word after an ordinal number is no name.
  if (len === 1 && ORDINAL_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) return false;
  st.soft = soft;
  return true;
}

/**
 * A sign that only a person's name stands at tokens `from`..`to`: a lower-case role noun just before it
 * ("the economist Jo Park") or ", who" just after it.
 */
function personAround(text: string, tokens: Token[], from: number, to: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return false;
  if (before && !before.cap && ROLE_NOUNS.has(before.text) && adjacent(text, before, first)) return true;
  return /^,\s+who\b/.test(text.slice(last.outer, last.outer + 8));
}

/** Evidence that the name is a person's, from the name and the words around it; sets the kind. */
function personEvidence(text: string, tokens: Token[], run: Run, st: RunState, lower: ReadonlySet<string>): void {
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

/**
 * A name of two to four capitalised words from `from` to `to` that ends in a creature's plural ("Acme
 * Panthers", "Los Acme Wolves") and is no given name + surname of three words or more ("Jo Ann
 * Llamas"), nor a surname that is a given name's plural ("Robins"): a sports team's or a band's.
 */
export function teamName(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to];
  const first = tokens[from];
  if (!last || !first || to <= from || to - from > 3 || !creaturePlural(last.text) || GIVEN_NAMES.has(last.text.slice(0, -1))) return false;
  // "How Acme Wolves …", "Bay of Pigs", "WE SAW Wolves": a common word opening the sentence, a word in lower case
  // or capitals inside it, or a first word in capitals that is no acronym, is no team's.
  if ((first.sentenceStart && COMMON_WORDS.has(first.text.toLowerCase())) || (first.upper && first.text.length > 3)) return false;
  for (let i = from + 1; i < to; i++) if (!tokens[i]?.cap || tokens[i]?.upper) return false;
  return to - from === 1 || !GIVEN_NAMES.has(first.text);
}

/**
 * What follows a name (its last token at `t`) and shows a person: a verb of speech or action, ", who",
 * an age, or an appositive whose head is a role noun ("…, a retired fisherman,").
 */
export function personAfter(text: string, tokens: Token[], t: number): boolean {
  const last = tokens[t];
  if (!last) return false;
  const next = tokens[t + 1];
  if (next && !next.cap && next.sentence === last.sentence && PERSON_VERBS_AFTER.has(next.text) && /^\s+$/.test(text.slice(last.outer, next.start))) return true;
  // Neither a comma nor a space after the name: no appositive, ", who" or age to read.
  const c0 = last.outer < text.length ? text.charCodeAt(last.outer) : NaN;
  if (c0 !== 44 && c0 !== 32) return false;
  const after = text.slice(last.outer, last.outer + 120);
  if (whoOrAgeAfter(after)) return true;
  const ap = APPOSITIVE.exec(after);
  const phrase = ap?.[1];
  if (!ap || !phrase) return false;
  if (roleNoun(headOf(phrase).toLowerCase())) return true;
  // "…, a retired engineer, said": any appositive before a verb of speech.
  const verb = /^,\s+(\p{Ll}+)/u.exec(after.slice(ap[0].length))?.[1];
  return !!verb && PERSON_VERBS_AFTER.has(verb);
}

/** "the" and a creature's noun just after the name (its last token at `t`): "Bramble the goat" names an animal. */
function creatureAfter(text: string, tokens: Token[], t: number): boolean {
  const the = tokens[t + 1];
  const noun = tokens[t + 2];
  const last = tokens[t];
  return !!last && !!the && !!noun && the.text === "the" && !noun.cap && CREATURE_NOUNS.has(noun.text) && adjacent(text, last, the) && adjacent(text, the, noun);
}

/** The plural of a nationality or faith: "Arabs", "Muslims", "Kurds". */
function pluralDemonym(w: string): boolean {
  return w.length > 2 && w.charCodeAt(w.length - 1) === 115 && DEMONYMS.has(w.slice(0, -1));
}

/** Only spaces between two tokens of one sentence. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return a.sentence === b.sentence && /^\s+$/.test(text.slice(a.outer, b.start));
}

/**
 * Context that makes the name at tokens `from`..`to` an organisation's: a noun before it ("the firm
 * Acme Widgets"), an appositive after it ("…, a media company,") or a business noun after its
 * possessive ("Acme Widgets' fourth-quarter profits").
 */
export function orgContext(text: string, tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return false;
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (before && !before.cap && !before.possessive && ORG_NOUNS.has(before.text) && adjacent(text, before, first)) return true;
  if (firmNounBefore(text, tokens, from, to)) return true;
  if (last.possessive) {
    for (let j = to + 1; j <= to + 3; j++) {
      const x = tokens[j];
      const prev = tokens[j - 1];
      if (!x || !prev || x.cap || !adjacent(text, prev, x)) break;
      if (BUSINESS_NOUNS.has(x.text)) return true;
    }
    return false;
  }
  // Most names have no comma after them: no appositive to read.
  if (last.outer >= text.length || text.charCodeAt(last.outer) !== 44) return false;
  const after = text.slice(last.outer, last.outer + 120);
  if (!/^,\s+(?:a|an|the)\s/.test(after)) return false;
  // A closed appositive ("…, a media company, said"); its head is the last noun before a preposition
  // ("…, the godfather of the group", "…, a broadcaster with the network").
  const ap = APPOSITIVE.exec(after);
  if (!ap || !/^\s*(?:[,.;:)]|$)/.test(after.slice(ap[0].length))) return false;
  return !!ap[1] && ORG_NOUNS.has(headOf(ap[1]));
}

/**
 * A trade's or an owner's noun in lower case just before the name at tokens `from`..`to` ("the operator
 * Acme Ferries", "its owner Acme Stays", `FIRM_NOUNS`), where the name has no given name or initial
 * first, no particle or surname's shape ("Mc…", "O'…"), ends in a plural when it has two words or more,
 * and has no ", who" or age after it: a firm's name. "its owner Jo Blum" is a person.
 */
export function firmNounBefore(text: string, tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (!first || !before || before.cap || before.possessive || !adjacent(text, before, first)) return false;
  const low = before.text;
  if (!nounOrPlural(FIRM_NOUNS, low) && !(low === "leader" && FIRM_LEADER_MODIFIERS.has((tokens[from - 2]?.text ?? "").toLowerCase()))) return false;
  // Two words or more end in a plural, as firms' names do ("Acme Ferries", "Acme Stays"): "producer Shogo
  // Tomiyama" is a person whose given name the lexicon lacks.
  const last = tokens[to];
  if (!last || givenLike(first) || (to > from && !/\p{Ll}[^s'’]s$/u.test(last.text))) return false;
  for (let i = from; i <= to; i++) {
    const w = tokens[i]?.text ?? "";
    if (NAME_PARTICLES.has(w) || SURNAME_SHAPE.test(w)) return false;
  }
  return !whoOrAgeAfter(text.slice(last.outer, last.outer + 20));
}

/** What only a person's name is followed by: ", who", an age (", 45,", " (45)"), ", aged". */
function whoOrAgeAfter(after: string): boolean {
  return /^,\s+who\b/.test(after) || /^,?\s+\(?\d{2}\)?,?\s/.test(after) || /^,\s+aged\s/.test(after);
}

/** A lower-case noun or its plural in `nouns`: "developer", "developers". */
const nounOrPlural = (nouns: ReadonlySet<string>, low: string): boolean => nouns.has(low) || (low.endsWith("s") && nouns.has(low.slice(0, -1)));

/** The head of an appositive: its last noun before a preposition ("director" in "executive director of Acme Now"). */
function headOf(phrase: string): string {
  const m = HEAD_END.exec(phrase);
  const before = m ? phrase.slice(0, m.index) : phrase;
  return before.slice(before.lastIndexOf(" ") + 1);
}

const HEAD_END = /\s+(?:of|with|at|by|under|behind|inside|within|near)\s/;

/** A noun of an event or a school after the name at tokens `from`..`to`: "the Acme Falls shooting". */
export function thingNounAfter(text: string, tokens: Token[], to: number): boolean {
  const last = tokens[to];
  const next = tokens[to + 1];
  return !!last && !!next && !last.possessive && !next.cap && THING_NOUNS.has(next.text) && adjacent(text, last, next);
}

/** The name from `start` to `end` written alone inside quotation marks, as a film or a show is: "‘Rush Hour’". */
export function quotedAlone(text: string, start: number, end: number): boolean {
  return QUOTE_OPEN.test(text.slice(Math.max(0, start - 2), start)) && QUOTE_CLOSE.test(text.slice(end, end + 3));
}

const QUOTE_OPEN = /(?:["“‘]|'')$/;
const QUOTE_CLOSE = /^[.,!?]?(?:["”’]|'')/;

/**
 * The role ending in the lower-case noun at token `i`, with the words before it that make a compound
 * role (`ROLE_MODIFIERS`: "chief executive", "fire chief"; `ROLE_COMPOUNDS`: "harbour master"), the
 * sentence's capitalised first word too, in lower case ("Chief executive Jo Blum" → "chief executive").
 * "its chairman" → "chairman of …", the organisation named before it.
 */
function roleBefore(text: string, tokens: Token[], i: number): string {
  const from = roleStart(text, tokens, i);
  const a = tokens[from];
  const b = tokens[i];
  if (!a || !b) return "";
  const written = text.slice(a.start, b.end);
  const role = a.cap ? written.charAt(0).toLowerCase() + written.slice(1) : written;
  return tokens[from - 1]?.text === "its" ? `${role}${ownerBefore(text, tokens, from - 1)}` : role;
}

/** The first token of the role ending in the lower-case noun at token `i` (`roleBefore`). */
function roleStart(text: string, tokens: Token[], i: number): number {
  let from = i;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const tok = tokens[j];
    const nextTok = tokens[j + 1];
    if (!tok || !nextTok || (tok.cap && !(tok.sentenceStart && !tok.upper)) || tok.number || tok.possessive || tok.sentence !== nextTok.sentence) break;
    if (!/^\s+$/.test(text.slice(tok.outer, nextTok.start))) break;
    if (!(ROLE_MODIFIERS.has(tok.text.toLowerCase()) || (tok.cap ? TITLE_MODIFIERS.has(tok.text) : LOWER_TITLE_MODIFIERS.has(tok.text)) || (j === i - 1 && compoundAt(tokens, j)))) break;
    from = j;
    if (tok.cap) break;
  }
  return from;
}

/**
 * The role in an appositive written before the name at tokens `from`..`to`, a comma on each side of the
 * name: "His spokeswoman, Jo Blum, said", "Pryce's lawyer, Jo Blum,", "The council leader, Jo Blum,"
 * (`roleBefore`). The role opens after an article or a possessive; "" when there is none, or when the
 * name is one of a list ("the lawyer, Jo Blum, Sam Reid and …").
 */
function roleBeforeComma(text: string, tokens: Token[], from: number, to: number): string {
  const noun = tokens[from - 1];
  const first = tokens[from];
  const last = tokens[to];
  if (!noun || !first || !last || noun.cap || noun.possessive || noun.sentence !== first.sentence || !/^,\s+$/.test(text.slice(noun.outer, first.start))) return "";
  if (!roleNoun(noun.text.replace(ROLE_PREFIX, ""))) return "";
  const after = text.slice(last.outer, last.outer + 80);
  if (!/^,\s/.test(after) || /^,\s+(?:and|or|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|and\s))/u.test(after)) return "";
  const start = roleStart(text, tokens, from - 1);
  const det = tokens[start - 1];
  if (!det || det.sentence !== noun.sentence || !(det.possessive || /^(?:the|a|an|his|her|their|its|my|our|your)$/i.test(det.text))) return "";
  return roleBefore(text, tokens, from - 1).replace(/^then-/i, "");
}

/** Title heads that are offices, no honorifics: "Minister", "Treasurer". */
const OFFICE_HEADS: ReadonlySet<string> = new Set([...TITLE_HEADS].filter((w) => !HONORIFICS.has(w)));

/** Endings of lower-case nouns of callings: "ecologist", "paediatrician", "choreographer", "physiotherapist". */
const JOB_NOUN = /^\p{Ll}{3,}(?:arian|ologist|ician|ographer|therapist)$/u;

/** A lower-case role noun (`ROLE_NOUNS`) or a noun of a calling by its ending (`JOB_NOUN`). */
function roleNoun(w: string): boolean {
  return ROLE_NOUNS.has(w) || JOB_NOUN.test(w);
}

/**
 * Title modifiers in lower case that are no common word, before a role noun ("education officer",
 * "opposition spokesman"); "first", "national" and the like are `ROLE_MODIFIERS` or left out.
 */
const LOWER_TITLE_MODIFIERS: ReadonlySet<string> = new Set([...TITLE_MODIFIERS].filter((w) => !w.includes(" ") && !/\p{Lu}.*\p{Lu}/u.test(w)).map((w) => w.toLowerCase()).filter((w) => !COMMON_WORDS.has(w)));

/** Tokens `j` and `j + 1` are a two-word role (`ROLE_COMPOUNDS`): "harbour master", "Station master". */
function compoundAt(tokens: Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return !!a && !!b && !b.cap && ROLE_COMPOUNDS.has(`${a.text.toLowerCase()} ${b.text}`);
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

/**
 * In a title-case headline, the length of a given name + surname starting at token `i` ("Mara Quinlan"
 * in "Mara Quinlan Asked Voters Everywhere To"), with a middle name or initial or particles between; 0
 * when the words there do not read as one. The capitals say nothing here, so the surname must be no
 * word the text writes in lower case, no common, title, place or organisation word and no verb of
 * saying or stance ("Helen Okafor Speaks …" gives "Helen Okafor"), and the prose must write it
 * capitalised inside a sentence (`prose`), or a title must stand before the name ("Fed Chair Jo Blum"),
 * or the name must be all its run holds but for a function word before it ("By Jo Blum / …").
 */
export function headlineName(tokens: Token[], i: number, from: number, to: number, lower: ReadonlySet<string>, prose: ReadonlySet<string>): number {
  const a = tokens[i];
  if (!a || a.upper || !GIVEN_NAMES.has(a.text) || i >= to) return 0;
  const before = i > 0 ? tokens[i - 1] : undefined;
  const titled = !!before && before.sentence === a.sentence && TITLE_HEADS.has(before.text);
  // Alone in its run, or after a function word only ("By Jo Blum / …"), the name needs no other sign.
  const alone = i === from || (i === from + 1 && !!before && FUNCTION_WORDS.has(before.text.toLowerCase()));
  const endsAt = (j: number): boolean => {
    const e = nameEnd(tokens, j, to);
    const last = tokens[e];
    return !!last && surnameLike(last, lower) && (prose.has(last.text) || titled || (alone && e === to));
  };
  // A middle name or initial first ("Mary Ann Smith"), else given name + surname ("Helen Okafor Goes …").
  const m = tokens[i + 1];
  if (m && i + 1 < to && (isInitial(m) || GIVEN_NAMES.has(m.text)) && endsAt(i + 2)) return nameEnd(tokens, i + 2, to) - i + 1;
  return endsAt(i + 1) ? nameEnd(tokens, i + 1, to) - i + 1 : 0;
}

/** Past the particles from `j` to the surname. */
function nameEnd(tokens: Token[], j: number, to: number): number {
  while (j < to && NAME_PARTICLES.has(tokens[j]?.text ?? "")) j++;
  return j;
}

/**
 * A run of a title-case headline that is a name and nothing else: a given name, then surname-like
 * words ("Helen Okafor: …"); or an initial or a surname-like word before a particle whose last word
 * the prose writes too ("Did Not Bat: J. Baxley", "Player of the Day: Ines da Costa").
 */
export function headlineWholeName(tokens: Token[], from: number, to: number, lower: ReadonlySet<string>, prose: ReadonlySet<string>): boolean {
  const a = tokens[from];
  if (!a || to === from || to - from > 3) return false;
  const particle = NAME_PARTICLES.has(tokens[from + 1]?.text ?? "");
  if (!(GIVEN_NAMES.has(a.text) || ((isInitial(a) || (particle && surnameLike(a, lower))) && prose.has(tokens[to]?.text ?? "")))) return false;
  for (let i = from + 1; i <= to; i++) {
    const t = tokens[i];
    if (!t || !(surnameLike(t, lower) || (i < to && (NAME_PARTICLES.has(t.text) || isInitial(t))))) return false;
  }
  return true;
}

/** Words after a given name that read as the rest of a name: middle names, initials, particles, surnames. */
function restLikeName(tokens: Token[], from: number, to: number, lower: ReadonlySet<string>): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t || !(surnameLike(t, lower) || GIVEN_NAMES.has(t.text) || isInitial(t) || (i < to && (NAME_PARTICLES.has(t.text) || (t.cap && t.text.length === 1))))) return false;
  }
  return true;
}

function surnameLike(t: Token | undefined, lower: ReadonlySet<string>): boolean {
  if (!t || !t.cap || t.upper || t.text.length < 2 || isInitial(t) || CONTRACTION.test(t.text)) return false;
  const w = t.text;
  const low = w.toLowerCase();
  if (COMMON_WORDS.has(low) || lower.has(low) || CUE_VERBS.has(low) || STANCE_VERBS.has(low)) return false;
  if (isTitleWord(w) || ROLE_NOUNS.has(low) || PLACES.has(w) || DEMONYMS.has(w) || ORG_WORDS.has(w) || OUTLET_HEADS.has(w)) return false;
  return !(NOT_SURNAMES.has(w) || PLURAL_NOUN.test(w) || CALENDAR.test(w) || NAME_SUFFIXES.has(w));
}
