// Organisations and places in one article, read from the same capitalised runs as people: gazetteer
// places, names ending in an institution word ("… Council", "… Times"), known acronyms and names.
import { GIVEN_NAMES } from "../lexicon/given-names.ts";
import { ORG_HEADS, ORG_NAMES } from "../lexicon/orgs.ts";
import { OUTLET_HEADS, OUTLET_NAMES } from "../lexicon/outlets.ts";
import { COUNTRY_NAMES, DEMONYMS, PLACES } from "../lexicon/places.ts";
import { TITLE_HEADS } from "../lexicon/titles.ts";
import { COMMON_WORDS } from "../lexicon/words.ts";
import type { Body, Entity, Person, Span } from "../types.ts";
import { analyse } from "./name-runs.ts";
import { TRIM_ALWAYS } from "./name-parse.ts";
import { slugify } from "./slug.ts";
import type { Token } from "./tokens.ts";

interface Found {
  name: string;
  spans: Span[];
}

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "from", "to", "across", "around"]);

export function findEntities(text: string, body: Body, people: Person[]): { organizations: Entity[]; places: Entity[] } {
  const { tokens, runs } = analyse(text, body);
  const spans: Span[] = [];
  for (const p of people) for (const s of p.spans) spans.push(s);
  spans.sort((x, y) => x.start - y.start);
  const covered = new Set<number>();
  let si = 0;
  for (let j = 0; j < tokens.length && si < spans.length; j++) {
    const t = tokens[j];
    if (!t) continue;
    while (si < spans.length && (spans[si]?.end ?? 0) <= t.start) si++;
    const s = spans[si];
    if (s && s.start <= t.start && t.start < s.end) covered.add(t.start);
  }
  const inPerson = (t: Token): boolean => covered.has(t.start);
  const orgs = new Map<string, Found>();
  const places = new Map<string, Found>();
  const add = (into: Map<string, Found>, a: Token, b: Token): void => {
    const written = text.slice(a.start, b.end);
    const name = /\p{Ll}/u.test(written) || written.length <= 4 ? written : titleCase(written);
    const k = name.replace(/[’`]/g, "'").toLowerCase();
    const f = into.get(k) ?? { name, spans: [] };
    f.spans.push({ start: a.start, end: b.end });
    into.set(k, f);
  };
  const unknownSingles = new Map<string, { tokens: Token[]; placeCue: number }>();

  for (const run of runs) {
    let i = run.from;
    const to = run.to;
    while (i <= to) {
      const tok = tokens[i];
      if (!tok) break;
      const w = run.caps ? titleCase(tok.text) : tok.text;
      const glued = i > 0 && tokens[i - 1]?.outer === tok.start;
      if (inPerson(tok) || glued || tok.text === "of" || tok.text === "for") {
        i++;
        continue;
      }
      if (TRIM_ALWAYS.test(tok.text) && !tok.upper && knownAt(tokens, i, to, run.caps) === 0) {
        // "The Telegraph": a newspaper keeps its article.
        const nx = tokens[i + 1];
        if ((tok.text === "The" || tok.text === "the") && nx && i + 1 === to && OUTLET_HEADS.has(nx.text) && !run.caps) {
          add(orgs, tok, nx);
          i += 2;
          continue;
        }
        i++;
        continue;
      }
      // A name ending in an institution word, from here to the end of the run.
      const last = tokens[to];
      if (!run.caps && last && i < to && (ORG_HEADS.has(last.text) || OUTLET_HEADS.has(last.text)) && !personBetween(tokens, i, to, inPerson)) {
        let s = i;
        // "US National Economic Council": the country is a place of its own.
        if (COUNTRY_NAMES.has(dotted(tok)) && to - i >= 2) {
          add(places, tok, tok);
          s = i + 1;
        } else if (DEMONYMS.has(tok.text) && to - i >= 2 && !ORG_HEADS.has(tokens[i + 1]?.text ?? "")) {
          s = i + 1;
        }
        const first = tokens[s];
        if (first && !TITLE_HEADS.has(last.text)) add(orgs, first, last);
        i = to + 1;
        continue;
      }
      // Known names and places, longest first.
      const known = knownAt(tokens, i, to, run.caps);
      if (known) {
        const n = Math.abs(known);
        const end = tokens[i + n - 1];
        if (end) add(known > 0 ? orgs : places, tok, end);
        i += n;
        continue;
      }
      if (COMMON_WORDS.has(tok.text.toLowerCase()) && !(tok.upper && w.length <= 3)) {
        i++;
        continue;
      }
      if (!run.caps && tok.upper && tok.text.length >= 2 && tok.text.length <= 6 && !tok.text.includes(".") && !/^(?:I|II|III|IV|V|VI)$/.test(tok.text)) {
        add(orgs, tok, tok);
      } else if (!run.caps && run.from === run.to && tok.text.length > 1 && !tok.sentenceStart && !GIVEN_NAMES.has(tok.text) && !DEMONYMS.has(tok.text) && !TITLE_HEADS.has(tok.text)) {
        const u = unknownSingles.get(tok.text) ?? { tokens: [], placeCue: 0 };
        u.tokens.push(tok);
        const before = tokens[i - 1];
        if (before && PLACE_PREPOSITIONS.has(before.text)) u.placeCue++;
        unknownSingles.set(tok.text, u);
      }
      i++;
    }
  }
  // Bare capitalised words the text repeats: after "in"/"at" mostly places, otherwise organisations.
  for (const [, u] of unknownSingles) {
    if (u.tokens.length < 2) continue;
    const into = u.placeCue * 2 > u.tokens.length ? places : u.placeCue === 0 ? orgs : null;
    if (into) for (const t of u.tokens) add(into, t, t);
  }
  return { organizations: toEntities(orgs), places: toEntities(places) };
}

/** Length of a known organisation (positive) or place (negative) starting at token `i`, or 0. */
function knownAt(tokens: Token[], i: number, to: number, caps: boolean): number {
  let s = "";
  let best = 0;
  for (let k = i; k <= Math.min(to, i + 3); k++) {
    const t = tokens[k];
    if (!t) break;
    const part = caps ? titleCase(dotted(t)) : dotted(t);
    s = k === i ? part : `${s} ${part}`;
    const bare = s.replace(/\.$/, "");
    if (ORG_NAMES.has(s) || ORG_NAMES.has(bare) || OUTLET_NAMES.has(s) || OUTLET_NAMES.has(bare)) best = k - i + 1;
    else if (PLACES.has(s) || PLACES.has(bare) || (caps && PLACES.has(s.toUpperCase()))) best = -(k - i + 1);
  }
  return best;
}

function personBetween(tokens: Token[], a: number, b: number, inPerson: (t: Token) => boolean): boolean {
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (t && inPerson(t)) return true;
  }
  return false;
}

function dotted(t: Token): string {
  return t.dot && t.text.includes(".") ? `${t.text}.` : t.text;
}

function titleCase(w: string): string {
  if (w.length <= 3) return w;
  return w.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

function toEntities(found: Map<string, Found>): Entity[] {
  const out: Entity[] = [];
  for (const f of found.values()) {
    const spans = [...f.spans].sort((a, b) => a.start - b.start);
    out.push({ slug: slugify(f.name), name: f.name, mentions: spans.length, spans });
  }
  return out;
}
