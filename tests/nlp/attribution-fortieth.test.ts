// Focused cases for the fortieth claims round:
// - ", citing …," between a subject and its verb of saying is the speaker's ("The Gazette, citing
//   internal documents, reported …"), as after a verb of saying; after other verbs it is still none;
// - intentions: "would like to …", and the progressive "is hoping to", "were looking to …" (only
//   after "be" and before a verb: not "is looking to the future", and ", hoping to …" stays the
//   clause subject's);
// - speakers: group nouns of partisans and staff ("backers", "loyalists", "staffers") speak;
// - impressions no one is named for (an empty mention): "appeared paralyzed", "appears ready" (a look, not a showing
//   up: "appeared on the radio" is none; it ends at its comma), "is seen as", "was widely viewed as"
//   (not inside a relative clause).
// - speakers: an aspect verb before the cue's -ing form is no part of the speaker ("The council began
//   calling for …"); auxiliaries and adverbs after a document are none either ("Recent polls have
//   similarly shown …"); a two-word adverbial between commas ("Voters, in particular, have …"); a
//   place phrase before an auxiliary and a stance participle ("Residents in the town have opposed …").
// - an opening that ends in a closing quotation mark after its comma ("Speaking on Radio Harbour’s
//   “Morning Show,” Okafor …", "“We won,” the mayor said, adding …") leaves the subject after it;
// - contents: no manner adverb and a clause of time for content ("said angrily as he left"), but
//   "said only when …"; "to" as a preposition opens no purpose clause ("referring to demand for …");
//   "such as" does not end an object; a stance's content ends at a comma and a finite verb of saying
//   ("… and knows every rock, told the Courier …").
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("', citing …,' between a subject and its verb of saying", () => {
  it("gives what is cited to the speaker", () => {
    expect(claimsOf("The Gazette, citing internal documents, reported that the ferry firm is broke.")).toEqual([
      ["The Gazette", "citing", "internal documents"],
      ["The Gazette", "reported", "that the ferry firm is broke"],
    ]);
  });
  it("is still no claim after a verb of another kind (the seed reference)", () => {
    expect(claimsOf("The two ferry firms dropped their merger, citing changes in the harbour rules.")).toEqual([]);
  });
});

describe("intentions", () => {
  it("reads 'would like to …'", () => {
    expect(claimsOf("All five harbour commissioners would like to shrink the ferry budget.")).toEqual([
      ["All five harbour commissioners", "like", "to shrink the ferry budget"],
    ]);
  });
  it("leaves 'likes to …' alone", () => {
    expect(claimsOf("Okafor likes to sail on Sundays.")).toEqual([]);
  });
  it("reads the progressive after 'be'", () => {
    expect(claimsOf("Some of the workers are hoping to see the pier reopened.")).toEqual([
      ["Some of the workers", "hoping", "to see the pier reopened"],
    ]);
    expect(claimsOf("The mayor was looking to end a run of bad news.")).toEqual([["The mayor", "looking", "to end a run of bad news"]]);
  });
  it("needs a verb after 'to'", () => {
    expect(claimsOf("The mayor is looking to the future.")).toEqual([]);
  });
  it("leaves ', hoping to …' to the clause's subject", () => {
    expect(claimsOf("The council met twice on Friday, hoping to avoid a strike at the port.")).toEqual([
      ["The council", "hoping", "to avoid a strike at the port"],
    ]);
  });
});

describe("group nouns of partisans and staff", () => {
  it("speak", () => {
    expect(claimsOf("Pier backers are concerned that the ferry deal will fail.")).toEqual([["Pier backers", "concerned", "that the ferry deal will fail"]]);
    expect(claimsOf("Council staffers said the budget was late.")).toEqual([["Council staffers", "said", "the budget was late"]]);
  });
});

describe("impressions no one is named for", () => {
  it("reads a look after 'appear'", () => {
    expect(claimsOf("The harbour board appeared paralyzed.")).toEqual([["", "appeared", "The harbour board appeared paralyzed"]]);
    expect(claimsOf("She appears ready, moreover, to raise the ferry fares.")).toEqual([
      ["", "appears", "She appears ready, moreover, to raise the ferry fares"],
    ]);
  });
  it("ends the look at its comma", () => {
    expect(claimsOf("He appeared rattled at the last meeting, unable to answer the dockers.")).toEqual([["", "appeared", "He appeared rattled at the last meeting"]]);
  });
  it("is no look when someone appears somewhere", () => {
    expect(claimsOf("Okafor appeared on the radio on Sunday.")).toEqual([]);
    expect(claimsOf("Okafor appeared alongside the mayor.")).toEqual([]);
  });
  it("reads 'is seen as', 'was widely viewed as'", () => {
    expect(claimsOf("Outside the port, the ferry plan is seen as a gamble.")).toEqual([["", "seen", "the ferry plan is seen as a gamble"]]);
    expect(claimsOf("The new pier was widely viewed as a waste of money.")).toEqual([["", "viewed", "The new pier was widely viewed as a waste of money"]]);
  });
  it("is none inside a relative clause", () => {
    const claims = claimsOf("Asked about the closure, which was seen as a failure, Okafor said, “I have not heard that concern.”");
    expect(claims.filter((c) => c[1] === "seen")).toEqual([]);
    expect(claims).toContainEqual(["Okafor", "said", "I have not heard that concern."]);
  });
  it("is none without a subject of its own", () => {
    expect(claimsOf("The old ferry is forty years old, and is widely seen as falling behind its rivals.")).toEqual([]);
  });
  it("is none for 'have seen as many as'", () => {
    expect(claimsOf("I have seen as many as ten ferries in the bay.")).toEqual([]);
  });
});

