import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/draft.ts";
import { normalise } from "../../src/stages/normalise.ts";

const linesOf = (file: string, content: string): string[] =>
  normalise({ ...emptyDraft(file, new Uint8Array()), content }).lines.map((l) => l.text);

describe("normalise", () => {
  it("trims plain-text lines and folds tabs, odd and repeated spaces to one space", () => {
    expect(linesOf("a.txt", "  Two\u00A0 spaces\tand a tab  \r\n\u200BNext")).toEqual(["Two spaces and a tab", "Next"]);
  });
  it("decodes complete HTML character references in plain text, and leaves bare ampersands and Markdown alone", () => {
    expect(linesOf("a.txt", "&#163;1.8m fine for Pel&#233; &amp; AT&T &lt;b&gt; &copy R&D")).toEqual(["£1.8m fine for Pelé & AT&T <b> &copy R&D"]);
    expect(linesOf("a.txt", "&#xA0;two&#160;spaces")).toEqual(["two spaces"]);
    expect(linesOf("a.md", "`&amp;` and &#163;")).toEqual(["`&amp;` and &#163;"]);
  });
  it("keeps a Markdown line's indentation, tabs and inner spacing, which are structure there", () => {
    expect(linesOf("a.md", "- item\r\n  - nested\n\tcode  aligned\u00A0 \n")).toEqual(["- item", "  - nested", "\tcode  aligned", ""]);
  });
});
