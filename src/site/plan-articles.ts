// The article pages: one lazy page per article, keyed by its record, the links it makes, its
// neighbours in date order and its related articles (./related-articles.ts).
import type { ArticleRecord } from "../types.ts";
import { bodyBlocks } from "./body.ts";
import type { LazyArticle } from "./data.ts";
import { safeExternalUrl } from "./escape.ts";
import type { MediaPlan } from "./media.ts";
import type { ArticlePage, BodyBlock, ClaimNote } from "./model.ts";
import type { PlanContext } from "./plan-context.ts";
import { dedupeBy, href, lazyPage, pageKey, shownCue } from "./plan-util.ts";
import { relatedArticles } from "./related-articles.ts";
import { dateLabel, shownText } from "./text.ts";

/** Every article page, in archive order (newest first); `media` gives the URLs of images copied from the content folder. */
export function planArticles(ctx: PlanContext, media: Pick<MediaPlan, "src" | "key">): LazyArticle[] {
  const { config, abs, meta, records, personHref, sourceHref, itemOf, speakerLink, recordId, refKey } = ctx;
  const related = relatedArticles(records);
  const articles: LazyArticle[] = records.map((r, i) => {
    const older = records[i + 1];
    const newer = records[i - 1];
    // The record (by its cache key, and as linking changed it) and the links it makes: all a search record reads.
    const own = [recordId(r), r.slug, r.people, r.publisher ? sourceHref(r.publisher.slug) : null, r.citedSources.map((o) => sourceHref(o.slug))];
    const key = pageKey(
      "article", own, r.claims.map((c) => [c.speaker, speakerLink(c.speaker)]),
      older ? refKey(older) : null, newer ? refKey(newer) : null,
      (related[i] ?? []).map(({ index, shared }) => [records[index] ? refKey(records[index]) : null, shared]),
      media.key(r.file),
    );
    return { ...lazyPage(href.article(r.slug), key, () => articlePage(r, i)), searchKey: pageKey("search", own) };
  });
  function articlePage(r: ArticleRecord, i: number): ArticlePage {
    const url = href.article(r.slug);
    const { blocks, placed } = bodyBlocks(r, personHref, (src) => media.src(r.file, src));
    const claims: ClaimNote[] = r.claims.map((c, n) => ({
      id: c.id,
      n: n + 1,
      noteId: placed.has(n) ? `note-${c.id}` : c.id,
      inText: placed.has(n) ? `#${c.id}` : null,
      speaker: speakerLink(c.speaker),
      mention: c.speaker.mention && c.speaker.mention !== c.speaker.name ? c.speaker.mention : null,
      cue: shownCue(c.cue),
      kind: c.kind,
      text: c.text,
    }));
    const people = dedupeBy(r.people, (p) => p.slug).map((p) => ({ name: p.name, href: href.person(p.slug), roles: p.roles, mentions: p.mentions }));
    const publisher = r.publisher ? { name: r.publisher.name, href: sourceHref(r.publisher.slug) } : null;
    const cited = r.citedSources.map((o) => ({ name: o.name, href: sourceHref(o.slug) }));
    const older = records[i + 1];
    const newer = records[i - 1];
    const originalUrl = safeExternalUrl(r.url);
    const description = articleDescription(blocks) || r.title;
    const page: ArticlePage = {
      ...meta(url, r.title, "article", description),
      slug: r.slug,
      date: r.date,
      dateLabel: dateLabel(r.date, config.language),
      titleDerived: r.titleDerived,
      publisher,
      cited,
      authors: r.authors,
      tags: r.tags,
      originalUrl,
      wordCount: r.wordCount,
      blocks,
      claims,
      people,
      organizations: r.organizations.map((o) => o.name),
      places: r.places.map((o) => o.name),
      previous: older ? itemOf(older) : null,
      next: newer ? itemOf(newer) : null,
      related: (related[i] ?? []).map(({ index, shared }) => {
        const other = records[index];
        return { ...(other ? itemOf(other) : { href: "/", title: "", date: null, dateLabel: "" }), shared };
      }),
      filters: {
        year: r.date ? r.date.slice(0, 4) : null,
        people: people.map((p) => p.name),
        sources: [...new Set([...(publisher ? [publisher.name] : []), ...cited.map((c) => c.name)])],
      },
      jsonLd: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: r.title,
        url: abs(url),
        mainEntityOfPage: abs(url),
        inLanguage: config.language,
        wordCount: r.wordCount,
        ...(r.date ? { datePublished: r.date } : {}),
        ...(r.publisher ? { publisher: { "@type": "Organization", name: r.publisher.name } } : {}),
        ...(r.authors.length ? { author: r.authors.map((name) => ({ "@type": "Person", name })) } : {}),
        ...(people.length ? { mentions: people.map((p) => ({ "@type": "Person", name: p.name, url: abs(p.href) })) } : {}),
        ...(originalUrl ? { isBasedOn: originalUrl } : {}),
      },
    };
    return page;
  }
  return articles;
}

/**
 * The meta (and og:) description of an article: the start of its text as the page shows it (image
 * alt text included, as in the search record), code blocks left out; at most 200 characters.
 */
export const articleDescription = (blocks: readonly BodyBlock[]): string => shownText(blocks, 200);
