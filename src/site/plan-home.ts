// The home page (counts, span of years, latest articles, most-named people and sources, timeline)
// and the search page.
import type { HomePage, SiteData, Timeline } from "./model.ts";
import type { PlanContext } from "./plan-context.ts";
import { byCountThenName, href, LIMITS } from "./plan-util.ts";

/** The home page; `yearKeys` are the archive's years, newest first (./plan-dates.ts). */
export function homePage(ctx: PlanContext, yearKeys: readonly string[], chart: Timeline | null): HomePage {
  const { archive, config, meta, records, itemOf } = ctx;
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
  return home;
}

/** The search page, with how many people, sources and years its filters offer. */
export function searchPage(ctx: PlanContext, yearKeys: readonly string[]): SiteData["search"] {
  const { archive, meta } = ctx;
  const search = {
    ...meta("/search/", "Search", "website" as const, "Full-text search of the archive, with filters for person, source and year."),
    filters: { people: archive.people.length, sources: archive.sources.length, years: yearKeys.length },
  };
  return search;
}
