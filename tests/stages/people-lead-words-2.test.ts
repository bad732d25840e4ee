// The people stage against words glued before a name, second round: verbs, participles and adverbs
// opening a sentence, nationalities of two words, birthplace compounds, party and group words, role
// nouns that are also adjectives; a month after a given name is a surname. Invented sentences only.
import { describe, expect, it } from "vitest";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

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
