// Focused cases for the twenty-fifth claims round: negated cues (a claim whose cue keeps its
// negation, but none for a negated cue with only a reference back), a conjunction that opens a
// sentence, "continued to say", a cue that opens the sentence before its speaker and a quotation.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("negated cues", () => {
  it("reads a negated intention, with the negation in the cue", () => {
    expect(claimsOf("Quinlan doesn't want to sell the ferry to the council.")).toContainEqual(["Quinlan", "doesn't want", "to sell the ferry to the council"]);
    expect(claimsOf("The harbour board does not plan to raise the fares this year.")).toContainEqual(["The harbour board", "does not plan", "to raise the fares this year"]);
  });
  it("reads a negated verb of saying and of belief", () => {
    expect(claimsOf("The mayor did not say whether the budget would pass.")).toContainEqual(["The mayor", "did not say", "whether the budget would pass"]);
    expect(claimsOf("She has never publicly said that the pier was unsafe.")).toContainEqual(["She", "has never publicly said", "that the pier was unsafe"]);
    expect(claimsOf("The inspectors did not recommend that the pier be closed.")).toContainEqual(["The inspectors", "did not recommend", "that the pier be closed"]);
  });
  it("keeps 'no' with its verb in the cue", () => {
    expect(claimsOf("The harbour board has no plans to raise the fares this year.")).toContainEqual(["The harbour board", "has no plans", "to raise the fares this year"]);
  });
  it("keeps a contracted auxiliary with the speaker", () => {
    expect(claimsOf("He’s not saying the council would close the pier.")).toContainEqual(["He", "not saying", "the council would close the pier"]);
  });
  it("gives no claim for a negated cue with only a reference back", () => {
    const claims = claimsOf("The ferry company did not deny the claim and pointed to its timetable.");
    expect(claims.filter((c) => c[1] === "did not deny")).toEqual([]);
    expect(claimsOf("The mayor would not confirm it.")).toEqual([]);
  });
  it("still reads a negated cue with content of its own", () => {
    expect(claimsOf("The ferry company did not deny that its boats were late.")).toContainEqual(["The ferry company", "did not deny", "that its boats were late"]);
  });
});

describe("sentence openings", () => {
  it("reads a sentence opened by a conjunction to its verb, not to the next comma", () => {
    expect(claimsOf("But Quinlan is expected to win the vote in the harbour ward, which could help the council.")).toContainEqual([
      "",
      "expected",
      "Quinlan is expected to win the vote in the harbour ward",
    ]);
    expect(claimsOf("And Idris Vane, who chairs the board, said the fares would rise.")).toContainEqual(["Idris Vane", "said", "the fares would rise"]);
  });
  it("reads a cue that opens the sentence before its speaker and a quotation", () => {
    expect(claimsOf("Said Mara Quinlan, who grew up by the harbour, “We were all so proud of the boats.”")).toContainEqual([
      "Mara Quinlan",
      "Said",
      "We were all so proud of the boats.",
    ]);
    expect(claimsOf("Asked the mayor, “Who will pay for the new pier on the river?”")).toContainEqual(["the mayor", "Asked", "Who will pay for the new pier on the river?"]);
  });
  it("keeps an opening cue out of a speaker's name", () => {
    const rec = record("Said Quinlan: “We were all so proud of the boats.”");
    expect(rec.claims.map((c) => c.speaker.name)).toEqual(["Quinlan"]);
  });
  it("reads a participle that only looks like an opening cue as the sentence's own", () => {
    expect(claimsOf("Said to be worth millions, the painting was “a gift,” the curator said.").map((c) => c[0])).not.toContain("to be worth millions");
  });
});

describe("verbs that keep their subject before a cue", () => {
  it("reads 'continued to say' and 'began to argue'", () => {
    expect(claimsOf("Even after the complaint was filed, Vane continued to say he had never touched the boat.")).toContainEqual([
      "Vane",
      "continued to say",
      "he had never touched the boat",
    ]);
    expect(claimsOf("The mayor began to argue that the pier was safe.")).toContainEqual(["The mayor", "began to argue", "that the pier was safe"]);
  });
});

describe("negated cues that say nothing (guards)", () => {
  it("gives no claim for a negated cue whose content is 'any'", () => {
    expect(claimsOf("The union did not endorse any of the candidates.")).toEqual([]);
  });
  it("gives no claim for a negated passive with its agent", () => {
    expect(claimsOf("The harbour plan was not backed by the council.")).toEqual([]);
  });
});

