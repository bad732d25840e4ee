// Focused cases for the sixteenth claims round: ", citing …" after a verb of saying is a claim of its
// speaker, and a short quotation that closes a sentence right after its cue is a claim.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claims = (text: string) => recordOf(text).claims.map((c) => [c.speaker.mention, c.cue, c.kind, c.text]);

describe("a participle of citing", () => {
  it("is a claim of the speaker of the verb of saying before it", () => {
    expect(claims("“This ferry will not run at a loss,” Okafor said, citing the rising cost of fuel.")).toEqual([
      ["Okafor", "said", "direct", "This ferry will not run at a loss"],
      ["Okafor", "citing", "indirect", "the rising cost of fuel"],
    ]);
    expect(claims("The harbour master said, citing the rising cost of fuel, that the ferry would stop.")[0]?.slice(0, 2)).toEqual(["The harbour master", "said"]);
  });
  it("after any other verb gives a reason, not a claim (guard)", () => {
    expect(claims("The harbour board cancelled the winter timetable, citing the rising cost of fuel.")).toEqual([]);
  });
});

describe("a short quotation that closes its sentence", () => {
  it("is a claim when its cue comes right before it", () => {
    expect(claims("Okafor then asked, “With ferries?”")).toEqual([["Okafor", "asked", "direct", "With ferries?"]]);
    expect(claims("The harbour master said: “Not now.” Then she left.")).toEqual([["The harbour master", "said", "direct", "Not now."]]);
  });
  it("but a short quoted title after other words is not (guard)", () => {
    expect(claims("Okafor named the ferry, “The Gull.”").filter((c) => c[2] === "direct")).toEqual([]);
  });
});

describe("a headline with a plural subject", () => {
  const headlineClaims = (title: string) => recordOf(`${title}\n\nThe ferry ran late again on Tuesday.\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
  it("takes the bare verb of saying", () => {
    expect(headlineClaims("Harbour skippers blast ferry plan.")).toEqual([["Harbour skippers", "blast", "ferry plan"]]);
    expect(headlineClaims("Harbour Skippers Slam Ferry Plan.")).toEqual([["Harbour Skippers", "Slam", "Ferry Plan"]]);
  });
  it("but not after a preposition, nor a verb that is not one of saying (guard)", () => {
    expect(headlineClaims("Mayor To Skippers Talk About Plan.")).toEqual([]);
    expect(headlineClaims("Harbour Skippers Vote On Ferry Plan.")).toEqual([]);
    expect(headlineClaims("Okafor has said the ferry will stay.")).toEqual([["Okafor", "said", "the ferry will stay"]]);
    expect(headlineClaims("Okafor always said the ferry would stay.")[0]?.[0]).not.toBe("Okafor always");
  });
});

describe("a second speaker after a bare 'and'", () => {
  it("ends the first claim's content", () => {
    expect(claims("Okafor accused Blum of leading from behind and Harriet Ridley says he is losing the argument.")).toEqual([
      ["Okafor", "accused", "indirect", "Blum of leading from behind"],
      ["Harriet Ridley", "says", "indirect", "he is losing the argument"],
    ]);
  });
  it("but a name coordinated with the word before it does not (guard)", () => {
    expect(claims("The board said fares will rise because Dover and Mayor Okafor agreed to cut the subsidy.")[0]?.[3]).toBe("fares will rise because Dover and Mayor Okafor agreed to cut the subsidy");
  });
});
