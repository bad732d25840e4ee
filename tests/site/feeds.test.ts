// The feeds' stamp (src/site/plan-feeds.ts): the newest dated article's day, or with none a fixed
// value that neither the clock nor the archive's time zone changes.
import { describe, expect, it } from "vitest";
import { link } from "../../src/link.ts";
import { siteConfig } from "../../src/site/config.ts";
import { buildSite } from "../../src/site/data.ts";
import type { ArticleRecord } from "../../src/types.ts";

function record(slug: string, date: string | null): ArticleRecord {
  const text = `The ferry ${slug} sailed.`;
  const block = { index: 0, kind: "paragraph" as const, text, start: 0, end: text.length, section: 0 };
  return {
    slug, file: `${slug}.txt`, hash: slug, title: slug, titleDerived: false, date, dateOrigin: date ? "inline-prefix" : null,
    publisher: null, citedSources: [], url: null, authors: [], tags: [], people: [], organizations: [], places: [], claims: [],
    text, body: { blocks: [block], sections: [{ heading: null, blocks: [0] }], sentences: [] }, wordCount: 4, boilerplate: [], warnings: [],
  };
}
const feedOf = (records: ArticleRecord[], timezone: string) => buildSite(link(records), { config: siteConfig({ baseUrl: "https://example.org/", timezone }), pathPrefix: "/" }).feed;

describe("feed stamps", () => {
  it("stamps an archive with no dated article with the Unix epoch in UTC, whatever the zone, and gives JSON Feed no date", () => {
    const feed = feedOf([record("one", null), record("two", null)], "Asia/Tokyo");
    expect([feed.updated, feed.entries]).toEqual(["1970-01-01T00:00:00Z", []]);
    expect(JSON.stringify(feed.json)).not.toMatch(/date|1970/);
    expect(feed.json.items).toEqual([]);
  });
  it("(guard: passes before the change too) stamps a dated archive with its newest article's day in the zone, leaving the undated out", () => {
    const feed = feedOf([record("old", "2003-04-11"), record("none", null), record("new", "2003-05-02")], "Asia/Tokyo");
    expect(feed.updated).toBe("2003-05-02T00:00:00+09:00");
    expect(feed.entries.map((e) => [e.title, e.updated])).toEqual([["new", "2003-05-02T00:00:00+09:00"], ["old", "2003-04-11T00:00:00+09:00"]]);
  });
});
