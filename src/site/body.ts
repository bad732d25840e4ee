// The article body as the template prints it: blocks of plain-text runs, where each mention of a
// person known to the article becomes a link to their page, Markdown markup is kept (links, emphasis,
// code, images from the web or the content folder; headings at their levels with ids, rules; lists,
// quotes and tables as container tags) and each claim's text is a marked fragment with its anchor.
// No HTML is built here: the template escapes every run.
import { slugify } from "../nlp/slug.ts";
import { sameAsTitle } from "../nlp/titles.ts";
import type { ArticleRecord, Block, Container, Mark, Span } from "../types.ts";
import { safeExternalUrl, safeLinkUrl } from "./escape.ts";
import type { BodyBlock, Fragment, FragmentClaim, Inline, InlineImage, OpenTag } from "./model.ts";

interface Mention extends Span {
  href: string;
}

interface ClaimSpan extends Span {
  /** Index into record.claims. */
  index: number;
}

export interface BodyResult {
  blocks: BodyBlock[];
  /** Indexes of the claims that got an anchor in the text. */
  placed: Set<number>;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where `names` occur in `text` as whole words (for people given in front matter, without spans). */
export function findMentions(text: string, names: string[]): Span[] {
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const validSpan = (s: Span | undefined, length: number): s is Span =>
  s !== undefined && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;

/** Non-overlapping mentions, earliest first (the longer one wins a tie). */
function mentions(record: ArticleRecord, personHref: (slug: string) => string | null): Mention[] {
  const all: Mention[] = [];
  for (const p of record.people) {
    const href = personHref(p.slug);
    if (!href) continue;
    const spans = p.spans.length ? p.spans : findMentions(record.text, [p.name, ...p.aliases]);
    for (const s of spans) if (validSpan(s, record.text.length)) all.push({ start: s.start, end: s.end, href });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

const TAGS: Readonly<Record<Block["kind"], BodyBlock["tag"]>> = { paragraph: "p", heading: "h2", code: "pre", cell: "td", rule: "hr" };
const HEADING_TAGS = ["h2", "h3", "h4", "h5", "h6"] as const;

/** Ids the article page gives its own elements (layouts/_includes/base.njk, layouts/article.njk): no heading takes one. */
const PAGE_IDS = /^(?:main|(?:people|orgs|places|tags|claims|related)-h|(?:note-)?claim-\d+)$/;

/**
 * The slug of a heading's text as in URLs (src/nlp/slug.ts); for a script that cannot be
 * transliterated (日本語), its letters and digits as written, words joined by "-", as GitHub does.
 */
function headingSlug(text: string): string {
  const slug = slugify(text);
  if (slug !== "untitled" || /untitled/i.test(text)) return slug;
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").trim().replace(/\s+/g, "-") || "section";
}

/**
 * Each heading's element and id. The title is the page's <h1>: the shallowest Markdown level the
 * article uses becomes <h2>, each level below it one deeper (down to <h6>), and no heading goes more
 * than one level deeper than the one before it, so the outline has no gaps; a subheading found in
 * plain text (no level) is at the top. The id is the slug of the heading's text (headingSlug), after
 * "h-" when it would not begin with a letter; a repeated id, or one the page uses, gets -1, -2… as
 * on GitHub.
 */
function headings(blocks: readonly Block[]): Map<number, { tag: BodyBlock["tag"]; id: string }> {
  const out = new Map<number, { tag: BodyBlock["tag"]; id: string }>();
  const levels = blocks.flatMap((b) => (b.kind === "heading" && b.level !== undefined ? [b.level] : []));
  const top = levels.length ? Math.min(...levels) : 1;
  const seen = new Map<string, number>();
  const taken = (id: string): boolean => seen.has(id) || PAGE_IDS.test(id);
  // The title's rank: the first heading is at most an <h2>.
  let rank = -1;
  for (const b of blocks) {
    if (b.kind !== "heading") continue;
    rank = Math.min(b.level === undefined ? 0 : b.level - top, rank + 1, HEADING_TAGS.length - 1);
    const slug = headingSlug(b.text);
    const base = /^\p{L}/u.test(slug) ? slug : `h-${slug}`;
    let id = base;
    if (taken(base)) {
      let n = seen.get(base) ?? 0;
      do id = `${base}-${++n}`;
      while (taken(id));
      seen.set(base, n);
    }
    seen.set(id, seen.get(id) ?? 0);
    out.set(b.index, { tag: HEADING_TAGS[rank] ?? "h2", id });
  }
  return out;
}

const CONTAINER_TAGS: Readonly<Record<Container["kind"], OpenTag["tag"]>> = { quote: "blockquote", list: "ul", item: "li", table: "table", row: "tr" };

function openTag(c: Container): OpenTag {
  if (c.kind === "list" && c.start !== undefined) return { tag: "ol", start: c.start === 1 ? null : c.start };
  return { tag: CONTAINER_TAGS[c.kind], start: null };
}

/** One element around a block: its tag, and a key equal for consecutive blocks inside the same one. */
interface Level {
  key: string;
  tag: OpenTag;
}

/** The elements around a block, outermost first: its containers, and a table's rows grouped in <thead> or <tbody>. */
function levels(containers: readonly Container[] = []): Level[] {
  const out: Level[] = [];
  let table = -1;
  for (const c of containers) {
    if (c.kind === "table") table = c.id;
    if (c.kind === "row") out.push({ key: `${table}${c.header ? "head" : "body"}`, tag: { tag: c.header ? "thead" : "tbody", start: null } });
    out.push({ key: String(c.id), tag: openTag(c) });
  }
  return out;
}

/** How many elements, outermost first, two blocks share. */
function shared(a: readonly Level[] = [], b: readonly Level[] = []): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n]?.key === b[n]?.key) n++;
  return n;
}

type Style = Exclude<Mark, { kind: "link" } | { kind: "image" }>;
const STYLES: ReadonlyArray<Style["kind"]> = ["em", "strong", "code", "del"];

interface LinkSpan extends Span {
  href: string;
  external: boolean;
}

/** An image where it stands in the block, the link around it, and whether white space stood before and after it. */
interface ImageAt {
  at: number;
  img: InlineImage;
  link: LinkSpan | undefined;
  before: boolean;
  after: boolean;
}

/**
 * The block's marks inside it: links whose URL may be an href (others are left as text), images
 * (with a src only when their URL may be one: an http(s) URL, or what `imageSrc` gives for a path
 * to an image copied from the content folder), and the rest.
 */
function marksOf(block: Block, imageSrc: ImageSrc): { links: LinkSpan[]; styles: Style[]; images: ImageAt[] } {
  const links: LinkSpan[] = [];
  const styles: Style[] = [];
  const images: Array<ImageAt & { href: string | undefined }> = [];
  for (const m of block.marks ?? []) {
    if (m.kind === "image") {
      if (m.start === m.end && m.start >= block.start && m.start <= block.end) {
        const img = { src: safeExternalUrl(m.src) ?? imageSrc(m.src), alt: m.alt, title: m.title ?? null };
        images.push({ at: m.start, img, link: undefined, before: m.spaceBefore === true, after: m.spaceAfter === true, href: m.link });
      }
      continue;
    }
    if (!(m.start >= block.start && m.end <= block.end && m.start < m.end)) continue;
    if (m.kind !== "link") styles.push(m);
    else {
      const safe = safeLinkUrl(m.href);
      if (safe) links.push({ start: m.start, end: m.end, ...safe });
    }
  }
  // An image inside a link with text around it continues that link; a link around the image alone is its own.
  for (const image of images) {
    const safe = image.href === undefined ? null : safeLinkUrl(image.href);
    if (safe) image.link = links.find((l) => covers(l, image.at, image.at) && l.href === safe.href) ?? { start: image.at, end: image.at, ...safe };
  }
  return { links, styles, images: images.sort((a, b) => a.at - b.at).map(({ href: _, ...image }) => image) };
}

const covers = (s: Span, x: number, y: number): boolean => s.start <= x && s.end >= y;

/** A run of text between two cuts: its part, the link over it, and whether it goes on a person mention begun before it. */
interface Run {
  part: Inline;
  link: LinkSpan | undefined;
  inMention: boolean;
}

/**
 * Adds a run to a fragment's parts after `last` (the fragment's last run, if any). Runs that look the
 * same merge: plain text, or a person link going on across a cut inside the same mention. A link
 * over several parts opens on the first and closes after the last.
 */
function append(parts: Inline[], last: Run | undefined, run: Run): Run {
  const prev = parts[parts.length - 1];
  const { part, link } = run;
  const same = prev !== undefined && !prev.img && !part.img && link === last?.link && STYLES.every((k) => prev[k] === part[k]);
  if (prev && same && prev.href === part.href && (part.href === null || run.inMention)) {
    prev.text += part.text;
    return run;
  }
  if (link) {
    const continued = prev?.link !== undefined && link === last?.link;
    if (continued && prev?.link) prev.link.close = false;
    part.link = { href: link.href, external: link.external, open: !continued, close: true };
  }
  parts.push(part);
  return run;
}

/**
 * Whether the first block only repeats the title: a lede of one sentence taken whole as the title, or
 * a heading that repeats the front matter's title. The page's h1 shows it already, so it is left out
 * of the body (its claims stay in the list of claims, without a mark in the text), unless nothing
 * else would be left or it holds an image.
 */
function repeatsTitle(blocks: readonly Block[], title: string): boolean {
  const first = blocks[0];
  return first !== undefined && blocks.some((b, i) => i > 0 && (b.text || b.kind === "code"))
    && (first.kind === "paragraph" || first.kind === "heading") && !first.containers?.length
    && !first.marks?.some((m) => m.kind === "image") && sameAsTitle(first.text, title);
}

/** The URL ("/media/…", see ./media.ts) of an image given by a path, or null when it is not shown. */
export type ImageSrc = (src: string) => string | null;

export function bodyBlocks(record: ArticleRecord, personHref: (slug: string) => string | null, imageSrc: ImageSrc = () => null): BodyResult {
  const text = record.text;
  const people = mentions(record, personHref);
  const claims: ClaimSpan[] = [];
  record.claims.forEach((c, index) => {
    // A claim read from the title has no place in the body; it stays in the list of claims.
    if (c.inTitle) return;
    const span = validSpan(c.span, text.length) ? c.span : validSpan(c.sentenceSpan, text.length) ? c.sentenceSpan : undefined;
    if (span) claims.push({ start: span.start, end: span.end, index });
  });
  const placed = new Set<number>();
  const lastOf = new Map<number, FragmentClaim>();
  const blocks: BodyBlock[] = [];
  const all = record.body.blocks;
  const skip = repeatsTitle(all, record.title) ? 0 : -1;
  let p0 = 0;
  const around = all.map((b) => levels(b.containers));
  // A heading left out as the title takes no rank: "# Title" then "## Costs" gives the costs an <h2>.
  const heads = headings(skip === 0 ? all.slice(1) : all);
  all.forEach((block, i) => {
    if (i === skip) return;
    const row = block.containers?.[block.containers.length - 1];
    const head = heads.get(i);
    const tag = head ? head.tag : block.kind === "cell" && row?.kind === "row" && row.header ? "th" : TAGS[block.kind];
    const id = head ? { id: head.id } : {};
    const own = around[i] ?? [];
    const open = own.slice(shared(around[i - 1], own)).map((l) => l.tag);
    const close = own.slice(shared(own, around[i + 1])).reverse().map((l) => l.tag.tag);
    if (block.kind === "code") {
      blocks.push({ tag, ...id, open, close, fragments: [{ parts: [{ text: block.code ?? "", href: null }], claim: null }] });
      return;
    }
    if (block.kind === "rule") {
      blocks.push({ tag, ...id, open, close, fragments: [] });
      return;
    }
    const bs = block.start;
    const be = block.end;
    while (p0 < people.length && (people[p0]?.end ?? 0) <= bs) p0++;
    const inPeople: Mention[] = [];
    for (let j = p0; j < people.length; j++) {
      const m = people[j];
      if (!m || m.start >= be) break;
      inPeople.push(m);
    }
    const inClaims = claims.filter((c) => c.start < be && c.end > bs);
    const { links, styles, images } = marksOf(block, imageSrc);
    const cuts = new Set<number>([bs, be]);
    for (const s of [...inPeople, ...inClaims, ...links, ...styles]) {
      if (s.start > bs && s.start < be) cuts.add(s.start);
      if (s.end > bs && s.end < be) cuts.add(s.end);
    }
    for (const im of images) if (im.at > bs && im.at < be) cuts.add(im.at);
    const points = [...cuts].sort((a, b) => a - b);
    const fragments: Fragment[] = [];
    let current: Fragment | null = null;
    let currentClaim = -1;
    let run: Run | undefined;
    // Images go in at the cut where they stand, before the text after it; the rest after the last.
    // The white space the text lost beside an image is put back (inside a link going on across it).
    let next = 0;
    const pad = (into: Fragment, link: LinkSpan | undefined): void => {
      run = append(into.parts, run, { part: { text: " ", href: null }, link, inMention: false });
    };
    const placeImages = (upTo: number, into: Fragment): void => {
      for (let im = images[next]; im && im.at <= upTo; im = images[++next]) {
        const link = im.link;
        if (im.before && !/\s$/.test(into.parts[into.parts.length - 1]?.text ?? "")) pad(into, link && link.start < im.at ? link : undefined);
        run = append(into.parts, run, { part: { text: "", href: null, img: im.img }, link, inMention: false });
        if (im.after && !(im.at < be && /\s/.test(text.charAt(im.at)))) pad(into, link && link.end > im.at ? link : undefined);
      }
    };
    for (let k = 0; k + 1 < points.length; k++) {
      const x = points[k] ?? bs;
      const y = points[k + 1] ?? be;
      const claim = inClaims.find((c) => c.start <= x && c.end >= y);
      const link = links.find((l) => covers(l, x, y));
      // A Markdown link wins over a person link inside it: an <a> may not hold another.
      const person = link ? undefined : inPeople.find((m) => covers(m, x, y));
      const claimIndex = claim ? claim.index : -1;
      if (!current || claimIndex !== currentClaim) {
        let fc: FragmentClaim | null = null;
        if (claim) {
          const first = !placed.has(claim.index);
          placed.add(claim.index);
          const c = record.claims[claim.index];
          fc = { id: first && c ? c.id : null, n: claim.index + 1, note: `note-${c?.id ?? ""}`, last: false };
          lastOf.set(claim.index, fc);
        }
        current = { parts: [], claim: fc };
        currentClaim = claimIndex;
        run = undefined;
        fragments.push(current);
      }
      placeImages(x, current);
      const part: Inline = { text: text.slice(x, y), href: person ? person.href : null };
      for (const m of styles) if (covers(m, x, y)) part[m.kind] = true;
      run = append(current.parts, run, { part, link, inMention: person !== undefined && person.start < x });
    }
    if (next < images.length) {
      if (!current) fragments.push((current = { parts: [], claim: null }));
      placeImages(be, current);
    }
    blocks.push({ tag, ...id, open, close, fragments });
  });
  for (const fc of lastOf.values()) fc.last = true;
  return { blocks, placed };
}
