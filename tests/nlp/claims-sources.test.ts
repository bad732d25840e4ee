// Sources: 'according to', 'as reported by', 'citing', documents and polls that speak, and who speaks
// through a document. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";
import { record, claimsOf, claimsAtEnd, rawClaimsWithKind, speakersOf, speakerTypesAtEnd } from "./claims-helpers.ts";

describe("an appositive after the source of “according to”", () => {
  it("describes the source and is left out of the content", () => {
    expect(triples("According to Jo Blum, writing for the Harbour Herald, the ferry will be late.")).toEqual([["Jo Blum", "According to", "the ferry will be late"]]);
    expect(triples("According to Jo Blum, a pilot at the port, the ferry will be late.")).toEqual([["Jo Blum", "According to", "the ferry will be late"]]);
    expect(triples("The ferries are late, according to Blum, who runs the port.")).toEqual([["Blum", "according to", "The ferries are late"]]);
  });
  it("is not a phrase with its own verb", () => {
    expect(triples("According to the council, a third of the ferries are late.")).toEqual([["the council", "According to", "a third of the ferries are late"]]);
  });
});

describe("a name in apposition after 'according to'", () => {
  it("is part of the source, not of the content, before the content", () => {
    expect(claimsAtEnd("According to the librarian, Ravi Chandrasekar, more than 400 books were returned late.")).toEqual([
      ["the librarian, Ravi Chandrasekar", "According to", "more than 400 books were returned late"],
    ]);
  });
  it("and at the sentence's end", () => {
    expect(speakerTypesAtEnd("More than 400 books were returned late, according to the librarian, Ravi Chandrasekar.")).toEqual([["Ravi Chandrasekar", "person"]]);
  });
  it("but not after a document: the name there is the content's subject", () => {
    expect(claimsAtEnd("According to a summary of the inquiry, Cheryl Okafor, a harbour aide, sent the email.")).toEqual([
      ["a summary of the inquiry", "According to", "Cheryl Okafor, a harbour aide, sent the email"],
    ]);
  });
  it("while a list after a named source's comma is content (guard)", () => {
    expect(claimsAtEnd("According to the council, Brandt and Okafor voted against the plan.")).toEqual([
      ["the council", "According to", "Brandt and Okafor voted against the plan"],
    ]);
  });
});

describe("as reported by", () => {
  it("names the source at the start or the end of a sentence", () => {
    expect(triples("As reported by the Courier, the harbour master was told of the leak.")).toEqual([
      ["the Courier", "As reported by", "the harbour master was told of the leak"],
    ]);
    expect(triples("The harbour master was told of the leak, as first reported by the Courier.")).toEqual([
      ["the Courier", "as first reported by", "The harbour master was told of the leak"],
    ]);
  });
});

describe("what “citing” names after a verb of saying", () => {
  it("keeps its phrases, up to the clause's end", () => {
    expect(claimsAtEnd("“The ferry will not run at a loss,” Okafor said, citing his anger at the rising cost of fuel.")).toEqual([
      ["Okafor", "said", "The ferry will not run at a loss"],
      ["Okafor", "citing", "his anger at the rising cost of fuel"],
    ]);
  });
});

describe("“citing” after a clause with a verb of saying", () => {
  it("is a claim of that verb's speaker, past the clause's content and an adverbial", () => {
    expect(claimsOf("Harbour analysts said the old port had lost its appeal, citing the rise of the new terminal.")).toEqual([
      ["Harbour analysts", "said", "the old port had lost its appeal"],
      ["Harbour analysts", "citing", "the rise of the new terminal"],
    ]);
    expect(claimsOf("“The pier has changed for the better,” Okafor said in June 2012, citing the new lights.")).toContainEqual(["Okafor", "citing", "the new lights"]);
  });
  it("ends before “and” and a participle of stance, which is a claim of its own", () => {
    expect(claimsOf("Okafor said the pier would close, citing the costs they face and calling for a review.")).toEqual([
      ["Okafor", "said", "the pier would close"],
      ["Okafor", "citing", "the costs they face"],
      ["Okafor", "calling for", "a review"],
    ]);
    expect(claimsOf("Okafor said the pier would close, citing rising costs and falling trade.")).toContainEqual(["Okafor", "citing", "rising costs and falling trade"]);
  });
});

describe("', citing …,' between a subject and its verb of saying", () => {
  it("gives what is cited to the speaker", () => {
    expect(claimsOf("The Gazette, citing internal documents, reported that the ferry firm is broke.")).toEqual([
      ["The Gazette", "citing", "internal documents"],
      ["The Gazette", "reported", "that the ferry firm is broke"],
    ]);
  });
  it("is still no claim after a verb of another kind (the seed reference)", () => {
    expect(claimsOf("The two ferry firms dropped their merger, citing changes in the harbour rules.")).toEqual([]);
  });
});

