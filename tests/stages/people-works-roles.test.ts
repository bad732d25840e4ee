// People's precision, twentieth round: works' titles in lists and after honorifics, roles given to
// firms, places and possessives, and roles with their modifiers (invented sentences).
import { describe, expect, it } from "vitest";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

const article = (body: string) => recordOf(`Title line here\n\n${body}\n`);

describe("people: titles of works are no people", () => {
  it("leaves out a lone word after a capitalised function word in a list of people", () => {
    const r = article("Co-stars from The Gravedigger, Tomas Ferrante and Rita Okonjo, return. Films include Sunny Hollow, About A Lantern, and Nadia Perlmann's debut.");
    expect(peopleNames(r)).not.toContain("Gravedigger");
    expect(peopleNames(r)).not.toContain("Lantern");
    expect(peopleNames(r)).toEqual(expect.arrayContaining(["Tomas Ferrante", "Rita Okonjo"]));
  });

  it("leaves out two lone words joined by 'and' opening a list", () => {
    const r = article("The shortlist includes Marco Vitale for Bitter and Sweet, Helen Okafor for Glass Houses, and Dev Anand for Rain.");
    expect(peopleNames(r)).not.toContain("Bitter");
    expect(peopleNames(r)).not.toContain("Sweet");
    expect(peopleNames(r)).toEqual(expect.arrayContaining(["Marco Vitale", "Helen Okafor"]));
  });

  it("guard: a list of stage names with a known person keeps them", () => {
    const r = article("The line-up includes Justin Marlow, Zappa, Quelle and Tomas Ferrante.");
    expect(peopleNames(r)).toEqual(expect.arrayContaining(["Zappa", "Quelle"]));
  });

  it("reads an honorific before an adjective or a creature's noun as a character", () => {
    const r = article('"I will not be the Mr Nasty of poetry," said Cowell. She starred in Madame Butterfly last year.');
    expect(peopleNames(r)).not.toContain("Nasty");
    expect(peopleNames(r)).not.toContain("Butterfly");
  });

  it("guard: an honorific before a common word that is a known person's surname joins that person", () => {
    const r = article("Theresa Long spoke first. Later Mrs Long said the vote was lost.");
    expect(personNamed(r, "Theresa Long").mentions).toBe(2);
  });
});

describe("people: roles of things", () => {
  it("gives no role from a possessive's noun", () => {
    const r = article('"Apple is going to the journalist\'s ISPs for his e-mails," said the lawyer.');
    expect(peopleNames(r)).toEqual([]);
  });

  it("reads 'official' before a place and a noun as an adjective", () => {
    const r = article("They met at the official Kentmere house on Sunday.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("guard: 'official' before a name and a verb stays a role", () => {
    const r = article("The official Blumquist said the talks had failed. Blumquist left.");
    expect(personNamed(r, "Blumquist").roles).toEqual(["official"]);
  });

  it("reads a lone word after 'market leader' or 'rival' as a firm", () => {
    const r = article("The group was bought by market leader Vantro. Its rival Quelmax reported higher sales.");
    expect(peopleNames(r)).toEqual([]);
    expect(r.organizations.map((o) => o.name).sort()).toEqual(["Quelmax", "Vantro"]);
  });

  it("guard: a rival with a given name is a person", () => {
    const r = article("He beat his rival Tomas Ferrante in the final.");
    expect(personNamed(r, "Tomas Ferrante").roles).toEqual(["rival"]);
  });
});

describe("people: roles keep their modifiers", () => {
  it("keeps a capitalised modifier opening the sentence and a lower-case one", () => {
    const r = article("Education officer Marta Kowalczyk said the school would open. Opposition spokesman Ravi Menon said the plan had failed. The town's transport minister Jo Blum agreed.");
    expect(personNamed(r, "Marta Kowalczyk").roles).toEqual(["education officer"]);
    expect(personNamed(r, "Ravi Menon").roles).toEqual(["opposition spokesman"]);
    expect(personNamed(r, "Jo Blum").roles).toEqual(["transport minister"]);
  });

  it("reads 'the MP for' and a place as no person", () => {
    const r = article("The MP for Lower Dunmore spoke on Monday.");
    expect(peopleNames(r)).toEqual([]);
  });
});

describe("people: names of works, vessels and teams", () => {
  it("reads a name after a work's or a vessel's noun as the work's or the vessel's", () => {
    expect(peopleNames(article("She played a nurse in the film Vera Lindqvist, which won a prize."))).toEqual([]);
    expect(peopleNames(article("The aircraft carrier Tomas Varga was in the bay. The Tomas Varga leads a group of ships."))).toEqual([]);
    expect(peopleNames(article("Planes flew from the aircraft carriers Varga and Endeavour."))).toEqual([]);
  });
  it("guard: a name before a past verb after the noun is the work's author", () => {
    expect(peopleNames(article("In the book Tomas Varga wrote last year, the harbour burns."))).toEqual(["Tomas Varga"]);
  });
  it("guard: a sports match's noun leaves the scorer a person", () => {
    expect(peopleNames(article("Late in the game Tomas Varga scored twice."))).toEqual(["Tomas Varga"]);
  });
  it("reads a plural always after “the” as a team", () => {
    expect(peopleNames(article("The Herons beat the Florence Giants 3-1 on Friday."))).toEqual([]);
  });
  it("guard: a name before the noun it modifies stays a person", () => {
    expect(peopleNames(article("The Tom Banks case was heard on Friday."))).toEqual(["Tom Banks"]);
  });
  it("reads an office of a place with two words as no person", () => {
    expect(peopleNames(article("The Mayor of Cape Town spoke on Friday."))).toEqual([]);
  });
});
