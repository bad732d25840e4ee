// Focused cases for the fourteenth claims round: a participle of saying never inverts, a participle
// after the object of a verb goes with the clause's subject, and an aside between paired dashes stays
// in the content. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a participle of saying", () => {
  it("takes its content after it, not the clause before it", () => {
    expect(triples("On Monday, the mayor spoke at the harbour, saying most residents in the town wanted a second boat.")).toEqual([
      ["the mayor", "saying", "most residents in the town wanted a second boat"],
    ]);
  });
  it("after the object of a verb goes with the clause's subject", () => {
    expect(triples("Councillor Okafor is making a pitch to the dock workers saying the new dock will create jobs.")).toEqual([
      ["Councillor Okafor", "saying", "the new dock will create jobs"],
    ]);
    expect(triples("Adeyemi opened their second debate saying the budget was balanced.")).toEqual([
      ["Adeyemi", "saying", "the budget was balanced"],
    ]);
  });
  it("after 'with' has the noun phrase before it as its subject", () => {
    expect(triples("The mayor has gained ground, with 40 percent of residents saying they trust her.")).toEqual([
      ["40 percent of residents", "saying", "they trust her"],
    ]);
  });
});

describe("an aside between paired dashes", () => {
  it("stays in the content", () => {
    expect(triples("The mayor said the harbour board – and not the council – is in charge of the ferry.")).toEqual([
      ["The mayor", "said", "the harbour board – and not the council – is in charge of the ferry"],
    ]);
  });
  it("but a dash that opens the narrator's words still ends it", () => {
    expect(triples("The mayor said the ferry would run on time – but it has not.")).toEqual([["The mayor", "said", "the ferry would run on time"]]);
  });
});
