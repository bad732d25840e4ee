// Focused cases for the eleventh claims round: "that" after a preposition, relative clauses and
// dashes between a speaker and the cue, a quoted title before "that", a name in apposition with no
// closing comma, a quotation inside an attribution, sources "familiar with" something, nouns in
// -ly and -ing as speakers, and asides inside the content. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("\"that\" after a preposition", () => {
  it("is a determiner, not the start of the content", () => {
    expect(triples("Okafor has pledged to stay in the race through that vote.")).toEqual([
      ["Okafor", "pledged", "to stay in the race through that vote"],
    ]);
    expect(triples("Okafor described a broken system in words familiar to the left ― or for that matter, the right.")).toEqual([
      ["Okafor", "described", "a broken system in words familiar to the left ― or for that matter, the right"],
    ]);
  });
  it("does not hide a complementizer after it", () => {
    expect(triples("The auditors said in that case that no rule had been broken.")).toEqual([
      ["The auditors", "said", "that no rule had been broken"],
    ]);
  });
});

describe("a quoted title between the cue and \"that\"", () => {
  it("is skipped", () => {
    expect(triples('Okafor said on the BBC\'s "Morning Hour" that the ferry would stay.')).toEqual([
      ["Okafor", "said", "that the ferry would stay"],
    ]);
  });
});

describe("what stands between a speaker and the cue", () => {
  it("may be a relative clause that ends in a quotation", () => {
    expect(triples("Blum, who calls the toll a “tax on work,” said she would vote against it.")).toEqual([
      ["Blum", "calls", "the toll a “tax on work,”"],
      ["Blum", "said", "she would vote against it"],
    ]);
  });
  it("but not a relative clause inside the quotation", () => {
    expect(triples("She wrote, “The bridge would have closed, which I think would have been worse,” adding, “I think the toll saved it.”")).toEqual([
      ["She", "wrote", "The bridge would have closed, which I think would have been worse"],
      ["She", "adding", "I think the toll saved it."],
    ]);
  });
  it("may be an aside between spaced hyphens, whose own claim names the whole phrase", () => {
    expect(triples("Harbour chief Ann Ridley - who once said the toll would fall - said on Monday that it would rise.")).toEqual([
      ["Harbour chief Ann Ridley", "said", "the toll would fall"],
      ["Harbour chief Ann Ridley", "said", "that it would rise"],
    ]);
  });
  it("may be a place adverb after the subject", () => {
    expect(triples("Campaign workers here said they had knocked on every door.")).toEqual([
      ["Campaign workers", "said", "they had knocked on every door"],
    ]);
  });
  it("keeps a comparative quantity in the subject", () => {
    expect(triples("More than 40 unions - including the dockers and the nurses - said the deal was unfair.")).toEqual([
      ["More than 40 unions", "said", "the deal was unfair"],
    ]);
  });
  it("leaves a weekday after a document out of its speaker", () => {
    // Since the thirty-first round the document's issuer speaks for it ("The pollster released data … that suggest").
    expect(triples("The pollster released data Monday morning that suggest most commuters oppose the toll.")).toEqual([
      ["The pollster", "suggest", "most commuters oppose the toll"],
    ]);
  });
});

describe("a speaker after a quotation", () => {
  it("may be a role and a name in apposition with no comma before the cue", () => {
    expect(triples("“The ferry is our lifeline,” a neighbour, Jo Blum told the Courier.")).toEqual([
      ["a neighbour, Jo Blum", "told", "The ferry is our lifeline"],
    ]);
  });
  it("does not take a quotation inside its own relative clause as the second half", () => {
    expect(triples("“We will win,” said Okafor, who called the toll “a disgrace,” adding that she would fight.")).toEqual([
      ["Okafor", "said", "We will win"],
      ["Okafor", "called", "the toll “a disgrace,”"],
      ["Okafor", "adding", "that she would fight"],
    ]);
  });
});

describe("a source described by what it knows", () => {
  it("is the noun before \"familiar with\", \"close to\", \"briefed on\"", () => {
    expect(triples("People familiar with the talks said the ferry would stay.")).toEqual([
      ["People familiar with the talks", "said", "the ferry would stay"],
    ]);
    expect(triples("A source close to the mayor said the ferry would stay.")).toEqual([
      ["A source close to the mayor", "said", "the ferry would stay"],
    ]);
  });
  it("needs a noun that can speak before the link", () => {
    const speakers = triples("The shed close to the harbour said the ferry would stay.").map(([speaker]) => speaker);
    expect(speakers).not.toContain("The shed close to the harbour");
  });
});

