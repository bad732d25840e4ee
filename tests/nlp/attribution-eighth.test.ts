// Focused cases for the eighth claims round: the speaker is read after a clause's opening
// adverbials (a participle phrase, a time, a preposition, a dateline with its agency), not from
// them; a capitalised word is no auxiliary ("Theresa May said"); a document's issuer speaks
// through it ("X issued a statement saying …"). Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a speaker after an opening adverbial", () => {
  it("skips a participle phrase", () => {
    expect(triples("Appearing before supporters at the harbour, Ridley said the ferry would run again.")).toEqual([["Ridley", "said", "the ferry would run again"]]);
    expect(triples("Facing criticism from both parties, Blum released a statement on Monday, describing the plan as a failure.")).toEqual([["Blum", "describing", "the plan as a failure"]]);
  });
  it("skips a time, and a span of time", () => {
    expect(triples("Sunday morning, Ridley praised the harbour plan and accused Blum of delay.")).toEqual([
      ["Ridley", "praised", "the harbour plan"],
      ["Ridley", "accused", "Blum of delay"],
    ]);
    expect(triples("Hours later, Ridley wrote to the council, urging it to reopen the quay.")).toEqual([["Ridley", "urging", "it to reopen the quay"]]);
  });
  it("skips an adverb that opens the sentence, but not a name that looks like one", () => {
    expect(triples("Shortly after the vote, Ridley left the hall, saying the ferry would run again.")).toEqual([["Ridley", "saying", "the ferry would run again"]]);
    expect(triples("Kelly said the ferry would run again.")).toEqual([["Kelly", "said", "the ferry would run again"]]);
  });
  it("skips a focusing adverb but keeps the name after it", () => {
    expect(triples("Even Ridley, a harbour official, said the plan would work.")).toEqual([["Ridley, a harbour official", "said", "the plan would work"]]);
  });
  it("skips a dateline with an agency in brackets", () => {
    expect(triples("Portmere (AFP) – Mayor Ridley has criticised the ferry company, saying that the new timetable does harm.")).toEqual([
      ["Mayor Ridley", "criticised", "the ferry company"],
      ["Mayor Ridley", "saying", "that the new timetable does harm"],
    ]);
  });
  it("keeps a name that only looks like an opener", () => {
    expect(triples("Manning told reporters that the ferry would run again.")).toEqual([["Manning", "told", "that the ferry would run again"]]);
    expect(triples("April Blum, a harbour official, said the ferry would run again.")).toEqual([["April Blum, a harbour official", "said", "the ferry would run again"]]);
  });
});

describe("a capitalised word before the cue", () => {
  it("is part of the name, not an auxiliary", () => {
    expect(triples("Theresa May said the ferry would run again.")).toEqual([["Theresa May", "said", "the ferry would run again"]]);
  });
});

describe("a document put out by someone", () => {
  it("gives its issuer as the speaker of a participle after it", () => {
    expect(triples("The harbour board issued a statement on Monday saying the quay would reopen in March.")).toEqual([["The harbour board", "saying", "the quay would reopen in March"]]);
    expect(triples("Ridley's campaign sent out a press release urging voters to reject the plan.")).toEqual([["Ridley's campaign", "urging", "voters to reject the plan"]]);
  });
  it("keeps a document that is the subject", () => {
    expect(triples("The statement, issued on Monday, said the quay would reopen in March.")).toEqual([["The statement", "said", "the quay would reopen in March"]]);
  });
});

describe("the owner of a noun of stance", () => {
  it("is read past the adjectives before the noun", () => {
    expect(triples("Ridley's most surprising suggestion was that the quay should close.")).toEqual([["Ridley's", "suggestion was", "that the quay should close"]]);
    expect(triples("Blum’s full embrace of the harbour scheme is new.")).toEqual([["Blum’s", "embrace of", "the harbour scheme"]]);
  });
  it("is no contraction of a pronoun and “is”", () => {
    expect(triples("He’s facing questions about whether he will stay.").map(([speaker]) => speaker)).not.toContain("He’s");
  });
});

describe("a participle after “X said,”", () => {
  it("is the same speaker's, and a claim of its own", () => {
    expect(triples("The quay will close in March, the mayor said Monday, adding that the ferry would run.")).toEqual([
      ["the mayor", "said", "The quay will close in March"],
      ["the mayor", "adding", "that the ferry would run"],
    ]);
    expect(triples("Ridley and Blum will meet next week, Spicer said, adding, “They need to talk.”")).toEqual([
      ["Spicer", "said", "Ridley and Blum will meet next week"],
      ["Spicer", "adding", "They need to talk."],
    ]);
  });
});
