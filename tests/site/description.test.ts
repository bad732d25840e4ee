// An article page's meta and og: description: the start of its text as the page shows it (Markdown
// markup gone, an image's alt text standing for it, code blocks left out), not the record text.
import { describe, expect, it } from "vitest";
import { link } from "../../src/link.ts";
import { siteConfig } from "../../src/site/config.ts";
import { materialize, planSite } from "../../src/site/data.ts";
import type { ArticlePage } from "../../src/site/model.ts";
import { blockText } from "../../src/site/text.ts";
import { recordOf } from "../helpers.ts";

const pageOf = (body: string): ArticlePage => {
  const site = materialize(planSite(link([recordOf(`---\ntitle: Quay notes\ndate: 2022-06-01\n---\n${body}\n`, "quay.md")]), { config: siteConfig() }));
  const page = site.articles[0];
  if (!page) throw new Error("no article page");
  return page;
};

describe("an article's description", () => {
  it("is the text the page shows: an image's alt text in place of the image, links as their text", () => {
    const page = pageOf("A ![harbour map](https://example.org/map.png) shows the [*new* quay](https://example.org/q) and **ok**.\n\nSecond paragraph.");
    expect(page.og.description).toBe("A harbour map shows the new quay and ok. Second paragraph.");
  });

  it("leaves code blocks out (guard)", () => {
    expect(pageOf("```\nrm -rf /tmp/quay\n```\n\nThe quay opens in May.").og.description).toBe("The quay opens in May.");
  });

  it("shows a link the site does not make (javascript:) as the page does (guard)", () => {
    const page = pageOf("[click me](javascript:alert(3)) and ok.");
    const shown = page.blocks.map(blockText).join(" ");
    expect(page.og.description).toBe(shown);
  });

  it("is cut at a word within 200 characters, and is the title for an article with no text (guard)", () => {
    const long = pageOf(Array.from({ length: 60 }, (_, i) => `Word${i}`).join(" "));
    expect(long.og.description.length).toBeLessThanOrEqual(200);
    expect(long.og.description).toMatch(/^Word0 Word1 .* Word\d+…$/);
    expect(pageOf("```\ncode only\n```").og.description).toBe("Quay notes");
  });
});
