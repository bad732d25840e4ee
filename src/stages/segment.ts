// Stage "segment": finds the title (or derives one from the lede), the date lines and bylines opening
// the body (src/nlp/date-lines.ts), and splits the body into paragraphs, subheadings, sections and sentences
// with offsets into one text (Markdown: also heading levels, table cells, code blocks, rules and images,
// their containers and inline markup).
import type { Draft, Line } from "../draft.ts";
import { PAGE_LABEL } from "../lexicon/boilerplate.ts";
import { GIVEN_NAMES } from "../lexicon/given-names.ts";
import { FUNCTION_WORDS } from "../lexicon/words.ts";
import { bioAuthor, WRITER_NAME } from "../nlp/author-bio.ts";
import { captionOf, openingCredit } from "../nlp/captions.ts";
import { bylineAfterDate, opensWithDateLabel, readDateLines } from "../nlp/date-lines.ts";
import { linkAllowed, type Markdown, markdown, shownImage, withoutHtmlTags } from "../nlp/markdown.ts";
import { splitSentences } from "../nlp/sentences.ts";
import { looksLikeHeading, looksLikeTitle } from "../nlp/titles.ts";
import type { Block, BlockKind, Body, Container, Mark, Message, Section, Sentence } from "../types.ts";

type Token = ReturnType<Markdown["parse"]>[number];

interface RawBlock {
  kind: BlockKind;
  text: string;
  line: number;
  /** A Markdown heading's level. */
  level?: number;
  /** Offsets relative to `text` until layout places the block. */
  marks?: Mark[];
  containers?: Container[];
  code?: string;
}

/** A top-level paragraph or heading: the only blocks that may hold the title, the date prefix or be taken for a subheading. */
const plain = (b: RawBlock): boolean => (b.kind === "paragraph" || b.kind === "heading") && !b.containers;

export function segment(draft: Draft): Draft {
  const messages: Message[] = [];
  const blocks = draft.markdown ? markdownBlocks(draft.lines, (line, message) => messages.push({ file: draft.file, line, severity: "warning", origin: "segment", message })) : textBlocks(draft.lines);
  // Bylines near the top ("By Jo Bloggs", "Jo Bloggs, The Daily Planet") name the authors: neither title nor text.
  const bylines = readBylines(blocks, !draft.frontMatter.title);
  const dated = readDateLines(bylines.raws, { eligible: plain, part });
  // Page labels and picture credits opening the first block go to the boilerplate, before the title is looked for.
  const opened = openingFurniture(dated.raws);
  let raws = opened.raws;
  // Where a dateline's place alone on its line goes back (never the title, a subheading or the lede).
  let placeAt = dated.place?.at ?? 0;
  let title = draft.frontMatter.title?.trim() ?? "";
  let titleDerived = false;
  // A photo caption with its credit opening the body is neither the title nor the lede; a headline
  // after the credit on the same line is the title.
  const opening = raws[0];
  const caption = opening && plain(opening) && !opening.marks ? captionOf(opening.text) : null;
  let captionBlock: RawBlock | null = null;
  if (opening && caption) {
    captionBlock = { ...opening, kind: "paragraph", text: caption.caption };
    const headline = caption.rest && !title && looksLikeTitle(caption.rest) ? caption.rest : "";
    if (headline) title = headline;
    raws = [captionBlock, ...(caption.rest && !headline ? [{ ...opening, kind: "paragraph" as const, text: caption.rest }] : []), ...raws.slice(1)];
  }
  if (!title) {
    // A paragraph or heading holding only images is passed over: it cannot be the title.
    const first = raws.find((b) => b !== captionBlock && (b.text || !b.marks?.some((m) => m.kind === "image")));
    if (first && plain(first) && raws.length > 1 && (first.kind === "heading" || looksLikeTitle(first.text))) {
      title = first.text;
      raws = raws.filter((b) => b !== first);
      placeAt = Math.max(0, placeAt - 1);
    }
  }
  // Subheadings: short lines without closing punctuation between paragraphs.
  raws = raws.map((b, i) =>
    b.kind === "paragraph" && !b.containers && i > 0 && i < raws.length - 1 && looksLikeHeading(b.text) ? { ...b, kind: "heading" } : b,
  );
  if (dated.place) raws = [...raws.slice(0, placeAt), dated.place.block, ...raws.slice(placeAt)];
  const body = layout(raws);
  const text = body.blocks.filter((b) => b.text).map((b) => b.text).join("\n\n");
  if (!title) {
    // Not from a dateline's place alone on its line, nor from a caption.
    const notLede = new Set([dated.place?.block, captionBlock].map((b) => (b ? raws.indexOf(b) : -1)));
    title = deriveTitle(text, { ...body, sentences: body.sentences.filter((s) => !notLede.has(s.block)) });
    titleDerived = true;
  }
  const removed = [...opened.furniture, ...bylines.lines];
  const boilerplate = removed.length ? [...removed, ...draft.boilerplate] : draft.boilerplate;
  // A writer named only in a biography at the end ("Jo Bloggs is a freelance writer …") is an author too.
  const bio = bioAuthor(body.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text));
  const found = bylines.authors.length ? [...draft.authors, ...bylines.authors] : draft.authors;
  const authors = bio && !found.some((a) => a.toLowerCase() === bio.toLowerCase()) ? [...found, bio] : found;
  return { ...draft, datePrefix: dated.published, dateUpdated: dated.updated, title, titleDerived, text, body, boilerplate, authors, messages: messages.length ? [...draft.messages, ...messages] : draft.messages };
}

