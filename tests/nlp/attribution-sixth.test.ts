// Focused cases for the sixth claims round: a speech verb with a topic ("complained about the
// noise"), "spoke" as a past tense, a speaker inside a relative clause, and a relative clause's
// stance that ends at the main verb of saying. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("a speech verb with a topic", () => {
  it("reads the topic after “about” or “of” as the content", () => {
    expect(triples("She complained about the noise from the new pier.")).toEqual([["She", "complained about", "the noise from the new pier"]]);
    expect(triples("Ridley warned of a long winter for the harbour.")).toEqual([["Ridley", "warned of", "a long winter for the harbour"]]);
    expect(triples("Ridley joked about his age at the dinner.")).toEqual([["Ridley", "joked about", "his age"]]);
  });
  it("leaves the reported clause to the verb of saying", () => {
    expect(triples("Residents complained that the noise was unbearable.")).toEqual([["Residents", "complained", "that the noise was unbearable"]]);
    expect(triples("The harbour master warned on Tuesday that the quay would flood.")).toEqual([["The harbour master", "warned", "that the quay would flood"]]);
  });
  it("needs the topic's preposition", () => {
    expect(triples("Ridley complained loudly.")).toEqual([]);
  });
});

describe("“spoke” as a past tense", () => {
  it("reads a singular subject before “spoke about”", () => {
    expect(triples("Blum spoke about the ferry timetable in Quillport.")).toEqual([["Blum", "spoke about", "the ferry timetable in Quillport"]]);
  });
});

describe("a speaker inside a relative clause", () => {
  it("takes the noun phrase the clause describes", () => {
    expect(triples("Fishermen who work near the quay said the water had turned brown.")).toEqual([["Fishermen", "said", "the water had turned brown"]]);
  });
  it("keeps a speaker set off by commas as it was", () => {
    expect(triples("Blum, who lives near the quay, said the water had turned brown.")).toEqual([["Blum", "said", "the water had turned brown"]]);
  });
});

describe("a stance in a relative clause without a comma", () => {
  it("ends at the main verb of saying, which has its own claim", () => {
    expect(triples("Many voters who backed Ridley said they would vote again.")).toEqual([
      ["Many voters", "backed", "Ridley"],
      ["Many voters", "said", "they would vote again"],
    ]);
  });
});
