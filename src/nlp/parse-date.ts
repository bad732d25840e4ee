// Reads a date as articles write it ("2020-02-07", "7 February 2020", "Mar. 3rd, 2017", "03/25/2021",
// "3 mars 2021", "3. März 2021", "3 de marzo de 2021") to YYYY-MM-DD, through luxon; an impossible
// date (2020-13-45) is null, never rolled over.
import { DateTime } from "luxon";

const FORMATS = ["yyyy-M-d", "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy"];

/** The English month of each French, German, Spanish, Italian and Portuguese month name, lower-cased (with and without accents). */
const FOREIGN_MONTHS: Readonly<Record<string, string>> = {
  // French
  janvier: "January", février: "February", fevrier: "February", mars: "March", avril: "April", mai: "May", juin: "June", juillet: "July",
  août: "August", aout: "August", septembre: "September", octobre: "October", novembre: "November", décembre: "December", decembre: "December",
  // German
  januar: "January", jänner: "January", februar: "February", märz: "March", maerz: "March", juni: "June", juli: "July", oktober: "October", dezember: "December",
  // Spanish
  enero: "January", febrero: "February", marzo: "March", abril: "April", mayo: "May", junio: "June", julio: "July", agosto: "August",
  septiembre: "September", setiembre: "September", octubre: "October", noviembre: "November", diciembre: "December",
  // Italian
  gennaio: "January", febbraio: "February", aprile: "April", maggio: "May", giugno: "June", luglio: "July", settembre: "September",
  ottobre: "October", dicembre: "December",
  // Portuguese
  janeiro: "January", fevereiro: "February", março: "March", marco: "March", maio: "May", junho: "June", julho: "July", setembro: "September",
  outubro: "October", dezembro: "December",
};

/** The month names of French, German, Spanish, Italian and Portuguese dates, lower-cased, for the date lines' patterns. */
export const FOREIGN_MONTH_WORDS: readonly string[] = Object.keys(FOREIGN_MONTHS);

/**
 * "03/25/2021", "25.03.2021": day and month in figures. With a slash or a hyphen the month comes
 * first, as in the United States, unless it cannot ("25/03/2021" is 25 March); with a dot the day
 * comes first, as in Europe, unless it cannot ("03.25.2021" is 25 March).
 */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Parses a written date to YYYY-MM-DD, or null when it is not a real calendar date. */
export function parseDate(value: string): string | null {
  const n = NUMERIC.exec(value.trim());
  if (n) {
    const [a, b] = [Number(n[1]), Number(n[3])];
    const dayFirst = n[2] === "." ? b <= 12 : a > 12;
    const d = DateTime.fromObject({ year: Number(n[4]), month: dayFirst ? b : a, day: dayFirst ? a : b }, { zone: "utc" });
    return d.isValid ? d.toISODate() : null;
  }
  const v = value
    .trim()
    .replace(/^(\d{4}-\d{1,2}-\d{1,2})[T ].*$/, "$1")
    // "3 de marzo de 2021" → "3 marzo 2021", "3. März" → "3 März", then the month in English.
    .replace(/\s+de\s+/gi, " ")
    .replace(/^(\d{1,2})\.(?=\s)/, "$1")
    .replace(/\p{L}+/gu, (w) => FOREIGN_MONTHS[w.toLowerCase()] ?? w)
    // "3rd" (French "1er") → "3", "Mar." → "Mar", "Sept" → "Sep", "March 3, 2017" → "March 3 2017".
    .replace(/\b(\d{1,2})(?:st|nd|rd|th|er)\b/gi, "$1")
    .replace(/(\p{L})\./gu, "$1")
    .replace(/\bsept\b/i, "Sep")
    .replace(/[\s,]+/g, " ");
  for (const f of FORMATS) {
    const d = DateTime.fromFormat(v, f, { locale: "en", zone: "utc" });
    if (d.isValid) return d.toISODate();
  }
  return null;
}
