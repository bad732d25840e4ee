import { describe, expect, it } from "vitest";
import { parseCuration } from "../src/curation.ts";
import { curate } from "../src/stages/curate.ts";
import { emptyDraft } from "../src/draft.ts";
import type { Claim, Person } from "../src/types.ts";

const person = (name: string, aliases: string[] = [], roles: string[] = []): Person => ({
  slug: name.toLowerCase().replace(/\s+/g, "-"), name, aliases, roles, mentions: 1, spans: [{ start: 0, end: name.length }],
});
const claimBy = (p: Person): Claim => ({
  id: "claim-1", speaker: { name: p.name, mention: p.name, type: "person", ref: p.slug }, cue: "said", kind: "indirect",
  text: "x", span: { start: 0, end: 1 }, sentence: 0, sentenceSpan: { start: 0, end: 1 },
});

describe("parseCuration", () => {
  it("reads people, organisations, sources and drops", () => {
    const { curation, messages } = parseCuration(`people:
  - name: Larry Kudlow
    aliases: [Larry Cudlow]
    roles: [Director of the National Economic Council]
organizations:
  - name: Huawei Technologies
    aliases: [Huawei]
drop:
  people: [Downing Street]
`);
    expect(messages).toEqual([]);
    expect(curation.people).toEqual([{ name: "Larry Kudlow", aliases: ["Larry Cudlow"], roles: ["Director of the National Economic Council"] }]);
    expect(curation.organizations[0]?.aliases).toEqual(["Huawei"]);
    expect(curation.drop.people).toEqual(["Downing Street"]);
  });
  it("names the line of each problem and keeps the valid entries", () => {
    const { curation, messages } = parseCuration("people:\n  - name: Ok Person\n  - aliases: [x]\npersons: []\n", "content/entities.yaml");
    expect(curation.people.map((p) => p.name)).toEqual(["Ok Person"]);
    expect(messages.map((m) => [m.file, m.line, m.severity])).toEqual([
      ["content/entities.yaml", 4, "error"],
      ["content/entities.yaml", 3, "error"],
    ]);
    expect(messages[0]?.message).toMatch(/unknown key "persons"/);
  });
  it("names the line of a wrong drop value, not of the section with the same name", () => {
    const text = "people:\n  - name: Jane Roe\norganizations:\n  - name: Acme\ndrop:\n  people: Downing Street\n";
    const { curation, messages } = parseCuration(text, "content/entities.yaml");
    expect(curation.people.map((p) => p.name)).toEqual(["Jane Roe"]);
    expect(messages).toEqual([{ file: "content/entities.yaml", line: 6, severity: "error", origin: "curation", message: '"drop.people" must be a list of names' }]);
  });
  it("reports an unknown key inside an entry with its line, and keeps the entry", () => {
    const text = "people:\n  - name: Ann Lee\n  - name: Larry Kudlow\n    alias: [Larry Cudlow]\n    roles: [NEC director]\n";
    const { curation, messages } = parseCuration(text, "content/entities.yaml");
    expect(curation.people).toEqual([{ name: "Ann Lee" }, { name: "Larry Kudlow", roles: ["NEC director"] }]);
    expect(messages.map((m) => [m.file, m.line, m.severity])).toEqual([["content/entities.yaml", 4, "error"]]);
    expect(messages[0]?.message).toMatch(/unknown key "alias" in entry 2 under "people" \(known: name, aliases, roles\)/);
  });
  it("reports an entry that is not a mapping (a bare name, a key without its colon) with its line, and skips it", () => {
    const text = "people:\n  - name: Jane Roe\n  - name Broken Entry\n  - Tom Baxter\n  -\n  - 42\norganizations:\n  - Acme Ltd\n";
    const { curation, messages } = parseCuration(text, "content/entities.yaml");
    expect(curation.people).toEqual([{ name: "Jane Roe" }]);
    expect(curation.organizations).toEqual([]);
    expect(messages.map((m) => [m.line, m.severity, m.message])).toEqual([
      [3, "error", 'entry 2 under "people" is the text "name Broken Entry", not an entry: a colon is missing after "name" (write "- name: Broken Entry")'],
      [4, "error", 'entry 3 under "people" is the text "Tom Baxter", not an entry: write "- name: Tom Baxter" (with "aliases" and "roles" below it)'],
      [5, "error", 'entry 4 under "people" must be a mapping with a "name" (and "aliases", "roles"), not empty'],
      [6, "error", 'entry 5 under "people" must be a mapping with a "name" (and "aliases", "roles"), not 42'],
      [8, "error", 'entry 1 under "organizations" is the text "Acme Ltd", not an entry: write "- name: Acme Ltd" (with "aliases" and "roles" below it)'],
    ]);
  });
  it("takes a single text for roles or aliases as a list of one; another value is an error naming its line, the entry applied without it", () => {
    const text = "people:\n  - name: Jane Roe\n    roles: Campaigner\n    aliases: J. Roe\n  - name: Tom Baxter\n    roles: {chair: yes}\n    aliases: [Tommy Baxter]\n";
    const { curation, messages } = parseCuration(text, "content/entities.yaml");
    expect(curation.people).toEqual([{ name: "Jane Roe", aliases: ["J. Roe"], roles: ["Campaigner"] }, { name: "Tom Baxter", aliases: ["Tommy Baxter"] }]);
    expect(messages.map((m) => [m.line, m.severity, m.message])).toEqual([[6, "error", '"roles" in entry 2 under "people" must be text or a list of text; the entry is applied without it']]);
  });
  it("takes an empty or comment-only file as no curation", () => {
    expect(parseCuration("").messages).toEqual([]);
    expect(parseCuration("# nothing curated yet\n").messages).toEqual([]);
  });
  it("reports malformed YAML with its line", () => {
    const { messages } = parseCuration("people:\n  - name: [unclosed\n");
    expect(messages[0]?.message).toMatch(/^malformed YAML/);
    expect(messages[0]?.line).toBeGreaterThan(1);
  });
});

describe("curate", () => {
  it("merges a misspelt name into the corrected one, sets roles, and moves its claims", () => {
    const wrong = person("Larry Cudlow", [], ["chairman"]);
    const draft = { ...emptyDraft("a.txt", new Uint8Array()), people: [wrong, person("Ann Lee")], claims: [claimBy(wrong)] };
    const { curation } = parseCuration("people:\n  - name: Larry Kudlow\n    aliases: [Larry Cudlow]\n    roles: [NEC director]\n");
    const out = curate(draft, curation);
    const kudlow = out.people.find((p) => p.name === "Larry Kudlow");
    expect(kudlow).toMatchObject({ slug: "larry-kudlow", aliases: ["Larry Cudlow"], roles: ["NEC director"], mentions: 1 });
    expect(out.claims[0]?.speaker).toMatchObject({ name: "Larry Kudlow", ref: "larry-kudlow", mention: "Larry Cudlow" });
  });
  it("drops a false person wherever it appears, leaving its claims unresolved", () => {
    const ds = person("Downing Street");
    const draft = { ...emptyDraft("a.txt", new Uint8Array()), people: [ds], claims: [claimBy(ds)] };
    const { curation } = parseCuration("drop:\n  people: [downing street]\n");
    const out = curate(draft, curation);
    expect(out.people).toEqual([]);
    expect(out.claims[0]?.speaker).toEqual({ name: "Downing Street", mention: "Downing Street", type: "unknown", ref: null });
  });
});
