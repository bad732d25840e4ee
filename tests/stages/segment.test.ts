import { describe, expect, it } from "vitest";
import { looksLikeTitle } from "../../src/stages/segment.ts";
import { recordOf } from "../helpers.ts";

describe("segment", () => {
  it("takes a title line, never a sentence ending in a colon or period", () => {
    expect(looksLikeTitle("Labour plans maternity pay rise")).toBe(true);
    expect(looksLikeTitle("Is this the end of cheap flights?")).toBe(true);
    expect(looksLikeTitle("I woke up this morning to find this headline:")).toBe(false);
    expect(looksLikeTitle("The minister resigned on Friday.")).toBe(false);
  });
  it("derives a marked title from the lede when there is no title line", () => {
    const r = recordOf("The minister resigned on Friday after weeks of pressure. Her deputy takes over.\n\nMore follows.\n");
    expect(r.title).toBe("The minister resigned on Friday after weeks of pressure");
    expect(r.titleDerived).toBe(true);
  });
  it("cuts a long derived title at a word boundary", () => {
    const lede = `${"word ".repeat(40)}end.`;
    const r = recordOf(`${lede}\n`);
    expect(r.title.endsWith("…")).toBe(true);
    expect(r.title.length).toBeLessThanOrEqual(111);
    expect(r.title).not.toMatch(/\s…$/);
  });
  it("joins hard-wrapped lines back into one paragraph", () => {
    const r = recordOf("A Title\n\nThis paragraph was wrapped\nby the scraper at forty characters.\n\nNext one.\n");
    expect(r.body.blocks.map((b) => b.text)).toEqual(["This paragraph was wrapped by the scraper at forty characters.", "Next one."]);
  });
  it("strips a date prefix on the line after the title", () => {
    const r = recordOf("A Title\n\nDate: 7 February 2020\n\nThe body starts here.\n");
    expect(r.date).toBe("2020-02-07");
    expect(r.text).toBe("The body starts here.");
  });
});
