// Focused cases for the thirty-fourth claims round: "answered" as a cue, a question and its answer in
// two sentences, nouns that look like cues before an auxiliary, "say" between commas, names joined by
// a slash, a quotation after a preposition, a second count and cue after "and", "one of the …" and a
// name with its appositive closing a sentence, the speaker of a participle after an addressee or an
// agent, and a sentence adverb before the subject. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("quotations", () => {
  it("reads 'answered' before a quotation as its cue", () => {
    expect(claimsOf("Voss answered, “I have no idea. We are old friends, too.”")).toEqual([["Voss", "answered", "I have no idea. We are old friends, too."]]);
  });
  it("reads 'the answer' as a noun", () => {
    expect(claimsOf("The answer was no.")).toEqual([]);
  });
  it("leaves a question to its asker when the next sentence's cue opens a quotation of its own", () => {
    expect(claimsOf("Voss was asked, “Would you have told her?” He replied, “I have no idea.”")).toEqual([
      ["Voss", "asked", "Would you have told her?"],
      ["He", "replied", "I have no idea."],
    ]);
  });
  it("gives no speaker to a quotation after a preposition", () => {
    expect(claimsOf("The ferry returned.\n\nAccording to Jo Blum's “The Harbour Years: Ferries, Fares and the Sea” and other sources, his was an all-purpose job.").map((c) => c[0])).not.toContain("According");
    expect(claimsOf("Hundreds of letters have arrived, many addressed simply to “The Mayor of the Harbour, Port Vale.”")).toEqual([]);
  });
});

describe("words that look like cues", () => {
  it("reads a noun-like cue before an auxiliary as a noun", () => {
    expect(claimsOf("Questions and answers have been edited for length and clarity.")).toEqual([]);
    expect(claimsOf("Questions and claims have been checked for accuracy.")).toEqual([]);
  });
  it("keeps it a verb after a pronoun", () => {
    expect(claimsOf("The fares were set by Voss, who he claims has been unfair to the dockers.")).toEqual([["he", "claims", "has been unfair to the dockers"]]);
  });
  it("reads 'say' between commas as 'for example'", () => {
    expect(claimsOf("It was not so long ago -- oh, say, five years -- that ferries ran every hour.")).toEqual([]);
  });
});

describe("speakers", () => {
  it("reads two names joined by a slash as one", () => {
    expect(claimsOf("Some 20 percent of people in a recent Harbour/Vale poll said they had never taken a ferry.")).toEqual([
      ["Some 20 percent of people", "said", "they had never taken a ferry"],
    ]);
  });
  it("keeps 'one of' and 'most of' in a speaker that closes the sentence", () => {
    expect(claimsOf("The fares will rise, one of the former ferry captains said.")).toEqual([["one of the former ferry captains", "said", "The fares will rise"]]);
    expect(claimsOf("The fares will rise, most of the dockers said.")).toEqual([["most of the dockers", "said", "The fares will rise"]]);
  });
  it("reads a name and its appositive between commas after the content", () => {
    expect(claimsOf("The fares will rise, Anna White, a spokeswoman, said.")).toEqual([["Anna White, a spokeswoman", "said", "The fares will rise"]]);
    expect(claimsOf("The fares will rise, Anna White, a spokeswoman for the line, said on Monday.")).toEqual([["Anna White, a spokeswoman for the line", "said", "The fares will rise"]]);
  });
});

describe("speakers of participles and clauses", () => {
  it("gives a participle after an addressee to the clause's subject", () => {
    expect(claimsOf("The night before, her campaign sent out a text message to supporters saying: “We won the harbour!”")).toEqual([["her campaign", "saying", "We won the harbour!"]]);
    expect(claimsOf("Voss emailed supporters saying the race was close.")).toEqual([["Voss", "saying", "the race was close"]]);
  });
  it("keeps a participle with the people it follows after other verbs", () => {
    expect(claimsOf("Voss met voters saying they were afraid.")).toEqual([["voters", "saying", "they were afraid"]]);
  });
  it("skips a sentence adverb and its comma to the subject", () => {
    expect(claimsOf("Therefore, harbour sources believe the line has been sold, and admit that the dockers are powerless.").map((c) => c[0])).toEqual(["harbour sources", "harbour sources"]);
  });
  it("gives the cue to the phrase a participle describes, not to the participle's agent", () => {
    expect(claimsOf("A letter from the ferry union obtained by the Harbour Gazette warns that the strike will go on.")).toEqual([
      ["A letter from the ferry union", "warns", "that the strike will go on"],
    ]);
  });
  it("reads an appositive with a phrase in it after the name that closes a sentence", () => {
    expect(claimsOf("Two ferries have been sold, Jo P. Blum, the head of the ferry line, wrote in a memo to the council.")).toEqual([
      ["Jo P. Blum, the head of the ferry line", "wrote", "Two ferries have been sold"],
    ]);
  });
});

