// Focused cases for the twenty-ninth claims round: speakers described before their name or after a
// town, the antecedent of "who", impressions with no one named ("It seems …", an aside before
// "appeared"), evidence from an email or a search, a participle after a claim ("…, seeking …",
// "…, referring to …"), quantifiers as subjects, and questions "Asked Tuesday" or "Asked by X to …".
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("speakers after a quotation", () => {
  it("takes a participle and a noun outside the role lexicon before a name", () => {
    expect(claimsOf("“The pier will not last a winter,” said retired shipwright Alma Petrosyan.")).toEqual([
      ["retired shipwright Alma Petrosyan", "said", "The pier will not last a winter"],
    ]);
  });
  it("takes in where the speaker is from, and leaves out a relative clause after it", () => {
    expect(claimsOf("“The levy scares me,” Tomas Ferreira, 41, of Dunmore, Pa., who was among those polled, said in an interview.")).toEqual([
      ["Tomas Ferreira, 41, of Dunmore, Pa.", "said", "The levy scares me"],
    ]);
    expect(claimsOf("“The levy scares me,” Tomas Ferreira, 41, who was among those polled, said.")).toEqual([
      ["Tomas Ferreira, 41", "said", "The levy scares me"],
    ]);
  });
});

describe("the antecedent of a relative clause", () => {
  it("is any noun before “who”, which makes it a person", () => {
    expect(claimsOf("The last call came from a young girl, who said her mother drove the ferry.")).toContainEqual([
      "a young girl",
      "said",
      "her mother drove the ferry",
    ]);
  });
  it("stops at a pronoun subject and its verb", () => {
    expect(claimsOf("He met Okonkwo, who said the road was closed.")).toEqual([["Okonkwo", "said", "the road was closed"]]);
  });
  it("still needs a name or a role before “which”", () => {
    // ("The vote, who backed the levy" would give the vote a stance: only "who" says a person is meant.)
    expect(claimsOf("The vote, which backed the levy, was close.")).toEqual([]);
  });
});

describe("impressions no one is named for", () => {
  it("reads the clause after “It seems”", () => {
    expect(claimsOf("It seems the harbour board will go on without the support of the fishermen.")).toEqual([
      ["", "seems", "the harbour board will go on without the support of the fishermen"],
    ]);
  });
  it("reads a subject with an aside between commas", () => {
    expect(claimsOf("The new board, headed by Ines Calloway, seems ready to sell the pier.")).toEqual([
      ["", "seems", "The new board, headed by Ines Calloway, seems ready to sell the pier"],
    ]);
  });
  it("leaves “it seems to me” alone", () => {
    expect(claimsOf("It seems to me a poor idea.")).toEqual([]);
  });
});

describe("evidence", () => {
  it("comes from an email, a search or arithmetic", () => {
    expect(claimsOf("A 2014 email shows the board sent ten staff to the fair.")).toContainEqual(["A 2014 email", "shows", "the board sent ten staff to the fair"]);
    expect(claimsOf("A quick search shows no reports of the closure.")).toEqual([["A quick search", "shows", "no reports of the closure"]]);
  });
  it("takes the article before “new” into the mention", () => {
    expect(claimsOf("A new batch of board emails showed close ties between the two ferry firms.")[0]?.[0]).toBe("A new batch of board emails");
  });
});

describe("a participle after a claim", () => {
  it("gives what is sought or hoped for to the clause's subject", () => {
    expect(claimsOf("Two ferry firms ended their merger talks, seeking a better price for the fleet.")).toEqual([
      ["Two ferry firms", "seeking", "a better price for the fleet"],
    ]);
  });
  it("finds a pronoun subject after a time phrase with no comma", () => {
    expect(claimsOf("By Sunday afternoon she had cancelled the rally in Dunmore, Pa., hoping to avoid the storm.")).toContainEqual(["she", "hoping", "to avoid the storm"]);
  });
  it("gives what is referred to the speaker of an inverted cue or one before an adverbial", () => {
    expect(claimsOf("“That vote was the turning point,” said Ruth Adeyemi, a harbour pilot, referring to the levy ballot.")).toContainEqual([
      "Ruth Adeyemi",
      "referring to",
      "the levy ballot",
    ]);
    expect(claimsOf("“The pier was sold out by the board,” Okafor said in August, referring to the harbour board.")).toContainEqual([
      "Okafor",
      "referring to",
      "the harbour board",
    ]);
  });
  it("keeps a participle of trying or planning out", () => {
    expect(claimsOf("The board met on Monday, trying to settle the dispute.")).toEqual([]);
  });
});

describe("quantifiers as subjects", () => {
  it("hold the stance of the base verb after them", () => {
    expect(claimsOf("Some view Okafor as a threat to the harbour.")).toEqual([["Some", "view", "Okafor as a threat to the harbour"]]);
    expect(claimsOf("Most support the ban on night ferries.")).toEqual([["Most", "support", "the ban on night ferries"]]);
  });
});

describe("questions put to someone", () => {
  it("skips a weekday after “Asked”", () => {
    expect(claimsOf("Asked Tuesday about the levy, Okafor said she had not read it.")).toContainEqual(["", "Asked", "about the levy"]);
  });
  it("reads a request after the named asker", () => {
    expect(claimsOf("Asked by a reporter to respond to the charge, Okafor said she would not.")).toContainEqual([
      "a reporter",
      "Asked by",
      "to respond to the charge",
    ]);
  });
});

describe("words that look like cues but say nothing", () => {
  it("a heading in capitals before a dash is no speaker", () => {
    expect(claimsOf("HARBOUR BEAT—\"The ferry will stop in May,\" by the Courier’s Ana Lidell: \"The ferry will stop in May.\"")).toEqual([]);
  });
  it("“add” says nothing without a clause after “that”", () => {
    expect(claimsOf("In all, those pledges add up to more than $8 million.")).toEqual([]);
    expect(claimsOf("The new levy would add a burden to every skipper.")).toEqual([]);
  });
});

describe("where a content ends", () => {
  it("a participle between the subject and its verb ends at the comma before the verb", () => {
    expect(claimsOf("Skippers in Dunmore, fearing the new levy, repeatedly failed to agree on the fares.")).toContainEqual([
      "Skippers in Dunmore",
      "fearing",
      "the new levy",
    ]);
  });
  it("a relative clause on the subject ends before “include”", () => {
    expect(claimsOf("Harbour candidates who plan to attend the party conference include Okafor and Lidell.")).toEqual([
      ["Harbour candidates", "plan", "to attend the party conference"],
    ]);
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
