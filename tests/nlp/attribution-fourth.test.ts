// Focused cases for the fourth claims round: where contents end. Objects that go on past "as", "by",
// a quotation's commas or a list; clause contents that stop at a subordinate clause, a second speaker,
// a participle with an object, or the comma that closes a clause opening the sentence; and a long
// appositive between an inverted speaker and the cue. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("objects that go on", () => {
  it("keeps “as” and the noun phrase after it", () => {
    expect(triples("Ridley saw the storm as a chance to rebuild the old pier.")).toEqual([["Ridley", "saw", "the storm as a chance to rebuild the old pier"]]);
  });
  it("keeps “as” and a quotation after it, commas inside the quotation included", () => {
    expect(triples("Ridley mocked the new ferry as “a floating shed, not a boat” at the meeting.")).toEqual([["Ridley", "mocked", "the new ferry as “a floating shed, not a boat”"]]);
  });
  it("ends at a quotation that closes on its comma", () => {
    expect(triples("Ridley mocked the new ferry as a “floating shed,” which the board did not like.")).toEqual([["Ridley", "mocked", "the new ferry as a “floating shed,”"]]);
  });
  it("keeps a list of short items", () => {
    expect(triples("The mayor insulted farmers, fishermen and bakers.")).toEqual([["The mayor", "insulted", "farmers, fishermen and bakers"]]);
  });
  it("keeps “by” and the author after a noun", () => {
    expect(triples("Ridley mocked a memoir by Jo Blum about life on the harbour.")).toEqual([["Ridley", "mocked", "a memoir by Jo Blum about life on the harbour"]]);
  });
});

describe("clause contents that stop", () => {
  it("stops before “, while …” and “, although …”", () => {
    expect(triples("Ridley said the ferry would run again in spring, while the board wants to sell it.")).toContainEqual(["Ridley", "said", "the ferry would run again in spring"]);
    expect(triples("Ridley said the ferry would run again in spring, although the board has not agreed.")).toEqual([["Ridley", "said", "the ferry would run again in spring"]]);
  });
  it("stops before “, and” with a second speaker and cue", () => {
    expect(triples("Ridley said the ferry would run again in spring, and the harbour master said it would not.")).toEqual([
      ["Ridley", "said", "the ferry would run again in spring"],
      ["the harbour master", "said", "it would not"],
    ]);
  });
  it("stops before a participle with an object", () => {
    expect(triples("Ridley said the new ferry would be ready by June, leaving the old boat in the harbour.")).toEqual([["Ridley", "said", "the new ferry would be ready by June"]]);
  });
  it("stops at the comma that closes a clause opening the sentence", () => {
    expect(triples("Despite complaints that the ferry is slow, the board kept it.")).toEqual([["", "complaints", "that the ferry is slow"]]);
  });
  it("gives an opening participle the main clause's subject", () => {
    expect(triples("After praising the new timetable, Ridley left the meeting early.")).toEqual([["Ridley", "praising", "the new timetable"]]);
  });
});

describe("inverted speakers", () => {
  it("reads a long appositive between the speaker and the cue", () => {
    const t = triples("“The ferry will run,” Ridley, the pilot who has worked on the harbour boats for more than thirty years and knows every rock, told the Courier.");
    // (The relative clause's own stance, "knows every rock", is Ridley's claim as well.)
    const told = t.filter((x) => x[1] === "told");
    expect(told).toHaveLength(1);
    expect(told[0]?.[0]).toMatch(/^Ridley, the pilot/);
    expect(told[0]?.[2]).toBe("The ferry will run");
    expect(t.filter((x) => x[1] !== "told").map((x) => x[2])).toEqual(["every rock"]);
  });
});
