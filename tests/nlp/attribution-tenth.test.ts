// Focused cases for the tenth claims round: who holds a claim when the speaker's phrase has a
// parenthesis, a role word before the name, an opening past participle, a noun governed by a verb
// ("marveled at the idea that …") or an impression ("seemed to …"). Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a party or place parenthesis after a name", () => {
  it("belongs to the name, not to the subject of the clause before", () => {
    expect(triples("The row spread to the harbour, where Councillor Jo Blum (Lab-Ely) told reporters that the toll would be scrapped.")).toEqual([
      ["Councillor Jo Blum", "told", "that the toll would be scrapped"],
    ]);
  });
});

describe("a role word right before a name after a comma", () => {
  it("is part of the speaker of a content-first claim", () => {
    expect(triples("The ferry will run late all winter, spokeswoman Ann Ridley said.")).toEqual([
      ["spokeswoman Ann Ridley", "said", "The ferry will run late all winter"],
    ]);
  });
});

describe("an opening past participle with its agent", () => {
  it("is skipped to the clause's subject", () => {
    expect(triples("Reached by the Courier, Okafor denied that the toll would rise, explaining that the budget was fixed.")).toEqual([
      ["Okafor", "denied", "that the toll would rise"],
      ["Okafor", "explaining", "that the budget was fixed"],
    ]);
  });
});

describe("a noun of belief taken by a verb", () => {
  it("is held by the verb's subject", () => {
    expect(triples("Okafor marveled at the idea that the toll would fall next year.")).toEqual([["Okafor", "idea", "that the toll would fall next year"]]);
    expect(triples("Okafor floated the notion that the toll would fall next year.")).toEqual([["Okafor", "notion", "that the toll would fall next year"]]);
  });
  it("is no second claim when the verb is a cue with the same content", () => {
    expect(triples("Okafor rejected the idea that the toll would rise next year.")).toEqual([["Okafor", "rejected", "that the toll would rise next year"]]);
  });
  it("has no holder in subject position", () => {
    expect(triples("The idea that the toll would fall next year is absurd.")).toEqual([["", "idea", "that the toll would fall next year is absurd"]]);
  });
});

describe("an impression", () => {
  it("is held by the person or group it is about", () => {
    expect(triples("Fishermen seem to care more about the toll than the ferry.")).toEqual([
      ["Fishermen", "seem", "Fishermen seem to care more about the toll than the ferry"],
    ]);
    expect(triples("Okafor herself seemed to accept the new toll.")).toEqual([["Okafor", "seemed", "Okafor herself seemed to accept the new toll"]]);
  });
  it("has no holder when its subject is a thing, a place or a phrase built on another noun", () => {
    expect(triples("The ferry seemed slow.")).toEqual([["", "seemed", "The ferry seemed slow"]]);
    expect(triples("Norway appears to be the favourite.")).toEqual([["", "appears", "Norway appears to be the favourite"]]);
    expect(triples("The rift between the council and the board seems to be growing.")).toEqual([
      ["", "seems", "The rift between the council and the board seems to be growing"],
    ]);
  });
});
