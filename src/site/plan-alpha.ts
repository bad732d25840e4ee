// An A–Z index (/people/, /sources/): every entry on the index page while they fit, else the most
// counted there and the rest on one page per letter (chunked); the letter pages exist either way
// (so their URLs never go when an archive grows past the limit), and the index links to each.
import type { AlphaEntry, AlphaIndex, LetterGroup, LetterLink, LetterPage } from "./model.ts";
import type { PlanContext } from "./plan-context.ts";
import { byBucket, byCountThenName, chunk, LIMITS, letterLabel, letterOf, pageHref, pager, push } from "./plan-util.ts";

export interface AlphaPages {
  index: AlphaIndex;
  letters: LetterPage[];
}

/** The index page at `base` and its letter pages, of `entries` shown as `entry` makes them. */
export function alphaIndex<T extends { slug: string; name: string }>(
  ctx: PlanContext, base: string, heading: string, letterHeading: string, entries: readonly T[], entry: (e: T) => AlphaEntry, description: string,
): AlphaPages {
  const { meta } = ctx;
  const groups = new Map<string, AlphaEntry[]>();
  for (const e of entries) push(groups, letterOf(e.slug), entry(e));
  const order = [...groups.keys()].sort(byBucket);
  const inline = entries.length <= LIMITS.inlineIndex;
  const letterBase = (l: string): string => `${base}a-z/${l}/`;
  const letters: LetterLink[] = order.map((l) => ({ label: letterLabel(l), count: groups.get(l)?.length ?? 0, href: inline ? `${base}#letter-${l}` : letterBase(l) }));
  const letterGroups: LetterGroup[] = order.map((l) => ({ letter: l, label: letterLabel(l), id: `letter-${l}`, href: letterBase(l), entries: groups.get(l) ?? [] }));
  const index: AlphaIndex = {
    ...meta(base, heading, "website", description),
    heading,
    total: entries.length,
    letters,
    groups: inline ? letterGroups : [],
    top: inline ? [] : entries.map(entry).sort(byCountThenName).slice(0, 50),
  };
  const pageLetters = order.map((l) => ({ label: letterLabel(l), count: groups.get(l)?.length ?? 0, href: letterBase(l) }));
  const letterPages: LetterPage[] = letterGroups.flatMap((g) => {
    const parts = chunk(g.entries, LIMITS.letterPage);
    return parts.map((part, k) => ({
      ...meta(pageHref(letterBase(g.letter), k + 1), `${letterHeading}: ${g.label}${k ? ` (page ${k + 1})` : ""}`, "website", description),
      heading: `${letterHeading}: ${g.label}`,
      indexHref: base,
      letters: pageLetters,
      group: { ...g, entries: part },
      pager: pager(letterBase(g.letter), k + 1, parts.length),
    }));
  });
  return { index, letters: letterPages };
}