describe("nouns that look like adverbs or participles", () => {
  it("can be the speaker", () => {
    expect(triples("The family said in a statement that he had died peacefully.")).toEqual([
      ["The family", "said", "that he had died peacefully"],
    ]);
    expect(triples("Another ranking says the mayor is not a millionaire.")).toEqual([
      ["Another ranking", "says", "the mayor is not a millionaire"],
    ]);
    expect(triples("One poll shows the mayor ahead, while another says the race is tied.")).toContainEqual(["another", "says", "the race is tied"]);
  });
  it("but a participle before a noun is an adjective", () => {
    expect(triples("The nagging question is whether the ferry can survive.")).toEqual([]);
  });
});

describe("the content of a claim", () => {
  it("runs on over an aside between its subject and its verb", () => {
    expect(triples("She also says the harbour toll, while unpopular, was handled well.")).toEqual([
      ["She", "says", "the harbour toll, while unpopular, was handled well"],
    ]);
  });
});

describe("a question put to someone", () => {
  it("is attributed by the next sentence even when it names the addressee", () => {
    expect(triples("“Did you read the report?” Okafor asked the minister.")).toEqual([["Okafor", "asked", "Did you read the report?"]]);
  });
  it("has no speaker in a subordinator", () => {
    expect(triples("Whenever asked about the toll, they changed the subject.")).toEqual([]);
  });
});

describe("a second speaker after \", and\"", () => {
  it("ends the first claim even when the speaker has a post-modifier and a plain \"say\"", () => {
    expect(triples("He has said little about the toll lately, and people close to him say he will vote for it.")).toEqual([
      ["He", "said little about", "the toll lately"],
      ["people close to him", "say", "he will vote for it"],
    ]);
  });
});

describe("a fronted subordinate clause before a cue", () => {
  it("is no content when the cue has its own", () => {
    expect(triples("As the ferry left the harbour, the Courier reported at least six boats had followed it.")).toEqual([
      ["the Courier", "reported", "at least six boats had followed it"],
    ]);
  });
  it("stays part of a content that goes on after it", () => {
    expect(triples("When the vote came, the toll plan failed, officials said.")).toEqual([
      ["officials", "said", "When the vote came, the toll plan failed"],
    ]);
  });
});

describe("family and friends as speakers", () => {
  it("are read like roles, after a sequence adverb too", () => {
    expect(triples("His mother said he had always loved the sea.")).toEqual([["His mother", "said", "he had always loved the sea"]]);
    expect(triples("First his sister, a nurse in Ely, announced they would sell the boat.")).toEqual([
      ["his sister, a nurse in Ely", "announced", "they would sell the boat"],
    ]);
  });
  it("but a title that begins with \"First\" is kept", () => {
    expect(triples("First Minister Ann Ridley said the ferry would stay.")).toEqual([["First Minister Ann Ridley", "said", "the ferry would stay"]]);
  });
});

describe("a family noun before a participle", () => {
  it("does not make a passive charge a claim", () => {
    expect(triples("The two towns argued over the extradition of a sailor's wife accused of sinking a ferry.")).toEqual([]);
  });
});

describe("an object's quoted complement", () => {
  it("ends the content before a preposition or a second verb", () => {
    expect(triples("Last week, Okafor called the mayor a “coward” on her radio show.")).toEqual([["Okafor", "called", "the mayor a “coward”"]]);
    expect(triples('Okafor called the deal "a betrayal" and walked out.')).toEqual([["Okafor", "called", 'the deal "a betrayal"']]);
  });
  it("is kept whole after other verbs, which quote mid-phrase", () => {
    expect(triples("Okafor criticized the council for “turning its back” on the harbour workers.")).toEqual([
      ["Okafor", "criticized", "the council for “turning its back” on the harbour workers"],
    ]);
  });
});

describe("a relative clause on a named speaker before the cue", () => {
  it("leaves the clause after the cue as content, not as an inverted speaker", () => {
    expect(triples("Jo Blum, who watched the launch from the pier, said the day brought back memories of her father.")).toEqual([
      ["Jo Blum", "said", "the day brought back memories of her father"],
    ]);
  });
});
