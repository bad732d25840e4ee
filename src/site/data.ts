// Archive → SiteData: every page's data, computed once in TypeScript so templates only print.
// Linear in the archive's size (maps keyed by slug, no all-pairs loops); big lists are chunked so
// no page grows past a few hundred kilobytes. Each family of pages is planned in ./plan-*.ts.
import type { Archive, Message } from "../types.ts";
import type { SiteConfig } from "./config.ts";
import type { ArticlePage, ClaimsPage, PageMeta, PersonPage, SiteData } from "./model.ts";
import { planMedia } from "./media.ts";
import { openDataOf } from "./opendata.ts";
import { planArticles } from "./plan-articles.ts";
import { planClaims } from "./plan-claims.ts";
import { planContext } from "./plan-context.ts";
import { planDates } from "./plan-dates.ts";
import { planFeed, planSitemap } from "./plan-feeds.ts";
import { homePage, searchPage } from "./plan-home.ts";
import { planPeople } from "./plan-people.ts";
import { planSources } from "./plan-sources.ts";

export { chunk, href, LIMITS, letterOf, pageHref, pager } from "./plan-util.ts";
export { relatedArticles } from "./related-articles.ts";

export interface SiteOptions {
  config: SiteConfig;
  pathPrefix?: string;
  /** The content folder, where images given by a path are looked for (./media.ts); without it none is shown. */
  contentDir?: string;
  /**
   * The records cache key of each record, by file (src/build.ts): it stands for the record's
   * content in page keys, so that they need not hash the record itself.
   */
  recordKeys?: ReadonlyMap<string, string>;
  /**
   * Called with the article pages as soon as they are planned, before the other families (the
   * build starts the search index from them while the rest is planned).
   */
  onArticles?: (articles: readonly LazyArticle[]) => void;
}

/**
 * A page of a big family with its data built on demand. Its key is a hash of everything its data
 * is made from (records by their cache key, names, links, neighbours, page numbers; the settings
 * and code are covered by the site-wide fingerprint of ./incremental.ts), computed without building
 * the data: a rebuild compares keys and builds only the pages whose key changed.
 */
export interface LazyPage<T extends PageMeta> {
  url: string;
  key: string;
  /**
   * About how much the page weighs to render, an article page being 1: a cold build renders its
   * pages in parts of a bounded weight (listings of many claims make pages several times bigger).
   */
  weight: number;
  /**
   * The page's data, built anew on each call and not kept here: a cold build renders the pages in
   * parts, and only the part being rendered may be held (the search index builds articles apart).
   */
  build(): T;
}

/** An article page, with a narrower key for its search record (which ignores its neighbours and related articles). */
export interface LazyArticle extends LazyPage<ArticlePage> {
  searchKey: string;
}

/** The site with its big families as lazy pages (their arrays in `site` are empty), and the warnings of planning it. */
export interface SitePlan {
  site: SiteData;
  messages: Message[];
  lazy: { articles: LazyArticle[]; people: LazyPage<PersonPage>[]; claims: LazyPage<ClaimsPage>[] };
}

/** Every page built: the data the templates read. */
export function materialize(plan: SitePlan): SiteData {
  const { articles, people, claims } = plan.lazy;
  return { ...plan.site, articles: articles.map((p) => p.build()), people: people.map((p) => p.build()), claims: claims.map((p) => p.build()) };
}

export function buildSite(archive: Archive, options: SiteOptions): SiteData {
  return materialize(planSite(archive, options));
}

export function planSite(archive: Archive, options: SiteOptions): SitePlan {
  const ctx = planContext(archive, options);
  const { config, pathPrefix, root, meta } = ctx;
  const media = planMedia(ctx.records, options.contentDir);
  const articles = planArticles(ctx, media);
  options.onArticles?.(articles);
  const { people, peopleAlpha } = planPeople(ctx);
  const { sources, sourcesAlpha, claimsBySource } = planSources(ctx);
  const { claims, speakers } = planClaims(ctx, claimsBySource);
  const { archiveIndex, periods, chart, yearKeys } = planDates(ctx);
  const home = homePage(ctx, yearKeys, chart);
  const feed = planFeed(ctx);
  const search = searchPage(ctx, yearKeys);
  const pages: Array<{ url: string }> = [
    home, archiveIndex, search, peopleAlpha.index, sourcesAlpha.index,
    ...articles, ...people, ...peopleAlpha.letters, ...sources, ...sourcesAlpha.letters, ...claims, ...speakers, ...periods,
  ];
  const sitemap = planSitemap(ctx, pages);

  const site: SiteData = {
    config,
    pathPrefix,
    root,
    nav: [
      { href: "/", text: "Home" },
      { href: "/archive/", text: "Archive" },
      { href: "/people/", text: "People" },
      { href: "/sources/", text: "Sources" },
      { href: "/claims/", text: "Claims" },
      { href: "/search/", text: "Search" },
    ],
    home,
    articles: [],
    people: [],
    peopleIndex: peopleAlpha.index,
    peopleLetters: peopleAlpha.letters,
    sources,
    sourcesIndex: sourcesAlpha.index,
    sourcesLetters: sourcesAlpha.letters,
    claims: [],
    speakers,
    archive: archiveIndex,
    periods,
    search,
    notFound: meta("/404.html", "Page not found", "website"),
    feed,
    sitemap,
    openData: openDataOf(archive, config.title, root),
    media: media.files,
  };
  return { site, messages: media.messages, lazy: { articles, people, claims } };
}
