// The entities stage: organisations and places, outside people's names, with accurate spans.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Entity } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/people");

function names(es: Entity[]): string[] {
  return es.map((e) => e.name);
}

function expectSpans(r: ArticleRecord, es: Entity[]): void {
  for (const e of es) {
    expect(e.spans.length).toBe(e.mentions);
    for (const s of e.spans) expect(r.text.slice(s.start, s.end).toLowerCase()).toBe(e.name.toLowerCase());
  }
}

describe("entities: fixture articles", () => {
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith(".txt"))) {
    it(f, () => {
      const r = recordOf(readFileSync(join(FIXTURES, f), "utf8"), f);
      const want = JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.txt$/, ".expected.json")), "utf8")) as { organizations: string[]; places: string[] };
      for (const o of want.organizations) expect(names(r.organizations)).toContain(o);
      for (const p of want.places) expect(names(r.places)).toContain(p);
      const people = new Set(r.people.map((p) => p.name));
      for (const e of [...r.organizations, ...r.places]) expect(people.has(e.name), e.name).toBe(false);
      expectSpans(r, r.organizations);
      expectSpans(r, r.places);
    });
  }
});

describe("entities: focused cases", () => {
  it("splits a country from the organisation after it and keeps possessives apart", () => {
    const r = recordOf("Members of the US National Economic Council met the UK's National Security Council in London.");
    expect(names(r.organizations).sort()).toEqual(["National Economic Council", "National Security Council"]);
    expect(names(r.places).sort()).toEqual(["London", "UK", "US"]);
  });

  it("finds known organisations, acronyms and multi-word places", () => {
    const r = recordOf("Downing Street said Samsung had talked to NATO. Australia and New Zealand banned it, The Telegraph reports.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Downing Street", "Samsung", "NATO", "The Telegraph"]));
    expect(names(r.places)).toEqual(expect.arrayContaining(["Australia", "New Zealand"]));
    expect(names(r.places)).not.toContain("Zealand");
  });

  it("counts every mention and does not take a person's surname for a place", () => {
    const r = recordOf("Malivai Washington (U.S.) beat Jiri Novak. Washington said he was tired. Talks in Washington resumed.");
    const place = r.places.find((p) => p.name === "Washington");
    expect(r.people.map((p) => p.name)).toContain("Malivai Washington");
    // The second "Washington" is the player; only "in Washington" is the city.
    expect(place?.mentions ?? 0).toBeLessThanOrEqual(1);
  });

  it("does not list a five-G suffix or sentence-initial words as organisations", () => {
    const r = recordOf("Samsung sells 5G gear. Yesterday the 5G auction closed. Meanwhile Samsung said nothing.");
    expect(names(r.organizations)).toEqual(["Samsung"]);
  });
});

describe("organisations: words in capitals for stress", () => {
  it("are no acronyms", () => {
    const r = recordOf("Ferry news\n\nThe board will sell the ferry OR cut the timetable, and it will NOT raise fares, the IMF said.\n");
    expect(r.organizations.map((o) => o.name)).toEqual(["IMF"]);
  });
});
