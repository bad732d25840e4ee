// Stage "curate": applies the user's content/entities.yaml to the extracted entities: merges
// aliases into one entry, renames, sets roles, drops false ones; claims follow their speakers.
import type { Draft } from "../draft.ts";
import { nameKey } from "../nlp/names.ts";
import { slugify } from "../nlp/slug.ts";
import type { Curation, CurationEntry, Entity, Person } from "../types.ts";

export function curate(draft: Draft, curation: Curation): Draft {
  const renamed = new Map<string, { name: string; slug: string }>();
  const dropped = new Set(curation.drop.people.map(nameKey));
  // Most archives drop no one: then no name is keyed (a copy all the same, as it is sorted below).
  let people = dropped.size === 0 ? [...draft.people] : draft.people.filter((p) => {
    const drop = [p.name, ...p.aliases].some((n) => dropped.has(nameKey(n)));
    if (drop) renamed.set(p.slug, { name: "", slug: "" });
    return !drop;
  });
  for (const entry of curation.people) people = mergePeople(people, entry, renamed);
  const claims = draft.claims.map((c) => {
    const to = c.speaker.ref ? renamed.get(c.speaker.ref) : undefined;
    if (!to) return c;
    return to.slug
      ? { ...c, speaker: { ...c.speaker, name: to.name, ref: to.slug } }
      : { ...c, speaker: { ...c.speaker, name: c.speaker.mention, type: "unknown" as const, ref: null } };
  });
  return {
    ...draft,
    people: people.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    organizations: curateEntities(draft.organizations, curation.organizations, curation.drop.organizations),
    places: curateEntities(draft.places, curation.places, curation.drop.places),
    publisher: draft.publisher && renameOutlet(draft.publisher, curation.sources),
    citedSources: draft.citedSources.map((o) => renameOutlet(o, curation.sources)),
    claims,
  };
}

function matches(entry: CurationEntry, names: string[]): boolean {
  const keys = new Set([entry.name, ...(entry.aliases ?? [])].map(nameKey));
  return names.some((n) => keys.has(nameKey(n)));
}

/**
 * A person's names, and each name after each of its roles: records keep the role out of the aliases
 * ("Chancellor Jo Blum" is Jo Blum with the role "Chancellor"), a curated alias may still write it.
 */
function titledNames(p: Person): string[] {
  const names = [p.name, ...p.aliases];
  return [...names, ...p.roles.flatMap((r) => names.map((n) => `${r} ${n}`))];
}

function mergePeople(people: Person[], entry: CurationEntry, renamed: Map<string, { name: string; slug: string }>): Person[] {
  const hit = people.filter((p) => matches(entry, titledNames(p)));
  if (!hit.length) return people;
  const slug = slugify(entry.name);
  const aliases = new Set<string>();
  for (const p of hit) for (const n of [p.name, ...p.aliases]) if (nameKey(n) !== nameKey(entry.name)) aliases.add(n);
  // A curated alias the article wrote with a role is kept as given.
  const written = new Set(hit.flatMap(titledNames).map(nameKey));
  const have = new Set([entry.name, ...aliases].map(nameKey));
  for (const a of entry.aliases ?? []) if (written.has(nameKey(a)) && !have.has(nameKey(a))) aliases.add(a);
  const merged: Person = {
    slug,
    name: entry.name,
    aliases: [...aliases].sort(),
    roles: entry.roles ?? [...new Set(hit.flatMap((p) => p.roles))],
    mentions: hit.reduce((n, p) => n + p.mentions, 0),
    spans: hit.flatMap((p) => p.spans).sort((a, b) => a.start - b.start),
  };
  for (const p of hit) renamed.set(p.slug, { name: entry.name, slug });
  return [...people.filter((p) => !hit.includes(p)), merged];
}

function curateEntities(list: Entity[], entries: CurationEntry[], drop: string[]): Entity[] {
  const dropped = new Set(drop.map(nameKey));
  let out = dropped.size === 0 ? list : list.filter((e) => !dropped.has(nameKey(e.name)));
  for (const entry of entries) {
    const hit = out.filter((e) => matches(entry, [e.name]));
    if (!hit.length) continue;
    const merged: Entity = {
      slug: slugify(entry.name),
      name: entry.name,
      mentions: hit.reduce((n, e) => n + e.mentions, 0),
      spans: hit.flatMap((e) => e.spans).sort((a, b) => a.start - b.start),
    };
    out = [...out.filter((e) => !hit.includes(e)), merged];
  }
  return out;
}

function renameOutlet<T extends { name: string; slug: string }>(o: T, entries: CurationEntry[]): T {
  const entry = entries.find((e) => matches(e, [o.name]));
  return entry ? { ...o, name: entry.name, slug: slugify(entry.name.replace(/^the\s+/i, "")) } : o;
}
