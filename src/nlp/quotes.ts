// Quotations in a text: paired typographic (“…”, „…“, «…», 「…」) or straight ("…") double quotes within a paragraph.
// A quote left open at the end of a paragraph runs to the paragraph's end (news style for quotes
// that go on into the next paragraph), or to the next quote's mark after a full stop where scraped
// text ran the paragraphs together.
import type { Span } from "../types.ts";

export interface Quote {
  /** Offsets of the opening and closing marks (end exclusive, after the closing mark). */
  start: number;
  end: number;
  /** The words inside, trimmed of spaces and a trailing comma. */
  inner: Span;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
}

// Straight, typographic and doubled-apostrophe ('' as some wire copy writes it) marks.
const MARKS = /''|["“”„«»「」]/g;
/** Quotation marks of other languages, each with its closers: „…“ (German), «…» (French), 「…」 (Japanese). */
const CLOSERS: Readonly<Record<string, string>> = { "„": "“”", "«": "»", "「": "」" };

/** Quotes in `text` between `from` and `to` (one paragraph). */
export function findQuotes(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  MARKS.lastIndex = from;
  let open = -1;
  let openCh = "";
  // Quotes of the other kind inside an open quote ("… “As you know …” …") are nested, not closers.
  let nested = 0;
  for (let m = MARKS.exec(text); m && m.index < to; m = MARKS.exec(text)) {
    const ch = m[0];
    let i = m.index;
    // ''… 'Hey, he's one of us,''': a nested single quote closes first, then the doubled mark.
    if (ch === "''" && open >= 0 && text.charAt(i + 2) === "'") {
      i++;
      MARKS.lastIndex = i + 2;
    }
    const closers = CLOSERS[openCh];
    if (open < 0) {
      // A closing typographic mark with no opener is a stray; a straight mark opens, unless it sits
      // against a stop before a space as only a closer does (`Rep. Smith." For …`).
      if (ch === "”" || ch === "»" || ch === "」") continue;
      if (ch === '"' && closesAfterPunct(text, i)) continue;
      open = i;
      openCh = ch;
      nested = 0;
    } else if (closers !== undefined) {
      // Other languages' marks close only on their own closers; anything else inside is nested.
      if (closers.includes(ch)) {
        out.push(make(text, open, i + ch.length, true));
        open = -1;
      }
    } else if (ch === "„" || ch === "«" || ch === "»" || ch === "「" || ch === "」") {
      // Other languages' marks inside an English quote are quoted words.
    } else if (openCh !== "“" && ch === "“") nested++;
    else if (openCh !== "“" && ch === "”" && nested > 0) nested--;
    else if (ch === openCh && opensAfterStop(text, i, ch.length)) {
      // Paragraphs run together: the open quote went on to its paragraph's end, and this mark opens the next.
      out.push(make(text, open, i, false));
      open = i;
      nested = 0;
    } else if (ch === "“" && !closesAfterPunct(text, i)) {
      // Unbalanced: restart at the new opener.
      open = i;
      nested = 0;
    } else if (openCh === "“" && ch !== "”" && !closesAfterPunct(text, i)) {
      // A straight mark inside a typographic quote: nested quoting, ignored.
    } else {
      out.push(make(text, open, i + ch.length, true));
      open = -1;
    }
  }
  if (open >= 0 && to - open > 1) out.push(make(text, open, to, false));
  return out;
}

/** A mark right after a comma or final stop, before a space or the end, closes a quote whatever its shape (“…," / “…,“). */
function closesAfterPunct(text: string, i: number): boolean {
  const before = text.charAt(i - 1);
  if (before !== "," && before !== "." && before !== "?" && before !== "!") return false;
  const after = text.charAt(i + 1);
  return after === "" || after === " " || after === "\n";
}

/**
 * A mark after a final stop and a space, before a capital (`okay. "I was`), opens a quote: a straight
 * closer sits against the words it closes. Text that lost its paragraph breaks leaves these where a
 * quote went on into the next paragraph, which news style leaves unclosed.
 */
function opensAfterStop(text: string, i: number, length: number): boolean {
  if (text.charAt(i - 1) !== " " || !/[A-Z]/.test(text.charAt(i + length))) return false;
  // The stop may sit inside a bracket or a single quote: `… fortunes.') ''The`.
  let k = i - 2;
  while (k > 0 && ")]'’".includes(text.charAt(k))) k--;
  const stop = text.charAt(k);
  return stop === "." || stop === "?" || stop === "!";
}

function make(text: string, start: number, end: number, closed: boolean): Quote {
  let s = start + (text.startsWith("''", start) ? 2 : 1);
  let e = closed ? end - (text.startsWith("''", end - 2) ? 2 : 1) : end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /[\s,]/.test(text.charAt(e - 1))) e--;
  return { start, end, inner: { start: s, end: e }, closed };
}

/** Number of words in a span of text. */
export function wordCount(text: string, span: Span): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}
