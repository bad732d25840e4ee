// Focused cases for the third claims round: a quote's next sentence with a clause of its own, sentence
// adverbs before the cue, cue verbs of intention with "to", a shared subject after "but", a participle
// after a quote's comma, document subjects read through a participle, and headline leads with a label
// or a topic before the colon. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples, claimsOfBody as claimsOf } from "../helpers.ts";

describe("a quote's next sentence", () => {
  it("is not the quote's attribution when its cue takes a clause of its own", () => {
    const t = triples("Ridley, a ferry pilot, said he holds the harbour “very near to my heart.” He said he knows every rock in the bay.");
    expect(t).toContainEqual(["He", "said", "he knows every rock in the bay"]);
    expect(t.filter((x) => x[1] === "said")).toHaveLength(2);
  });
  it("still attributes the quote when the next sentence is only the attribution", () => {
    expect(triples("“It was a wild night!” Ridley said on Tuesday.")).toEqual([["Ridley", "said", "It was a wild night!"]]);
  });
});

describe("sentence adverbs between speaker and cue", () => {
  it("skips an adverb between commas", () => {
    expect(triples("The ferry was late, and the pilot, however, said the new boat would arrive by June.")).toEqual([["the pilot", "said", "the new boat would arrive by June"]]);
  });
  it("keeps a bare adverb out of the speaker", () => {
    expect(triples("The harbour master meanwhile said the ferry would run again in spring.")).toEqual([["The harbour master", "said", "the ferry would run again in spring"]]);
  });
});

describe("cue verbs of intention", () => {
  it("takes “vowed to”, “pledged to” and “agreed to” with the infinitive as content", () => {
    expect(triples("The senator vowed to build a new road to the harbour.")).toEqual([["The senator", "vowed", "to build a new road to the harbour"]]);
    expect(triples("Ridley pledged to oppose the new tax on ferries.")).toEqual([["Ridley", "pledged", "to oppose the new tax on ferries"]]);
    expect(triples("The mayor agreed to meet the union leaders next week.")).toEqual([["The mayor", "agreed", "to meet the union leaders next week"]]);
  });
  it("takes a two-word infinitive", () => {
    expect(triples("The harbour board declined to comment.")).toEqual([["The harbour board", "declined", "to comment"]]);
  });
  it("reads the speaker of a relative clause from its antecedent", () => {
    const [c] = claimsOf("The vote was called by Ridley, who wants to close the old ferry terminal.");
    expect(c).toMatchObject({ cue: "wants", text: "to close the old ferry terminal" });
    expect(c?.speaker.mention).toContain("Ridley");
  });
});

describe("subjects shared or read through a phrase", () => {
  it("gives a cue after “but” the clause's subject", () => {
    expect(triples("Ridley admitted that the ferry was late, but said the new boat would arrive by June.")).toContainEqual(["Ridley", "said", "the new boat would arrive by June"]);
  });
  it("gives a participle after a quote's comma the clause's subject", () => {
    expect(triples("The pilot mocked the board for calling itself “the best in the bay,” noting that its ferries ran late every week.")).toContainEqual(["The pilot", "noting", "that its ferries ran late every week"]);
  });
  it("reads a document subject through a participle phrase", () => {
    expect(triples("A court filing released Monday says that the pilot will not be charged over the crash.")).toEqual([["A court filing released Monday", "says", "that the pilot will not be charged over the crash"]]);
  });
});

describe("headline leads", () => {
  it("drops a label before a dash and names the speaker before the colon", () => {
    expect(triples("The ferry ran late again on Tuesday.", "EXCLUSIVE – Harriet Ridley: Do Not Trust the Ferry Timetable.")).toContainEqual(["Harriet Ridley", ":", "Do Not Trust the Ferry Timetable"]);
  });
  it("leaves an addressee or topic before the colon out of the speaker", () => {
    expect(triples("The ferry ran late again on Tuesday.", "Ridley to Ferry Riders: The new timetable will start in May.")).toContainEqual(["Ridley", ":", "The new timetable will start in May"]);
  });
});
