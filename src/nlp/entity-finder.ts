// Organisations and places in one article, read from the same capitalised runs as people: gazetteer
// places, names ending in an institution word ("… Council", "… Times"), names in an organisation's
// context ("the firm Acme Widgets", "Acme Widgets' profits"), known acronyms and names; a dateline's
// place in capitals opening the body ("BEDMINSTER, N.J. - …") is a place, known or not.
import { MONTHS, WEEKDAYS } from "../lexicon/calendar.ts";
import { GIVEN_NAMES } from "../lexicon/given-names.ts";
import { CLUB_PREFIXES, INSTITUTION_HEADS, NOT_ORG_ACRONYMS, ORG_HEADS, ORG_NAMES, ORG_WORDS, MATCH_VERBS, PARTY_ADJECTIVES, PLURAL_ACRONYM, PRODUCT_LEADS, PRODUCT_NOUNS, TEAM_NOUNS } from "../lexicon/orgs.ts";
import { OUTLET_HEADS, OUTLET_NAMES } from "../lexicon/outlets.ts";
import { CITY_NAMES, COUNTRY_NAMES, DEMONYMS, PLACES, US_STATE_ABBREVIATIONS } from "../lexicon/places.ts";
import { AFFILIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.ts";
import { COMMON_WORDS, FUNCTION_WORDS } from "../lexicon/words.ts";
import type { Body, Entity, Person, Span } from "../types.ts";
import { openingPlace } from "./date-lines.ts";
import type { TokenRange } from "./ampersand-firms.ts";
import { AND_HEADS, analyse, type Run } from "./name-runs.ts";
import { firmAfter, ORDINAL_BEFORE, TRIM_ALWAYS } from "./name-parse.ts";
import { dotted } from "./name-words.ts";
import { orgContext, teamName } from "./name-context.ts";
import { titleCased } from "./names.ts";
import { slugify } from "./slug.ts";
import type { Token } from "./tokens.ts";

/** Function words that writers put in capitals for stress ("OR", "NOT"), never an organisation's acronym. */
const STRESSED_WORDS = /^(?:OR|AND|BUT|NOR|NOT|THE|IF|YET|ALSO|ONLY|EVER|NEVER)$/;

/** A Roman numeral in capitals ("II", "XV", "XIV"): a number, no acronym. */
const ROMAN_NUMERAL = /^(?=[IVXL]+$)L?X{0,3}(?:IX|IV|V?I{0,3})$/;

interface Found {
  name: string;
  spans: Span[];
}

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "from", "to", "across", "around"]);

/** `dateline` is the dateline's place opening the body (`datelinePlace`), a place whatever else it looks like. */
export function findEntities(text: string, body: Body, people: Person[], dateline: DatelinePlace | null = null): { organizations: Entity[]; places: Entity[] } {
  const f = new EntityFinder(text, body, people);
  if (dateline) f.addDateline(dateline);
  f.addFirms();
  for (const run of f.runs) f.readRun(run);
  return f.entities();
}

/**
 * One article's organisations and places as they are collected. The steps are methods rather than
 * one long function so that V8 optimises each on its own (the long one was recompiled whole after
 * every rarely taken branch).
 */
class EntityFinder {
  readonly tokens: Token[];
  readonly runs: Run[];
  readonly firms: TokenRange[];
  /** Start offsets of the tokens of a firm's name across "&" (`addFirms`), not read again. */
  readonly firmTokens = new Set<number>();
  /** Start offsets of the tokens inside a person's mention. */
  readonly covered = new Set<number>();
  readonly orgs = new Map<string, Found>();
  readonly places = new Map<string, Found>();
  readonly unknownSingles = new Map<string, { tokens: Token[]; placeCue: number }>();
  readonly orgNames: Set<string>;
  /** Single names (keys) a product's context marks somewhere ("Sony's Acmebox console"): no organisation anywhere. */
  readonly products = new Set<string>();
  /** Last words of the people's names and aliases, lower case: "Trump" alone ("a Trump presidency") is no organisation. */
  readonly personWords = new Set<string>();
  /** Start offsets of the dateline place's tokens, and the place's words as `runKey` gives them. */
  readonly datelineTokens = new Set<number>();
  datelineKey = "";
  datelineWords = 0;

