// Focused cases for the thirtieth claims round: an appositive title before a name, abbreviated
// months and "No." inside a phrase, "--" as a dash, hearsay passives ("was said to"), expectations
// in a relative clause, a second cue after a one-word object, the end of a content before "when
// asked" or a new speaker after ", and", and "former" before a title in a closing attribution.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";
import { tokenize } from "../../src/nlp/attribution-tokens.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakersOf = (text: string) => record(text).claims.map((c) => [c.speaker.name, c.cue]);

describe("tokens", () => {
  it("keeps the period of a short month or of “No.” before a number, and nowhere else", () => {
    const words = (s: string) => tokenize(s, 0, s.length).map((t) => t.t);
    expect(words("on Nov. 8 and No. 2")).toEqual(["on", "Nov.", "8", "and", "No.", "2"]);
    expect(words("in Nov. The board")).toEqual(["in", "Nov", ".", "The", "board"]);
    expect(words("Say No. 2 more")).toEqual(["Say", "No.", "2", "more"]);
  });
  it("reads “--” as one dash", () => {
    const s = "the levy -- a tax -- and";
    expect(tokenize(s, 0, s.length).map((t) => t.t)).toEqual(["the", "levy", "--", "a", "tax", "--", "and"]);
  });
});

describe("speakers", () => {
  it("reads a phrase with an abbreviated month inside it as one subject", () => {
    expect(claimsOf("The nominee for the Nov. 8 election later said he had been joking about the ferry.")).toEqual([
      ["The nominee for the Nov. 8 election", "said", "he had been joking about the ferry"],
    ]);
  });
  it("takes a name with a title in lower case as the appositive of a subject", () => {
    expect(speakersOf("The other candidate, former Harbour Master Ines Dahl, drew a contrast, saying that the levy was unfair.")).toEqual([
      ["Ines Dahl", "saying"],
    ]);
  });
  it("takes “former” before a title in a closing attribution", () => {
    expect(claimsOf("Dahl thinks the levy is too high, former Mayor Petra Lund said this week at a rally in Dunmore — a reversal of the view that she held.")).toEqual([
      ["former Mayor Petra Lund", "said", "Dahl thinks the levy is too high"],
    ]);
  });
});

describe("hearsay and expectations with no one named", () => {
  it("reads “was said to”, “is believed to” before a verb", () => {
    expect(claimsOf("The harbour master was said to be furious with the council.")).toEqual([
      ["", "said", "The harbour master was said to be furious with the council"],
    ]);
    expect(claimsOf("He is believed to have left for Oslo.")).toEqual([["", "believed", "He is believed to have left for Oslo"]]);
  });
  it("leaves a passive before a phrase alone", () => {
    expect(claimsOf("He was reported to the police by a neighbour.")).toEqual([]);
  });
  it("reads an expectation in a relative clause, up to its closing comma or the main verb", () => {
    expect(claimsOf("The regatta, which is expected to draw 5,000 visitors, opened on Monday.")).toEqual([
      ["", "expected", "which is expected to draw 5,000 visitors"],
    ]);
    expect(claimsOf("The owners who are expected to back the levy met on Monday.")).toEqual([
      ["", "expected", "who are expected to back the levy"],
    ]);
  });
});

describe("where a content ends", () => {
  it("ends a one-word object before a second cue of the same subject", () => {
    expect(claimsOf("Dahl attacked him and questioned why the ferry had not sailed.")).toEqual([
      ["Dahl", "attacked", "him"],
      ["Dahl", "questioned", "why the ferry had not sailed"],
    ]);
  });
  it("ends before the question put to the speaker", () => {
    expect(claimsOf("Ten percent of owners reported \"no opinion\" when asked about the levy.").map((c) => c[2])).not.toContain(
      "\"no opinion\" when asked about the levy",
    );
  });
  it("ends before a new speaker and a verb of stance after “, and”", () => {
    expect(claimsOf("A group of fishers called for a boycott of the auction, and the prominent Nordic fishing rights organization the Dunmore Guild strongly denounced the levy.")).toContainEqual(
      ["A group of fishers", "called for", "a boycott of the auction"],
    );
  });
  it("keeps an aside between “--” dashes inside the content", () => {
    expect(claimsOf("He says the levy -- a tax the council has since cut -- and the new fees drove the fishers away.")).toEqual([
      ["He", "says", "the levy -- a tax the council has since cut -- and the new fees drove the fishers away"],
    ]);
  });
  it("does not run past a dash to find “that”, but takes “that” after an aside between dashes", () => {
    expect(claimsOf("Dahl said on Monday at the pier — the one that sank — nothing.")).toEqual([]);
    expect(claimsOf("The board has warned Dahl and Lund – two owners yet to decide on the levy – that the pier is unsafe.")).toEqual([
      ["The board", "warned", "that the pier is unsafe"],
    ]);
  });
});

describe("fewer wrong claims", () => {
  it("reads no purpose after a degree or a question word", () => {
    expect(claimsOf("The vote in Dunmore was too close to call for much of the night.")).toEqual([]);
    expect(claimsOf("The board used the survey to decide who to target for the new levy.")).toEqual([]);
  });
  it("reads no particle before a reflexive or a medium", () => {
    expect(claimsOf("In the clip, you can see for yourself that the ferry sailed late.")).toEqual([]);
    expect(claimsOf("Officials in the council criticized on social media the decision to close the pier.")).toEqual([
      ["Officials in the council", "criticized", "the decision to close the pier"],
    ]);
  });
  it("keeps the verb of a question after a stance noun and its preposition", () => {
    expect(claimsOf("Owners raised questions about how the council would pay for the pier.")).toEqual([
      ["Owners", "questions about", "how the council would pay for the pier"],
    ]);
  });
  it("reads “called” after an indefinite phrase as a name, not speech, unless an object follows the name", () => {
    expect(claimsOf("A new group called Harbour Voices is trying to raise money for the pier.")).toEqual([]);
    expect(claimsOf("A fishing club called “The Nets” opened on the quay.")).toEqual([]);
    expect(claimsOf("A spokesman called Blum a liar.")).toEqual([["A spokesman", "called", "Blum a liar"]]);
  });
  it("reads “so- called” as no speech", () => {
    expect(claimsOf("The owners and the so- called harbour board met on Monday.")).toEqual([]);
  });
});
