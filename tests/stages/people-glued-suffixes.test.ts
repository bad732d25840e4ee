import { describe, expect, it } from "vitest";
import { peopleNames, recordOf } from "../helpers.ts";

// "the Jo Blum-era rules": an English modifier glued to a name by a hyphen is no part of it. Invented text.
describe("people: a modifier glued to a name", () => {
  it("ends the name before the hyphen", () => {
    const r = recordOf("Title line here\n\nThe Jo Blum-era rules were dropped by the board on Monday.\n\nCritics of the Mara Quinlan-backed plan said it would fail. A Tom Lund-style budget was tabled.\n");
    expect(peopleNames(r)).toEqual(["Jo Blum", "Mara Quinlan", "Tom Lund"]);
    const blum = r.people.find((p) => p.name === "Jo Blum");
    expect(blum && r.text.slice(blum.spans[0]?.start, blum.spans[0]?.end)).toBe("Jo Blum");
  });
  it("leaves a romanised given name's syllables and a compound before a capitalised name alone", () => {
    const r = recordOf("Title line here\n\nKim Jong-un met the envoy in the capital on Monday, and Wang Chien-ming said the talks went well.\n\nShares in New York-based Acme Bank rose.\n");
    expect(peopleNames(r)).toEqual(["Kim Jong-un", "Wang Chien-ming"]);
  });
  it("ends the name before a capitalised word too; a name after '-based' is a firm's", () => {
    const r = recordOf("Title line here\n\nThe Jo Blum-led Tories met on Monday. Shares in San Lucas-based Veltrin Osharo rose.\n");
    expect(peopleNames(r)).toEqual(["Jo Blum"]);
  });
});