/** "By Jo Bloggs", "By Jo Bloggs and Sam Reid", "By Jo Bloggs, Sam Reid & Ann Lee", "BY JO BLOGGS", "By Jo Bloggs, Staff Writer", "By Jo Bloggs | The Planet": a line of its own. */
const BY_LINE = new RegExp(`^[Bb][Yy]\\s+(${WRITER_NAME}(?:(?:\\s*,\\s*${WRITER_NAME})*(?:\\s+and\\s+|\\s*&\\s*)${WRITER_NAME})?)(?:\\s*[,|–—-]\\s*[^.!?]{1,60})?$`, "u");
/** "Guest writer for The Planet", "Staff reporter at The Planet": the byline's second line. */
const BYLINE_ROLE = /^(?:(?:guest|staff|contributing|senior|special|freelance|chief)\s+)?(?:writer|contributor|reporter|correspondent|columnist|editor|author)\s+(?:for|at|with)\s+[^.!?]{1,60}$/i;
/** "Jo Bloggs, The Daily Planet", "Jo Bloggs, Planet.com": a first line naming a writer (a known given name) and an outlet. */
const NAME_OUTLET = /^((\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}&'’.-]*)){0,3}$/u;

/** The writers a "By Jo Bloggs" line names (`BY_LINE`, `bylineNames`), or null when it is none ("By the way …"). */
function writers(line: string): string[] | null {
  const names = BY_LINE.exec(line)?.[1];
  return names && !FUNCTION_WORDS.has(names.split(/\s+/)[0]?.toLowerCase() ?? "") ? bylineNames(names) : null;
}

/** The names of a byline's writers ("Jo Bloggs and Sam Reid" → two), in capitals title-cased. */
function bylineNames(names: string): string[] {
  return names.split(/\s*,\s*|\s+and\s+|\s*&\s*/).map((n) => (n === n.toUpperCase() ? n.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()) : n));
}

/**
 * The bylines among the first blocks: "By Jo Bloggs" lines (and a "Guest writer for …" line after
 * one), and, opening the text when the title is still to be found, "Jo Bloggs, The Daily Planet"
 * (a known given name first). The blocks without them, the lines as written and the writers' names.
 */
function readBylines(raws: RawBlock[], firstMayBe: boolean): { raws: RawBlock[]; lines: string[]; authors: string[] } {
  const lines: string[] = [];
  const authors: string[] = [];
  const out: RawBlock[] = [];
  let after = false;
  raws.forEach((b, i) => {
    // "Posted on 5 June 2022 by Jo Bloggs": the block stays for the date lines (which remove it whole); the byline names the writers.
    const posted = i < 6 && plain(b) ? bylineAfterDate(b.text) : null;
    if (posted) authors.push(...(writers(posted) ?? []));
    const named = i < 6 && plain(b) && !posted ? writers(b.text) : null;
    const outlet = !named && i === 0 && firstMayBe && plain(b) && raws.length > 1 ? NAME_OUTLET.exec(b.text) : null;
    const name = outlet?.[2] && GIVEN_NAMES.has(outlet[2]) ? outlet[1] : undefined;
    if (named || name || (after && BYLINE_ROLE.test(b.text))) {
      lines.push(b.text);
      authors.push(...(named ?? (name ? [name] : [])));
      after = true;
      return;
    }
    after = false;
    out.push(b);
  });
  return lines.length ? { raws: out, lines, authors } : { raws, lines, authors };
}

