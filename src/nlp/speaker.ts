// Resolving a speaker as written ("He", "the newspaper", "US Secretary of State Mike Pompeo",
// "officials in London") to a person, organisation, outlet or place of the article, or to a
// group / unknown speaker named by the mention itself.
import { CUE_VERBS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, NOT_PERSON_WORDS, NP_STOP, OUTLET_NOUNS, PERSON_PRONOUNS, ROLE_NOUNS, TITLE_WORDS } from "../lexicon/cues.ts";
import { GIVEN_NAME_SEX, GIVEN_NAMES, honorificSex } from "../lexicon/given-names.ts";
import { INSTITUTION_HEADS, ORG_HEADS, ORG_WORDS } from "../lexicon/orgs.ts";
import { COMMON_WORDS } from "../lexicon/words.ts";
import { nameKey, titleCased } from "./names.ts";
import { slugify } from "./slug.ts";
import type { Entity, Outlet, Person, Span, Speaker } from "../types.ts";

export interface SpeakerContext {
  text: string;
  people: Person[];
  organizations: Entity[];
  places: Entity[];
  outlets: Outlet[];
  /** Spans of quotations: a person named inside one is not who "he" refers to. */
  quotes: Span[];
}

type Sex = "male" | "female";

interface Mention {
  pos: number;
  person: Person;
}

const POSSESSIVE_TO_SUBJECT: Readonly<Record<string, string>> = { his: "he", her: "she", their: "they", its: "it" };

