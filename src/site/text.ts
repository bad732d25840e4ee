// Labels for dates and short text: fixed English month names and no clock or locale data, so the
// same content always gives the same pages.

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2020-02-07" → "7 February 2020"; null → "Undated". */
export function dateLabel(date: string | null): string {
  if (!date) return "Undated";
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "2020-02" → "February 2020". */
export function monthLabel(yearMonth: string): string {
  const [y, mm] = yearMonth.split("-");
  return `${MONTHS[Number(mm) - 1] ?? mm} ${y}`;
}

export function shortMonth(mm: string): string {
  return (MONTHS[Number(mm) - 1] ?? mm).slice(0, 3);
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
