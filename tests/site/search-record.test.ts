// The search record of an article (src/site/search.ts searchRecord): an image's alt text is shown
// on the page (as the <img> alt, or as text when the image has no src), so it is searched too.
import { describe, expect, it } from "vitest";
import { link } from "../../src/link.ts";
import { siteConfig } from "../../src/site/config.ts";
import { buildSite } from "../../src/site/data.ts";
import { searchRecords } from "../../src/site/search.ts";
import { recordOf } from "../helpers.ts";

const contentOf = (body: string): string => {
  const record = recordOf(`---\ntitle: Pier notes\ndate: 2022-06-01\n---\n${body}\n`, "pier.md");
  const [only] = searchRecords(buildSite(link([record]), { config: siteConfig() }));
  return only?.content ?? "";
};

describe("searchRecord: image alt text", () => {
  it("puts an image's alt text in the content where the image stands, as words of its own", () => {
    expect(contentOf("Two ![Gull on a bollard](https://example.org/a.png) photos, glued![Lantern](https://example.org/c.png)on.")).toBe(
      "Pier notes\nTwo Gull on a bollard photos, glued Lantern on.",
    );
  });

  it("keeps the alt text of an image with no src (shown as text) and of an image inside a link", () => {
    expect(contentOf("See ![Kelp forest](img/k.png) and [![Tide chart](https://example.org/t.png)](https://example.org/tides).")).toBe(
      "Pier notes\nSee Kelp forest and Tide chart.",
    );
  });

  it("adds nothing for an image with an empty alt (guard)", () => {
    // The text keeps the spaces that stood on both sides of the image.
    expect(contentOf("Before ![](https://example.org/x.png) after.")).toBe("Pier notes\nBefore  after.");
  });
});
