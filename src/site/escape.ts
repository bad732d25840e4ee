// The few places where the site writes text that Nunjucks autoescaping cannot handle: JSON inside
// an HTML <script>, CSV cells, and URLs taken from article front matter and Markdown links. Small,
// audited, tested (tests/site/units.test.ts). Everything else is escaped by the templates' autoescape.

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

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. A text
 * starting with =, +, -, @, a tab or a CR, which a spreadsheet may run as a formula, gets a single
 * quote before it (OWASP's advice against CSV injection); numbers are written as they are.
 */
export function csvCell(value: string | number | null): string {
  const s = value === null ? "" : typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
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

/** Stands for the page's address while a relative link is resolved: no real URL has this host. */
const RELATIVE_BASE = "https://relative.invalid/";

/**
 * A Markdown link's destination that may become an href: http(s) and mailto URLs and relative ones
 * (a path, query or #fragment), read as a browser reads them; anything else (javascript:, data:,
 * vbscript:, however written) gives null and the link is shown as text. `external`: a web page on
 * another site, which the page shows with rel="nofollow noopener".
 */
export function safeLinkUrl(url: string): { href: string; external: boolean } | null {
  const href = url.trim();
  // A browser drops tabs and line ends inside a URL ("java\tscript:"); none belongs in a link.
  if (!href || /[\u0000-\u001f\u007f]/.test(href)) return null;
  let parsed: URL;
  try {
    parsed = new URL(href, RELATIVE_BASE);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:" && parsed.protocol !== "mailto:") return null;
  const external = parsed.protocol !== "mailto:" && (parsed.host !== "relative.invalid" || /^[a-z][a-z\d+.-]*:/i.test(href));
  return { href, external };
}