/**
 * The page's furniture glued to the start of the first block, before its text: labels ("Story
 * highlights …", "Advertisement …", src/lexicon/boilerplate.ts) and picture credits ("Getty Images …",
 * src/nlp/captions.ts), one after another; the blocks with it cut away, and what was cut.
 */
function openingFurniture(raws: RawBlock[]): { raws: RawBlock[]; furniture: string[] } {
  const first = raws[0];
  if (!first || !plain(first) || first.marks) return { raws, furniture: [] };
  const furniture: string[] = [];
  let text = first.text;
  for (;;) {
    const label = PAGE_LABEL.exec(text)?.[0];
    const cut = label ? { credit: label, rest: text.slice(label.length).trim() } : openingCredit(text);
    if (!cut) break;
    furniture.push(cut.credit);
    text = cut.rest;
  }
  return furniture.length ? { raws: [{ ...first, text }, ...raws.slice(1)], furniture } : { raws, furniture };
}

/** The block's text from `from` to `to`, after `lead` (a dateline's "LONDON - "); its marks follow (an image between them too). */
function part(b: RawBlock, from: number, to: number, lead: string): RawBlock {
  const text = `${lead}${b.text.slice(from, to)}`;
  if (!b.marks) return { ...b, text };
  const shift = lead.length - from;
  const marks = b.marks
    .filter((m) => m.kind !== "image" || (m.start >= from && m.start <= to))
    .map((m) => ({ ...m, start: Math.max(m.start + shift, lead.length), end: Math.min(m.end + shift, text.length) }))
    .filter((m) => m.start < m.end || m.kind === "image");
  return { ...b, text, marks: marks.length ? marks : undefined };
}

/** Plain text: each line is a paragraph, except hard-wrapped lines, which are joined back. */
function textBlocks(lines: Line[]): RawBlock[] {
  const out: RawBlock[] = [];
  let prevBlank = true;
  for (const l of lines) {
    if (!l.text) {
      prevBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    // A line that opens in lower case goes on the line before it (a wrapped line), unless it is a date line.
    if (last && !prevBlank && !/[.!?:;"”’)\]]$/.test(last.text) && /^[\p{Ll}]/u.test(l.text) && !opensWithDateLabel(l.text)) {
      last.text = `${last.text} ${l.text}`;
    } else {
      out.push({ kind: "paragraph", text: l.text, line: l.line });
    }
    prevBlank = false;
  }
  return out;
}

/** Container tokens of markdown-it: what each opens, or (for "close") that it closes the innermost. */
const CONTAINER_TOKENS: Readonly<Record<string, Container["kind"] | "close">> = {
  blockquote_open: "quote", bullet_list_open: "list", ordered_list_open: "list", list_item_open: "item", table_open: "table", tr_open: "row",
  blockquote_close: "close", bullet_list_close: "close", ordered_list_close: "close", list_item_close: "close", table_close: "close", tr_close: "close",
};

/** A copy of the containers open now, or none. */
const held = (stack: readonly Container[]): Container[] | undefined => (stack.length ? [...stack] : undefined);

/**
 * Markdown: markdown-it's blocks in reading order (paragraphs, headings, table cells, code, rules)
 * with the containers they sit in, and each block's text with its inline markup as marks. `warn`
 * is told of each image the site will not show, with its line.
 */
function markdownBlocks(lines: Line[], warn: (line: number, message: string) => void): RawBlock[] {
  const first = lines[0]?.line ?? 1;
  const tokens = markdown().parse(lines.map((l) => l.text).join("\n"), {});
  const out: RawBlock[] = [];
  const stack: Container[] = [];
  let ids = 0;
  let header = false;
  let line = first;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.map) line = first + t.map[0];
    const opens = CONTAINER_TOKENS[t.type];
    if (opens === "close") stack.pop();
    else if (opens) {
      const c: Container = { kind: opens, id: ids++ };
      if (t.type === "ordered_list_open") c.start = Number(t.attrGet("start") ?? 1);
      if (opens === "row" && header) c.header = true;
      stack.push(c);
    } else if (t.type === "thead_open" || t.type === "thead_close") header = t.type === "thead_open";
    else if (t.type === "fence" || t.type === "code_block") {
      out.push({ kind: "code", text: "", line, containers: held(stack), code: t.content.replace(/\n$/, "") });
    } else if (t.type === "hr") out.push({ kind: "rule", text: "", line, containers: held(stack) });
    else if (t.type === "paragraph_open" || t.type === "heading_open" || t.type === "th_open" || t.type === "td_open") {
      const inline = tokens[i + 1];
      if (inline?.type !== "inline") continue;
      const { text, marks, images } = inlineText(inline.children ?? [], line);
      // An image given by a path is looked for in the content folder when the site is built (src/site/media.ts).
      for (const { src, breaks } of images) if (!shownImage(src)) warn(line + breaks, `image ${JSON.stringify(clip(src))} left out: only http(s) URLs and paths of images in the content folder are shown; its alt text stands in its place`);
      const kind: BlockKind = t.type === "heading_open" ? "heading" : t.type === "paragraph_open" ? "paragraph" : "cell";
      const level = kind === "heading" ? Number(t.tag.slice(1)) : undefined;
      // An empty paragraph says nothing (unless it holds an image); an empty cell keeps its table's columns.
      if (text || images.length || kind === "cell") out.push({ kind, text, line, ...(level ? { level } : {}), containers: held(stack), ...(marks.length ? { marks } : {}) });
    }
  }
  return out;
}

