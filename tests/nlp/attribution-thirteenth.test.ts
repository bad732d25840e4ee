// Focused cases for the thirteenth claims round: quotations that no cue attributes, one claim per
// cue, a subordinate clause before a subject and its phrase, phrases chained by "to", and verbs
// after adverbs or plurals read as verbs. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a quotation that no cue attributes", () => {
  it("belongs to the subject of the words before it", () => {
    expect(triples("The mayor went further: “Nobody in this town will pay a toll for the bridge.”")).toEqual([
      ["The mayor", "went", "Nobody in this town will pay a toll for the bridge."],
    ]);
    expect(triples("Okafor responded with a smile: “We have enough votes to pass the budget tonight.”")).toEqual([
      ["Okafor", "responded", "We have enough votes to pass the budget tonight."],
    ]);
  });
  it("goes on from the claim before it in the same paragraph", () => {
    expect(triples("“We will reopen the ferry by June,” Okafor said. The crowd cheered. “And the fares will not go up, not by a penny.”")).toEqual([
      ["Okafor", "said", "We will reopen the ferry by June"],
      ["Okafor", "said", "And the fares will not go up, not by a penny."],
    ]);
  });
  it("takes the speaker found before the colon after an earlier quotation", () => {
    expect(triples("“The budget is balanced,” Okafor said before adding: “The harbour will pay for itself within ten years.”")).toEqual([
      ["Okafor", "said", "The budget is balanced"],
      // (Since the fortieth round the subject is found past the opening quotation, and "adding" is the cue.)
      ["Okafor", "adding", "The harbour will pay for itself within ten years."],
    ]);
  });
  it("is no claim without a speaker in sight, or when it is a short phrase", () => {
    expect(triples("The harbour report is long. “The ferry will need a new engine before the winter storms arrive.”")).toEqual([]);
    // Reported speech in the paragraph before does not carry over to a quotation paragraph.
    expect(triples("Okafor has said the ferry will stay.\n\n“And the fares will not go up, not by a penny, this year.”")).toEqual([
      ["Okafor", "said", "the ferry will stay"],
    ]);
    expect(triples("The clerk, a “very patient man,” waited.")).toEqual([]);
  });
});

describe("one claim per cue", () => {
  it("does not read a cue twice from two clause starts", () => {
    expect(triples("That move served notice to her rivals: This mayor does her homework, and she knows how to use it.")).toEqual([["she", "knows", "how to use it"]]);
  });
  it("does not read a verb after an adverb as a noun as well", () => {
    expect(triples("Democrats now worry that the ferry will close.")).toEqual([["Democrats", "worry", "that the ferry will close"]]);
    // After a copula the word is a noun.
    expect(triples("There is also concern that the ferry will close.")).toEqual([["", "concern", "that the ferry will close"]]);
  });
  it("reads a bare form after a plural as its verb, not as a stance noun with no holder", () => {
    expect(triples("The union's members worry that the ferry will close.")).toEqual([["The union's members", "worry", "that the ferry will close"]]);
    // A one-sentence opening paragraph is read as a headline too, whose plural head takes a bare stance verb.
    expect(triples("The dockers worry that the ferry will close.")).toEqual([["The dockers", "worry", "that the ferry will close"]]);
  });
});

describe("the subject before a phrase between it and the cue", () => {
  it("opens its clause after a subordinator", () => {
    expect(triples("That was in June, when Okafor in her budget speech called the ferry a lifeline.")).toEqual([["Okafor", "called", "the ferry a lifeline"]]);
    expect(triples("The board met after Okafor in a statement said the ferry would stay.")).toEqual([["Okafor", "said", "the ferry would stay"]]);
  });
  it("is found across phrases chained by \"to\"", () => {
    expect(triples("Okafor in a letter to the council said the ferry would stay.")).toEqual([["Okafor", "said", "the ferry would stay"]]);
    expect(triples("The letter to the council said the ferry would stay.")).toEqual([["The letter to the council", "said", "the ferry would stay"]]);
  });
});

describe("a lead before a colon", () => {
  it("is no speaker when it is a newsroom label or a headline in title case", () => {
    expect(triples("Headline: Ferry Fares Beat the Bridge Tolls in the polls today.")).toEqual([]);
    expect(triples("RESULT: A SMALL RISE IN FARES DESPITE THE NEW TOLLS.")).toEqual([]);
    expect(triples("Tolls Over Fares: the harbour board will decide next week.")).toEqual([]);
  });
  it("still names a speaker", () => {
    expect(triples("Okafor: The deal is dead and buried now.")).toEqual([["Okafor", ":", "The deal is dead and buried now"]]);
    expect(triples("OKAFOR: We won the vote tonight.")).toEqual([["OKAFOR", ":", "We won the vote tonight"]]);
  });
});
