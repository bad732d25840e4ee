// Stage "link": joins article records into the archive: one person across articles (a bare
// surname resolves to the one full name that has it), people/source/claim tables, newest first.
import type {
  Archive, ArticleRecord, ArticleRef, ClaimRef, EntityEntry, Message, Person, PersonEntry, SourceEntry,
} from "./types.ts";
import { fileSlug } from "./stages/record.ts";

export function byDate(a: { date: string | null; slug: string }, b: { date: string | null; slug: string }): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

const ref = (r: ArticleRecord): ArticleRef => ({ slug: r.slug, title: r.title, date: r.date });
/** A–Z as a reader expects it: case-blind, a leading "The" ignored, ties broken by slug. */
const sortName = (name: string): string => name.replace(/^the\s+/i, "");
// One collator for every comparison: localeCompare with options builds a new one per call.
const collator = new Intl.Collator("en", { sensitivity: "base" });
const bySlug = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts A–Z by name (see sortName), ties by slug. Each entry's sort name is computed once, not on
 * every comparison; the comparison itself is unchanged, so the (stable) order is too.
 */
function sortByName<T extends { name: string; slug: string }>(list: T[]): T[] {
  const keyed = list.map((x) => ({ key: sortName(x.name), x }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || bySlug(a.x.slug, b.x.slug));
  return keyed.map((k) => k.x);
}

export function link(input: ArticleRecord[], messages: Message[] = []): Archive {
  const records = resolveSurnames(input).sort(byDate);
  const claims: ClaimRef[] = records.flatMap((r) =>
    r.claims.map((c) => ({
      key: `${r.slug}#${c.id}`,
      article: ref(r),
      claimId: c.id,
      speaker: c.speaker,
      cue: c.cue,
      kind: c.kind,
      text: c.text,
      sentence: (c.inTitle ? r.title : r.text).slice(c.sentenceSpan.start, c.sentenceSpan.end),
      publisher: r.publisher?.name ?? null,
    })),
  );
  return {
    articles: records,
    people: personEntries(records, claims),
    sources: sourceEntries(records, claims),
    organizations: entityEntries(records, (r) => r.organizations),
    places: entityEntries(records, (r) => r.places),
    claims,
    messages,
  };
}

/**
 * An article that names someone by surname only ("Trump") gets the full name when exactly one is
 * known; a name with a middle initial ("Barack H. Obama") gets the same name without it when the
 * archive has that one ("Barack Obama").
 */
function resolveSurnames(records: ArticleRecord[]): ArticleRecord[] {
  const full = new Map<string, Set<string>>();
  const plain = new Map<string, string>();
  const names = new Map<string, string>();
  for (const r of records) {
    for (const p of r.people) {
      const parts = p.name.split(/\s+/);
      if (parts.length < 2) continue;
      const last = (parts[parts.length - 1] ?? "").toLowerCase();
      full.set(last, (full.get(last) ?? new Set()).add(p.slug));
      names.set(p.slug, p.name);
      if (parts.length === 2) plain.set(p.name.toLowerCase(), p.slug);
    }
  }
  return records.map((r) => {
    const moved = new Map<string, { slug: string; name: string }>();
    const people: Person[] = [];
    for (const p of r.people) {
      const candidates = p.name.includes(" ") ? undefined : full.get(p.name.toLowerCase());
      // Not when the initial form already claims the plain one as its alias (a curation's canonical name).
      const withoutInitial = withoutMiddleInitials(p.name);
      const keepInitial = !!withoutInitial && p.aliases.some((a) => a.toLowerCase() === withoutInitial.toLowerCase());
      const target = candidates?.size === 1 ? [...candidates][0] : withoutInitial && !keepInitial ? plain.get(withoutInitial.toLowerCase()) : undefined;
      if (!target || target === p.slug) {
        people.push(p);
        continue;
      }
      const name = names.get(target) ?? p.name;
      moved.set(p.slug, { slug: target, name });
      const at = people.findIndex((q) => q.slug === target);
      const same = people[at];
      if (same) {
        // A new object: `same` may be the input record's own, which stays as it was.
        people[at] = {
          ...same,
          aliases: [...new Set([...same.aliases, p.name, ...p.aliases])].sort(),
          mentions: same.mentions + p.mentions,
          spans: [...same.spans, ...p.spans].sort((a, b) => a.start - b.start),
        };
      } else {
        people.push({ ...p, slug: target, name, aliases: [...new Set([p.name, ...p.aliases])].sort() });
      }
    }
    if (!moved.size) return r;
    const claims = r.claims.map((c) => {
      const to = c.speaker.ref ? moved.get(c.speaker.ref) : undefined;
      return to ? { ...c, speaker: { ...c.speaker, ref: to.slug, name: to.name } } : c;
    });
    return { ...r, people, claims };
  });
}

/** "Barack H. Obama" → "Barack Obama"; null for a name with no middle initial. */
function withoutMiddleInitials(name: string): string | null {
  const parts = name.split(/\s+/);
  if (parts.length < 3) return null;
  const middle = parts.slice(1, -1);
  return middle.every((w) => /^\p{Lu}\.?$/u.test(w)) ? `${parts[0]} ${parts[parts.length - 1]}` : null;
}

/** The people someone appears with, most shared first: enough for a page, bounded at any archive size. */
export const MAX_RELATED = 50;

function personEntries(records: ArticleRecord[], claims: ClaimRef[]): PersonEntry[] {
  // `aliasSet` mirrors `aliases` for membership tests (the array keeps first-seen order).
  const map = new Map<string, PersonEntry & { names: Map<string, number>; roleCount: Map<string, number>; co: Map<string, number>; aliasSet: Set<string> }>();
  for (const r of records) {
    for (const p of r.people) {
      let e = map.get(p.slug);
      if (!e) {
        e = { slug: p.slug, name: p.name, aliases: [], roles: [], mentions: 0, articles: [], claims: [], related: [], firstSeen: null, lastSeen: null, names: new Map(), roleCount: new Map(), co: new Map(), aliasSet: new Set() };
        map.set(p.slug, e);
      }
      e.names.set(p.name, (e.names.get(p.name) ?? 0) + 1);
      for (const a of p.aliases) {
        if (e.aliasSet.has(a)) continue;
        e.aliasSet.add(a);
        e.aliases.push(a);
      }
      for (const role of p.roles) e.roleCount.set(role, (e.roleCount.get(role) ?? 0) + 1);
      e.mentions += p.mentions;
      e.articles.push(ref(r));
      if (r.date) {
        if (!e.firstSeen || r.date < e.firstSeen) e.firstSeen = r.date;
        if (!e.lastSeen || r.date > e.lastSeen) e.lastSeen = r.date;
      }
      for (const q of r.people) if (q.slug !== p.slug) e.co.set(q.slug, (e.co.get(q.slug) ?? 0) + 1);
    }
  }
  for (const c of claims) if (c.speaker.type === "person" && c.speaker.ref) map.get(c.speaker.ref)?.claims.push(c);
  const entries = [...map.values()].map(({ names, roleCount, co, aliasSet: _aliasSet, ...e }) => {
    const name = [...names.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? e.name;
    return {
      ...e,
      name,
      aliases: e.aliases.filter((a) => a !== name).sort(),
      roles: specificRoles([...roleCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([role]) => role)),
      related: topRelated(co).map(([slug, count]) => ({ slug, name: map.get(slug)?.name ?? slug, count })),
    };
  });
  return sortByName(entries);
}

/**
 * The MAX_RELATED co-mentioned people with the highest counts, ties by slug: what sorting every
 * entry and keeping the first MAX_RELATED gives, without sorting the long tail of a busy person.
 * Counts are whole numbers ≥ 1; the cut-off is the highest count at which MAX_RELATED entries are
 * reached, so every entry of the result has at least that count and is kept for the sort.
 */
function topRelated(co: Map<string, number>): Array<[string, number]> {
  const all = [...co.entries()];
  const order = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  if (all.length <= MAX_RELATED) return all.sort(order);
  let max = 0;
  for (const [, n] of all) if (n > max) max = n;
  const histogram = new Array<number>(max + 1).fill(0);
  for (const [, n] of all) histogram[n] = (histogram[n] ?? 0) + 1;
  let cut = max;
  for (let seen = 0; cut >= 1; cut--) {
    seen += histogram[cut] ?? 0;
    if (seen >= MAX_RELATED) break;
  }
  return all.filter(([, n]) => n >= cut).sort(order).slice(0, MAX_RELATED);
}

/** Drops a role that a more specific one ends with: "President" beside "US President". */
export function specificRoles(roles: string[]): string[] {
  const lower = roles.map((r) => r.toLowerCase());
  return roles.filter((_, i) => !lower.some((other, j) => j !== i && other.length > (lower[i] ?? "").length && other.endsWith(` ${lower[i]}`)));
}

function sourceEntries(records: ArticleRecord[], claims: ClaimRef[]): SourceEntry[] {
  const map = new Map<string, SourceEntry>();
  const get = (slug: string, name: string): SourceEntry => {
    let e = map.get(slug);
    if (!e) map.set(slug, (e = { slug, name, published: [], citedBy: [], claims: [] }));
    return e;
  };
  for (const r of records) {
    if (r.publisher) get(r.publisher.slug, r.publisher.name).published.push(ref(r));
    for (const o of r.citedSources) get(o.slug, o.name).citedBy.push(ref(r));
  }
  for (const c of claims) if (c.speaker.type === "outlet" && c.speaker.ref) map.get(c.speaker.ref)?.claims.push(c);
  return sortByName([...map.values()]);
}

function entityEntries(records: ArticleRecord[], pick: (r: ArticleRecord) => Array<{ slug: string; name: string }>): EntityEntry[] {
  const map = new Map<string, EntityEntry>();
  for (const r of records) {
    for (const e of pick(r)) {
      let entry = map.get(e.slug);
      if (!entry) map.set(e.slug, (entry = { slug: e.slug, name: e.name, articles: [] }));
      entry.articles.push(ref(r));
    }
  }
  return sortByName([...map.values()]);
}

/**
 * How strongly a file holds its slug, when other files give the same one (lower holds better):
 * 0 a slug pinned by front matter `slug:` (one the file name would not give), 1 a file named as
 * its slug (`scraped-port.txt` for scraped-port, `2020/a.md` for 2020-a), 2 any other spelling
 * (`Scraped-Port.md`, `Scraped Port.txt`). What `add` names files and what a user pins keep
 * their URL when a differently spelt file comes along, whatever the names' order.
 */
function slugHold(r: { file: string; slug: string }): number {
  const path = r.file.replace(/\\/g, "/");
  if (r.slug !== fileSlug(path)) return 0;
  return path.replace(/\.[^./]+$/, "").replace(/\//g, "-") === r.slug ? 1 : 2;
}

export interface SlugMove {
  /** The slug the file gets instead of its own. */
  slug: string;
  /** The file that keeps the slug. */
  owner: string;
}

/**
 * Which of `items` (a file and the slug its name or front matter gives) must give up its slug to
 * another and what it gets, by file. Of the files sharing a slug, the one that holds it best
 * (slugHold) keeps it, ties going to the file whose name sorts first; each other file gets a
 * suffix from its extension (`scraped-port-md`, then `-2`, `-3`…), never a slug another file
 * holds by itself. Depends on the set of items only, never on their order.
 */
export function slugMoves(items: ReadonlyArray<{ file: string; slug: string }>): Map<string, SlugMove> {
  const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const owners = new Map<string, { file: string; hold: number }>();
  for (const it of [...items].sort(byFile)) {
    const hold = slugHold(it);
    const owner = owners.get(it.slug);
    if (!owner || hold < owner.hold) owners.set(it.slug, { file: it.file, hold });
  }
  const taken = new Set(owners.keys());
  const moves = new Map<string, SlugMove>();
  for (const it of [...items].sort(byFile)) {
    const owner = owners.get(it.slug)?.file;
    if (owner === undefined || owner === it.file) continue;
    const ext = (/\.([^./]+)$/.exec(it.file)?.[1] ?? "file").toLowerCase();
    let slug = `${it.slug}-${ext}`;
    for (let n = 2; taken.has(slug); n++) slug = `${it.slug}-${ext}-${n}`;
    taken.add(slug);
    moves.set(it.file, { slug, owner });
  }
  return moves;
}

/**
 * Two files whose names give the same slug ("a.txt", "A.md") must not share a URL: the one that
 * holds it best keeps it (see slugMoves), the others get a suffix, with a warning. Sorted by file.
 * `slug:` in front matter pins a URL.
 */
export function uniqueSlugs(records: ArticleRecord[], messages: Message[]): ArticleRecord[] {
  const moves = slugMoves(records);
  return [...records].sort((a, b) => (a.file < b.file ? -1 : 1)).map((r) => {
    const move = moves.get(r.file);
    if (!move) return r;
    messages.push(slugMoved(r, move));
    return { ...r, slug: move.slug };
  });
}

/** The warning for an article that gave up its slug to another file. */
export function slugMoved(r: { file: string; slug: string }, move: SlugMove): Message {
  return { file: r.file, severity: "warning", origin: "link", message: `URL /articles/${r.slug}/ is taken by ${move.owner}: this article is at /articles/${move.slug}/ (set slug: in front matter to choose)` };
}
