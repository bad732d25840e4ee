// The numbers for the articles-per-month chart drawn as SVG at build time: a time axis from the
// first dated month to the last, a bar for each month with articles (an empty month is a gap, never
// a bar titled "0 articles"), year ticks, and a text summary.
import type { Timeline } from "./model.ts";
import { monthLabel, plural } from "./text.ts";

const WIDTH = 720;
const HEIGHT = 160;
const TOP = 10;
const BASELINE = 130;

/** `counts` maps "YYYY-MM" to the number of articles that month. */
export function timeline(counts: ReadonlyMap<string, number>, locale = "en"): Timeline | null {
  const keys = [...counts.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (!first || !last) return null;
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  const max = Math.max(...months.map((k) => counts.get(k) ?? 0));
  const step = WIDTH / months.length;
  const barWidth = Math.min(48, Math.max(1, step * 0.8));
  const round = (n: number): number => Math.round(n * 100) / 100;
  const bars = months.flatMap((key, i) => {
    const count = counts.get(key) ?? 0;
    if (!count) return [];
    const h = max ? ((BASELINE - TOP) * count) / max : 0;
    return {
      x: round(i * step + (step - barWidth) / 2),
      y: round(BASELINE - h),
      width: round(barWidth),
      height: round(h),
      label: `${monthLabel(key, locale)}: ${plural(count, "article")}`,
      count,
    };
  });
  const years = [...new Set(months.map((k) => k.slice(0, 4)))];
  const every = Math.max(1, Math.ceil(years.length / 12));
  const firstJanuary = months.findIndex((k) => k.endsWith("-01"));
  const ticks = months
    .map((key, i) => ({ key, i }))
    .filter(({ key, i }) => {
      // The first month is labelled only when the first January is far enough away not to collide.
      if (i === 0 && !key.endsWith("-01")) return firstJanuary < 0 || firstJanuary * step >= 48;
      return key.endsWith("-01") && (Number(key.slice(0, 4)) - Number(first.slice(0, 4))) % every === 0;
    })
    .map(({ key, i }) => ({ x: round(i * step + (step - barWidth) / 2), label: key.slice(0, 4) }));
  return {
    width: WIDTH,
    height: HEIGHT,
    baseline: BASELINE,
    bars,
    ticks,
    max,
    summary: `Articles per month, ${monthLabel(first, locale)} to ${monthLabel(last, locale)}: at most ${plural(max, "article")} in a month.`,
  };
}