describe("a participle of citing", () => {
  it("is a claim of the speaker of the verb of saying before it", () => {
    expect(rawClaimsWithKind("“This ferry will not run at a loss,” Okafor said, citing the rising cost of fuel.")).toEqual([
      ["Okafor", "said", "direct", "This ferry will not run at a loss"],
      ["Okafor", "citing", "indirect", "the rising cost of fuel"],
    ]);
    expect(rawClaimsWithKind("The harbour master said, citing the rising cost of fuel, that the ferry would stop.")[0]?.slice(0, 2)).toEqual(["The harbour master", "said"]);
  });
  it("after any other verb gives a reason, not a claim (guard)", () => {
    expect(rawClaimsWithKind("The harbour board cancelled the winter timetable, citing the rising cost of fuel.")).toEqual([]);
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

describe("a document subject", () => {
  it("leaves its auxiliaries and adverbs to the cue", () => {
    expect(claimsOf("The polls have similarly shown that the mayor's lead is eroding.")).toEqual([["The polls", "shown", "that the mayor's lead is eroding"]]);
  });
  it("keeps a time after it", () => {
    expect(claimsOf("A university poll out Monday showed that the mayor is ahead.")).toEqual([["A university poll out Monday", "showed", "that the mayor is ahead"]]);
  });
});

describe("who speaks through a document or a stance noun", () => {
  it("is the subject of the verb that put out the document, with a time or a count in the phrase", () => {
    expect(claimsAtEnd("The ferry company released an ad this week showing the new boats at sea.")).toEqual([
      ["The ferry company", "showing", "the new boats at sea"],
    ]);
    expect(claimsAtEnd("Okafor unleashed a series of posts early Friday saying that the board had lied.")).toEqual([["Okafor", "saying", "that the board had lied"]]);
  });
  it("is the subject of a light verb whose object is the stance noun", () => {
    expect(claimsAtEnd("The harbour council on Friday made a strong condemnation of the ferry closures.")).toEqual([
      ["The harbour council", "condemnation of", "the ferry closures"],
    ]);
    expect(claimsAtEnd("Okafor is raising questions about the ferry timetable.")).toEqual([["Okafor", "questions about", "the ferry timetable"]]);
  });
  it("while 'In the wake of' a document names no source (guard against the old reading)", () => {
    expect(claimsAtEnd("In the wake of the harbour report, Okafor has portrayed himself as a reformer.").map((c) => c[1])).not.toContain("In");
  });
  it("while 'In' a poll still does (guard)", () => {
    expect(claimsAtEnd("In a series of polls released Monday, most dockers chose the mayor.")).toEqual([
      ["a series of polls released Monday", "In", "most dockers chose the mayor"],
    ]);
  });
});

describe("documents and findings", () => {
  it("gives a claim in a relative clause on a document to whoever put the document out", () => {
    expect(speakersOf("Ines Dahl has released a video that accuses the mayor of hiding the costs.")).toEqual([["Ines Dahl", "accuses"]]);
  });
  it("leaves what a document shows to the document", () => {
    expect(claimsOf("Dahl released her medical records in July, which showed she was fit for the post.")).toContainEqual([
      "her medical records",
      "showed",
      "she was fit for the post",
    ]);
  });
  it("reads “…, X found.” at the end of a sentence as X's finding", () => {
    expect(claimsOf("Turnout fell sharply in the harbour towns, researchers found.")).toEqual([["researchers", "found", "Turnout fell sharply in the harbour towns"]]);
  });
});

describe("a document before a relative pronoun", () => {
  it("is the source of an evidence verb in the relative clause", () => {
    expect(claimsOf("The vote came after polls by the Harbour Institute that showed Quinlan ahead in three wards.")).toContainEqual(["polls by the Harbour Institute", "showed", "Quinlan ahead in three wards"]);
  });
});

describe("polls in a phrase", () => {
  it("reads a poll at the end of a sentence as its source", () => {
    expect(claimsOf("Dahl held a 12-point lead in a new harbour poll.")).toEqual([["a new harbour poll", "in", "Dahl held a 12-point lead"]]);
  });
  it("does not when a verb follows the poll, or when it names who was surveyed", () => {
    const cues = (s: string) => record(s).claims.map((c) => c.cue);
    expect(cues("Half of the dockers surveyed in a new harbour poll support Ines Dahl.")).not.toContain("in");
    expect(cues("Dahl was backed by 42 percent of the dockers surveyed in the harbour poll.")).not.toContain("in");
  });
});

describe("evidence from an email, a search or arithmetic", () => {
  it("comes from an email, a search or arithmetic", () => {
    expect(claimsOf("A 2014 email shows the board sent ten staff to the fair.")).toContainEqual(["A 2014 email", "shows", "the board sent ten staff to the fair"]);
    expect(claimsOf("A quick search shows no reports of the closure.")).toEqual([["A quick search", "shows", "no reports of the closure"]]);
  });
  it("takes the article before “new” into the mention", () => {
    expect(claimsOf("A new batch of board emails showed close ties between the two ferry firms.")[0]?.[0]).toBe("A new batch of board emails");
  });
});

describe("a contrast after \"according to X\" in mid-sentence", () => {
  it("is the narrator's, not the source's", () => {
    expect(triples("Blum leads Okafor by 40 votes, according to a count by the harbour board, but Okafor has not conceded.")).toContainEqual([
      "a count by the harbour board", "according to", "Blum leads Okafor by 40 votes",
    ]);
  });
  it("still joins a clause after it with \"and\" (guard)", () => {
    expect(triples("The ferry will sail, according to the harbour board, and the crews will return on Monday.")).toContainEqual([
      "the harbour board", "according to", "The ferry will sail and the crews will return on Monday",
    ]);
  });
});
