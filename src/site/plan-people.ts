// The person pages (one lazy page per chunk of a person's articles and claims, keyed by what they
// show) and the people A–Z index (./plan-alpha.ts).
import type { PersonEntry } from "../types.ts";
import type { LazyPage } from "./data.ts";
import type { AlphaEntry, PersonPage } from "./model.ts";
import { type AlphaPages, alphaIndex } from "./plan-alpha.ts";
import type { PlanContext } from "./plan-context.ts";
import { chunk, href, LIMITS, lazyPage, listWeight, pageHref, pageKey, pager } from "./plan-util.ts";
import { dateLabel, plural } from "./text.ts";

/**
 * The names a person page shows as "Also written as": the aliases but those that are one of the
 * person's roles before the name or another alias ("Mayor Tilda Okonkwo", a mention with its
 * title, is not another way of writing the name).
 */
export function nameVariants(p: Pick<PersonEntry, "name" | "aliases" | "roles">): string[] {
  const roleWords = new Set(p.roles.flatMap((r) => r.toLowerCase().split(/\s+/)));
  const names = new Set([p.name, ...p.aliases].map((n) => n.toLowerCase()));
  const titled = (alias: string): boolean => {
    const words = alias.split(/\s+/);
    for (let k = 1; k < words.length; k++) {
      if (!words.slice(0, k).every((w) => roleWords.has(w.toLowerCase().replace(/\.$/, "")))) return false;
      if (names.has(words.slice(k).join(" ").toLowerCase())) return true;
    }
    return false;
  };
  return p.aliases.filter((a) => !titled(a));
}

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
    const aliases = nameVariants(p);
    const whole = [p.slug, pageCount, p.name, aliases, p.roles, p.mentions, p.articles.length, p.claims.length, p.firstSeen, p.lastSeen, related];
    return Array.from({ length: pageCount }, (_, k) => {
      const url = pageHref(base, k + 1);
      const key = pageKey("person", whole, k, (articleChunks[k] ?? []).map(refKey), (claimChunks[k] ?? []).map(claimKey), k ? null : p.articles.slice(0, 10).map(refKey));
      return lazyPage(url, key, (): PersonPage => ({
        ...meta(url, k ? `${p.name} (page ${k + 1})` : p.name, "profile", description),
        slug: p.slug,
        name: p.name,
        aliases,
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
              ...(aliases.length ? { alternateName: aliases } : {}),
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