describe("reports no one is named for", () => {
  it("reads 'reportedly' as a claim with no speaker", () => {
    expect(claimsOf("The ferry company has reportedly hired a new captain for the winter crossings.")).toContainEqual([
      "",
      "reportedly",
      "The ferry company has reportedly hired a new captain for the winter crossings",
    ]);
  });
  it("leaves 'reportedly' before a cue to the cue's speaker (guard)", () => {
    expect(claimsOf("Quinlan reportedly said the pier would close.")).toEqual([["Quinlan", "said", "the pier would close"]]);
    // After an auxiliary and a negation too; a negated cue with only a reference back gives nothing.
    expect(claimsOf("The ferry company reportedly did not deny the claim.")).toEqual([]);
  });
  it("reads a negated expectation", () => {
    expect(claimsOf("The harbour vote is not expected to change the fares before spring.")).toContainEqual([
      "",
      "is not expected",
      "The harbour vote is not expected to change the fares before spring",
    ]);
  });
});

describe("speakers with longer descriptions", () => {
  it("reads a speaker described by a number with a slash", () => {
    expect(claimsOf("“The plan is wrong,” said 9/11 widow Mara Quinlan.")).toContainEqual(["9/11 widow Mara Quinlan", "said", "The plan is wrong"]);
  });
  it("reads a second appositive that opens with 'one of'", () => {
    expect(claimsOf("“The plan is wrong,” Idris Vane, the mayor of Dunmore, one of the towns suing the board, said at a meeting.")).toContainEqual([
      "Idris Vane, the mayor of Dunmore, one of the towns suing the board",
      "said",
      "The plan is wrong",
    ]);
  });
  it("reads a participle and an organisation's name before a role", () => {
    expect(claimsOf("“The pier has the votes,” retired Coast Guard captain Idris Vane said.")).toContainEqual([
      "retired Coast Guard captain Idris Vane",
      "said",
      "The pier has the votes",
    ]);
  });
  it("reads a speaker whose phrase coordinates a name and lower-case nouns", () => {
    expect(claimsOf("Experts on North Korea and nuclear nonproliferation said the latest test could change that.")).toContainEqual([
      "Experts on North Korea and nuclear nonproliferation",
      "said",
      "the latest test could change that",
    ]);
  });
  it("keeps a plain speaker after 'and' (guard)", () => {
    expect(claimsOf("The board met with Quinlan and workers said the fares would rise.")).toContainEqual(["workers", "said", "the fares would rise"]);
  });
});

describe("an adverbial with commas before 'that'", () => {
  it("skips a place with its state or an aside to ', that'", () => {
    expect(claimsOf("The rally was loud. Vane says at a stop in Toledo, Ohio, that the board never paid its taxes.")).toContainEqual([
      "Vane",
      "says",
      "that the board never paid its taxes",
    ]);
    expect(claimsOf("Quinlan said on Tuesday, in an interview with the Herald, that the fares would rise.")).toContainEqual([
      "Quinlan",
      "said",
      "that the fares would rise",
    ]);
  });
});

describe("where an object or a clause ends", () => {
  it("keeps 'on' after a noun that takes it in the object", () => {
    expect(claimsOf("Vane called for a ban on Russian trawlers in the bay.")).toContainEqual(["Vane", "called for", "a ban on Russian trawlers in the bay"]);
    expect(claimsOf("Quinlan pointed to attacks on her campaign by the board.")).toContainEqual(["Quinlan", "pointed to", "attacks on her campaign by the board"]);
  });
  it("still ends an object before 'on' and a day (guard)", () => {
    expect(claimsOf("Vane endorsed Quinlan on Monday.")).toContainEqual(["Vane", "endorsed", "Quinlan"]);
  });
  it("reads an aside opened by 'even as' between a clause's subject and its verb", () => {
    expect(claimsOf("The mayor warned that Idris Vane, even as a candidate, had raised the fares.")).toContainEqual([
      "The mayor",
      "warned",
      "that Idris Vane, even as a candidate, had raised the fares",
    ]);
  });
  it("still ends a clause before ', even as' and a new clause (guard)", () => {
    expect(claimsOf("The mayor said the fares would rise, even as the board cut costs.")).toContainEqual(["The mayor", "said", "the fares would rise"]);
  });
});

describe("a second predicate with a stance verb's base form", () => {
  it("ends the first object before it and reads it with the plural subject", () => {
    const claims = claimsOf("Local fishermen are furious at the board and want their licences back.");
    expect(claims).toContainEqual(["Local fishermen", "furious at", "the board"]);
    expect(claims).toContainEqual(["Local fishermen", "want", "their licences back"]);
  });
  it("gives no base-form claim to a singular subject (guard)", () => {
    expect(claimsOf("The mayor met the board and want their licences back.")).toEqual([]);
  });
});
