// Firms named by two names joined by a spaced "&" ("Acme & Tolliver", "Jo Blum & Partners") are one
// organisation and no people; two people, two places, a work's title or the end of a list are not.
// Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Entity } from "../../src/types.ts";
import { peopleNames, recordOf } from "../helpers.ts";

const OPENING = "Harbour news today\n\nThe council met on Monday to discuss the ferry timetable and the budget for the coming year.\n\n";

const record = (body: string): ArticleRecord => recordOf(`${OPENING}${body}\n`);
const names = (es: Entity[]): string[] => es.map((e) => e.name).sort();
const speakers = (r: ArticleRecord): string[][] => r.claims.filter((c) => c.cue === "said").map((c) => [c.speaker.name, c.speaker.type]);

describe("entities: firms named across a spaced ampersand", () => {
  it("reads two names joined by & as one organisation, which speaks as one", () => {
    const r = record("Brandwick & Orloff said profits fell by 5% in the year to March.");
    expect(names(r.organizations)).toEqual(["Brandwick & Orloff"]);
    expect(peopleNames(r)).toEqual([]);
    expect(speakers(r)).toEqual([["Brandwick & Orloff", "organization"]]);
  });

  it("reads a name before & Co., & Sons or & Partners as a firm, not a person", () => {
    const r = record("The fund was sold by Harold D. Penney & Co. on Friday. Administrators Jo Blum & Partners were called in. Jo Blum of the administrators said the sale saved 40 jobs.");
    expect(names(r.organizations)).toEqual(["Harold D. Penney & Co", "Jo Blum & Partners"]);
    expect(peopleNames(r)).toEqual(["Jo Blum"]);
    const blum = r.people.find((p) => p.name === "Jo Blum");
    expect(blum?.spans.map((s) => r.text.slice(s.start, s.end))).toEqual(["Jo Blum"]);
  });

  it("reads an institution named for two fields joined by & as one, with its acronym", () => {
    const r = record("The UN's Food & Agriculture Organisation issued a report. The FAO said prices would fall.");
    const fao = r.organizations.find((o) => o.name === "Food & Agriculture Organisation");
    expect(fao?.mentions).toBe(2);
    expect(speakers(r)).toEqual([["Food & Agriculture Organisation", "organization"]]);
  });

  it("folds the firm's initials joined by & into its name", () => {
    const r = record("Shares in Dunmore & Pike rose on Monday. D&P has 400 stores.");
    expect(r.organizations.map((o) => [o.name, o.mentions])).toEqual([["Dunmore & Pike", 2]]);
  });

  it("keeps the 's of a name that stands before a verb of speech, and drops a possessive's", () => {
    const r = record("Ratings agency Dunmore & Pike's said the outlook was weak. Pellam & Voss's shares fell.");
    expect(names(r.organizations)).toEqual(["Dunmore & Pike's", "Pellam & Voss"]);
  });

  it("reads a person after the firm's name as the speaker, and two people as a group (guard)", () => {
    const r = record("Dunmore & Pike chief executive Jo Blum said the market was weak. Ann Kerr and Jo Blum said it would recover.");
    expect(speakers(r)).toEqual([
      ["Jo Blum", "person"],
      ["Ann Kerr and Jo Blum", "group"],
    ]);
  });

  it("matches a title's acronym to the firm it was folded into", () => {
    const r = recordOf("FAO warns on subsidies\n\nFarmers are at risk, the UN's Food & Agriculture Organisation has warned. The FAO report cited tariffs.\n");
    const titled = r.claims.find((c) => c.inTitle);
    expect([titled?.speaker.type, titled?.speaker.ref]).toEqual(["organization", "food-and-agriculture-organisation"]);
  });
});

describe("entities: names joined by & that are no firm (guards)", () => {
  it("keeps two people, two given names and two places apart", () => {
    const r = record("Ann Kerr & Jo Blum wrote the book. Jo & Ann signed copies. Trade between Russia & China grew.");
    expect(names(r.organizations)).toEqual([]);
    expect(peopleNames(r)).toEqual(["Ann Kerr", "Jo Blum"]);
  });

  it("reads no firm in a work's title or at the end of a list", () => {
    const r = record("Her album Mind, Body & Soul sold well. The article “Tea & Crackers” was read widely. He starred in The Life & Death of Jo Blum. They played the game Dungeons & Dragons.");
    expect(names(r.organizations)).toEqual([]);
  });

  it("keeps a firm that a list goes on after", () => {
    const r = record("Tesla, Orloff, Brandwick & Pike and Vane all said sales fell.");
    expect(names(r.organizations)).toContain("Brandwick & Pike");
  });

  it("reads no firm from a surname the text gives a given name elsewhere", () => {
    const r = record("Jo Tolliver spoke first. Later, Tolliver & Brandwick signed the deal.");
    expect(names(r.organizations)).toEqual([]);
    expect(peopleNames(r)).toEqual(["Jo Tolliver"]);
    expect(r.people[0]?.spans.map((s) => r.text.slice(s.start, s.end))).toEqual(["Jo Tolliver", "Tolliver"]);
  });
});
