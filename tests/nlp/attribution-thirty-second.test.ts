// Focused cases for the thirty-second claims round: "this"/"last" as a time or not, an appositive
// name or relative clause between a subject and its verb, a long role before a name, a second
// predicate after "and" with an adverb, an opening "Perhaps", a participle after "told X," or "said
// in …,", "like X" that is no subject, "As X, a role, put it", "is among those who say", and
// "Lawyers for X". Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakersOf = (text: string) => record(text).claims.map((c) => [c.speaker.name, c.cue]);

describe("where an object ends", () => {
  it("runs on past 'this' that names no time", () => {
    expect(claimsOf("I cannot see any future for this council with Voss as its leader.")).toEqual([["I", "cannot see", "any future for this council with Voss as its leader"]]);
    expect(claimsOf("Instead, they focus on the tactics for this coming vote, and how Voss can still win.")).toContainEqual(["they", "focus on", "the tactics for this coming vote"]);
  });
  it("ends before a time opened by 'last', with its preposition", () => {
    expect(claimsOf("Voss endorsed the levy in last Sunday's debate.")).toEqual([["Voss", "endorsed", "the levy"]]);
  });
  it("ends before a second predicate after 'and' with an adverb", () => {
    expect(claimsOf("Her neighbours attacked her harbour plan and even questioned her record.")).toEqual([
      ["Her neighbours", "attacked", "her harbour plan"],
      ["Her neighbours", "questioned", "her record"],
    ]);
  });
  it("ends before a second predicate with a bare plural object", () => {
    expect(claimsOf("Voss talked about the ferry fares and made comments about the pier.")).toEqual([["Voss", "talked about", "the ferry fares"]]);
  });
});

describe("speakers", () => {
  it("reads a name in an appositive between the subject and its verb", () => {
    expect(claimsOf("His rival, Councillor Tom Voss, would support later ferry times.")).toEqual([
      ["His rival, Councillor Tom Voss", "support", "later ferry times"],
    ]);
    expect(speakersOf("His rival, Councillor Tom Voss, would support later ferry times.")).toEqual([["Tom Voss", "support"]]);
  });
  it("reads an appositive that closes on a relative clause", () => {
    expect(claimsOf("Jo Blum, the top Democrat on the harbour board who helped negotiate the deal, will support the bill despite her own doubts.")).toEqual([
      ["Jo Blum", "support", "the bill"],
    ]);
  });
  it("takes four lower-case words before a name whose role is next to it", () => {
    expect(claimsOf("Two children were among the passengers, Algerian foreign affairs ministry spokesman Zorvan Keltis said.")).toEqual([
      ["Algerian foreign affairs ministry spokesman Zorvan Keltis", "said", "Two children were among the passengers"],
    ]);
  });
  it("does not take an opening 'Perhaps' as the speaker", () => {
    expect(claimsOf("Perhaps young dockers prefer the old pier.")).toEqual([["young dockers", "prefer", "the old pier"]]);
  });
  it("gives a participle after 'told X,' or 'said in …,' to the one who said it", () => {
    expect(claimsOf("“The pier is safe,” Blum told reporters, noting that the ferry had been repaired.")).toContainEqual([
      "Blum",
      "noting",
      "that the ferry had been repaired",
    ]);
    expect(claimsOf("“The pier is safe,” Blum said in an interview, noting that the ferry had been repaired.")).toContainEqual([
      "Blum",
      "noting",
      "that the ferry had been repaired",
    ]);
    expect(claimsOf("“The pier is safe,” Blum told “Harbour Radio,” reminding listeners that the ferry had been repaired.")).toContainEqual([
      "Blum",
      "reminding",
      "that the ferry had been repaired",
    ]);
  });
  it("reads no speaker from a phrase opened by 'like'", () => {
    expect(claimsOf("Blum runs the ferry, and like Voss has spoken about the need for a new pier.").filter((c) => c[1] === "spoken about")).toEqual([]);
  });
  it("takes the name and its appositive in 'As X, a role, put it'", () => {
    expect(speakersOf("As Jo Blum, a professor of law at the college, put it, “The levy is fair.”")).toEqual([["Jo Blum", "put"]]);
  });
  // A guard: the subject before "put it" is found, and "it" is never taken instead.
  it("does not take 'it' after 'put' as the speaker", () => {
    expect(record("As the harbour master put it, “The levy is fair.”").claims.map((c) => c.speaker.mention)).not.toContain("it");
  });
  it("reads a name before a title quoted after 'of' in its appositive", () => {
    expect(claimsOf("Blum, author of “The Harbour Book,” said the levy was fair.")).toEqual([["Blum", "said", "the levy was fair"]]);
  });
  it("gives 'is among those who say' to the subject", () => {
    expect(claimsOf("Jo Blum, a docker from the north shore, is among those who say the levy is unfair.")).toEqual([
      ["Jo Blum, a docker from the north shore", "say", "the levy is unfair"],
    ]);
  });
  it("keeps whom a role serves in the speaker: 'Lawyers for X'", () => {
    expect(claimsOf("Lawyers for the harbour board opposed the levy, saying that it was unfair.")).toEqual([
      ["Lawyers for the harbour board", "opposed", "the levy"],
      ["Lawyers for the harbour board", "saying", "that it was unfair"],
    ]);
  });
});
