// Stage "segment": finds the title (or derives one from the lede), the inline `date` prefix, and
// splits the body into paragraphs, subheadings, sections and sentences with offsets into one text.
import { createRequire } from "node:module";
import type MarkdownIt from "markdown-it";
import type { Draft, Line } from "../draft.ts";
import { splitSentences } from "../nlp/sentences.ts";
import type { Block, BlockKind, Body, Section, Sentence } from "../types.ts";

/** `date 2020-02-07 …` or `Date: 7 February 2020` opening the body. */
const DATE_PREFIX = /^\s*(?:date|dated|published|posted(?: on)?)\s*:?\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})\b[\s,.:–—-]*/iu;

// markdown-it is loaded on the first Markdown file, not at import: plain-text archives never need it,
// and loading it costs every process and every extraction worker ~100 ms of CPU at start.
type Markdown = InstanceType<typeof MarkdownIt>;
let md: Markdown | null = null;
function markdown(): Markdown {
  if (!md) {
    const Ctor = createRequire(import.meta.url)("markdown-it") as typeof MarkdownIt;
    md = new Ctor({ html: false });
  }
  return md;
}

interface RawBlock {
  kind: BlockKind;
  text: string;
  line: number;
}

export function segment(draft: Draft): Draft {
  let raws = draft.markdown ? markdownBlocks(draft.lines) : textBlocks(draft.lines);
  let datePrefix: string | null = null;
  // The date prefix sits at the very start of the body or of the line after the title.
  for (let i = 0; i < Math.min(2, raws.length); i++) {
    const b = raws[i];
    const m = b ? DATE_PREFIX.exec(b.text) : null;
    if (b && m?.[1]) {
      datePrefix = m[1];
      const rest = b.text.slice(m[0].length).trim();
      raws = rest ? raws.map((x, k) => (k === i ? { ...x, text: rest } : x)) : raws.filter((_, k) => k !== i);
      break;
    }
  }
  let title = draft.frontMatter.title?.trim() ?? "";
  let titleDerived = false;
  if (!title) {
    const first = raws[0];
    if (first && raws.length > 1 && (first.kind === "heading" || looksLikeTitle(first.text))) {
      title = first.text;
      raws = raws.slice(1);
    }
  }
  // Subheadings: short lines without closing punctuation between paragraphs.
  raws = raws.map((b, i) =>
    b.kind === "paragraph" && i > 0 && i < raws.length - 1 && looksLikeHeading(b.text) ? { ...b, kind: "heading" } : b,
  );
  const body = layout(raws);
  const text = body.blocks.map((b) => b.text).join("\n\n");
  if (!title) {
    title = deriveTitle(text, body);
    titleDerived = true;
  }
  return { ...draft, datePrefix, title, titleDerived, text, body };
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
    if (last && !prevBlank && !/[.!?:;"”’)\]]$/.test(last.text) && /^[\p{Ll}]/u.test(l.text)) {
      last.text = `${last.text} ${l.text}`;
    } else {
      out.push({ kind: "paragraph", text: l.text, line: l.line });
    }
    prevBlank = false;
  }
  return out;
}

/** Markdown: paragraphs and headings from markdown-it's block tokens, inline markup reduced to its text. */
function markdownBlocks(lines: Line[]): RawBlock[] {
  const first = lines[0]?.line ?? 1;
  const tokens = markdown().parse(lines.map((l) => l.text).join("\n"), {});
  const out: RawBlock[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const inline = tokens[i + 1];
    if (!t || !inline || inline.type !== "inline") continue;
    if (t.type !== "paragraph_open" && t.type !== "heading_open") continue;
    const text = (inline.children ?? [])
      .map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : c.type === "softbreak" || c.type === "hardbreak" ? " " : ""))
      .join("")
      .replace(/\s+/g, " ")
      .trim();
    if (text) out.push({ kind: t.type === "heading_open" ? "heading" : "paragraph", text, line: first + (t.map?.[0] ?? 0) });
  }
  return out;
}

function layout(raws: RawBlock[]): Body {
  const blocks: Block[] = [];
  const sections: Section[] = [{ heading: null, blocks: [] }];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const r of raws) {
    if (r.kind === "heading") sections.push({ heading: r.text, blocks: [] });
    const section = sections.length - 1;
    const block: Block = { index: blocks.length, kind: r.kind, text: r.text, start: offset, end: offset + r.text.length, section };
    blocks.push(block);
    if (r.kind === "paragraph") sections[section]?.blocks.push(block.index);
    for (const s of splitSentences(r.text, offset)) sentences.push({ start: s.start, end: s.end, index: sentences.length, block: block.index });
    offset = block.end + 2;
  }
  return { blocks, sections: sections.filter((s, i) => i > 0 || s.blocks.length > 0), sentences };
}

const SPACE = /\s/;

/** `s.split(/\s+/).filter(Boolean).length` without the array: the number of maximal non-space runs. */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s.charAt(i));
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

export function looksLikeTitle(line: string): boolean {
  if (line.length > 200 || words(line) > 30) return false;
  if (/[.:;,]["”’)]*$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  return /^[\p{Lu}\p{N}"'“‘(\[]/u.test(line);
}

function looksLikeHeading(line: string): boolean {
  return words(line) <= 20 && line.length <= 160 && !/[.!?:;,"”’)\]…-]$/.test(line) && /^[\p{Lu}\p{N}‘“'"]/u.test(line);
}

/** A title made from the lede's first sentence, cut at a word boundary. */
function deriveTitle(text: string, body: Body): string {
  const first = body.sentences[0];
  const sentence = first ? text.slice(first.start, first.end) : text;
  const clean = sentence.replace(/[.!?]+$/, "").trim();
  if (clean.length <= 110) return clean;
  const cut = clean.slice(0, 110);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:–—-]+$/, "")}…`;
}
