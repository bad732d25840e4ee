// What the templates in layouts/ receive: plain, typed, precomputed data. Templates only loop
// and print; every URL, count, label, chunk and SVG coordinate is decided here (src/site/data.ts).
// All `href`/`url` values are root-relative ("/people/x/"); the HTML base plugin adds the path
// prefix to them in HTML, and `abs` fields are absolute (base URL + path prefix) for feeds and meta.
import type { SiteConfig } from "./config.ts";
import type { MediaFile } from "./media.ts";
import type { OpenData } from "./opendata.ts";

export interface Link {
  href: string;
  text: string;
}

/** An article as it appears in lists. */
export interface ArticleItem {
  href: string;
  title: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /** "7 February 2020", or "Undated". */
  dateLabel: string;
}

export interface NamedLink {
  name: string;
  /** Page of the person / outlet, or null when there is none. */
  href: string | null;
}

export interface CountedLink {
  name: string;
  href: string;
  count: number;
}

/**
 * A run of body text: plain, or a mention of a known person linked to their page, with the Markdown
 * markup over it. The template nests them as link > del > strong > em > code > person link. A
 * Markdown image is a run of its own, with no text.
 */
export interface Inline {
  text: string;
  /** Person page, or null for plain text (always null inside a Markdown link: links do not nest). */
  href: string | null;
  /** Inside a Markdown link (whose href passed src/site/escape.ts's safeLinkUrl). */
  link?: InlineLink;
  em?: true;
  strong?: true;
  code?: true;
  /** Struck out (~~…~~). */
  del?: true;
  img?: InlineImage;
}

/** A Markdown image: shown as <img> when it has a src, else its alt text is shown. */
export interface InlineImage {
  /** An http(s) URL (src/site/escape.ts's safeExternalUrl), or "/media/…" for an image copied from the content folder (./media.ts). */
  src: string | null;
  alt: string;
  title: string | null;
}

/** A Markdown link; one link over several runs opens on its first run and closes after its last. */
export interface InlineLink {
  href: string;
  /** Leaves the site: shown with rel="nofollow noopener". */
  external: boolean;
  /** Print `<a …>` before this run, `</a>` after it. */
  open: boolean;
  close: boolean;
}

/** A stretch of a block inside one claim (or inside none). */
export interface Fragment {
  parts: Inline[];
  claim: FragmentClaim | null;
}

export interface FragmentClaim {
  /** "claim-1": set as the element id on the first fragment of the claim only. */
  id: string | null;
  /** The claim's number (1-based), for the note marker after its last fragment. */
  n: number;
  /** Id of the claim's entry in the list of claims ("note-claim-1"). */
  note: string;
  /** True on the claim's last fragment: the note marker goes after it. */
  last: boolean;
}

/** A block of the article body, and the tags of the containers it opens before and closes after it. */
export interface BodyBlock {
  /**
   * The element holding the block: p, a heading h2–h6, pre (with <code> inside), a table's td or th
   * cell, or hr (a horizontal rule: no fragments, no closing tag).
   */
  tag: "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre" | "td" | "th" | "hr";
  /** A heading's id, unique on the page: the slug of its text (see src/site/body.ts). */
  id?: string;
  /** Containers this block is the first of, outermost first (a list, then its first item). */
  open: OpenTag[];
  /** Containers this block is the last of, innermost first. */
  close: Array<OpenTag["tag"]>;
  fragments: Fragment[];
}

export interface OpenTag {
  tag: "blockquote" | "ul" | "ol" | "li" | "table" | "thead" | "tbody" | "tr";
  /** An <ol>'s `start` when it is not 1, else null. */
  start: number | null;
}

export interface ClaimNote {
  /** "claim-1": the anchor in the text (when the claim could be placed there). */
  id: string;
  n: number;
  /** Id of this list entry: "note-claim-1", or the claim id itself when the claim is not marked in the text. */
  noteId: string;
  /** "#claim-1" when the claim is marked in the text, else null. */
  inText: string | null;
  speaker: NamedLink;
  /** The speaker as written, when it differs from the resolved name ("He"). */
  mention: string | null;
  /** The cue as the page shows it: "said"; empty for a "Name: …" lead, whose cue is its colon. */
  cue: string;
  kind: "direct" | "indirect";
  text: string;
}