  constructor(
    readonly text: string,
    body: Body,
    people: Person[],
  ) {
    const { tokens, runs, lower, firms } = analyse(text, body);
    this.tokens = tokens;
    this.runs = runs;
    this.firms = firms;
    const spans: Span[] = [];
    for (const p of people) for (const s of p.spans) spans.push(s);
    spans.sort((x, y) => x.start - y.start);
    let si = 0;
    for (let j = 0; j < tokens.length && si < spans.length; j++) {
      const t = tokens[j];
      if (!t) continue;
      while (si < spans.length && (spans[si]?.end ?? 0) <= t.start) si++;
      const s = spans[si];
      if (s && s.start <= t.start && t.start < s.end) this.covered.add(t.start);
    }
    const named = new Set<string>();
    for (const p of people) for (const n of [p.name, ...p.aliases]) named.add(n.toLowerCase());
    for (const n of named) this.personWords.add(n.slice(n.lastIndexOf(" ") + 1));
    this.orgNames = contextOrgs(text, tokens, runs, lower, this.inPerson, named);
    this.addresses = stateAddresses(text, tokens, runs);
    for (const [from, to] of this.addresses) if (from === to) this.towns.add(tokens[from]?.text ?? "");
  }

  /** Towns and states of addresses ("Fresno, Calif."): the first token's index to the last's. */
  readonly addresses: Map<number, number>;
  /** Their one-word names, places wherever else they stand alone ("Jupiter police"). */
  readonly towns = new Set<string>();

  /** Whether a token is inside a person's mention (an arrow, bound once: it is passed on for every token read). */
  readonly inPerson = (t: Token): boolean => this.covered.has(t.start);

  /** `abbreviated`: the name ends in an abbreviation that keeps its period ("Calif."). */
  add(into: Map<string, Found>, a: Token, b: Token, abbreviated = false): void {
    // A dotted abbreviation keeps its last period ("U.S."), which the token leaves out.
    const end = b.dot && (abbreviated || DOTTED_CAPITALS.test(`${b.text}.`)) ? b.end + 1 : b.end;
    const written = this.text.slice(a.start, end);
    const name = /\p{Ll}/u.test(written) || written.length <= 4 || DOTTED_CAPITALS.test(written) ? written : titleCase(written);
    const f = into.get(entityKey(name)) ?? { name, spans: [] };
    f.spans.push({ start: a.start, end });
    into.set(entityKey(name), f);
  }

  /** The dateline's place, unless a person's mention holds it; its tokens are not read again. */
  addDateline(d: DatelinePlace): void {
    if (personBetween(this.tokens, d.from, d.to, this.inPerson)) return;
    for (let i = d.from; i <= d.to; i++) this.datelineTokens.add(this.tokens[i]?.start ?? -1);
    this.datelineKey = runKey(this.tokens, d.from, d.to);
    this.datelineWords = d.to - d.from + 1;
    this.places.set(entityKey(d.name), { name: d.name, spans: [{ start: d.start, end: d.end }] });
  }

  /** The firms named across "&" ("Marks & Spencer"), unless a person's mention holds a word of one. */
  addFirms(): void {
    const { tokens } = this;
    for (const { from, to, withS } of this.firms) {
      const a = tokens[from];
      const b = tokens[to];
      if (!a || !b || personBetween(tokens, from, to, this.inPerson)) continue;
      this.add(this.orgs, a, withS ? { ...b, end: b.outer } : b);
      for (let i = from; i <= to; i++) this.firmTokens.add(tokens[i]?.start ?? -1);
    }
  }

  readRun(run: Run): void {
    let i = run.from;
    while (i <= run.to) {
      const tok = this.tokens[i];
      if (!tok) break;
      i = this.readAt(run, i, tok);
    }
  }

