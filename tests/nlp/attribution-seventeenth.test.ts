// Focused cases for the seventeenth claims round: speakers that showed wrong on claim pages, read
// past an opening ("There,", a title-case dateline), a participle of speaking, an appositive name and
// a participle after a preposition. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const speakers = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue]);

describe("openings before the subject", () => {
  it("skips a sentence adverb without an adverb's ending before its comma", () => {
    expect(speakers("There, the harbour master declined to name them but said one was a ferry captain.")).toContainEqual(["the harbour master", "said"]);
    expect(speakers("Again, the harbour master declined to name them but said one was a ferry captain.")).toContainEqual(["the harbour master", "said"]);
  });
  it("skips a title-case dateline of several words before an agency in brackets", () => {
    expect(speakers("Port Ellis (AFP) – Mayor Ada Okafor on Monday toured the docks, accusing the board of neglect.")).toEqual([["Mayor Ada Okafor", "accusing"]]);
  });
});

describe("phrases between the subject and the cue", () => {
  it("leaves out a participle of speaking and its phrase", () => {
    expect(speakers("A harbour official speaking to the Courier said the ferry would stop.")).toEqual([["A harbour official", "said"]]);
    expect(speakers("Dockers talking to Okafor said the ferry would stop.")).toEqual([["Dockers", "said"]]);
  });
  it("gives a common-noun subject's appositive name to the claim", () => {
    const [first] = recordOf("Harbour news\n\nOne of the neighbours, Tom Reyes, 70, had lived there for years and said the ferry would stop.\n").claims;
    expect([first?.speaker.mention, first?.speaker.name]).toEqual(["One of the neighbours, Tom Reyes", "Tom Reyes"]);
  });
  it("but not a list of names after a plural (guard)", () => {
    expect(speakers("The skippers, Tom Reyes, Ann Bell and Joe Park, met and said the ferry would stop.")).toEqual([["The skippers", "said"]]);
  });
  it("gives a participle after a preposition inside the clause to the clause's subject", () => {
    expect(speakers("Okafor, herself a ferry captain, drew boos upon saying that the board had listened.")).toEqual([["Okafor", "saying"]]);
  });
});

describe("what a new user's articles showed", () => {
  const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.speaker.name, c.text]);
  it("leaves a dateline in capitals out of the content before the cue", () => {
    expect(claimsOf("PORT ELLIS (Reuters) - The harbour board fined the ferry operator on Monday, officials said.")).toEqual([
      ["officials", "officials", "The harbour board fined the ferry operator on Monday"],
    ]);
  });
  it("gives the claim to a name in apposition after the subject's phrase", () => {
    expect(claimsOf("A spokeswoman for the opposition Harbour Party, Rhiannon Price, said the fine was too low.")).toEqual([
      ["A spokeswoman for the opposition Harbour Party, Rhiannon Price", "Rhiannon Price", "the fine was too low"],
    ]);
  });
  it("never takes the agent of a participle or the phrase after it for the subject", () => {
    expect(claimsOf("A team of researchers led by Dr. Ingrid Solberg at the Northvale Institute warned that the harbour would flood.")[0]?.[0]).toBe("A team of researchers");
  });
});
