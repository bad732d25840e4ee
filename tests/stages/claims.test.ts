import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyCuration } from "../../src/curation.ts";
import { type Draft, emptyDraft } from "../../src/draft.ts";
import { extract, STAGES } from "../../src/pipeline.ts";
import { claims } from "../../src/stages/claims.ts";
import type { Claim, Person } from "../../src/types.ts";
import { claimsOfBody } from "../helpers.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/claims");
const SHARED = join(import.meta.dirname, "../../../shared");

/** A draft made by the stages that run before "claims", from an article written as a string. */
function draftBefore(text: string): Draft {
  let d = emptyDraft("test.txt", new TextEncoder().encode(text));
  for (const [name, run] of STAGES) {
    if (name === "claims") break;
    d = run(d, { curation: emptyCuration() });
  }
  return d;
}

function claimsOf(text: string, people?: Array<{ name: string; aliases?: string[] }>): { draft: Draft; claims: Claim[] } {
  const before = draftBefore(text);
  const d = people ? { ...before, people: people.map((p) => person(before.text, p.name, p.aliases ?? [])) } : before;
  const out = claims(d);
  return { draft: out, claims: out.claims };
}

/** A hand-built person with every mention of the name or an alias as a span. */
function person(text: string, name: string, aliases: string[]): Person {
  const spans: Array<{ start: number; end: number }> = [];
  for (const form of [name, ...aliases]) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (!spans.some((s) => i >= s.start && i < s.end)) spans.push({ start: i, end: i + form.length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return { slug: name.toLowerCase().replace(/[^a-z]+/g, "-"), name, aliases, roles: [], mentions: spans.length, spans };
}

const brief = (c: Claim) => ({ speaker: c.speaker.name, mention: c.speaker.mention, cue: c.cue, kind: c.kind, text: c.text });

describe("claims: fixture articles", () => {
  const pairs = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt"));
  it("has fixtures", () => expect(pairs.length).toBeGreaterThan(0));
  for (const f of pairs) {
    it(`${f} gives the expected claims`, () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.txt$/, ".expected.json")), "utf8")) as unknown[];
      const { record } = extract({ file: f, bytes: readFileSync(join(FIXTURES, f)) });
      expect(record).not.toBeNull();
      expect(record?.claims.map(brief)).toEqual(expected);
    });
  }
});

describe("claims: content ending on an abbreviation", () => {
  it("keeps the abbreviation's period when it also ends the sentence", () => {
    const text = "Polls close early\n\nThe mayor said the polls close at 7 p.m. The count starts at once.\n\nShe said the vote ends at 5 p.m. on Friday.\n";
    const { draft, claims: cs } = claimsOf(text);
    expect(cs.map((c) => c.text)).toEqual(["the polls close at 7 p.m.", "the vote ends at 5 p.m. on Friday"]);
    expect(cs.map((c) => draft.text.slice(c.span.start, c.span.end))).toEqual(cs.map((c) => c.text));
  });
  it("does not take a plain full stop", () => {
    const { claims: cs } = claimsOf("Rates rise\n\nThe bank said rates will rise in May.\n");
    expect(cs.map((c) => c.text)).toEqual(["rates will rise in May"]);
  });
});

describe("claims: record fields", () => {
  const { draft, claims: cs } = claimsOf(readFileSync(join(FIXTURES, "mixed.txt"), "utf8"));
  it("numbers claims in reading order", () => {
    expect(cs.map((c) => c.id)).toEqual(cs.map((_, i) => `claim-${i + 1}`));
    // The title's claim comes first; the body's follow in the order of their offsets into the text.
    expect(cs[0]?.inTitle).toBe(true);
    for (let i = 2; i < cs.length; i++) expect(cs[i]?.span.start).toBeGreaterThan(cs[i - 1]?.span.start ?? Infinity);
  });
  it("points spans at the content and sentenceSpan at the first sentence", () => {
    // The headline's claim ("Harbour Council Rejects Ferry Plan") points into the title instead.
    const [head, ...rest] = cs;
    expect(head).toMatchObject({ inTitle: true, sentence: -1, text: "Ferry Plan" });
    expect(draft.title.slice(head?.span.start, head?.span.end)).toBe("Ferry Plan");
    expect(rest.some((c) => c.inTitle)).toBe(false);
    for (const c of rest) {
      const s = draft.body.sentences[c.sentence];
      expect(s).toBeDefined();
      expect(c.sentenceSpan).toEqual({ start: s?.start, end: s?.end });
      expect(c.span.start).toBeGreaterThanOrEqual(c.sentenceSpan.start);
      const inText = draft.text.slice(c.span.start, c.span.end);
      // Indirect content is one stretch of text; a split quote starts and ends with its pieces.
      if (c.kind === "indirect") expect(inText).toBe(c.text);
      else expect(inText.startsWith(c.text.slice(0, 20)) && inText.endsWith(c.text.slice(-10))).toBe(true);
      expect(inText).not.toMatch(/^["“”]|["“”]$/);
    }
  });
  it("types and refs resolved speakers", () => {
    const lind = cs.find((c) => c.speaker.mention === "she");
    expect(lind?.speaker).toMatchObject({ type: "person", name: "Maria Lindqvist" });
    const paper = cs.find((c) => c.speaker.mention === "the newspaper");
    expect(paper?.speaker).toMatchObject({ type: "outlet", ref: "coastal-gazette" });
  });
});

