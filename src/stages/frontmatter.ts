// Stage "front-matter": splits YAML front matter (gray-matter) from the body and validates it.
// YAML is read with the core schema so dates stay strings and an impossible date is reported, not rolled over.
// gray-matter hands the YAML on from just after the opening `---`, so its line n is the file's line n.
import matter from "gray-matter";
import { type Draft, report } from "../draft.ts";
import type { FrontMatter } from "../types.ts";
import { type LoadedYaml, lineAt, loadYaml, yamlError } from "../yaml-file.ts";

const KNOWN_KEYS = new Set([
  "title", "date", "publisher", "source", "url", "author", "authors", "tags", "slug",
  "people", "organizations", "places", "citedSources", "layout", "draft", "description",
]);

export function frontMatter(draft: Draft): Draft {
  if (!/^---[ \t]*\r?\n/.test(draft.raw)) return { ...draft, content: draft.raw, contentLine: 1 };
  // gray-matter closes the block at the first line that starts with ---; without one it would read
  // the whole file as YAML and blame a line of the body.
  if (!draft.raw.slice(3).includes("\n---")) {
    report(draft, "front-matter", "error", `front matter opened by "---" on line 1 is never closed (no closing "---" line)`, 1);
    return draft;
  }
  let loaded: LoadedYaml = { data: undefined, place: null };
  let yamlText = "";
  const engine = (text: string): object => {
    yamlText = text;
    loaded = loadYaml(text);
    const data = loaded.data;
    return data && typeof data === "object" && !Array.isArray(data) ? data : {};
  };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options also turns off gray-matter's global cache, which would keep every file in memory.
    parsed = matter(draft.raw, { engines: { yaml: engine } });
  } catch (error) {
    // The YAML text starts on the file's line 1 (after the opening ---), so its lines are the file's.
    const { reason, line } = yamlError(error, yamlText);
    report(draft, "front-matter", "error", `malformed YAML front matter: ${reason}`, line);
    return draft;
  }
  const { data: value, place } = loaded;
  if (value !== undefined && value !== null && (typeof value !== "object" || Array.isArray(value))) {
    const what = Array.isArray(value) ? "a list" : "a single value";
    report(draft, "front-matter", "error", `front matter must be a mapping of keys to values (like "title: …"), not ${what}`, place?.line ?? 1);
    return draft;
  }
  const data = parsed.data as Record<string, unknown>;
  const fm: FrontMatter = {};
  const lineOf = (key: string): number => lineAt(place, [key]);
  const str = (key: string): string | undefined => {
    const v = data[key];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v === "string" || typeof v === "number") return String(v);
    report(draft, "front-matter", "error", `"${key}" must be text`, lineOf(key));
    return undefined;
  };
  const list = (key: string): string[] | undefined => {
    const v = data[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.map(String);
    report(draft, "front-matter", "error", `"${key}" must be a list of text`, lineOf(key));
    return undefined;
  };
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) report(draft, "front-matter", "warning", `unknown front matter key "${key}" is ignored`, lineOf(key));
  }
  const set = <K extends keyof FrontMatter>(key: K, value: FrontMatter[K] | undefined): void => {
    if (value !== undefined) fm[key] = value;
  };
  set("title", str("title"));
  set("date", str("date"));
  set("publisher", str("publisher"));
  set("source", str("source"));
  set("url", str("url"));
  set("slug", str("slug"));
  set("author", list("author") ?? list("authors"));
  set("tags", list("tags"));
  set("organizations", list("organizations"));
  set("places", list("places"));
  set("citedSources", list("citedSources"));
  if (data.people !== undefined && data.people !== null) {
    const people = data.people;
    if (Array.isArray(people)) fm.people = people.filter(isPersonEntry);
    else report(draft, "front-matter", "error", `"people" must be a list of names or {name, aliases, roles}`, lineOf("people"));
  }
  const contentStart = draft.raw.length - parsed.content.length;
  const contentLine = draft.raw.slice(0, contentStart).split("\n").length;
  return { ...draft, frontMatter: fm, frontMatterKeys: Object.keys(data), content: parsed.content, contentLine };
}

function isPersonEntry(x: unknown): x is string | { name: string; aliases?: string[]; roles?: string[] } {
  return typeof x === "string" || (typeof x === "object" && x !== null && typeof (x as { name?: unknown }).name === "string");
}
