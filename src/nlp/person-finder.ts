// People in one article: parsed runs with enough evidence become people; names in title-case
// headlines, surnames, first names, initials, all-capitals headline words and bare titles ("the
// Prime Minister") are then merged in.
import { ANY_GIVEN_NAMES, GIVEN_NAME_SEX, GIVEN_NAMES, honorificSex, WEAK_GIVEN_NAMES, WORD_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { ORG_HEADS, ORG_NAMES, ORG_WORDS } from "../lexicon/orgs.ts";
import { DEMONYMS, PLACE_HEADS, PLACES } from "../lexicon/places.ts";
import { PERSON_VERBS_AFTER, ROLE_NOUNS, STANDALONE_TITLES } from "../lexicon/titles.ts";
import { COMMON_WORDS, NOT_SURNAMES } from "../lexicon/words.ts";
import type { Body, Person } from "../types.ts";
import { analyse, type Run } from "./name-runs.ts";
import { headlineName, headlineWholeName, parseRun, TRIM_ALWAYS, type Parsed, type ParsedKind } from "./name-parse.ts";
import { firmNounBefore, nounAfter, orgContext, personAfter, quotedAlone, teamPlural, thingNounAfter, workNounBefore } from "./name-context.ts";
import { namesCredit } from "./captions.ts";
import { promoteLists } from "./name-lists.ts";
import { titleCased as titleCase } from "./names.ts";
import { type Group, key, type Mention, toPerson } from "./person-record.ts";
import { photographers } from "./photo-credits.ts";
import type { Token } from "./tokens.ts";

/** Words after a surname that make it a modifier ("the Trump administration"), not a mention. */
const MODIFIED = new Set(["administration", "government", "camp", "campaign", "family", "era", "regime", "cabinet", "presidency", "doctrine", "aides", "supporters", "loyalists", "foundation"]);

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "from", "to", "across", "around", "into", "via"]);

/** A token range as a Parsed with no title or evidence, in parseRun's object shape (see the singles below). */
const bare = (from: number, to: number, kind: ParsedKind = "person"): Parsed => ({ kind, from, to, titleStart: null, role: null, extraRole: null, evidence: 0 });

export function findPeople(text: string, body: Body): Person[] {
  const f = new PeopleFinder(text, body);
  f.fullNames();
  f.headlines();
  f.singleNames();
  f.headlineSingles();
  f.capsHeadlines();
  f.bareTitles();
  return f.people();
}

/** The photographers named by picture credits among `lines` (lines removed from the text: "Photo by Jo Bloggs"), each read alone as a text of one sentence. */
export function creditedPhotographers(lines: readonly string[]): Person[] {
  return lines.filter(namesCredit).flatMap((line) => {
    const body: Body = { blocks: [{ index: 0, kind: "paragraph", text: line, start: 0, end: line.length, section: 0 }], sections: [{ heading: null, blocks: [0] }], sentences: [{ index: 0, block: 0, start: 0, end: line.length }] };
    return findPeople(line, body).filter((p) => p.roles.includes("photographer"));
  });
}

interface Single {
  i: number;
  p: Parsed;
  create: boolean;
}

/**
 * One article's people as they are built, phase by phase. The phases are methods rather than one
 * long function so that V8 optimises each on its own: a rarely taken branch in one phase then
 * recompiles that phase alone instead of the whole finder (it had been compiled eight times).
 */
class PeopleFinder {
  readonly tokens: Token[];
  readonly runs: Run[];
  readonly lower: Set<string>;
  /** Photographers named by picture credits ("Credit: Jo Bloggs") are read apart from the runs they sit in,
   * which a title-case line or an agency's name would otherwise swallow. */
  readonly credits: Array<[number, number]>;
  readonly parsed: Array<{ run: Run; p: Parsed }> = [];
  readonly groups: Group[] = [];
  readonly byFull = new Map<string, Group>();
  readonly bySurname = new Map<string, Group[]>();
  readonly byFirst = new Map<string, Group[]>();
  readonly claimed = new Set<number>();
  /** Token indexes of stray words before a known name (`strayWords`). */
  stray: Set<number> = new Set();
  /** Lone words of title-case headlines, for the singles. */
  readonly headlineWords: number[] = [];
  /** Words of the prose outside sentence starts, for reading title-case headlines. */
  readonly prose = new Set<string>();
  things: Set<string> | null = null;

