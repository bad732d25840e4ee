// Focused cases for the fifth claims round: stances the clause pass did not read. A subordinate
// clause opening the sentence, a share of people before a stance verb, a noun with a partisan
// participle after it, and a plural noun phrase before a stance verb's base form. Every sentence is
// invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a subordinate clause opening the sentence", () => {
  it("reads a stance in “Although …” up to the clause's comma", () => {
    expect(triples("Although Ridley mocked the plan, the board kept it.")).toEqual([["Ridley", "mocked", "the plan"]]);
  });
  it("reads a stance in “Because …” with a role noun as its subject", () => {
    expect(triples("Because the mayor backed the new ferry, the board kept it.")).toEqual([["the mayor", "backed", "the new ferry"]]);
  });
});

describe("a share of people before a stance verb", () => {
  it("reads a percentage of a group, a participle included", () => {
    expect(triples("About 19 percent of the farmers polled support Ridley, while most back Blum.")).toContainEqual(["About 19 percent of the farmers polled", "support", "Ridley"]);
  });
  it("reads a fraction and a sized majority, not a measure of a thing", () => {
    expect(triples("Two-thirds oppose the new pier.")).toEqual([["Two-thirds", "oppose", "the new pier"]]);
    expect(triples("A 60% majority of fishermen favor the ferry plan.")).toEqual([["A 60% majority of fishermen", "favor", "the ferry plan"]]);
    expect(triples("The ferry costs 40 percent more than the old one.")).toEqual([]);
  });
});

describe("a noun with a partisan participle after it", () => {
  it("reads the group as the speaker and the participle's object as the content, not a gerund after a preposition", () => {
    expect(triples("The group backing Ridley, a former pilot, has spent heavily.")).toEqual([["The group", "backing", "Ridley"]]);
    expect(triples("He was jailed for supporting the rebels.")).toEqual([]);
  });
});

describe("a plural noun phrase before a stance verb's base form", () => {
  it("reads a bare plural name", () => {
    expect(triples("Islanders want a new ferry for the harbour.")).toEqual([["Islanders", "want", "a new ferry for the harbour"]]);
  });
  it("reads a quantifier, modifiers and a plural noun", () => {
    expect(triples("Other farmers want Ridley to build the pier.")).toEqual([["Other farmers", "want", "Ridley to build the pier"]]);
    expect(triples("Many young farmers back Ridley.")).toEqual([["Many young farmers", "back", "Ridley"]]);
  });
});
