// Precision guards: words and phrases that look like claims but are not, and one claim per cue.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";
import { record, claimsOf } from "./claims-helpers.ts";

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

describe("no claims from degrees, reflexives, media and 'called'", () => {
  it("reads no purpose after a degree or a question word", () => {
    expect(claimsOf("The vote in Dunmore was too close to call for much of the night.")).toEqual([]);
    expect(claimsOf("The board used the survey to decide who to target for the new levy.")).toEqual([]);
  });
  it("reads no particle before a reflexive or a medium", () => {
    expect(claimsOf("In the clip, you can see for yourself that the ferry sailed late.")).toEqual([]);
    expect(claimsOf("Officials in the council criticized on social media the decision to close the pier.")).toEqual([
      ["Officials in the council", "criticized", "the decision to close the pier"],
    ]);
  });
  it("keeps the verb of a question after a stance noun and its preposition", () => {
    expect(claimsOf("Owners raised questions about how the council would pay for the pier.")).toEqual([
      ["Owners", "questions about", "how the council would pay for the pier"],
    ]);
  });
  it("reads “called” after an indefinite phrase as a name, not speech, unless an object follows the name", () => {
    expect(claimsOf("A new group called Harbour Voices is trying to raise money for the pier.")).toEqual([]);
    expect(claimsOf("A fishing club called “The Nets” opened on the quay.")).toEqual([]);
    expect(claimsOf("A spokesman called Blum a liar.")).toEqual([["A spokesman", "called", "Blum a liar"]]);
  });
  it("reads “so- called” as no speech", () => {
    expect(claimsOf("The owners and the so- called harbour board met on Monday.")).toEqual([]);
  });
});

describe("no claims from names after 'called' or cues before a quotation's speaker", () => {
  it("reads “the group called X is …” as a name, and “called X a liar” as speech", () => {
    expect(record("The group called Harbour First is planning a rally.").claims).toEqual([]);
    expect(claimsOf("The mayor called Dahl a liar.")).toEqual([["The mayor", "called", "Dahl a liar"]]);
  });
  it("gives a quotation to the speaker after it, not to a cue right before it", () => {
    expect(claimsOf("Nothing the mayor said “was a surprise to anyone,” the senator said.")).toEqual([["the senator", "said", "was a surprise to anyone"]]);
  });
  it("keeps a quotation that a cue introduces with a comma", () => {
    expect(claimsOf("Dahl said, “The levy is fair.”")).toEqual([["Dahl", "said", "The levy is fair."]]);
  });
});

describe("cues that are no claims", () => {
  it("reads no claim in an object cue before 'with'", () => {
    expect(claimsOf("Voss answered with two goals in quick succession.")).toEqual([]);
  });
  it("keeps a noun-like cue a verb after a relative pronoun", () => {
    expect(claimsOf("The site, which investigators claim was a clearing house for fraud, has closed.").map((c) => c[1])).toEqual(["claim"]);
  });
  it("gives a document's cue to whoever issued it", () => {
    expect(claimsOf("The statement issued by the ferry line also said that the quay was safe.").map((c) => c[0])).toEqual(["the ferry line"]);
  });
});

describe("acts that are not stances", () => {
  it("reads no claim in 'to find' nor in 'chose'", () => {
    expect(claimsOf("Okafor and Ridley failed to find common ground at the meeting.")).toEqual([]);
    expect(claimsOf("The harbour board chose Ridley to run the ferry.")).toEqual([]);
  });
});

describe("a family noun before a participle", () => {
  it("does not make a passive charge a claim", () => {
    expect(triples("The two towns argued over the extradition of a sailor's wife accused of sinking a ferry.")).toEqual([]);
  });
});

describe("a naming participle", () => {
  it("reads no claim when a relative clause follows the name", () => {
    expect(claimsOf("The port uses a web-based tool called TideWatch that lets its pilots see where ships are.")).toEqual([]);
  });
  it("reads no speaker across a verb in -s and its object (\"lets its captains see\")", () => {
    expect(claimsOf("The tool lets its captains see where ships are.")).toEqual([]);
  });
});