  constructor(
    readonly text: string,
    body: Body,
  ) {
    const a = analyse(text, body);
    this.tokens = a.tokens;
    this.runs = a.runs;
    this.lower = a.lower;
    this.credits = photographers(text, a.tokens);
    const inFirm = (run: Run): boolean => a.firms.some((f) => f.from <= run.to && run.from <= f.to);
    for (const run of a.runs) if (!run.caps && !run.headline && !this.inCredit(run) && !inFirm(run)) this.parsed.push({ run, p: parseRun(text, a.tokens, run, a.lower) });
  }

  inCredit(run: Run): boolean {
    return this.credits.some(([f, t]) => f <= run.to && run.from <= t);
  }

  nameOf(p: Parsed): string {
    return this.text.slice(this.tokens[p.from]?.start ?? 0, this.tokens[p.to]?.end ?? 0);
  }

  mentionOf(p: Parsed, caps = false): Mention {
    const start = this.tokens[p.from]?.start ?? 0;
    const end = this.tokens[p.to]?.end ?? 0;
    return { start, end, from: p.from, to: p.to, alias: this.text.slice(p.titleStart ?? start, end), name: this.text.slice(start, end), caps };
  }

  index(g: Group): void {
    this.byFull.set(g.full, g);
    const s = this.bySurname.get(g.last) ?? [];
    if (!s.includes(g)) s.push(g);
    this.bySurname.set(g.last, s);
    if (g.first && g.first !== g.last && !/^\p{L}\.?$/u.test(g.first)) {
      const f = this.byFirst.get(g.first) ?? [];
      if (!f.includes(g)) f.push(g);
      this.byFirst.set(g.first, f);
    }
  }

  nameTokens(p: Parsed): string[] {
    const out: string[] = [];
    for (let i = p.from; i <= p.to; i++) out.push(key(this.tokens[i]?.text ?? ""));
    return out;
  }

  /** 1. Full names with evidence (initials last, so "P. Simmons" can join "Phil Simmons"). */
  fullNames(): void {
    const { parsed, tokens } = this;
    promoteLists(this.text, tokens, parsed);
    const full = parsed.filter((x) => x.p.kind === "person" && x.p.to > x.p.from);
    const isInitialForm = (p: Parsed): boolean => /^\p{Lu}$/u.test(tokens[p.from]?.text ?? "") || /^\p{Lu}\./u.test(tokens[p.from]?.text ?? "");
    full.sort((x, y) => Number(isInitialForm(x.p)) - Number(isInitialForm(y.p)) || x.p.from - y.p.from);
    // Weak full names join when their surname is repeated alone, not after a nationality or a
    // sentence's opening -ing form only ("the European Acme project" says nothing of "Leeds Acme",
    // "Finding Acme." nothing of the film "Finding Acme").
    const singlesText = new Map<string, number>();
    for (const x of parsed) {
      if (x.p.kind === "other" || x.p.from !== x.p.to || (x.p.from > x.run.from && leadOnly(tokens[x.run.from]))) continue;
      const k = key(this.nameOf(x.p));
      singlesText.set(k, (singlesText.get(k) ?? 0) + 1);
    }
    this.stray = this.strayWords();
    // "Blockchain Searches Exceed Trump" (a headline's words) beside "Donald Trump": three capitalised words
    // or more ending in the surname of a full name with evidence are no namesake ("Aravinda de Silva" is one).
    const strongSurnames = new Set(full.map((x) => tokens[x.p.to]?.text ?? ""));
    for (const x of parsed) {
      if (x.p.kind !== "weak" || this.stray.has(x.p.to)) continue;
      const toks = this.nameTokens(x.p);
      const last = toks[toks.length - 1] ?? "";
      if (capitalsIn(tokens, x.p.from, x.p.to) >= 3 && strongSurnames.has(tokens[x.p.to]?.text ?? "")) continue;
      if ((singlesText.get(last) ?? 0) > 0) full.push(x);
    }
    for (const { p } of full) this.addFull(p);
    for (const [from, to] of this.credits) {
      const g = this.addFull(bare(from, to));
      if (!g.roles.includes("photographer")) g.roles.push("photographer");
    }
  }