describe("claims: speakers as written", () => {
  it("drops a conjunction before the speaker and leaves a determiner-only speaker unattributed", () => {
    const { claims: cs } = claimsOf("Title line here\n\nThe focus has been on the city's large housing and transport deficits, and economists have predicted more rent rises to come.\n");
    const predicted = cs.find((c) => c.cue === "predicted");
    expect(predicted?.speaker).toMatchObject({ name: "economists", mention: "economists", type: "group" });
    // No claim is attributed to "The".
    expect(cs.map((c) => c.speaker.mention)).not.toContain("The");
    const focus = cs.find((c) => c.cue === "focus");
    if (focus) expect(focus.speaker).toMatchObject({ name: "unknown", mention: "", type: "unknown" });
  });
});

describe("claims: direct quotations", () => {
  it("joins a quote split by its attribution (straight quotes)", () => {
    const { claims: cs } = claimsOf(`Title line here\n\n"The plan is dead," he said. "Nobody will revive it."\n`, [{ name: "Sam Okafor" }]);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: "direct", cue: "said", text: "The plan is dead … Nobody will revive it." });
  });
  it("keeps a multi-sentence typographic quote whole and finds the speaker after it", () => {
    const { claims: cs } = claimsOf("Title line here\n\n“Prices rose. Wages did not. People noticed,” said Ana Ruiz, an economist.\n");
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ text: "Prices rose. Wages did not. People noticed", speaker: { name: "Ana Ruiz", type: "person" }, cue: "said" });
  });
  it("reads a document as the speaker: “…,” the statement read", () => {
    const { claims: cs } = claimsOf("Title line here\n\n“The minister regrets the delay to the new bridge,” the statement read.\n");
    expect(cs[0]?.speaker).toMatchObject({ mention: "the statement", name: "statement" });
    expect(cs[0]?.cue).toBe("read");
  });
  it("takes a colon-introduced quote in the next paragraph and the quote paragraph after it", () => {
    const text = "Title line here\n\nThe mayor, Ruth Adler, continued:\n\n“We will not close the library this year.”\n\n“Or next year.”\n";
    const { claims: cs } = claimsOf(text, [{ name: "Ruth Adler" }]);
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("Ruth Adler");
    expect(cs[0]?.text).toBe("We will not close the library this year. Or next year.");
  });
  it("reads doubled apostrophes as quote marks", () => {
    const { claims: cs } = claimsOf("Title line here\n\n''We are not going anywhere,'' Mr. Kim said on Tuesday.\n");
    expect(cs[0]).toMatchObject({ kind: "direct", text: "We are not going anywhere", speaker: { mention: "Mr. Kim" } });
  });
  it("does not make a claim of a scare-quoted phrase", () => {
    const { claims: cs } = claimsOf("Title line here\n\nThe two countries enjoy a ‘special relationship’ and a “fantastic” trade deal.\n");
    expect(cs).toEqual([]);
  });
});

