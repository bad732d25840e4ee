// The Atom and JSON feeds (the newest dated articles: an undated one has no place in them, and
// inventing it a date would be false and change with the clock) and the sitemap (every page, with
// the date of the dated articles as their lastmod).
import type { ArticleRecord } from "../types.ts";
import { bodyBlocks } from "./body.ts";
import type { Feed, SitemapEntry } from "./model.ts";
import type { PlanContext } from "./plan-context.ts";
import { href, LIMITS } from "./plan-util.ts";
import { dayStart, shownText } from "./text.ts";

/**
 * Atom's <updated> when no article is dated: Atom requires the element, no date in the archive is
 * true (an update line already dates its article), and the build's clock or a file's time would
 * change the feed from build to build. The Unix epoch, in UTC whatever the archive's zone.
 */
export const NO_DATE_UPDATED = "1970-01-01T00:00:00Z";

/**
 * The feeds of the newest dated articles (up to LIMITS.feedEntries). Undated articles are left out:
 * an entry needs a date (Atom's <updated>, JSON Feed's date_published), and an undated article has
 * none that is true. The feed is stamped with the newest article's date; with no dated article at
 * all it is empty, Atom's stamped NO_DATE_UPDATED and JSON Feed's with no date (it needs none).
 */
export function planFeed(ctx: PlanContext): Feed {
  const { config, root, abs, records } = ctx;
  const dated = records.filter((r): r is ArticleRecord & { date: string } => r.date !== null);
  const stamp = (date: string): string => dayStart(date, config.timezone);
  const newest = dated[0]?.date;
  const entries = dated.slice(0, LIMITS.feedEntries).map((r) => ({
    id: abs(href.article(r.slug)),
    url: abs(href.article(r.slug)),
    title: r.title,
    updated: stamp(r.date),
    // The text as the article's page shows it (an image's alt text in its place), as its description is.
    summary: shownText(bodyBlocks(r, () => null).blocks, 400),
    authors: r.authors,
  }));
  const feed: Feed = {
    updated: newest ? stamp(newest) : NO_DATE_UPDATED,
    selfAtom: abs("/feed.xml"),
    selfJson: abs("/feed.json"),
    home: root,
    entries,
    json: {
      version: "https://jsonfeed.org/version/1.1",
      title: config.title,
      home_page_url: root,
      feed_url: abs("/feed.json"),
      description: config.description,
      language: config.language,
      items: entries.map((e) => ({
        id: e.id,
        url: e.url,
        title: e.title,
        content_text: e.summary,
        date_published: e.updated,
        ...(e.authors.length ? { authors: e.authors.map((name) => ({ name })) } : {}),
      })),
    },
  };
  return feed;
}

/** The sitemap of `pages`, in their order. */
export function planSitemap(ctx: PlanContext, pages: ReadonlyArray<{ url: string }>): SitemapEntry[] {
  const { abs, records } = ctx;
  const dated = records.filter((r) => r.date);
  const lastmod = new Map<string, string>(dated.map((r) => [href.article(r.slug), r.date ?? ""]));
  // Percent-encoded, as the sitemap protocol asks of a URL: a slug may keep CJK letters (/articles/駅/).
  const sitemap: SitemapEntry[] = pages.map((p) => ({ loc: abs(p.url).replace(/[^\x00-\x7f]+/gu, encodeURIComponent), lastmod: lastmod.get(p.url) ?? null }));
  return sitemap;
}
