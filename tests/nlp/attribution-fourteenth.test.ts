// Focused cases for the fourteenth claims round: a participle of saying never inverts, a participle
// after the object of a verb goes with the clause's subject, an aside between paired dashes stays
// in the content, more openings are read before a subject, the addressee of a verb of saying is no
// speaker, and a quotation after a colon belongs to a subject with an aside. Every sentence is invented.
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

describe("an opening before the subject", () => {
  it("takes an abbreviated state after a town", () => {
    expect(triples("At a rally in Dover, N.H., on Tuesday, Councillor Okafor spoke, saying the ferry would pay for itself.")).toEqual([
      ["Councillor Okafor", "saying", "the ferry would pay for itself"],
    ]);
    expect(triples("At a fair in Fresno, Calif., Adeyemi spoke for an hour, saying the harbour needed a new crane.")).toEqual([
      ["Adeyemi", "saying", "the harbour needed a new crane"],
    ]);
  });
  it("reads 'Back in …' and 'Overall' as openings", () => {
    expect(triples("Back in 2009, Okafor spoke at the harbour, saying the ferry would never close.")).toEqual([
      ["Okafor", "saying", "the ferry would never close"],
    ]);
    expect(triples("Overall, harbour workers said the new crane was safe.")).toEqual([["harbour workers", "said", "the new crane was safe"]]);
  });
});

describe("the addressee of a verb of saying", () => {
  it("is no speaker of a that-clause, and a fronted time does not cut the clause", () => {
    expect(triples("The ferry captain told FBI agents that sometime in the week that followed, he realized the engine was failing.")).toEqual([
      ["The ferry captain", "told", "that sometime in the week that followed, he realized the engine was failing"],
    ]);
  });
});

describe("a quotation after a colon", () => {
  it("belongs to a subject followed by a short aside", () => {
    expect(triples("Councillor Mary Okafor, D-Harbour, delivered a blunt message to the board: “It is time to stop attacking the people who run the ferry.”")).toEqual([
      ["Councillor Mary Okafor", "delivered", "It is time to stop attacking the people who run the ferry."],
    ]);
  });
  it("has no speaker in a conjunction or a name before a preposition", () => {
    expect(triples("Or, perhaps, his whole act—“My harbour plan will be a tremendous plan for everyone!”—is simply wearing thin.")).toEqual([]);
  });
});
