// The archive by date: the /archive/ index with its timeline, a page per year, the pages of each
// month (chunked) and the undated pages; also the years and the timeline the home page shows.
import type { ArticleRecord } from "../types.ts";
import type { ArchiveIndex, Link, MonthCount, PeriodPage, Timeline, YearCount } from "./model.ts";
import type { PlanContext } from "./plan-context.ts";
import { chunk, href, LIMITS, pageHref, pager, push } from "./plan-util.ts";
import { monthLabel, plural, shortMonth } from "./text.ts";
import { timeline } from "./timeline.ts";

/** The date pages, and the years (newest first) and the timeline of the archive. */
export function planDates(ctx: PlanContext): { archiveIndex: ArchiveIndex; periods: PeriodPage[]; chart: Timeline | null; yearKeys: string[] } {
  const { config, meta, records, itemOf } = ctx;
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
  return { archiveIndex, periods, chart, yearKeys };
}
