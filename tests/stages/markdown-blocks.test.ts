// Markdown bodies in the record: heading levels, horizontal rules, images (alt text kept beside the
// text, never in it), warnings for images the site will not show, and a hash that covers code blocks.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { safeExternalUrl } from "../../src/site/escape.ts";
import { imagePath, shownImage } from "../../src/nlp/markdown.ts";
import type { ArticleRecord, Mark } from "../../src/types.ts";
import { extractText, recordOf } from "../helpers.ts";

/** A Markdown article (front matter with a title, then `body`) through the real stages. */
const markdown = (body: string, file = "notes.md"): ArticleRecord => recordOf(`---\ntitle: Pier notes\ndate: 2022-06-01\n---\n${body}\n`, file);

type ImageMark = Extract<Mark, { kind: "image" }>;
const images = (r: ArticleRecord): ImageMark[] => r.body.blocks.flatMap((b) => (b.marks ?? []).filter((m): m is ImageMark => m.kind === "image"));

describe("Markdown headings and rules", () => {
  it("keeps each heading's level as written", () => {
    const r = markdown("Intro text here.\n\n# One\n\nText.\n\n### Three\n\nText.\n\n###### Six\n\nText.\n\nTwo by underline\n---\n\nEnd.");
    expect(r.body.blocks.filter((b) => b.kind === "heading").map((b) => [b.text, b.level])).toEqual([
      ["One", 1],
      ["Three", 3],
      ["Six", 6],
      ["Two by underline", 2],
    ]);
  });

  it("keeps horizontal rules as empty blocks where they stand, out of the text", () => {
    const r = markdown("Before the rule.\n\n---\n\nBetween the rules.\n\n***\n\n___\n\n> Quoted.\n>\n> - - -\n\nAfter.");
    expect(r.body.blocks.map((b) => b.kind)).toEqual(["paragraph", "rule", "paragraph", "rule", "rule", "paragraph", "rule", "paragraph"]);
    expect(r.body.blocks[6]?.containers?.map((c) => c.kind)).toEqual(["quote"]);
    expect(r.text).toBe("Before the rule.\n\nBetween the rules.\n\nQuoted.\n\nAfter.");
    expect(r.boilerplate).toEqual([]);
    const rule = r.body.blocks[1];
    expect([rule?.start, rule?.end, rule?.text]).toEqual([16, 16, ""]);
  });

  it("keeps a code block fenced with ~~~ whole (the fence is not a separator line)", () => {
    const r = markdown("Text first.\n\n~~~\nlet a = 1;\n~~~\n\nText after.");
    expect(r.body.blocks.map((b) => [b.kind, b.code ?? b.text])).toEqual([
      ["paragraph", "Text first."],
      ["code", "let a = 1;"],
      ["paragraph", "Text after."],
    ]);
  });

  it("guard: a separator line in plain text is still boilerplate", () => {
    const r = recordOf("Pier reopens\n\nThe pier reopened on Monday.\n\n-----\n\nThe cafe reopens next week.\n");
    expect(r.boilerplate).toEqual(["-----"]);
    expect(r.body.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
  });
});

describe("Markdown images", () => {
  it("keeps an image's URL, alt text and title as a mark of no width, and its alt text out of the text", () => {
    const r = markdown('The pier at dawn ![Wendel Okafor waves from the pier](https://example.org/pier.jpg "At dawn") before the crowds.\n\n![Harbour view](https://example.org/view.png)');
    expect(r.text).toBe("The pier at dawn before the crowds.");
    expect(images(r)).toEqual([
      { kind: "image", start: 16, end: 16, src: "https://example.org/pier.jpg", alt: "Wendel Okafor waves from the pier", title: "At dawn", spaceBefore: true, spaceAfter: true, line: 5 },
      { kind: "image", start: 35, end: 35, src: "https://example.org/view.png", alt: "Harbour view", line: 7 },
    ]);
    // A paragraph of an image alone is a block with no text, where it stands.
    expect(r.body.blocks.map((b) => [b.kind, b.text, b.start, b.end])).toEqual([
      ["paragraph", "The pier at dawn before the crowds.", 0, 35],
      ["paragraph", "", 35, 35],
    ]);
  });

  it("guard: reads no person, claim or word from alt text", () => {
    const r = markdown('The pier reopened on Monday.\n\n![“The pier is safe,” said Wendel Okafor, the harbour master](https://example.org/p.jpg)');
    expect(r.people).toEqual([]);
    expect(r.claims).toEqual([]);
    expect(r.wordCount).toBe(5);
  });

  it("notes whether white space stood beside an image, and the link around it", () => {
    const r = markdown("Glued![a](https://example.org/a.png)text, then [see ![b](https://example.org/b.png)](https://example.org/full) here.");
    expect(r.text).toBe("Gluedtext, then see here.");
    expect(images(r).map((m) => [m.alt, m.start, m.spaceBefore ?? false, m.spaceAfter ?? false, m.link ?? null])).toEqual([
      ["a", 5, false, false, null],
      ["b", 19, true, true, "https://example.org/full"],
    ]);
  });

  it("guard: does not take a paragraph or heading holding only an image for the title, and keeps the image", () => {
    for (const lead of ["![Logo](https://example.org/logo.png)", "# ![Logo](https://example.org/logo.png)"]) {
      const r = recordOf(`${lead}\n\n# Pier reopens\n\nThe pier reopened on Monday.\n`, "pier.md");
      expect([r.title, r.titleDerived], lead).toEqual(["Pier reopens", false]);
      expect(images(r).map((m) => m.alt), lead).toEqual(["Logo"]);
    }
  });

  it("warns, with its line, of each image the site will not show whatever the content folder holds: a data: URL (a path is looked up by the build)", () => {
    const { messages } = extractText(
      "---\ntitle: Pier notes\n---\nA photo ![shown](https://example.org/ok.png) here.\n\nA local ![pier](img/pier.png) one,\nthen ![dot](data:image/png;base64,iVBORw0KGgo=) and ![root](/pier.png).\n",
      "pier.md",
    );
    const images = messages.filter((m) => m.origin === "segment");
    expect(images.map((m) => [m.line, m.severity, m.message.slice(0, m.message.indexOf(" left out"))])).toEqual([
      [7, "warning", 'image "data:image/png;base64,iVBORw0KGgo="'],
    ]);
    expect(images.every((m) => m.file === "pier.md")).toBe(true);
  });

  it("decides which images may show as the site does: http(s) URLs as src/site/escape.ts's safeExternalUrl, and paths", () => {
    for (const src of ["https://example.org/a.png", "HTTP://example.org/a.png", " https://example.org/a b.png", "https://", "ftp://example.org/a.png", "mailto:a@example.org", "data:image/png;base64,AAAA", "javascript:alert(1)"]) {
      expect(shownImage(src), src).toBe(safeExternalUrl(src) !== null);
    }
    const paths = ["img/a.png", "./a.png", "../a.png", "/a.png", "a%20b.png"];
    const notPaths = ["//example.org/a.png", "\\\\host\\a.png", "C:/a.png", "data:image/png;base64,AAAA", "", "  "];
    expect(paths.map(imagePath)).toEqual(paths.map(() => true));
    expect(notPaths.map(imagePath)).toEqual(notPaths.map(() => false));
  });

  it("keeps each image's file line in its mark", () => {
    const r = markdown("First ![a](https://example.org/a.png) line,\nsecond ![b](b.png) line.\n\n> ![c](c.png)");
    expect(images(r).map((m) => [m.alt, m.line])).toEqual([["a", 5], ["b", 6], ["c", 8]]);
  });
});

describe("content hash and word count", () => {
  const withCode = (code: string): ArticleRecord => markdown(`The pier reopened on Monday.\n\n\`\`\`\n${code}\n\`\`\`\n\nThe cafe follows.`);

  it("differs between two files that differ only in a code block, and with the code block's place", () => {
    const a = withCode("open(pier)");
    const b = withCode("close(pier)");
    expect(a.text).toBe(b.text);
    expect(a.hash).not.toBe(b.hash);
    const moved = markdown("The pier reopened on Monday.\n\nThe cafe follows.\n\n```\nopen(pier)\n```");
    expect(moved.text).toBe(a.text);
    expect(moved.hash).not.toBe(a.hash);
  });

  it("guard: counts only the prose in wordCount", () => {
    expect(withCode("one two three four five").wordCount).toBe(8);
  });

  it("guard: an article without code hashes its title and text alone, as before", () => {
    const r = recordOf("Pier reopens\n\nThe pier reopened on Monday.\n");
    expect(r.hash).toBe(createHash("sha256").update(`${r.title}\n\n${r.text}`).digest("hex"));
  });
});
