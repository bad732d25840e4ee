// People's aliases are name variants: a role written before a name stays in roles, an honorific stays
// in the alias, and a curated alias written with a role still merges. Invented sentences only.
import { describe, expect, it } from "vitest";
import type { Curation } from "../../src/types.ts";
import { emptyCuration } from "../../src/curation.ts";
import { personNamed, recordOf } from "../helpers.ts";

const of = (body: string, curation?: Curation) => recordOf(`A test\n\n${body}\n`, "test.txt", curation);

describe("people: aliases are name variants", () => {
  it("leaves a role written before the name out of the aliases", () => {
    const r = of("Finance Minister Tomas Varga met the unions. Later Varga said the budget was fair.");
    const p = personNamed(r, "Tomas Varga");
    expect(p.roles).toEqual(["Finance Minister"]);
    expect(p.aliases).toEqual(["Varga"]);
  });

  it("leaves a title after a preposition out too", () => {
    const r = of("The talks were led by Chancellor Ruth Okonjo on Monday. Okonjo said little.");
    expect(personNamed(r, "Ruth Okonjo").aliases).toEqual(["Okonjo"]);
  });

  it("keeps an honorific with the name (guard)", () => {
    const r = of("Tom Okafor arrived late. Mr. Okafor said he was sorry. Dr Lena Baxley agreed.");
    expect(personNamed(r, "Tom Okafor").aliases).toContain("Mr. Okafor");
    expect(personNamed(r, "Lena Baxley").aliases).toContain("Dr Lena Baxley");
  });

  it("merges a curated alias written with a role, and keeps that alias as given", () => {
    const curation: Curation = { ...emptyCuration(), people: [{ name: "Tomas J. Varga", aliases: ["Finance Minister Tomas Varga"] }] };
    const r = of("Finance Minister Tomas Varga met the unions on Monday.", curation);
    const p = personNamed(r, "Tomas J. Varga");
    expect(p.aliases).toContain("Finance Minister Tomas Varga");
    expect(p.aliases).toContain("Tomas Varga");
    expect(p.roles).toEqual(["Finance Minister"]);
  });
});
