// Stage "normalise": line endings to \n, no-break and odd spaces to plain spaces, invisible
// characters dropped, Unicode NFC. Typographic quotes and dashes are kept as the author wrote them.
import type { Draft, Line } from "../draft.ts";

function normaliseText(text: string): string {
  return normaliseChars(text).replace(/\t/g, " ").replace(/ {2,}/g, " ");
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
