// Filters and shortcodes the templates use. Shortcode output is not autoescaped by Eleventy, so
// each one here escapes for its own context (see ./escape.ts); filters return plain text that
// Nunjucks then escapes as usual.
import { jsonForScript } from "./escape.ts";

export const filters = {
  /** "/people/x/" → "https://example.org/news/people/x/" given the site root. */
  absolute(url: string, root: string): string {
    return `${root}${String(url).replace(/^\//, "")}`;
  },
  /** Thousands separators, fixed locale so builds do not depend on the machine. */
  number(n: number): string {
    return Number(n).toLocaleString("en-GB");
  },
  /** "1 article" / "2 articles". */
  count(n: number, one: string, many?: string): string {
    return `${Number(n).toLocaleString("en-GB")} ${n === 1 ? one : (many ?? `${one}s`)}`;
  },
};

export const shortcodes = {
  /** A JSON-LD element; the JSON cannot close the <script> or start a comment. */
  jsonLd(value: unknown): string {
    return `<script type="application/ld+json">${jsonForScript(value)}</script>`;
  },
  /** A whole JSON document (feed.json): for non-HTML outputs only. */
  jsonDocument(value: unknown): string {
    return `${JSON.stringify(value, null, 1)}\n`;
  },
};
