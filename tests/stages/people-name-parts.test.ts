// The people stage on nicknames in quotation marks between a given name and a surname
// (Roberto "Hands of Stone" Duran), Roman numerals after a name ("Henry VIII"), sports verbs as a person's acts, and
// hyphenated ranks and short role nouns before a name. Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Person } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const names = (r: ArticleRecord): string[] => r.people.map((p) => p.name).sort();
const of = (text: string): ArticleRecord => recordOf(`A test\n\n${text}\n`);

function person(r: ArticleRecord, name: string): Person {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}; got ${names(r).join(", ")}`);
  return p;
}

describe("people: a nickname between the given name and the surname", () => {
  it("names the person without the nickname and keeps the written form, the nickname and the surname as aliases", () => {
    const r = of('Harbour legend Tomas "Iron Hook" Varga rowed out on Saturday. Varga, 61, said he felt young.');
    expect(names(r)).toEqual(["Tomas Varga"]);
    expect(person(r, "Tomas Varga").aliases).toEqual(['Tomas "Iron Hook" Varga', "Iron Hook", "Varga"]);
  });
  it("reads curly and single quotation marks and lower-case particles", () => {
    expect(names(of("The smuggler Joaquin “El Lobo” Varga escaped."))).toEqual(["Joaquin Varga"]);
    expect(names(of("The striker Ahmed 'Sparrow' Hossari scored twice."))).toEqual(["Ahmed Hossari"]);
    expect(names(of('The champion Jimmy "the Storm" Okafor won again.'))).toEqual(["Jimmy Okafor"]);
  });
  it("reads a nickname in brackets, but not a place", () => {
    const r = of("Also arrested was James Leander (Leo) Varga of Dunmore.");
    expect(names(r)).toEqual(["James Leander Varga"]);
    expect(person(r, "James Leander Varga").aliases).toContain("James Leander (Leo) Varga");
    expect(names(of("Results: Tomas (Britain) Varga won."))).not.toContain("Tomas Varga");
  });
  it("makes no person of the nickname's words", () => {
    const r = of('Harbour legend Tomas "Iron Hook" Varga rowed out on Saturday.');
    expect(r.people.map((p) => p.name)).not.toContain("Iron Hook");
    expect(r.organizations.map((o) => o.name)).not.toContain("Iron Hook");
  });
  it("leaves a quotation after a name that is no given name alone (guard)", () => {
    expect(names(of('The mayor called Varga "Captain Chaos" Monday.'))).not.toContain("Varga Monday");
  });
  it("leaves a quoted phrase of lower-case words alone (guard)", () => {
    const r = of('Tomas said "we will row" Varga told them.');
    expect(r.people.map((p) => p.aliases.join("|")).join(" ")).not.toContain("we will row");
  });
});

describe("people: a Roman numeral after a name", () => {
  it("keeps a reign's or a generation's numeral in the name", () => {
    expect(names(of("The court of Tomas VIII was large."))).toEqual(["Tomas VIII"]);
    expect(names(of("The treaty was signed by Emperor Anselm XIV and the council."))).toEqual(["Anselm XIV"]);
    expect(names(of("Jo Blum III rowed out."))).toEqual(["Jo Blum III"]);
  });
  it("gives a name with a generation the name without it as an alias", () => {
    expect(person(of("7. Tomas Varga Jr (Dunmore), 54.683"), "Tomas Varga Jr").aliases).toContain("Tomas Varga");
  });
  it("gives a reign's numeral no such alias (guard)", () => {
    expect(person(of("The court of Tomas VIII was large."), "Tomas VIII").aliases).toEqual([]);
  });
  it("reads a numeral before a unit's word as no name (guard)", () => {
    expect(names(of("The XIV Corps moved north."))).toEqual([]);
  });
});

describe("people: a sports verb after a name with an unknown given name", () => {
  it("takes the verb as a person's act", () => {
    expect(names(of("Zorvan Telk pitched a scoreless ninth."))).toEqual(["Zorvan Telk"]);
    expect(names(of("Then Quell Adari singled home the tying run."))).toEqual(["Quell Adari"]);
  });
  it("makes no person of unknown words before another verb (guard)", () => {
    expect(names(of("Zorvan Telk opened a new plant."))).toEqual([]);
  });
});

describe("people: hyphenated ranks and short role nouns before a name", () => {
  it("reads a hyphenated military rank as a title, not part of the name", () => {
    const r = of("Lieutenant-Colonel Tomas Varga said the ferry was late.");
    expect(names(r)).toEqual(["Tomas Varga"]);
    expect(person(r, "Tomas Varga").roles).toContain("Lieutenant-Colonel");
  });
  it("takes “champ” as a role noun that vouches for an unknown name", () => {
    expect(names(of("He tied with former harbour champ Zorvan Telk."))).toEqual(["Zorvan Telk"]);
  });
});
