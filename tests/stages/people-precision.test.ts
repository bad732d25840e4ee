// People's precision: words after a title or an ordinal that are no names, firms' head words
// ("… Electric", "… Ministries") that end no person's name (invented sentences).
import { describe, expect, it } from "vitest";
import type { Entity, Person } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

function names(es: (Entity | Person)[]): string[] {
  return es.map((e) => e.name).sort();
}

describe("people: no person in a title's abstract noun or after an ordinal", () => {
  it("leaves out the abstract noun ending a title", () => {
    const r = recordOf("Lord Quimby, Minister for Defence Procurement, said he was pleased. The Director of Public Prosecutions declined to comment.");
    expect(names(r.people)).toEqual(["Quimby"]);
  });

  it("leaves out a word after an ordinal number, as a person and as an organisation", () => {
    const r = recordOf("The gadget is the abacus of the 21st Century, its maker said. It will shape 21st Century homes.");
    expect(names(r.people)).toEqual([]);
    expect(names(r.organizations)).toEqual([]);
  });

  it("guard: a given name that ends like an abstract noun stays a person after a title", () => {
    const r = recordOf("Inspector Clement said the house was empty.");
    expect(names(r.people)).toEqual(["Clement"]);
  });
});

describe("people: firms' head words", () => {
  it("reads a name ending in 'Electric' as an organisation, not a general's", () => {
    const r = recordOf("Shares in General Electric rose after the results.");
    expect(names(r.people)).toEqual([]);
    expect(names(r.organizations)).toEqual(["General Electric"]);
  });

  it("reads a name ending in 'Ministries' as an organisation, and the founder's first name stays his", () => {
    const r = recordOf("Tomas Verhoeven founded Tomas Verhoeven Ministries in 1990. Tomas said the work goes on.");
    expect(names(r.organizations)).toEqual(["Tomas Verhoeven Ministries"]);
    expect(names(r.people)).toEqual(["Tomas Verhoeven"]);
  });
});
