// Groups and shares of people as speakers: percentages, fractions, quantifiers, bare plurals, group nouns
// and occupations, often before a stance verb's base form. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";
import { claimsOf, speakerOf, speakerTypeCuesAtEnd } from "./claims-helpers.ts";

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

describe("a plural noun phrase before a stance verb's base form", () => {
  it("reads a bare plural name", () => {
    expect(triples("Islanders want a new ferry for the harbour.")).toEqual([["Islanders", "want", "a new ferry for the harbour"]]);
  });
  it("reads a quantifier, modifiers and a plural noun", () => {
    expect(triples("Other farmers want Ridley to build the pier.")).toEqual([["Other farmers", "want", "Ridley to build the pier"]]);
    expect(triples("Many young farmers back Ridley.")).toEqual([["Many young farmers", "back", "Ridley"]]);
  });
});

describe("quantifiers as subjects", () => {
  it("hold the stance of the base verb after them", () => {
    expect(claimsOf("Some view Okafor as a threat to the harbour.")).toEqual([["Some", "view", "Okafor as a threat to the harbour"]]);
    expect(claimsOf("Most support the ban on night ferries.")).toEqual([["Most", "support", "the ban on night ferries"]]);
  });
});

describe("a plural subject with a share before it or a place or age after it", () => {
  it("holds the stance of the base verb after it", () => {
    expect(claimsOf("A majority of skippers in Dunmore support the levy.")).toEqual([["A majority of skippers in Dunmore", "support", "the levy"]]);
    expect(claimsOf("Men under 35 support the levy.")).toEqual([["Men under 35", "support", "the levy"]]);
  });
  it("still reads a name inside the phrase as a modifier", () => {
    expect(claimsOf("Some miffed Reynolds supporters threaten to cast protest votes.")).toEqual([
      ["Some miffed Reynolds supporters", "threaten", "to cast protest votes"],
    ]);
  });
});

describe("shares of people as speakers", () => {
  it("reads percentages, the people a poll asked and a share of a group", () => {
    expect(triples("47% say the toll should be scrapped.")).toEqual([["47%", "say", "the toll should be scrapped"]]);
    expect(triples("By 58%-33%, those surveyed said the toll should be scrapped.")).toEqual([["those surveyed", "said", "the toll should be scrapped"]]);
    expect(triples("Some 56 percent of fishermen polled said they would vote against the toll.")).toEqual([
      ["Some 56 percent of fishermen polled", "said", "they would vote against the toll"],
    ]);
  });
});

describe("an approximate share with a counted place", () => {
  it("is a subject of a stance verb", () => {
    expect(claimsOf("About two-thirds of Labour voters in all five towns voting Tuesday support building the bridge, but majorities in all five towns oppose the tolls.")).toEqual([
      ["About two-thirds of Labour voters in all five towns voting Tuesday", "support", "building the bridge"],
      ["majorities in all five towns", "oppose", "the tolls"],
    ]);
  });
});

describe("more shares of people", () => {
  it("read 'half the' and a poll after the people counted", () => {
    expect(speakerOf("More than half the skippers surveyed support at least lowering the harbour fees.", "support")).toBe("More than half the skippers surveyed");
    expect(speakerOf("Fewer than half of the residents surveyed in a new poll released Monday support the harbour wall.", "support")).toBe("Fewer than half of the residents surveyed in a new poll released Monday");
  });
});

describe("a quantifier between subject and verb", () => {
  it("is skipped to find the subject", () => {
    expect(triples("They have all attacked the toll as a tax on the poor.")).toEqual([["They", "attacked", "the toll as a tax on the poor"]]);
    expect(triples("Ridley and Okafor both said the ferry was late.")).toEqual([["Ridley and Okafor", "said", "the ferry was late"]]);
  });
  it("is the subject itself after a comma", () => {
    expect(triples("Of the ten, all said the ferry was late.")).toEqual([["all", "said", "the ferry was late"]]);
  });
});

describe("group nouns of partisans and staff", () => {
  it("speak", () => {
    expect(claimsOf("Pier backers are concerned that the ferry deal will fail.")).toEqual([["Pier backers", "concerned", "that the ferry deal will fail"]]);
    expect(claimsOf("Council staffers said the budget was late.")).toEqual([["Council staffers", "said", "the budget was late"]]);
  });
});

describe("plural nouns of people as speakers", () => {
  it("opening the sentence in capitals are a group, not an organisation", () => {
    expect(speakerTypeCuesAtEnd("Some parents said the harbour school should stay open.")).toEqual([["Some parents", "group", "said"]]);
    expect(speakerTypeCuesAtEnd("Fishermen at the quay said the new rules were rushed.")).toEqual([["Fishermen", "group", "said"]]);
  });
});

describe("occupations as speakers", () => {
  it("reads agents, workers and protesters as speakers like officials", () => {
    expect(claimsOf("Coastguard agents described the harbour as a maze.")).toContainEqual(["Coastguard agents", "described", "the harbour as a maze"]);
  });
});

describe("two names joined by \"and\" before a stance verb's base form", () => {
  it("are its plural subject", () => {
    expect(triples("Norway and Iceland oppose the new quota.")).toEqual([["Norway and Iceland", "oppose", "the new quota"]]);
  });
  it("leave a single name's base form, and a role noun after \"and\", alone (guards)", () => {
    expect(triples("Norway oppose the new quota.")).toEqual([]);
    expect(triples("German club and former European champion Harbour Rovers has warned it may fold.")).toEqual([]);
  });
});

describe("circles and bodies of people as speakers", () => {
  it("reads associates and a leadership as speakers", () => {
    expect(triples("Several Ridley associates mentioned the ferry plan.")).toEqual([["Several Ridley associates", "mentioned", "the ferry plan"]]);
    expect(triples("The party leadership opposed the ferry plan.")).toEqual([["The party leadership", "opposed", "the ferry plan"]]);
  });
});
