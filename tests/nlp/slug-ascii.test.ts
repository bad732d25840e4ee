// Guard: slugs of ASCII text, made without the library since the slugs got faster, are still the
// library's (with apostrophes dropped first, as slugify always did) on every ASCII character and on
// random texts. It passed before the change too (then the library made every slug).
import slugifyLib from "@sindresorhus/slugify";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/nlp/slug.ts";

const library = (text: string): string => slugifyLib(text.replace(/['’]/g, ""), { decamelize: false }) || "untitled";

describe("slugs of ASCII text (guard)", () => {
  it("match the library's for every ASCII character alone, between letters and between words", () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `Jo ${ch} Blum`, `${ch}${ch}x${ch}`, `-${ch}-`]) expect(slugify(text), JSON.stringify(text)).toBe(library(text));
    }
  });

  it("match the library's on random texts of letters, digits, spaces and punctuation", () => {
    // A fixed linear congruential generator: the same texts on every run.
    let seed = 12345;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const alphabet = "aZq09 -_&^`'.,/\\()[]!?\t\nMcO'Brien AND & Co. 3-2 ";
    for (let k = 0; k < 3000; k++) {
      let text = "";
      const len = next(24);
      for (let i = 0; i < len; i++) text += alphabet.charAt(next(alphabet.length));
      expect(slugify(text), JSON.stringify(text)).toBe(library(text));
    }
  });

  it("reads names and file names as before", () => {
    expect(slugify("Jo Blum-O'Brien")).toBe("jo-blum-obrien");
    expect(slugify("Acme & Sons")).toBe("acme-and-sons");
    expect(slugify("business-042")).toBe("business-042");
    expect(slugify("  --  ")).toBe("untitled");
  });
});