  addFull(p: Parsed): Group {
    const toks = this.nameTokens(p);
    const fk = toks.join(" ");
    const first = toks[0] ?? "";
    const last = toks[toks.length - 1] ?? "";
    let g = this.byFull.get(fk);
    // "Van der Westhuizen" after "Joost van der Westhuizen": a shorter form of a known full name.
    if (!g && toks.length > 1) g = this.groups.find((c) => c.full.endsWith(` ${fk}`));
    if (!g) {
      const same = this.bySurname.get(last) ?? [];
      g = same.find((c) => c.first === first || (first.replace(/\.$/, "").length === 1 && c.first.startsWith(first.charAt(0))) || (c.first.length <= 2 && first.startsWith(c.first.charAt(0))));
    }
    if (!g) {
      g = { first, last, full: fk, mentions: [], roles: [], forms: [] };
      this.groups.push(g);
    }
    g.mentions.push(this.mentionOf(p));
    g.forms.push(this.nameOf(p));
    addRoles(g, p);
    this.byFull.set(fk, g);
    this.index(g);
    for (let i = p.from; i <= p.to; i++) this.claimed.add(i);
    return g;
  }

  /**
   * 1b. Title-case headlines ("Mara Quinlan Asked Voters Everywhere To …"): names known from the prose,
   * longest first, else a given name + surname; a lone word waits for the singles (2b).
   */
  headlines(): void {
    const { runs, tokens } = this;
    if (!runs.some((r) => r.headline)) return;
    for (const run of runs) {
      if (run.caps || run.headline) continue;
      for (let i = run.from; i <= run.to; i++) {
        const tok = tokens[i];
        if (tok && !tok.sentenceStart) this.prose.add(tok.text);
      }
    }
    for (const run of runs) if (run.headline && !this.inCredit(run)) this.readHeadline(run);
  }

  readHeadline(run: Run): void {
    const { tokens, lower, prose, byFull } = this;
    if (headlineWholeName(tokens, run.from, run.to, lower, prose) && !byFull.has(this.nameTokens(bare(run.from, run.to)).join(" "))) {
      this.addFull(bare(run.from, run.to));
      return;
    }
    let i = run.from;
    while (i <= run.to) {
      let n = 0;
      for (let m = Math.min(4, run.to - i + 1); m >= 2 && !n; m--) {
        const g = byFull.get(this.nameTokens(bare(i, i + m - 1)).join(" "));
        if (g) {
          g.mentions.push(this.mentionOf(bare(i, i + m - 1)));
          n = m;
        }
      }
      const k = key(tokens[i]?.text ?? "");
      if (!n && !this.bySurname.has(k)) {
        n = headlineName(tokens, i, run.from, run.to, lower, prose);
        if (n) this.addFull(bare(i, i + n - 1));
      }
      if (!n) {
        this.headlineWords.push(i);
        n = 1;
      }
      i += n;
    }
  }

  /** 2. Single names: with a title or role they stand alone; otherwise they must match a known person. */
  singleNames(): void {
    const { tokens, claimed } = this;
    const singles: Single[] = [];
    for (const { run, p } of this.parsed) {
      if (p.kind !== "other" && p.kind !== "title" && p.from === p.to && !claimed.has(p.from)) singles.push({ i: p.from, p, create: p.kind === "person" });
      else if ((p.kind === "other" || p.kind === "title") && run.from === run.to && !claimed.has(run.from)) {
        const tok = tokens[run.from];
        const next = tokens[run.from + 1];
        if (!tok) continue;
        // A common word opening a sentence ("Such a…") is a name only when a verb of speech or a possessive says so.
        if (tok.sentenceStart && COMMON_WORDS.has(tok.text.toLowerCase()) && !tok.possessive && !(next && PERSON_VERBS_AFTER.has(next.text))) continue;
        // Written out rather than spread from `p`: every Parsed then has parseRun's object shape, so the
        // optimised code reading them is not thrown away on a second shape (the values are the same).
        singles.push({ i: run.from, p: { kind: p.kind, from: run.from, to: run.from, titleStart: null, role: null, extraRole: null, evidence: p.evidence }, create: false });
      }
    }
    for (const i of this.stray) if (!claimed.has(i)) singles.push({ i, p: bare(i, i, "single"), create: false });
    singles.sort((x, y) => Number(y.create) - Number(x.create) || x.i - y.i);
    for (const s of singles) this.addSingle(s);
  }

