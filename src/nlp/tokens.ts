// Word tokens with offsets for name finding: one regex pass over the record text, marking
// capitalisation, a trailing possessive or period, sentence starts and all-capitals blocks.
import type { Body } from "../types.ts";
import { codePointAt, isLetter, isLetterOrMark, width } from "./chars.ts";

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

// A word is what /\p{L}[\p{L}\p{M}]*(?:['’.-]\p{L}[\p{L}\p{M}]*|(?<=[A-Z])&[A-Z][\p{L}\p{M}]*)*|\d[\d.,:/-]*/gu matches; nextWord
// finds the same matches by hand (one exec per word allocated a match array: most of this
// tokenizer's garbage). Scanning goes by code point, as the regex's /u flag does.

/** End of the word nextWord found last. */
let wordEnd = 0;

/** Past letters and marks from `j`. */
function skipLetters(text: string, j: number, len: number): number {
  while (j < len) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) j++;
      else break;
    } else {
      const cp = codePointAt(text, j, len);
      if (!isLetterOrMark(cp)) break;
      j += width(cp);
    }
  }
  return j;
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

/** [\d.,:/-] */
const isNumberPart = (c: number): boolean => (c >= 48 && c <= 57) || c === 46 || c === 44 || c === 58 || c === 47 || c === 45;

/** Start of the next word at or after `from` (its end in `wordEnd`), or -1. */
function nextWord(text: string, from: number): number {
  const len = text.length;
  let i = from;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < len && isNumberPart(text.charCodeAt(j))) j++;
      wordEnd = j;
      return i;
    }
    const cp = c < 128 ? c : codePointAt(text, i, len);
    if (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : isLetter(cp)) {
      let j = skipLetters(text, i + width(cp), len);
      // Apostrophes, periods and hyphens join letters: "O'Brien", "U.S", "Smith-Jones"; an ampersand
      // joins capitals ("S&P", "AT&T"), so that "S&P. So" holds no initial "P.".
      while (j + 1 < len) {
        const sep = text.charCodeAt(j);
        if (sep === 38) {
          if (!isAsciiUpper(text.charCodeAt(j - 1)) || !isAsciiUpper(text.charCodeAt(j + 1))) break;
          j = skipLetters(text, j + 2, len);
          continue;
        }
        if (sep !== 39 && sep !== 0x2019 && sep !== 46 && sep !== 45) break;
        const next = codePointAt(text, j + 1, len);
        if (!isLetter(next)) break;
        j = skipLetters(text, j + 1 + width(next), len);
      }
      wordEnd = j;
      return i;
    }
    i += width(cp);
  }
  return -1;
}
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
  for (let start = nextWord(text, 0); start >= 0; start = nextWord(text, wordEnd)) {
    const raw = text.slice(start, wordEnd);
    let outer = start + raw.length;
    let word = raw;
    let possessive = false;
    const lastCode = raw.charCodeAt(raw.length - 1);
    if (raw.length > 2 && (lastCode === 115 || lastCode === 83) && POSSESSIVE.test(raw)) {
      word = raw.slice(0, -2);
      possessive = true;
    }
    // The character after the word; read only inside the text (charCodeAt past the end gives NaN
    // either way, but the out-of-bounds read makes V8 discard and redo this function's optimised code).
    const after = outer < text.length ? text.charCodeAt(outer) : NaN;
    // "Jones’ car": a bare trailing apostrophe after s is a plural possessive.
    if (!possessive && (after === 39 || after === 0x2019) && raw.endsWith("s") && !/\p{L}/u.test(text.charAt(outer + 1))) {
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
      dot: outer < text.length && text.charCodeAt(outer) === 46,
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
