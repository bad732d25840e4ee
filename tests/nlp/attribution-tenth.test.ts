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
    expect(triples("Okafor herself seemed to welcome the new toll.")).toEqual([["Okafor", "seemed", "Okafor herself seemed to welcome the new toll"]]);
  });
  it("is the writer's when the person seems to be something rather than to take a stance", () => {
    expect(triples("Okafor appears to be the favourite.")).toEqual([["", "appears", "Okafor appears to be the favourite"]]);
  });
  it("has no holder when its subject is a thing, a place or a phrase built on another noun", () => {
    expect(triples("The ferry seemed slow.")).toEqual([["", "seemed", "The ferry seemed slow"]]);
    expect(triples("Norway appears to be the favourite.")).toEqual([["", "appears", "Norway appears to be the favourite"]]);
    expect(triples("The rift between the council and the board seems to be growing.")).toEqual([
      ["", "seems", "The rift between the council and the board seems to be growing"],
    ]);
  });
});

describe("a quotation ending in a question mark", () => {
  it("takes the next sentence's speaker past an addressee", () => {
    expect(triples("“What can we do to help?” Blum told reporters.")).toEqual([["Blum", "told", "What can we do to help?"]]);
  });
  it("leaves a next sentence with a clause of its own to that clause", () => {
    expect(triples("“What can we do to help?” Blum told reporters the toll would fall.")).toEqual([["Blum", "told", "the toll would fall"]]);
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

describe("the speaker's phrase", () => {
  it("keeps the role before of or for", () => {
    expect(triples("The leader of the harbour board said the toll is unfair.")).toEqual([["The leader of the harbour board", "said", "the toll is unfair"]]);
    expect(triples("A spokesman for the council said the toll is unfair.")).toEqual([["A spokesman for the council", "said", "the toll is unfair"]]);
  });
  it("skips a reflexive before the cue", () => {
    expect(triples("The ferry was late, Okafor itself said.")).toEqual([["Okafor", "said", "The ferry was late"]]);
  });
  it("is not an opening participle when it is a name in -ing before a past tense", () => {
    expect(triples("Ebeling smiled, and said the views were changed by the war.")).toEqual([["Ebeling", "said", "the views were changed by the war"]]);
  });
  it("runs over an age, a role, a town and its state after a quotation", () => {
    expect(triples("“We lost,” Cecilia Ponte, 67, a retired nurse in Ely, Minn., said in an interview.")).toEqual([
      ["Cecilia Ponte, 67, a retired nurse in Ely, Minn.", "said", "We lost"],
    ]);
  });
  it("may be a role with a name in apposition after a quotation", () => {
    expect(triples("“Let us go,” the skipper, Jo Blum, told the crew.")).toEqual([["the skipper, Jo Blum", "told", "Let us go"]]);
  });
});

describe("a clause split by a parenthetical attribution", () => {
  it("may end in a single verb phrase", () => {
    expect(triples("The toll, he says, is unfair.")).toEqual([["he", "says", "The toll is unfair"]]);
  });
  it("may open with but", () => {
    expect(triples("But the toll is fair, he said.")).toEqual([["he", "said", "But the toll is fair"]]);
  });
});

describe("content after a cue", () => {
  it("skips an aside between dashes before that", () => {
    expect(triples("Ridley said — in a letter, as it happens — that the toll would fall.")).toEqual([["Ridley", "said", "that the toll would fall"]]);
  });
  it("may start with a quantity", () => {
    expect(triples("The harbour board said about half of the toll went to repairs.")).toEqual([
      ["The harbour board", "said", "about half of the toll went to repairs"],
    ]);
    expect(triples("Police reported no arrests late Monday.")).toEqual([["Police", "reported", "no arrests late Monday"]]);
  });
  it("may be an elliptical answer", () => {
    expect(triples("Blum said she would.")).toEqual([["Blum", "said", "she would"]]);
    expect(triples("Last month, 26 percent said the same.")).toEqual([["26 percent", "said", "the same"]]);
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

describe("an object with its complement after as", () => {
  it("runs on after a verb of regarding", () => {
    expect(triples("In Ely, farmers see the new toll as wasted money.")).toEqual([["farmers", "see", "the new toll as wasted money"]]);
  });
});

describe("a bare clause after a verb of belief", () => {
  it("may open with a number", () => {
    expect(triples("We believe six ferries for five harbours is enough for the winter.")).toEqual([
      ["We", "believe", "six ferries for five harbours is enough for the winter"],
    ]);
  });
});
