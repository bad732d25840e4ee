// The few places where the site writes text that Nunjucks autoescaping cannot handle: JSON inside
// an HTML <script>, CSV cells, and URLs taken from article front matter. Small, audited, tested
// (tests/site/escape.test.ts). Everything else is escaped by the templates' autoescape.

/**
 * JSON that is safe inside <script type="application/ld+json">: no "<", ">" or "&" survive (so no
 * "</script>" or "<!--" can end or confuse the element), nor the JS line terminators U+2028/2029.
 * The result parses back to the same value with JSON.parse.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvCell(value: string | number | null): string {
  const s = value === null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document: CRLF line ends as RFC 4180 asks, and a final line end. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A URL from article data that may become an href: only absolute http(s) URLs pass, else null. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
