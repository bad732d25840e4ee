// People and organisations against places read as people ("mayor of Orchard
// Falls", "the River Tamsin"), a trade's noun before a firm's plural name, a verb read as a role, an
// honorific inside a role, compound roles, and roles in an appositive before the name. Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Entity } from "../../src/types.ts";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

const OPENING = "Valley news today\n\nThe parish council met on Thursday to discuss the footpaths and the budget for the spring.\n\n";

const record = (body: string): ArticleRecord => recordOf(`${OPENING}${body}\n`);
const names = (es: Entity[]): string[] => es.map((e) => e.name);
const roleOf = (r: ArticleRecord, name: string): string[] => personNamed(r, name).roles;

describe("people: places read as people", () => {
  it("reads a name after 'mayor of' as no person, though its first word is a given name", () => {
    const r = record("A former mayor of Glenda Marsh said the footpath had flooded twice this year.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("reads a name ending in a place's head word ('Falls', 'Springs') as no person", () => {
    const r = record("The clinic in Orchard Falls said it would close, and Tallow Springs agreed to take its patients.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("reads 'the River' and a name as no person", () => {
    const r = record("Walkers crossing the River Tamsin were turned back on Sunday.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("keeps a person whose given name is 'River' with no 'the' before it (guard)", () => {
    const r = record("River Okonjo said the walkers had been warned.");
    expect(peopleNames(r)).toEqual(["River Okonjo"]);
  });
});

describe("organisations: a trade's noun before a firm's name of two words", () => {
  it("reads 'Operator' and a name ending in 'Ferries' as the firm, without the trade's noun", () => {
    const r = record("Operator Calder Ferries said the crossing would resume on Friday.");
    expect(peopleNames(r)).toEqual([]);
    expect(names(r.organizations)).toEqual(["Calder Ferries"]);
  });

  it("leaves the trade's noun out of a name ending in an organisation's word", () => {
    const r = record("Carmaker Brindle Motors said the plant would reopen.");
    expect(names(r.organizations)).toEqual(["Brindle Motors"]);
  });
});

describe("people: roles", () => {
  it("reads 'accused' after a pronoun as a verb, not a role", () => {
    const r = record("Halvard Quist said the accounts were sound. She accused Quist of hiding the losses.");
    expect(roleOf(r, "Halvard Quist")).toEqual([]);
  });

  it("keeps 'accused' after an article as a role (guard)", () => {
    const r = record("The accused Halvard Quist denied the charge.");
    expect(roleOf(r, "Halvard Quist")).toEqual(["accused"]);
  });

  it("leaves an honorific between the office and the name out of the role", () => {
    const r = record("Education Minister Dr Mereana Kohu opened the school on Friday.");
    expect(roleOf(r, "Mereana Kohu")).toEqual(["Education Minister"]);
  });

  it("names a person with an honorific after the office by the surname, not by the bare title", () => {
    const r = record("The report praised the Attorney General Lord Pembury. Lord Pembury said the advice was sound. The Attorney General said nothing more.");
    expect(peopleNames(r)).toEqual(["Pembury"]);
    expect(roleOf(r, "Pembury")).toEqual(["Attorney General"]);
  });

  it("keeps an office that ends in an honorific's word whole (guard)", () => {
    const r = record("First Lady Rosalind Tenby opened the library.");
    expect(roleOf(r, "Rosalind Tenby")).toEqual(["First Lady"]);
  });

  it("keeps a compound role whole", () => {
    const r = record("The literary agent Bogdan Sienko sold the book, and union treasurer Adaeze Okoro welcomed the deal.");
    expect(roleOf(r, "Bogdan Sienko")).toEqual(["literary agent"]);
    expect(roleOf(r, "Adaeze Okoro")).toEqual(["union treasurer"]);
  });
});

describe("people: a role in an appositive before the name", () => {
  it("reads the role after a possessive pronoun", () => {
    const r = record("Her spokesman, Anselm Greiner, said the minister was unwell.");
    expect(roleOf(r, "Anselm Greiner")).toEqual(["spokesman"]);
  });

  it("reads the role after a name's possessive", () => {
    const r = record("Okafor's solicitor, Imelda Farrant, said her client would appeal.");
    expect(roleOf(r, "Imelda Farrant")).toEqual(["solicitor"]);
  });

  it("reads a compound role after an article, and after a possessive noun", () => {
    const r = record("The parish councillor, Wilfred Amory, read the minutes. The union's press officer, Saoirse Lally, said nothing.");
    expect(roleOf(r, "Wilfred Amory")).toEqual(["parish councillor"]);
    expect(roleOf(r, "Saoirse Lally")).toEqual(["press officer"]);
  });

  it("reads the role before an honorific and the name", () => {
    const r = record("Our paediatrician, Dr Ingrid Halvorsen, said the rash was harmless.");
    expect(roleOf(r, "Ingrid Halvorsen")).toEqual(["paediatrician"]);
  });

  it("gives no role to a name after a clause ending in a role noun (guard)", () => {
    const r = record("After meeting the mayor, Ottilie Brandt said the plan was sound.");
    expect(roleOf(r, "Ottilie Brandt")).toEqual([]);
  });

  it("gives no role to the first name of a list (guard)", () => {
    const r = record("She thanked the lawyer, Maria Brandt, Peter Kettle and Susan Dane.");
    expect(roleOf(r, "Maria Brandt")).toEqual([]);
  });

  it("makes no person of a lone first name that two people named in full share (guard)", () => {
    const r = record("Bill Orrin and Bill Tanaka spoke first. Her husband, Bill, said nothing.");
    expect(peopleNames(r)).toEqual(["Bill Orrin", "Bill Tanaka"]);
  });

  it("makes a person of a lone first name with a relation before it", () => {
    const r = record("The singer Amara Quist sang first. Her husband, Teodor, said nothing.");
    expect(roleOf(r, "Teodor")).toEqual(["husband"]);
  });

  it("reads a calling the lexicon lacks by its ending in an appositive after the name", () => {
    const r = record("Silvan Aubert, a hydrologist who maps the valley, said the river was rising.");
    expect(roleOf(r, "Silvan Aubert")).toEqual(["hydrologist"]);
  });
});
