// Organisations and places, twentieth round: names before a local office's noun are places, and a
// function word in capitals before a group's noun is an acronym (invented sentences).
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const article = (body: string) => recordOf(`Title line here\n\n${body}\n`);
const names = (es: Array<{ name: string }>): string[] => es.map((e) => e.name).sort();

describe("entities: places before local offices", () => {
  it("reads a name before 'mayor', 'police' or after 'MP for' as a place", () => {
    const r = article("Port Ellis mayor Tilda Okonkow said the road would reopen. The Fenwick police said the man had fled. The MP for Lower Dunmore spoke.");
    expect(names(r.places)).toEqual(["Fenwick", "Lower Dunmore", "Port Ellis"]);
    expect(r.people.map((p) => p.name)).toEqual(["Tilda Okonkow"]);
  });

  it("guard: a party or a firm before a local office or a role is no place", () => {
    const r = article("The Labour council agreed. Acme Widgets chief executive Jo Blum said no.");
    expect(names(r.places)).toEqual([]);
  });

  it("guard: no place in a word opening its sentence, a nationality's plural or the end of a longer name", () => {
    const r = article("Riot police arrived. Many Britons police themselves. The Boston Vale police came.");
    expect(names(r.places)).toEqual(["Boston"]);
  });
});

describe("entities: a function word in capitals as an acronym", () => {
  it("reads 'IS' before a group's noun as an organisation", () => {
    const r = article("IS fighters attacked the town. Later the IS group claimed it.");
    const is = r.organizations.find((o) => o.name === "IS");
    expect(is?.mentions).toBe(2);
  });

  it("guard: 'IS' and 'AS' written for stress stay no organisation", () => {
    const r = article("It IS true that he came AS a friend.");
    expect(names(r.organizations)).toEqual([]);
  });
});
