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

describe("claims: record fields", () => {
  const { draft, claims: cs } = claimsOf(readFileSync(join(FIXTURES, "mixed.txt"), "utf8"));
  it("numbers claims in reading order", () => {
    expect(cs.map((c) => c.id)).toEqual(cs.map((_, i) => `claim-${i + 1}`));
    for (let i = 1; i < cs.length; i++) expect(cs[i]?.span.start).toBeGreaterThan(cs[i - 1]?.span.start ?? Infinity);
  });
  it("points spans at the content and sentenceSpan at the first sentence", () => {
    for (const c of cs) {
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

describe("claims: direct quotations", () => {
  it("joins a quote split by its attribution (straight quotes)", () => {
    const { claims: cs } = claimsOf(`Title line here\n\n"The plan is dead," he said. "Nobody will revive it."\n`, [{ name: "Sam Okafor" }]);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: "direct", cue: "said", text: "The plan is dead Nobody will revive it." });
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
  it("does not take 'said goodbye', 'is said to be' or a negated cue as claims", () => {
    const { claims: cs } = claimsOf("Title line here\n\nBerg said goodbye to the staff. The terminal is said to be the largest. The firm did not deny the report.\n");
    expect(cs).toEqual([]);
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