describe("claims: reported speech", () => {
  it("finds 'according to X, …' and '…, according to X.'", () => {
    const { claims: cs } = claimsOf("Title line here\n\nAccording to the police, the driver fled the scene. The road will stay closed until Monday, according to council officials.\n");
    expect(cs.map((c) => [c.speaker.name, c.text])).toEqual([
      ["police", "the driver fled the scene"],
      ["council officials", "The road will stay closed until Monday"],
    ]);
  });
  it("finds an outlet reporting at the end of the sentence", () => {
    const { claims: cs } = claimsOf("Title line here\n\nThe talks will resume in the spring, The Telegraph reports.\n");
    expect(cs[0]).toMatchObject({ cue: "reports", text: "The talks will resume in the spring", speaker: { name: "The Telegraph", type: "outlet" } });
  });
  it("resolves 'He' to the person last mentioned", () => {
    const text = "Title line here\n\nRobert C. O'Brien said that the deal was a mistake. He further added that China would benefit.\n";
    const { claims: cs } = claimsOf(text, [{ name: "Robert C. O'Brien", aliases: ["O'Brien"] }]);
    expect(cs.map((c) => [c.speaker.mention, c.speaker.name, c.speaker.ref])).toEqual([
      ["Robert C. O'Brien", "Robert C. O'Brien", "robert-c-o-brien"],
      ["He", "Robert C. O'Brien", "robert-c-o-brien"],
    ]);
    expect(cs[1]?.text).toBe("that China would benefit");
  });
  it("resolves a list of names to a group, not to its last name", () => {
    const text = "Title line here\n\nJo Blum, Ann Ridley and Ben Okafor have all attacked the toll as a tax on the poor. Ben Okafor said the toll was unfair.\n";
    const { claims: cs } = claimsOf(text, [{ name: "Jo Blum" }, { name: "Ann Ridley" }, { name: "Ben Okafor" }]);
    expect(cs.map((c) => [c.speaker.mention, c.speaker.type, c.speaker.ref])).toEqual([
      ["Jo Blum, Ann Ridley and Ben Okafor", "group", null],
      ["Ben Okafor", "person", "ben-okafor"],
    ]);
  });
  it("resolves 'he' and 'she' to the last person mentioned who may be that sex, by honorific or given name", () => {
    const brief2 = (text: string): Array<[string, string]> => claimsOfBody(text).map((c) => [c.speaker.mention, c.speaker.name]);
    expect(brief2("Tom Blum met Grace Okafor in Leeds on Monday. He said the bakery would open in May. She said the rent was too high.")).toEqual([
      ["He", "Tom Blum"],
      ["She", "Grace Okafor"],
    ]);
    expect(brief2("Mr. Ridley met Ms. Quill and Tom Adeyemi in Leeds. She said the ferry would run again in May.")).toEqual([["She", "Quill"]]);
  });
  it("prefers the subject or speaker of the sentence before to a person named later in it", () => {
    const brief2 = (text: string): Array<[string, string]> => claimsOfBody(text).map((c) => [c.speaker.mention, c.speaker.name]);
    // The latest man named is Tom Adeyemi, an object; the sentence's speaker is Ben Okafor.
    expect(brief2("Ben Okafor said he is making a demand of Tom Adeyemi. “Will you pledge to keep the ferry running all winter?” he asks.")).toEqual([
      ["Ben Okafor", "Ben Okafor"],
      ["he", "Ben Okafor"],
    ]);
    // A sentence's subject, not a name after "Days after": the latest man named stays when he speaks.
    expect(brief2("Days after Tom Adeyemi's arrest, Ben Okafor volunteered to replace him. “I was not going to sit in an office and watch,” he said.")).toEqual([
      ["he", "Ben Okafor"],
    ]);
    // No subject is preferred across a sentence break.
    expect(brief2("Ben Okafor left early. The mayor met Tom Adeyemi at the harbour. “It will work in every town we know,” he said.")).toEqual([
      ["he", "Tom Adeyemi"],
    ]);
  });
  it("resolves a possessive 'his' or 'her' before a noun of stance as 'he' or 'she'", () => {
    const brief2 = (text: string): Array<[string, string]> => claimsOfBody(text).map((c) => [c.speaker.mention, c.speaker.name]);
    expect(brief2("Tom Blum met Grace Okafor in Leeds on Monday. The crowd cheered her support for the harbour plan.")).toEqual([["her", "Grace Okafor"]]);
  });
  it("matches a bare surname to the full name written earlier when there are no people", () => {
    const text = "Title line here\n\nThe visit was led by Helen Marsh. Marsh said the factory would stay open.\n";
    const { claims: cs } = claimsOf(text, []);
    expect(cs[0]?.speaker).toMatchObject({ mention: "Marsh", name: "Helen Marsh", type: "person" });
  });
  it("keeps a subject across 'and said' and skips the addressee of 'warned'", () => {
    const text = "Title line here\n\nIn November, the United States urged Canada to wait and said that it would review the deal. The agency has warned Canada and the UK – two close allies – that the gear is unsafe.\n";
    const { claims: cs } = claimsOf(text);
    const said = cs.find((c) => c.cue === "said");
    expect(said).toMatchObject({ text: "that it would review the deal", speaker: { mention: "the United States" } });
    expect(cs.find((c) => c.cue === "warned")?.text).toBe("that the gear is unsafe");
  });
  it("does not take 'said goodbye' or a negated cue as claims", () => {
    const { claims: cs } = claimsOf("Title line here\n\nBerg said goodbye to the staff. The firm did not deny the report.\n");
    expect(cs).toEqual([]);
  });
  it("takes 'is said to be' as hearsay with no speaker, the whole clause as content", () => {
    const { claims: cs } = claimsOf("Title line here\n\nThe terminal is said to be the largest. He was reported to the police.\n");
    expect(cs.map((c) => [c.speaker.mention, c.cue, c.text])).toEqual([["", "said", "The terminal is said to be the largest"]]);
  });
  it("does not read nouns as cues", () => {
    const { claims: cs } = claimsOf("Title line here\n\nThe report on the attacks was published in all 50 states on Monday.\n");
    expect(cs).toEqual([]);
  });
});