  /** Reads the run from token `i` (`tok`); the index to read next. */
  readAt(run: Run, i: number, tok: Token): number {
    const { tokens, orgs, places } = this;
    const to = run.to;
    const w = run.caps ? titleCase(tok.text) : tok.text;
    const glued = i > 0 && tokens[i - 1]?.outer === tok.start;
    if (this.inPerson(tok) || this.datelineTokens.has(tok.start) || this.firmTokens.has(tok.start) || glued || tok.text === "of" || tok.text === "for") return i + 1;
    const address = this.addresses.get(i);
    const addressEnd = address === undefined ? undefined : tokens[address];
    if (address !== undefined && addressEnd && !personBetween(tokens, i, address, this.inPerson)) {
      this.add(places, tok, addressEnd, true);
      return address + 1;
    }
    if (TRIM_ALWAYS.test(tok.text) && !tok.upper && knownAt(tokens, i, to, run.caps) === 0) {
      // "The Telegraph": a newspaper keeps its article.
      const nx = tokens[i + 1];
      if ((tok.text === "The" || tok.text === "the") && nx && i + 1 === to && OUTLET_HEADS.has(nx.text) && !run.caps) {
        this.add(orgs, tok, nx);
        return i + 2;
      }
      return i + 1;
    }
    // "Bank of England", "University of Maryland": an institution of a known place is one organisation.
    const ofPlace = run.caps ? -1 : orgOfPlace(tokens, i, to);
    const ofPlaceEnd = tokens[ofPlace];
    if (ofPlaceEnd && !personBetween(tokens, i, ofPlace, this.inPerson)) {
      this.add(orgs, tok, ofPlaceEnd);
      return ofPlace + 1;
    }
    // A name that an organisation's context marks somewhere in the text ("Acme Widgets' profits").
    const last = tokens[to];
    const named = this.orgNames.size === 0 || run.caps ? -1 : withoutDates(tokens, i, to);
    const namedLast = named < 0 ? undefined : tokens[named];
    if (namedLast && this.orgNames.has(runKey(tokens, i, named)) && !personBetween(tokens, i, named, this.inPerson)) {
      this.add(orgs, tok, namedLast);
      return named + 1;
    }
    // A name ending in an institution word or a team's creatures ("Acme Panthers"), from here to the end of the run.
    if (!run.caps && last && i < to && (ORG_HEADS.has(last.text) || OUTLET_HEADS.has(last.text) || teamName(tokens, i, to) || institutionWithAnd(tokens, i, to)) && !personBetween(tokens, i, to, this.inPerson)) {
      let s = i;
      // "US National Economic Council": the country is a place of its own.
      if (COUNTRY_NAMES.has(dotted(tok)) && to - i >= 2) {
        this.add(places, tok, tok);
        s = i + 1;
      } else if ((DEMONYMS.has(tok.text) && to - i >= 2 && !ORG_HEADS.has(tokens[i + 1]?.text ?? "")) || firmAfter(tokens, i, to) === i + 1) {
        // "Operator Acme Ferries": a trade's noun opening the sentence is no part of the firm's name either.
        s = i + 1;
      }
      const first = tokens[s];
      if (first && (!TITLE_HEADS.has(last.text) || institutionWithAnd(tokens, i, to))) this.add(orgs, first, last);
      return to + 1;
    }
    // "Port Acme mayor Jo Blum", "the Acme Vale council": a name before a local office's noun is a place.
    const local = run.caps || run.headline ? -1 : localPlace(this.text, tokens, run.from, i, to);
    const localEnd = tokens[local];
    if (localEnd && !personBetween(tokens, i, local, this.inPerson)) {
      this.add(places, tok, localEnd);
      return local + 1;
    }
    // Known names and places, longest first; the dateline's place again, unless a known organisation or a longer place
    // ("Bedminster" after "BEDMINSTER, N.J. - …"; "New York City" after "NEW YORK - …" is the city).
    const known = knownAt(tokens, i, to, run.caps);
    const n = this.datelineWords;
    const again = tokens[i + n - 1];
    if (n && known <= 0 && n >= -known && i + n - 1 <= to && again && runKey(tokens, i, i + n - 1) === this.datelineKey) {
      this.add(places, tok, again);
      return i + n;
    }
    // "Real Madrid", "AC Milan": a club's word before a city's name makes a club of it.
    if (CLUB_PREFIXES.has(tok.text) && !run.caps) {
      const city = knownAt(tokens, i + 1, to, run.caps);
      const cityEnd = tokens[i - city];
      if (city < 0 && cityEnd && CITY_NAMES.has(written(tokens, i + 1, i - city))) {
        this.add(orgs, tok, cityEnd);
        return i - city + 1;
      }
    }
    if (known) {
      const n = Math.abs(known);
      const end = tokens[i + n - 1];
      if (end) this.add(known > 0 || (!run.caps && clubOfCity(this.text, tokens, i, i + n - 1, to)) ? orgs : places, tok, end);
      return i + n;
    }
    if (COMMON_WORDS.has(tok.text.toLowerCase()) && !(tok.upper && w.length <= 3)) return i + 1;
    // "a child OR is concerned", "without ANY consequence": a function word written in capitals for stress is no
    // acronym, nor is an abbreviation of a thing ("2200 GMT", "GDP", "TV") or a Roman numeral ("XV").
    if (tok.upper && (STRESSED_WORDS.test(tok.text) || FUNCTION_WORDS.has(tok.text.toLowerCase())) && !acronymBeforeNoun(this.text, tokens, i)) return i + 1;
    // "R&B-soul", "GDP-linked": a term joined to a word by a hyphen is no more an organisation than the term.
    const hyphen = tok.text.indexOf("-");
    if (NOT_ORG_ACRONYMS.has(hyphen > 0 ? tok.text.slice(0, hyphen) : tok.text) || PLURAL_ACRONYM.test(tok.text) || ROMAN_NUMERAL.test(tok.text)) return i + 1;
    if (!run.caps && (run.from === run.to || tok.upper) && productAt(this.text, tokens, i)) this.products.add(entityKey(tok.text));
    if (!run.caps && tok.upper && tok.text.length >= 2 && tok.text.length <= 6 && !tok.text.includes(".")) {
      this.add(orgs, tok, tok);
    } else if (!run.caps && run.from === run.to && tok.text.length > 1 && !tok.sentenceStart && !GIVEN_NAMES.has(tok.text) && !groupWord(tok.text) && !this.personWords.has(tok.text.toLowerCase()) && !TITLE_HEADS.has(tok.text) && !ORDINAL_BEFORE.test(this.text.slice(Math.max(0, tok.start - 8), tok.start))) {
      const u = this.unknownSingles.get(tok.text) ?? { tokens: [], placeCue: 0 };
      u.tokens.push(tok);
      const before = tokens[i - 1];
      if (before && PLACE_PREPOSITIONS.has(before.text)) u.placeCue++;
      this.unknownSingles.set(tok.text, u);
    }
    return i + 1;
  }

