// Stage "front-matter": splits YAML front matter (gray-matter) from the body and validates it.
// YAML is read with the core schema so dates stay strings and an impossible date is reported, not rolled over.
// gray-matter hands the YAML on from just after the opening `---`, so its line n is the file's line n.
import matter from "gray-matter";
import { IANAZone } from "luxon";
import { type Draft, report } from "../draft.ts";
import { parseDate } from "../nlp/parse-date.ts";
import { slugify } from "../nlp/slug.ts";
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
  const date = str("date");
  if (date !== undefined) {
    const read = frontMatterDate(date);
    if (read === null) report(draft, "front-matter", "error", `unreadable date "${date}" in front matter: write it as 2021-03-03, 3 March 2021 or March 3, 2021, optionally followed by a time and a zone (10:45 PM EST, 22:45 +01:00, 22:45 Europe/London)`, lineOf("date"));
    else fm.date = read;
  }
  set("publisher", str("publisher"));
  set("source", str("source"));
  set("url", str("url"));
  const slug = str("slug");
  if (slug !== undefined) {
    fm.slug = slug;
    // The URL uses the slug of what is written (src/nlp/slug.ts); say so when that is not the same text.
    const used = slugify(slug);
    if (used !== slug) report(draft, "front-matter", "warning", `slug "${slug}" is not written as a URL slug (lower-case letters, digits and "-"): the article's URL uses "${used}"`, lineOf("slug"));
  }
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

/** A time after a date: `10:45 PM`, `22:45:10`, `10 p.m.`, with a zone if any (`EST`, `+01:00`, `UTC+1`, `Europe/London`). */
const TIME = /^(?:at\s+)?(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?\s*([ap]\.?m\.?)?(?:\s*(?:([A-Z]{1,5})?([+-]\d{1,2}(?::?\d{2})?)?|([A-Za-z_]+\/[A-Za-z_/+-]+)))?$/i;

/** Whether `time` (after a date) is a real time of day with a zone luxon knows, an offset or an abbreviation. */
function readableTime(time: string): boolean {
  const m = TIME.exec(time.trim());
  if (!m) return false;
  const [, h, min, sec, half, abbr, offset, iana] = m;
  const hour = Number(h);
  if (min === undefined && half === undefined) return false;
  if (half ? hour < 1 || hour > 12 : hour > 23) return false;
  if (Number(min ?? 0) > 59 || Number(sec ?? 0) > 59) return false;
  if (abbr !== undefined && abbr !== abbr.toUpperCase()) return false;
  const zone = offset === undefined ? null : /^[+-](\d{1,2})(?::?(\d{2}))?$/.exec(offset);
  if (zone && (Number(zone[1]) > 14 || Number(zone[2] ?? 0) > 59)) return false;
  return iana === undefined || IANAZone.isValidZone(iana);
}

/**
 * Front matter's date as the dates stage reads it (src/stages/dates.ts): as written, or the date
 * before a time and zone (`March 3, 2021 10:45 PM EST` → `March 3, 2021`): the calendar day written,
 * never moved to another zone's day. A date whose form is readable but whose day is not real
 * (`2020-02-30`, `30 February 2020`) is passed on for the dates stage to report; null when the form
 * itself cannot be read.
 */
export function frontMatterDate(value: string): string | null {
  const dateShaped = (v: string): boolean =>
    parseDate(v) !== null || /^\d{4}-\d{1,2}-\d{1,2}$/.test(v.trim()) || parseDate(v.replace(/\b\d{1,2}(?=(?:st|nd|rd|th)?\b)/i, "1")) !== null;
  if (parseDate(value) !== null || dateShaped(value)) return value;
  // The date is the text up to a year (or an ISO date) followed by a time.
  const m = /^(.*?(?:\b\d{4}-\d{1,2}-\d{1,2}|\b\d{4}))(?:,?\s+|T)(.+)$/.exec(value.trim());
  if (m?.[1] && m[2] && dateShaped(m[1]) && readableTime(m[2])) return m[1];
  return null;
}

function isPersonEntry(x: unknown): x is string | { name: string; aliases?: string[]; roles?: string[] } {
  return typeof x === "string" || (typeof x === "object" && x !== null && typeof (x as { name?: unknown }).name === "string");
}
