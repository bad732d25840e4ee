// Related articles: for each article, the few others that share most people with it, found in a
// bounded window of each person's articles so the cost stays linear in the archive's size.
import type { ArticleRecord } from "../types.ts";
import { dedupeBy, LIMITS } from "./plan-util.ts";

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
