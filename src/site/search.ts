// The Pagefind search index, made from the article data rather than from the rendered HTML: one
// record per article page with the text Pagefind would take from its data-pagefind-body (the
// title, and the body with its images' alt text; bylines, notes and asides are not searched), its
// title and date for the results, and the person, source and year filters. Needs no rendered page, so the index is built
// while Eleventy renders, and it does not parse the other pages of the site.
import { createHash, hash } from "node:crypto";
import type { LazyArticle } from "./data.ts";
import type { ArticlePage, SiteData } from "./model.ts";
import { blockText } from "./text.ts";

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

export function searchRecord(a: ArticlePage, language: string): SearchRecord {
  const body = a.blocks.map(blockText);
  const sources = unique([...(a.publisher?.href ? [a.publisher.name] : []), ...a.cited.filter((c) => c.href).map((c) => c.name)]);
  const filters: Record<string, string[]> = {};
  if (a.people.length) filters.person = unique(a.people.map((p) => p.name));
  if (sources.length) filters.source = sources;
  if (a.date && a.filters.year) filters.year = [a.filters.year];
  return {
    url: a.url,
    content: [a.title, ...body].join("\n"),
    language,
    meta: { title: a.title, ...(a.date ? { date: a.dateLabel } : {}) },
    filters,
    sort: a.date ? { date: a.date } : {},
  };
}

/** Every article's record, in URL order (the index is then the same for the same content). */
export function searchRecords(site: Pick<SiteData, "articles" | "config">): SearchRecord[] {
  return site.articles.map((a) => searchRecord(a, site.config.language)).sort(byUrl);
}

const byUrl = (x: { url: string }, y: { url: string }): number => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0);

/**
 * An article in the search index: its record is made only when its shard is indexed again. The
 * key changes whenever the record may (a shard is indexed again when one of its keys changed).
 */
export interface SearchEntry {
  url: string;
  key: string;
  record(): SearchRecord;
}

/** Entries of records already made, keyed by their content. */
export function searchEntries(records: readonly SearchRecord[]): SearchEntry[] {
  return records.map((r) => ({ url: r.url, key: hash("sha1", JSON.stringify(r), "hex"), record: () => r })).sort(byUrl);
}

/**
 * Entries of the article pages of a site plan (./data.ts), keyed by their search keys and `salt`
 * (the site-wide fingerprint: those keys do not cover the settings and the code).
 */
export function lazySearchEntries(articles: readonly LazyArticle[], language: string, salt: string): SearchEntry[] {
  return articles.map((a) => ({ url: a.url, key: `${salt.slice(0, 16)}:${a.searchKey}`, record: () => searchRecord(a.build(), language) })).sort(byUrl);
}

/**
 * The index is split into shards (separate Pagefind indexes, merged by the search page), so a
 * rebuild indexes again only the shards whose articles changed. An article's shard comes from a
 * hash of its URL, so it never moves when other articles are added or removed; the number of
 * shards depends only on the article count (at least 8, doubling past 400 articles a shard).
 */
export function shardCount(articles: number): number {
  let n = 8;
  while (articles > n * 400) n *= 2;
  return n;
}

export function shardOf(url: string, shards: number): number {
  return createHash("sha256").update(url).digest().readUInt32BE(0) % shards;
}

/** Shard name → its records (in URL order); empty shards are left out. Names sort like numbers. */
export function shardRecords<T extends { url: string }>(records: readonly T[]): Map<string, T[]> {
  const n = shardCount(records.length);
  const width = String(n - 1).length;
  const byShard = new Map<string, T[]>();
  for (const r of records) {
    const name = String(shardOf(r.url, n)).padStart(width, "0");
    const list = byShard.get(name);
    if (list) list.push(r);
    else byShard.set(name, [r]);
  }
  return new Map([...byShard].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