describe("speakers after quotations and parentheses", () => {
  it("gives a participle after 'X said,' to X when a straight quotation opens the sentence", () => {
    expect(claimsOf('"If anyone should lose, it would be the ferry line," Voss said, referring to the harbour board.')).toEqual([
      ["Voss", "said", "If anyone should lose, it would be the ferry line"],
      ["Voss", "referring to", "the harbour board"],
    ]);
  });
  it("reads past a long parenthesis after a name or a share to its verb", () => {
    expect(claimsOf("Few would admit this, but Jo Blum (a harbour pilot so young she has been mistaken for a deckhand) says she was lost at first.")).toEqual([
      ["Jo Blum", "says", "she was lost at first"],
    ]);
    expect(claimsOf("Some 20 percent said they doubt it; 29 percent (and 43 percent of dockers) said they believe it.").map((c) => c[0])).toEqual(["Some 20 percent", "29 percent"]);
  });
});

describe("a quotation between two attributions", () => {
  it("leaves a quotation after 'X said.' to X when the next sentence's cue opens a quotation of its own", () => {
    const claims = record("“The fares are too high,” said Voss. “The dockers cannot pay them.” Jo Blum, the mayor, said: “We will look at the fares.”").claims;
    expect(claims.map((c) => [c.speaker.mention, c.text])).toEqual([
      ["Voss", "The fares are too high … The dockers cannot pay them."],
      ["Jo Blum, the mayor", "We will look at the fares."],
    ]);
  });
  it("gives a quotation that opens its paragraph to the next sentence's 'X added:'", () => {
    const claims = record("Voss said the ferry would appeal to families.\n\n“They want a taste of the sea.” Voss added: “Everybody thought the line was finished.”").claims;
    expect(claims.map((c) => [c.speaker.mention, c.cue, c.text])).toEqual([
      ["Voss", "said", "the ferry would appeal to families"],
      ["Voss", "added", "They want a taste of the sea."],
      ["Voss", "added", "Everybody thought the line was finished."],
    ]);
  });
});

describe("inverted attributions inside a sentence", () => {
  it("joins a short opening to the rest when 'says X' splits them", () => {
    expect(claimsOf("The answer, says Prof Okafor, is a new quay.")).toEqual([["Prof Okafor", "says", "The answer is a new quay"]]);
  });
  it("keeps the name's role phrase in the speaker", () => {
    expect(claimsOf("Not least, said Jo Blum, principal engineer at the port, because the quay is old.")).toEqual([
      ["Jo Blum, principal engineer at the port", "said", "Not least because the quay is old"],
    ]);
    expect(claimsOf("By contrast, said Jo Blum, the code for the gates, locks and cranes was old.").map((c) => c[0])).not.toContain("Jo Blum, the code for the gates");
    expect(claimsOf("But, says Tom Voss, senior vice-president of the ferry line, the fares will fall.")).toEqual([
      ["Tom Voss, senior vice-president of the ferry line", "says", "But the fares will fall"],
    ]);
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

describe("what a claim says", () => {
  it("ends a clause before 'and' with a count and a cue of its own", () => {
    expect(claimsOf("A third said the line did not care about the dockers and one in four said the line was hostile.")).toEqual([
      ["A third", "said", "the line did not care about the dockers"],
      ["one in four", "said", "the line was hostile"],
    ]);
    expect(claimsOf("Some 40 percent said a strike was likely and 14 percent said it was not likely at all.")).toEqual([
      ["Some 40 percent", "said", "a strike was likely"],
      ["14 percent", "said", "it was not likely at all"],
    ]);
  });
  it("keeps a second that-clause in the content", () => {
    expect(claimsOf("Voss said he appreciated the apology and that he wanted to move on.")).toEqual([["Voss", "said", "he appreciated the apology and that he wanted to move on"]]);
  });
});
