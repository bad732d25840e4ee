// trimPunct (src/nlp/attribution-np.ts) trims punctuation off a claim's ends, but not a sign that
// belongs to a number: "5%", "3‰", "40°", "5€" at the end, "$5", "£5" at the start.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("signs of numbers at a claim's ends", () => {
  it("keeps a percent sign, per mille, degree or currency after the last number", () => {
    expect(triples("The treasurer said tolls will rise by around 7%.")).toEqual([["The treasurer", "said", "tolls will rise by around 7%"]]);
    expect(triples("Tolls will rise by around 7 %, the treasurer said.")).toEqual([["the treasurer", "said", "Tolls will rise by around 7 %"]]);
    expect(triples("The keeper said the error rate was 2‰.")).toEqual([["The keeper", "said", "the error rate was 2‰"]]);
    expect(triples("The warden said the glasshouse reached 41°.")).toEqual([["The warden", "said", "the glasshouse reached 41°"]]);
    expect(triples("The clerk said a ticket costs 12€.")).toEqual([["The clerk", "said", "a ticket costs 12€"]]);
  });
  it("keeps a currency sign before the first number", () => {
    expect(triples("The clerk said $40 million went to the pier.")).toEqual([["The clerk", "said", "$40 million went to the pier"]]);
    expect(triples("The clerk said £3 was the fare.")).toEqual([["The clerk", "said", "£3 was the fare"]]);
  });
  it("still trims punctuation that is not a number's sign", () => {
    expect(triples("The clerk said the fare was fair, %")).toEqual([["The clerk", "said", "the fare was fair"]]);
    expect(triples("The clerk said the pier was finished.")).toEqual([["The clerk", "said", "the pier was finished"]]);
  });
});
