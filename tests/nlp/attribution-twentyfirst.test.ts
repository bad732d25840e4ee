// Focused cases for the twenty-first claims round: a list of predicates of one subject, each a past
// verb of saying or stance with its object ("urged …, proposed that …, and …"), gives one claim per
// verb, each content ending where the next predicate starts; a retort after a quotation ("shot back"); a
// passive verb of saying or stance with its agent ("was criticised by the union"); a cue in a relative clause on the subject
// ("A man who criticised the mayor said …"). Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("a list of predicates after commas", () => {
  it("ends the first content at the comma before the next past verb with its object", () => {
    const claims = claimsOf("The councillor urged the board to sell the ferry, proposed that the pier be rebuilt, and asked for a vote.");
    expect(claims).toContainEqual(["The councillor", "urged", "the board to sell the ferry"]);
  });
  it("gives the next verb its own claim with the same speaker", () => {
    const claims = claimsOf("The councillor urged the board to sell the ferry, proposed that the pier be rebuilt, and asked for a vote.");
    expect(claims.find((c) => c[1] === "proposed")).toEqual(["The councillor", "proposed", expect.stringMatching(/^that the pier be rebuilt/)]);
  });
  it("splits a stance verb's object from the predicate before it", () => {
    const claims = claimsOf("Mara Voss promised to cut the harbour fees, opposed the new toll and visited the docks.");
    expect(claims).toContainEqual(["Mara Voss", "promised", "to cut the harbour fees"]);
    expect(claims).toContainEqual(["Mara Voss", "opposed", expect.stringMatching(/^the new toll/)]);
  });
  it("keeps a participle that describes a noun inside the content (guard)", () => {
    expect(claimsOf("Mara Voss said the toll, opposed by the fishermen, would pass.")).toContainEqual(["Mara Voss", "said", "the toll, opposed by the fishermen, would pass"]);
  });
});

describe("a retort after a quotation", () => {
  it("takes a past verb with 'back' as the cue, with the speaker before it", () => {
    expect(claimsOf("“That is simply false,” the harbour master shot back on Monday.")).toContainEqual(["the harbour master", "shot back", "That is simply false"]);
  });
  it("reads a regular past verb with 'back' the same way", () => {
    expect(claimsOf("“We will not move,” Mara Voss fired back.")).toContainEqual(["Mara Voss", "fired back", "We will not move"]);
  });
  it("keeps a known cue's own words when 'back' follows it (guard)", () => {
    expect(claimsOf("“Go home,” he said back then.")).toContainEqual(["he", "said", "Go home"]);
  });
});

describe("a passive verb of saying or stance with its agent", () => {
  it("gives the agent after 'by' as the speaker and the subject as the content", () => {
    expect(claimsOf("The ferry plan was sharply criticised by the fishermen's union.")).toContainEqual(["the fishermen's union", "criticised by", "The ferry plan"]);
  });
  it("reads a named agent after an auxiliary and 'been'", () => {
    expect(claimsOf("Her proposal has been endorsed by Mara Voss.")).toContainEqual(["Mara Voss", "endorsed by", "Her proposal"]);
  });
  it("gives no claim for a passive verb that takes no stance (guard)", () => {
    expect(claimsOf("The new pier was built by engineers from the port.")).toEqual([]);
  });
  it("gives no claim for a passive negated (guard)", () => {
    expect(claimsOf("The ferry plan was not endorsed by the council.")).toEqual([]);
  });
});

describe("a cue in a relative clause on the subject", () => {
  it("gives the main verb of saying the head before 'who' as its speaker", () => {
    expect(claimsOf("A man who criticised the harbour master said on Friday that he would sue.")).toContainEqual(["A man", "said", "that he would sue"]);
  });
  it("ends the relative clause's content before the main verb of saying", () => {
    expect(claimsOf("A woman who has accused Tomas Varga of fraud said on Sunday that the deal was rigged.")).toContainEqual(["A woman", "accused", "Tomas Varga of fraud"]);
  });
  it("keeps a verb of saying inside a that-clause of the relative clause (guard)", () => {
    const claims = claimsOf("Jo Blum is an analyst who said that the port has vowed to cut costs.");
    expect(claims).toContainEqual(["an analyst", "said", "that the port has vowed to cut costs"]);
  });
});

describe("a participle of saying after a preposition of time", () => {
  it("after a quotation's attribution has the same speaker", () => {
    expect(claimsOf("“We are not done yet,” Okafor said, before adding that the club would appeal.")).toContainEqual(["Okafor", "adding", "that the club would appeal"]);
  });
  it("ends the content of the verb of saying before it", () => {
    expect(claimsOf("Okafor said the club would appeal, before adding that the fans deserved better.")).toContainEqual(["Okafor", "said", "the club would appeal"]);
  });
});

describe("a passive cue with an adverb of sequence", () => {
  it("reads 'was first reported by' with the outlet as the speaker", () => {
    expect(claimsOf("The ferry deal was first reported by the Courier.")).toContainEqual(["the Courier", "reported by", "The ferry deal"]);
  });
});

describe("a relative clause between a quotation's speaker and its cue", () => {
  it("is no part of the speaker's mention", () => {
    expect(claimsOf("“The numbers do not add up,” the economist, who has advised two governments, wrote on Monday.")).toContainEqual(["the economist", "wrote", "The numbers do not add up"]);
  });
  it("keeps an age in apposition in the mention (guard)", () => {
    expect(claimsOf("“We won,” Jim Bennett, 57, told reporters.")).toContainEqual(["Jim Bennett, 57", "told", "We won"]);
  });
});