describe("an aspect verb before the cue's -ing form", () => {
  it("is no part of the speaker", () => {
    expect(claimsOf("The council began calling for a new vote on the pier.")).toEqual([["The council", "calling for", "a new vote on the pier"]]);
    expect(claimsOf("Once the video was released, the union immediately began criticizing the harbour board.")).toContainEqual(["the union", "criticizing", "the harbour board"]);
  });
  it("lets 'started calling for' be read at all", () => {
    expect(claimsOf("The dockers started calling for a strike.")).toEqual([["The dockers", "calling for", "a strike"]]);
  });
});

describe("a document subject", () => {
  it("leaves its auxiliaries and adverbs to the cue", () => {
    expect(claimsOf("The polls have similarly shown that the mayor's lead is eroding.")).toEqual([["The polls", "shown", "that the mayor's lead is eroding"]]);
  });
  it("keeps a time after it", () => {
    expect(claimsOf("A university poll out Monday showed that the mayor is ahead.")).toEqual([["A university poll out Monday", "showed", "that the mayor is ahead"]]);
  });
});

describe("between a subject and its stance verb", () => {
  it("skips a two-word adverbial between commas", () => {
    expect(claimsOf("Younger voters, in particular, have expressed misgivings about the ferry plan.")).toEqual([
      ["Younger voters", "expressed", "misgivings about the ferry plan"],
    ]);
    expect(claimsOf("The mayor, however, backed the pier plan.")).toEqual([["The mayor", "backed", "the pier plan"]]);
  });
  it("does not skip 'as well' before a participle (it closes the predicate)", () => {
    expect(claimsOf("Okafor called for releasing the harbour videos, as well, saying that openness builds trust.")).toContainEqual([
      "Okafor",
      "saying",
      "that openness builds trust",
    ]);
  });
  it("reads a place phrase before an auxiliary and a participle", () => {
    expect(claimsOf("Others in the community have opposed the pier resolution.")).toEqual([["Others in the community", "opposed", "the pier resolution"]]);
  });
});

describe("an opening that ends in a closing quotation mark", () => {
  it("leaves the subject after the mark", () => {
    expect(claimsOf("Speaking on Radio Harbour’s “Morning Show,” Okafor admitted that the timetable was wrong, but said the board would publish a new one.")).toEqual([
      ["Okafor", "admitted", "that the timetable was wrong"],
      ["Okafor", "said", "the board would publish a new one"],
    ]);
  });
  it("lets a clause after a quotation and its cue find the speaker", () => {
    expect(claimsOf("“We will reopen the pier,” Okafor told reporters Monday, using a rude word to describe the harbour board.")).toEqual([
      ["Okafor", "told", "We will reopen the pier"],
      ["Okafor", "to describe", "the harbour board"],
    ]);
  });
});

describe("what follows a cue", () => {
  it("is no claim when it tells how and when it was said", () => {
    expect(claimsOf("Okafor said angrily as he left the hall.")).toEqual([]);
    expect(claimsOf("“We won,” delegate Jo Blum, wearing a harbour cap, said matter-of-factly as confetti fell around her.").filter((c) => c[1] === "said" && c[2] !== "We won")).toEqual([]);
  });
  it("is a claim after a focusing adverb", () => {
    expect(claimsOf("Okafor said only when the pier was safe would the ferries return.")).toEqual([["Okafor", "said", "only when the pier was safe would the ferries return"]]);
  });
  it("opens no purpose clause after 'referring to'", () => {
    const claims = claimsOf("“Nobody can ignore the ferries,” Okafor said, referring to demand for routes such as the island run.");
    expect(claims.filter((c) => c[1] === "to demand for")).toEqual([]);
    expect(claims).toContainEqual(["Okafor", "referring to", "demand for routes such as the island run"]);
  });
});

describe("a stance inside a subject's relative clause", () => {
  it("ends at the comma before the main clause's verb of saying", () => {
    expect(claimsOf("Ridley, the pilot who has worked on the harbour boats for thirty years and knows every rock, told the Courier the ferry will run.")).toEqual([
      ["Ridley", "knows", "every rock"],
      ["Ridley", "told", "the ferry will run"],
    ]);
  });
});
