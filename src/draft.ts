// The build step's working state for one article as it passes through the stages.
// Internal to src/: the templates never see a Draft, only the ArticleRecord made from it.
import type { Body, Claim, DateOrigin, Entity, FrontMatter, Message, Outlet, Person } from "./types.ts";

/** One line of the article body as the author wrote it, with its line number in the file. */
export interface Line {
  text: string;
  /** 1-based line in the original file. */
  line: number;
}

/** A date as written at the start of the body ("7 February 2020"), and the file line it is on. */
export interface DateLine {
  text: string;
  line: number;
}

export interface Draft {
  file: string;
  bytes: Uint8Array;
  /** Decoded file text (BOM removed). */
  raw: string;
  frontMatter: FrontMatter;
  /** Front matter keys as written, for the record's overrides. */
  frontMatterKeys: string[];
  /** The text after any front matter, and the 1-based file line it starts on. */
  content: string;
  contentLine: number;
  /** Whether the body is Markdown (a .md file) rather than plain scraped text. */
  markdown: boolean;
  /** Body lines after front matter, normalised. */
  lines: Line[];
  boilerplate: string[];
  /** A `Source:` line's value, found while removing boilerplate. */
  sourceLine: string | null;
  /** A date written in a byline removed as boilerplate ("Posted by … on 19 Sep 2016"). */
  bylineDate: string | null;
  /** Writers named by bylines opening the body ("By Jo Bloggs"): the record's authors when front matter names none. */
  authors: string[];
  /** The date of a line opening the body: `date 2020-02-07 …`, `Published: …`, a dateline `LONDON 1996-08-30`, a bare date. */
  datePrefix: DateLine | null;
  /** The date of an `Updated: …` / `Last updated …` line there: the article's date only when no other is found. */
  dateUpdated: DateLine | null;
  title: string;
  titleDerived: boolean;
  text: string;
  body: Body;
  date: string | null;
  dateOrigin: DateOrigin | null;
  publisher: Outlet | null;
  citedSources: Outlet[];
  people: Person[];
  organizations: Entity[];
  places: Entity[];
  claims: Claim[];
  messages: Message[];
  /** Set when a stage finds the file unusable: later stages are skipped. */
  failed: boolean;
}

export function emptyDraft(file: string, bytes: Uint8Array): Draft {
  return {
    file,
    bytes,
    raw: "",
    frontMatter: {},
    frontMatterKeys: [],
    content: "",
    contentLine: 1,
    markdown: /\.(md|markdown)$/i.test(file),
    lines: [],
    boilerplate: [],
    sourceLine: null,
    bylineDate: null,
    authors: [],
    datePrefix: null,
    dateUpdated: null,
    title: "",
    titleDerived: false,
    text: "",
    body: { blocks: [], sections: [], sentences: [] },
    date: null,
    dateOrigin: null,
    publisher: null,
    citedSources: [],
    people: [],
    organizations: [],
    places: [],
    claims: [],
    messages: [],
    failed: false,
  };
}

/** Adds a message that names the file and the stage it came from. */
export function report(
  draft: Draft,
  origin: string,
  severity: Message["severity"],
  message: string,
  line?: number,
): void {
  draft.messages.push({ file: draft.file, ...(line !== undefined ? { line } : {}), severity, origin, message });
  if (severity === "error") draft.failed = true;
}
