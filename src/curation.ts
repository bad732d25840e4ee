// Parses and validates content/entities.yaml, the user's curation file (merge, rename, roles, drop).
// Problems come back as messages naming the file and line; an invalid entry (one that is not a
// mapping with a name) is skipped, not fatal, and a bad aliases/roles value is left out of its entry.
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
      const where = `entry ${k + 1} under "${section}"`;
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        problem(notAMapping(item, where), line(section, k));
        return;
      }
      const o = item as Record<string, unknown>;
      if (typeof o.name !== "string" || !o.name.trim()) {
        problem(`${where} needs a "name" (text)`, line(section, k, "name"));
        return;
      }
      const entry: CurationEntry = { name: o.name.trim() };
      for (const key of ["aliases", "roles"] as const) {
        const list = textList(o[key]);
        if (list) entry[key] = list;
        else if (o[key] !== undefined) problem(`"${key}" in ${where} must be text or a list of text; the entry is applied without it`, line(section, k, key));
      }
      curation[section].push(entry);
      for (const key of Object.keys(o)) {
        if (!ENTRY_KEYS.some((known) => known === key)) {
          problem(`unknown key "${key}" in ${where} (known: ${ENTRY_KEYS.join(", ")})`, line(section, k, key));
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

/** A list of text, a single text being a list of one ("roles: Campaigner"); null for anything else. */
function textList(v: unknown): string[] | null {
  if (typeof v === "string") return v.trim() ? [v.trim()] : null;
  return isTextList(v) ? v : null;
}

/** Why an entry that is not a mapping cannot be used, and how to write it. */
function notAMapping(item: unknown, where: string): string {
  if (typeof item !== "string") return `${where} must be a mapping with a "name" (and "aliases", "roles"), not ${item === null ? "empty" : Array.isArray(item) ? "a list" : String(item)}`;
  const key = /^(name|aliases|roles)\s+(\S.*)$/.exec(item);
  if (key) return `${where} is the text "${item}", not an entry: a colon is missing after "${key[1]}" (write "- ${key[1]}: ${key[2]}")`;
  return `${where} is the text "${item}", not an entry: write "- name: ${item}" (with "aliases" and "roles" below it)`;
}
