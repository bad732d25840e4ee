// Focused cases for content boundaries and the smaller frames of the last claims round: appositives
// after an inverted speaker, "according to" with any source phrase, participles after a quote's
// comma, inverted verbs outside the lexicon, clauses ending in a colon, quoted titles inside an
// attribution, long tails before a colon, polls before a colon and headlines with a present-tense cue.
import { describe, expect, it } from "vitest";
import { claimTriples as triples, claimsOfBody as claimsOf } from "../helpers.ts";

describe("content boundaries", () => {
  it("keeps an appositive after an inverted speaker out of the content", () => {
    expect(triples("Nor are the tolls likely to fall soon, said Jo Blum, a professor of transport at the institute, who studies bridges.")).toEqual([
      ["Jo Blum", "said", "Nor are the tolls likely to fall soon"],
    ]);
  });
  it("still takes the content after a parenthetical attribution", () => {
    expect(triples("By closing the old depot, Ms. Dray said, the council is able to run twice as many buses.")).toEqual([
      ["Ms. Dray", "said", "By closing the old depot the council is able to run twice as many buses"],
    ]);
  });
  it("ends a content at a participle of saying after a quote's comma", () => {
    const [c] = claimsOf("The senator said the harbour fund was \"wasteful,\" noting that no audit had been done.");
    expect(c).toMatchObject({ cue: "said", text: "the harbour fund was \"wasteful,\"" });
  });
  it("skips a quoted programme title inside the attribution and joins the quote after it", () => {
    expect(triples("“It is all nonsense,” Mr. Abel said by telephone on the radio show “Morning Call.” “She has never been to the town at all.”")).toEqual([
      ["Mr. Abel", "said", "It is all nonsense … She has never been to the town at all."],
    ]);
  });
});

describe("frames", () => {
  it("takes any phrase after 'according to' as the source, up to its comma", () => {
    expect(triples("The mayor now leads the race by 40 votes, according to a count by the county clerk.")).toEqual([
      ["a count by the county clerk", "according to", "The mayor now leads the race by 40 votes"],
    ]);
    expect(triples("According to early results of a survey conducted for the regional papers by a polling firm, most residents want the bridge rebuilt.")).toEqual([
      ["early results of a survey conducted for the regional papers by a polling firm", "According to", "most residents want the bridge rebuilt"],
    ]);
  });
  it("reads an inverted past-tense verb outside the lexicon after a quote", () => {
    expect(triples("\"It is a great day for the valley,\" opined the Daily Courier.")).toEqual([["the Daily Courier", "opined", "It is a great day for the valley"]]);
  });
  it("does not read a verb after a quote ending in a full stop as an inverted cue", () => {
    expect(triples("\"The valley is flooded.\" Crowded streets followed the storm.").map((t) => t[1])).not.toContain("Crowded");
  });
  it("gives a quote after a colon to the subject of a short clause", () => {
    expect(triples("In a radio interview, Smith went even further: \"If he loses the vote, it is the end of his career.\"")).toEqual([
      ["Smith", "went", "If he loses the vote, it is the end of his career."],
    ]);
    expect(triples("The report has one conclusion: \"The road is too expensive for the town.\"")).toEqual([]);
  });
  it("walks back over a long tail to the cue before a colon", () => {
    expect(triples("Mr. Kim said in a recent issue of a magazine: \"In order to change, you have to put jobs at risk.\"")).toEqual([
      ["Mr. Kim", "said", "In order to change, you have to put jobs at risk."],
    ]);
  });
  it("reads a poll before a colon as the source", () => {
    expect(triples("Poll: The mayor holds a narrow lead over the challenger.")).toEqual([["Poll", ":", "The mayor holds a narrow lead over the challenger"]]);
  });
});

describe("headlines", () => {
  const after = "\n\nThe first paragraph is about something else entirely, and it goes on for a while.";
  it("reads a title-case headline kept in the body with a present-tense cue", () => {
    expect(triples(`Harbour Board Chief Slams Ferry Plan.${after}`)).toEqual([["Harbour Board Chief", "Slams", "Ferry Plan"]]);
  });
  it("reads a sentence-case headline", () => {
    expect(triples(`Mayor says new bridge will open in May.${after}`)).toEqual([["Mayor", "says", "new bridge will open in May"]]);
  });
  it("refuses a headline that opens with a clause word", () => {
    expect(triples(`Why Harbour Board Chief Slams Ferry Plan.${after}`)).toEqual([]);
  });
  it("reads only a first line that is one short sentence", () => {
    expect(triples(`Harbour Board Chief Slams Ferry Plan. The ferry has run for many years and the board wants it to stop.${after}`).map((t) => t[1])).not.toContain("Slams");
  });
});
