// The open data: /data/archive.json (the records and the cross-article tables) and
// /data/claims.csv (one row per claim). Files, not templates: at tens of thousands of articles they
// are larger than the longest string V8 can hold, so they are written piece by piece. The JSON's
// bytes are exactly those of JSON.stringify(value) followed by a newline.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Archive } from "../types.ts";
import { toCsv } from "./escape.ts";

/** The document at /data/archive.json. */
export interface OpenData {
  title: string;
  /** The site's absolute address, ending in "/". */
  home: string;
  articles: Archive["articles"];
  people: Archive["people"];
  sources: Archive["sources"];
  organizations: Archive["organizations"];
  places: Archive["places"];
  claims: Archive["claims"];
}

export function openDataOf(archive: Archive, title: string, home: string): OpenData {
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

/** The same document without its tables (what pages need of it: nothing more). */
export function withoutTables(data: OpenData): OpenData {
  return { title: data.title, home: data.home, articles: [], people: [], sources: [], organizations: [], places: [], claims: [] };
}

export const CLAIMS_CSV_HEADER = [
  "key", "article_slug", "article_title", "article_date", "article_url", "claim_id", "speaker", "speaker_mention", "speaker_type", "speaker_ref", "cue", "kind", "text", "sentence", "publisher",
];

/** The rows of /data/claims.csv, header first. */
export function claimsCsvRows(data: Pick<OpenData, "claims" | "home">): Array<Array<string | number | null>> {
  return [
    CLAIMS_CSV_HEADER,
    ...data.claims.map((c) => [
      c.key, c.article.slug, c.article.title, c.article.date, `${data.home}articles/${c.article.slug}/`, c.claimId,
      c.speaker.name, c.speaker.mention, c.speaker.type, c.speaker.ref, c.cue, c.kind, c.text, c.sentence, c.publisher,
    ]),
  ];
}

/** Writes /data/archive.json and /data/claims.csv (CRLF line ends, as RFC 4180 asks) under `outputDir`. */
export function writeOpenData(outputDir: string, data: OpenData): void {
  writeJsonDocument(join(outputDir, "data", "archive.json"), data);
  const fd = openSync(join(outputDir, "data", "claims.csv"), "w");
  try {
    const rows = claimsCsvRows(data);
    for (let i = 0; i < rows.length; i += 1000) writeSync(fd, toCsv(rows.slice(i, i + 1000)));
  } finally {
    closeSync(fd);
  }
}

const FLUSH_AT = 1 << 20;

/** Writes `JSON.stringify(value) + "\n"` to `path`, an array's elements a chunk at a time. */
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
    writeValue(value, out);
    out("\n");
    flush();
  } finally {
    closeSync(fd);
  }
}

/** Array elements stringified at once: big enough to leave the work to JSON.stringify, small enough for one string. */
const CHUNK = 256;

/**
 * Pieces of JSON.stringify(value): objects member by member, arrays CHUNK elements at a time
 * (JSON.stringify of the slice, brackets cut off; elements it cannot write become null, as in it).
 * Compact: indenting a 50 MB document cost its writer a third more time, for no reader's benefit.
 */
export function writeValue(value: unknown, out: (s: string) => void): void {
  if (Array.isArray(value)) {
    out("[");
    for (let i = 0; i < value.length; i += CHUNK) {
      const s = JSON.stringify(value.slice(i, i + CHUNK));
      out(`${i ? "," : ""}${s.slice(1, -1)}`);
    }
    out("]");
    return;
  }
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
    out("{");
    entries.forEach(([k, v], i) => {
      out(`${i ? "," : ""}${JSON.stringify(k)}:`);
      writeValue(v, out);
    });
    out("}");
    return;
  }
  // Scalars (and objects with toJSON).
  out(JSON.stringify(value) ?? "null");
}
