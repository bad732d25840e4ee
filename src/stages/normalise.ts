// Stage "normalise": line endings to \n, no-break and odd spaces to plain spaces, invisible
// characters dropped, Unicode NFC, and in plain text HTML character references decoded. Typographic
// quotes and dashes are kept as the author wrote them.
import { decodeHTMLStrict } from "entities";
import type { Draft, Line } from "../draft.ts";

/**
 * Scraped plain text often keeps the page's character references ("&#163;1.8m", "Pel&#233;",
 * "AT&amp;T"): they are decoded, only when complete (with their semicolon), so a bare "AT&T" or
 * "R&D" stays as written. Markdown is left alone here: markdown-it decodes references itself, and
 * one written as code must stay as written.
 */
function normaliseText(text: string): string {
  const decoded = text.includes("&") ? decodeHTMLStrict(text) : text;
  return normaliseChars(decoded).replace(/\t/g, " ").replace(/ {2,}/g, " ");
}

/** Everything but the white space: Markdown's indentation and tabs are structure (code, nested lists). */
function normaliseChars(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u205F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "");
}

export function normalise(draft: Draft): Draft {
  // Markdown keeps each line's indentation and inner spacing: segment's parser needs it, and it
  // collapses the white space of paragraph text itself.
  const lines: Line[] = (draft.markdown ? normaliseChars(draft.content) : normaliseText(draft.content))
    .split("\n")
    .map((text, i) => ({ text: draft.markdown ? text.trimEnd() : text.trim(), line: draft.contentLine + i }));
  return { ...draft, lines };
}
