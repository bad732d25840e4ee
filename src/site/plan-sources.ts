// The source pages (eager: one per chunk of a source's published, citing and claim lists) and the
// sources A–Z index (./plan-alpha.ts); also the claims by publisher, which the claims listings use.
import type { ClaimRef, SourceEntry } from "../types.ts";
import type { AlphaEntry, SourcePage } from "./model.ts";
import { type AlphaPages, alphaIndex } from "./plan-alpha.ts";
import type { PlanContext } from "./plan-context.ts";
import { chunk, href, LIMITS, pageHref, pager, push } from "./plan-util.ts";
import { plural } from "./text.ts";

/** Every source page, the sources A–Z pages, and the claims of each known publisher by its slug. */
export function planSources(ctx: PlanContext): { sources: SourcePage[]; sourcesAlpha: AlphaPages; claimsBySource: Map<string, ClaimRef[]> } {
  const { archive, meta, sourceSlugs, itemOf, recordBySlug, claimItemOf } = ctx;
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
  const sourcesAlpha = alphaIndex(ctx, "/sources/", "Sources", "Sources A–Z", archive.sources, sourceEntry,
    `The publishers and the outlets the articles cite: ${plural(archive.sources.length, "source")}.`);
  return { sources, sourcesAlpha, claimsBySource };
}
