// Whether a line reads as a title or a subheading (the segment stage's tests for the first line and
// for short lines between paragraphs), and whether a block only repeats the title.
const SPACE = /\s/;

/** `s.split(/\s+/).filter(Boolean).length` without the array: the number of maximal non-space runs. */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s.charAt(i));
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/**
 * Whether a line reads as a title: at most 200 characters and 30 words, not ending on a full stop,
 * colon, semicolon or comma (an ellipsis may), opening with a capital, a figure, a currency sign
 * ("$1m payoff …", "£5bn deal …"), a quote, a bracket, or a brand written with a small letter before
 * a capital ("iTunes now selling …", "eBay …").
 */
export function looksLikeTitle(line: string): boolean {
  if (line.length > 200 || words(line) > 30) return false;
  if (/[.:;,]["”’)]*$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  return /^(?:[\p{Lu}\p{N}"'“‘(\[]|\p{Sc}\p{N}|\p{Ll}\p{Lu})/u.test(line);
}

/** Whether a paragraph reads as a subheading: at most 20 words and 160 characters, no closing punctuation, opening with a capital, a figure or a quote. */
export function looksLikeHeading(line: string): boolean {
  return words(line) <= 20 && line.length <= 160 && !/[.!?:;,"”’)\]…-]$/.test(line) && /^[\p{Lu}\p{N}‘“'"]/u.test(line) && !SIGNED_QUOTE.test(line);
}

/** A quotation signed after it on its line ("“The ferry scares me.” ― Esther Tapia") is a paragraph of speech. */
const SIGNED_QUOTE = /^["“„«].*["”“»]\s*[―—–-]\s*\p{Lu}/u;

/** Whether a block's text is the title again, a final stop aside: "Mayor Backs Pier." repeats "Mayor Backs Pier". */
export function sameAsTitle(text: string, title: string): boolean {
  const wanted = title.replace(/[.!?]+$/, "").trim();
  return wanted !== "" && text.replace(/[.!?]+$/, "").trim() === wanted;
}
