// Focused cases for the eighth claims round: the speaker is read after a clause's opening
// adverbials (a participle phrase, a time, a preposition, a dateline with its agency), not from
// them; a capitalised word is no auxiliary ("Theresa May said"). Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a speaker after an opening adverbial", () => {
  it("skips a participle phrase", () => {
    expect(triples("Appearing before supporters at the harbour, Ridley said the ferry would run again.")).toEqual([["Ridley", "said", "the ferry would run again"]]);
    expect(triples("Facing criticism from both parties, Blum released a statement on Monday, describing the plan as a failure.")).toEqual([["Blum", "describing", "the plan as a failure"]]);
  });
  it("skips a time, and a span of time", () => {
    expect(triples("Sunday morning, Ridley praised the harbour plan and accused Blum of delay.")).toEqual([
      ["Ridley", "praised", "the harbour plan"],
      ["Ridley", "accused", "Blum of delay"],
    ]);
    expect(triples("Hours later, Ridley wrote to the council, urging it to reopen the quay.")).toEqual([["Ridley", "urging", "it to reopen the quay"]]);
  });
  it("skips a focusing adverb but keeps the name after it", () => {
    expect(triples("Even Ridley, a harbour official, said the plan would work.")).toEqual([["Ridley, a harbour official", "said", "the plan would work"]]);
  });
  it("skips a dateline with an agency in brackets", () => {
    expect(triples("Portmere (AFP) – Mayor Ridley has criticised the ferry company, saying that the new timetable does harm.")).toEqual([
      ["Mayor Ridley", "criticised", "the ferry company"],
      ["Mayor Ridley", "saying", "that the new timetable does harm"],
    ]);
  });
  it("keeps a name that only looks like an opener", () => {
    expect(triples("Manning told reporters that the ferry would run again.")).toEqual([["Manning", "told", "that the ferry would run again"]]);
    expect(triples("April Blum, a harbour official, said the ferry would run again.")).toEqual([["April Blum, a harbour official", "said", "the ferry would run again"]]);
  });
});

describe("a capitalised word before the cue", () => {
  it("is part of the name, not an auxiliary", () => {
    expect(triples("Theresa May said the ferry would run again.")).toEqual([["Theresa May", "said", "the ferry would run again"]]);
  });
});
