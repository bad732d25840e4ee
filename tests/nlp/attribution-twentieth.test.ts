// Focused cases for the twentieth claims round: the subject of a verb that takes a stance noun
// ("voiced concern that …"), "I" outside quotations, a titled name before an "of" phrase, questions
// put to someone ("Asked whether …, X said"), a role resolved to the one person holding it, and a
// narrator's clause after an inverted attribution. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakersOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.name, c.speaker.type, c.cue]);

describe("a stance noun taken by a verb", () => {
  it("without a determiner, after a verb that voices it, has the verb's subject", () => {
    expect(claimsOf("Engineers voiced concern that the old dam could fail.")).toContainEqual(["Engineers", "concern", "that the old dam could fail"]);
  });
  it("after adjectives, has the subject before a relative clause", () => {
    expect(claimsOf("Others who backed the ferry plan expressed similar doubts that the boats would run on time.")).toContainEqual([
      "Others",
      "doubts",
      "that the boats would run on time",
    ]);
  });
  it("after a preposition, has the subject of the verb that takes it", () => {
    expect(claimsOf("The dockers' rivals cling to the hope that the strike will collapse within a week.")).toContainEqual([
      "The dockers' rivals",
      "hope",
      "that the strike will collapse within a week",
    ]);
  });
  it("gives no speaker rather than a phrase inside the subject's prepositional phrase", () => {
    const claims = claimsOf("Opponents of moving the fish market into the old town raise fears that the streets will flood with traffic.");
    expect(claims).toContainEqual(["", "fears", "that the streets will flood with traffic"]);
  });
});

describe("the first person outside quotations", () => {
  it("is the writer, not the person named before", () => {
    expect(speakersOf("Tomas Riedel runs the harbour board. I think he has not visited the docks this year.")).toContainEqual(["I", "person", "think"]);
  });
  it("inside a quotation stays the quoted speaker (guard)", () => {
    const claims = recordOf("Harbour news\n\nTomas Riedel spoke first. “I think the plan is wrong,” he said.\n").claims;
    expect(claims.map((c) => [c.speaker.name, c.text])).toContainEqual(["Tomas Riedel", "I think the plan is wrong"]);
  });
});

describe("a titled name before an 'of' phrase", () => {
  it("after an inverted cue is the person, not the whole phrase", () => {
    expect(speakersOf("“The sea wall will not hold,” says Professor Ines Valdgren of Northmere Institute of Technology.")).toContainEqual(["Ines Valdgren", "person", "says"]);
  });
});

describe("questions", () => {
  it("put to someone ('Asked whether …, X said') are not that person's", () => {
    const claims = speakersOf("Asked whether he would appeal, Oskar Lindqvist said: “We will see.”");
    expect(claims).toContainEqual(["unknown", "unknown", "Asked"]);
    expect(claims).toContainEqual(["Oskar Lindqvist", "person", "said"]);
  });
  it("asked by someone named ('Asked by X whether …') are the asker's, and 'she' after them is not a man asker", () => {
    const claims = speakersOf("Asked by Lars Gundersen whether she had read the report, she said no.");
    expect(claims).toContainEqual(["Lars Gundersen", "person", "Asked by"]);
    expect(claims).not.toContainEqual(["Lars Gundersen", "person", "said"]);
  });
  it("'who asked not to be named' is no claim", () => {
    const claims = claimsOf("“The catch is small this year,” said one fisherman, who asked not to be named.");
    expect(claims).toEqual([["one fisherman", "said", "The catch is small this year"]]);
  });
});

describe("a role after the person holding it was named", () => {
  it("'the judge' is the one judge of the article", () => {
    const claims = recordOf("Harbour news\n\nJudge Wilma Osterhout heard the case on Monday. The judge said that the skipper could remain free until the trial.\n").claims;
    expect(claims.map((c) => [c.speaker.mention, c.speaker.name, c.speaker.ref])).toContainEqual(["The judge", "Wilma Osterhout", "wilma-osterhout"]);
  });
  it("stays the role when two people hold it (guard)", () => {
    const claims = recordOf(
      "Harbour news\n\nJudge Wilma Osterhout and Judge Pieter Haas heard the case on Monday. The judge said that the skipper could remain free until the trial.\n",
    ).claims;
    expect(claims.map((c) => [c.speaker.mention, c.speaker.name, c.speaker.ref])).toContainEqual(["The judge", "judge", null]);
  });
});

describe("after an inverted attribution", () => {
  it("a clause opened by 'as' is the narrator's, not the content", () => {
    expect(claimsOf("Cases of the fever have doubled since March, the health ministry said on Friday, as officials urged parents to vaccinate their children.")).toContainEqual([
      "the health ministry",
      "said",
      "Cases of the fever have doubled since March",
    ]);
  });
});

describe("quotations", () => {
  it("after 'put it simply:' are the subject's", () => {
    expect(speakersOf("One of the dockers, Ruth Ambler, put it simply: “Nobody here will vote for a closed port.”")).toContainEqual(["Ruth Ambler", "person", "put"]);
    expect(claimsOf("As the harbour master put it, “Nobody here will vote for a closed port.”")).toContainEqual(["the harbour master", "put", "Nobody here will vote for a closed port."]);
    expect(claimsOf("As Ruth Ambler put it, “Nobody here will vote for a closed port.”")).toContainEqual(["Ruth Ambler", "put", "Nobody here will vote for a closed port."]);
  });
  it("left open at a paragraph's end and attributed in the next paragraph are one claim of that speaker", () => {
    const claims = recordOf(
      "Harbour news\n\nThe mayor spoke on Monday. “We will rebuild the sea wall first, and the piers will follow once the money arrives.\n\n“After that, the ferry terminal gets a new roof,” said Mayor Ilse Brandt.\n",
    ).claims;
    expect(claims.map((c) => [c.speaker.name, c.text])).toEqual([
      ["Ilse Brandt", "We will rebuild the sea wall first, and the piers will follow once the money arrives. After that, the ferry terminal gets a new roof"],
    ]);
  });
  it("closed in its own paragraph stays apart from the next paragraph's (guard)", () => {
    const claims = recordOf(
      "Harbour news\n\n“The sea wall comes first,” the mayor said on Monday.\n\n“After that, the ferry terminal gets a new roof,” said Mayor Ilse Brandt.\n",
    ).claims;
    expect(claims).toHaveLength(2);
  });
});

describe("plural nouns of people as speakers", () => {
  it("opening the sentence in capitals are a group, not an organisation", () => {
    expect(speakersOf("Some parents said the harbour school should stay open.")).toEqual([["Some parents", "group", "said"]]);
    expect(speakersOf("Fishermen at the quay said the new rules were rushed.")).toEqual([["Fishermen", "group", "said"]]);
  });
});
