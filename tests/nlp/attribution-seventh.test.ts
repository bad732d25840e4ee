// Focused cases for the seventh claims round: verbs of saying by their manner ("yelled",
// "chanted", "muttered") as cues of a quotation only. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a verb of saying by its manner", () => {
  it("attributes a quotation it follows, to a noun phrase as well as a name", () => {
    expect(triples("“Open the gates!” the crowd chanted outside the town hall.")).toEqual([["the crowd", "chanted", "Open the gates!"]]);
    expect(triples("“Not again,” Ridley muttered.")).toEqual([["Ridley", "muttered", "Not again"]]);
  });
  it("attributes a quotation it introduces", () => {
    expect(triples("As the ferry left, Blum yelled, “Come back tomorrow!”")).toEqual([["Blum", "yelled", "“Come back tomorrow!”"]]);
  });
  it("is no cue without a quotation", () => {
    expect(triples("The crowd chanted slogans outside the town hall.")).toEqual([]);
  });
});
