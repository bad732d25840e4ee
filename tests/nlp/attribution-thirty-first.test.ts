// Focused cases for the thirty-first claims round: a name or a role before "of" and a place, a poll
// named inside the subject, an appositive name after a participle's phrase, numbers and dates after
// a name, a verb after "and" in a clause opened by a dash, "More than half", examples after an
// object (", including …"), "the group called X is …", and a quotation that a later cue gives to
// someone else. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakersOf = (text: string) => record(text).claims.map((c) => [c.speaker.name, c.cue]);

describe("speaker names", () => {
  it("names the person in “Surname of Place”, not the place", () => {
    expect(speakersOf("Voss of Ohio said the levy was unfair.")).toEqual([["Voss", "said"]]);
    expect(speakersOf("“The levy is unfair,” Voss of Ohio said.")).toEqual([["Voss", "said"]]);
  });
  it("names the role in “the governor of Place”, not the place", () => {
    expect(speakersOf("The governor of Ohio said the levy was unfair.")).toEqual([["governor of Ohio", "said"]]);
  });
  it("keeps a comparison that opens the speaker: “More than half of …”", () => {
    expect(record("More than half of the dockers said they would back the levy.").claims.map((c) => [c.speaker.mention, c.speaker.name])).toEqual([
      ["More than half of the dockers", "More than half of the dockers"],
    ]);
  });
});

describe("speakers", () => {
  it("takes the people a poll asked as the speaker, not the poll", () => {
    expect(claimsOf("Half of the voters surveyed in a harbour poll said they would back the levy.")).toEqual([
      ["Half of the voters surveyed in a harbour poll", "said", "they would back the levy"],
    ]);
  });
  it("takes an appositive name after a participle's phrase on the subject", () => {
    expect(speakersOf("The head of the group backing the levy for years, Ines Dahl, praised the efforts of the dockers.")).toContainEqual(["Ines Dahl", "praised"]);
  });
  it("takes an -ing word before a role after an organisation's number", () => {
    expect(claimsOf("“They are not worried,” Local 15 organizing director Ines Dahl said.")).toEqual([
      ["Local 15 organizing director Ines Dahl", "said", "They are not worried"],
    ]);
  });
  it("keeps a number that ends a name after “of”, and stops before a date", () => {
    expect(claimsOf("“They are not worried,” Ines Dahl of Local 15 said.")).toEqual([["Ines Dahl of Local 15", "said", "They are not worried"]]);
    expect(claimsOf("“They are not worried,” said Ines Dahl on March 15.")).toEqual([["Ines Dahl", "said", "They are not worried"]]);
  });
  it("gives a verb after “and” the subject of the clause a dash opened", () => {
    expect(claimsOf("She drew his ire - he called her weak and said she had no support in Dunmore.")).toEqual([
      ["he", "called", "her weak"],
      ["he", "said", "she had no support in Dunmore"],
    ]);
  });
  it("does not take a subject after a dash when no finite verb follows it", () => {
    const cues = record("This habit - dockers dodging questions about the levy and attacking the mayor instead - was rarer in Dunmore.").claims.map((c) => c.cue);
    expect(cues).not.toContain("attacking");
  });
});

describe("documents and findings", () => {
  it("gives a claim in a relative clause on a document to whoever put the document out", () => {
    expect(speakersOf("Ines Dahl has released a video that accuses the mayor of hiding the costs.")).toEqual([["Ines Dahl", "accuses"]]);
  });
  it("leaves what a document shows to the document", () => {
    expect(claimsOf("Dahl released her medical records in July, which showed she was fit for the post.")).toContainEqual([
      "her medical records",
      "showed",
      "she was fit for the post",
    ]);
  });
  it("reads “…, X found.” at the end of a sentence as X's finding", () => {
    expect(claimsOf("Turnout fell sharply in the harbour towns, researchers found.")).toEqual([["researchers", "found", "Turnout fell sharply in the harbour towns"]]);
  });
});

describe("polls in a phrase", () => {
  it("reads a poll at the end of a sentence as its source", () => {
    expect(claimsOf("Dahl held a 12-point lead in a new harbour poll.")).toEqual([["a new harbour poll", "in", "Dahl held a 12-point lead"]]);
  });
  it("does not when a verb follows the poll, or when it names who was surveyed", () => {
    const cues = (s: string) => record(s).claims.map((c) => c.cue);
    expect(cues("Half of the dockers surveyed in a new harbour poll support Ines Dahl.")).not.toContain("in");
    expect(cues("Dahl was backed by 42 percent of the dockers surveyed in the harbour poll.")).not.toContain("in");
  });
});

describe("where a content ends", () => {
  it("keeps examples of an object: “, including …”", () => {
    expect(claimsOf("Dahl cited several causes of the low turnout, including new rules on ferries.")).toEqual([
      ["Dahl", "cited", "several causes of the low turnout, including new rules on ferries"],
    ]);
  });
  it("ends a content at a quotation that a closing attribution gives to its speaker", () => {
    expect(claimsOf("Dahl said the talks were slow but added, “We will sign the deal,” Dahl said.")).toContainEqual(["Dahl", "added", "“We will sign the deal,”"]);
  });
});

describe("fewer wrong claims", () => {
  it("reads “the group called X is …” as a name, and “called X a liar” as speech", () => {
    expect(record("The group called Harbour First is planning a rally.").claims).toEqual([]);
    expect(claimsOf("The mayor called Dahl a liar.")).toEqual([["The mayor", "called", "Dahl a liar"]]);
  });
  it("gives a quotation to the speaker after it, not to a cue right before it", () => {
    expect(claimsOf("Nothing the mayor said “was a surprise to anyone,” the senator said.")).toEqual([["the senator", "said", "was a surprise to anyone"]]);
  });
  it("keeps a quotation that a cue introduces with a comma", () => {
    expect(claimsOf("Dahl said, “The levy is fair.”")).toEqual([["Dahl", "said", "The levy is fair."]]);
  });
});