/** How far before the latest mention its sentence's subject is still preferred to it, in characters. */
const SUBJECT_REACH = 250;
/** A party-and-state parenthesis after a name ("Rep. Jo Blum (D-Ore.)"), which is no part of it. */
const PARTY_PAREN = String.raw`\s*\([^()]{1,20}\)`;
const PARTY_PAREN_END = new RegExp(`${PARTY_PAREN}$`);
/** Where a name that opens a phrase ends: a party parenthesis before an appositive, a comma or "of". */
const NAME_END = new RegExp(String.raw`${PARTY_PAREN},|,|\s+of\s`);
/** Text before a mention that opens its sentence: a full stop after a word that is no short capitalised abbreviation ("Govs."), or a paragraph break. */
/** Words that may open a sentence before its subject: "But Okafor …", "Meanwhile he …". */
const OPENERS = "But|And|Yet|So|Then|Now|Still|Also|Meanwhile";
const SENTENCE_OPENING = new RegExp(String.raw`(?:^|(?<!\b\p{Lu}[\p{L}]{0,3})[.!?]["”’]?\s+|\n\s*)(?:(?:${OPENERS})\s+)?(?:\p{Lu}[\p{L}]*\.?\s+){0,2}$`, "u");
/** A sentence or paragraph break between two mentions (a title's full stop is no break: "Mr. Okafor"). */
const SENTENCE_BREAK = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|[A-Z]))[.!?]["”’]?\s+["“]?\p{Lu}|\n/u;
/** A sentence's opening "He"/"She" (after a conjunction or an adverb and its comma), to the end of the text. */
const PRONOUN_OPENING = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:${OPENERS}|Later|However),?\s+)?(He|She)\s[^.!?\n]*$`, "u");

/** Where "he"/"she" (`sex`) opens the sentence that holds `pos`, within 300 characters; -1 when it does not. */
function pronounSubjectBefore(text: string, pos: number, sex: Sex): number {
  const from = Math.max(0, pos - 300);
  const m = PRONOUN_OPENING.exec(text.slice(from, pos));
  if (!m?.[1] || (m[1] === "He") !== (sex === "male")) return -1;
  return from + m.index + m[0].search(/\b(?:He|She)\s/u);
}

/** A capitalised name of two to four words, then a comma and an appositive opening with a determiner. */
const APPOSED_NAME = /^((?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}\p{Lu}[\p{L}'’\-]*),\s+(?:the|a|an|his|her|its|their|our)\s/u;
/** A capitalised name of one to four words, titles allowed ("Sen. Jo Blum"). */
const NAME_LEAD = /^(?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]*$/u;
/** Capitalised names joined by "and" or "&", after commas between earlier ones: "A, B and C". */
const NAME_LIST = /^\p{Lu}[^,]*(?:,\s+\p{Lu}[^,]*)*,?\s+(?:and|&)\s+\p{Lu}[^,]*$/u;

/** Resolves speakers in reading order; keeps the last person and organisation speakers for pronouns. */
export class SpeakerResolver {
  private readonly ctx: SpeakerContext;
  private readonly mentions: Mention[];
  /** Full names written in the text, by last word: "O'Brien" → "Robert C. O'Brien". */
  private readonly fullNames = new Map<string, string>();
  private readonly sexes = new Map<Person, Sex | null>();
  private lastPerson: Speaker | null = null;
  private lastPersonAt = -1;
  private lastOther: Speaker | null = null;
  /** Where people were read as speakers, in reading order: subjects, for pronouns after them. */
  private readonly speakerSpans: Span[] = [];

  /** Name keys of people (name and aliases) and outlets, computed once. */
  private readonly personKeys: Array<[Person, string[]]>;
  private readonly outletKeys: Array<[Outlet, string]>;

  constructor(ctx: SpeakerContext) {
    this.ctx = ctx;
    this.personKeys = ctx.people.map((p) => [p, [p.name, ...p.aliases].map(nameKey)]);
    this.outletKeys = ctx.outlets.map((o) => [o, nameKey(o.name)]);
    this.mentions = [];
    for (const p of ctx.people) for (const s of p.spans) this.mentions.push({ pos: s.start, person: p });
    this.mentions.sort((a, b) => a.pos - b.pos);
    if (!ctx.people.length) this.scanNames();
  }

  /** Capitalised runs of two to four words that look like a person's name, keyed by surname. */
  private scanNames(): void {
    const NAME = /(?<![\p{L}'’])(\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*){1,2})(?![\p{L}])/gu;
    for (const m of this.ctx.text.matchAll(NAME)) {
      const words = (m[1] ?? "").split(/\s+/);
      // "Said Jo Blum, …": a cue that opens the sentence is no part of the name.
      // "But Blum said": nor is a conjunction or preposition that opens it.
      while (words.length && (TITLE_WORDS.has(words[0] ?? "") || CUE_VERBS.has((words[0] ?? "").toLowerCase()) || NP_STOP.has((words[0] ?? "").toLowerCase()))) words.shift();
      if (words.length < 2 || words.some((w) => TITLE_WORDS.has(w) || NOT_PERSON_WORDS.has(w) || ROLE_NOUNS.has(w.toLowerCase()))) continue;
      const last = nameKey(words[words.length - 1] ?? "");
      const full = words.join(" ");
      const had = this.fullNames.get(last);
      if (!had || full.length > had.length) this.fullNames.set(last, full);
    }
  }

  resolve(span: Span | null, fallback: Speaker | null): Speaker {
    if (!span) return fallback ?? { name: "unknown", mention: "", type: "unknown", ref: null };
    // "Rep. Jo Blum (D-Ore.)": a party-and-state parenthesis after a name is no part of it.
    const paren = PARTY_PAREN_END.exec(this.ctx.text.slice(span.start, span.end));
    if (paren) span = { start: span.start, end: span.end - paren[0].length };
    const mention = this.ctx.text.slice(span.start, span.end);
    const sp = this.classify(mention, span);
    if (sp.type === "person") {
      this.lastPerson = sp;
      this.lastPersonAt = span.start;
      this.speakerSpans.push(span);
    } else if (sp.type === "organization" || sp.type === "outlet" || sp.type === "place") this.lastOther = sp;
    return sp;
  }

  private classify(mention: string, span: Span): Speaker {
    // A possessive pronoun ("his support for", "their criticism of") stands for its owner as the subject pronoun would.
    const low = POSSESSIVE_TO_SUBJECT[mention.toLowerCase()] ?? mention.toLowerCase();
    // "I think …" outside any quotation is the writer's, whom the text does not name as a speaker.
    if (low === "i" && !this.inQuote(span.start)) return { name: mention, mention, type: "person", ref: null };
    if (PERSON_PRONOUNS.has(low)) {
      const sex = low === "he" ? "male" : low === "she" ? "female" : null;
      const p = this.personBefore(span.start, sex);
      if (p) return { name: p.name, mention, type: "person", ref: p.slug };
      // The last speaker, unless the text says that person is of the other sex.
      const last = this.lastPerson && this.ctx.people.find((x) => x.slug === this.lastPerson?.ref);
      const lastSex = last ? this.sexOf(last) : null;
      const otherSex = !!sex && !!lastSex && lastSex !== sex;
      if (this.lastPerson && !otherSex) return { ...this.lastPerson, mention };
      return { name: mention, mention, type: "person", ref: null };
    }
    if (low === "it" || low === "they" || low === "we") {
      if (low === "it" && this.lastOther) return { ...this.lastOther, mention };
      return { name: mention, mention, type: low === "it" ? "unknown" : "group", ref: null };
    }
    // The phrase without a trailing prepositional phrase: "officials in London" is about officials, not London.
    const coreText = stripDeterminer(mention).replace(/\s+(?:in|at|from|with|close to|familiar with|for)\s.*$/i, "");
    const coreAt = mention.indexOf(coreText);
    const coreSpan = coreAt >= 0 ? { start: span.start, end: span.start + coreAt + coreText.length } : span;
    // "Britain, France and Germany", "Mrs. Clinton and Ms. Warren": a list of names speaks as a group,
    // not as its last name (unless the whole list is one name: "Johnson & Johnson", "Bosnia and Herzegovina",
    // or each "and" is inside one: "Acme & Vale chief executive Jo Blum").
    if (NAME_LIST.test(mention) && !this.wholeEntity(span) && !this.joinedInsideNames(mention, span)) return { name: mention, mention, type: "group", ref: null };
    // "A spokeswoman for the party, Jo Blum": a person named in apposition at the end of the phrase.
    const comma = mention.lastIndexOf(", ");
    const named = comma > 0 ? this.personAt({ start: span.start + comma + 2, end: span.end }) : null;
    if (named) return { name: named.name, mention, type: "person", ref: named.slug };
    // "his top aide, Tad Devine": a role, then its holder's name, speaks as that name even when the
    // article's people do not list it.
    const holderName = comma > 0 ? apposedHolder(mention.slice(0, comma), mention.slice(comma + 2)) : null;
    if (holderName) return { name: holderName, mention, type: "person", ref: slugify(holderName) };
    // A person whose mention is the head of the phrase.
    const person = this.personAt(coreSpan);
    if (person) return { name: person.name, mention, type: "person", ref: person.slug };
    // "Chad Sweet, the campaign's chairman": a capitalised name before an appositive headed by a
    // role speaks as that name, even when the article's people do not list it.
    const apposed = APPOSED_NAME.exec(mention);
    const lastWord = (/(\p{L}+)$/u.exec(mention)?.[1] ?? "").toLowerCase();
    if (apposed?.[1] && ROLE_NOUNS.has(lastWord) && !GROUP_NOUNS.has(lastWord)) {
      const lead = this.classify(apposed[1], { start: span.start, end: span.start + apposed[1].length });
      if (lead.type !== "unknown") return { ...lead, mention };
      const ws = lead.name.split(/\s+/);
      if (ws.length >= 2 && !ws.some((w) => NOT_PERSON_WORDS.has(w))) return { name: lead.name, mention, type: "person", ref: slugify(lead.name) };
    }
    const core = coreText;
    const words = core.split(/\s+/);
    const head = (words[words.length - 1] ?? "").replace(/['’]s?$/, "");
    const headLow = head.toLowerCase();
    // Outlets named in the phrase, and "the newspaper".
    const mentionKey = nameKey(mention);
    for (const [o, key] of this.outletKeys) {
      if (mentionKey.endsWith(key)) return { name: o.name, mention, type: "outlet", ref: o.slug };
    }
    if (OUTLET_NOUNS.has(headLow) && words.length <= 3) {
      const o = this.outletBefore(span.start);
      if (o) return { name: o.name, mention, type: "outlet", ref: o.slug };
    }
    // "Cruz of Texas", "the governor of Ohio": a name or a role before "of" and a place of the article is
    // the person from there or the role, not the place ("Governor of Texas" is a role; an institution
    // before "of" is left to the entities below: "Bank of America").
    const of = /\s+of\s+(?=\p{Lu})/u.exec(mention);
    if (of && this.entityAt(this.ctx.places, { start: span.start + of.index + of[0].length, end: span.end })) {
      const lead = mention.slice(0, of.index);
      const last = /(\p{L}+)$/u.exec(lead)?.[1] ?? "";
      const low = last.toLowerCase();
      if (ROLE_NOUNS.has(low) && !GROUP_NOUNS.has(low)) return { name: stripDeterminer(mention), mention, type: "unknown", ref: null };
      if (NAME_LEAD.test(lead) && !this.wholeEntity(span)) {
        const named = this.classify(lead, { start: span.start, end: span.start + lead.length });
        const institution = ORG_WORDS.has(last) || ORG_HEADS.has(last) || INSTITUTION_HEADS.has(last) || TITLE_WORDS.has(last) || GROUP_NOUNS.has(low) || COMMON_WORDS.has(low);
        if (named.type === "person" || (named.type === "unknown" && !institution)) return { ...named, mention };
      }
    }
    const org = this.entityAt(this.ctx.organizations, coreSpan);
    if (org) return { name: org.name, mention, type: "organization", ref: org.slug };
    const place = this.entityAt(this.ctx.places, coreSpan);
    if (place) return { name: place.name, mention, type: "place", ref: place.slug };
    const bare = stripDeterminer(mention);
    // "The judge said …" after "Judge Harriet Okafor": the one person the article gives that role.
    const holder = /^the\s/i.test(mention) && words.length <= 3 && ROLE_NOUNS.has(headLow) && !GROUP_NOUNS.has(headLow) ? this.roleHolder(headLow, span.start) : null;
    if (holder) return { name: holder.name, mention, type: "person", ref: holder.slug };
    if (ROLE_NOUNS.has(headLow) || GROUP_NOUNS.has(headLow)) {
      // "officials in London and Washington" → "officials"; "the UK defence chief" stays.
      const name = core;
      const type = GROUP_NOUNS.has(headLow) ? "group" : DOCUMENT_NOUNS.has(headLow) ? "unknown" : /^\p{Lu}/u.test(words[0] ?? "") && !/^the$/i.test(words[0] ?? "") ? "organization" : "unknown";
      return { name, mention, type, ref: null };
    }
    // A capitalised name: strip titles, and complete a bare surname from a full name in the text.
    if (/^\p{Lu}/u.test(head)) {
      const ws = bare.split(/\s+/);
      while (ws.length > 1 && TITLE_WORDS.has(ws[0] ?? "")) ws.shift();
      const written = ws.join(" ").replace(/['’]s$/, "");
      // "KATE OKAFOR" (a transcript's turn): a name in capitals is written as a name, and a given name opening it makes it a person's.
      const capitals = ws.length > 1 && ws.every((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()) && GIVEN_NAMES.has(titleCased(ws[0] ?? ""));
      const name = capitals ? titleCased(written) : written;
      if (ws.length === 1) {
        const full = this.fullNames.get(nameKey(name));
        if (full) return { name: full, mention, type: "person", ref: slugify(full) };
      } else if (ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w)) && !ws.some((w) => NOT_PERSON_WORDS.has(w)) && (ws.length < words.length || this.isFullName(name) || capitals)) {
        return { name, mention, type: "person", ref: slugify(name) };
      }
      return { name, mention, type: "unknown", ref: null };
    }
    return { name: bare, mention, type: "unknown", ref: null };
  }

  /**
   * The person mentioned before `pos` whose role ends in `role` ("Judge", "Health Minister" for
   * "minister"), when exactly one person of the article has such a role; null otherwise.
   */
  private roleHolder(role: string, pos: number): Person | null {
    const holders = this.ctx.people.filter((p) => p.roles.some((r) => r.toLowerCase().split(/\s+/).pop() === role));
    const only = holders.length === 1 ? holders[0] : undefined;
    return only && only.spans.some((sp) => sp.start < pos) ? only : null;
  }

  private isFullName(name: string): boolean {
    const ws = name.split(/\s+/);
    return this.fullNames.get(nameKey(ws[ws.length - 1] ?? "")) === name;
  }

  private inQuote(pos: number): boolean {
    for (const q of this.ctx.quotes) if (pos >= q.start && pos < q.end) return true;
    return false;
  }

  /**
   * The person "he" or "she" (`sex`) refers to: the latest mentioned before `pos` who may be that sex,
   * unless the subject of that mention's sentence may be (a subject, or a speaker, is the likelier antecedent:
   * "Trump says he is making a demand of Obama. “…,” he asks.").
   */
  private personBefore(pos: number, sex: Sex | null, depth = 0): Person | null {
    const fits = (p: Person): boolean => !sex || !this.sexOf(p) || this.sexOf(p) === sex;
    let latest: Mention | null = null;
    let latestIsSubject = false;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.pos >= pos) continue;
      // A speaker resolved more recently than the latest plain mention wins.
      if (!latest && this.lastPerson && this.lastPersonAt > m.pos && this.lastPerson.ref) {
        const p = this.ctx.people.find((x) => x.slug === this.lastPerson?.ref);
        if (p && fits(p)) return p;
      }
      if (this.inQuote(m.pos) || !fits(m.person)) continue;
      if (!latest) {
        latest = m;
        latestIsSubject = this.isSubject(m.pos);
        if (latestIsSubject) break;
        continue;
      }
      if (m.person === latest.person || latest.pos - m.pos > SUBJECT_REACH || SENTENCE_BREAK.test(this.ctx.text.slice(m.pos, latest.pos))) break;
      if (this.isSubject(m.pos)) return m.person;
    }
    // "He was a band leader, recording with Jo Blum. He also …": when the latest mention's sentence has
    // "he" or "she" for its subject, the pronoun goes on with that subject's person.
    if (latest && sex && depth < 3 && !latestIsSubject) {
      const at = pronounSubjectBefore(this.ctx.text, latest.pos, sex);
      const p = at >= 0 ? this.personBefore(at, sex, depth + 1) : null;
      if (p && p !== latest.person) return p;
    }
    return latest?.person ?? null;
  }

  /**
   * Whether a mention at `pos` is a subject: read as a speaker, or opening its sentence (or its fronted
   * clause) with at most a conjunction and two capitalised words before it ("But Gov. Okafor", "When
   * Okafor", not "Days after Okafor's …").
   */
  private isSubject(pos: number): boolean {
    if (this.speakerSpans.some((sp) => sp.start <= pos && pos < sp.end)) return true;
    const before = this.ctx.text.slice(Math.max(0, pos - 40), pos);
    return SENTENCE_OPENING.test(before);
  }

  /** What the text says of a person's sex: an honorific it was written with ("Mrs. Okafor"), else the given name's. */
  private sexOf(p: Person): Sex | null {
    let sex = this.sexes.get(p);
    if (sex === undefined) {
      const titled = p.aliases.map((a) => honorificSex(a.split(/\s+/)[0] ?? "")).find(Boolean);
      sex = titled ?? GIVEN_NAME_SEX.get((p.name.split(/\s+/)[0] ?? "").toLowerCase()) ?? null;
      this.sexes.set(p, sex);
    }
    return sex;
  }

  /** The person whose mention ends the phrase ("US Secretary of State Mike Pompeo", not "the Trump administration"). */
  private personAt(span: Span): Person | null {
    const text = this.ctx.text;
    const end = text.slice(span.start, span.end).replace(/['’]s$/, "").length + span.start;
    for (const p of this.ctx.people) {
      // A phrase that is the tail of a name's mention is that name: "'Head' Welch" in "Brian 'Head' Welch told".
      for (const s of p.spans) if (s.start < end && Math.abs(s.end - end) <= 2) return p;
    }
    const key = nameKey(text.slice(span.start, span.end));
    for (const [p, keys] of this.personKeys) if (keys.includes(key)) return p;
    // "O'Brien, the National Security Advisor", "Jo Blum of Acme Widgets": a name opening a phrase with an
    // appositive or an "of" phrase (the organisation at the phrase's end is not the speaker).
    // "Rep. Jo Blum (D-Ore.), a member of …": so before a party-and-state parenthesis.
    const open = NAME_END.exec(text.slice(span.start, span.end));
    const comma = open ? span.start + open.index : -1;
    // The name may follow a title in the phrase: "Professor Jo Blum of Acme Institute".
    if (comma > 0) for (const p of this.ctx.people) for (const s of p.spans) if (s.start >= span.start && s.start < comma && Math.abs(s.end - comma) <= 2) return p;
    return null;
  }

  /** Whether every "and" or "&" of the phrase `mention` at `span` is inside an organisation's or a place's name. */
  private joinedInsideNames(mention: string, span: Span): boolean {
    const inside = (at: number): boolean => [this.ctx.organizations, this.ctx.places].some((list) => list.some((e) => e.spans.some((s) => s.start < at && at < s.end)));
    for (const m of mention.matchAll(/\s(?:and|&)\s/g)) if (!inside(span.start + m.index + 1)) return false;
    return true;
  }

  /** Whether an organisation, place or outlet name covers the whole span. */
  private wholeEntity(span: Span): boolean {
    const key = nameKey(this.ctx.text.slice(span.start, span.end));
    const named = (e: { name: string }): boolean => nameKey(e.name) === key;
    return this.ctx.organizations.some(named) || this.ctx.places.some(named) || this.ctx.outlets.some(named);
  }

  private entityAt(list: Entity[], span: Span): Entity | null {
    for (const e of list) for (const s of e.spans) if (s.start >= span.start && s.end <= span.end + 1 && Math.abs(s.end - span.end) <= 2) return e;
    const key = nameKey(this.ctx.text.slice(span.start, span.end));
    for (const e of list) if (nameKey(e.name) === key) return e;
    return null;
  }

  private outletBefore(pos: number): Outlet | null {
    let best: Outlet | null = null;
    let at = -1;
    const before = this.ctx.text.slice(0, pos);
    for (const o of this.ctx.outlets) {
      const i = before.lastIndexOf(o.name.replace(/^the\s+/i, ""));
      if (i > at) {
        at = i;
        best = o;
      }
    }
    return best;
  }
}

function stripDeterminer(s: string): string {
  const ws = s.split(/\s+/);
  // "More than half …" keeps its comparison.
  while (ws.length > 1 && DETERMINERS.has((ws[0] ?? "").toLowerCase()) && !/^(?:two|three|four|five|one|several|many|some|other|both|all|most|few)$/i.test(ws[0] ?? "") && ws[1]?.toLowerCase() !== "than") ws.shift();
  return ws.join(" ");
}

/**
 * The name after a role phrase and its comma ("his top aide" + "Tad Devine"): two to four
 * capitalised words with no title or word of a thing, after a role noun that names one person.
 * Null otherwise.
 */
function apposedHolder(role: string, name: string): string | null {
  const roleWord = (/(\p{L}+)$/u.exec(role)?.[1] ?? "").toLowerCase();
  if (!ROLE_NOUNS.has(roleWord) || GROUP_NOUNS.has(roleWord) || DOCUMENT_NOUNS.has(roleWord) || OUTLET_NOUNS.has(roleWord) || !NAME_LEAD.test(name)) return null;
  const ws = name.split(/\s+/);
  while (ws.length > 2 && TITLE_WORDS.has(ws[0] ?? "")) ws.shift();
  return ws.length >= 2 && !ws.some((w) => NOT_PERSON_WORDS.has(w) || TITLE_WORDS.has(w)) ? ws.join(" ") : null;
}
