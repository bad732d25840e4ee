// An acronym and the name it stands for, both found in one article ("the Securities and Exchange
// Commission … the SEC", "United States … US"), are one organisation or place: the full name, with the
// acronym's mentions. Written by hand: the npm acronym finders only read "Full Name (FN)" definitions.
import type { Entity } from "../types.ts";

/** An acronym as written: two to six capitals, dots or an "&" between allowed ("EU", "U.S.", "NATO", "S&P"). */
const ACRONYM = /^\p{Lu}\.?(?:&?\p{Lu}\.?){1,5}$/u;

/** Words a name's acronym may skip: "Department of Justice" is DOJ, "Bank of England" BoE or BE. */
const SKIPPED = /^(?:of|the|and|for|on|in|to|at|de|du|des|la|le|&)$/i;

/** The initials a full name may be written as: of every word, and of its words but the skippable ones. */
function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w) || w === "&");
  if (words.length < 2) return [];
  const all = words.map((w) => w.charAt(0)).join("").toUpperCase();
  const kept = words.filter((w) => !SKIPPED.test(w));
  const some = kept.length >= 2 ? kept.map((w) => w.charAt(0)).join("").toUpperCase() : all;
  return all === some ? [all] : [all, some];
}

/**
 * Folds each acronym into the one full name in `list` whose initials it spells, keeping the full
 * name's slug and name, summing the mentions and merging the spans; the merged entry takes the
 * earlier place of the two in the list. An acronym that two full names could spell is left alone.
 */
export function mergeAcronyms(list: Entity[]): Entity[] {
  const byInitials = new Map<string, Entity[]>();
  for (const e of list) {
    if (ACRONYM.test(e.name)) continue;
    for (const i of initialsOf(e.name)) byInitials.set(i, [...(byInitials.get(i) ?? []), e]);
  }
  if (byInitials.size === 0) return list;
  const into = new Map<Entity, Entity[]>();
  const fullOf = new Map<Entity, Entity>();
  for (const e of list) {
    if (!ACRONYM.test(e.name)) continue;
    const full = byInitials.get(e.name.replace(/\./g, ""));
    if (full?.length !== 1 || !full[0]) continue;
    into.set(full[0], [...(into.get(full[0]) ?? []), e]);
    fullOf.set(e, full[0]);
  }
  if (fullOf.size === 0) return list;
  const out: Entity[] = [];
  const placed = new Set<Entity>();
  for (const e of list) {
    const full = fullOf.get(e) ?? (into.has(e) ? e : undefined);
    if (!full) {
      out.push(e);
      continue;
    }
    if (placed.has(full)) continue;
    placed.add(full);
    const parts = [full, ...(into.get(full) ?? [])];
    const spans = parts.flatMap((p) => p.spans).sort((a, b) => a.start - b.start);
    out.push({ slug: full.slug, name: full.name, mentions: parts.reduce((n, p) => n + p.mentions, 0), spans });
  }
  return out;
}
