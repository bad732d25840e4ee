// UTF-8 text that was once decoded as Windows-1252, Latin-1 or Mac OS Roman and saved again ("Itâ€™s",
// "Sch√§uble"), maybe twice: each run of characters whose code-page bytes form one UTF-8 character is put back.
// Written here because no maintained JavaScript package does this (ftfy is Python).
import { CP1252_UPPER, MAC_ROMAN_UPPER } from "./codepages.ts";

export interface Repaired {
  text: string;
  /** How many runs of characters were put back, as written (a character that went wrong twice may count two). */
  count: number;
  /** The 1-based line of the first one (0 when none): repairs keep every line break. */
  line: number;
  /** The first one as written and as put back ("Ã©" → "é"; empty when none). */
  sample: readonly [string, string] | readonly [];
}

interface CodePage {
  /** One mis-decoded UTF-8 character: a lead byte's character and its continuation bytes' characters. */
  pattern: RegExp;
  byte: ReadonlyMap<string, number>;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The characters of `upper` (bytes 0x80–0xFF) whose bytes lie from `lo` to `hi`, as a regex class. */
function charClass(upper: string, lo: number, hi: number): string {
  const chars = [...upper].slice(lo - 0x80, hi - 0x80 + 1);
  return `[${chars.map((c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join("")}]`;
}

/**
 * Spacing accents that a compatibility normalisation (NFKD) wrote as a space and a combining accent:
 * "SÃ©golÃ ̈ne" had "Ã¨" ("è") before it.
 */
const SPACED: ReadonlyMap<string, string> = new Map([
  [" \u0308", "¨"],
  [" \u0304", "¯"],
  [" \u0301", "´"],
  [" \u0327", "¸"],
]);
const SPACED_SOURCE = [...SPACED.keys()].map((k) => k.replace(/[\s\S]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)).join("|");

function codePage(upper: string): CodePage {
  const cont = `(?:${charClass(upper, 0x80, 0xbf)}|${SPACED_SOURCE})`;
  const lead2 = charClass(upper, 0xc2, 0xdf);
  const lead3 = charClass(upper, 0xe0, 0xef);
  const lead4 = charClass(upper, 0xf0, 0xf4);
  const pattern = new RegExp(`${lead4}${cont}{3}|${lead3}${cont}{2}|${lead2}${cont}`, "gu");
  return { pattern, byte: new Map([...upper].map((c, i) => [c, 0x80 + i])) };
}

/** Latin-1 (ISO-8859-1) keeps bytes 0x80–0x9F as C1 control characters, where Windows-1252 has letters ("Ã\u0083" for "Ã"). */
const LATIN1_UPPER = String.fromCharCode(...Array.from({ length: 0x80 }, (_, i) => 0x80 + i));

const PAGES: readonly CodePage[] = [codePage(CP1252_UPPER), codePage(LATIN1_UPPER), codePage(MAC_ROMAN_UPPER)];

/** Text encoded twice ("FranÃ\u0083Â§ois" → "FranÃ§ois" → "François") needs a second round; three is plenty. */
const ROUNDS = 3;

/**
 * The character that `chars` spell as UTF-8 bytes, or null. Two bytes must give a Latin letter or
 * sign (U+00A0–U+017F: "Ã©" → "é", "Â£" → "£"); others, such as "É’" in "CAFÉ’S" (U+0252), are
 * left as written. Three or four bytes ("â€™" → "’", emoji) are too unlikely by chance to refuse.
 */
function utf8Of(chars: string, byte: ReadonlyMap<string, number>): string | null {
  let plain = chars;
  if (chars.includes(" ")) for (const [spaced, accent] of SPACED) plain = plain.replaceAll(spaced, accent);
  const bytes = Uint8Array.from([...plain], (c) => byte.get(c) ?? 0);
  let out: string;
  try {
    out = decoder.decode(bytes);
  } catch {
    return null;
  }
  const cp = out.codePointAt(0) ?? 0;
  if (bytes.length === 2 && (cp < 0xa0 || cp > 0x17f)) return null;
  return out;
}

export function repairMojibake(text: string): Repaired {
  let count = 0;
  let line = 0;
  let sample: Repaired["sample"] = [];
  // Cheap test first: every mis-decoded character holds a character above U+007F.
  if (!/[^\x00-\x7f]/.test(text)) return { text, count, line, sample };
  // Decomposed text ("A" and U+0303 for "Ã") is read composed; it is given back as written when nothing is put back.
  let out = /[\u0300-\u036f]/.test(text) ? text.normalize("NFC") : text;
  for (let round = 0; round < ROUNDS; round++) {
    let n = 0;
    out = repairRound(out, (at1, chars, fixed) => {
      if (line === 0 || at1 < line) [line, sample] = [at1, [chars, fixed]];
    }, () => n++);
    // The count is of runs as written: a later round only finishes characters the first one found.
    if (round === 0) count = n;
    if (n === 0) break;
  }
  return { text: count > 0 ? out : text, count, line, sample };
}

/** One pass of every code page over `text`, reporting each page's first repair and counting all. */
function repairRound(text: string, onFirst: (line: number, chars: string, fixed: string) => void, onRepair: () => void): string {
  let out = text;
  for (const { pattern, byte } of PAGES) {
    const page = out;
    let first = true;
    out = page.replace(pattern, (chars: string, at: number) => {
      const fixed = utf8Of(chars, byte);
      if (fixed === null) return chars;
      onRepair();
      // Matches come left to right: a page's first repair is its earliest.
      if (first) {
        first = false;
        onFirst(lineAt(page, at), chars, fixed);
      }
      return fixed;
    });
  }
  return out;
}

function lineAt(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
