// The entities stage and a dateline's place in capitals opening the body: a place (title-cased),
// known to the gazetteer or not, never an organisation or a person. Invented text throughout.
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Entity } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const names = (es: Entity[]): string[] => es.map((e) => e.name).sort();
const mentionsOf = (es: Entity[], name: string): number | undefined => es.find((e) => e.name === name)?.mentions;

function expectSpans(r: ArticleRecord, es: Entity[]): void {
  for (const e of es) for (const s of e.spans) expect(r.text.slice(s.start, s.end).toLowerCase()).toBe(e.name.toLowerCase());
}

describe("entities: a dateline's place", () => {
  it("a known place before a dated dash is the place, not an organisation", () => {
    const r = recordOf('Talks in Oslo\n\nLONDON, March 3, 2017 - The Prime Minister said on Friday that talks "went well".\n');
    expect(names(r.places)).toEqual(["London"]);
    expect(names(r.organizations)).toEqual([]);
    expectSpans(r, r.places);
  });

  it("an unknown place before a dash, with no date, is a place title-cased", () => {
    const r = recordOf("DUNMORROW - The harbour board said on Monday that the ferry would run again.\n");
    expect(names(r.places)).toEqual(["Dunmorrow"]);
    expect(names(r.organizations)).toEqual([]);
  });

  it("two words with a state and an agency in brackets; later mentions are the place too", () => {
    const r = recordOf("Ferry returns\n\nPELL HARBOR, N.J. (Reuters) - The mayor said on Tuesday that the ferry would run again.\n\nResidents of Pell Harbor cheered the news.\n");
    expect(names(r.places)).toEqual(["N.J.", "Pell Harbor"]);
    expect(mentionsOf(r.places, "Pell Harbor")).toBe(2);
    // The agency is an organisation, as before.
    expect(names(r.organizations)).toEqual(["Reuters"]);
    expectSpans(r, r.places);
  });

  it("a day without a year after the place ('NEW HARROWAY, Jan 5 -')", () => {
    const r = recordOf("Ferry returns\n\nNEW HARROWAY, Jan 5 - Officials said the ferry would run again from next week.\n");
    expect(names(r.places)).toEqual(["New Harroway"]);
    expect(names(r.organizations)).toEqual([]);
  });

  it("a Reuters dateline on a line of its own ('BRAXTONVILLE 1996-08-30')", () => {
    const r = recordOf("FERRY - HARBOUR BOARD RESTARTS SERVICE.\n\nBRAXTONVILLE 1996-08-30\n\nThe harbour board said on Friday that the ferry would run again.\n");
    expect(names(r.places)).toEqual(["Braxtonville"]);
    expect(r.date).toBe("1996-08-30");
  });

  it("a place taken for a person's name is the place, and no person", () => {
    const r = recordOf("STORM - RAIN HITS COAST.\n\nMONTE VERANO 1996-08-30\n\nThe storm passed on Monday night, the council said.\n");
    expect(r.people.map((p) => p.name)).toEqual([]);
    expect(names(r.places)).toEqual(["Monte Verano"]);
  });

  it("its later mentions are the place too", () => {
    const r = recordOf("Storm passes\n\nCAMERON - The storm passed on Monday night, the council said. Cameron escaped the worst of it, said Cameron officials.\n");
    expect(mentionsOf(r.places, "Cameron")).toBe(3);
    expect(r.people.map((p) => p.name)).toEqual([]);
  });

  it("guard: a headline in capitals, common words and acronyms before a dash are no places", () => {
    expect(names(recordOf("CRICKET - KENT WIN BY AN INNINGS.\n\nKent beat Essex by an innings on Friday, the club said.\n").places)).not.toContain("Cricket");
    expect(names(recordOf("BREAKING - The minister said on Monday that she would resign.\n").places)).toEqual([]);
    const acme = recordOf("Profits rise\n\nACME - The firm said on Monday that ACME profits rose by a tenth.\n");
    expect(names(acme.places)).toEqual([]);
    expect(names(acme.organizations)).toEqual(["ACME"]);
  });

  it("guard: acronyms elsewhere stay organisations", () => {
    const r = recordOf("Summit opens\n\nHALDWICK - NATO ministers met on Monday, and the NATO chief said talks went well.\n");
    expect(names(r.places)).toEqual(["Haldwick"]);
    expect(names(r.organizations)).toEqual(["NATO"]);
  });
});
