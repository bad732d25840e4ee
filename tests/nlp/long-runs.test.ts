// Text with no sentence end (a list, a table or a page run together into one line) is read in
// pieces of at most MAX_SENTENCE characters, so a record grows with its text, not with its square.
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE } from "../../src/nlp/sentences.ts";
import { claimsOfBody } from "../helpers.ts";

describe("a long run with no sentence end", () => {
  it("gives claims no longer than a piece, and claim text in proportion to the input", () => {
    const body = "the clerk said that ".repeat(3_000).trim();
    const claims = claimsOfBody(body);
    expect(body.length).toBeGreaterThan(20 * MAX_SENTENCE);
    // Each cue still gives its claim …
    expect(claims.length).toBeGreaterThan(2_000);
    // … but none runs past its piece: before the cap each ran to the end of the whole 60,000 characters.
    expect(Math.max(...claims.map((c) => c.text.length))).toBeLessThanOrEqual(MAX_SENTENCE);
    const total = claims.reduce((n, c) => n + c.text.length, 0);
    expect(total).toBeLessThan(MAX_SENTENCE * body.length / 20);
  });
});
