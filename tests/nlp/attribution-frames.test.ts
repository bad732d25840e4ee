// Focused cases for the attribution frames added for real news: shares and plain plural nouns as
// speakers, quotes whose attribution is the next sentence, inverted cues with any noun phrase,
// document subjects of evidence verbs, "Name: …" leads, passive questions and single-name objects.
import { describe, expect, it } from "vitest";
import { emptyCuration } from "../../src/curation.ts";
import { emptyDraft } from "../../src/draft.ts";
import { STAGES } from "../../src/pipeline.ts";
import type { Claim } from "../../src/types.ts";

/** The claims of an article written as a string, title line first, by the real stages. */
function claimsOf(body: string): Claim[] {
  let d = emptyDraft("test.txt", new TextEncoder().encode(`Title line here\n\n${body}\n`));
  for (const [, run] of STAGES) d = run(d, { curation: emptyCuration() });
  return d.claims;
}

/** [speaker mention, cue, text] of each claim. */
const triples = (body: string): Array<[string, string, string]> => claimsOf(body).map((c) => [c.speaker.mention, c.cue, c.text]);

describe("speakers the name-and-role reading misses", () => {
  it("takes a share of people as the speaker of a verb of saying", () => {
    expect(triples("About 3 in 10 say the bridge toll is too high for commuters.")).toEqual([["About 3 in 10", "say", "the bridge toll is too high for commuters"]]);
    expect(triples("Nearly eight out of 10 said the library should stay open late.")).toEqual([["Nearly eight out of 10", "said", "the library should stay open late"]]);
  });
  it("does not take a year for a share", () => {
    expect(triples("The mayor in 2019 said the park would reopen soon.").map((t) => t[0])).not.toContain("2019");
  });
  it("takes a plain plural noun at a clause start", () => {
    expect(triples("The plan looks costly, but water engineers say the pipes will last for decades.")).toEqual([["water engineers", "say", "the pipes will last for decades"]]);
  });
  it("keeps a party-and-state parenthesis out of the resolved speaker", () => {
    const [c] = claimsOf("“The harbour needs dredging before winter storms arrive,” Rep. Alma Quist (D-Ore.) said.");
    expect(c).toMatchObject({ kind: "direct", cue: "said" });
    expect(c?.speaker.mention).toBe("Rep. Alma Quist");
  });
  it("takes a prepositional phrase between speaker and cue as part of the speaker", () => {
    const [c] = claimsOf("“The simple fact is that the numbers have not changed at all.” a spokesman for the county board said.");
    expect(c?.speaker.mention).toBe("a spokesman for the county board");
  });
  it("takes any determiner phrase after an inverted cue: “…?” asked the boy", () => {
    expect(triples("“How tall is that tower?” asked the boy, who was holding a kite.")).toEqual([["the boy", "asked", "How tall is that tower?"]]);
  });
  it("reads the lower-case noun after a sentence-initial determiner, not the determiner alone", () => {
    const [c] = claimsOf("The nurse later sued, claiming the quarantine violated her rights.");
    expect(c?.speaker.mention).toBe("The nurse");
  });
});

describe("quotes and content", () => {
  it("finds the attribution in the next sentence after a quote ending in ? or !", () => {
    expect(triples("“Is this really the best the council can do?” Dana Whitlock said.")).toEqual([["Dana Whitlock", "said", "Is this really the best the council can do?"]]);
  });
  it("skips a short time adverbial before a bare clause", () => {
    expect(triples("Okafor said for weeks he was the only candidate who could win the district.")).toEqual([["Okafor", "said", "he was the only candidate who could win the district"]]);
  });
  it("reads 'said this is …' as a clause, not a time phrase", () => {
    expect(triples("Others say this is just a slow season for the shops.")).toEqual([["Others", "say", "this is just a slow season for the shops"]]);
  });
  it("takes a single name as the object of an object cue", () => {
    expect(triples("The judge endorsed Okafor.")).toEqual([["The judge", "endorsed", "Okafor"]]);
  });
});

describe("other frames", () => {
  it("takes a document subject of an evidence verb, singular or plural, before or after", () => {
    expect(triples("New surveys released Sunday showed the mayor with a narrow lead.")).toEqual([["New surveys released Sunday", "showed", "the mayor with a narrow lead"]]);
    expect(triples("The race in the third ward is close, a county poll shows.")).toEqual([["a county poll", "shows", "The race in the third ward is close"]]);
    expect(triples("The goalkeeper showed great courage in the final match.")).toEqual([]);
  });
  it("takes a plural in -ies of a document noun in -y as a document subject", () => {
    expect(triples("The harbour is losing trade to the north, other studies have shown.")).toEqual([["other studies", "shown", "The harbour is losing trade to the north"]]);
    expect(triples("Two inquiries found the harbour board had erred.")).toEqual([["Two inquiries", "found", "the harbour board had erred"]]);
  });
  it("takes a plain clause after \"found\" whoever found it, but not an object's state", () => {
    expect(triples("An inquiry panel found the harbour board was in breach of its charter.")).toEqual([["An inquiry panel", "found", "the harbour board was in breach of its charter"]]);
    expect(triples("The Harbour Gazette found fishermen favored the plan by a wide margin.")).toEqual([["The Harbour Gazette", "found", "fishermen favored the plan by a wide margin"]]);
    expect(triples("The ferryman found the gate locked.")).toEqual([]);
  });
  it("takes a plain clause after \"indicated\" only when a personal pronoun opens it", () => {
    expect(triples("The harbour master has indicated he would close the pier in March.")).toEqual([["The harbour master", "indicated", "he would close the pier in March"]]);
    expect(triples("Ridley indicated it would cost the town 40,000 pounds.")).toEqual([["Ridley", "indicated", "it would cost the town 40,000 pounds"]]);
    expect(triples("The pilot indicated the channel to the new crew.")).toEqual([]);
  });
  it("reads a headline or paragraph that opens with a name and a colon", () => {
    expect(triples("Okafor: The bridge toll will be scrapped next year.")).toEqual([["Okafor", ":", "The bridge toll will be scrapped next year"]]);
  });
  it("refuses a colon after a newsroom label", () => {
    expect(triples("Breaking: The bridge toll will be scrapped next year.")).toEqual([]);
  });
  it("reads a passive question: 'was asked by X whether …', 'when asked how …'", () => {
    expect(triples("Okafor was asked by the host Lena Park whether the toll would be scrapped.")).toEqual([["the host Lena Park", "asked", "whether the toll would be scrapped"]]);
    expect(claimsOf("When asked how the toll would be spent, Okafor smiled.")[0]).toMatchObject({ cue: "asked", text: "how the toll would be spent" });
  });
});
