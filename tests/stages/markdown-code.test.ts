// Markdown code blocks are kept as written: the boilerplate stage (src/stages/boilerplate.ts) never
// removes a line inside a fenced or indented code block, nor takes one for the publisher's Source line.
import { describe, expect, it } from "vitest";
import { codeLines } from "../../src/nlp/markdown.ts";
import type { ArticleRecord } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const markdown = (body: string): ArticleRecord => recordOf(`---\ntitle: Pier notes\n---\n${body}\n`, "notes.md");
const codeOf = (r: ArticleRecord): string[] => r.body.blocks.filter((b) => b.kind === "code").map((b) => b.code ?? "");

/** Lines the boilerplate stage removes anywhere else (checked by the guard below). */
const FURNITURE = ["https://example.org/pier/story", "Share this", "Source: Harbour Times", "Subscribe to our newsletter", "Leave a Comment"];

describe("Markdown code blocks and boilerplate", () => {
  it("guard: the same lines outside a code block are removed, and the Source line names the publisher", () => {
    const r = markdown(`The pier reopened on Monday.\n\n${FURNITURE.join("\n\n")}`);
    expect(r.boilerplate).toEqual(FURNITURE);
    expect(r.publisher?.name).toBe("Harbour Times");
  });

  it("keeps every line of a ``` or ~~~ fenced block as written, and takes no publisher from it", () => {
    for (const fence of ["```", "~~~", "````text"]) {
      const close = fence.replace(/[a-z]+$/, "");
      const r = markdown(`The pier reopened on Monday.\n\n${fence}\n${FURNITURE.join("\n")}\n${close}\n\nThe cafe follows.`);
      expect(codeOf(r), fence).toEqual([FURNITURE.join("\n")]);
      expect(r.boilerplate, fence).toEqual([]);
      expect(r.publisher, fence).toBeNull();
      expect(r.text, fence).toBe("The pier reopened on Monday.\n\nThe cafe follows.");
    }
  });

  it("keeps a fenced block inside a list item or a quote, and an indented block after a blank line", () => {
    const r = markdown("Text first.\n\n- An item\n\n  ```\n  Share this\n  ```\n\n> ~~~\n> Source: Quay Post\n> ~~~\n\nIndented:\n\n    Leave a Comment\n    Subscribe to our newsletter\n\nEnd.");
    expect(codeOf(r)).toEqual(["Share this", "Source: Quay Post", "Leave a Comment\nSubscribe to our newsletter"]);
    expect(r.boilerplate).toEqual([]);
    expect(r.publisher).toBeNull();
  });

  it("keeps an unclosed fence's lines to the end, as CommonMark reads it", () => {
    const r = markdown("Text first.\n\n```\nSource: Harbour Times\nShare this");
    expect(codeOf(r)).toEqual(["Source: Harbour Times\nShare this"]);
    expect(r.publisher).toBeNull();
  });

  it("finds code lines as markdown-it does: four spaces in a paragraph or a list item are not code", () => {
    const lines = ["Para", "    continued", "", "- item", "", "    more of the item", "", "```", "code", "```", "", "    indented"].map((text, i) => ({ text, line: 10 + i }));
    expect([...codeLines(lines)]).toEqual([17, 18, 19, 21]);
    expect(codeLines([{ text: "Share this", line: 1 }]).size).toBe(0);
  });
});
