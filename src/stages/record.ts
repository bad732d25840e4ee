// Stage "record": assembles the ArticleRecord from the finished draft: slug from the file name
// (or front matter `slug:`), content hash (text and code), word count (prose), front matter overrides for extracted fields.
import { createHash } from "node:crypto";
import type { Draft } from "../draft.ts";
import { outlet } from "../nlp/outlets.ts";
import { slugify } from "../nlp/slug.ts";
import type { ArticleRecord, Block } from "../types.ts";

/** The slug a file's path gives (`sub/My Story.txt` → `sub-my-story`), when front matter pins none. */
export function fileSlug(file: string): string {
  const stem = file.replace(/\\/g, "/").replace(/\.[^./]+$/, "");
  return slugify(stem.replace(/\//g, "-"));
}

/** An article's slug before clashes are resolved (link.ts): front matter's `slug:`, else its file's. */
export function articleSlug(file: string, pinned: string | undefined): string {
  return pinned ? slugify(pinned) : fileSlug(file);
}

/**
 * sha256 of the title and the text, with each code block's text where it stands in the text
 * (between NUL characters, which no article text holds). Without code blocks it is the hash of
 * `${title}\n\n${text}` alone, as before code counted, so plain-text records keep their hash.
 */
function contentHash(title: string, text: string, blocks: readonly Block[] = []): string {
  let content = "";
  let from = 0;
  for (const b of blocks) {
    if (b.code === undefined) continue;
    const at = Math.min(Math.max(b.start, from), text.length);
    content += `${text.slice(from, at)}\u0000${b.code}\u0000`;
    from = at;
  }
  return createHash("sha256").update(`${title}\n\n${content}${text.slice(from)}`).digest("hex");
}

export function record(draft: Draft): ArticleRecord {
  const fm = draft.frontMatter;
  const fmPeople = fm.people?.map((p) => (typeof p === "string" ? { name: p } : p));
  const entity = (name: string): ArticleRecord["organizations"][number] => ({ slug: slugify(name), name, mentions: 0, spans: [] });
  return {
    slug: articleSlug(draft.file, fm.slug),
    file: draft.file,
    hash: contentHash(draft.title, draft.text, draft.body.blocks),
    title: draft.title,
    titleDerived: draft.titleDerived,
    date: draft.date,
    dateOrigin: draft.dateOrigin,
    publisher: draft.publisher,
    citedSources: fm.citedSources ? fm.citedSources.map(outlet) : draft.citedSources,
    url: fm.url ?? null,
    authors: fm.author === undefined ? draft.authors : Array.isArray(fm.author) ? fm.author : [fm.author],
    tags: fm.tags ?? [],
    people: fmPeople
      ? fmPeople.map((p) => {
          const found = draft.people.find((x) => x.name === p.name);
          return { slug: slugify(p.name), name: p.name, aliases: p.aliases ?? found?.aliases ?? [], roles: p.roles ?? found?.roles ?? [], mentions: found?.mentions ?? 0, spans: found?.spans ?? [] };
        })
      : draft.people,
    organizations: fm.organizations ? fm.organizations.map(entity) : draft.organizations,
    places: fm.places ? fm.places.map(entity) : draft.places,
    claims: draft.claims,
    text: draft.text,
    body: draft.body,
    wordCount: countWords(draft.text),
    boilerplate: draft.boilerplate,
    warnings: draft.messages.filter((m) => m.severity !== "error"),
  };
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` without the array and the
 * substrings: counts the maximal runs of non-space characters that hold a letter or digit. ASCII is
 * tested by code; other characters go through the same regexes (a surrogate pair as one character).
 */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text.charAt(i))) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (counted) continue;
    let hit: boolean;
    if (c < 128) hit = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else {
      const next = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      hit = LETTER_OR_DIGIT.test(pair ? text.slice(i, i + 2) : text.charAt(i));
    }
    if (hit) {
      n++;
      counted = true;
    }
  }
  return n;
}
