// Word tokens with offsets for the attribution finder: words (with initials, dotted
// abbreviations, apostrophes and hyphens kept inside) and single punctuation marks.
import { MONTH_WORDS } from "../lexicon/calendar.ts";
import { codePointAt, isLetter, isLetterOrNumber, isSpace, isUpper, width } from "./chars.ts";

export interface Token {
  /** As written. */
  t: string;
  /** Lower case, typographic apostrophe folded to "'". */
  low: string;
  start: number;
  end: number;
  /** Starts with a capital letter or digit. */
  cap: boolean;
  /** A word (not punctuation). */
  word: boolean;
}

// A token is what this regex matches over text.slice(from, to), tried in this order:
//   /(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Sgt|Adm|Rev|St|Jr|Sr|Gov|Supt|Det)\.|\p{Lu}(?:\.\p{L})+\.?|
//    \p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:['’\-&.][\p{L}\p{N}]+|(?<=\d)[,:]\d+)*(?:['’](?=\s)|(?<=^(?:Jan|…|Dec|Sept|No))\.(?=\s+\d))?|''|--|\S/gu
// nextToken finds the same matches by hand, by code point as /u does, never reading past `to`:
// one exec per token allocated a match array, a large share of the claims stage's garbage.

/** Abbreviations that keep their period: "Mr.", "Gen.", "St.". */
const TITLES = ["Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Prof", "Sgt", "Adm", "Rev", "St", "Jr", "Sr", "Supt", "Det"];

/** Short forms written with a period before a number: the months ("Jan." … "Dec.", "Sept.") and "No.". */
const SHORT_BEFORE_NUMBER = new Set([...MONTH_WORDS.filter((m) => m.length <= 4).map((m) => m[0]?.toUpperCase() + m.slice(1)), "No"]);

/** Whether spaces and then a digit follow from `j`. */
function numberAfter(text: string, j: number, end: number): boolean {
  let k = j;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 160)) k++;
  return k > j && k < end && isDigit(text.charCodeAt(k));
}

/** End of the token nextToken found last. */
let tokenEnd = 0;

/** Past letters and digits (\p{L}, \p{N}) from `j`. */
function skipLettersOrNumbers(text: string, j: number, end: number): number {
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) j++;
      else break;
    } else {
      const cp = codePointAt(text, j, end);
      if (!isLetterOrNumber(cp)) break;
      j += width(cp);
    }
  }
  return j;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Start of the next token at or after `i` and before `end` (its end in `tokenEnd`), or -1. */
function nextToken(text: string, i: number, end: number): number {
  let cp = 0;
  for (; i < end; i += width(cp)) {
    cp = codePointAt(text, i, end);
    if (!isSpace(cp)) break;
  }
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  const w = width(cp);
  // Titles with their period.
  if (c >= 65 && c <= 90) {
    for (const title of TITLES) {
      const after = i + title.length;
      if (after < end && text.charCodeAt(after) === 46 && text.startsWith(title, i)) {
        tokenEnd = after + 1;
        return i;
      }
    }
  }
  if (isUpper(cp)) {
    // Dotted initials: "U.S.", "J.K".
    let j = i + w;
    let groups = 0;
    while (j + 1 < end && text.charCodeAt(j) === 46) {
      const n = codePointAt(text, j + 1, end);
      if (!isLetter(n)) break;
      j += 1 + width(n);
      groups++;
    }
    if (groups > 0) {
      tokenEnd = j < end && text.charCodeAt(j) === 46 ? j + 1 : j;
      return i;
    }
    // An initial before a capitalised word: "J. Smith".
    if (i + w < end && text.charCodeAt(i + w) === 46) {
      let k = i + w + 1;
      let spaces = 0;
      let sp = 0;
      for (; k < end; k += width(sp)) {
        sp = codePointAt(text, k, end);
        if (!isSpace(sp)) break;
        spaces++;
      }
      if (spaces > 0 && k < end && isUpper(codePointAt(text, k, end))) {
        tokenEnd = i + w + 1;
        return i;
      }
    }
  }
  if (isLetterOrNumber(cp)) {
    // A word, with inner apostrophes, hyphens, ampersands and periods, and a closing apostrophe before a space.
    let j = skipLettersOrNumbers(text, i + w, end);
    while (j + 1 < end) {
      const sep = text.charCodeAt(j);
      const n = codePointAt(text, j + 1, end);
      // A thousands separator, a colon or a slash joins digits: "1,500", "10:30", "9/11", "24/7" are one token each.
      const between = (sep === 44 || sep === 58 || sep === 47) && isDigit(text.charCodeAt(j - 1)) && isDigit(n);
      if (sep !== 39 && sep !== 0x2019 && sep !== 45 && sep !== 38 && sep !== 46 && !between) break;
      if (!isLetterOrNumber(n)) break;
      j = skipLettersOrNumbers(text, j + 1 + width(n), end);
    }
    if (j + 1 < end) {
      const q = text.charCodeAt(j);
      if ((q === 39 || q === 0x2019) && isSpace(codePointAt(text, j + 1, end))) j++;
      // "Nov. 8", "Sept. 26", "No. 2": the period of a short month or of "No." before a number is
      // part of the word, not the end of a clause.
      else if (q === 46 && j - i <= 4 && SHORT_BEFORE_NUMBER.has(text.slice(i, j)) && numberAfter(text, j + 1, end)) j++;
    }
    tokenEnd = j;
    return i;
  }
  // "''" (a typewriter quotation mark) and "--" (a typewriter dash) are one token each.
  tokenEnd = (c === 39 || c === 45) && i + 1 < end && text.charCodeAt(i + 1) === c ? i + 2 : i + w;
  return i;
}

const LETTER = /[\p{L}\p{N}]/u;

function lower(t: string): string {
  const l = t.toLowerCase();
  return l.includes("’") ? l.replace(/’/g, "'") : l;
}

/** Tokens of `text` from `from` to `to`, with offsets into `text`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const end = Math.min(Math.max(to, from), text.length);
  for (let start = nextToken(text, Math.max(from, 0), end); start >= 0; start = nextToken(text, tokenEnd, end)) {
    const t = text.slice(start, tokenEnd);
    const c = t.charCodeAt(0);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && LETTER.test(t.charAt(0)));
    out.push({
      t,
      low: lower(t),
      start,
      end: start + t.length,
      cap: word && ((c >= 65 && c <= 90) || (c > 191 && t.charAt(0) !== t.charAt(0).toLowerCase())),
      word,
    });
  }
  return out;
}

export const isOpenQuote = (t: string): boolean => t === "“" || t === '"' || t === "‘" || t === "''";
export const isCloseQuote = (t: string): boolean => t === "”" || t === '"' || t === "’" || t === "''";
export const isDash = (t: string): boolean => t === "—" || t === "–" || t === "―" || t === "-" || t === "--";
