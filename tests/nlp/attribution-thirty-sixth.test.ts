// Focused cases for the thirty-sixth claims round:
// - speakers: an adjective in -ed between an article and a subject's noun; a name and its
//   appositive after "what"; the subject of the nearest clause that a wh-word or a subordinator
//   opens (for a participle after a preposition, and for a verb after "and" in an adverbial or
//   relative clause); a relative clause's antecedent with the name its appositive follows; an
//   adverb opening the sentence before a name; a participle of stance after a bare plural or "those";
// - subjects read past a relative clause or an "including" phrase, and past "What's more,";
// - contents: one inside a fronted subordinate clause ends where the main clause begins; an inverted
//   speaker's role appositive with no article is no content; a parenthetical attribution's content
//   opens after a colon, or after a dash that follows an attribution of its own.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakerOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.speaker.mention;

describe("a subject with an adjective in -ed", () => {
  it("reads the article, the adjective and the noun as the subject", () => {
    expect(speakerOf("The retired ferryman has given no details about how he planned to fund the boat, saying only that he was hopeful.", "saying")).toBe("The retired ferryman");
  });
  it("keeps a verb in -ed after an article's noun as the verb", () => {
    expect(speakerOf("The board voted against the plan, saying it was too costly.", "saying")).toBe("The board");
  });
});

describe("a name and its appositive after 'what'", () => {
  it("gives the cue to the name", () => {
    expect(speakerOf("The dockers held the quay for a week, in what Jo Okafor, a union steward, called “a siege of patience.”", "called")).toBe("Jo Okafor, a union steward");
    expect(speakerOf("The dockers held the quay for a week, in what Jo Okafor, national secretary for the union, called “a siege.”", "called")).toBe("Jo Okafor, national secretary for the union");
  });
});

describe("the subject of the nearest clause before a cue", () => {
  it("gives a participle after a preposition to the clause a wh-word opens", () => {
    expect(speakerOf("That is partly why harbour master Jo Okafor stopped giving interviews before announcing that she would retire.", "announcing")).toBe("harbour master Jo Okafor");
  });
  it("gives it to the clause a subordinator opens", () => {
    expect(speakerOf("He was the only pilot to stay after the inspector fooled the crew by telling them the ferry would sink.", "telling")).toBe("the inspector");
  });
  it("gives it to a relative clause's antecedent", () => {
    expect(speakerOf("Voss is the candidate who opened her campaign by declaring that the port was dying.", "declaring")).toBe("the candidate");
  });
  it("gives a verb after 'and' to the subject of a clause 'when' opens", () => {
    expect(speakerOf("The anger boiled over at a meeting on Tuesday when Mr. Okafor took issue with the new fares and assailed Ms. Voss from every side.", "assailed")).toBe("Mr. Okafor");
  });
  it("gives it to the subject of a relative clause 'which' opens", () => {
    expect(speakerOf("And the ferry contract, which Voss had called a “scandal” and promised to “tear up”?", "promised")).toBe("Voss");
    expect(speakerOf("Okafor posted a video from 1999, in which Voss called herself “a harbour girl” and admitted that she feared boats.", "admitted")).toBe("Voss");
  });
  it("keeps a verb after 'and' with the main clause after a complement clause", () => {
    expect(speakerOf("Voss said that the fares would rise and attacked the board.", "attacked")).toBe("Voss");
  });
  it("does not read 'which' after a verb as a relative clause", () => {
    expect(speakerOf("The new rules outline which boats pilots should be able to steer and aim to cut delays at the quay.", "aim")).not.toBe("boats pilots");
  });
  it("does not look into a long quotation", () => {
    expect(speakerOf("They asked the mayor to make it clear “that you find such extreme plans unacceptable” by condemning the fares.", "condemning")).not.toBe("you");
  });
});

describe("a relative clause after a name's appositive", () => {
  it("gives the clause to the name and its appositive", () => {
    const claim = record("Jo Blum, a ferry pilot who backs the strike, said the port was unsafe.").claims.find((c) => c.cue === "backs");
    expect(claim?.speaker.mention).toBe("Jo Blum, a ferry pilot");
    expect(claim?.speaker.name).toBe("Jo Blum");
    expect(speakerOf("The plan was derided by Armin Okafor, the leader who suggested that Voss had lied.", "suggested")).toBe("Armin Okafor, the leader");
  });
  it("does not take the end of a longer name as the name", () => {
    expect(speakerOf("He met Ferries for Harbourtown, a pressure group that endorsed Voss.", "endorsed")).toBe("a pressure group");
  });
});

describe("a content inside a clause that opens the sentence", () => {
  const textOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.text;
  it("ends where the main clause begins", () => {
    expect(textOf("In June, after a desperate Harbour Board asked pilots to take a pay cut, 800 pilots volunteered.", "asked")).toBe("pilots to take a pay cut");
    expect(textOf("When Voss said the fares would rise, the union sued the port.", "said")).toBe("the fares would rise");
    expect(textOf("After Voss asked the board to delay the vote, he left the room.", "asked")).toBe("the board to delay the vote");
  });
  it("leaves a participle with no subject of its own to the main clause", () => {
    expect(speakerOf("After saying that the fares were too high, Jo Okafor left the meeting.", "saying")).toBe("Jo Okafor");
  });
});

