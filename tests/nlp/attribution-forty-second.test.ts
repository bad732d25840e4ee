// Focused cases for the forty-second claims round:
// - more idioms of stance: "shot back that", "fired back at", "hit back at", "took (full) credit
//   for", "makes no apologies for", "walked back" (not "walked back to the car" nor "walked back
//   home"), "doubled down on", "threw her support behind", "opened up about";
// - a party parenthesis between a name and its stance verb: "Sen. Jo Blum (D-Ore.) opposes …";
// - "He's"/"She's" before an -ing form is "he is": "He's backing …" ("It's backing …" stays none).
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("idioms of stance", () => {
  it("reads 'shot back that', 'fired back at' and 'hit back at'", () => {
    expect(claimsOf("Okafor shot back that the ferry had never been late.")).toEqual([["Okafor", "shot back that", "the ferry had never been late"]]);
    expect(claimsOf("Ridley fired back at the harbour board.")).toEqual([["Ridley", "fired back at", "the harbour board"]]);
    expect(claimsOf("The mayor hit back at her critics on Sunday.")).toEqual([["The mayor", "hit back at", "her critics"]]);
  });
  it("reads 'took credit for' and 'makes no apologies for'", () => {
    expect(claimsOf("The council took full credit for the new pier.")).toEqual([["The council", "took full credit for", "the new pier"]]);
    expect(claimsOf("Ridley makes no apologies for her bluntness.")).toEqual([["Ridley", "makes no apologies for", "her bluntness"]]);
  });
  it("reads 'walked back' with an object, but not a walk to a place", () => {
    expect(claimsOf("A spokesman for the board later walked back the comments.")).toEqual([["A spokesman for the board", "walked back", "the comments"]]);
    expect(claimsOf("Okafor walked back to the car.")).toEqual([]);
    expect(claimsOf("Okafor walked back home.")).toEqual([]);
  });
  it("reads 'doubled down on', 'threw her support behind' and 'opened up about'", () => {
    expect(claimsOf("Ridley doubled down on her remarks about the toll.")).toEqual([["Ridley", "doubled down on", "her remarks about the toll"]]);
    expect(claimsOf("Councillor Okafor threw her support behind the ferry plan.")).toEqual([["Councillor Okafor", "threw her support behind", "the ferry plan"]]);
    expect(claimsOf("The skipper opened up about his illness.")).toEqual([["The skipper", "opened up about", "his illness"]]);
  });
});

describe("a party parenthesis after the name", () => {
  it("reads the stance of 'Sen. Jo Blum (D-Ore.)' with the name as the speaker", () => {
    expect(claimsOf("Sen. Jo Blum (D-Ore.) opposes the harbour toll.")).toEqual([["Sen. Jo Blum", "opposes", "the harbour toll"]]);
    expect(claimsOf("Rep. Tom Ridley (R-Texas) never mentioned the ferry.")).toEqual([["Rep. Tom Ridley", "never mentioned", "the ferry"]]);
  });
});

describe("'He's' before an -ing form", () => {
  it("reads 'He's backing …' as 'he is backing …'", () => {
    expect(claimsOf("Okafor spoke first. He's backing the ferry plan.")).toContainEqual(["He", "backing", "the ferry plan"]);
    expect(claimsOf("Ridley spoke first. She’s pointing out the cost of the pier.")).toContainEqual(["She", "pointing out", "the cost of the pier"]);
  });
  it("leaves 'It's backing …' out, as 'It backs …' is", () => {
    expect(claimsOf("It's backing the plan.")).toEqual([]);
  });
});