/** A claim as listed on person, source and claims pages. */
export interface ClaimItem {
  /** "/articles/<slug>/#claim-1": the claim's sentence. */
  href: string;
  text: string;
  sentence: string;
  cue: string;
  kind: "direct" | "indirect";
  speaker: NamedLink;
  article: ArticleItem;
  publisher: NamedLink | null;
}

export interface Pager {
  pageNumber: number;
  pageCount: number;
  previous: string | null;
  next: string | null;
  pages: Array<{ n: number; href: string; current: boolean }>;
}

export interface OpenGraph {
  type: "website" | "article" | "profile";
  description: string;
}

/** Fields every page layout reads (title, canonical, description). */
export interface PageMeta {
  /** Root-relative URL of the page. */
  url: string;
  /** Absolute URL of the page (base URL + prefix). */
  abs: string;
  title: string;
  /** The <title>: "Page · Site", at most 70 characters. */
  headTitle: string;
  og: OpenGraph;
}

export interface ArticlePage extends PageMeta {
  slug: string;
  date: string | null;
  dateLabel: string;
  titleDerived: boolean;
  publisher: NamedLink | null;
  cited: NamedLink[];
  authors: string[];
  tags: string[];
  /** The original article, when front matter gives an http(s) URL. */
  originalUrl: string | null;
  wordCount: number;
  blocks: BodyBlock[];
  claims: ClaimNote[];
  people: Array<{ name: string; href: string; roles: string[]; mentions: number }>;
  organizations: string[];
  places: string[];
  /** Older (previous) and newer (next) in archive order. */
  previous: ArticleItem | null;
  next: ArticleItem | null;
  related: Array<ArticleItem & { shared: string[] }>;
  /** Values for Pagefind filters. */
  filters: { year: string | null; people: string[]; sources: string[] };
  jsonLd: Record<string, unknown>;
}

export interface PersonPage extends PageMeta {
  slug: string;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  articleCount: number;
  claimCount: number;
  articles: ArticleItem[];
  claims: ClaimItem[];
  related: CountedLink[];
  firstSeen: string | null;
  firstSeenLabel: string | null;
  lastSeen: string | null;
  lastSeenLabel: string | null;
  /** Link to all this person's claims on the claims pages, when they made any. */
  claimsHref: string | null;
  pager: Pager;
  jsonLd: Record<string, unknown> | null;
}

export interface SourcePage extends PageMeta {
  slug: string;
  name: string;
  publishedCount: number;
  citedCount: number;
  claimCount: number;
  published: ArticleItem[];
  citedBy: ArticleItem[];
  claims: ClaimItem[];
  /** Claims in the articles it published, on the claims pages. */
  claimsFilterHref: string | null;
  pager: Pager;
}

export interface AlphaEntry {
  name: string;
  href: string;
  /** What the count counts is said by the page ("articles"). */
  count: number;
  detail: string;
}

export interface LetterGroup {
  letter: string;
  label: string;
  /** In-page anchor id. */
  id: string;
  /** The letter's own page (/people/a-z/<letter>/), built and linked whatever the count. */
  href: string;
  entries: AlphaEntry[];
}

export interface LetterLink {
  label: string;
  /** How many entries, where shown. */
  count: number | null;
  href: string;
}

export interface AlphaIndex extends PageMeta {
  heading: string;
  total: number;
  letters: LetterLink[];
  /** The full list, when it fits on one page; else empty and `letters` point at letter pages. */
  groups: LetterGroup[];
  /** The most present entries, shown when the full list is on letter pages. */
  top: AlphaEntry[];
}

export interface LetterPage extends PageMeta {
  heading: string;
  indexHref: string;
  letters: LetterLink[];
  group: LetterGroup;
  pager: Pager;
}

export interface SpeakerGroup {
  speaker: NamedLink;
  /** The claims page filtered to this speaker; null for a speaker with no page ("She", see pagelessSpeaker). */
  filterHref: string | null;
  claims: ClaimItem[];
}

