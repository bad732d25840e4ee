import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, splitSentences } from "../../src/nlp/sentences.ts";

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

describe("an abbreviation at the end of a sentence", () => {
  it("ends it before a word that opens sentences", () => {
    expect(split("The firm sold it in the U.S. The price rose. Plan B. It failed.")).toEqual(["The firm sold it in the U.S.", "The price rose.", "Plan B.", "It failed."]);
  });
  it("ends it after a dotted state that follows a comma, before a capitalised word", () => {
    expect(split("They met at a club in Bedminster, N.J. Jo Blum was there.")).toEqual(["They met at a club in Bedminster, N.J.", "Jo Blum was there."]);
  });
  it("but initials after a comma stay with the name", () => {
    expect(split("As the columnist, J.J. Blum, wrote last week.")).toEqual(["As the columnist, J.J. Blum, wrote last week."]);
    expect(split("Police in Trenton, N.J. said nothing.")).toEqual(["Police in Trenton, N.J. said nothing."]);
  });

  it("cuts a run of text with no sentence end into pieces of at most MAX_SENTENCE, after a comma where there is one", () => {
    const text = Array.from({ length: 1_000 }, (_, i) => `item ${i}, `).join("").trim();
    const pieces = splitSentences(text);
    expect(text.length).toBeGreaterThan(3 * MAX_SENTENCE);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
    // Every piece but the last ends after a comma, and the pieces cover the text with only spaces between.
    for (const p of pieces.slice(0, -1)) expect(text.charAt(p.end - 1)).toBe(",");
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(" ")).toBe(text);
  });
  it("cuts at a space when a long run has no clause mark, and keeps a long sentence under the cap whole", () => {
    const run = "word ".repeat(1000).trim();
    const pieces = split(run);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.every((p) => p.length <= MAX_SENTENCE && /^word( word)*$/.test(p))).toBe(true);
    const list = `Present were ${Array.from({ length: 120 }, (_, i) => `Member ${i}`).join(", ")}. They voted.`;
    expect(list.length).toBeGreaterThan(1_000);
    expect(split(list)).toHaveLength(2);
  });
});

