// Focused cases for the forty-fourth claims round:
// - a manner adverb between a verb of saying and "that" or a colon is not content: "said quietly that …",
//   "said simply: …";
// - a manner adverb between the cue and a colon or comma lets a short quotation through:
//   'Ridley said quietly: “We lost.”' is a direct quotation, not reported speech "quietly: …";
// - the people who make, use or stand behind a thing own the phrase they head: "The makers of the
//   drug claim …" is said by the makers, not by "the drug"; so "the group behind the protest".
// - a day before the comma after an opening time phrase is no town: "On Friday, Texas, leading a
//   coalition …, asked …" reads Texas as the subject, not "Friday, Texas" as a place.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.kind, c.text]);

describe("a manner adverb after the cue", () => {
  it("is left out of reported content before 'that'", () => {
    expect(claimsOf("Ridley said quietly that the ferry would not sail again.")).toEqual([["Ridley", "said", "indirect", "that the ferry would not sail again"]]);
    expect(claimsOf("The mayor insisted firmly that the toll would stay.")).toEqual([["The mayor", "insisted", "indirect", "that the toll would stay"]]);
  });
  it("keeps a time phrase's old handling and a focusing 'only'", () => {
    expect(claimsOf("Ridley said on Monday that the ferry would not sail again.")).toEqual([["Ridley", "said", "indirect", "that the ferry would not sail again"]]);
    // "only" limits what was said; it is not a manner adverb and stays in the content.
    expect(claimsOf("The board said only that the ferry would not sail again.")).toEqual([["The board", "said", "indirect", "only that the ferry would not sail again"]]);
  });
  it("is left out of reported content before a colon", () => {
    expect(claimsOf("Ridley said simply: the ferry would not sail again.")).toEqual([["Ridley", "said", "indirect", "the ferry would not sail again"]]);
  });
  it("lets a short quotation after it be a direct quotation", () => {
    expect(claimsOf("Ridley said quietly: “We lost.”")).toEqual([["Ridley", "said", "direct", "We lost."]]);
    expect(claimsOf("The harbour master said only: “No comment.”")).toEqual([["The harbour master", "said", "direct", "No comment."]]);
  });
  it("does not let a short title after other words through", () => {
    const kinds = claimsOf("Ridley called his new book, “Tides.”").map(([, , kind]) => kind);
    expect(kinds).not.toContain("direct");
  });
});

describe("the people behind a thing", () => {
  it("own the phrase after 'of' or 'behind' as its speaker", () => {
    expect(claimsOf("The makers of the drug claim it is safe for children.")).toEqual([["The makers of the drug", "claim", "indirect", "it is safe for children"]]);
    expect(claimsOf("The developers behind the system claim it is a breakthrough.")).toEqual([["The developers behind the system", "claim", "indirect", "it is a breakthrough"]]);
    expect(claimsOf("The group behind the protest said it would return in May.")).toEqual([["The group behind the protest", "said", "indirect", "it would return in May"]]);
  });
  it("leaves a thing's own phrase and a coordinated subject as they were", () => {
    expect(claimsOf("The head of the agency said the plan was sound.")).toEqual([["The head of the agency", "said", "indirect", "the plan was sound"]]);
    expect(claimsOf("Wine makers and farmers said the support was too small.")).toEqual([["Wine makers and farmers", "said", "indirect", "the support was too small"]]);
  });
});

describe("a state after an opening time phrase", () => {
  it("is the subject when a day comes before its comma", () => {
    expect(claimsOf("On Friday, Texas, leading a coalition of 20 states, asked the court to block the rule.")).toEqual([["Texas", "asked", "indirect", "the court to block the rule"]]);
  });
  it("still belongs to the town in a place phrase", () => {
    expect(claimsOf("At an event in Ames, Iowa, on Sunday, Ridley said the ferry would sail.")).toEqual([["Ridley", "said", "indirect", "the ferry would sail"]]);
  });
});