describe("a noun after a possessive before 'that'", () => {
  it("is no verb of saying", () => {
    expect(claimsOf("The council is now restoring Okafor's piers that are no longer in use.")).toEqual([]);
  });
  it("leaves a name's verb before 'that' a claim (guard)", () => {
    expect(claimsOf("Okafor suspects that the piers are no longer safe.")).toEqual([["Okafor", "suspects", "that the piers are no longer safe"]]);
  });
});

describe("a noun in -eed before 'that'", () => {
  it("is no verb of saying", () => {
    expect(claimsOf("Later, Okafor said on her official Twitter feed that she was referring to the harbour board.")).toEqual([
      ["Okafor", "said", "that she was referring to the harbour board"],
    ]);
  });
});

describe("negated cues that say nothing (guards)", () => {
  it("gives no claim for a negated cue whose content is 'any'", () => {
    expect(claimsOf("The union did not endorse any of the candidates.")).toEqual([]);
  });
  it("gives no claim for a negated passive with its agent", () => {
    expect(claimsOf("The harbour plan was not backed by the council.")).toEqual([]);
  });
});

describe("words that look like cues but say nothing", () => {
  it("a heading in capitals before a dash is no speaker", () => {
    expect(claimsOf("HARBOUR BEAT—\"The ferry will stop in May,\" by the Courier’s Ana Lidell: \"The ferry will stop in May.\"")).toEqual([]);
  });
  it("“add” says nothing without a clause after “that”", () => {
    expect(claimsOf("In all, those pledges add up to more than $8 million.")).toEqual([]);
    expect(claimsOf("The new levy would add a burden to every skipper.")).toEqual([]);
  });
});

describe("“that” alone after a verb of saying", () => {
  it("is no claim", () => {
    expect(claimsOf("(Having said that, there are some skippers who argue that the levy should be low.)")).toEqual([["some skippers", "argue", "that the levy should be low"]]);
  });
});

describe("an infinitive with no holder", () => {
  it("is no claim", () => {
    expect(claimsOf("(Not to mention, ferries often run late in winter to save fuel.)")).toEqual([]);
  });
});

describe("a verb of saying before an infinitive", () => {
  it("gives the clause before its comma to no one", () => {
    expect(claimsOf("But even after Blum dropped her reluctance to debate, Ridley continued to portray her as hiding.")).toEqual([["Ridley", "portray", "her as hiding"]]);
  });
  it("still reads \"went on to say\" (guard)", () => {
    expect(claimsOf("Ridley went on to say the fares were too high.")).toEqual([["Ridley", "say", "the fares were too high"]]);
  });
});

describe("a comparison opening the sentence", () => {
  it("is no content of the cue after it", () => {
    expect(claimsOf("Like the harbour master, I believe in the good sense of the crews.")).toEqual([]);
    expect(claimsOf("Unlike Okafor, Blum thinks the fares are too high.")).toEqual([["Blum", "thinks", "the fares are too high"]]);
  });
});

describe("a participle with its that-clause before the subject", () => {
  it("is no content of the main clause's cue, but a claim of its own", () => {
    expect(claimsOf("Noting that the fares had doubled, Ridley said nothing.")).toEqual([["Ridley", "Noting", "that the fares had doubled"]]);
    expect(claimsOf("Noting that the fares had doubled, Ridley reminded the board of his plan to rebuild the pier.").filter((c) => c[1] === "reminded")).toEqual([["Ridley", "reminded", "his plan to rebuild the pier"]]);
  });
});

describe("nouns that look like verbs, and adverbs alone", () => {
  it("reads a stance word before an auxiliary as a noun (guard for “media” as a speaker)", () => {
    expect(triples("Much of the media focus will be on the ferry.")).toEqual([]);
  });
  it("drops a content that is an adverb alone", () => {
    expect(triples("The voters cheered loudly.")).toEqual([]);
  });
});
