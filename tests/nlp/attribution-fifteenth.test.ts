// Focused cases for the fifteenth claims round: a date between the subject and the cue is no part of
// the speaker, a name may end in a number ("Article 5"), and digits joined by a colon are one token.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlp/attribution-tokens.ts";
import { claimTriples as triples, recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(text).claims;

describe("a date before the cue", () => {
  it("is left out of the speaker", () => {
    expect(triples("The harbour board on March 5 said that the ferry would run again.")).toEqual([["The harbour board", "said", "that the ferry would run again"]]);
    expect(triples("Okafor on Jan. 5 said that the ferry would run again.")).toEqual([["Okafor", "said", "that the ferry would run again"]]);
    expect(triples("The council on January 5, 2016 said that the ferry would run again.")).toEqual([["The council", "said", "that the ferry would run again"]]);
    expect(triples("Okafor in March 2016 said that the ferry would run again.")).toEqual([["Okafor", "said", "that the ferry would run again"]]);
  });
});

describe("a name that ends in a number", () => {
  it("speaks", () => {
    expect(triples("Article 5 says that an attack on one member is an attack on all.")).toEqual([["Article 5", "says", "that an attack on one member is an attack on all"]]);
    expect(triples("Proverbs 19:21 says that many are the plans in the mind of a man.")).toEqual([["Proverbs 19:21", "says", "that many are the plans in the mind of a man"]]);
  });
});

describe("the tokenizer", () => {
  it("keeps digits joined by a colon or a thousands comma together", () => {
    expect(tokenize("At 10:30 on 19:21, 1,500 came.", 0, 31).map((t) => t.t)).toEqual(["At", "10:30", "on", "19:21", ",", "1,500", "came", "."]);
  });
});

describe("a stance noun with its owner", () => {
  it("is a claim: 'X's call for …', 'X's attacks on …'", () => {
    expect(triples("Okafor's call for a second ferry angered the harbour board.")).toEqual([["Okafor's", "call for", "a second ferry"]]);
    expect(triples("Her attacks on the harbour board were fierce.")).toEqual([["Her", "attacks on", "the harbour board"]]);
  });
  it("but not without one (guard)", () => {
    expect(triples("A call for a second ferry went unanswered.")).toEqual([]);
  });
});

describe("a quotation paragraph signed on the next line", () => {
  it("is a direct claim of the name after the dash", () => {
    const text = `Harbour news\n\nThe ferry will run again.\n\n“We have waited for this ferry for a very long time. It is good news.”\n\n— Jo Blum, harbour master.\n\nOther news followed.\n\n“The timetable is a matter for the board and nobody else.”\n\n- Okafor.\n`;
    expect(claimsOf(text).map((c) => [c.speaker.mention, c.kind, c.text])).toEqual([
      ["Jo Blum", "direct", "We have waited for this ferry for a very long time. It is good news."],
      ["Okafor", "direct", "The timetable is a matter for the board and nobody else."],
    ]);
  });
  it("but a dash line that goes on as prose signs nothing (guard)", () => {
    const text = `Harbour news\n\nThe ferry will run again.\n\n“We have waited for this ferry for a very long time. It is good news.”\n\n— Jo Blum and the harbour board met the mayor on Monday to talk about the timetable for the winter months ahead of the vote.\n`;
    expect(claimsOf(text).filter((c) => c.kind === "direct")).toEqual([]);
  });
});
