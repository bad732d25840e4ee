// A person as the finder gathers one (a group of mentions under one name) and the record it becomes:
// the fullest name written, the other forms as aliases, the spans of the mentions.
import { HONORIFICS } from "../lexicon/titles.ts";
import type { Person, Span } from "../types.ts";
import { splitNickname } from "./name-runs.ts";
import { titleCased as titleCase } from "./names.ts";
import { slugify } from "./slug.ts";

export interface Mention {
  start: number;
  end: number;
  /** Token range of the name part. */
  from: number;
  to: number;
  /** The mention as written, title included where it had one. */
  alias: string;
  /** The name part as written. */
  name: string;
  caps: boolean;
}

export interface Group {
  /** Name tokens of the fullest form seen, lower-cased. */
  first: string;
  last: string;
  full: string;
  mentions: Mention[];
  roles: string[];
  /** Full-name forms (two tokens or more) as written. */
  forms: string[];
}

/** A name or a name's word as groups are keyed: lower case, with a typographic apostrophe or a backtick read as "'". */
export const key = (s: string): string => (s.includes("’") || s.includes("`") ? s.replace(/[’`]/g, "'") : s).toLowerCase();

/** A generation written after a name of two words or more: " Jr", ", Jr.", " Snr". */
const GENERATION = /(?<=\S \S+),? (?:Jr|Jnr|Sr|Snr)\.?$/u;

/**
 * A mention as a name variant: with its honorifics ("Mr Okafor", "Dr. Jo Blum"), without a role
 * written before it ("Chancellor Jo Blum" is Jo Blum; the role is in `roles`).
 */
function nameVariant(m: Mention): string {
  const title = m.alias.slice(0, m.alias.length - m.name.length).trim();
  if (!title || !m.alias.endsWith(m.name)) return m.alias;
  return title.split(/\s+/).every((w) => HONORIFICS.has(w.replace(/\.$/, ""))) ? m.alias : m.name;
}

/** A bare title's mention as `bareTitles` writes it: "the Prime Minister", "The Attorney General". */
const BARE_TITLE = /^[Tt]he\s/;

export function toPerson(g: Group): Person {
  const mixed = g.forms.filter((f) => /\p{Ll}/u.test(f));
  // A bare title ("the Attorney General", `bareTitles`) names no one: "Lord Goldsmith" stays "Goldsmith".
  const pool = mixed.length ? mixed : g.mentions.filter((m) => !m.caps && !BARE_TITLE.test(m.name)).map((m) => m.name);
  let name = "";
  let best = -1;
  for (const written of pool) {
    // Roberto "Hands of Stone" Duran is Roberto Duran; the name as written stays an alias.
    const f = splitNickname(written)?.plain ?? written;
    const words = f.split(/\s+/).length;
    const initial = /^\p{Lu}\./u.test(f) ? 0 : 1;
    const score = words * 10 + initial * 5;
    if (score > best) ((best = score), (name = f));
  }
  if (!name) {
    const m = g.mentions[0];
    name = m ? (/\p{Ll}/u.test(m.name) ? m.name : titleCase(m.name)) : g.full;
  }
  name = name.replace(/[’`]/g, "’");
  const seen = new Set<string>([key(name)]);
  const aliases: string[] = [];
  const sorted = [...g.mentions].sort((x, y) => Number(x.caps) - Number(y.caps) || x.start - y.start);
  for (const m of sorted) {
    // "HOLT" in a headline or a transcript's turn is the alias "Holt".
    const forms = m.caps && !/\p{Ll}/u.test(m.alias) ? [titleCase(m.name), titleCase(nameVariant(m))] : [m.name, nameVariant(m)];
    const nick = splitNickname(m.name)?.nickname;
    if (nick) forms.push(nick);
    for (const s of forms) {
      const k = key(s);
      if (seen.has(k)) continue;
      seen.add(k);
      aliases.push(s);
    }
  }
  // "Al Unser Jr" is also written "Al Unser": the name without its generation is an alias.
  const bare = GENERATION.exec(name);
  if (bare && !seen.has(key(name.slice(0, bare.index)))) aliases.push(name.slice(0, bare.index));
  const spans: Span[] = [];
  const at = new Set<number>();
  for (const m of [...g.mentions].sort((x, y) => x.start - y.start)) {
    if (at.has(m.start)) continue;
    at.add(m.start);
    spans.push({ start: m.start, end: m.end });
  }
  return { slug: slugify(name), name, aliases, roles: g.roles, mentions: spans.length, spans };
}
