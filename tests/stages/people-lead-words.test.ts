// The people stage against words glued to a name: a describing adjective, an organisation's acronym,
// a nationality, role nouns or the end of a title before it, a creature's noun after it; verbs,
// participles and adverbs opening a sentence, nationalities of two words, birthplace compounds, party
// and group words, role nouns that are also adjectives; a month after a given name is a surname.
// Invented sentences only.
import { describe, expect, it } from "vitest";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

describe("people: words glued to a name", () => {
  it("leaves a describing adjective out of a surname at a sentence start", () => {
    const r = recordOf("Sleepy Okafor and the harbour;\n\nMayor Okafor said the ferry would run. Okafor spoke on Monday.\n");
    expect(peopleNames(r)).toEqual(["Okafor"]);
    expect(personNamed(r, "Okafor").mentions).toBe(3);
  });

  it("reads a name followed by 'the' and a creature's noun as an animal's", () => {
    const r = recordOf("Farm news today.\n\nThe children saved their friend Bramble the goat from the flood. Helen Okafor said the farm would reopen.\n");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
  });

  it("leaves an organisation's acronym out of the name after it", () => {
    const r = recordOf("Harbour news today.\n\nThe head of shipping group ZRTQ Helen Okafor is to leave her post. Mrs Okafor said she was proud.\n");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
    expect(personNamed(r, "Helen Okafor").mentions).toBe(2);
  });

  it("leaves a nationality out of a surname alone", () => {
    const r = recordOf("Tennis news today.\n\nNadia Ferris won the first set. The match went to Canadian Ferris after two hours.\n");
    expect(peopleNames(r)).toEqual(["Nadia Ferris"]);
    expect(personNamed(r, "Nadia Ferris").mentions).toBe(2);
  });

  it("leaves role nouns out of a full name whose given name is not known", () => {
    const r = recordOf("Athletics news today.\n\nSprinters Zandor Okafor and Tom Adeyemi won their heats on Friday. Okafor ran fastest.\n");
    expect(peopleNames(r)).toEqual(["Tom Adeyemi", "Zandor Okafor"]);
  });

  it("keeps the end of a title written before the run out of the name and in the role", () => {
    const r = recordOf("Budget news today.\n\nThe Chancellor of the Exchequer Helen Okafor said taxes would fall.\n");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
    expect(personNamed(r, "Helen Okafor").roles).toEqual(["Chancellor of the Exchequer"]);
  });

  it("runs a title after 'of' on to the given name", () => {
    const r = recordOf("Security news today.\n\nDirector of National Intelligence Tom Adeyemi said the threat had grown.\n");
    expect(peopleNames(r)).toEqual(["Tom Adeyemi"]);
    expect(personNamed(r, "Tom Adeyemi").roles).toEqual(["Director of National Intelligence"]);
  });

  it("guard: keeps a given name that is also a nationality or faith before a surname", () => {
    const r = recordOf("Film news today.\n\nThe award went to Christian Baxley on Sunday. Baxley thanked the crew.\n");
    expect(peopleNames(r)).toEqual(["Christian Baxley"]);
  });
});

const rec = (body: string) => recordOf(`Harbour news today.\n\n${body}\n`);

describe("people: words opening a sentence before a name", () => {
  it("leaves a verb in the imperative out of the name after it", () => {
    const r = rec("Hold Helen Okafor to the same standard, the paper said. Okafor did not reply.");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
    expect(personNamed(r, "Helen Okafor").mentions).toBe(2);
  });

  it("leaves a verb opening a quoted sentence out of a surname", () => {
    const r = rec("Helen Okafor spoke for an hour. Her rival wrote on Monday, “Notice Okafor reading from notes all the time.”");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
    expect(personNamed(r, "Helen Okafor").mentions).toBe(2);
  });

  it("leaves a participle out of the name after it", () => {
    const r = rec("Given Helen Okafor's long record at sea, the vote was close.");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
  });

  it("leaves an -ly adverb out of a surname", () => {
    const r = rec("Helen Okafor said the ferry would run. Eventually Okafor agreed to a later date.");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
    expect(personNamed(r, "Helen Okafor").mentions).toBe(2);
  });

  it("reads no name from an -ing form and a brand", () => {
    const r = rec("Bringing Zorbo back was the plan. Zorbo is a car brand.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("keeps given names that are also words (guard)", () => {
    const r = rec("Will Okafor said the ferry would run. Grant Adeyemi said it would not.");
    expect(peopleNames(r)).toEqual(["Grant Adeyemi", "Will Okafor"]);
  });
});

describe("people: group, party and birthplace words before a name", () => {
  it("leaves a birthplace compound out of a full name whose given name is not known", () => {
    const r = rec("Tunisian-born Zandor Kechavi won the prize. British-born Australian Tomas Vrelk came second.");
    expect(peopleNames(r)).toEqual(["Tomas Vrelk", "Zandor Kechavi"]);
  });

  it("leaves a nationality of two words out of the name", () => {
    const r = rec("New Zealander Helen Okafor took ten years to finish the film. New Zealander Adeyemi helped.");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
  });

  it("reads a party or faction word before a full name as the role", () => {
    const r = rec("Earlier Conservative Helen Okafor said the rebate was vital. The row grew when Harbourite Tom Adeyemi was brought in.");
    expect(peopleNames(r)).toEqual(["Helen Okafor", "Tom Adeyemi"]);
    expect(personNamed(r, "Helen Okafor").roles).toEqual(["Conservative"]);
    expect(personNamed(r, "Tom Adeyemi").roles).toEqual(["Harbourite"]);
  });

  it("reads a group's word after 'the late' as the role", () => {
    const r = rec("He met the same fate as the late Wurzel Helen Okafor, who was robbed at home.");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
    expect(personNamed(r, "Helen Okafor").roles).toEqual(["Wurzel"]);
  });

  it("leaves a role noun that is also an adjective out of the name", () => {
    const r = rec("Comic Helen Okafor remains the favourite. Teenager Tom Adeyemi is second.");
    expect(peopleNames(r)).toEqual(["Helen Okafor", "Tom Adeyemi"]);
  });

  it("reads no person from a charity named with such a word (guard)", () => {
    const r = rec("Comic Relief raised money for the harbour on Friday. Comic Relief is a charity.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("keeps a month after a given name as the surname", () => {
    const r = rec("Guitarist Helen May played on. May said the show was loud.");
    expect(peopleNames(r)).toEqual(["Helen May"]);
    expect(personNamed(r, "Helen May").mentions).toBe(2);
  });

  it("reads no role from a relative clause after the name", () => {
    const r = rec("Helen Okafor, who also plays a retired banker, said the film was fun.");
    expect(personNamed(r, "Helen Okafor").roles).toEqual([]);
  });
});