  /** Bare capitalised words the text repeats: after "in"/"at" mostly places, otherwise organisations. */
  entities(): { organizations: Entity[]; places: Entity[] } {
    for (const [, u] of this.unknownSingles) {
      if (u.tokens.length < 2) continue;
      const into = u.placeCue * 2 > u.tokens.length || this.towns.has(u.tokens[0]?.text ?? "") ? this.places : u.placeCue === 0 ? this.orgs : null;
      if (into) for (const t of u.tokens) this.add(into, t, t);
    }
    for (const k of this.products) this.orgs.delete(k);
    return { organizations: toEntities(this.orgs), places: toEntities(this.places) };
  }
}

/**
 * Whether the word at token `i` is a product's name by its context: a product's noun after it ("the
 * Acmebox console", "Acmeware viruses"), a machine running it or a phrase of copies before it ("PCs
 * running Acmesoft", "copies of Acmesoft"), or a known organisation's possessive ("Sony's Acmebox").
 */
function productAt(text: string, tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  if (!tok) return false;
  const next = tokens[i + 1];
  const version = next?.number && /^\d$/.test(next.text) && text.slice(tok.outer, next.start) === " " ? tokens[i + 2] : next;
  if (!tok.possessive && version && !version.cap && version.sentence === tok.sentence && PRODUCT_NOUNS.has(version.text)) return true;
  if (tok.possessive) return false;
  if (PRODUCT_LEADS.test(text.slice(Math.max(0, tok.start - 25), tok.start))) return true;
  const before = tokens[i - 1];
  return !!before && before.possessive && before.sentence === tok.sentence && ORG_NAMES.has(before.text) && !ORG_HEADS.has(tok.text) && /^['’]s\s$/.test(text.slice(before.end, tok.start));
}

/** A score in figures: "2-1", "3–0". */
const SCORE = /(?<![\d.,])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,%])/;

