// Reads a date as articles write it ("2020-02-07", "7 February 2020", "Mar. 3rd, 2017") to
// YYYY-MM-DD, through luxon; an impossible date (2020-13-45) is null, never rolled over.
import { DateTime } from "luxon";

const FORMATS = ["yyyy-M-d", "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy"];

/** Parses a written date to YYYY-MM-DD, or null when it is not a real calendar date. */
export function parseDate(value: string): string | null {
  const v = value
    .trim()
    .replace(/^(\d{4}-\d{1,2}-\d{1,2})[T ].*$/, "$1")
    // "3rd" → "3", "Mar." → "Mar", "Sept" → "Sep", "March 3, 2017" → "March 3 2017".
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, "$1")
    .replace(/(\p{L})\./gu, "$1")
    .replace(/\bsept\b/i, "Sep")
    .replace(/[\s,]+/g, " ");
  for (const f of FORMATS) {
    const d = DateTime.fromFormat(v, f, { locale: "en", zone: "utc" });
    if (d.isValid) return d.toISODate();
  }
  return null;
}
