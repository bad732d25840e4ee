// Focused cases for the twelfth claims round: a prepositional phrase between the speaker and the
// cue, openings of time and capitalised adverbs, participles after an inverted cue or inside an
// opening adverbial, common nouns as a clause's subject, indefinite antecedents and contracted
// pronouns. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a prepositional phrase between the speaker and the cue", () => {
  it("is an adverbial after a name or pronoun", () => {
    expect(triples("Okafor at the time said the ferry would stay.")).toEqual([["Okafor", "said", "the ferry would stay"]]);
    expect(triples("Okafor in an interview with the Courier said the ferry would stay.")).toEqual([["Okafor", "said", "the ferry would stay"]]);
  });
  it("modifies a common noun or a share of people, and stays with it", () => {
    expect(triples("Officials in Lisbon said the ferry would stay.")).toEqual([["Officials in Lisbon", "said", "the ferry would stay"]]);
    expect(triples("Many in the harbour union said the ferry would stay.")).toEqual([["Many in the harbour union", "said", "the ferry would stay"]]);
    expect(triples("Nine in 10 harbour workers said the ferry would stay.")).toEqual([["Nine in 10 harbour workers", "said", "the ferry would stay"]]);
  });
  it("is an adverbial when it names a poll or an interview, and no source of the rest", () => {
    expect(triples("One in four residents in a Courier poll said the ferry should stay.")).toEqual([["One in four residents", "said", "the ferry should stay"]]);
    // At the end of a sentence the poll is the source.
    expect(triples("Okafor held a wide lead in a Courier poll released Monday.")).toEqual([["a Courier poll released Monday", "in", "Okafor held a wide lead"]]);
  });
  it("leaves the subject of the first clause after \"but\"", () => {
    expect(triples("The clerk first said he had lost the ledger, but in a later interview said he had burned it.")).toEqual([
      ["The clerk", "said", "he had lost the ledger"],
      ["The clerk", "said", "he had burned it"],
    ]);
  });
  it("leaves the antecedent of a relative pronoun", () => {
    expect(triples("Okafor met the head of the dockers, who in a statement said the talks had failed.")).toEqual([
      ["the head", "said", "the talks had failed"],
    ]);
  });
  it("is not taken when the subject does not open its clause", () => {
    // "a name of the month" is no subject: the phrase before the cue has no clause start before it.
    expect(triples("The board named Okafor in a vote said to be close.")).toEqual([]);
  });
});

describe("openings before the subject", () => {
  it("skip a capitalised adverb, but not a name, before a comma", () => {
    expect(triples("Essentially, Blum's lawyers read the ledgers and found that no rule had been broken.")).toEqual([
      ["Blum's lawyers", "found", "that no rule had been broken"],
    ]);
    expect(triples("Kelly, the harbour master, said the ferry would stay.")).toEqual([["Kelly, the harbour master", "said", "the ferry would stay"]]);
  });
  it("skip a time with late, early, the next or a span before after", () => {
    const late = triples("Late last month, the council wrote to the ministry, calling the plan “reckless.”");
    expect(late.find(([, cue]) => cue === "calling")).toEqual(["the council", "calling", "the plan “reckless.”"]);
    expect(triples("The next month, a former clerk announced plans to sue the board, claiming he was fired.")).toEqual([
      ["a former clerk", "announced", "plans to sue the board"],
      ["a former clerk", "claiming", "he was fired"],
    ]);
  });
});

describe("a cue inside the sentence's opening adverbial", () => {
  it("ends at the adverbial's comma, and a document in it speaks for the main clause's subject", () => {
    expect(triples("In her letter condemning the toll, Blum defended her record.")).toEqual([
      ["Blum", "condemning", "the toll"],
      ["Blum", "defended", "her record"],
    ]);
  });
  it("is no content of the cue after it when it is a time", () => {
    expect(triples("Late last month, the council wrote to the ministry.")).toEqual([]);
  });
});

describe("participles", () => {
  it("inside an opening adverbial go with the main clause's subject", () => {
    expect(triples("Eight years after backing Okafor, the union is sizing up the field again.")).toEqual([["the union", "backing", "Okafor"]]);
  });
  it("after an inverted cue go with its speaker, across an appositive", () => {
    expect(triples("“We will win,” said Jo Blum, the party chair, adding that the polls were wrong.")).toEqual([
      ["Jo Blum", "said", "We will win"],
      ["Jo Blum", "adding", "that the polls were wrong"],
    ]);
    expect(triples("“I want answers,” said a senior council member who backs Okafor, asking not to be named.")).toEqual([
      // Asking not to be named is a request about oneself, no claim.
      ["a senior council member", "said", "I want answers"],
      ["a senior council member", "backs", "Okafor"],
    ]);
  });
  it("after a comma that closes an appositive are not read as an inverted cue", () => {
    expect(triples("Blum's son, Tom, defended his mother on Tuesday, saying she had done nothing wrong.")).toEqual([
      ["Blum's son, Tom", "defended", "his mother"],
      ["Blum's son", "saying", "she had done nothing wrong"],
    ]);
  });
});

describe("verbs of proof", () => {
  it("are claims with a that-clause, not before an adjective or \"to be\"", () => {
    expect(triples("The audit proved that the toll had been misspent.")).toEqual([["The audit", "proved", "that the toll had been misspent"]]);
    expect(triples("The ferry has proved popular with commuters.")).toEqual([]);
    expect(triples("Okafor proved to be a stubborn opponent.")).toEqual([]);
  });
});

describe("speakers", () => {
  it("may be an indefinite pronoun before \"who\", never a capitalised preposition", () => {
    expect(triples("For someone who conceded that she is “not a natural speaker,” Blum had a good night.")).toEqual([
      ["someone", "conceded", "that she is “not a natural speaker,”"],
    ]);
  });
  it("drop a contracted auxiliary from a pronoun", () => {
    const claims = triples("Okafor is struggling to show that the toll was unfair, as he’s often alleged.");
    expect(claims.map(([speaker, cue]) => [speaker, cue])).toEqual([["he", "alleged"]]);
  });
});
