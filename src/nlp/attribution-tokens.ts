// Word tokens with offsets for the attribution finder: words (with initials, dotted
// abbreviations, apostrophes and hyphens kept inside) and single punctuation marks.

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

const TOKEN =
  /(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Sgt|Adm|Rev|St|Jr|Sr|Gov|Supt|Det)\.|\p{Lu}(?:\.\p{L})+\.?|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:['’\-&.][\p{L}\p{N}]+)*(?:['’](?=\s))?|''|\S/gu;

const LETTER = /[\p{L}\p{N}]/u;

function lower(t: string): string {
  const l = t.toLowerCase();
  return l.includes("’") ? l.replace(/’/g, "'") : l;
}

/** Tokens of `text` from `from` to `to`, with offsets into `text`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && LETTER.test(t.charAt(0)));
    out.push({
      t,
      low: lower(t),
      start: from + m.index,
      end: from + m.index + t.length,
      cap: word && ((c >= 65 && c <= 90) || (c > 191 && t.charAt(0) !== t.charAt(0).toLowerCase())),
      word,
    });
  }
  return out;
}

export const isOpenQuote = (t: string): boolean => t === "“" || t === '"' || t === "‘" || t === "''";
export const isCloseQuote = (t: string): boolean => t === "”" || t === '"' || t === "’" || t === "''";
export const isDash = (t: string): boolean => t === "—" || t === "–" || t === "―" || t === "-";
