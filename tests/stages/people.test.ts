// The people stage: fixture articles checked by hand, focused cases, and the seed and CoNLL
// scorers when ../shared is present.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Person } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/people");
const SHARED = join(import.meta.dirname, "../../../shared");

interface Expected {
  people: Array<{ name: string; aliases: string[]; roles: string[]; mentions: number }>;
  notPeople: string[];
}

const lower = (xs: string[]): string[] => xs.map((x) => x.toLowerCase()).sort();

function person(r: ArticleRecord, name: string): Person {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}; got ${r.people.map((x) => x.name).join(", ")}`);
  return p;
}

/** Every span is a mention: its text is the name or one of the aliases (possessive excluded). */
function expectSpansAreMentions(r: ArticleRecord): void {
  for (const p of r.people) {
    expect(p.spans.length).toBe(p.mentions);
    const forms = new Set([p.name, ...p.aliases].map((x) => x.toLowerCase()));
    for (const s of p.spans) {
      const written = r.text.slice(s.start, s.end).toLowerCase();
      const ok = forms.has(written) || [...forms].some((f) => f.endsWith(written));
      expect(ok, `${p.name}: span "${written}"`).toBe(true);
      expect(written.endsWith("'s") || written.endsWith("’s")).toBe(false);
    }
  }
}

describe("people: fixture articles", () => {
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith(".txt"))) {
    it(f, () => {
      const r = recordOf(readFileSync(join(FIXTURES, f), "utf8"), f);
      const want = JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected;
      expect(r.people.map((p) => p.name).sort()).toEqual(want.people.map((p) => p.name).sort());
      for (const w of want.people) {
        const p = person(r, w.name);
        expect(lower(p.aliases)).toEqual(lower(w.aliases));
        expect(lower(p.roles)).toEqual(lower(w.roles));
        expect(p.mentions).toBe(w.mentions);
      }
      const all = new Set(r.people.flatMap((p) => [p.name, ...p.aliases]));
      for (const n of want.notPeople) expect(all.has(n), n).toBe(false);
      expectSpansAreMentions(r);
    });
  }
});

describe("people: focused cases", () => {
  it("reads a title before the name as a role, not as part of the name", () => {
    const r = recordOf("US Secretary of State Mike Pompeo arrived in Paris on Monday. Pompeo said the talks went well.");
    const p = person(r, "Mike Pompeo");
    expect(p.roles).toEqual(["US Secretary of State"]);
    // Aliases are name variants only: the role stays in roles.
    expect(p.aliases).toEqual(["Pompeo"]);
    expect(p.mentions).toBe(2);
    expect(r.text.slice(p.spans[0]?.start, p.spans[0]?.end)).toBe("Mike Pompeo");
  });

  it("gives a surname after Mrs. or Mr. to the person of that sex when two share it", () => {
    for (const text of [
      "Tom Okafor and Grace Okafor opened the bakery in Leeds. Mrs. Okafor baked the bread. Mr. Okafor ran the till.",
      "Grace Okafor and Tom Okafor opened the bakery in Leeds. Mr. Okafor ran the till. Mrs. Okafor baked the bread.",
    ]) {
      const r = recordOf(text);
      expect(person(r, "Grace Okafor").aliases).toContain("Mrs. Okafor");
      expect(person(r, "Grace Okafor").aliases).not.toContain("Mr. Okafor");
      expect(person(r, "Tom Okafor").aliases).toContain("Mr. Okafor");
      expect(person(r, "Tom Okafor").aliases).not.toContain("Mrs. Okafor");
    }
  });

  it("drops the possessive and merges it with the person", () => {
    const r = recordOf("Officials said Donald Trump's adviser resigned. Later Donald Trump spoke to reporters about Trump's plans.");
    expect(r.people).toHaveLength(1);
    const p = person(r, "Donald Trump");
    expect(p.mentions).toBe(3);
    for (const s of p.spans) expect(r.text.slice(s.start, s.end)).not.toMatch(/'s$/);
  });

  it("takes roles from appositives, possessive appositives and 'its chairman'", () => {
    const r = recordOf(
      "The talks will be led by Matthew Pottinger, Donald Trump's deputy national security adviser. " +
        "The team representing the National Economic Council will be headed by someone other than its chairman Larry Cudlow. " +
        "Robert C. O'Brien, the National Security Advisor to the President, spoke first.",
    );
    expect(person(r, "Matthew Pottinger").roles).toEqual(["deputy national security adviser"]);
    expect(person(r, "Larry Cudlow").roles).toEqual(["chairman of the National Economic Council"]);
    expect(person(r, "Robert C. O'Brien").roles).toEqual(["National Security Advisor"]);
  });

  it("merges a later surname with the full name, and keeps namesakes apart", () => {
    const r = recordOf("Tony Adams and Chris Adams both played. Chris Adams scored twice, and Adams was named man of the match.");
    const tony = person(r, "Tony Adams");
    const chris = person(r, "Chris Adams");
    expect(tony.mentions).toBe(1);
    expect(chris.mentions).toBe(3);
  });

  it("does not take a capitalised word that opens a sentence for a name", () => {
    const r = recordOf("Trailing by 213, Somerset batted again. Watched by a big crowd, Essex won. Shares in Huawei fell.");
    expect(r.people).toEqual([]);
  });

  it("does not take organisations, places or groups for people", () => {
    const r = recordOf(
      "Downing Street said the Five Eyes allies, Australia and New Zealand, had banned Huawei. " +
        "The Trump administration and the National Security Council were not consulted, the Financial Times reported.",
    );
    expect(r.people).toEqual([]);
  });

  it("links a bare title to the one person who holds it", () => {
    const r = recordOf("British Prime Minister Boris Johnson spoke to Trump. Later the Prime Minister said the call went well.");
    const p = person(r, "Boris Johnson");
    expect(p.aliases).toContain("the Prime Minister");
    expect(p.mentions).toBe(2);
  });

  it("reads initials, particles and O'/Mc surnames", () => {
    const r = recordOf("Joost van der Westhuizen passed to Robert C. O'Brien and Martin McCague. Van der Westhuizen then kicked.");
    const names = r.people.map((p) => p.name).sort();
    expect(names).toEqual(["Joost van der Westhuizen", "Martin McCague", "Robert C. O'Brien"]);
  });
});

describe.skipIf(!existsSync(join(SHARED, "gold/seeds.json")))("people: seeds against the gold records", () => {
  it("scores people F1 1.000", () => {
    const root = join(import.meta.dirname, "../..");
    const files = readdirSync(join(root, "content")).filter((f) => f.endsWith(".txt")).map((f) => join("content", f));
    const json = execFileSync("node", ["bin/news-archive.mjs", "extract", "--json", ...files], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
    const out = join(mkdtempSync(join(tmpdir(), "people-seeds-")), "records.json");
    writeFileSync(out, json);
    const score = execFileSync("node", [join(SHARED, "eval/score.mjs"), "--gold", join(SHARED, "gold/seeds.json"), "--records", out], { encoding: "utf8" });
    expect(score).toMatch(/score: people F1 1\.000/);
  });
});

const PEOPLE_DEV = join(SHARED, "corpora/people-dev");

describe.skipIf(!existsSync(PEOPLE_DEV))("people: CoNLL-2003 development documents", () => {
  it("scores people F1 at least 0.90", () => {
    const root = join(import.meta.dirname, "../..");
    const files = readdirSync(PEOPLE_DEV).filter((f) => f.endsWith(".txt")).map((f) => join(PEOPLE_DEV, f));
    const json = execFileSync("node", ["bin/news-archive.mjs", "extract", "--json", ...files], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
    const out = join(mkdtempSync(join(tmpdir(), "people-dev-")), "records.json");
    writeFileSync(out, json);
    const score = execFileSync("node", [join(SHARED, "eval/people.mjs"), "--gold-dir", PEOPLE_DEV, "--records", out], { encoding: "utf8" });
    const f1 = Number(/score: people F1 ([\d.]+)/.exec(score)?.[1] ?? 0);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
