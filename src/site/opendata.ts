// The open data: /data/archive.json (the records and the cross-article tables) and
// /data/claims.csv (one row per claim). Files, not templates: at tens of thousands of articles they
// are larger than the longest string V8 can hold, so they are written piece by piece. The JSON's
// bytes are exactly those of JSON.stringify(value) followed by a newline.
import { closeSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Archive } from "../types.ts";
import { toCsv } from "./escape.ts";
import { type FileStamp, sameFile, stamp } from "./file-stamp.ts";

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

/**
 * Where each article's open data is in the two files, for the next build to copy what did not
 * change instead of writing it again (at 50,000 articles the files hold about 1 GB, which took a
 * third of a one-article rebuild to write). By slug: the article's key (its record's cache key;
 * only records that linking left as they were have one), then byte ranges [start, end) of its
 * element of "articles", of its claims' elements in "claims" (start = end when it has none), and of
 * its rows in claims.csv.
 */
export interface OpenDataIndex {
  home: string;
  json: FileStamp;
  csv: FileStamp;
  articles: Record<string, [key: string, articleStart: number, articleEnd: number, claimsStart: number, claimsEnd: number, rowsStart: number, rowsEnd: number]>;
}

export interface OpenDataReuse {
  /** The key of each article whose record linking left as it was, by slug. */
  keys: ReadonlyMap<string, string>;
  /** The folder holding the previous build's data/ and the index it was written with. */
  previous?: { dir: string; index: OpenDataIndex };
}

/**
 * Writes /data/archive.json and /data/claims.csv (CRLF line ends, as RFC 4180 asks) under
 * `outputDir`. With `reuse`, an article whose key is the one the previous files were written with
 * has its bytes copied from them (they are what writing it again would give: its record, its
 * claims and their rows are made from the record alone, and the site address is the same);
 * returns the new files' index and how many articles were copied.
 */
export function writeOpenData(outputDir: string, data: OpenData, reuse?: OpenDataReuse): { index: OpenDataIndex; reused: number } {
  const jsonPath = join(outputDir, "data", "archive.json");
  const csvPath = join(outputDir, "data", "claims.csv");
  mkdirSync(dirname(jsonPath), { recursive: true });
  const before = reuse?.previous && usable(reuse.previous.dir, reuse.previous.index, data.home) ? reuse.previous : undefined;
  const keys = reuse?.keys ?? new Map<string, string>();
  const index: OpenDataIndex = { home: data.home, json: { ino: 0, size: 0, mtimeMs: 0 }, csv: { ino: 0, size: 0, mtimeMs: 0 }, articles: {} };
  const entry = (slug: string): OpenDataIndex["articles"][string] => (index.articles[slug] ??= [keys.get(slug) ?? "", 0, 0, 0, 0, 0, 0]);
  /** The previous ranges of an article whose key is unchanged. */
  const old = (slug: string): OpenDataIndex["articles"][string] | undefined => {
    const key = keys.get(slug);
    const was = before?.index.articles[slug];
    return key && was && was[0] === key ? was : undefined;
  };
  let reused = 0;
  // Claims are in article order (one run per article); an article whose claims came in two runs
  // would be indexed wrongly, so it is not indexed at all.
  const runs = claimRuns(data.claims);

  const json = new ByteWriter(openSync(jsonPath, "w"), before ? openSync(join(before.dir, "data", "archive.json"), "r") : null);
  try {
    // The members in OpenData's order, as JSON.stringify(data) writes them.
    json.text(`{"title":${JSON.stringify(data.title)},"home":${JSON.stringify(data.home)},"articles":[`);
    data.articles.forEach((a, i) => {
      const was = old(a.slug);
      const e = entry(a.slug);
      if (was) {
        e[1] = json.copy(was[1], was[2], i ? "," : null);
        reused += 1;
      } else {
        json.text(i ? "," : "");
        e[1] = json.pos;
        json.text(JSON.stringify(a));
      }
      e[2] = json.pos;
    });
    json.text("]");
    for (const k of ["people", "sources", "organizations", "places"] as const) {
      json.text(`,"${k}":`);
      writeValue(data[k], (s) => json.text(s));
    }
    json.text(`,"claims":[`);
    let first = true;
    for (const run of runs) {
      const was = run.single ? old(run.slug) : undefined;
      const e = run.single ? entry(run.slug) : undefined;
      if (was && was[3] < was[4]) {
        const at = json.copy(was[3], was[4], first ? null : ",");
        if (e) [e[3], e[4]] = [at, json.pos];
      } else {
        json.text(first ? "" : ",");
        const start = json.pos;
        for (let i = run.from; i < run.to; i += CHUNK) {
          const s = JSON.stringify(data.claims.slice(i, Math.min(i + CHUNK, run.to)));
          json.text(`${i > run.from ? "," : ""}${s.slice(1, -1)}`);
        }
        if (e) [e[3], e[4]] = [start, json.pos];
      }
      first = false;
    }
    json.text("]}\n");
    json.close();
  } finally {
    json.release();
  }

  const csv = new ByteWriter(openSync(csvPath, "w"), before ? openSync(join(before.dir, "data", "claims.csv"), "r") : null);
  try {
    csv.text(toCsv([CLAIMS_CSV_HEADER]));
    for (const run of runs) {
      const was = run.single ? old(run.slug) : undefined;
      const e = run.single ? entry(run.slug) : undefined;
      if (was && was[5] < was[6]) {
        const at = csv.copy(was[5], was[6], "");
        if (e) [e[5], e[6]] = [at, csv.pos];
        continue;
      }
      const start = csv.pos;
      for (let i = run.from; i < run.to; i += 1000) csv.text(toCsv(claimsCsvRows({ home: data.home, claims: data.claims.slice(i, Math.min(i + 1000, run.to)) }).slice(1)));
      if (e) [e[5], e[6]] = [start, csv.pos];
    }
    csv.close();
  } finally {
    csv.release();
  }
  for (const run of runs) if (!run.single) delete index.articles[run.slug];
  index.json = stamp(jsonPath);
  index.csv = stamp(csvPath);
  return { index, reused };
}