  addSingle({ i, p, create }: Single): void {
    const { tokens, text } = this;
    const tok = tokens[i];
    if (!tok) return;
    const k = key(tok.text);
    const nextTok = tokens[i + 1];
    if (!create && nextTok && !nextTok.cap && MODIFIED.has(nextTok.text) && !tok.possessive) return;
    // "talks in Washington": a place after a place preposition, even when someone is called that.
    const prevTok = tokens[i - 1];
    if (!create && prevTok && PLACE_PREPOSITIONS.has(prevTok.text) && PLACES.has(tok.text)) return;
    let g = this.resolveSingle(k, tok.start, honorificSex(p.titleStart === null ? "" : text.slice(p.titleStart, tok.start)));
    // "her husband, Bill," beside Bill Blum and Bill Reid: a lone first name that several people share is none of its own.
    if (!g && create && !(p.titleStart === null && (this.byFirst.get(k)?.length ?? 0) > 1)) {
      g = { first: "", last: k, full: k, mentions: [], roles: [], forms: [] };
      this.groups.push(g);
      this.index(g);
    }
    if (!g) return;
    // "Rush Dalton walked out": a given name trimmed at a sentence start is the mention's when the
    // person's full name is those two words.
    const whole = p.titleStart === null && prevTok && prevTok.cap && !this.claimed.has(i - 1) && prevTok.sentence === tok.sentence && text.slice(prevTok.outer, tok.start) === " " && g.full === `${key(prevTok.text)} ${k}`;
    g.mentions.push(this.mentionOf(whole ? bare(i - 1, i) : p));
    addRoles(g, p);
    this.claimed.add(i);
  }

  /** 2b. Lone words of title-case headlines: a known surname or first name ("Okafor Breaks With Adeyemi"). */
  headlineSingles(): void {
    for (const i of this.headlineWords) {
      const tok = this.tokens[i];
      if (!tok || !tok.cap || this.lower.has(tok.text.toLowerCase()) || COMMON_WORDS.has(tok.text.toLowerCase())) continue;
      const g = this.resolveSingle(key(tok.text), tok.start);
      if (g) g.mentions.push(this.mentionOf(bare(i, i, "single")));
    }
  }

  /**
   * Weak pairs whose first word only stands before another person's name: a verb's -ing form or a
   * nationality opening the sentence before the surname of a person named otherwise ("Addressing
   * Obama", "American Blum" beside "President Obama"), or a word before the given name of a person
   * named in full ("Crooked Hillary" beside "Hillary Blum"). The token index of each pair's last word,
   * read as a mention of that person alone.
   */
  strayWords(): Set<number> {
    const { tokens } = this;
    const surnames = new Set<string>();
    const givenOfFull = new Set<string>();
    for (const { p } of this.parsed) {
      if (p.kind !== "person") continue;
      const toks = this.nameTokens(p);
      surnames.add(toks[toks.length - 1] ?? "");
      if (toks.length > 1 && GIVEN_NAMES.has(tokens[p.from]?.text ?? "")) givenOfFull.add(toks[0] ?? "");
    }
    const out = new Set<number>();
    for (const { p } of this.parsed) {
      if (p.kind !== "weak" || p.to !== p.from + 1) continue;
      const first = tokens[p.from];
      const last = tokens[p.to];
      if (!first || !last) continue;
      const opener = first.sentenceStart && (GERUND.test(first.text) || DEMONYMS.has(first.text)) && !WEAK_GIVEN_NAMES.has(first.text);
      if ((opener && surnames.has(key(last.text))) || (GIVEN_NAMES.has(last.text) && !WORD_GIVEN_NAMES.has(last.text) && givenOfFull.has(key(last.text)))) out.add(p.to);
    }
    return out;
  }

  resolveSingle(k: string, at: number, sex: "male" | "female" | null = null): Group | undefined {
    const s = this.bySurname.get(k);
    if (s?.length) {
      // "Mrs. Clinton" after Bill and Hillary Clinton: not the one whose given name is a man's.
      const fit = sex ? s.filter((g) => { const of = GIVEN_NAME_SEX.get(g.first); return !of || of === sex; }) : s;
      return nearest(fit.length ? fit : s, at);
    }
    const f = this.byFirst.get(k);
    if (f?.length === 1) return f[0];
    return this.byFull.get(k);
  }

