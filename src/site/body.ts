// The article body as the template prints it: blocks of plain-text runs, where each mention of a
// person known to the article becomes a link to their page and each claim's text is a marked
// fragment with its anchor. No HTML is built here: the template escapes every run.
import type { ArticleRecord, Span } from "../types.ts";
import type { BodyBlock, Fragment, FragmentClaim, Inline } from "./model.ts";

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

export function bodyBlocks(record: ArticleRecord, personHref: (slug: string) => string | null): BodyResult {
  const text = record.text;
  const people = mentions(record, personHref);
  const claims: ClaimSpan[] = [];
  record.claims.forEach((c, index) => {
    const span = validSpan(c.span, text.length) ? c.span : validSpan(c.sentenceSpan, text.length) ? c.sentenceSpan : undefined;
    if (span) claims.push({ start: span.start, end: span.end, index });
  });
  const placed = new Set<number>();
  const lastOf = new Map<number, FragmentClaim>();
  const blocks: BodyBlock[] = [];
  let p0 = 0;
  for (const block of record.body.blocks) {
    const bs = block.start;
    const be = block.end;
    while (p0 < people.length && (people[p0]?.end ?? 0) <= bs) p0++;
    const inPeople: Mention[] = [];
    for (let i = p0; i < people.length; i++) {
      const m = people[i];
      if (!m || m.start >= be) break;
      inPeople.push(m);
    }
    const inClaims = claims.filter((c) => c.start < be && c.end > bs);
    const cuts = new Set<number>([bs, be]);
    for (const s of [...inPeople, ...inClaims]) {
      if (s.start > bs && s.start < be) cuts.add(s.start);
      if (s.end > bs && s.end < be) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const fragments: Fragment[] = [];
    let current: Fragment | null = null;
    let currentClaim = -1;
    for (let k = 0; k + 1 < points.length; k++) {
      const x = points[k] ?? bs;
      const y = points[k + 1] ?? be;
      const claim = inClaims.find((c) => c.start <= x && c.end >= y);
      const person = inPeople.find((m) => m.start <= x && m.end >= y);
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
        fragments.push(current);
      }
      const run = text.slice(x, y);
      const href = person ? person.href : null;
      const prev: Inline | undefined = current.parts[current.parts.length - 1];
      // Plain runs merge; a person link continues only across a cut inside the same mention.
      if (prev && prev.href === null && href === null) prev.text += run;
      else if (prev && href !== null && prev.href === href && person && person.start < x) prev.text += run;
      else current.parts.push({ text: run, href });
    }
    blocks.push({ kind: block.kind, fragments });
  }
  for (const fc of lastOf.values()) fc.last = true;
  return { blocks, placed };
}
