// Unicode character classes for the hand-written tokenizers (tokens.ts, attribution-tokens.ts),
// which replace regex `exec` loops: each match allocated an array, and on a large archive those
// arrays were the largest single source of garbage. Classes are decided by the same regexes the
// patterns used (\p{L}, \p{M}, \p{N}, \p{Lu}, \s), once per BMP character, then read from a table.

const L = 1;
const M = 2;
const N = 4;
const LU = 8;
const SPACE = 16;
const KNOWN = 128;

const RE_L = /^\p{L}$/u;
const RE_M = /^\p{M}$/u;
const RE_N = /^\p{N}$/u;
const RE_LU = /^\p{Lu}$/u;
const RE_SPACE = /^\s$/u;

/** Class bits of each BMP code unit, filled on first use. */
const table = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (RE_L.test(ch) ? L : 0) | (RE_M.test(ch) ? M : 0) | (RE_N.test(ch) ? N : 0) | (RE_LU.test(ch) ? LU : 0) | (RE_SPACE.test(ch) ? SPACE : 0) | KNOWN;
}

for (let c = 0; c < 128; c++) table[c] = classify(String.fromCharCode(c));

/** Class bits of code point `cp` (a lone surrogate is a code point of its own, in no class). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const k = table[cp] ?? 0;
    if (k !== 0) return k;
    const bits = cp >= 0xd800 && cp <= 0xdfff ? KNOWN : classify(String.fromCharCode(cp));
    table[cp] = bits;
    return bits;
  }
  return classify(String.fromCodePoint(cp));
}

/**
 * The code point at `i` in `text`, reading no further than `end` (as a regex over
 * `text.slice(0, end)` would): a surrogate pair counts as one, a lone surrogate as itself.
 */
export function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code units taken by code point `cp`. */
export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

export const isLetter = (cp: number): boolean => (classOf(cp) & L) !== 0;
export const isLetterOrMark = (cp: number): boolean => (classOf(cp) & (L | M)) !== 0;
export const isLetterOrNumber = (cp: number): boolean => (classOf(cp) & (L | N)) !== 0;
export const isUpper = (cp: number): boolean => (classOf(cp) & LU) !== 0;
export const isSpace = (cp: number): boolean => (classOf(cp) & SPACE) !== 0;

/** Whether `pos` opens a line of `text`: its start, or just after a line break. */
export const atLineStart = (text: string, pos: number): boolean => pos === 0 || text.charCodeAt(pos - 1) === 10;
