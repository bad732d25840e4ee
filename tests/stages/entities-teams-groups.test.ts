// The entities stage on clubs named after their city ("Leeds beat …", "the Leeds striker", "Real
// Madrid") and on words that name a group or side, no organisation alone ("Americans", "Democratic",
// "I'm", a person's surname). Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const of = (body: string): ArticleRecord => recordOf(`A test\n\n${body}\n`);
const orgs = (r: ArticleRecord): string[] => r.organizations.map((e) => e.name).sort();
const places = (r: ArticleRecord): string[] => r.places.map((e) => e.name).sort();

describe("entities: clubs named after their city", () => {
  it("reads a city before a player's or manager's noun as a club", () => {
    const r = of("The Leeds striker scored twice. Milan fans sang all night.");
    expect(orgs(r)).toEqual(["Leeds", "Milan"]);
    expect(places(r)).toEqual([]);
  });

  it("reads a city before a verb of a match with a score as a club", () => {
    const r = of("Leeds beat Acme Rovers 2-1 on Saturday.");
    expect(orgs(r)).toContain("Leeds");
    expect(places(r)).toEqual([]);
  });

  it("reads a club's word and a city as one club", () => {
    const r = of("He joined Real Madrid in May and left AC Milan a year later.");
    expect(orgs(r)).toEqual(["AC Milan", "Real Madrid"]);
    expect(places(r)).toEqual([]);
  });

  it("keeps the city a place elsewhere (guard)", () => {
    const r = of("Leeds council met in Leeds on Monday. Manchester lost 5,000 jobs last year. The Paris mayor spoke.");
    expect(places(r)).toEqual(["Leeds", "Manchester", "Paris"]);
    expect(orgs(r)).toEqual([]);
  });
});

describe("entities: words of a group or side", () => {
  it("takes no nationality's plural, group adjective or party adjective alone for an organisation", () => {
    const r = of(
      "Polls showed that few Americans agree. Millions of Americans were angry. " +
        "The Democratic presidential nominee spoke, and the Democratic candidate agreed. " +
        "One in nine voters is Latino, and Latino voters count.",
    );
    expect(orgs(r)).toEqual([]);
  });

  it("takes no contracted 'I' for an organisation", () => {
    const r = of("I think I'm right, and I'm sure. I’ve said so and I’ve meant it.");
    expect(orgs(r)).toEqual([]);
  });

  it("takes no person's surname alone for an organisation", () => {
    const r = of("Tomas Varga spoke on Monday. Few are ready for a Varga presidency, and a Varga administration worries them.");
    expect(orgs(r)).toEqual([]);
  });

  it("keeps a party named with its noun (guard)", () => {
    const r = of("The Democratic Party met. Labour said the Democratic Party was right.");
    expect(orgs(r)).toContain("Democratic Party");
  });
});

describe("entities: products", () => {
  it("takes no product for an organisation: a product's noun after it, a machine running it, an owner's possessive", () => {
    const r = of(
      "The Zentrix console sold well, shops said the Zentrix sold out. Sony's Oxbo came next, and the Oxbo sold too. " +
        "PCs running Quillsoft were hit, and Quillsoft was patched. Many Vexa viruses spread, and Vexa was blamed.",
    );
    expect(orgs(r)).not.toContain("Zentrix");
    expect(orgs(r)).not.toContain("Oxbo");
    expect(orgs(r)).not.toContain("Quillsoft");
    expect(orgs(r)).not.toContain("Vexa");
  });

  it("keeps a firm whose name repeats without a product's context (guard)", () => {
    const r = of("Analysts praised Quillsoft on Monday, and investors backed Quillsoft again.");
    expect(orgs(r)).toEqual(["Quillsoft"]);
  });
});
