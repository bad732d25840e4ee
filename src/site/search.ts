// The Pagefind search index, made from the article data rather than from the rendered HTML: one
// record per article page with the text Pagefind would take from its data-pagefind-body (the
// title and the body; bylines, notes and asides are not searched), its title and date for the
// results, and the person, source and year filters. Needs no rendered page, so the index is built
// while Eleventy renders, and it does not parse the other pages of the site.
import type { ArticlePage, SiteData } from "./model.ts";

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
  const body = a.blocks.map((b) => b.fragments.map((f) => f.parts.map((p) => p.text).join("")).join(""));
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
  return site.articles.map((a) => searchRecord(a, site.config.language)).sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
}
