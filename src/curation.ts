// Parses and validates content/entities.yaml, the user's curation file (merge, rename, roles, drop).
// Problems come back as messages naming the file and line; an invalid entry is skipped, not fatal.
import type { Curation, CurationEntry, Message } from "./types.ts";
import { readYamlMapping } from "./yaml-file.ts";

export const CURATION_FILE = "entities.yaml";

export function emptyCuration(): Curation {
  return { people: [], organizations: [], places: [], sources: [], drop: { people: [], organizations: [], places: [] } };
}

const SECTIONS = ["people", "organizations", "places", "sources"] as const;
const DROP_KINDS = ["people", "organizations", "places"] as const;

export function parseCuration(text: string, file = CURATION_FILE): { curation: Curation; messages: Message[] } {
  const curation = emptyCuration();
  const { data: root, messages, problem, lineOf, lines } = readYamlMapping(text, file, "curation", "a mapping with people, organizations, places, sources and drop");
  if (!root) return { curation, messages };
  for (const key of Object.keys(root)) {
    if (![...SECTIONS, "drop"].includes(key)) problem(`unknown key "${key}" (known: ${[...SECTIONS, "drop"].join(", ")})`, lineOf(`${key}:`));
  }
  for (const section of SECTIONS) {
    const value = root[section];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      problem(`"${section}" must be a list of entries like {name, aliases, roles}`, lineOf(`${section}:`));
      continue;
    }
    value.forEach((item, k) => {
      const entry = toEntry(item);
      if (entry) curation[section].push(entry);
      else problem(`entry ${k + 1} under "${section}" needs a "name" (text), and "aliases"/"roles" must be lists of text`, itemLine(lines, section, k));
    });
  }
  const drop = root.drop;
  if (drop !== undefined && drop !== null) {
    if (typeof drop !== "object" || Array.isArray(drop)) problem(`"drop" must map people/organizations/places to lists of names`, lineOf("drop:"));
    else {
      for (const [kind, names] of Object.entries(drop as Record<string, unknown>)) {
        const k = DROP_KINDS.find((d) => d === kind);
        if (!k) problem(`unknown key "drop.${kind}" (known: ${DROP_KINDS.join(", ")})`, lineOf(`${kind}:`));
        else if (!isTextList(names)) problem(`"drop.${kind}" must be a list of names`, lineOf(`${kind}:`));
        else curation.drop[k].push(...names);
      }
    }
  }
  return { curation, messages };
}

/** The line of the k-th `- ` item under a top-level `section:` key (js-yaml keeps no positions). */
function itemLine(lines: string[], section: string, k: number): number {
  const start = lines.findIndex((l) => l.startsWith(`${section}:`));
  let seen = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (/^\S/.test(l)) break;
    if (/^\s*-\s/.test(l) && (seen < 0 || /^\s*/.exec(l)?.[0].length === /^\s*/.exec(lines[start + 1] ?? "")?.[0].length)) seen++;
    if (seen === k) return i + 1;
  }
  return start + 1;
}

function isTextList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function toEntry(item: unknown): CurationEntry | null {
  if (typeof item === "string") return { name: item };
  if (typeof item !== "object" || item === null) return null;
  const o = item as Record<string, unknown>;
  if (typeof o.name !== "string" || !o.name.trim()) return null;
  if (o.aliases !== undefined && !isTextList(o.aliases)) return null;
  if (o.roles !== undefined && !isTextList(o.roles)) return null;
  return { name: o.name.trim(), ...(o.aliases ? { aliases: o.aliases as string[] } : {}), ...(o.roles ? { roles: o.roles as string[] } : {}) };
}