  /** 3. All-capitals headlines: words and names already known in mixed case, or given name + surname. */
  capsHeadlines(): void {
    for (const run of this.runs) if (run.caps) this.readCapsRun(run);
  }

  readCapsRun(run: Run): void {
    const { tokens, text } = this;
    let i = run.from;
    while (i <= run.to) {
      let matched = 0;
      for (let n = Math.min(3, run.to - i + 1); n >= 1 && !matched; n--) {
        const parts: string[] = [];
        for (let j = i; j < i + n; j++) parts.push(key(tokens[j]?.text ?? ""));
        const k = parts.join(" ");
        const g = n > 1 ? this.byFull.get(k) : this.resolveSingle(k, tokens[i]?.start ?? 0);
        if (g) {
          const start = tokens[i]?.start ?? 0;
          const end = tokens[i + n - 1]?.end ?? 0;
          const s = text.slice(start, end);
          g.mentions.push({ start, end, from: i, to: i + n - 1, alias: s, name: s, caps: true });
          matched = n;
        } else if (n === 2 && capsName(tokens, i)) {
          const start = tokens[i]?.start ?? 0;
          const end = tokens[i + 1]?.end ?? 0;
          const s = text.slice(start, end);
          const ng: Group = { first: parts[0] ?? "", last: parts[1] ?? "", full: k, mentions: [{ start, end, from: i, to: i + 1, alias: s, name: s, caps: true }], roles: [], forms: [] };
          this.groups.push(ng);
          this.index(ng);
          matched = n;
        }
      }
      i += matched || 1;
    }
  }

  /** 4. Bare titles for a person named with that title: "the Prime Minister". */
  bareTitles(): void {
    const { tokens, text } = this;
    for (const { run, p } of this.parsed) {
      if (p.kind !== "title") continue;
      const title = text.slice(tokens[run.from]?.start ?? 0, tokens[run.to]?.end ?? 0).replace(/^The /, "");
      if (!STANDALONE_TITLES.has(title)) continue;
      // Not read at index -1: an out-of-bounds read makes V8 discard and redo this function's optimised code.
      const before = run.from > 0 ? tokens[run.from - 1] : undefined;
      const first = tokens[run.from];
      const hasThe = first?.text === "The" || (before?.text === "the" && before.sentence === first?.sentence);
      if (!hasThe || !first) continue;
      const owners = this.groups.filter((g) => g.roles.some((r) => r === title || r.endsWith(` ${title}`)));
      if (owners.length !== 1 || !owners[0]) continue;
      const start = first.text === "The" ? first.start : (before?.start ?? first.start);
      const end = tokens[run.to]?.end ?? 0;
      const s = text.slice(start, end);
      owners[0].mentions.push({ start, end, from: run.from, to: run.to, alias: s, name: s, caps: false });
    }
  }

  /** The groups with mentions that read as people (`readGroup`), as records. */
  people(): Person[] {
    const { text, tokens } = this;
    // Names an organisation's context marks in any run, whether or not the run became a mention
    // ("Acme Widgets’ profits" with no evidence of its own).
    const orgWritten = new Set<string>();
    for (const { p } of this.parsed) if (p.to > p.from && orgContext(text, tokens, p.from, p.to)) orgWritten.add(this.nameTokens(p).join(" "));
    const kept = this.groups.filter((g) => g.mentions.length > 0);
    const verdicts = kept.map((g) => this.readGroup(g, orgWritten));
    // A longer name opening with a thing's ("Acme Falls Promise" after "Acme Falls"), and nothing more, is one too.
    const notPeople = kept.filter((_, i) => verdicts[i] === "org" || verdicts[i] === "thing").map((g) => `${g.full} `);
    return kept.filter((g, i) => verdicts[i] === "person" || (verdicts[i] === "plain" && !notPeople.some((n) => g.full.startsWith(n)))).map(toPerson);
  }

