// Word tokens with offsets for name finding: one regex pass over the record text, marking
// capitalisation, a trailing possessive or period, sentence starts and all-capitals blocks.
import type { Body } from "../types.ts";

export interface Token {
  /** The word without a possessive ending: "Trump" for "Trump’s". */
  text: string;
  start: number;
  /** End of `text` (before any possessive). */
  end: number;
  /** End including the possessive ending. */
  outer: number;
  possessive: boolean;
  /** Followed directly by a period. */
  dot: boolean;
  /** First letter upper-case. */
  cap: boolean;
  /** Two or more letters, all upper-case. */
  upper: boolean;
  /** A digit token (numbers, scores, dates). */
  number: boolean;
  /** First word of its sentence (quotes and brackets before it do not count). */
  sentenceStart: boolean;
  /** In a block written mostly in capitals (a headline, a dateline). */
  capsBlock: boolean;
  /** Index of the sentence it belongs to. */
  sentence: number;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’.-]\p{L}[\p{L}\p{M}]*)*|\d[\d.,:/-]*/gu;
const POSSESSIVE = /['’]s$/;
const UPPER_FIRST = /^(?:\p{Lu}|(?:al|el|ul|bin|ibn|abu|ben|de|di|da|du|la|le|van|von|d|o)['’-]\p{Lu})/u;
const HAS_LOWER = /\p{Ll}/u;

function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && w.length < 3) return false;
  if (c >= 97 && c <= 122 && w.indexOf("-") < 0 && w.indexOf("'") < 0 && w.indexOf("’") < 0) return false;
  return UPPER_FIRST.test(w);
}

function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && HAS_LOWER.test(w.charAt(i))) return true;
  }
  return false;
}

/** Tokenises the record text; `body` supplies sentence and block boundaries. */
export function tokenize(text: string, body: Body): Token[] {
  const tokens: Token[] = [];
  const capsRanges: Array<[number, number]> = [];
  for (const b of body.blocks) {
    let letters = 0;
    let uppers = 0;
    for (let i = b.start; i < b.end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) (letters++, uppers++);
      else if (c >= 97 && c <= 122) letters++;
      else if (c > 127) {
        const ch = text.charAt(i);
        if (ch !== ch.toLowerCase()) (letters++, uppers++);
        else if (ch !== ch.toUpperCase()) letters++;
      }
    }
    if (letters >= 4 && uppers / letters > 0.6) capsRanges.push([b.start, b.end]);
  }
  const sentences = body.sentences;
  let si = 0;
  let lastSentence = -1;
  let ci = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    let outer = start + raw.length;
    let word = raw;
    let possessive = false;
    const lastCode = raw.charCodeAt(raw.length - 1);
    if (raw.length > 2 && (lastCode === 115 || lastCode === 83) && POSSESSIVE.test(raw)) {
      word = raw.slice(0, -2);
      possessive = true;
    }
    // "Jones’ car": a bare trailing apostrophe after s is a plural possessive.
    if (!possessive && (text.charCodeAt(outer) === 39 || text.charCodeAt(outer) === 0x2019) && raw.endsWith("s") && !/\p{L}/u.test(text.charAt(outer + 1))) {
      possessive = true;
      outer += 1;
    }
    while (si + 1 < sentences.length && (sentences[si + 1]?.start ?? Infinity) <= start) si++;
    const sentenceStart = si !== lastSentence;
    lastSentence = si;
    while (ci < capsRanges.length && (capsRanges[ci]?.[1] ?? 0) < start) ci++;
    const range = capsRanges[ci];
    const capsBlock = range !== undefined && range[0] <= start && start < range[1];
    const number = raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57;
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      outer,
      possessive,
      dot: text.charCodeAt(outer) === 46,
      cap: !number && isCap(word),
      upper: !number && word.length > 1 && !hasLower(word),
      number,
      sentenceStart,
      capsBlock,
      sentence: si,
    });
  }
  return tokens;
}