/** Consecutive claims of one article, in document order; `single` is false for an article met twice. */
function claimRuns(claims: OpenData["claims"]): Array<{ slug: string; from: number; to: number; single: boolean }> {
  const runs: Array<{ slug: string; from: number; to: number; single: boolean }> = [];
  const seen = new Map<string, { single: boolean }>();
  for (let i = 0; i < claims.length; i++) {
    const slug = claims[i]?.article.slug ?? "";
    const last = runs[runs.length - 1];
    if (last && last.slug === slug) {
      last.to = i + 1;
      continue;
    }
    const run = { slug, from: i, to: i + 1, single: true };
    const met = seen.get(slug);
    if (met) met.single = run.single = false;
    else seen.set(slug, run);
    runs.push(run);
  }
  return runs;
}

/** The previous files are those the index describes, for the same site address. */
function usable(dir: string, index: OpenDataIndex, home: string): boolean {
  return index.home === home && sameFile(join(dir, "data", "archive.json"), index.json) && sameFile(join(dir, "data", "claims.csv"), index.csv);
}

/**
 * Writes a file from strings and from byte ranges of another file, counting the bytes written
 * (`pos`). Adjacent ranges are copied in one go: a range that starts where the last one ended,
 * plus the separator both files have between them, extends it.
 */
class ByteWriter {
  pos = 0;
  private parts: Buffer[] = [];
  private size = 0;
  private run: { start: number; end: number } | null = null;
  private readonly buffer = Buffer.allocUnsafe(COPY_AT);

  constructor(
    private readonly fd: number,
    private readonly from: number | null,
  ) {}

  text(s: string): void {
    if (!s) return;
    this.endRun();
    const b = Buffer.from(s, "utf8");
    this.parts.push(b);
    this.size += b.length;
    this.pos += b.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  /** Copies bytes [start, end) of the source after `separator` (null: none); returns where they start here. */
  copy(start: number, end: number, separator: string | null): number {
    const gap = separator === null ? 0 : Buffer.byteLength(separator);
    if (this.run && separator !== null && this.run.end + gap === start) {
      this.pos += end - this.run.end;
      this.run.end = end;
      return this.pos - (end - start);
    }
    if (separator) this.text(separator);
    this.endRun();
    this.run = { start, end };
    this.pos += end - start;
    return this.pos - (end - start);
  }

  close(): void {
    this.endRun();
    this.flush();
  }

  release(): void {
    closeSync(this.fd);
    if (this.from !== null) closeSync(this.from);
  }

  private flush(): void {
    if (this.parts.length) writeSync(this.fd, Buffer.concat(this.parts, this.size));
    this.parts = [];
    this.size = 0;
  }

  private endRun(): void {
    const run = this.run;
    if (!run || this.from === null) return;
    this.run = null;
    this.flush();
    for (let at = run.start; at < run.end; ) {
      const n = readSync(this.from, this.buffer, 0, Math.min(COPY_AT, run.end - at), at);
      if (n <= 0) throw new Error(`the previous open data ended early (at byte ${at} of ${run.end})`);
      writeSync(this.fd, this.buffer, 0, n);
      at += n;
    }
  }
}

const FLUSH_AT = 1 << 20;
const COPY_AT = 8 << 20;
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