/**
 * Whether the known place of tokens `i` to `e` (the run ends at `to`) is a club named after its city:
 * the city's name alone in its run, before a player's or a manager's noun ("the Leeds striker", "Milan
 * fans"), or before a verb of a match with a score in its sentence ("Leeds beat Chelsea 2-1", "Leeds
 * lost to Acme 0-3"). "Leeds council", "in Leeds" stay places.
 */
function clubOfCity(text: string, tokens: Token[], i: number, e: number, to: number): boolean {
  const first = tokens[i];
  const last = tokens[e];
  const next = tokens[e + 1];
  if (!first || !last || !next || e !== to || next.cap || next.sentence !== last.sentence) return false;
  if (!CITY_NAMES.has(written(tokens, i, e)) || !/^\s+$/.test(text.slice(last.outer, next.start))) return false;
  if (TEAM_NOUNS.has(next.text)) return true;
  if (last.possessive || !MATCH_VERBS.has(next.text)) return false;
  let a = i;
  while (a > 0 && tokens[a - 1]?.sentence === first.sentence) a--;
  let b = e;
  while (b + 1 < tokens.length && tokens[b + 1]?.sentence === first.sentence) b++;
  return SCORE.test(text.slice(tokens[a]?.start ?? 0, tokens[b]?.end ?? 0));
}

/**
 * A word that names people by a group or side, no organisation when it stands alone: a nationality,
 * plural too ("Latino", "Americans", "Muslims"), a party adjective ("Democratic"), and "I" contracted
 * ("I'm", "I’ve").
 */