  /**
   * Whether a group is a person ("person": a title or role, a surname or first name alone, a kin noun
   * after its possessive, "He"/"She" opening the next sentence, a role noun before it), an
   * organisation ("org": "Acme Widgets' profits", "the firm Acme Widgets") or a thing ("thing": "the
   * Acme Falls shooting", a name written only in quotation marks, the opening of "Acme Falls
   * Elementary School", a work's or a vessel's name, a team's plural always after "the", unless a
   * verb of speech, ", who" or an age goes with it), or none of these.
   */
  readGroup(g: Group, orgWritten: Set<string>): "person" | "org" | "thing" | "plain" {
    const { text, tokens } = this;
    if (g.roles.length > 0) return "person";
    // “Miss Housekeeping”, “Mr Clean”: an honorific and one word, only ever alone in quotation marks, is a nickname.
    if (g.forms.length === 0 && g.mentions.every((m) => m.to === m.from && m.alias !== m.name && quotedAlone(text, m.end - m.alias.length, tokens[m.to]?.outer ?? m.end))) return "thing";
    // A plain given name ("Catherine", not "Sandy") outweighs a thing's context: "The Catherine Tate Show".
    const opener = g.forms[0]?.split(" ")[0] ?? "";
    const wordLed = !GIVEN_NAMES.has(opener) || WORD_GIVEN_NAMES.has(opener);
    let org = orgWritten.has(g.full);
    let thing = wordLed && g.full.includes(" ") && (this.things ??= thingPrefixes(text, tokens, this.runs)).has(g.full);
    let quoted = 0;
    let afterThe = 0;
    let afterWork = 0;
    for (const m of g.mentions) {
      // "the aircraft carriers Vinson and Enterprise": a mention after a work's or a vessel's noun says nothing of a person.
      if (m.alias === m.name && workNounBefore(text, tokens, m.from, m.to)) {
        afterWork++;
        continue;
      }
      if (m.alias !== m.name || m.to === m.from) return "person";
      const first = tokens[m.from];
      const last = tokens[m.to];
      const next = tokens[m.to + 1];
      const before = m.from > 0 ? tokens[m.from - 1] : undefined;
      if (last?.possessive && next && KIN_NOUNS.has(next.text)) return "person";
      // "composers Jo Blum and …": a role before the name, plural too.
      if (before && !before.cap && !before.possessive && LEAD_ROLES.has(before.text) && !firmNounBefore(text, tokens, m.from, m.to)) return "person";
      if (first?.sentenceStart) {
        const n = nextSentenceStart(tokens, m.to);
        if (n && (n.text === "He" || n.text === "She")) return "person";
      }
      if (!m.caps && !org && orgContext(text, tokens, m.from, m.to)) org = true;
      if (wordLed && !thing && thingNounAfter(text, tokens, m.to)) thing = true;
      if (wordLed && quotedAlone(text, m.start, last?.outer ?? m.end)) quoted++;
      if (before && before.text.toLowerCase() === "the" && before.sentence === first?.sentence && text.slice(before.outer, m.start) === " ") afterThe++;
    }
    // "the book Harbour Lights Beckons", "the aircraft carrier Jo Blum" (and "The Jo Blum sailed"): a work's or a vessel's name.
    if (afterWork > 0 && afterWork + afterThe === g.mentions.length) thing = true;
    // "the Dunmore Reds", "the Blue Herons": always after "the", two words or more ending in a plural
    // (of a common noun, after a plain given name): a team.
    if (afterThe === g.mentions.length && g.full.includes(" ") && g.mentions.every((m) => teamPlural(tokens[m.to], wordLed) && !nounAfter(tokens, m.to))) thing = true;
    if (org) return "org";
    // Written only in quotation marks, more than once: the title of a work.
    if (quoted > 1 && quoted === g.mentions.length) thing = true;
    // Always right after "the", opening with no given name even a word's ("Bill", "Rose"): a thing's name ("the Golden Bear").
    if (!ANY_GIVEN_NAMES.has(opener) && afterThe === g.mentions.length) thing = true;
    if (!thing) return "plain";
    // A verb of speech, ", who" or an age leaves a person in a thing's context.
    for (const m of g.mentions) {
      const before = m.from > 0 ? tokens[m.from - 1] : undefined;
      if (personAfter(text, tokens, m.to) || (before && SPEECH_BEFORE.has(before.text))) return "plain";
    }
    return "thing";
  }
}

/** Capitalised tokens from `from` to `to`. */
function capitalsIn(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (tokens[i]?.cap) n++;
  return n;
}

function addRoles(g: Group, p: Parsed): void {
  for (const r of [p.role, p.extraRole]) if (r && !g.roles.some((x) => x.toLowerCase() === r.toLowerCase())) g.roles.push(r);
}