type Paired = "em" | "strong" | "del" | "link";
const MARK_TOKENS: Readonly<Record<string, Paired>> = {
  em_open: "em", strong_open: "strong", s_open: "del", link_open: "link", em_close: "em", strong_close: "strong", s_close: "del", link_close: "link",
};

/** A URL short enough for a message. */
const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/**
 * The text of markdown-it's inline tokens (line breaks as spaces, white space collapsed, trimmed;
 * an image's alt text left out) and its markup as marks with offsets into that text; each image's
 * URL and how many line breaks come before it. `line`: the file line the tokens start on (an image
 * mark keeps its own).
 */
function inlineText(children: Token[], line: number): { text: string; marks: Mark[]; images: Array<{ src: string; breaks: number }> } {
  let raw = "";
  const marks: Mark[] = [];
  const images: Array<{ src: string; breaks: number }> = [];
  const open: Array<{ kind: Paired; start: number; href: string }> = [];
  // Where each image stands in `raw`: a character of its own there, which the text leaves out.
  const holes = new Set<number>();
  let breaks = 0;
  for (const c of children) {
    const kind = MARK_TOKENS[c.type];
    if (c.type === "text") raw += withoutHtmlTags(c.content);
    else if (c.type === "softbreak" || c.type === "hardbreak") {
      raw += " ";
      breaks++;
    } else if (c.type === "image") {
      const src = String(c.attrGet("src") ?? "");
      const title = String(c.attrGet("title") ?? "");
      const link = open.findLast((o) => o.kind === "link" && linkAllowed(o.href));
      marks.push({ kind: "image", start: raw.length, end: raw.length, src, alt: inlineText(c.children ?? [], line + breaks).text, ...(title ? { title } : {}), ...(link ? { link: link.href } : {}), line: line + breaks });
      images.push({ src, breaks });
      holes.add(raw.length);
      raw += "\uFFFC";
    } else if (c.type === "code_inline") {
      marks.push({ kind: "code", start: raw.length, end: raw.length + c.content.length });
      raw += c.content;
    } else if (kind && c.nesting === 1) open.push({ kind, start: raw.length, href: String(c.attrGet("href") ?? "") });
    else if (kind && c.nesting === -1) {
      const k = open.map((o) => o.kind).lastIndexOf(kind);
      const o = open[k];
      if (!o) continue;
      open.splice(k, 1);
      // A link markdown-it would refuse (javascript: …) is its label alone.
      if (o.kind === "link" && !linkAllowed(o.href)) continue;
      marks.push(o.kind === "link" ? { kind: "link", href: o.href, start: o.start, end: raw.length } : { kind: o.kind, start: o.start, end: raw.length });
    }
  }
  // White space collapsed as `raw.replace(/\s+/g, " ").trim()` would, keeping where each raw offset lands.
  let text = "";
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charAt(i);
    at.push(text.length);
    if (holes.has(i)) continue;
    if (SPACE.test(ch)) {
      space = true;
      continue;
    }
    if (space && text) text += " ";
    space = false;
    at[i] = text.length;
    text += ch;
  }
  at.push(text.length);
  // An image keeps whether white space stood on either side of it: the text has at most one space
  // there. With white space before it only, it goes after that space ("and ![map](…)." → "and |.").
  // A mark that begins or ends at an image begins or ends where the image is.
  const spaced = (i: number): boolean => i >= 0 && i < raw.length && !holes.has(i) && SPACE.test(raw.charAt(i));
  const place = (i: number): number => {
    const p = Math.min(at[i] ?? 0, text.length);
    return holes.has(i) && spaced(i - 1) && !spaced(i + 1) && text.charAt(p) === " " ? p + 1 : p;
  };
  const placed = marks
    .map((m): Mark => {
      if (m.kind !== "image") return { ...m, start: place(m.start), end: holes.has(m.end - 1) ? place(m.end - 1) : place(m.end) };
      const where = place(m.start);
      return { ...m, start: where, end: where, ...(spaced(m.start - 1) ? { spaceBefore: true as const } : {}), ...(spaced(m.start + 1) ? { spaceAfter: true as const } : {}) };
    })
    .filter((m) => m.start < m.end || m.kind === "image")
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, marks: placed, images };
}

