// /data/archive.json written piece by piece: at tens of thousands of articles the document is
// larger than the longest string V8 can hold, so it is never built as one string. The bytes are
// exactly those of JSON.stringify(value, null, 1) followed by a newline.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Archive } from "../types.ts";

/** The document at /data/archive.json: the records and the cross-article tables. */
export function openDataOf(archive: Archive, title: string, home: string): Record<string, unknown> {
  return {
    title,
    home,
    articles: archive.articles,
    people: archive.people,
    sources: archive.sources,
    organizations: archive.organizations,
    places: archive.places,
    claims: archive.claims,
  };
}

const FLUSH_AT = 1 << 20;

/** Writes `JSON.stringify(value, null, 1) + "\n"` to `path`, one array element at a time. */
export function writeJsonDocument(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  try {
    let buffer: string[] = [];
    let size = 0;
    const out = (s: string): void => {
      buffer.push(s);
      size += s.length;
      if (size >= FLUSH_AT) flush();
    };
    const flush = (): void => {
      if (buffer.length) writeSync(fd, buffer.join(""));
      buffer = [];
      size = 0;
    };
    writeValue(value, 0, out);
    out("\n");
    flush();
  } finally {
    closeSync(fd);
  }
}

/** Array elements stringified at once: big enough to leave the work to JSON.stringify, small enough for one string. */
const CHUNK = 256;

/** Pieces of JSON.stringify(value, null, 1) at nesting `depth`, with its first line unindented. */
export function writeValue(value: unknown, depth: number, out: (s: string) => void): void {
  const pad = (d: number): string => " ".repeat(d);
  if (Array.isArray(value)) return writeArray(value, depth, out);
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
    if (!entries.length) return out("{}");
    out("{");
    entries.forEach(([k, v], i) => {
      out(`${i ? "," : ""}\n${pad(depth + 1)}${JSON.stringify(k)}: `);
      writeValue(v, depth + 1, out);
    });
    return out(`\n${pad(depth)}}`);
  }
  // Scalars (and objects with toJSON): small, so JSON.stringify does them, re-indented.
  const s = JSON.stringify(value, null, 1) ?? "null";
  out(depth ? s.replace(/\n/g, `\n${pad(depth)}`) : s);
}

/**
 * An array's elements, CHUNK at a time. Each chunk is stringified inside `depth` wrapping arrays,
 * so JSON.stringify itself indents the elements for this depth; the wrappers' lines are cut off.
 * (Re-indenting each element's text with a regular expression took twice as long as the
 * stringifying.) Elements JSON.stringify cannot write (undefined, functions) become null, as in it.
 */
function writeArray(value: readonly unknown[], depth: number, out: (s: string) => void): void {
  if (!value.length) return out("[]");
  const prefix = Array.from({ length: depth + 1 }, (_, j) => `${" ".repeat(j)}[\n`).join("").length;
  const suffix = Array.from({ length: depth + 1 }, (_, j) => `\n${" ".repeat(depth - j)}]`).join("").length;
  out("[\n");
  for (let i = 0; i < value.length; i += CHUNK) {
    let wrapped: unknown = value.slice(i, i + CHUNK);
    for (let k = 0; k < depth; k++) wrapped = [wrapped];
    const s = JSON.stringify(wrapped, null, 1);
    out(`${i ? ",\n" : ""}${s.slice(prefix, s.length - suffix)}`);
  }
  out(`\n${" ".repeat(depth)}]`);
}
