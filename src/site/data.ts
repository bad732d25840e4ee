// Archive → SiteData: every page's data, computed once in TypeScript so templates only print.
// Linear in the archive's size (maps keyed by slug, no all-pairs loops); big lists are chunked so
// no page grows past a few hundred kilobytes.
import { hash } from "node:crypto";
import { SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import { slugify } from "../nlp/slug.ts";
import type { Archive, ArticleRecord, ArticleRef, ClaimRef, PersonEntry, SourceEntry, Speaker } from "../types.ts";
import { bodyBlocks } from "./body.ts";
import { normalisePathPrefix, type SiteConfig, siteRoot } from "./config.ts";
import { safeExternalUrl } from "./escape.ts";
import type {
  AlphaEntry, AlphaIndex, ArchiveIndex, ArticleItem, ArticlePage, ClaimItem, ClaimNote, ClaimsPage, CountedLink,
  Feed, LetterGroup, LetterLink, LetterPage, Link, MonthCount, NamedLink, Pager, PageMeta, PeriodPage, PersonPage,
  SiteData, SitemapEntry, SourcePage, SpeakerGroup, SpeakersPage, YearCount,
} from "./model.ts";
import { openDataOf } from "./opendata.ts";
import { dateLabel, dayStart, monthLabel, plural, shortMonth, truncate } from "./text.ts";
import { timeline } from "./timeline.ts";

/** Page sizes: small enough that no page passes ~500 KB at any archive size. */
export const LIMITS = {
  articlesPerPage: 500,
  claimsPerPage: 200,
  /** An A–Z index lists everyone on one page up to this many entries, else per letter. */
  inlineIndex: 1000,
  letterPage: 1000,
  speakersPerPage: 2000,
  filterLinks: 30,
  relatedArticles: 5,
  /** How far along a person's article list (by date) related articles are looked for. */
  relatedWindow: 100,
  relatedPeople: 20,
  homeLatest: 10,
  homePeople: 12,
  homeSources: 8,
  feedEntries: 50,
} as const;

export interface SiteOptions {
  config: SiteConfig;
  pathPrefix?: string;
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

/** The site with its big families as lazy pages (their arrays in `site` are empty). */
export interface SitePlan {
  site: SiteData;
  lazy: { articles: LazyArticle[]; people: LazyPage<PersonPage>[]; claims: LazyPage<ClaimsPage>[] };
}

function lazyPage<T extends PageMeta>(url: string, key: string, make: () => T, weight = 1): LazyPage<T> {
  return { url, key, weight, build: make };
}

/**
 * The weight of a page listing `claims` claims (LazyPage): a full page of 200 weighs five article
 * pages (its HTML is about that much bigger); an article in a list weighs a fifth of a claim.
 */
const listWeight = (claims: number): number => Math.max(1, claims / 40);

/** A speaker with a name of its own: resolved to an entry, or read as a group or organisation, not a bare pronoun. */
function namedSpeaker(s: Speaker): boolean {
  return s.ref !== null || (s.type !== "unknown" && !SPEAKER_PRONOUNS.has(s.name.toLowerCase()));
}

/** A page key: a hash of the JSON of what the page is made from. */
const pageKey = (...parts: unknown[]): string => hash("sha1", JSON.stringify(parts), "hex");

/** Every page built: the data the templates read. */
export function materialize(plan: SitePlan): SiteData {
  const { articles, people, claims } = plan.lazy;
  return { ...plan.site, articles: articles.map((p) => p.build()), people: people.map((p) => p.build()), claims: claims.map((p) => p.build()) };
}

export function buildSite(archive: Archive, options: SiteOptions): SiteData {
  return materialize(planSite(archive, options));
}

export const href = {
  article: (slug: string): string => `/articles/${slug}/`,
  person: (slug: string): string => `/people/${slug}/`,
  source: (slug: string): string => `/sources/${slug}/`,
  claimsBySpeaker: (key: string): string => `/claims/speaker/${key}/`,
  claimsBySource: (slug: string): string => `/claims/source/${slug}/`,
  year: (y: string): string => `/archive/${y}/`,
  month: (ym: string): string => `/archive/${ym.slice(0, 4)}/${ym.slice(5, 7)}/`,
};

/** Page n (1-based) of a list whose first page is `base`. */
export const pageHref = (base: string, n: number): string => (n <= 1 ? base : `${base}page/${n}/`);

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!items.length) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function pager(base: string, pageNumber: number, pageCount: number): Pager {
  const numbers: number[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (pageCount <= 15 || n === 1 || n === pageCount || Math.abs(n - pageNumber) <= 3) numbers.push(n);
  }
  return {
    pageNumber,
    pageCount,
    previous: pageNumber > 1 ? pageHref(base, pageNumber - 1) : null,
    next: pageNumber < pageCount ? pageHref(base, pageNumber + 1) : null,
    pages: numbers.map((n) => ({ n, href: pageHref(base, n), current: n === pageNumber })),
  };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const byCountThenName = <T extends { name: string; count: number }>(a: T, b: T): number => b.count - a.count || collator.compare(a.name, b.name);

/** The A–Z bucket of a slug: its first letter, or "0-9" for anything else. */
export function letterOf(slug: string): string {
  const c = slug.charAt(0);
  return c >= "a" && c <= "z" ? c : "0-9";
}
const letterLabel = (letter: string): string => (letter === "0-9" ? "0–9" : letter.toUpperCase());

export function planSite(archive: Archive, options: SiteOptions): SitePlan {
  const config = options.config;
  const pathPrefix = normalisePathPrefix(options.pathPrefix);
  const root = siteRoot(config, pathPrefix);
  const abs = (url: string): string => `${root}${url.replace(/^\//, "")}`;
  const meta = (url: string, title: string, type: PageMeta["og"]["type"], description: string = config.description): PageMeta => ({
    url, abs: abs(url), title, headTitle: headTitle(title), og: { type, description },
  });
  // At most 70 characters as written in the HTML (html-validate's long-title counts "&lt;" as 4).
  const written = (s: string): number => s.length + (s.match(/[<>"']/g)?.length ?? 0) * 4 + (s.match(/&/g)?.length ?? 0) * 4;
  const headTitle = (title: string): string => {
    const full = title === config.title ? title : `${title} · ${config.title}`;
    if (written(full) <= 70) return full;
    let max = 70;
    let cut = truncate(title, max);
    while (written(cut) > 70 && max > 10) cut = truncate(title, (max -= 4));
    return cut;
  };

  const records = archive.articles;
  const personSlugs = new Set(archive.people.map((p) => p.slug));
  const sourceSlugs = new Set(archive.sources.map((s) => s.slug));
  const sourceNames = new Map<string, string>(archive.sources.map((s) => [s.slug, s.name]));
  const personHref = (slug: string): string | null => (personSlugs.has(slug) ? href.person(slug) : null);
  const sourceHref = (slug: string): string | null => (sourceSlugs.has(slug) ? href.source(slug) : null);

  const item = (r: ArticleRef): ArticleItem => ({ href: href.article(r.slug), title: r.title, date: r.date, dateLabel: dateLabel(r.date, config.language) });
  const items = new Map<string, ArticleItem>(records.map((r) => [r.slug, item(r)]));
  const itemOf = (r: ArticleRef): ArticleItem => items.get(r.slug) ?? item(r);
  const recordBySlug = new Map<string, ArticleRecord>(records.map((r) => [r.slug, r]));

  const speakerLink = (s: Speaker): NamedLink => {
    if (s.ref && s.type === "person") return { name: s.name, href: personHref(s.ref) };
    if (s.ref && s.type === "outlet") return { name: s.name, href: sourceHref(s.ref) };
    return { name: s.name, href: null };
  };
  const nameSlugs = new Map<string, string>();
  const nameSlug = (name: string): string => {
    let slug = nameSlugs.get(name);
    if (slug === undefined) nameSlugs.set(name, (slug = slugify(name)));
    return slug;
  };
  const speakerKey = (s: Speaker): string => (s.ref && (s.type === "person" || s.type === "outlet") ? s.ref : nameSlug(s.name));
  const publisherOf = (c: ClaimRef): NamedLink | null => {
    const p = recordBySlug.get(c.article.slug)?.publisher;
    return p ? { name: p.name, href: sourceHref(p.slug) } : null;
  };
  const claimItem = (c: ClaimRef): ClaimItem => ({
    href: `${href.article(c.article.slug)}#${c.claimId}`,
    text: c.text,
    sentence: c.sentence,
    cue: c.cue,
    kind: c.kind,
    speaker: speakerLink(c.speaker),
    article: itemOf(c.article),
    publisher: publisherOf(c),
  });
  // Built once per claim, when a page that lists it is built.
  const claimItems = new Map<string, ClaimItem>();
  const claimItemOf = (c: ClaimRef): ClaimItem => {
    let item = claimItems.get(c.key);
    if (!item) claimItems.set(c.key, (item = claimItem(c)));
    return item;
  };

  // ---- What page keys are made of (see LazyPage) ----
  // A record stands for itself by its cache key (else by a hash of it); linking changes its slug,
  // people and speakers, which the keys include as they are.
  const recordIds = new Map<ArticleRecord, string>();
  const recordId = (r: ArticleRecord): string => {
    let id = recordIds.get(r);
    if (id === undefined) recordIds.set(r, (id = options.recordKeys?.get(r.file) ?? hash("sha1", JSON.stringify(r), "hex")));
    return id;
  };
  const refKey = (a: ArticleRef): [string, string, string | null] => [a.slug, a.title, a.date];
  // What a claim's item is made of: its text, sentence, cue and kind come from its record.
  const claimKeys = new Map<string, string>();
  const claimKey = (c: ClaimRef): string => {
    let key = claimKeys.get(c.key);
    if (key === undefined) {
      const r = recordBySlug.get(c.article.slug);
      key = JSON.stringify([c.key, r ? recordId(r) : null, refKey(c.article), speakerLink(c.speaker), publisherOf(c)]);
      claimKeys.set(c.key, key);
    }
    return key;
  };

  // ---- Articles ----
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
    );
    return { ...lazyPage(href.article(r.slug), key, () => articlePage(r, i)), searchKey: pageKey("search", own) };
  });
  options.onArticles?.(articles);
  function articlePage(r: ArticleRecord, i: number): ArticlePage {
    const url = href.article(r.slug);
    const { blocks, placed } = bodyBlocks(r, personHref);
    const claims: ClaimNote[] = r.claims.map((c, n) => ({
      id: c.id,
      n: n + 1,
      noteId: placed.has(n) ? `note-${c.id}` : c.id,
      inText: placed.has(n) ? `#${c.id}` : null,
      speaker: speakerLink(c.speaker),
      mention: c.speaker.mention && c.speaker.mention !== c.speaker.name ? c.speaker.mention : null,
      cue: c.cue,
      kind: c.kind,
      text: c.text,
    }));
    const people = dedupeBy(r.people, (p) => p.slug).map((p) => ({ name: p.name, href: href.person(p.slug), roles: p.roles, mentions: p.mentions }));
    const publisher = r.publisher ? { name: r.publisher.name, href: sourceHref(r.publisher.slug) } : null;
    const cited = r.citedSources.map((o) => ({ name: o.name, href: sourceHref(o.slug) }));
    const older = records[i + 1];
    const newer = records[i - 1];
    const originalUrl = safeExternalUrl(r.url);
    const description = truncate(r.text, 200) || r.title;
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

  // ---- People ----
  const people: LazyPage<PersonPage>[] = archive.people.flatMap((p) => personPages(p));
  function personPages(p: PersonEntry): LazyPage<PersonPage>[] {
    const base = href.person(p.slug);
    const articleChunks = chunk(p.articles, LIMITS.articlesPerPage);
    const claimChunks = chunk(p.claims, LIMITS.claimsPerPage);
    const pageCount = Math.max(articleChunks.length, claimChunks.length);
    const description = `${p.name}${p.roles.length ? `, ${p.roles.slice(0, 3).join("; ")}` : ""}: in ${plural(p.articles.length, "article")} of the archive${p.claims.length ? `, ${plural(p.claims.length, "claim")}` : ""}.`;
    const related = p.related.slice(0, LIMITS.relatedPeople).map((q) => [q.slug, q.name, q.count, personSlugs.has(q.slug)]);
    const whole = [p.slug, pageCount, p.name, p.aliases, p.roles, p.mentions, p.articles.length, p.claims.length, p.firstSeen, p.lastSeen, related];
    return Array.from({ length: pageCount }, (_, k) => {
      const url = pageHref(base, k + 1);
      const key = pageKey("person", whole, k, (articleChunks[k] ?? []).map(refKey), (claimChunks[k] ?? []).map(claimKey), k ? null : p.articles.slice(0, 10).map(refKey));
      return lazyPage(url, key, (): PersonPage => ({
        ...meta(url, k ? `${p.name} (page ${k + 1})` : p.name, "profile", description),
        slug: p.slug,
        name: p.name,
        aliases: p.aliases,
        roles: p.roles,
        mentions: p.mentions,
        articleCount: p.articles.length,
        claimCount: p.claims.length,
        articles: (articleChunks[k] ?? []).map(itemOf),
        claims: (claimChunks[k] ?? []).map(claimItemOf),
        related: p.related.slice(0, LIMITS.relatedPeople).filter((q) => personSlugs.has(q.slug)).map((q) => ({ name: q.name, href: href.person(q.slug), count: q.count })),
        firstSeen: p.firstSeen,
        firstSeenLabel: p.firstSeen ? dateLabel(p.firstSeen, config.language) : null,
        lastSeen: p.lastSeen,
        lastSeenLabel: p.lastSeen ? dateLabel(p.lastSeen, config.language) : null,
        claimsHref: p.claims.length ? href.claimsBySpeaker(p.slug) : null,
        pager: pager(base, k + 1, pageCount),
        jsonLd: k
          ? null
          : {
              "@context": "https://schema.org",
              "@type": "Person",
              name: p.name,
              url: abs(base),
              ...(p.aliases.length ? { alternateName: p.aliases } : {}),
              ...(p.roles.length ? { jobTitle: p.roles[0], description: p.roles.join("; ") } : {}),
              subjectOf: p.articles.slice(0, 10).map((a) => ({ "@type": "NewsArticle", headline: a.title, url: abs(href.article(a.slug)), ...(a.date ? { datePublished: a.date } : {}) })),
            },
      }), listWeight((claimChunks[k]?.length ?? 0) + (articleChunks[k]?.length ?? 0) / 5));
    });
  }
  const personEntry = (p: PersonEntry): AlphaEntry => ({
    name: p.name,
    href: href.person(p.slug),
    count: p.articles.length,
    detail: [plural(p.articles.length, "article"), ...(p.claims.length ? [plural(p.claims.length, "claim")] : [])].join(", "),
  });
  const peopleAlpha = alphaIndex("/people/", "People", "People A–Z", archive.people, personEntry,
    `Everyone named in the archive, A–Z: ${plural(archive.people.length, "person", "people")}.`);

  // ---- Sources ----
  const claimsBySource = new Map<string, ClaimRef[]>();
  for (const c of archive.claims) {
    const p = recordBySlug.get(c.article.slug)?.publisher;
    if (p && sourceSlugs.has(p.slug)) push(claimsBySource, p.slug, c);
  }
  const sources: SourcePage[] = archive.sources.flatMap((s) => sourcePages(s));
  function sourcePages(s: SourceEntry): SourcePage[] {
    const base = href.source(s.slug);
    const pub = chunk(s.published, LIMITS.articlesPerPage);
    const cit = chunk(s.citedBy, LIMITS.articlesPerPage);
    const cl = chunk(s.claims, LIMITS.claimsPerPage);
    const pageCount = Math.max(pub.length, cit.length, cl.length);
    const description = `${s.name}: published ${plural(s.published.length, "article")} in the archive, cited by ${plural(s.citedBy.length, "article")}.`;
    return Array.from({ length: pageCount }, (_, k) => ({
      ...meta(pageHref(base, k + 1), k ? `${s.name} (page ${k + 1})` : s.name, "website", description),
      slug: s.slug,
      name: s.name,
      publishedCount: s.published.length,
      citedCount: s.citedBy.length,
      claimCount: s.claims.length,
      published: (pub[k] ?? []).map(itemOf),
      citedBy: (cit[k] ?? []).map(itemOf),
      claims: (cl[k] ?? []).map(claimItemOf),
      claimsFilterHref: claimsBySource.has(s.slug) ? href.claimsBySource(s.slug) : null,
      pager: pager(base, k + 1, pageCount),
    }));
  }
  const sourceEntry = (s: SourceEntry): AlphaEntry => ({
    name: s.name,
    href: href.source(s.slug),
    count: s.published.length + s.citedBy.length,
    detail: [
      ...(s.published.length ? [`published ${plural(s.published.length, "article")}`] : []),
      ...(s.citedBy.length ? [`cited in ${plural(s.citedBy.length, "article")}`] : []),
      ...(s.claims.length ? [plural(s.claims.length, "claim")] : []),
    ].join(", "),
  });
  const sourcesAlpha = alphaIndex("/sources/", "Sources", "Sources A–Z", archive.sources, sourceEntry,
    `The publishers and the outlets the articles cite: ${plural(archive.sources.length, "source")}.`);

  function alphaIndex<T extends { slug: string; name: string }>(
    base: string, heading: string, letterHeading: string, entries: readonly T[], entry: (e: T) => AlphaEntry, description: string,
  ): { index: AlphaIndex; letters: LetterPage[] } {
    const groups = new Map<string, AlphaEntry[]>();
    for (const e of entries) push(groups, letterOf(e.slug), entry(e));
    const order = [...groups.keys()].sort((a, b) => (a === "0-9" ? -1 : b === "0-9" ? 1 : a < b ? -1 : 1));
    const inline = entries.length <= LIMITS.inlineIndex;
    const letterBase = (l: string): string => `${base}a-z/${l}/`;
    const letters: LetterLink[] = order.map((l) => ({ label: letterLabel(l), count: groups.get(l)?.length ?? 0, href: inline ? `${base}#letter-${l}` : letterBase(l) }));
    const letterGroups: LetterGroup[] = order.map((l) => ({ letter: l, label: letterLabel(l), id: `letter-${l}`, entries: groups.get(l) ?? [] }));
    const index: AlphaIndex = {
      ...meta(base, heading, "website", description),
      heading,
      total: entries.length,
      letters,
      groups: inline ? letterGroups : [],
      top: inline ? [] : entries.map(entry).sort(byCountThenName).slice(0, 50),
    };
    const pageLetters = order.map((l) => ({ label: letterLabel(l), count: groups.get(l)?.length ?? 0, href: letterBase(l) }));
    const letterPages: LetterPage[] = letterGroups.flatMap((g) => {
      const parts = chunk(g.entries, LIMITS.letterPage);
      return parts.map((part, k) => ({
        ...meta(pageHref(letterBase(g.letter), k + 1), `${letterHeading}: ${g.label}${k ? ` (page ${k + 1})` : ""}`, "website", description),
        heading: `${letterHeading}: ${g.label}`,
        indexHref: base,
        letters: pageLetters,
        group: { ...g, entries: part },
        pager: pager(letterBase(g.letter), k + 1, parts.length),
      }));
    });
    return { index, letters: letterPages };
  }

  // ---- Claims ----
  // Speaker names ranked once in collation order (names the collator finds equal share a rank),
  // so sorting claims compares numbers instead of collating strings again and again.
  const names = [...new Set(archive.claims.map((c) => c.speaker.name))].sort(collator.compare);
  const nameRank = new Map<string, number>();
  names.forEach((n, i) => {
    const prev = names[i - 1];
    nameRank.set(n, prev !== undefined && collator.compare(prev, n) === 0 ? (nameRank.get(prev) ?? i) : i);
  });
  // Every claim in listing order, sorted once: by speaker name, then speaker, then as they come.
  // Each listing takes its claims from this order, so no listing sorts.
  const order = new Map<string, number>(archive.claims.map((c, i) => [c.key, i]));
  const sortedClaims = archive.claims
    .map((c) => ({ c, rank: nameRank.get(c.speaker.name) ?? 0, key: speakerKey(c.speaker), at: order.get(c.key) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.at - b.at)
    .map((row) => row.c);
  const speakerNames = new Map<string, { link: NamedLink; claims: ClaimRef[]; named: boolean }>();
  // Speakers in the order they first occur (the order of their listings), their claims in listing order.
  for (const c of archive.claims) {
    const key = speakerKey(c.speaker);
    if (!speakerNames.has(key)) speakerNames.set(key, { link: speakerLink(c.speaker), claims: [], named: namedSpeaker(c.speaker) });
  }
  for (const c of sortedClaims) speakerNames.get(speakerKey(c.speaker))?.claims.push(c);
  const sourceListings = new Map<string, ClaimRef[]>([...claimsBySource.keys()].map((slug) => [slug, []]));
  for (const c of sortedClaims) {
    const p = recordBySlug.get(c.article.slug)?.publisher;
    if (p) sourceListings.get(p.slug)?.push(c);
  }
  const speakerList: CountedLink[] = [...speakerNames.entries()]
    .map(([key, s]) => ({ name: s.link.name, href: href.claimsBySpeaker(key), count: s.claims.length }))
    .sort(byCountThenName);
  const namedHrefs = new Set([...speakerNames.entries()].filter(([, s]) => s.named).map(([key]) => href.claimsBySpeaker(key)));
  const sourceList: CountedLink[] = [...claimsBySource.entries()]
    .map(([slug, cs]) => ({ name: sourceNames.get(slug) ?? slug, href: href.claimsBySource(slug), count: cs.length }))
    .sort(byCountThenName);
  const claims: LazyPage<ClaimsPage>[] = [];
  // The filter offers the speakers a reader can pick out: not "they", "it" or a speaker the
  // extractor could not read (all of them stay on the speakers page).
  const topSpeakers = speakerList.filter((s) => namedHrefs.has(s.href)).slice(0, LIMITS.filterLinks);
  const topSources = sourceList.slice(0, LIMITS.filterLinks);
  /** The pages listing `list` (in listing order, see sortedClaims). */
  const claimListing = (
    base: string, heading: string, title: string, filter: ClaimsPage["filter"], list: ClaimRef[], description: string,
    letters: LetterLink[] = [], total: number = list.length,
  ): void => {
    const parts = chunk(list, LIMITS.claimsPerPage);
    parts.forEach((part, k) => {
      const url = pageHref(base, k + 1);
      const key = pageKey("claims", url, parts.length, heading, title, filter, total, description, letters,
        part.map((c) => [claimKey(c), speakerKey(c.speaker)]), filter.kind === "all" ? [topSpeakers, topSources] : null);
      claims.push(lazyPage(url, key, () => claimsPage(part, k, parts.length), listWeight(part.length)));
    });
    function claimsPage(part: ClaimRef[], k: number, pageCount: number): ClaimsPage {
      const groups: SpeakerGroup[] = [];
      for (const c of part) {
        const key = speakerKey(c.speaker);
        const last = groups[groups.length - 1];
        const filterHref = href.claimsBySpeaker(key);
        if (last && last.filterHref === filterHref) last.claims.push(claimItemOf(c));
        else groups.push({ speaker: speakerLink(c.speaker), filterHref, claims: [claimItemOf(c)] });
      }
      return {
        ...meta(pageHref(base, k + 1), `${title}${k ? ` (page ${k + 1})` : ""}`, "website", description),
        heading,
        filter,
        total,
        groups,
        letters,
        // The most-quoted speakers and sources, with counts, on the unfiltered listing only: on the
        // thousands of filtered pages they would change with every added claim (and every such
        // page would render again); those pages link to the full lists instead.
        speakers: filter.kind === "all" ? topSpeakers.map((s) => ({ ...s, current: false })) : [],
        sources: filter.kind === "all" ? topSources.map((s) => ({ ...s, current: false })) : [],
        speakersHref: "/claims/speakers/",
        allHref: "/claims/",
        pager: pager(base, k + 1, pageCount),
      };
    }
  };
  // Every claim, by speaker: on one page while they fit, else one listing per initial of the
  // speaker (/claims/a-z/g/), so that a new claim re-renders the pages of its letter only, not
  // every page after it; /claims/ then links to the letters, with their counts.
  const allDescription = `Every claim reported in the archive, by speaker: ${plural(archive.claims.length, "claim")}.`;
  if (archive.claims.length <= LIMITS.claimsPerPage) claimListing("/claims/", "Claims", "Claims", { kind: "all", name: null }, sortedClaims, allDescription);
  else {
    const byLetter = new Map<string, ClaimRef[]>();
    for (const c of sortedClaims) push(byLetter, letterOf(speakerKey(c.speaker)), c);
    const letterOrder = [...byLetter.keys()].sort((a, b) => (a === "0-9" ? -1 : b === "0-9" ? 1 : a < b ? -1 : 1));
    const letterHref = (l: string): string => `/claims/a-z/${l}/`;
    const counted: LetterLink[] = letterOrder.map((l) => ({ label: letterLabel(l), count: byLetter.get(l)?.length ?? 0, href: letterHref(l) }));
    // Without counts on the letter pages: those would change with every claim added anywhere.
    const plain: LetterLink[] = counted.map((l) => ({ ...l, count: null }));
    claimListing("/claims/", "Claims", "Claims", { kind: "all", name: null }, [], allDescription, counted, archive.claims.length);
    for (const l of letterOrder) {
      const list = byLetter.get(l) ?? [];
      claimListing(letterHref(l), `Claims: ${letterLabel(l)}`, `Claims: ${letterLabel(l)}`, { kind: "letter", name: letterLabel(l) }, list,
        `Claims by speakers under ${letterLabel(l)}: ${plural(list.length, "claim")}.`, plain);
    }
  }
  for (const [key, s] of speakerNames) {
    claimListing(href.claimsBySpeaker(key), `Claims by ${s.link.name}`, `Claims by ${s.link.name}`, { kind: "speaker", name: s.link.name }, s.claims,
      `Claims by ${s.link.name} in the archive: ${plural(s.claims.length, "claim")}.`);
  }
  for (const [slug, list] of sourceListings) {
    const name = sourceNames.get(slug) ?? slug;
    claimListing(href.claimsBySource(slug), `Claims in articles from ${name}`, `Claims in ${name}`, { kind: "source", name }, list,
      `Claims reported in articles published by ${name}: ${plural(list.length, "claim")}.`);
  }
  const speakerChunks = chunk(speakerList, LIMITS.speakersPerPage);
  const speakers: SpeakersPage[] = speakerChunks.map((part, k) => ({
    ...meta(pageHref("/claims/speakers/", k + 1), `Speakers${k ? ` (page ${k + 1})` : ""}`, "website", "Everyone the archive reports as making a claim, most claims first."),
    heading: "Speakers",
    speakers: part,
    pager: pager("/claims/speakers/", k + 1, speakerChunks.length),
  }));

  // ---- Archive by date ----
  const byMonth = new Map<string, ArticleRecord[]>();
  const byYear = new Map<string, ArticleRecord[]>();
  const undated: ArticleRecord[] = [];
  for (const r of records) {
    if (!r.date) {
      undated.push(r);
      continue;
    }
    push(byMonth, r.date.slice(0, 7), r);
    push(byYear, r.date.slice(0, 4), r);
  }
  const monthCounts = new Map<string, number>([...byMonth].map(([k, v]) => [k, v.length]));
  const chart = timeline(monthCounts, config.language);
  const yearKeys = [...byYear.keys()].sort().reverse();
  const monthsOf = (y: string): MonthCount[] =>
    [...byMonth.keys()].filter((k) => k.startsWith(`${y}-`)).sort()
      .map((k) => ({ month: k, label: shortMonth(k.slice(5, 7), config.language), count: byMonth.get(k)?.length ?? 0, href: href.month(k) }));
  const years: YearCount[] = yearKeys.map((y) => ({ year: y, count: byYear.get(y)?.length ?? 0, href: href.year(y), months: monthsOf(y) }));
  const archiveIndex: ArchiveIndex = {
    ...meta("/archive/", "Archive by date", "website", `The archive by year and month: ${plural(records.length, "article")}.`),
    total: records.length,
    dated: records.length - undated.length,
    undated: undated.length,
    undatedHref: undated.length ? "/archive/undated/" : null,
    years,
    timeline: chart,
  };
  const periods: PeriodPage[] = [];
  const crumbs = (...extra: Link[]): Link[] => [{ href: "/archive/", text: "Archive" }, ...extra];
  yearKeys.forEach((y, i) => {
    const list = byYear.get(y) ?? [];
    const listed = list.length <= LIMITS.articlesPerPage;
    const older = yearKeys[i + 1];
    const newer = yearKeys[i - 1];
    periods.push({
      ...meta(href.year(y), `Articles from ${y}`, "website", `${plural(list.length, "article")} from ${y}.`),
      kind: "year",
      heading: y,
      count: list.length,
      breadcrumbs: crumbs(),
      months: monthsOf(y),
      articles: listed ? list.map(itemOf) : [],
      listed,
      previousPeriod: older ? { href: href.year(older), text: older } : null,
      nextPeriod: newer ? { href: href.year(newer), text: newer } : null,
      pager: pager(href.year(y), 1, 1),
    });
  });
  const monthKeys = [...byMonth.keys()].sort();
  monthKeys.forEach((ym, i) => {
    const list = byMonth.get(ym) ?? [];
    const parts = chunk(list, LIMITS.articlesPerPage);
    const older = monthKeys[i - 1];
    const newer = monthKeys[i + 1];
    parts.forEach((part, k) => {
      periods.push({
        ...meta(pageHref(href.month(ym), k + 1), `Articles from ${monthLabel(ym, config.language)}${k ? ` (page ${k + 1})` : ""}`, "website",
          k ? `Articles from ${monthLabel(ym, config.language)}, page ${k + 1}.` : `${plural(list.length, "article")} from ${monthLabel(ym, config.language)}.`),
        kind: "month",
        heading: monthLabel(ym, config.language),
        // The total on the first page only: on the others it would change with every article added.
        count: k ? null : list.length,
        breadcrumbs: crumbs({ href: href.year(ym.slice(0, 4)), text: ym.slice(0, 4) }),
        months: [],
        articles: part.map(itemOf),
        listed: true,
        previousPeriod: older ? { href: href.month(older), text: monthLabel(older, config.language) } : null,
        nextPeriod: newer ? { href: href.month(newer), text: monthLabel(newer, config.language) } : null,
        pager: pager(href.month(ym), k + 1, parts.length),
      });
    });
  });
  {
    // Always present (empty when every article is dated): the URL is part of the public contract.
    const parts = chunk(undated, LIMITS.articlesPerPage);
    parts.forEach((part, k) => {
      periods.push({
        ...meta(pageHref("/archive/undated/", k + 1), `Undated articles${k ? ` (page ${k + 1})` : ""}`, "website",
          k ? `Articles without a date, page ${k + 1}.` : `${plural(undated.length, "article")} without a date.`),
        kind: "undated",
        heading: "Undated",
        count: k ? null : undated.length,
        breadcrumbs: crumbs(),
        months: [],
        articles: part.map(itemOf),
        listed: true,
        previousPeriod: null,
        nextPeriod: null,
        pager: pager("/archive/undated/", k + 1, parts.length),
      });
    });
  }

  // ---- Home ----
  const firstYear = yearKeys[yearKeys.length - 1];
  const lastYear = yearKeys[0];
  const home = {
    ...meta("/", config.title, "website" as const),
    counts: {
      articles: records.length,
      people: archive.people.length,
      sources: archive.sources.length,
      claims: archive.claims.length,
      organizations: archive.organizations.length,
      places: archive.places.length,
    },
    span: firstYear && lastYear ? (firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`) : null,
    latest: records.slice(0, LIMITS.homeLatest).map(itemOf),
    people: archive.people.map((p) => ({ name: p.name, href: href.person(p.slug), count: p.articles.length })).sort(byCountThenName).slice(0, LIMITS.homePeople),
    sources: archive.sources.map((s) => ({ name: s.name, href: href.source(s.slug), count: s.published.length + s.citedBy.length })).sort(byCountThenName).slice(0, LIMITS.homeSources),
    timeline: chart,
  };

  // ---- Feeds, sitemap, open data ----
  const dated = records.filter((r) => r.date);
  const stamp = (date: string): string => dayStart(date, config.timezone);
  const newest = dated[0]?.date;
  const entries = dated.slice(0, LIMITS.feedEntries).map((r) => ({
    id: abs(href.article(r.slug)),
    url: abs(href.article(r.slug)),
    title: r.title,
    updated: stamp(r.date ?? "1970-01-01"),
    summary: truncate(r.text, 400),
    authors: r.authors,
  }));
  const feed: Feed = {
    updated: stamp(newest ?? "1970-01-01"),
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
  const search = {
    ...meta("/search/", "Search", "website" as const, "Full-text search of the archive, with filters for person, source and year."),
    filters: { people: archive.people.length, sources: archive.sources.length, years: yearKeys.length },
  };
  const pages: Array<{ url: string }> = [
    home, archiveIndex, search, peopleAlpha.index, sourcesAlpha.index,
    ...articles, ...people, ...peopleAlpha.letters, ...sources, ...sourcesAlpha.letters, ...claims, ...speakers, ...periods,
  ];
  const lastmod = new Map<string, string>(dated.map((r) => [href.article(r.slug), r.date ?? ""]));
  const sitemap: SitemapEntry[] = pages.map((p) => ({ loc: abs(p.url), lastmod: lastmod.get(p.url) ?? null }));

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
  };
  return { site, lazy: { articles, people, claims } };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dedupeBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * For each article (by index), the articles sharing most people with it. Each person's articles
 * are in archive (date) order; only a window around the article in that list is considered, so a
 * person found in tens of thousands of articles costs a bounded amount per article.
 */
export function relatedArticles(records: readonly ArticleRecord[]): Array<Array<{ index: number; shared: string[] }>> {
  const lists = new Map<string, number[]>();
  const positions: Array<Array<{ slug: string; name: string; pos: number }>> = records.map((r, i) =>
    dedupeBy(r.people, (p) => p.slug).map((p) => {
      let list = lists.get(p.slug);
      if (!list) lists.set(p.slug, (list = []));
      list.push(i);
      return { slug: p.slug, name: p.name, pos: list.length - 1 };
    }),
  );
  return positions.map((mine, i) => {
    const scores = new Map<number, string[]>();
    for (const { slug, name, pos } of mine) {
      const list = lists.get(slug) ?? [];
      const from = Math.max(0, pos - LIMITS.relatedWindow);
      const to = Math.min(list.length, pos + LIMITS.relatedWindow + 1);
      for (let k = from; k < to; k++) {
        const j = list[k];
        if (j === undefined || j === i) continue;
        const shared = scores.get(j);
        if (shared) shared.push(name);
        else scores.set(j, [name]);
      }
    }
    // The first few in the order "most shared people, then nearest in date, then first", kept
    // while scanning: sorting every candidate (up to 200 per person) cost seconds at 50,000 articles.
    const before = (a: [number, string[]], b: [number, string[]]): boolean =>
      (b[1].length - a[1].length || Math.abs(a[0] - i) - Math.abs(b[0] - i) || a[0] - b[0]) < 0;
    const best: Array<[number, string[]]> = [];
    for (const entry of scores) {
      let at = best.length;
      for (let prev = best[at - 1]; prev && before(entry, prev); prev = best[at - 1]) at--;
      if (at >= LIMITS.relatedArticles) continue;
      best.splice(at, 0, entry);
      if (best.length > LIMITS.relatedArticles) best.pop();
    }
    return best.map(([index, shared]) => ({ index, shared }));
  });
}
