// One article's text in every place the site shows it: the page body, the meta description, the
// search record and the feeds' summary read the same words — a link the site does not make
// (javascript:, data:) is its label as plain text, an image is its alt text.
import { describe, expect, it } from "vitest";
import { link } from "../../src/link.ts";
import { siteConfig } from "../../src/site/config.ts";
import { materialize, planSite } from "../../src/site/data.ts";
import { searchRecord } from "../../src/site/search.ts";
import { blockText } from "../../src/site/text.ts";
import { recordOf } from "../helpers.ts";

const siteOf = (body: string) => {
  const record = recordOf(`---\ntitle: Quay notes\ndate: 2022-06-01\n---\n${body}\n`, "quay.md");
  const site = materialize(planSite(link([record]), { config: siteConfig({ baseUrl: "https://example.org/" }), pathPrefix: "/" }));
  const page = site.articles[0];
  const entry = site.feed.entries[0];
  const item = (site.feed.json.items as Array<{ content_text: string }>)[0];
  if (!page || !entry || !item) throw new Error("no article page or feed entry");
  return {
    record,
    shown: page.blocks.map(blockText).join(" "),
    description: page.og.description,
    search: searchRecord(page, "en").content,
    summary: entry.summary,
    jsonSummary: item.content_text,
  };
};

describe("an article's text on its page, in its description, search record and feed entry", () => {
  it("is a refused link's label, never its Markdown source", () => {
    const s = siteOf("Boats [leave the quay](javascript:alert(1)) at dawn, [see](data:text/html;base64,PHNjcmlwdD4=) and [vote](vbscript:msgbox(2)).");
    const text = "Boats leave the quay at dawn, see and vote.";
    expect(s.record.text).toBe(text);
    expect([s.shown, s.description, s.summary, s.jsonSummary]).toEqual([text, text, text, text]);
    expect(s.search).toBe(`Quay notes\n${text}`);
    // No refused URL reaches the record (nor the open data made from it).
    expect(s.record.body.blocks[0]?.marks ?? []).toEqual([]);
    expect(JSON.stringify(s.record)).not.toMatch(/javascript:|vbscript:|data:text/);
  });

  it("keeps a refused image as its alt text, in the feed summary too", () => {
    const s = siteOf("A ![tide chart](javascript:alert(1)) and a ![harbour map](https://example.org/map.png) shown.");
    const text = "A tide chart and a harbour map shown.";
    expect([s.shown, s.description, s.summary, s.jsonSummary]).toEqual([text, text, text, text]);
    expect(s.search).toBe(`Quay notes\n${text}`);
  });

  it("gives the feed summary an image's alt text within a sentence, as the description and the search record have it", () => {
    const s = siteOf("Work began on the ![cranes](https://example.org/cranes.png) by the *old* pier on Monday.");
    const text = "Work began on the cranes by the old pier on Monday.";
    expect([s.description, s.summary, s.jsonSummary]).toEqual([text, text, text]);
    expect(s.search).toBe(`Quay notes\n${text}`);
  });

  it("gives the summary and description the prose only: no heading, table, lone image or its caption", () => {
    const s = siteOf([
      "## Results", "", "![Cranes on the pier](https://example.org/cranes.png)", "", "*The cranes at dawn.*", "",
      "The Green candidate won the seat.", "", "| Candidate | Votes |", "| --- | --- |", "| Ann Lee | 1,402 |", "", "Turnout was *high* this year.",
    ].join("\n"));
    const text = "The Green candidate won the seat. Turnout was high this year.";
    expect([s.description, s.summary, s.jsonSummary]).toEqual([text, text, text]);
    // Guard: the search record still has every word.
    expect(s.search).toContain("Cranes on the pier");
    expect(s.search).toContain("1,402");
  });

  it("cuts the feed summary at a word within 400 characters and leaves code blocks out (guard)", () => {
    const words = Array.from({ length: 120 }, (_, i) => `Word${i}`).join(" ");
    const s = siteOf(`\`\`\`\nrm -rf /tmp/quay\n\`\`\`\n\n${words}`);
    expect(s.summary.length).toBeLessThanOrEqual(400);
    expect(s.summary).toMatch(/^Word0 Word1 .* Word\d+…$/);
  });
});
