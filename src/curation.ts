// Parses and validates content/entities.yaml, the user's curation file (merge, rename, roles, drop).
// Problems come back as messages naming the file and line; an invalid entry is skipped, not fatal.
import type { Curation, CurationEntry, Message } from "./types.ts";
import { lineAt, readYamlMapping } from "./yaml-file.ts";

export const CURATION_FILE = "entities.yaml";

export function emptyCuration(): Curation {
  return { people: [], organizations: [], places: [], sources: [], drop: { people: [], organizations: [], places: [] } };
}

const SECTIONS = ["people", "organizations", "places", "sources"] as const;
const DROP_KINDS = ["people", "organizations", "places"] as const;
const ENTRY_KEYS = ["name", "aliases", "roles"] as const;

export function parseCuration(text: string, file = CURATION_FILE): { curation: Curation; messages: Message[] } {
  const curation = emptyCuration();
  const { data: root, place, messages, problem } = readYamlMapping(text, file, "curation", "a mapping with people, organizations, places, sources and drop");
  if (!root) return { curation, messages };
  const line = (...path: Array<string | number>): number => lineAt(place, path);
  for (const key of Object.keys(root)) {
    if (![...SECTIONS, "drop"].includes(key)) problem(`unknown key "${key}" (known: ${[...SECTIONS, "drop"].join(", ")})`, line(key));
  }
  for (const section of SECTIONS) {
    const value = root[section];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      problem(`"${section}" must be a list of entries like {name, aliases, roles}`, line(section));
      continue;
    }
    value.forEach((item: unknown, k) => {
      const entry = toEntry(item);
      if (!entry) {
        problem(`entry ${k + 1} under "${section}" needs a "name" (text), and "aliases"/"roles" must be lists of text`, line(section, k));
        return;
      }
      curation[section].push(entry);
      if (typeof item !== "object" || item === null) return;
      for (const key of Object.keys(item)) {
        if (!ENTRY_KEYS.some((known) => known === key)) {
          problem(`unknown key "${key}" in entry ${k + 1} under "${section}" (known: ${ENTRY_KEYS.join(", ")})`, line(section, k, key));
        }
      }
    });
  }
  const drop = root.drop;
  if (drop !== undefined && drop !== null) {
    if (typeof drop !== "object" || Array.isArray(drop)) problem(`"drop" must map people/organizations/places to lists of names`, line("drop"));
    else {
      for (const [kind, names] of Object.entries(drop as Record<string, unknown>)) {
        const k = DROP_KINDS.find((d) => d === kind);
        if (!k) problem(`unknown key "drop.${kind}" (known: ${DROP_KINDS.join(", ")})`, line("drop", kind));
        else if (!isTextList(names)) problem(`"drop.${kind}" must be a list of names`, line("drop", kind));
        else curation.drop[k].push(...names);
      }
    }
  }
  return { curation, messages };
}

function isTextList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function toEntry(item: unknown): CurationEntry | null {
  if (typeof item === "string") return { name: item };
  if (typeof item !== "object" || item === null || Array.isArray(item)) return null;
  const o = item as Record<string, unknown>;
  if (typeof o.name !== "string" || !o.name.trim()) return null;
  if (o.aliases !== undefined && !isTextList(o.aliases)) return null;
  if (o.roles !== undefined && !isTextList(o.roles)) return null;
  return { name: o.name.trim(), ...(o.aliases ? { aliases: o.aliases as string[] } : {}), ...(o.roles ? { roles: o.roles as string[] } : {}) };
}