export interface ClaimsPage extends PageMeta {
  heading: string;
  /** Which filter is on ("letter": the speakers under one initial, see `letters`). */
  filter: { kind: "all" | "letter" | "speaker" | "source"; name: string | null };
  total: number;
  groups: SpeakerGroup[];
  /** The A–Z of speakers when the claims are listed by letter (on /claims/ with counts). */
  letters: LetterLink[];
  /** Filter links (most claims first, capped); the full speaker list is at speakersHref. */
  speakers: Array<CountedLink & { current: boolean }>;
  sources: Array<CountedLink & { current: boolean }>;
  speakersHref: string;
  allHref: string;
  pager: Pager;
}

export interface SpeakersPage extends PageMeta {
  heading: string;
  speakers: CountedLink[];
  pager: Pager;
}

export interface TimelineBar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  count: number;
}

export interface Timeline {
  width: number;
  height: number;
  /** Baseline y. */
  baseline: number;
  bars: TimelineBar[];
  ticks: Array<{ x: number; label: string }>;
  max: number;
  /** Text alternative: "Articles per month, February 2019 to March 2020, at most 12 in a month." */
  summary: string;
}

export interface MonthCount {
  month: string;
  label: string;
  count: number;
  href: string | null;
}

export interface YearCount {
  year: string;
  count: number;
  href: string;
  months: MonthCount[];
}

export interface ArchiveIndex extends PageMeta {
  total: number;
  dated: number;
  undated: number;
  undatedHref: string | null;
  years: YearCount[];
  timeline: Timeline | null;
}

export interface PeriodPage extends PageMeta {
  kind: "year" | "month" | "undated";
  heading: string;
  /** How many articles the period has (on its first page only). */
  count: number | null;
  breadcrumbs: Link[];
  /** On a year page: its months with counts. */
  months: MonthCount[];
  /** Articles on this page (month pages, undated pages, small years), newest first. */
  articles: ArticleItem[];
  /** A year with too many articles to list links to its months only. */
  listed: boolean;
  previousPeriod: Link | null;
  nextPeriod: Link | null;
  pager: Pager;
}

export interface HomePage extends PageMeta {
  counts: { articles: number; people: number; sources: number; claims: number; organizations: number; places: number };
  /** "2019–2020", or null when nothing is dated. */
  span: string | null;
  latest: ArticleItem[];
  people: CountedLink[];
  sources: CountedLink[];
  timeline: Timeline | null;
}

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  /** RFC 3339 date-time (the article date at midnight UTC). */
  updated: string;
  summary: string;
  authors: string[];
}

export interface Feed {
  /** RFC 3339: the newest article's date, so the feed is the same for the same content. */
  updated: string;
  selfAtom: string;
  selfJson: string;
  home: string;
  entries: FeedEntry[];
  /** The JSON Feed document (https://jsonfeed.org/version/1.1). */
  json: Record<string, unknown>;
}

export interface SitemapEntry {
  loc: string;
  lastmod: string | null;
}

/** Everything the templates see, as the global data `site`. */
export interface SiteData {
  config: SiteConfig;
  /** "/" or "/news/". */
  pathPrefix: string;
  /** Absolute URL of the site root, ending in "/". */
  root: string;
  nav: Link[];
  home: HomePage;
  articles: ArticlePage[];
  people: PersonPage[];
  peopleIndex: AlphaIndex;
  peopleLetters: LetterPage[];
  sources: SourcePage[];
  sourcesIndex: AlphaIndex;
  sourcesLetters: LetterPage[];
  claims: ClaimsPage[];
  speakers: SpeakersPage[];
  archive: ArchiveIndex;
  periods: PeriodPage[];
  search: PageMeta & { filters: { people: number; sources: number; years: number } };
  notFound: PageMeta;
  feed: Feed;
  sitemap: SitemapEntry[];
  /** /data/archive.json (and /data/claims.csv): written by ./opendata.ts, not by a template. */
  openData: OpenData;
  /** The images copied from the content folder to /media/ (./media.ts): by the build, not by a template. */
  media: MediaFile[];
}