function layout(raws: RawBlock[]): Body {
  const blocks: Block[] = [];
  const sections: Section[] = [{ heading: null, blocks: [] }];
  const sentences: Sentence[] = [];
  // Where the next block's text starts; an empty block (a code block, an empty cell) sits where the last one ended.
  let offset = 0;
  let end = 0;
  for (const r of raws) {
    if (r.kind === "heading") sections.push({ heading: r.text, blocks: [] });
    const section = sections.length - 1;
    const start = r.text ? offset : end;
    const block: Block = { index: blocks.length, kind: r.kind, text: r.text, start, end: start + r.text.length, section };
    // Only a heading keeps its level (a heading taken for a photo caption is a paragraph).
    if (r.kind === "heading" && r.level !== undefined) block.level = r.level;
    if (r.marks) block.marks = r.marks.map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
    if (r.containers) block.containers = r.containers;
    if (r.code !== undefined) block.code = r.code;
    blocks.push(block);
    if (r.kind === "paragraph") sections[section]?.blocks.push(block.index);
    for (const s of splitSentences(r.text, start)) sentences.push({ start: s.start, end: s.end, index: sentences.length, block: block.index });
    if (r.text) {
      end = block.end;
      offset = end + 2;
    }
  }
  return { blocks, sections: sections.filter((s, i) => i > 0 || s.blocks.length > 0), sentences };
}

const SPACE = /\s/;

/** A dateline's place before a dash ("LONDON - ", "WASHINGTON, D.C. — ", "BOSTON ― ") or, in any case, a bar ("Toledo, OH | ") opening the lede: not part of a title. */
const DATELINE_LEAD = /^(?:\p{Lu}[\p{Lu}.'’-]+(?:[\s,]+\p{Lu}[\p{L}.'’-]*)*\s+[–—―-]|\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+\|)\s+(?=\p{Lu})/u;

/** A title made from the lede's first sentence, cut at a word boundary. */
function deriveTitle(text: string, body: Body): string {
  const first = body.sentences[0];
  const sentence = first ? text.slice(first.start, first.end) : text;
  const clean = sentence.replace(/[.!?]+$/, "").replace(DATELINE_LEAD, "").trim();
  if (clean.length <= 110) return clean;
  const cut = clean.slice(0, 110);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:–—-]+$/, "")}…`;
}
