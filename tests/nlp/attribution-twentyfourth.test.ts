// Focused cases for the twenty-fourth claims round: a source's knowledge phrase that runs over
// several nouns; a subject with an appositive or a participle phrase before a stance verb; the
// speaker of a participle phrase before a cue; "Not surprisingly," as an opening; an addressee with
// a possessive or an adverbial after it; "called it …"; a short pronoun clause after a verb of
// belief; a plural subject with a phrase before a stance verb's base form; an aside after a dash;
// an object before an infinitive is no inverted speaker.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("speakers described by what they know or do", () => {
  it("reads a knowledge phrase with a possessive or a second noun", () => {
    expect(claimsOf("A person familiar with the planning for Tuesday’s vote says the council will delay the fare rise.")).toContainEqual([
      "A person familiar with the planning for Tuesday’s vote",
      "says",
      "the council will delay the fare rise",
    ]);
    expect(claimsOf("People with direct knowledge of Quinlan's work said that the harbour board had paid her.")).toContainEqual([
      "People with direct knowledge of Quinlan's work",
      "said",
      "that the harbour board had paid her",
    ]);
  });
  it("takes 'privy to' as a knowledge phrase", () => {
    expect(claimsOf("Two sources privy to the talks say the ferry will stop in May.")).toContainEqual(["Two sources privy to the talks", "say", "the ferry will stop in May"]);
  });
  it("gives the speaker of a participle phrase, not its object", () => {
    expect(claimsOf("Inspectors examining the wreck said the hull had cracked.")).toContainEqual(["Inspectors examining the wreck", "said", "the hull had cracked"]);
    expect(claimsOf("Fishermen polled said they would sell their boats.")).toContainEqual(["Fishermen polled", "said", "they would sell their boats"]);
  });
});

describe("stance verbs after a long subject", () => {
  it("reads a stance verb after the subject's appositive", () => {
    expect(claimsOf("Mara Quinlan, 64, a retired pilot in Dunmore, Kerry, supported Idris Vane in the primary.")).toContainEqual(["Mara Quinlan", "supported", "Idris Vane in the primary"]);
  });
  it("reads a stance verb after a participle phrase on the subject", () => {
    expect(claimsOf("A majority of fishermen hoping for a new pier backed Quinlan.")).toContainEqual(["A majority of fishermen", "backed", "Quinlan"]);
  });
  it("ends a plural subject with a phrase before a stance verb's base form", () => {
    expect(claimsOf("Only about 4 in 10 voters in each town want the timetable to be changed.")).toContainEqual([
      "about 4 in 10 voters in each town",
      "want",
      "the timetable to be changed",
    ]);
    expect(claimsOf("Residents in the town want a new pier.")).toContainEqual(["Residents in the town", "want", "a new pier"]);
  });
  it("reads a clause after 'Not surprisingly,'", () => {
    expect(claimsOf("Not surprisingly, Quinlan opposes the fare rise.")).toContainEqual(["Quinlan", "opposes", "the fare rise"]);
  });
  it("takes no noun after a gerund with 'of' for a verb (guard)", () => {
    expect(claimsOf("The police shooting of a fisherman sparked protests.").filter((c) => c[1] === "protests")).toEqual([]);
  });
  it("takes no past verb of the clause for a participle (guard)", () => {
    expect(claimsOf("Voters arrived at randomly selected sites for the poll.").filter((c) => c[1] === "selected")).toEqual([]);
  });
});

describe("addressees and naming", () => {
  it("ends an addressee with a possessive before the quotation's attribution closes", () => {
    expect(claimsOf("“Who could tell?” Quinlan told Ireland’s RTE radio station.")).toContainEqual(["Quinlan", "told", "Who could tell?"]);
  });
  it("ends an addressee before an adverbial that a preposition opens", () => {
    expect(claimsOf("“Who could tell?” Quinlan told Reuters in an interview aired on Monday.")).toContainEqual(["Quinlan", "told", "Who could tell?"]);
  });
  it("gives no claim of a participle after the addressee's adverbial", () => {
    expect(claimsOf("Quinlan told Reuters in an interview aired on Monday.")).toEqual([]);
  });
  it("ends an addressee before a determiner that opens the clause", () => {
    expect(claimsOf("Quinlan told the Courier her firm worked with the harbour board.")).toContainEqual(["Quinlan", "told", "her firm worked with the harbour board"]);
  });
  it("reads 'called it' with a quoted name", () => {
    expect(claimsOf("Councillor Vane called it “shameful”.")).toContainEqual(["Councillor Vane", "called", "it “shameful”"]);
  });
  it("gives no claim of 'called it off' (guard)", () => {
    expect(claimsOf("The union called it off.")).toEqual([]);
  });
});

describe("inversions", () => {
  it("takes no object before an infinitive for an inverted speaker", () => {
    expect(claimsOf("On Friday, Dunmore, leading a group of ports, asked a judge to block the fare rise.").filter((c) => c[0] === "a judge")).toEqual([]);
  });
  it("still reads an inverted speaker before 'to' and a noun (guard)", () => {
    expect(claimsOf("“Can the ferry run?” asked a reporter to the mayor's left.")).toContainEqual(["a reporter", "asked", "Can the ferry run?"]);
  });
});

describe("short clauses and asides", () => {
  it("reads a three-word pronoun clause after a verb of belief", () => {
    expect(claimsOf("Some pilots think it will not.")).toContainEqual(["Some pilots", "think", "it will not"]);
    expect(claimsOf("I think it’s fair to the islanders.")).toContainEqual(["I", "think", "it’s fair to the islanders"]);
  });
  it("reads the content before a cue that a dash follows", () => {
    expect(claimsOf("The fare rise could cost the ferry its passengers, Quinlan's allies believe — passengers it will need in summer.")).toContainEqual([
      "Quinlan's allies",
      "believe",
      "The fare rise could cost the ferry its passengers",
    ]);
  });
});
