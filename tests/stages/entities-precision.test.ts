// The entities stage's precision: abbreviations of things, stressed words and numerals are no
// organisations, and an institution named for a place is one organisation (invented sentences).
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

function names(es: Entity[]): string[] {
  return es.map((e) => e.name).sort();
}

describe("entities: abbreviations that name no organisation", () => {
  it("leaves out time zones, economic measures and devices", () => {
    const r = recordOf("The ferry left Portmoor at 0900 GMT. The WXQ said GDP had fallen and fewer people watched TV or bought a DVD.");
    expect(names(r.organizations)).toEqual(["WXQ"]);
  });

  it("leaves out an acronym's plural and a Roman numeral", () => {
    const r = recordOf("Shoppers bought more DVDs and PCs this year. The club picked its best XV for the match. Sales of DVDs fell.");
    expect(names(r.organizations)).toEqual([]);
  });

  it("leaves out a function word written in capitals for stress", () => {
    const r = recordOf("They can strike without ANY warning, and that is SO dangerous, the report by the WXQ said.");
    expect(names(r.organizations)).toEqual(["WXQ"]);
  });

  it("guard: an unknown acronym in the prose stays an organisation", () => {
    const r = recordOf("The PDQA said on Monday that it would appeal.");
    expect(names(r.organizations)).toEqual(["PDQA"]);
  });
});

describe("entities: an institution named for a place", () => {
  it("reads 'Bank of England' and 'University of Maryland' as organisations, not places", () => {
    const r = recordOf("The Bank of England held rates, and a survey by the University of Maryland agreed. England's economy grew.");
    expect(names(r.organizations)).toEqual(["Bank of England", "University of Maryland"]);
    expect(names(r.places)).toEqual(["England"]);
  });

  it("reads a longer name ending in an institution's head word before 'of' and a place", () => {
    const r = recordOf("The Widget Makers Association of America filed suit in Texas.");
    expect(names(r.organizations)).toEqual(["Widget Makers Association of America"]);
    expect(names(r.places)).toEqual(["Texas"]);
  });

  it("guard: a place after 'of' and no institution's word stays a place", () => {
    const r = recordOf("The Republic of Ireland and the people of Kenya were named.");
    expect(names(r.places)).toEqual(["Ireland", "Kenya"]);
    expect(names(r.organizations)).toEqual([]);
  });
});

describe("entities: a firm of a place", () => {
  it("guard: a firm's name before 'of' and its country keeps the country a place", () => {
    const r = recordOf("The deal with Quorvex Motors of Japan was signed.");
    expect(names(r.places)).toEqual(["Japan"]);
    expect(names(r.organizations)).not.toContain("Quorvex Motors of Japan");
  });
});
