// Calendar words, lower-cased: the names of the days and months, spelled out once for the rules
// that read times ("on Monday", "in January", "Sunday morning, …") and written dates ("Fri 3 Mar 2017").

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;

/** "monday|tuesday|…": for building a rule's pattern. */
export const alternation = (words: readonly string[]): string => words.join("|");

/** A day's name, lower-cased: "monday" … "sunday". */
export const WEEKDAY = new RegExp(`^(?:${alternation(WEEKDAYS)})$`);

/** Short forms, longest first after the full names: "jan" … "dec" and "sept"; "mon" … "sun", "tues", "thurs". */
const short = (words: readonly string[], extra: readonly string[]): string[] => [...new Set([...words, ...extra, ...words.map((w) => w.slice(0, 3))])];

/** A month as a written date names it, lower-cased: "january", "sept", "jan" (match with the /i flag). */
export const MONTH_WORDS: readonly string[] = short(MONTHS, ["sept"]);
/** A day as a written date names it, lower-cased: "monday", "thurs", "mon" (match with the /i flag). */
export const WEEKDAY_WORDS: readonly string[] = short(WEEKDAYS, ["tues", "thurs"]);
