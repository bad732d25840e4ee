// What the page planners (./plan-*.ts) share: page sizes, URLs, chunking and pagers, A–Z
// letters, ordering by count, lazy pages and their keys, and two small list helpers.
import { hash } from "node:crypto";
import type { LazyPage } from "./data.ts";
import type { PageMeta, Pager } from "./model.ts";

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

export function lazyPage<T extends PageMeta>(url: string, key: string, make: () => T, weight = 1): LazyPage<T> {
  return { url, key, weight, build: make };
}

/**
 * The weight of a page listing `claims` claims (LazyPage): a full page of 200 weighs five article
 * pages (its HTML is about that much bigger); an article in a list weighs a fifth of a claim.
 */
export const listWeight = (claims: number): number => Math.max(1, claims / 40);

/** A page key: a hash of the JSON of what the page is made from. */
export const pageKey = (...parts: unknown[]): string => hash("sha1", JSON.stringify(parts), "hex");

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

export const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
export const byCountThenName = <T extends { name: string; count: number }>(a: T, b: T): number => b.count - a.count || collator.compare(a.name, b.name);

/** The A–Z bucket of a slug: its first letter, or "0-9" for anything else. */
export function letterOf(slug: string): string {
  const c = slug.charAt(0);
  return c >= "a" && c <= "z" ? c : "0-9";
}
/** A–Z buckets in reading order: "0-9" first, then the letters. */
export const byBucket = (a: string, b: string): number => (a === "0-9" ? -1 : b === "0-9" ? 1 : a < b ? -1 : 1);
export const letterLabel = (letter: string): string => (letter === "0-9" ? "0–9" : letter.toUpperCase());

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function dedupeBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A cue as a page shows it: the colon of a "Name: …" lead is no word ("Okafor: …", not "Okafor :: …"). */
export const shownCue = (cue: string): string => (cue === ":" ? "" : cue);
