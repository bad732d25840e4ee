// Focused cases for the eighteenth claims round: a dateline whose place ends in an abbreviation
// before the agency, a quoted phrase after a determiner or preposition, what "citing" names, speakers
// named by an occupation or with a participle before the role, and "on" before a day after a cue.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.ts";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("a dateline with a state abbreviation before the agency", () => {
  const lead = "PORT ELLIS, Fla. (AP) — The mayor met the dockers on Thursday and said the ferry must stay.";
  it("is one sentence with the lead", () => {
    expect(splitSentences(lead).map((s) => lead.slice(s.start, s.end))).toEqual([lead]);
  });
  it("so the lead's subject is the speaker of a second verb", () => {
    expect(claimsOf(lead)).toEqual([["The mayor", "said", "the ferry must stay"]]);
  });
  it("while a bracket that opens a sentence of its own still splits (guard)", () => {
    const text = "The ferry left at noon. (The board said it would return.)";
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe("a quoted phrase inside the sentence", () => {
  it("after a preposition's determiner is no quotation of the speaker after it", () => {
    expect(claimsOf("To a question on the “future of the port,” Blum said private ferries can cost more than public ones.")).toEqual([
      ["Blum", "said", "private ferries can cost more than public ones"],
    ]);
  });
  it("while a quotation opening the sentence still is (guard)", () => {
    expect(claimsOf("“The future of the port is bright,” Blum said.")).toEqual([["Blum", "said", "The future of the port is bright"]]);
  });
});

describe("what “citing” names after a verb of saying", () => {
  it("keeps its phrases, up to the clause's end", () => {
    expect(claimsOf("“The ferry will not run at a loss,” Okafor said, citing his anger at the rising cost of fuel.")).toEqual([
      ["Okafor", "said", "The ferry will not run at a loss"],
      ["Okafor", "citing", "his anger at the rising cost of fuel"],
    ]);
  });
});

describe("what a new user's articles showed", () => {
  it("finds a speaker named by an occupation from the people lexicon", () => {
    expect(claimsOf("The library will open on Sundays from next month, librarian Jo Blum said.")).toEqual([
      ["librarian Jo Blum", "said", "The library will open on Sundays from next month"],
    ]);
    expect(claimsOf("Turnout was 64 per cent, the librarian announced.")).toEqual([["the librarian", "announced", "Turnout was 64 per cent"]]);
  });
  it("keeps a participle before a role noun in the speaker", () => {
    expect(claimsOf("Turnout was 64 per cent, the returning officer said.")).toEqual([["the returning officer", "said", "Turnout was 64 per cent"]]);
    expect(claimsOf("“It's lovely,” said retired teacher Albert Finch.")).toEqual([["retired teacher Albert Finch", "said", "It's lovely"]]);
  });
  it("leaves “on” before a day out of the cue", () => {
    expect(claimsOf("Helen Achterberg denied on Monday that the council had sold the land.")).toEqual([
      ["Helen Achterberg", "denied", "that the council had sold the land"],
    ]);
    expect(claimsOf("The mayor called on the council to sell the land.").map((c) => c[1])).toEqual(["called on"]);
  });
});
