// What every page planner (./plan-*.ts) reads besides the archive: the site's addresses and page
// meta, links to people and sources, article and claim items (each built once), and what page
// keys are made of (see LazyPage in ./data.ts).
import { hash } from "node:crypto";
import { slugify } from "../nlp/slug.ts";
import type { Archive, ArticleRecord, ArticleRef, ClaimRef, Speaker } from "../types.ts";
import { normalisePathPrefix, type SiteConfig, siteRoot } from "./config.ts";
import type { SiteOptions } from "./data.ts";
import type { ArticleItem, ClaimItem, NamedLink, PageMeta } from "./model.ts";
import { href, shownCue } from "./plan-util.ts";
import { dateLabel, truncate } from "./text.ts";


/**
 * What the pages call a speaker: its name, or for a claim the text names no one for ("it seemed",
 * "is expected to"; the record's name is then "unknown", with no mention) a label that says so.
 */
const UNNAMED = "(no speaker named)";
const shownName = (s: Speaker): string => (!s.mention && !s.ref && s.type === "unknown" ? UNNAMED : s.name);

export interface PlanContext {
  archive: Archive;
  config: SiteConfig;
  pathPrefix: string;
  /** The site's absolute address, ending in "/". */
  root: string;
  abs: (url: string) => string;
  meta: (url: string, title: string, type: PageMeta["og"]["type"], description?: string) => PageMeta;
  /** The archive's articles, newest first. */
  records: ArticleRecord[];
  personSlugs: ReadonlySet<string>;
  sourceSlugs: ReadonlySet<string>;
  sourceNames: ReadonlyMap<string, string>;
  personHref: (slug: string) => string | null;
  sourceHref: (slug: string) => string | null;
  itemOf: (r: ArticleRef) => ArticleItem;
  recordBySlug: ReadonlyMap<string, ArticleRecord>;
  speakerLink: (s: Speaker) => NamedLink;
  speakerKey: (s: Speaker) => string;
  claimItemOf: (c: ClaimRef) => ClaimItem;
  recordId: (r: ArticleRecord) => string;
  refKey: (a: ArticleRef) => [string, string, string | null];
  claimKey: (c: ClaimRef) => string;
}

export function planContext(archive: Archive, options: SiteOptions): PlanContext {
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
    return { name: shownName(s), href: null };
  };
  const nameSlugs = new Map<string, string>();
  const nameSlug = (name: string): string => {
    let slug = nameSlugs.get(name);
    if (slug === undefined) nameSlugs.set(name, (slug = slugify(name)));
    return slug;
  };
  const speakerKey = (s: Speaker): string => (s.ref && (s.type === "person" || s.type === "outlet") ? s.ref : nameSlug(shownName(s)));
  const publisherOf = (c: ClaimRef): NamedLink | null => {
    const p = recordBySlug.get(c.article.slug)?.publisher;
    return p ? { name: p.name, href: sourceHref(p.slug) } : null;
  };
  const claimItem = (c: ClaimRef): ClaimItem => ({
    href: `${href.article(c.article.slug)}#${c.claimId}`,
    text: c.text,
    sentence: c.sentence,
    cue: shownCue(c.cue),
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

  return {
    archive, config, pathPrefix, root, abs, meta, records, personSlugs, sourceSlugs, sourceNames, personHref, sourceHref,
    itemOf, recordBySlug, speakerLink, speakerKey, claimItemOf, recordId, refKey, claimKey,
  };
}
