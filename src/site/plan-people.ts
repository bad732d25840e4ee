// The person pages (one lazy page per chunk of a person's articles and claims, keyed by what they
// show) and the people A–Z index (./plan-alpha.ts).
import type { PersonEntry } from "../types.ts";
import type { LazyPage } from "./data.ts";
import type { AlphaEntry, PersonPage } from "./model.ts";
import { type AlphaPages, alphaIndex } from "./plan-alpha.ts";
import type { PlanContext } from "./plan-context.ts";
import { chunk, href, LIMITS, lazyPage, listWeight, pageHref, pageKey, pager } from "./plan-util.ts";
import { dateLabel, plural } from "./text.ts";

/** Every person page (lazy, in the order of the archive's people) and the people A–Z pages. */
export function planPeople(ctx: PlanContext): { people: LazyPage<PersonPage>[]; peopleAlpha: AlphaPages } {
  const { archive, config, abs, meta, personSlugs, itemOf, claimItemOf, refKey, claimKey } = ctx;
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
  const peopleAlpha = alphaIndex(ctx, "/people/", "People", "People A–Z", archive.people, personEntry,
    `Everyone named in the archive, A–Z: ${plural(archive.people.length, "person", "people")}.`);
  return { people, peopleAlpha };
}
