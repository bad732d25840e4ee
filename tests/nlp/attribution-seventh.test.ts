// Focused cases for the seventh claims round: verbs of saying by their manner ("yelled",
// "chanted", "muttered") as cues of a quotation only; adjectives of stance after a copula ("was
// critical of", "are worried that"); an aside after "as" ("…, as Blum noted."); no inversion before an addressee and a that-clause.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a verb of saying by its manner", () => {
  it("attributes a quotation it follows, to a noun phrase as well as a name", () => {
    expect(triples("“Open the gates!” the crowd chanted outside the town hall.")).toEqual([["the crowd", "chanted", "Open the gates!"]]);
    expect(triples("“Not again,” Ridley muttered.")).toEqual([["Ridley", "muttered", "Not again"]]);
  });
  it("attributes a quotation it introduces", () => {
    expect(triples("As the ferry left, Blum yelled, “Come back tomorrow!”")).toEqual([["Blum", "yelled", "Come back tomorrow!"]]);
  });
  it("is no cue without a quotation", () => {
    expect(triples("The crowd chanted slogans outside the town hall.")).toEqual([]);
  });
});

describe("an adjective of stance", () => {
  it("reads its object, or its that-clause, with the subject before the copula as the speaker", () => {
    expect(triples("Ridley was deeply critical of the harbour plan.")).toEqual([["Ridley", "critical of", "the harbour plan"]]);
    expect(triples("The ferry workers are worried about the new timetable.")).toEqual([["The ferry workers", "worried about", "the new timetable"]]);
    expect(triples("Blum's advisers remained confident that the vote would pass in March.")).toEqual([["Blum's advisers", "confident that", "that the vote would pass in March"]]);
  });
  it("needs a speaker: no impersonal “it”, no thing", () => {
    expect(triples("It is certain that the quay will flood again.")).toEqual([]);
    expect(triples("The bridge was critical of the town's trade.")).toEqual([]);
  });
  it("needs the word that introduces its object", () => {
    expect(triples("Ridley was critical after the vote.")).toEqual([]);
  });
});

describe("an aside after “as”", () => {
  it("attributes the clause before it", () => {
    expect(triples("The ferry has been late every day this week, as Blum noted.")).toEqual([["Blum", "noted", "The ferry has been late every day this week"]]);
  });
  it("is no aside when the cue takes its own clause", () => {
    expect(triples("The ferry was late, as Blum noted that the crew had gone home.")).not.toContainEqual(["Blum", "noted", "The ferry was late"]);
  });
});

describe("a verb with an addressee after an appositive", () => {
  it("takes the subject before the appositive as the speaker, not the addressee as an inverted one", () => {
    expect(triples("Ridley, one of the signatories, told an audience in Leeds last week that the harbour would close.")).toEqual([["Ridley, one of the signatories", "told", "that the harbour would close"]]);
  });
});

describe("a parenthetical attribution", () => {
  it("joins the two parts it splits, after an addressee too, however short the first part", () => {
    expect(triples("The ferry, Ridley told reporters, would run again in May.")).toEqual([["Ridley", "told", "The ferry would run again in May"]]);
    expect(triples("So that, she said, is why the quay closed.")).toEqual([["she", "said", "So that is why the quay closed"]]);
  });
});

describe("a speaker with a relative clause that has its own object", () => {
  it("is the noun phrase the clause describes", () => {
    expect(triples("Residents who attended the meeting said the water had turned brown.")).toEqual([["Residents", "said", "the water had turned brown"]]);
    expect(triples("Fishermen who attended the meeting told reporters the quay had flooded.")).toEqual([["Fishermen", "told", "the quay had flooded"]]);
  });
});
