// Focused cases for the thirty-third claims round: a name before an irregular past, a verb of saying
// inside a lower-case phrase, "a representative for X", a time opening an object, a recent span of
// time after the subject, "Once …," opening a sentence, adjectives and passives that look like cues,
// "said little about", a nominal claim that ends before the main verb, a quotation inside a reported
// clause, and a name or a state between commas inside an object. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakersOf = (text: string) => record(text).claims.map((c) => [c.speaker.name, c.cue]);

describe("speakers", () => {
  it("ends a one-word name's phrase at an irregular past", () => {
    expect(claimsOf("Voss met the voters, noting that the fares were too high.")).toEqual([["Voss", "noting", "that the fares were too high"]]);
  });
  it("reads 'a representative for' a brand as one phrase", () => {
    expect(claimsOf("A representative for the Harbour Line brand said the ferries were built abroad.")).toEqual([
      ["A representative for the Harbour Line brand", "said", "the ferries were built abroad"],
    ]);
  });
  it("leaves out a recent span of time between the subject and its verb", () => {
    expect(claimsOf("Analysts in the past week said the fares would rise.")).toEqual([["Analysts", "said", "the fares would rise"]]);
    expect(claimsOf("Dockers over the last two months have argued that the fares are too high.")).toEqual([["Dockers", "argued", "that the fares are too high"]]);
  });
  it("keeps a span that a participle in the subject owns", () => {
    expect(speakersOf("None of the dockers I interviewed in the past week thought the fares were fair.")[0]?.[0]).not.toBe("the past");
  });
  it("skips an opening clause with 'Once' to the main clause's subject", () => {
    expect(speakersOf("Once she was mayor, Jo Blum made the harbour a priority, announcing a new ferry line.")).toEqual([["Jo Blum", "announcing"]]);
  });
});

describe("words that look like cues", () => {
  it("reads no verb of saying in a noun phrase after an irregular past", () => {
    expect(claimsOf("The ferry company said in court filings that the contract was legal.")).toEqual([["The ferry company", "said", "that the contract was legal"]]);
  });
  it("reads an -ing word after 'most' as an adjective", () => {
    expect(claimsOf("The most telling promise Voss has made is that he will not raise fares.")).toEqual([]);
  });
  it("reads a participle with its agent as a passive", () => {
    expect(claimsOf("In those years he was suspected of fraud, and accused by the harbour board of hiding the accounts.")).toEqual([]);
  });
  it("still reads a verb of saying 'by phone'", () => {
    expect(claimsOf("The mayor announced by phone that the pier would close.")).toEqual([["The mayor", "announced", "that the pier would close"]]);
  });
});

describe("what a claim says", () => {
  it("skips a time that opens an object", () => {
    expect(claimsOf("They see in the last seven years major advances in ferry safety.")).toEqual([["They", "see", "major advances in ferry safety"]]);
  });
  it("reads 'said little about' as the topic", () => {
    expect(claimsOf("She has said little about the harbour plan in recent months.")).toEqual([["She", "said little about", "the harbour plan"]]);
  });
  it("reads no claim in 'said little,'", () => {
    expect(claimsOf("Voss said little, and the board left.")).toEqual([]);
  });
  it("ends a nominal claim before a negated auxiliary or an irregular past", () => {
    expect(claimsOf("The mayor's focus on the harbour hasn't gone unnoticed by the dockers.")).toEqual([["The mayor's", "focus on", "the harbour"]]);
    expect(claimsOf("His support for closing the pier drew anger from the dockers.")).toEqual([["His", "support for", "closing the pier"]]);
  });
});

describe("quotations and objects", () => {
  it("leaves a quotation inside a reported clause to that clause when the next cue has its own", () => {
    const claims = claimsOf("While Voss argued that “the fares are too high,” the mayor said the fares were fair.");
    expect(claims).toContainEqual(["the mayor", "said", "the fares were fair"]);
    expect(claims.filter((c) => c[0] === "the mayor")).toHaveLength(1);
    expect(claims.filter((c) => c[0] === "Voss")).toHaveLength(1);
  });
  it("still gives a quotation to the cue after it that takes no clause", () => {
    expect(claimsOf("“The fares are too high,” the mayor said on Monday.")).toEqual([["the mayor", "said", "The fares are too high"]]);
  });
  it("keeps a name in apposition and a state inside an object", () => {
    expect(claimsOf("Voss assailed a harbour official, Jo P. Blum, for her ruling on the pier.")).toEqual([["Voss", "assailed", "a harbour official, Jo P. Blum, for her ruling on the pier"]]);
    expect(claimsOf("Blum pointed to a recent stop in Concord, N.H., where the mayor thanked the dockers.")).toEqual([
      ["Blum", "pointed to", "a recent stop in Concord, N.H., where the mayor thanked the dockers"],
    ]);
  });
});
