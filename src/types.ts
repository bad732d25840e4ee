// The contract between the build step (src/), the CLI and the templates (layouts/).
// Records are plain JSON-safe data: templates read them and compute nothing clever.
// Offsets (`start`/`end`) are UTF-16 indices into `ArticleRecord.text`, end exclusive.

/** A problem found while processing, named by its origin (file, line, stage), never thrown. */
export interface Message {
  file: string;
  /** 1-based line in the original file, where known. */
  line?: number;
  column?: number;
  severity: "error" | "warning" | "info";
  /** The pipeline stage or module that raised it, e.g. "read", "front-matter". */
  origin: string;
  message: string;
}

export interface Span {
  start: number;
  end: number;
}

/** One input file as read from disk (the only side effect happens before this exists). */
export interface SourceFile {
  /** Path as shown to users: relative to the content folder, or as given on the command line. */
  file: string;
  bytes: Uint8Array;
}

/**
 * A table cell (Markdown) is a block of its own; a code block's text is not in the record text (see
 * `Block.code`); a rule is a Markdown horizontal rule (`---`, `***`), with no text.
 */
export type BlockKind = "paragraph" | "heading" | "code" | "cell" | "rule";

export interface Block extends Span {
  index: number;
  kind: BlockKind;
  text: string;
  /** Index into `Body.sections`. */
  section: number;
  /**
   * A Markdown heading's level as written (1 for `#` … 6 for `######`); a subheading found in plain
   * text has none. The article page shifts the levels below its title (see src/site/body.ts).
   */
  level?: number;
  /** Markdown only, when the block has any: its links, emphasis, strong emphasis, inline code, struck text and images. */
  marks?: Mark[];
  /** Markdown only: the blockquotes, lists, list items, tables and table rows holding the block, outermost first. */
  containers?: Container[];
  /**
   * A code block's lines, as written (no final line end). Code is kept out of the record text, so
   * extraction never reads it: the block's `text` is empty and its span is empty, where it stands.
   */
  code?: string;
}

/**
 * Inline markup over a stretch of a block's text (offsets into the record text, like every span).
 * A link's `href` is as markdown-it gives it (entities decoded, percent-encoded); a link markdown-it
 * refuses (javascript:, vbscript:, file:, data:) is kept as its label alone, with no mark
 * (src/nlp/markdown.ts), and the site links only safe ones (src/site/escape.ts).
 * An image has no width (`start === end`, where it stands): its alt text is kept here for the page
 * but is not in the record text, so nothing is extracted from it; `link` is the href of the
 * Markdown link around it, if any; `spaceBefore`/`spaceAfter`: white space stood there in the
 * source (the text keeps at most one space where an image stood between two); `line`: the file line
 * it is on. The site shows absolute http(s) image URLs and images in the content folder given by a
 * path (src/site/media.ts copies them).
 */
export type Mark = Span &
  (
    | { kind: "link"; href: string }
    | { kind: "em" | "strong" | "code" | "del" }
    | { kind: "image"; src: string; alt: string; title?: string; link?: string; spaceBefore?: true; spaceAfter?: true; line?: number }
  );

/**
 * A Markdown container. `id` numbers the article's containers in reading order from 0: consecutive
 * blocks with the same id are in the same container (two lists side by side have different ids).
 */
export interface Container {
  kind: "quote" | "list" | "item" | "table" | "row";
  id: number;
  /** A numbered list: the number of its first item (a bulleted list has none). */
  start?: number;
  /** A table's header row. */
  header?: true;
}

export interface Section {
  heading: string | null;
  /** Indexes into `Body.blocks` of the paragraphs (not the heading) in this section. */
  blocks: number[];
}

export interface Sentence extends Span {
  index: number;
  /** Index into `Body.blocks`. */
  block: number;
}

export interface Body {
  /**
   * Paragraphs, subheadings, table cells, code blocks and rules in reading order; `text` of the
   * record is their texts joined by "\n\n", empty ones (code blocks, rules, empty cells, paragraphs
   * holding only images) left out.
   */
  blocks: Block[];
  sections: Section[];
  sentences: Sentence[];
}

export type DateOrigin = "front-matter" | "inline-prefix" | "text";

/** A news outlet: the publisher of an article or one it cites. */
export interface Outlet {
  name: string;
  slug: string;
}

export interface Person {
  /** Slug of the canonical name: the person page is /people/<slug>/. */
  slug: string;
  name: string;
  /** Other ways the article writes this person (surname alone, with title, possessive removed). */
  aliases: string[];
  roles: string[];
  /** How many times the article mentions the person (any alias). */
  mentions: number;
  /** Where each mention sits in the record text. */
  spans: Span[];
}

export interface Entity {
  slug: string;
  name: string;
  mentions: number;
  spans: Span[];
}