/** The group of the list mentioned last before `at`, else the first. */
function nearest(list: Group[], at: number): Group | undefined {
  let best: Group | undefined;
  let bestAt = -1;
  for (const g of list) {
    for (const m of g.mentions) if (m.start < at && m.start > bestAt) ((best = g), (bestAt = m.start));
  }
  return best ?? list[0];
}

/** Nouns after a possessive that only a person has: "Jo Blum's wife", "… mother". */
const KIN_NOUNS = new Set(["wife", "husband", "son", "sons", "daughter", "daughters", "mother", "father", "parents", "children", "brother", "sister", "widow", "family", "girlfriend", "boyfriend", "fiancee", "fiance", "grandson", "granddaughter"]);

/** A verb's -ing form, capitalised: "Addressing", "Following". */
const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** A nationality, or an -ing form opening a sentence: a word before a surname that says nothing of whose it is. */
function leadOnly(t: Token | undefined): boolean {
  return !!t && (DEMONYMS.has(t.text) || (t.sentenceStart && GERUND.test(t.text)));
}

/** Verbs of speech before a name: "…,” says Jo Blum". */
const SPEECH_BEFORE = new Set(["said", "says", "told", "added", "asked", "wrote", "recalled", "explained"]);

/** Role nouns and their plurals, lower case: "composers", "senator". */
const LEAD_ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS].flatMap((r) => [r, `${r}s`, `${r}es`]));

/** The first token of the sentence after the one holding token `i`. */
function nextSentenceStart(tokens: Token[], i: number): Token | undefined {
  const s = tokens[i]?.sentence;
  for (let j = i + 1; j < tokens.length && j < i + 80; j++) {
    const t = tokens[j];
    if (t && t.sentence !== s) return t;
  }
  return undefined;
}

/**
 * Lower-cased openings of capitalised runs that name an organisation, place or thing: "acme falls"
 * from "Acme Falls Elementary School" (a run ending in an institution, place or thing word).
 */
function thingPrefixes(text: string, tokens: Token[], runs: Run[]): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    if (run.caps || run.headline) continue;
    let f = run.from;
    while (f < run.to && TRIM_ALWAYS.test(tokens[f]?.text ?? "")) f++;
    const last = tokens[run.to]?.text ?? "";
    if (run.to - f < 2 || !(ORG_WORDS.has(last) || PLACE_HEADS.has(last) || NOT_SURNAMES.has(last))) continue;
    let k = key(tokens[f]?.text ?? "");
    for (let i = f + 1; i < run.to; i++) {
      const tok = tokens[i];
      if (!tok || text.slice(tokens[i - 1]?.outer ?? 0, tok.start) !== " ") break;
      k = `${k} ${key(tok.text)}`;
      out.add(k);
    }
  }
  return out;
}

/** Two all-capitals words that read as given name + surname: "KEVIN BROWN". */
function capsName(tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || !a.upper || !b.upper) return false;
  const ta = titleCase(a.text);
  const tb = titleCase(b.text);
  if (!GIVEN_NAMES.has(ta)) return false;
  if (COMMON_WORDS.has(b.text.toLowerCase()) || PLACES.has(tb) || DEMONYMS.has(tb) || ORG_HEADS.has(tb) || ORG_NAMES.has(b.text)) return false;
  const c = tokens[i + 2];
  // "KEVIN BROWN" but not the start of a longer all-capitals name we cannot read.
  if (c && c.upper && c.start - b.end === 1 && !COMMON_WORDS.has(c.text.toLowerCase())) return false;
  // A long sentence in capitals is a passage shouted, not a headline or a byline: there a given name
  // that is also a word ("CONSTANT PRESSURE") opens no name.
  if (!WORD_GIVEN_NAMES.has(ta)) return true;
  let n = 0;
  for (let j = i - 1; j >= 0 && tokens[j]?.sentence === a.sentence && n <= CAPS_SENTENCE; j--) n++;
  for (let j = i; j < tokens.length && tokens[j]?.sentence === a.sentence && n <= CAPS_SENTENCE; j++) n++;
  return n <= CAPS_SENTENCE;
}

/** Words in the longest all-capitals sentence read as a headline. */
const CAPS_SENTENCE = 25;