describe.skipIf(!existsSync(join(SHARED, "gold/seeds.json")))("claims: seed articles against the reference", () => {
  it("scores claims F1 of at least 0.9", () => {
    const dir = join(SHARED, "seeds");
    const records = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => extract({ file: f, bytes: readFileSync(join(dir, f)) }).record);
    const out = join(mkdtempSync(join(tmpdir(), "claims-")), "records.json");
    writeFileSync(out, JSON.stringify(records));
    const score = JSON.parse(execFileSync("node", [join(SHARED, "eval/score.mjs"), "--gold", join(SHARED, "gold/seeds.json"), "--records", out, "--json"], { encoding: "utf8" })) as { claims: { f1: number } };
    expect(score.claims.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe("claims: stances, questions and nominal cues", () => {
  const one = (text: string) => claimsOf(`Title line here\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
  it("takes the object of a stance verb, without a trailing time adverbial", () => {
    expect(one("Senator Maria Lopez endorsed Tom Reyes last week.")).toEqual([["Senator Maria Lopez", "endorsed", "Tom Reyes"]]);
  });
  it("takes the clause after a stance verb of belief, with or without 'that'", () => {
    expect(one("The mayor thinks the new tax will hurt small farms.")).toEqual([["The mayor", "thinks", "the new tax will hurt small farms"]]);
    expect(one("Voters want a change of course on housing policy.")).toEqual([["Voters", "want", "a change of course on housing policy"]]);
  });
  it("keeps a negated stance, its negation in the cue: what someone does not support is their stance too", () => {
    expect(one("The mayor doesn't support the stadium plan.")).toEqual([["The mayor", "doesn't support", "the stadium plan"]]);
  });
  it("joins a particle to its cue: 'talked about', 'pointed to'", () => {
    expect(one("She talked about the cost of child care for an hour.")).toEqual([["She", "talked about", "the cost of child care for an hour"]]);
    expect(one("Downing Street pointed towards a statement released in January.")).toEqual([]);
  });
  it("gives a relative clause's stance to its antecedent", () => {
    const cs = one("Ana Ruiz, who praised the budget plan, will speak on Friday.");
    expect(cs).toEqual([["Ana Ruiz", "praised", "the budget plan"]]);
  });
  it("gives a coordinated or participial stance to the clause subject", () => {
    expect(one("The governor came out and endorsed the school bond measure.")).toEqual([["The governor", "endorsed", "the school bond measure"]]);
    expect(one("The senator spoke for an hour, criticizing the trade deal.")).toEqual([["The senator", "criticizing", "the trade deal"]]);
  });
  it("reads 'X's claim that …' and 'the idea is that …' as claims", () => {
    expect(one("Reyes's claim that the state will pay for the bridge drew laughter.")).toEqual([["Reyes's", "claim", "that the state will pay for the bridge drew laughter"]]);
    expect(one("The idea is that donors can still give to the party.")).toEqual([["", "idea is", "that donors can still give to the party"]]);
  });
  it("finds questions and requests after 'asked'", () => {
    expect(one("A reporter asked Lopez whether she would run again.")).toEqual([["A reporter", "asked", "whether she would run again"]]);
    expect(one("The committee asked the department to release the emails.")).toEqual([["The committee", "asked", "the department to release the emails"]]);
    // The question is put to Reyes by someone unnamed: Reyes is not its speaker.
    expect(one("Asked whether he would run again, Reyes smiled.")).toEqual([["", "Asked", "whether he would run again"]]);
  });
  it("takes 'is expected to' as an expectation with no speaker", () => {
    expect(one("The House is expected to pass the farm bill later this week.")).toEqual([["", "expected", "The House is expected to pass the farm bill later this week"]]);
  });
  it("takes a poll named in an adverbial as the source", () => {
    expect(one("In a Gallup poll released Monday, 52 percent of voters backed the plan.")).toEqual([["a Gallup poll released Monday", "In", "52 percent of voters backed the plan"]]);
    expect(one("Lopez held a ten-point lead among older voters in a Harbor Tribune poll.")).toEqual([["a Harbor Tribune poll", "in", "Lopez held a ten-point lead among older voters"]]);
  });
  it("does not take possessives, negated or loose verbs as stances", () => {
    expect(one("Reyes's tweet came as the polls closed in the county.")).toEqual([]);
    expect(one("The firm did not endorse any of the candidates.")).toEqual([]);
    expect(one("The two teams tied the game in the final minute.")).toEqual([]);
  });
  it("does not repeat a stance inside another claim's content", () => {
    const cs = one("Reyes said he plans to back the measure in the fall.");
    expect(cs.map((c) => c[1])).toEqual(["said"]);
  });
});

describe("claims: quotation marks", () => {
  it("closes a typographic quote with a straight mark after a comma", () => {
    const { claims: cs } = claimsOf(`Title line here\n\n“We are going to fix the roads this year," Reyes said at the meeting. "You will see the crews soon.”\n`);
    expect(cs[0]).toMatchObject({ kind: "direct", text: "We are going to fix the roads this year … You will see the crews soon.", speaker: { mention: "Reyes" } });
  });
  it("finds a quotation in a one-sentence paragraph the segmenter took for a heading", () => {
    const { claims: cs } = claimsOf("Title line here\n\nThe mills are closing, a consultant said.\n\n''I don't think the trade is finished,'' she said.\n\nMore text follows here in a longer paragraph of the article.\n");
    expect(cs.some((c) => c.kind === "direct" && c.text === "I don't think the trade is finished")).toBe(true);
  });
});

describe("claims: more frames", () => {
  const one = (text: string) => claimsOf(`Title line here\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
  it("reads a stance noun with its preposition: 'criticism of', 'support for'", () => {
    expect(one("Her criticism of the trade deal has cost her votes in Ohio.")).toEqual([["Her", "criticism of", "the trade deal"]]);
    expect(one("There is little support for the new stadium among residents.")).toEqual([["", "support for", "the new stadium among residents"]]);
  });
  it("reads 'made it clear that' and 'went on to say'", () => {
    expect(one("The senator made it clear that she would not back the bill.")).toEqual([["The senator", "made it clear", "that she would not back the bill"]]);
    expect(one("Reyes went on to say that the plan would cost too much.")).toEqual([["Reyes", "say", "that the plan would cost too much"]]);
  });
  it("needs the particle for 'voted for', 'talked about'", () => {
    expect(one("Most Democrats voted for the amendment.")).toEqual([["Most Democrats", "voted for", "the amendment"]]);
    expect(one("Most Democrats voted in the morning.")).toEqual([]);
  });
  it("takes an impression with no speaker: 'seemed', 'appears to'", () => {
    expect(one("The change in the council's mood seemed sudden.")).toEqual([["", "seemed", "The change in the council's mood seemed sudden"]]);
    // The people it seemed so to hold the impression (claims-stances.test.ts).
    expect(one("The change in the council's mood seemed sudden to many residents.")).toEqual([["many residents", "seemed", "The change in the council's mood seemed sudden to many residents"]]);
  });
  it("splits content around a parenthetical attribution", () => {
    const { claims: cs } = claimsOf("Title line here\n\nMost of the new housing, she said, will go to young families.\n");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.text).toBe("Most of the new housing will go to young families");
  });
  it("finds the speaker of a quotation across an appositive: “…,” Paul Okoye, 57, told …", () => {
    const { claims: cs } = claimsOf("Title line here\n\n“We argue about taxes, but we still share a fence,” Paul Okoye, 57, told a neighbour on the porch.\n");
    expect(cs[0]).toMatchObject({ kind: "direct", cue: "told", speaker: { mention: "Paul Okoye, 57" } });
  });
  it("takes an unknown past-tense cue after a quote ending in a comma", () => {
    const { claims: cs } = claimsOf("Title line here\n\n“The ruling is a quiet victory for the town,” I confessed to the clerk.\n");
    expect(cs[0]).toMatchObject({ kind: "direct", cue: "confessed", text: "The ruling is a quiet victory for the town" });
  });
});