function groupWord(w: string): boolean {
  return DEMONYMS.has(w) || (w.endsWith("s") && DEMONYMS.has(w.slice(0, -1))) || PARTY_ADJECTIVES.has(w) || /^I['’]\p{Ll}{1,2}$/u.test(w);
}

/** Lower-case nouns after an acronym in capitals that are also a function word: "IS fighters", "the IS group". */
const ACRONYM_NOUNS: ReadonlySet<string> = new Set(["group", "groups", "militant", "militants", "fighter", "fighters", "jihadist", "jihadists", "leader", "leaders", "member", "members", "stronghold", "strongholds", "territory", "propaganda", "supporters", "forces", "commander", "commanders", "recruits"]);

/**
 * A function word in capitals at token `i` ("IS", "AS") before a noun only a group has, with only
 * spaces between ("IS fighters", "the IS group"): an acronym, not a word written in capitals for stress.
 */
function acronymBeforeNoun(text: string, tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  return !!tok && !!next && !next.cap && next.sentence === tok.sentence && ACRONYM_NOUNS.has(next.text) && /^ +$/.test(text.slice(tok.outer, next.start));
}

/** Lower-case nouns of a local office or service after a place's name: "Port Acme mayor", "the Acme council". */
const LOCAL_OFFICES: ReadonlySet<string> = new Set(["mayor", "council", "councillor", "councillors", "councils", "police", "sheriff", "constabulary"]);

/**
 * The last token of a place's name from token `i` to the run's end `to`, before a local office's noun
 * (`LOCAL_OFFICES`), or after "MP for" ("the MP for Acme Vale"); -1 when there is none. The name is the
 * whole run but for function words opening it (`from`), up to three capitalised words, none a title,
 * party, nationality or organisation word and the last no common word ("Labour council", "Acme Group
 * chief" are no places); one word does not open its sentence ("Riot police …"). A person's name is read before.
 */
function localPlace(text: string, tokens: Token[], from: number, i: number, to: number): number {
  const last = tokens[to];
  const next = tokens[to + 1];
  const before = tokens[i - 1];
  const mpFor = !!before && before.text === "for" && tokens[i - 2]?.text === "MP" && before.sentence === tokens[i]?.sentence;
  const office = !!last && !!next && !next.cap && !last.possessive && next.sentence === last.sentence && LOCAL_OFFICES.has(next.text) && text.slice(last.outer, next.start) === " ";
  if ((!office && !mpFor) || to - i > 2 || knownAt(tokens, i, to, false) !== 0 || (i === to && tokens[i]?.sentenceStart)) return -1;
  if (!mpFor) for (let k = from; k < i; k++) if (!TRIM_ALWAYS.test(tokens[k]?.text ?? "")) return -1;
  for (let k = i; k <= to; k++) {
    const t = tokens[k];
    if (!t || !t.cap || t.upper || (k > i && text.slice(tokens[k - 1]?.outer ?? 0, t.start) !== " ")) return -1;
    const w = t.text;
    if ((k === to && (COMMON_WORDS.has(w.toLowerCase()) || DEMONYMS.has(w.replace(/s$/, "")))) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || AFFILIATIONS.has(w) || DEMONYMS.has(w) || ORG_HEADS.has(w) || ORG_WORDS.has(w) || ORG_NAMES.has(w)) return -1;
  }
  return to;
}

/** A dateline's place in the record text: its name ("New York" for "NEW YORK"), offsets and tokens. */
export interface DatelinePlace {
  name: string;
  start: number;
  end: number;
  from: number;
  to: number;
}

/**
 * The dateline's place in capitals opening one of the first blocks (those before it no long
 * paragraphs: a title, a standfirst), found by `openingPlace`; `datedLine` is the line of the file the
 * article's date was read from. It is a place whether or not the gazetteer knows it: "LONDON - …" is
 * "London". An unknown one is no known organisation, not only common words ("BREAKING - …"), and, with
 * nothing else marking the dateline (a region, an agency, a date), no acronym: a word without a vowel
 * ("WXYZ - …") or written in capitals again in the prose ("ACME - … ACME said").
 */
export function datelinePlace(text: string, body: Body, datedLine: string | null): DatelinePlace | null {
  for (const b of body.blocks.slice(0, 4)) {
    const p = openingPlace(b.text, datedLine);
    if (!p) {
      if (b.text.length > 300) return null;
      continue;
    }
    const { tokens } = analyse(text, body);
    const start = b.start + p.at;
    const end = start + p.text.length;
    const from = tokens.findIndex((t) => t.start >= start);
    let to = from;
    while (to + 1 < tokens.length && (tokens[to + 1]?.end ?? Infinity) <= end) to++;
    if (tokens[from]?.start !== start) return null;
    const written = text.slice(start, end);
    const name = PLACES.has(written) ? written : titleCased(written);
    if (!PLACES.has(name) && !unknownDatelinePlace(tokens, from, to, name, p.marked)) return null;
    return { name, start, end, from, to };
  }
  return null;
}

/** Whether a dateline's place the gazetteer does not know, tokens `from` to `to`, may be taken for one. */
function unknownDatelinePlace(tokens: Token[], from: number, to: number, name: string, marked: boolean): boolean {
  if (ORG_NAMES.has(name) || OUTLET_NAMES.has(name)) return false;
  let common = true;
  for (let i = from; i <= to; i++) if (!COMMON_WORDS.has((tokens[i]?.text ?? "").toLowerCase())) common = false;
  if (common) return false;
  if (marked || from !== to) return true;
  const word = tokens[from]?.text ?? "";
  return /[AEIOUY]/.test(word) && !tokens.some((t, i) => i !== from && t.text === word && !t.capsBlock);
}

/**
 * People without the dateline's place: a person named as the place ("MONTE CARLO" read as a name) is
 * left out, and a mention over the place is taken from the person it was given to ("CHARLOTTE" as
 * "Charlotte Panthers"), with an alias written only there.
 */
export function withoutDatelinePlace(text: string, people: Person[], d: DatelinePlace): Person[] {
  const out: Person[] = [];
  for (const p of people) {
    if (p.name.toLowerCase() === d.name.toLowerCase()) continue;
    const spans = p.spans.filter((s) => s.end <= d.start || s.start >= d.end);
    if (spans.length === p.spans.length) out.push(p);
    else if (spans.length) {
      const written = new Set(spans.map((s) => text.slice(s.start, s.end)));
      out.push({ ...p, aliases: p.aliases.filter((a) => written.has(a)), mentions: spans.length, spans });
    }
  }
  return out;
}

/**
 * Towns and states written as an address in the prose, "Fresno, Calif.," or "Concord, N.H.": a run
 * (the town, without the function words opening it) and, after a comma, a state's abbreviation
 * (`US_STATE_ABBREVIATIONS`). Both are places, keyed by their first token's index, valued by their
 * last's. A town in capitals is a dateline's, read by `datelinePlace`.
 */
function stateAddresses(text: string, tokens: Token[], runs: Run[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const run of runs) {
    const last = tokens[run.to];
    const state = tokens[run.to + 1];
    if (!last || !state || !state.dot || !state.cap || last.possessive || text.slice(last.outer, state.start) !== ", ") continue;
    if (!US_STATE_ABBREVIATIONS.has(`${state.text}.`)) continue;
    out.set(run.to + 1, run.to + 1);
    // The town: the run's last words after any lower-case one ("Acme Inc of St. Petersburg"), three at most.
    let f = run.from;
    for (let k = run.from; k < run.to; k++) if (!tokens[k]?.cap) f = k + 1;
    while (f < run.to && TRIM_ALWAYS.test(tokens[f]?.text ?? "")) f++;
    if (run.caps || run.headline || run.to - f > 2 || knownAt(tokens, f, run.to, false) > 0 || TRIM_ALWAYS.test(tokens[f]?.text ?? "")) continue;
    let org = false;
    for (let k = f; k <= run.to; k++) if (ORG_HEADS.has(tokens[k]?.text ?? "")) org = true;
    if (!org) out.set(f, run.to);
  }
  return out;
}

/**
 * The end of an institution named for a known place, from token `i` to the run's end `to`:
 * capitalised words, the last an institution's head word, then "of" and the place ("Bank of
 * England", "Motion Picture Association of America"); -1 otherwise.
 */
function orgOfPlace(tokens: Token[], i: number, to: number): number {
  for (let k = i; k + 2 <= to; k++) {
    const t = tokens[k];
    if (!t || !t.cap) return -1;
    if (INSTITUTION_HEADS.has(t.text) && tokens[k + 1]?.text === "of") return k + 1 - knownAt(tokens, k + 2, to, false) === to ? to : -1;
  }
  return -1;
}

/** Tokens `a` to `b` as written, one space apart: a name to look up in the gazetteer. */
const written = (tokens: Token[], a: number, b: number): string => tokens.slice(a, b + 1).map(dotted).join(" ");

/** A run's words from `a` to `b`, lower case, as one key. */
function runKey(tokens: Token[], a: number, b: number): string {
  const parts: string[] = [];
  for (let i = a; i <= b; i++) parts.push((tokens[i]?.text ?? "").replace(/[’`]/g, "'").toLowerCase());
  return parts.join(" ");
}

/**
 * Names that organisation context marks at least once, outside people (`people`: their names and
 * aliases, lower case): "the firm Acme Widgets", "Acme Widgets, a media company,", "Acme Widgets'
 * profits" (see `orgContext`), "Developer Acme" (`firmAfter`). A single word must be
 * no given name and not open its sentence.
 */
function contextOrgs(text: string, tokens: Token[], runs: Run[], lower: ReadonlySet<string>, inPerson: (t: Token) => boolean, people: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    if (run.caps || run.headline) continue;
    let f = run.from;
    while (f < run.to && TRIM_ALWAYS.test(tokens[f]?.text ?? "")) f++;
    const t = withoutDates(tokens, f, run.to);
    // "Developer Acme": the firm's name after a trade's noun, unless a person is called that ("Producer Amir Khan").
    const firm = firmAfter(tokens, f, t);
    if (firm >= 0 && !personBetween(tokens, firm, t, inPerson) && knownAt(tokens, firm, t, false) >= 0 && !people.has(text.slice(tokens[firm]?.start ?? 0, tokens[t]?.end ?? 0).toLowerCase())) {
      out.add(runKey(tokens, firm, t));
      continue;
    }
    const first = tokens[f];
    const last = tokens[t];
    if (!first || !last || !orgContext(text, tokens, f, t) || inPerson(first) || knownAt(tokens, f, t, false) < 0 || DEMONYMS.has(last.text) || DEMONYMS.has(last.text.replace(/s$/, ""))) continue;
    if (f === t && (first.sentenceStart || GIVEN_NAMES.has(first.text) || first.text.length < 2 || COMMON_WORDS.has(first.text.toLowerCase()) || lower.has(first.text.toLowerCase()))) continue;
    // Part of a longer name the run does not hold: "Rank and File Educators", "Fathers 4 Justice", "Human Rights in China".
    if (t === run.to && LONGER_NAME.test(text.slice(last.outer, last.outer + 40))) continue;
    out.add(runKey(tokens, f, t));
  }
  return out;
}

/** The end of a run from `f` to `t` without the days and months closing it: "CNBC Friday". */
function withoutDates(tokens: Token[], f: number, t: number): number {
  while (t > f && CALENDAR_WORDS.has((tokens[t]?.text ?? "").toLowerCase())) t--;
  return t;
}

const LONGER_NAME = /^\s+(?:\d+|&|[\p{Ll}]{1,3})\s+\p{Lu}/u;
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * The first words of the known organisations, outlets and places ("New" of "New York"). Most tokens
 * open none, and `knownAt` (called several times for every capitalised word) then builds no names.
 */
const KNOWN_FIRST_WORDS: ReadonlySet<string> = new Set([...ORG_NAMES, ...OUTLET_NAMES, ...PLACES].map((n) => n.split(" ")[0] ?? n));

/** The string without one final period. */
const withoutPeriod = (s: string): string => (s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s);

/** Length of a known organisation (positive) or place (negative) starting at token `i`, or 0. */
function knownAt(tokens: Token[], i: number, to: number, caps: boolean): number {
  const t0 = tokens[i];
  if (!t0 || i > to) return 0;
  const first = caps ? titleCase(dotted(t0)) : dotted(t0);
  // Every name looked up below opens with `first`, without its period when it is alone, or (in capitals) upper-cased.
  if (!KNOWN_FIRST_WORDS.has(first) && !KNOWN_FIRST_WORDS.has(withoutPeriod(first)) && !(caps && KNOWN_FIRST_WORDS.has(first.toUpperCase()))) return 0;
  let s = "";
  let best = 0;
  for (let k = i; k <= Math.min(to, i + 3); k++) {
    const t = tokens[k];
    if (!t) break;
    const part = k === i ? first : caps ? titleCase(dotted(t)) : dotted(t);
    s = k === i ? part : `${s} ${part}`;
    const bare = withoutPeriod(s);
    if (ORG_NAMES.has(s) || ORG_NAMES.has(bare) || OUTLET_NAMES.has(s) || OUTLET_NAMES.has(bare)) best = k - i + 1;
    else if (PLACES.has(s) || PLACES.has(bare) || (caps && PLACES.has(s.toUpperCase()))) best = -(k - i + 1);
  }
  return best;
}

/** A run that `name-runs.ts` joined over "and" to an institution's head: "the Health and Safety Executive". */
function institutionWithAnd(tokens: Token[], i: number, to: number): boolean {
  if (!AND_HEADS.has(tokens[to]?.text ?? "")) return false;
  for (let k = i + 1; k < to; k++) if (tokens[k]?.text === "and") return true;
  return false;
}

function personBetween(tokens: Token[], a: number, b: number, inPerson: (t: Token) => boolean): boolean {
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (t && inPerson(t)) return true;
  }
  return false;
}

/** An all-capitals word in title case, short ones ("BBC", "NHS") as written. */
const titleCase = (w: string): string => (w.length <= 3 ? w : titleCased(w));

/** Capital letters with periods: "U.S.", "U.K", "U.S.A.". */
const DOTTED_CAPITALS = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;

/**
 * One key for the forms of a name: case and apostrophes aside, and a dotted abbreviation read without
 * its periods, so "U.S." and "US" are one place in an article and share a slug across the archive.
 */
function entityKey(name: string): string {
  return undotted(name).replace(/[’`]/g, "'").toLowerCase();
}

function undotted(name: string): string {
  return DOTTED_CAPITALS.test(name) ? name.replace(/\./g, "") : name;
}

function toEntities(found: Map<string, Found>): Entity[] {
  const out: Entity[] = [];
  for (const f of found.values()) {
    const spans = [...f.spans].sort((a, b) => a.start - b.start);
    out.push({ slug: slugify(undotted(f.name)), name: f.name, mentions: spans.length, spans });
  }
  return out;
}
