// Focused cases for the twenty-eighth claims round: a speaker's noun phrase owned by a group
// ("voters in all five states"), a demonstrative opening the sentence, verbs of belief nested in
// another claim's content, a noun-phrase content ended before the speaker's next predicate, short
// contents, and questions put to someone "when asked". Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const mentionOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.speaker.mention;

describe("a speaker owned by a group or a role", () => {
  it("takes in the people who own a common noun after a quantifier", () => {
    expect(mentionOf("Voters in all five harbour towns said the ferry should stay.", "said")).toBe("Voters in all five harbour towns");
    expect(mentionOf("Residents of the two towns said the ferry would stay.", "said")).toBe("Residents of the two towns");
    expect(mentionOf("A majority of her backers said the ferry would stay.", "said")).toBe("A majority of her backers");
  });
  it("takes in a role before a preposition and a common noun", () => {
    expect(mentionOf("A spokesman for the buyer said the deal was done.", "said")).toBe("A spokesman for the buyer");
  });
  it("leaves a phrase that is no one's alone", () => {
    // "poll" after "in" is where the voters were asked, not a group they belong to.
    expect(mentionOf("Skippers said the ferry was late, and the harbour's critics of the plan said the levy was unfair.", "said")).not.toMatch(/late/);
    expect(mentionOf("One in four voters in a harbour poll said the levy was unfair.", "said")).toBe("One in four voters");
  });
});

describe("a demonstrative that opens the sentence", () => {
  it("opens the speaker's phrase", () => {
    expect(claimsOf("This initiative called for the closure of the old ferry terminal.")).toContainEqual([
      "This initiative",
      "called for",
      "the closure of the old ferry terminal",
    ]);
  });
  it("is no speaker when it points at a time", () => {
    expect(claimsOf("This week said nothing new about the ferry.")).toEqual([]);
  });
});

describe("verbs of belief nested in another claim's content", () => {
  it("stay part of that content", () => {
    const claims = claimsOf("Gustav Ando said he thought the deal was carefully structured to avoid delays.");
    expect(claims).toEqual([["Gustav Ando", "said", "he thought the deal was carefully structured to avoid delays"]]);
  });
  it("so does a nested 'told'", () => {
    expect(claimsOf("Ridley said Blum told him the ferry would close.").map((c) => c[1])).toEqual(["said"]);
  });
  it("a nested verb of saying keeps its own claim", () => {
    expect(claimsOf("Ridley said Blum had argued that the ferry would close.").map((c) => c[1])).toContain("argued");
  });
});

describe("a noun-phrase content and the speaker's next predicate", () => {
  it("ends before a finite verb after 'and'", () => {
    expect(claimsOf("Quinlan has proposed temporarily closing the pier to all traffic and was criticised for it.")).toContainEqual([
      "Quinlan",
      "proposed",
      "temporarily closing the pier to all traffic",
    ]);
  });
  it("runs on when the content is a clause with its own verb", () => {
    expect(claimsOf("Smith said the mayor likes the plan and will vote for it.")).toContainEqual([
      "Smith",
      "said",
      "the mayor likes the plan and will vote for it",
    ]);
  });
  it("ends before a new clause after 'but' and before a participle after a comma", () => {
    expect(claimsOf("The group claimed responsibility for the harbour fire but police have said they doubt it.")).toContainEqual([
      "The group",
      "claimed",
      "responsibility for the harbour fire",
    ]);
    expect(claimsOf("The council declared war on the ferry operators, leading to a long dispute over fares.")).toContainEqual([
      "The council",
      "declared",
      "war on the ferry operators",
    ]);
  });
  it("keeps a list of -ing forms and a clause's asides", () => {
    expect(claimsOf("Residents accused Blum of covering up, delaying, and withholding the harbour report.")[0]?.[2]).toBe(
      "Blum of covering up, delaying, and withholding the harbour report",
    );
    expect(claimsOf("Blum said that she, too, enjoyed her work, despite the hours.")[0]?.[2]).toBe("that she, too, enjoyed her work, despite the hours");
  });
  it("reads a past participle before a noun as an adjective, not a predicate", () => {
    expect(claimsOf("Officials said the heat and unsettled weather could last through the week.")).toContainEqual([
      "Officials",
      "said",
      "the heat and unsettled weather could last through the week",
    ]);
  });
});

describe("short contents and opening adverbials", () => {
  it("reads a content before the speaker that opens with an adverbial and a comma", () => {
    expect(claimsOf("Also, Quinlan isn't a conservative, he said.")).toContainEqual(["he", "said", "Also, Quinlan isn't a conservative"]);
  });
  it("still reads a bare adverbial before the speaker as no content", () => {
    expect(claimsOf("Also, he said.")).toEqual([]);
  });
  it("reads two words that open with a contracted pronoun as a clause", () => {
    expect(claimsOf("Blum says it's wrong.")).toContainEqual(["Blum", "says", "it's wrong"]);
    expect(claimsOf("Blum says the ferry.")).toEqual([]);
  });
});

describe("a question put to someone", () => {
  it("is read after 'When asked', from the question word past an adverbial", () => {
    expect(claimsOf("When asked at the harbour meeting about the merger, she defended her decision.")).toContainEqual(["", "asked", "about the merger"]);
    expect(claimsOf("When asked whom she supported, Blum smiled.")).toContainEqual(["", "asked", "whom she supported"]);
    expect(claimsOf("When asked to leave, he refused.")).toContainEqual(["", "asked", "to leave"]);
  });
  it("keeps the object of 'Asked' that no adverbial opens", () => {
    expect(claimsOf("Asked a direct question about this in the debate, Smith said no.")).toContainEqual(["", "Asked", "a direct question about this in the debate"]);
  });
});
