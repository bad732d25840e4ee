// Focused cases for the forty-first claims round:
// - idioms of stance built on a common verb: "took aim at", "has taken a swipe at", "made no secret
//   of", "came out against", "singled out", "pushed for" (not "pushed for months"), "weighed in on",
//   "vouched for", "sparred over", "shrugged off", "brushed aside"; a noun ("The brush off was …")
//   is none;
// - verbs of rebuke and rebuff: "belittled", "castigated", "rebuffed";
// - a reputation no one is named for: "is best known for …", "is known for …", "is better known as
//   …"; a name ("is known as TNT") and "the energy he is known for was …" are none;
// - adjectives of stance: "upbeat about", "divided on", "vocal in", "pleased with", "troubled by";
// - a purpose clause with a verb in -ss ("to discuss", "to stress" were read as inflected forms),
//   but not "There were no officials to discuss …", a bare "to discuss as well", nor "not authorized
//   to discuss".
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("idioms of stance", () => {
  it("reads 'took aim at' and 'has taken a swipe at'", () => {
    expect(claimsOf("Councillor Okafor took aim at the ferry contract.")).toEqual([["Councillor Okafor", "took aim at", "the ferry contract"]]);
    expect(claimsOf("The mayor has taken a swipe at the harbour board's budget.")).toEqual([["The mayor", "taken a swipe at", "the harbour board's budget"]]);
  });
  it("reads 'made no secret of' and 'came out against'", () => {
    expect(claimsOf("Ridley has made no secret of her dislike for the new pier.")).toEqual([["Ridley", "made no secret of", "her dislike for the new pier"]]);
    expect(claimsOf("The fishermen's union came out against the toll.")).toEqual([["The fishermen's union", "came out against", "the toll"]]);
  });
  it("reads 'singled out', 'weighed in on' and 'pushed for', but not a time after 'for'", () => {
    expect(claimsOf("Okafor singled out the ferry firm's safety record.")).toEqual([["Okafor", "singled out", "the ferry firm's safety record"]]);
    expect(claimsOf("Several councillors weighed in on the dispute.")).toEqual([["Several councillors", "weighed in on", "the dispute"]]);
    expect(claimsOf("Ridley has pushed for a second ferry.")).toEqual([["Ridley", "pushed for", "a second ferry"]]);
    expect(claimsOf("Ridley has pushed for months.")).toEqual([]);
  });
  it("reads 'vouched for', 'sparred over', 'shrugged off' and 'brushed aside'", () => {
    expect(claimsOf("The lawyer vouched for the new captain.")).toEqual([["The lawyer", "vouched for", "the new captain"]]);
    expect(claimsOf("The two candidates sparred over the ferry fares.")).toEqual([["The two candidates", "sparred over", "the ferry fares"]]);
    expect(claimsOf("Okafor shrugged off the criticism.")).toEqual([["Okafor", "shrugged off", "the criticism"]]);
    expect(claimsOf("The board brushed aside the complaints.")).toEqual([["The board", "brushed aside", "the complaints"]]);
  });
  it("reads no idiom in a noun", () => {
    expect(claimsOf("The brush off was rude.")).toEqual([]);
  });
});

describe("verbs of rebuke and rebuff", () => {
  it("reads 'belittled', 'castigated' and 'rebuffed'", () => {
    expect(claimsOf("Ridley belittled the ferry plan.")).toEqual([["Ridley", "belittled", "the ferry plan"]]);
    expect(claimsOf("Okafor castigated the harbour board.")).toEqual([["Okafor", "castigated", "the harbour board"]]);
    expect(claimsOf("The mayor rebuffed the union's offer.")).toEqual([["The mayor", "rebuffed", "the union's offer"]]);
  });
});

describe("a reputation no one is named for", () => {
  it("reads 'is best known for' and 'is known for' with the whole clause", () => {
    expect(claimsOf("The councillor is best known for her fight against the toll.")).toEqual([["", "known", "The councillor is best known for her fight against the toll"]]);
    expect(claimsOf("Okafor is known for speaking her mind.")).toEqual([["", "known", "Okafor is known for speaking her mind"]]);
  });
  it("reads 'is better known as', but not a name after a plain 'is known as'", () => {
    expect(claimsOf("Ridley is better known as a ferry captain.")).toEqual([["", "known", "Ridley is better known as a ferry captain"]]);
    expect(claimsOf("The harbour radio system is known as HRS.")).toEqual([]);
  });
  it("reads none before a verb, nor after 'had'", () => {
    expect(claimsOf("The energy he is known for was gone.")).toEqual([]);
    expect(claimsOf("Okafor had known him for years.")).toEqual([["Okafor", "known", "him for years"]]);
  });
});

describe("adjectives of stance", () => {
  it("reads 'upbeat about' and 'divided on'", () => {
    expect(claimsOf("Ridley is upbeat about the ferry's chances.")).toEqual([["Ridley", "upbeat about", "the ferry's chances"]]);
    expect(claimsOf("The councillors were deeply divided on the toll.")).toEqual([["The councillors", "divided on", "the toll"]]);
  });
  it("reads 'vocal in', 'pleased with' and 'troubled by'", () => {
    expect(claimsOf("Okafor is equally vocal in opposing the toll.")).toEqual([["Okafor", "vocal in", "opposing the toll"]]);
    expect(claimsOf("The fishermen were pleased with the new pier.")).toEqual([["The fishermen", "pleased with", "the new pier"]]);
    expect(claimsOf("Ridley was also troubled by the ferry delays.")).toEqual([["Ridley", "troubled by", "the ferry delays"]]);
  });
});

describe("a purpose clause with a verb in -ss", () => {
  it("reads 'to discuss' and 'to stress'", () => {
    expect(claimsOf("Okafor flew to Leith to discuss the ferry contract.")).toEqual([["Okafor", "to discuss", "the ferry contract"]]);
    expect(claimsOf("Ridley visited the pier to stress the need for repairs.")).toEqual([["Ridley", "to stress", "the need for repairs"]]);
  });
  it("reads none after 'There', before 'as well', or after 'authorized'", () => {
    expect(claimsOf("There were no officials at the pier to discuss the delays.")).toEqual([]);
    expect(claimsOf("The mayors met in Leith to discuss as well.")).toEqual([]);
    expect(claimsOf("The clerk was not authorized to discuss the ferry contract.")).toEqual([]);
  });
});
