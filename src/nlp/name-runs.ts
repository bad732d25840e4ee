// Runs of capitalised words ("US Secretary of State Mike Pompeo", "Robert C. O’Brien"): the
// candidates for people, organisations and places. Computed once per text and shared by stages.
import { ORG_WORDS } from "../lexicon/orgs.ts";
import { PLACE_HEADS } from "../lexicon/places.ts";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.ts";
import { NAME_PARTICLES } from "../lexicon/words.ts";
import type { Body } from "../types.ts";
import { type Token, tokenize } from "./tokens.ts";

export interface Run {
  /** Index of the first and last token (inclusive) in `Analysis.tokens`. */
  from: number;
  to: number;
  /** Written in an all-capitals block (headline, dateline). */
  caps: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  runs: Run[];
  /** Every word the text writes in lower case at least once. */
  lower: Set<string>;
}

/** Abbreviations whose period does not end a name run: "Mr. Smith", "Gen. Lebed", "St. Louis". */
const DOTTED = new Set(["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "St", "Jr", "Sr", "Rev", "Hon", "Fr", "Mt", "Ft", "Supt", "Insp", "Det", "Messrs"]);
const JOINERS = new Set(["of", "for"]);
/** "of" continues a run only after a title or institution word: "Secretary of State", "Bank of England". */
const JOIN_BEFORE_OF: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS, ...ORG_WORDS, ...PLACE_HEADS, "Gulf", "Duchy", "Isle", "Cape", "Strait", "Straits"]);

let cache: Analysis | null = null;

/** Tokens and capitalised runs of a record text (the last result is kept for the next stage). */
export function analyse(text: string, body: Body): Analysis {
  if (cache && cache.text === text) return cache;
  const tokens = tokenize(text, body);
  const lower = new Set<string>();
  for (const t of tokens) if (!t.cap && !t.number) lower.add(t.text);
  cache = { text, tokens, runs: findRuns(text, tokens), lower };
  return cache;
}

/** A period after this token belongs to it rather than ending the sentence. */
export function isAbbrevLike(t: Token): boolean {
  if (!t.dot) return false;
  if (t.text.length === 1 && t.cap) return true;
  if (t.text.includes(".")) return true;
  return DOTTED.has(t.text);
}

function joined(text: string, a: Token, b: Token): boolean {
  if (a.possessive || a.sentence !== b.sentence) return false;
  const gap = text.slice(a.outer, b.start);
  if (gap === " " || gap === "\u00a0") return true;
  if (a.dot && (gap === ". " || gap === ".") && isAbbrevLike(a)) return true;
  return false;
}

function findRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  const n = tokens.length;
  while (i < n) {
    const t = tokens[i];
    if (!t || !t.cap) {
      i++;
      continue;
    }
    const caps = t.capsBlock;
    let j = i;
    for (;;) {
      const a = tokens[j];
      const b = tokens[j + 1];
      if (!a || !b || b.capsBlock !== caps) break;
      if (b.cap && joined(text, a, b)) {
        j++;
        continue;
      }
      // Lower-case particles and "of" inside a run: "Joost van der Westhuizen", "Secretary of State".
      let k = j + 1;
      let prev: Token = a;
      while (k <= j + 2) {
        const p = tokens[k];
        if (!p || p.cap || p.number || !(NAME_PARTICLES.has(p.text) || JOINERS.has(p.text)) || !joined(text, prev, p)) break;
        prev = p;
        k++;
      }
      const c = tokens[k];
      const ofOk = !JOINERS.has(tokens[j + 1]?.text ?? "") || JOIN_BEFORE_OF.has(a.text) || caps;
      if (k > j + 1 && ofOk && c?.cap && c.capsBlock === caps && joined(text, prev, c)) {
        j = k;
        continue;
      }
      break;
    }
    runs.push({ from: i, to: j, caps });
    i = j + 1;
  }
  return runs;
}