export type SpeakerType = "person" | "organization" | "outlet" | "place" | "group" | "unknown";

export interface Speaker {
  /** Resolved name (a person's canonical name, an outlet's name) or the mention when unresolved. */
  name: string;
  /** The speaker as written in the text: "He", "the newspaper", "Pompeo". */
  mention: string;
  type: SpeakerType;
  /** Slug of the person / organisation / outlet this speaker resolved to, or null. */
  ref: string | null;
}

export type ClaimKind = "direct" | "indirect";

export interface Claim {
  /** Stable within the article: "claim-1", "claim-2"… in reading order; the anchor on the article page. */
  id: string;
  speaker: Speaker;
  /** The cue as written: "said", "according to", "tweeted", "reports". */
  cue: string;
  kind: ClaimKind;
  /** What was said or claimed (quote marks removed for direct quotes). */
  text: string;
  /** The claim's content in the record text. */
  span: Span;
  /** Index of the first sentence the claim came from, and that sentence's span. */
  sentence: number;
  sentenceSpan: Span;
  /** Set when the claim is the article's title ("Mayor Says Bridge Will Open"): its spans then point into `title`, and `sentence` is -1. */
  inTitle?: true;
}

export interface ArticleRecord {
  /** Stable id and URL slug: /articles/<slug>/. */
  slug: string;
  file: string;
  /**
   * sha256 of the title and the normalised article text, with the code blocks' text where they stand
   * (an article without code hashes its title and text alone): equal text and code means the same
   * article. Images (their URLs and alt text) are not part of it.
   */
  hash: string;
  title: string;
  titleDerived: boolean;
  /** YYYY-MM-DD, or null when the article carries no date (never invented). */
  date: string | null;
  dateOrigin: DateOrigin | null;
  publisher: Outlet | null;
  citedSources: Outlet[];
  url: string | null;
  authors: string[];
  tags: string[];
  people: Person[];
  organizations: Entity[];
  places: Entity[];
  claims: Claim[];
  /** The cleaned body: blocks joined by a blank line. All offsets point into this. */
  text: string;
  body: Body;
  /** Words of `text`: the prose only (code blocks and images' alt text are not counted). */
  wordCount: number;
  /** Lines removed from the body as site boilerplate, as they were written. */
  boilerplate: string[];
  warnings: Message[];
}

/** Front matter keys users may set; any extracted field can be overridden. */
export interface FrontMatter {
  title?: string;
  date?: string;
  publisher?: string;
  source?: string;
  url?: string;
  author?: string | string[];
  tags?: string[];
  slug?: string;
  people?: Array<string | { name: string; aliases?: string[]; roles?: string[] }>;
  organizations?: string[];
  places?: string[];
  citedSources?: string[];
}

/** content/entities.yaml: curation the user controls, applied on every build. */
export interface CurationEntry {
  /** The canonical name to use. */
  name: string;
  /** Other names that mean this entity (misspellings included): merged into it. */
  aliases?: string[];
  /** Roles to set (replace the extracted ones). */
  roles?: string[];
}

export interface Curation {
  people: CurationEntry[];
  organizations: CurationEntry[];
  places: CurationEntry[];
  sources: CurationEntry[];
  /** Names that are not what extraction took them for: removed wherever they appear. */
  drop: { people: string[]; organizations: string[]; places: string[] };
}

// ---- Across articles (the link stage) ----

export interface ArticleRef {
  slug: string;
  title: string;
  date: string | null;
}

export interface ClaimRef {
  /** `${articleSlug}#${claimId}` identifies a claim across the archive. */
  key: string;
  article: ArticleRef;
  claimId: string;
  speaker: Speaker;
  cue: string;
  kind: ClaimKind;
  text: string;
  /** The sentence the claim came from, as text. */
  sentence: string;
  publisher: string | null;
}

export interface PersonEntry {
  slug: string;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  articles: ArticleRef[];
  claims: ClaimRef[];
  /** People mentioned in the same articles, most shared first (at most 50). */
  related: Array<{ slug: string; name: string; count: number }>;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface SourceEntry {
  slug: string;
  name: string;
  /** Articles it published. */
  published: ArticleRef[];
  /** Articles that cite it. */
  citedBy: ArticleRef[];
  /** Claims attributed to it as a speaker. */
  claims: ClaimRef[];
}

export interface EntityEntry {
  slug: string;
  name: string;
  articles: ArticleRef[];
}

export interface Archive {
  /** Sorted newest first, undated last, ties by slug. */
  articles: ArticleRecord[];
  people: PersonEntry[];
  sources: SourceEntry[];
  organizations: EntityEntry[];
  places: EntityEntry[];
  claims: ClaimRef[];
  messages: Message[];
}
