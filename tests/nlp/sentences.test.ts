import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.ts";

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at terminal punctuation followed by a capital", () => {
    expect(split("It rained. Then it stopped! Did it? Yes.")).toEqual(["It rained.", "Then it stopped!", "Did it?", "Yes."]);
  });
  it("does not split after titles, initials and dotted abbreviations", () => {
    expect(split("Robert C. O’Brien met Mr. Smith in the U.S. on Monday. Dr. Lee left.")).toEqual([
      "Robert C. O’Brien met Mr. Smith in the U.S. on Monday.",
      "Dr. Lee left.",
    ]);
  });
  it("keeps closing quotes with their sentence", () => {
    expect(split("“It’s not a secret.” They were clear.")).toEqual(["“It’s not a secret.”", "They were clear."]);
  });
  it("does not split before a lower-case word", () => {
    expect(split("The price is 3.5 p.m. tomorrow etc. and more.")).toEqual(["The price is 3.5 p.m. tomorrow etc. and more."]);
  });
  it("shifts offsets by the base", () => {
    expect(splitSentences("A b. C d.", 10)).toEqual([{ start: 10, end: 14 }, { start: 15, end: 19 }]);
  });
});
