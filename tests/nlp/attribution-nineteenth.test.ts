// Focused cases for the nineteenth claims round: the subject of a clause opened inside the sentence
// ("…, while X, the governor, said"), a name before a role's appositive as the speaker, and an
// attribution that closes the sentence ("…, the Herald reported.") outside the content before it.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakersOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.name, c.speaker.type]);

describe("a cue in a clause opened inside the sentence", () => {
  it("after an appositive has that clause's subject, not the sentence's", () => {
    expect(claimsOf("Ivo Brandt signed the ferry order, while Mara Okafor, the former harbour master, said the boats should stay.")).toContainEqual([
      "Mara Okafor",
      "said",
      "the boats should stay",
    ]);
  });
  it("after ', and' and an appositive too", () => {
    expect(claimsOf("Brandt signed the order on Monday, and Okafor, the harbour master, said the boats should stay.")).toContainEqual(["Okafor", "said", "the boats should stay"]);
  });
  it("coordinated with a verb of the clause has the clause's subject", () => {
    expect(claimsOf("Some in the crowd cheered, and when Okafor thanked the dockers and said the ferry would return, a man shouted.")).toContainEqual([
      "Okafor",
      "said",
      "the ferry would return",
    ]);
  });
  it("while a subordinate clause closed by its comma leaves the main clause's subject (guard)", () => {
    expect(claimsOf("When the mayor arrived, the harbour master thanked him and said the ferry would return.")).toContainEqual([
      "the harbour master",
      "said",
      "the ferry would return",
    ]);
  });
});

describe("a name before an appositive headed by a role", () => {
  it("is the speaker's name, a person, even when the people list missed it", () => {
    expect(speakersOf("Chad Kettering, the campaign's chairman, said the comments were a response.")).toEqual([["Chad Kettering", "person"]]);
  });
  it("while a named person in the phrase keeps its record (guard)", () => {
    expect(speakersOf("Mara Okafor, the harbour master, said the boats should stay.")).toEqual([["Mara Okafor", "person"]]);
  });
});

describe("an attribution that closes the sentence", () => {
  it("is no part of the content of a claim before it", () => {
    expect(claimsOf("Okafor bristled and said the question was unfair, the Herald reported.")).toEqual([
      ["the Herald", "reported", "Okafor bristled and said the question was unfair"],
      ["Okafor", "said", "the question was unfair"],
    ]);
  });
  it("nor with a time after its cue or an addressee after 'told'", () => {
    expect(claimsOf("The mayor said the ferry will run on Saturday, the harbour master told reporters.").at(-1)).toEqual(["The mayor", "said", "the ferry will run on Saturday"]);
  });
  it("while an attribution after the comma that goes on to a clause is a claim of its own (guard)", () => {
    expect(claimsOf("The mayor said the ferry will run, and the Herald reported that the boats were late.")).toEqual([
      ["The mayor", "said", "the ferry will run"],
      ["the Herald", "reported", "that the boats were late"],
    ]);
  });
});