describe("an aside between a subject and its verb of stance", () => {
  it("reads past a relative clause", () => {
    expect(claimsOf("Ms. Okafor, who was honoured at the dinner, spoke about the importance of safe harbours.")).toContainEqual(["Ms. Okafor", "spoke about", "the importance of safe harbours"]);
  });
  it("reads past an 'including' phrase", () => {
    expect(claimsOf("Most captains, including Jo Voss, have backed the new pier.")).toContainEqual(["Most captains", "backed", "the new pier"]);
  });
  it("does not read past an aside with no verb after it", () => {
    expect(claimsOf("Ms. Okafor, who was honoured at the dinner, the port and the pier.").filter((c) => c[0] === "Ms. Okafor")).toEqual([]);
  });
});

describe("an adverb opening the sentence before a name", () => {
  it("is no part of the speaker", () => {
    expect(speakerOf("Later Voss said the port would close.", "said")).toBe("Voss");
    expect(speakerOf("While Voss pledged to support the plan, the board did not.", "pledged")).toBe("Voss");
    expect(speakerOf("Meanwhile Okafor, who was honoured at the dinner, spoke about the new pier.", "spoke about")).toBe("Okafor");
  });
  it("keeps a capitalised word that is part of the name", () => {
    expect(speakerOf("Harbour Master Voss said the port would close.", "said")).toBe("Harbour Master Voss");
  });
});

describe("more openings and participles of stance", () => {
  it("reads past 'What's more,'", () => {
    expect(claimsOf("What’s more, Okafor supported Jo Voss against the board.")).toEqual([["Okafor", "supported", "Jo Voss against the board"]]);
  });
  it("gives a participle of stance to a bare plural or 'those' before it", () => {
    expect(claimsOf("Dockers carried placards supporting Voss.")).toContainEqual(["placards", "supporting", "Voss"]);
    expect(claimsOf("The vote worried those backing Voss.")).toContainEqual(["those", "backing", "Voss"]);
  });
  it("does not give it to a pronoun", () => {
    expect(claimsOf("The vote worried them, backing Voss.").some((c) => c[0] === "them")).toBe(false);
  });
});

describe("a role appositive after an inverted speaker", () => {
  it("is no part of the content", () => {
    expect(claimsOf("The fare plans are irresponsible, said Jo Blum, senior director of harbour policy at the Port Institute.")).toEqual([
      ["Jo Blum", "said", "The fare plans are irresponsible"],
    ]);
    expect(claimsOf("The fare plans are irresponsible, said Jo Blum, senior director at the Port Institute, and a former pilot.")).toEqual([
      ["Jo Blum", "said", "The fare plans are irresponsible"],
    ]);
  });
  it("keeps a quotation's closing mark before the cue", () => {
    expect(claimsOf("The fare plans are “deeply irresponsible,” said Jo Blum, senior director at the Port Institute.")).toEqual([
      ["Jo Blum", "said", "The fare plans are “deeply irresponsible,”"],
    ]);
  });
  it("leaves a clause after the speaker's comma as the rest of the content", () => {
    expect(claimsOf("It helps, said Mr Okafor, that people are more used to the new fares.")).toEqual([
      ["Mr Okafor", "said", "It helps that people are more used to the new fares"],
    ]);
    expect(claimsOf("In some ports, said the report, so many firms were able to unload before dawn.")).toEqual([
      ["the report", "said", "In some ports so many firms were able to unload before dawn"],
    ]);
  });
  it("joins the two halves of a split clause around the speaker and the appositive", () => {
    expect(claimsOf("The trouble with the ferry, says Carl Okafor, historian at the Harbour Library, is that nobody owns it.")).toEqual([
      ["Carl Okafor, historian at the Harbour Library", "says", "The trouble with the ferry is that nobody owns it"],
    ]);
  });
});

describe("a parenthetical attribution after a break", () => {
  const textOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.text;
  it("opens its content after a colon", () => {
    expect(textOf("A reminder: the new fares, the council noted, would all push pilots away.", "noted")).toBe("the new fares would all push pilots away");
  });
  it("opens it after a dash that follows another attribution", () => {
    expect(textOf("Okafor said the delay was part of the job — no different, he said, from any winter at sea.", "said")).toBe("the delay was part of the job — no different, he said, from any winter at sea");
    expect(record("Okafor said the delay was part of the job — no different, he said, from any winter at sea.").claims.map((c) => c.text)).toContain("no different from any winter at sea");
  });
  it("keeps the words before a dash that no attribution precedes", () => {
    expect(textOf("The bill would stop the ferry from sailing - a rule that is meant to protect pilots, Voss said, and it passed.", "said")).toBe("The bill would stop the ferry from sailing - a rule that is meant to protect pilots and it passed");
  });
});
