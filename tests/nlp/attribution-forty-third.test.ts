// Focused cases for the forty-third claims round:
// - the present-tense verb of an idiom of stance ends the subject: "The mayor hits back at …"
//   (the noun-phrase reader took "hits" for a plural noun and ran on to the sentence's end);
// - a verb of saying that is also a noun, after a determiner and a modifier, is the noun: "His
//   second tweet, …" names no speaker "His second" ("Supporters of the law hope …" and "The pair
//   claim they …" keep their verb);
// - "to find" opens no purpose clause ("failed to find common ground"), and choosing is an act,
//   not a stance ("chose Google to power …");
// - "behind" opens a prepositional phrase inside a subject: "The developers behind the system claim …";
// - a manner adverb after the cue of the sentence after a question is part of the attribution:
//   "“… today?” Okafor asked rhetorically." gives the quotation to Okafor.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("the present tense of an idiom of stance", () => {
  it("ends the subject at 'hits back at' and 'fires back at'", () => {
    expect(claimsOf("The mayor hits back at critics of the ferry plan.")).toEqual([["The mayor", "hits back at", "critics of the ferry plan"]]);
    expect(claimsOf("Mayor Jo Blum fires back at the harbour board.")).toEqual([["Mayor Jo Blum", "fires back at", "the harbour board"]]);
  });
  it("reads the base form after a plural subject", () => {
    expect(claimsOf("Councillors push for a vote on the toll.")).toEqual([["Councillors", "push for", "a vote on the toll"]]);
  });
});

describe("a noun that is also a verb of saying", () => {
  it("gives no speaker to a determiner and a modifier before it", () => {
    const speakers = claimsOf("His second tweet, an hour later, was a return to the ferry dispute.").map(([speaker]) => speaker);
    expect(speakers).not.toContain("His second");
    expect(claimsOf("A subsequent report that the pier was unsafe angered the board.").map(([speaker]) => speaker)).not.toContain("A subsequent");
  });
  it("keeps the verb after a prepositional phrase, before a pronoun's clause and after a plural", () => {
    expect(claimsOf("Supporters of the law hope the ferry will run again.")).toEqual([["Supporters of the law", "hope", "the ferry will run again"]]);
    expect(claimsOf("The pair claim they were never paid for the repairs.")).toEqual([["The pair", "claim", "they were never paid for the repairs"]]);
    // The forty-fourth round joins the phrase before "behind" to the speaker.
    expect(claimsOf("The developers behind the system claim it is a breakthrough.")).toEqual([["The developers behind the system", "claim", "it is a breakthrough"]]);
  });
});

describe("acts that are not stances", () => {
  it("reads no claim in 'to find' nor in 'chose'", () => {
    expect(claimsOf("Okafor and Ridley failed to find common ground at the meeting.")).toEqual([]);
    expect(claimsOf("The harbour board chose Ridley to run the ferry.")).toEqual([]);
  });
});

describe("a manner adverb after the cue that follows a quotation", () => {
  it("gives the quotation to the speaker of '… asked rhetorically.'", () => {
    expect(claimsOf("“Who pays for the pier?” Okafor asked rhetorically.")).toEqual([["Okafor", "asked", "Who pays for the pier?"]]);
  });
  it("still reads a clause of its own after the adverb as a new claim", () => {
    expect(claimsOf("“Who pays for the pier?” Okafor said quietly that the board would.").map(([speaker, cue, text]) => [speaker, cue, text])).not.toContainEqual(["Okafor", "said", "Who pays for the pier?"]);
  });
});
