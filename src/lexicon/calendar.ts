// Calendar words, lower-cased: the names of the days and months, spelled out once for the rules
// that read times ("on Monday", "in January", "Sunday morning, …").

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;

/** "monday|tuesday|…": for building a rule's pattern. */
export const alternation = (words: readonly string[]): string => words.join("|");

/** A day's name, lower-cased: "monday" … "sunday". */
export const WEEKDAY = new RegExp(`^(?:${alternation(WEEKDAYS)})$`);
