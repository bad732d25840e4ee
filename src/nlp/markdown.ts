// Markdown helpers of the segment and boilerplate stages and the site: markdown-it, loaded on first
// use; inline HTML tags left out of the text; the file lines inside code blocks; and which image URLs the site shows.
import { createRequire } from "node:module";
import type MarkdownIt from "markdown-it";
import type { Line } from "../draft.ts";

// markdown-it is loaded on the first Markdown file, not at import: plain-text archives never need it,
// and loading it costs every process and every extraction worker ~100 ms of CPU at start.
export type Markdown = InstanceType<typeof MarkdownIt>;
let md: Markdown | null = null;
let validLink: ((url: string) => boolean) | null = null;
/**
 * The one markdown-it parser (raw HTML off), made on the first call. Every link and image is read as
 * one whatever its URL: markdown-it would leave a javascript: link as its source text
 * ("[label](javascript:…)"). Which links the record keeps is `linkAllowed`'s to say; the site decides
 * again which URLs it links or shows (src/site/escape.ts).
 */
export function markdown(): Markdown {
  if (!md) {
    const Ctor = createRequire(import.meta.url)("markdown-it") as typeof MarkdownIt;
    const parser = new Ctor({ html: false });
    const valid = parser.validateLink;
    validLink = (url) => valid.call(parser, url);
    parser.validateLink = () => true;
    md = parser;
  }
  return md;
}

/**
 * Whether markdown-it would make a link of `url` (not javascript:, vbscript:, file:, nor data: but
 * for images): a link it refuses is kept as its label alone, so no such URL reaches the records or
 * the open data.
 */
export function linkAllowed(url: string): boolean {
  markdown();
  return validLink ? validLink(url) : false;
}

/**
 * The file lines (Line.line) inside Markdown code blocks, fenced (``` or ~~~, the fences too) or
 * indented, as markdown-it reads them (inside lists and quotes too): kept as written by the
 * boilerplate stage. Without a line that could be code (a fence, four spaces, a tab) nothing is parsed.
 */
export function codeLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  if (!lines.some((l) => MAYBE_CODE.test(l.text))) return out;
  for (const t of markdown().parse(lines.map((l) => l.text).join("\n"), {})) {
    if ((t.type !== "fence" && t.type !== "code_block") || !t.map) continue;
    for (let i = t.map[0]; i < t.map[1]; i++) {
      const l = lines[i];
      if (l) out.add(l.line);
    }
  }
  return out;
}

const MAYBE_CODE = /`{3}|~{3}| {4}|\t/;

/**
 * Whether the site may show an image with this URL: an absolute http(s) URL (as src/site/escape.ts's
 * safeExternalUrl, which the site applies), or a path (imagePath), which the build looks up in the
 * content folder and copies (src/site/media.ts warns when it cannot). A data: URL, any other scheme
 * or a URL on another host without its scheme ("//host/a.png") is not shown.
 */
export function shownImage(src: string): boolean {
  const url = src.trim();
  return (/^https?:\/\//i.test(url) && URL.canParse(url)) || imagePath(url);
}

/** Whether an image URL is a path ("map.png", "./img/map.png", "/img/map.png"): no scheme, no host. */
export function imagePath(src: string): boolean {
  const url = src.trim();
  return url !== "" && !/^[a-z][a-z\d+.-]*:/i.test(url) && !/^[\\/]{2}/.test(url);
}

/** An HTML tag as CommonMark reads raw HTML, opening (with attributes) or closing: its name. */
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9]*)(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/g;
/** Tags that mark up words inside a line ("<b>Bold</b>er" → "Bolder"); a line break's ("<br>") stands for a space. */
const INLINE_TAGS = new Set(["abbr", "b", "bdi", "bdo", "big", "cite", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var"]);
const BREAK_TAGS = new Set(["br", "wbr"]);

/**
 * Markdown text with its inline HTML tags left out, their inner text kept: markdown-it, with raw HTML
 * off, keeps "<b>" as text, which would be read as words. Any other tag ("<script>", "<img …>") is
 * left as written, and the site shows it as text.
 */
export function withoutHtmlTags(text: string): string {
  if (!text.includes("<")) return text;
  return text.replace(HTML_TAG, (tag, name: string) => {
    const n = name.toLowerCase();
    return INLINE_TAGS.has(n) ? "" : BREAK_TAGS.has(n) ? " " : tag;
  });
}
