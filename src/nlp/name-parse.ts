// One capitalised run read as a possible person: the title before the name ("US Secretary of
// State"), the name itself, the signs that it is no person, and (name-evidence.ts) the evidence that it is.
import { CUE_VERBS, STANCE_VERBS } from "../lexicon/cues.ts";
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { FIRM_LEADS, ORG_HEADS, ORG_NAMES, ORG_WORDS, PLURAL_ACRONYM } from "../lexicon/orgs.ts";
import { OUTLET_HEADS, OUTLET_NAMES } from "../lexicon/outlets.ts";
import { COUNTRY_NAMES, DEMONYM_FIRSTS, DEMONYMS, NOT_SURNAME_PLACES, PLACE_HEADS, PLACE_LEADS, PLACE_OF_NOUNS, PLACES } from "../lexicon/places.ts";
import { AFFILIATIONS, HONORIFIC_TITLES, HONORIFICS, LEAD_ONLY_ROLES, MEMBER_BEFORE, PERSON_VERBS_AFTER, ROLE_NOUNS, TITLE_HEADS } from "../lexicon/titles.ts";
import { COMMON_WORDS, EPITHETS, FUNCTION_WORDS, lyAdverb, NAME_BREAKERS, NAME_NUMERALS, NAME_PARTICLES, NAME_SUFFIXES, NOT_SURNAMES, OPENING_WORDS, PLURAL_NOUN } from "../lexicon/words.ts";
import { atLineStart } from "./chars.ts";
import type { Run } from "./name-runs.ts";
import type { Token } from "./tokens.ts";
import { SURNAME_SHAPE, isTitleWord, isInitial, givenLike, CALENDAR, CONTRACTION, placeAt, adjacent, nounOrPlural, restLikeName, surnameLike } from "./name-words.ts";
import { personAround, teamName, personAfter, creatureAfter, OFFICE_HEADS } from "./name-context.ts";
import { personEvidence } from "./name-evidence.ts";

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

const ROMAN = new RegExp(`^(?:${NAME_NUMERALS.join("|")})$`);

/** Abstract nouns by their endings, singular or plural: "Procurement", "Prosecutions", "Security", "Partnerships". */
const ABSTRACT_NOUN = /\p{Ll}{2}(?:ments?|tions?|ities|ity|ships?)$/u;

/** An ordinal number in figures just before a word: "21st ", "19th ". */
export const ORDINAL_BEFORE = /\d(?:st|nd|rd|th)\s+$/;

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

/** Function words trimmed from a run wherever they stand; other common words only at a sentence start. */
export const TRIM_ALWAYS = /^(?:the|a|an|and|but|or|nor|if|in|on|at|to|of|for|from|by|with|as|this|that|these|those|there|here|then|so|when|while|after|before|since|during|under|over|about|new|former|late|no|not|all|both|each|every|some|any|many|most|more|last|next|first|second|third|top|big|only|even|also|still|yet|now|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|our|their|his|her|its|my|your|we|they|he|she|it|i|you)$/i;

/** A compound with a lower-case part: "Top-seeded", "British-born", "Seventeen-year-old". */
const COMPOUND = /-\p{Ll}/u;

/** Compounds only a person is: "British-born", "Seventeen-year-old". */
const PERSON_COMPOUND = /-(?:born|year-old|years-old)$/i;

const STANDINGS = /^(?:\s+\d+){6}/;

/** A colon and a web address after a name: "Blog Link: https://…". */
const LINK_AFTER = /^:\s*(?:https?:\/\/|www\.)/i;

/**
 * A run as parseRun reads it, phase by phase: `f`..`t` the run without its opening words, `nf` where
 * the name starts after its title (`h` the title's last token, -1 for none), `out` the result.
 */
export interface RunState {
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
    // "Yale Psychologist Irving Janis": a role's noun capitalised inside the run before a given name and a surname is a title too.
    if (TITLE_HEADS.has(w) || (i === f && tok.sentenceStart && jobLead(tokens, f, t, lower)) || (i > f && i + 1 < t && ROLE_NOUNS.has(w.toLowerCase()) && GIVEN_NAMES.has(tokens[i + 1]?.text ?? ""))) h = i;
    else if ((w === "of" || w === "for") && h === i - 1 && i + 1 < t) {
      // "Director of National Intelligence Jo Blum": the title runs on to the given name.
      const g = givenNameAfter(tokens, i + 2, t, lower);
      // "the MP for Lower Dunmore": with no given name after it, "for" leads to a constituency or a brief, no name.
      if (g === 0 && w === "for") return false;
      // "the Mayor of Cape Town": a place's name after "of" is where the office is, no name.
      if (g === 0 && PLACES.has(text.slice(tokens[i + 1]?.start ?? 0, tokens[t]?.end ?? 0))) return false;
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
  // "Christian Arabs", "Sunni Muslims": nationality or faith words before a plural one name a group,
  // and before a singular one a member of it ("a French Jew", "an Iraqi Christian").
  const last = tokens[t]?.text ?? "";
  if (nf < t && (pluralDemonym(last) || DEMONYMS.has(last))) {
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

/** The plural of a nationality or faith: "Arabs", "Muslims", "Kurds". */
function pluralDemonym(w: string): boolean {
  return w.length > 2 && w.charCodeAt(w.length - 1) === 115 && DEMONYMS.has(w.slice(0, -1));
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
