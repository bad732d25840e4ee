// Nominal cues: nouns of stance and belief ('X's call for …', 'criticism from …', 'a critic of') and
// who holds them. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";
import { claimsOf, claimsAtEnd } from "./claims-helpers.ts";

describe("a stance noun with its owner", () => {
  it("is a claim: 'X's call for …', 'X's attacks on …'", () => {
    expect(triples("Okafor's call for a second ferry angered the harbour board.")).toEqual([["Okafor's", "call for", "a second ferry"]]);
    expect(triples("Her attacks on the harbour board were fierce.")).toEqual([["Her", "attacks on", "the harbour board"]]);
  });
  it("but not without one (guard)", () => {
    expect(triples("A call for a second ferry went unanswered.")).toEqual([]);
  });
});

describe("the owner of a noun of stance", () => {
  it("is read past the adjectives before the noun", () => {
    expect(triples("Ridley's most surprising suggestion was that the quay should close.")).toEqual([["Ridley's", "suggestion was", "that the quay should close"]]);
    expect(triples("Blum’s full embrace of the harbour scheme is new.")).toEqual([["Blum’s", "embrace of", "the harbour scheme"]]);
  });
  it("is no contraction of a pronoun and “is”", () => {
    expect(triples("He’s facing questions about whether he will stay.").map(([speaker]) => speaker)).not.toContain("He’s");
  });
});

describe("a stance noun taken by a verb", () => {
  it("without a determiner, after a verb that voices it, has the verb's subject", () => {
    expect(claimsAtEnd("Engineers voiced concern that the old dam could fail.")).toContainEqual(["Engineers", "concern", "that the old dam could fail"]);
  });
  it("after adjectives, has the subject before a relative clause", () => {
    expect(claimsAtEnd("Others who backed the ferry plan expressed similar doubts that the boats would run on time.")).toContainEqual([
      "Others",
      "doubts",
      "that the boats would run on time",
    ]);
  });
  it("after a preposition, has the subject of the verb that takes it", () => {
    expect(claimsAtEnd("The dockers' rivals cling to the hope that the strike will collapse within a week.")).toContainEqual([
      "The dockers' rivals",
      "hope",
      "that the strike will collapse within a week",
    ]);
  });
  it("gives no speaker rather than a phrase inside the subject's prepositional phrase", () => {
    const claims = claimsAtEnd("Opponents of moving the fish market into the old town raise fears that the streets will flood with traffic.");
    expect(claims).toContainEqual(["", "fears", "that the streets will flood with traffic"]);
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

describe("a reaction drawn from others", () => {
  it("is voiced by those after 'from', about the subject of the verb that met it", () => {
    expect(claimsOf("The harbour bill has drawn criticism from some other quarters as well.")).toEqual([
      ["some other quarters", "drawn criticism from", "The harbour bill"],
    ]);
    expect(claimsOf("The ferry plan quickly drew sharp criticism from both sides of the fishing debate.")).toEqual([
      ["both sides of the fishing debate", "drew sharp criticism from", "The ferry plan"],
    ]);
    expect(claimsOf("Meanwhile, the ferry program is facing criticism from many dockers, whom Okafor has been courting.")).toContainEqual([
      "many dockers",
      "facing criticism from",
      "the ferry program",
    ]);
  });
  it("reads support drawn and fire come under the same way", () => {
    expect(claimsOf("The ferry plan has won overwhelming support from dockers who fish at night.")).toContainEqual(["dockers", "won overwhelming support from", "The ferry plan"]);
    expect(claimsOf("The mayor came under fire from dockers to release the ferry accounts.")).toEqual([["dockers", "came under fire from", "The mayor"]]);
    expect(claimsOf("Troops opened fire from the ridge.")).toEqual([]);
  });
  it("needs a verb that meets it right before the noun", () => {
    expect(claimsOf("The criticism from the dockers was loud.")).toEqual([]);
    expect(claimsOf("Okafor wrote a book about criticism from the dockers.").filter((c) => c[0] === "the dockers")).toEqual([]);
  });
});

describe("agent nouns", () => {
  it("reads a stance after a copula", () => {
    expect(claimsOf("Quinlan is a vocal advocate of lower fares.")).toContainEqual(["Quinlan", "is a vocal advocate of", "lower fares"]);
    expect(claimsOf("The mayor has been a dogged defender of the ferry service.")).toContainEqual(["The mayor", "has been a dogged defender of", "the ferry service"]);
  });
  it("reads a stance in an appositive after a name", () => {
    expect(claimsOf("Idris Vane, a longtime supporter of the harbour plan, spoke first.")).toContainEqual(["Idris Vane", "a longtime supporter of", "the harbour plan"]);
  });
  it("reads no claim where the noun names no holder", () => {
    expect(claimsOf("Supporters of the harbour plan rallied outside the hall.").filter((c) => /supporters/i.test(String(c[1])))).toEqual([]);
    expect(claimsOf("He met a supporter of the plan at the pier.").filter((c) => /supporter/.test(String(c[1])))).toEqual([]);
  });
});

describe("agent nouns after a contracted copula", () => {
  it("reads the pronoun of 'He’s a critic of' as the holder, with the cue after it", () => {
    expect(claimsOf("He’s a fierce critic of the harbour plan.")).toContainEqual(["He", "a fierce critic of", "the harbour plan"]);
  });
});

describe("a stance noun's object in subject position", () => {
  it("keeps a relative clause's verb group and ends before the main verb", () => {
    expect(claimsOf("Her support for a bill that quietly shielded the trawlers drew criticism.")).toEqual([["Her", "support for", "a bill that quietly shielded the trawlers"]]);
    expect(claimsOf("Her support for a bill that would shield the trawlers has cost her votes.")).toEqual([["Her", "support for", "a bill that would shield the trawlers"]]);
  });
  it("ends before the main verb with no relative clause (guard)", () => {
    expect(claimsOf("Her support for the bill has cost her votes.")).toEqual([["Her", "support for", "the bill"]]);
  });
});
