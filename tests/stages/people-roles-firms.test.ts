// People against what a new user's articles got wrong: a job's noun opening the sentence before a full
// name, a surname that is a place's head word after a role noun, a firm's name after a trade's or an
// owner's noun, and roles of two words before a name. Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Entity } from "../../src/types.ts";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

const OPENING = "Harbour news today\n\nThe council met on Monday to discuss the ferry timetable and the budget for the coming year.\n\n";

const record = (body: string): ArticleRecord => recordOf(`${OPENING}${body}\n`);
const names = (es: Entity[]): string[] => es.map((e) => e.name);

describe("people: a job's noun opening the sentence before a full name", () => {
  it("reads a capitalised trade before a given name as the role, not part of the name", () => {
    const r = record("Librarian Margaret Penhallow-Vance, who has worked at the library for 30 years, said the roof leaked.");
    expect(peopleNames(r)).toEqual(["Margaret Penhallow-Vance"]);
    expect(personNamed(r, "Margaret Penhallow-Vance").roles).toEqual(["Librarian"]);
  });

  it("reads a calling by its ending the lexicon does not list", () => {
    const r = record("Cardiologist Tomas Pettigrew said the clinic would stay open.");
    expect(peopleNames(r)).toEqual(["Tomas Pettigrew"]);
    expect(personNamed(r, "Tomas Pettigrew").roles).toEqual(["Cardiologist"]);
  });

  it("keeps a given name that ends like a trade as part of the name (guard)", () => {
    const r = record("Christian Pettigrew said the clinic would stay open.");
    expect(peopleNames(r)).toEqual(["Christian Pettigrew"]);
    expect(personNamed(r, "Christian Pettigrew").roles).toEqual([]);
  });
});

describe("people: a surname that is a place's head word", () => {
  it("keeps a given name and 'Park' after a role noun", () => {
    const r = record("Critics, including the economist Julian Park, argued the plan was too costly.");
    expect(peopleNames(r)).toEqual(["Julian Park"]);
    expect(personNamed(r, "Julian Park").roles).toEqual(["economist"]);
  });

  it("keeps one before ', who'", () => {
    const r = record("The plan was praised by Nadia Park, who runs the cafe on the quay.");
    expect(peopleNames(r)).toEqual(["Nadia Park"]);
  });

  it("leaves a park named for someone a place (guard)", () => {
    const r = record("The fair was held in Victoria Park on Sunday, and crowds came to Victoria Park again on Monday.");
    expect(peopleNames(r)).toEqual([]);
  });
});

describe("people and entities: a firm's name after a trade's or an owner's noun", () => {
  it("reads a name in emphasis after 'the operator' as a firm", () => {
    const r = recordOf(`# Ferry late again\n\nThe ferry was late on Tuesday, and the operator *Greyfield Ferries* said the delay was caused by the weather.\n`, "test.md");
    expect(peopleNames(r)).toEqual([]);
    expect(names(r.organizations)).toContain("Greyfield Ferries");
  });

  it("reads a name with no given name after 'its owner' as a firm, with no role", () => {
    const r = record("The flat was listed for rent, and its owner Lunar Stays said it met every rule.");
    expect(peopleNames(r)).toEqual([]);
    expect(names(r.organizations)).toContain("Lunar Stays");
  });

  it("keeps a person after 'its owner' (guard)", () => {
    const r = record("The shop was sold, and its owner Jo Blum said it would stay open.");
    expect(peopleNames(r)).toEqual(["Jo Blum"]);
    expect(personNamed(r, "Jo Blum").roles).toEqual(["owner"]);
  });

  it("keeps a person whose given name the lexicon lacks when ', who' follows (guard)", () => {
    const r = record("The cafe was sold, and its owner Zbignew Krawczak, who opened it in 1990, said he was sad.");
    expect(peopleNames(r)).toEqual(["Zbignew Krawczak"]);
  });
});

describe("people: roles of two words before a name", () => {
  it("keeps 'chief executive' whole when it opens the sentence", () => {
    const r = record("Chief executive Sandra Kowalczyk said profits rose.");
    expect(personNamed(r, "Sandra Kowalczyk").roles).toEqual(["chief executive"]);
  });

  it("keeps a known head's modifier: 'fire chief', 'union leader'", () => {
    const r = record("The fire chief Colin Marsh said the blaze was out. Later union leader Nadia Ferris said talks had failed.");
    expect(personNamed(r, "Colin Marsh").roles).toEqual(["fire chief"]);
    expect(personNamed(r, "Nadia Ferris").roles).toEqual(["union leader"]);
  });

  it("reads a compound whose head is no role alone: 'harbour master'", () => {
    const r = record("The harbour master Helen Okafor said the boats were safe. Station master Tom Adeyemi agreed.");
    expect(personNamed(r, "Helen Okafor").roles).toEqual(["harbour master"]);
    expect(personNamed(r, "Tom Adeyemi").roles).toEqual(["station master"]);
  });

  it("keeps 'police chief' but leaves a capitalised word inside the sentence out of the role", () => {
    const r = record("The Dunmore police chief Colin Marsh said the road was shut.");
    expect(personNamed(r, "Colin Marsh").roles).toEqual(["police chief"]);
  });

  it("leaves 'then' out of a role in an appositive", () => {
    const r = record("Tom Pettigrew, then a harbour watch volunteer, saw the boat sink.");
    expect(personNamed(r, "Tom Pettigrew").roles).toEqual(["harbour watch volunteer"]);
  });
});
