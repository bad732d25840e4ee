// Photo captions that scrapers leave on an article's first line, with the picture agency's credit:
// "Caption. | AP Photo/Jo Bloggs Headline …", "Caption. | Getty Headline …", "Caption ( REUTERS/Jo Bloggs )",
// "Image caption …", and a credit alone before the text ("Getty Images Headline …"). Read by the segment
// stage, so that a caption or credit is never taken for the title or the lede; the people
// stage reads the photographer a credit names ("Credit: Jo Bloggs", "AP Photo/Jo Bloggs").
import { PICTURE_AGENCIES } from "../lexicon/boilerplate.ts";
import type { Person } from "../types.ts";

/** A photographer's name in a credit: initials and one or two capitalised words. */
const NAME = `(?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?`;
/** A picture credit: an agency or "Photo", with the photographer after a slash ("AP Photo/J. Scott Smith"). */
const AGENCY = `(?:(?:${PICTURE_AGENCIES})(?:\\s+(?:Photos?|Images|Wire))?(?:\\s*/\\s*Getty\\s+Images)?|Photo|Image|Credit)`;
const PHOTOGRAPHER = `(?:\\s*/\\s*${NAME})?(?:\\s*/\\s*(?:${PICTURE_AGENCIES}))?`;
/** "… | AP Photo/Mel Evans Headline": the caption ends at the credit after a bar; what follows is the headline. */
const BAR_CREDIT = new RegExp(`^(.*\\S)\\s+\\|\\s+(${AGENCY}${PHOTOGRAPHER}:?)(?:\\s+(\\S.*))?$`, "u");
/** "… ( REUTERS/Jonathan Ernst )", "… (Photo: NRA News)": a line that ends in a bracketed credit is a caption. */
const BRACKET_CREDIT = new RegExp(`\\(\\s*(?:${AGENCY}${PHOTOGRAPHER}|(?:Photo|Image|Picture|Credit)s?\\s*:[^)]*)\\s*\\)\\s*$`, "u");

/** "Image caption …", "Media caption …", "Image copyright …": a line the page labels a caption is one, whatever follows. */
const LABELLED_CAPTION = /^(?:Image|Media) (?:caption|copyright)\s+\S/u;

const SUFFIX = "(?:Photos?|Images|Pictures)";
/**
 * A picture credit opening a line before its text (the photo's caption lost): "Getty Images Headline …",
 * "AP Photo/Jo Bloggs The …", "AFP/Getty Images The …", "Photo: Reuters The …", "(Photo: Jo Bloggs) The …".
 * Without a label an agency's bare name is no credit ("Reuters reported …", "Reuters/Ipsos poll …"): it
 * needs "Photo(s)", "Images" or "Pictures" after it, or "/Getty Images". Only before a word that starts
 * a headline or a sentence.
 */
const OPENING_CREDIT = new RegExp(
  `^(?:\\(\\s*(?:Photo|Image|Picture|Credit)s?\\s*:[^)]*\\)` +
    `|(?:(?:Photo|Image|Picture)s?(?:\\s+[Cc]redits?)?|Credits?)\\s*:\\s*(?:${PICTURE_AGENCIES})(?:\\s+${SUFFIX})?(?:\\s*/\\s*(?:Getty\\s+Images|${NAME}))?` +
    `|(?:${PICTURE_AGENCIES})(?:\\s+${SUFFIX}(?:\\s*/\\s*${NAME})?|\\s*/\\s*Getty\\s+Images))` +
    `(?=\\s+["'“‘\\p{Lu}\\p{N}])`,
  "u",
);

/** A picture credit opening the line and the text after it; null when the line opens with none. */
export function openingCredit(line: string): { credit: string; rest: string } | null {
  const m = OPENING_CREDIT.exec(line);
  return m ? { credit: m[0], rest: line.slice(m[0].length).trim() } : null;
}

export interface Caption {
  /** The caption with its credit, as written. */
  caption: string;
  /** What followed the credit on the same line (the headline), or "". */
  rest: string;
}

/** The caption on a line that holds one with its credit; null for any other line. */
export function captionOf(line: string): Caption | null {
  const bar = BAR_CREDIT.exec(line);
  if (bar?.[1] && bar[2]) return { caption: `${bar[1]} | ${bar[2]}`, rest: bar[3]?.trim() ?? "" };
  return BRACKET_CREDIT.test(line) || LABELLED_CAPTION.test(line) ? { caption: line, rest: "" } : null;
}

/**
 * A credit's label and the photographer's name after it: "Credit: Jo Bloggs", "Photo by Jo Bloggs",
 * "photo by Jo Bloggs", "Image via Jo Bloggs/Getty Images", "Photograph: J. Bloggs", "AP Photo/Jo Bloggs",
 * "REUTERS/Jo Bloggs". The name is initials and one or two capitalised words, as in the caption's credit above.
 */
const CREDIT_NAME = new RegExp(
  `(?:\\b(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture)\\s+)?(?:[Cc]redits?|[Pp]hotos?|[Pp]hotographs?|[Pp]ictures?|[Ii]mages?)\\s*(?::|\\s(?:by|via|courtesy\\s+of)\\b)|\\b(?:${PICTURE_AGENCIES})(?:\\s+(?:Photos?|Images))?\\s*/)\\s*(${NAME})`,
  "gu",
);

/**
 * Whether `text` may hold a credit `CREDIT_NAME` finds: a label holds "redit", "hoto", "icture" or
 * "mage", an agency's credit a slash. Most articles have none, and these searches are far quicker than
 * the pattern's, which tries its alternatives at every word.
 */
const mayNameCredit = (text: string): boolean => text.includes("/") || text.includes("hoto") || text.includes("mage") || text.includes("redit") || text.includes("icture");

/** Where the photographers named by picture credits stand in `text`: the name's start and end. */
export function creditNames(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!mayNameCredit(text)) return out;
  for (const m of text.matchAll(CREDIT_NAME)) {
    const name = m[1];
    if (!name || m.index === undefined) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length });
  }
  return out;
}

/** Whether a line holds a picture credit naming someone ("Photo by Jo Bloggs"): the people stage reads it apart when it is removed as boilerplate. */
export function namesCredit(line: string): boolean {
  return line.search(CREDIT_NAME) >= 0;
}

/**
 * The article's people with the photographers that credit lines removed from the text name
 * (`credited`, as the people stage reads them): one already among the people gets the role, another
 * is added with no mention in the text.
 */
export function withPhotographers(people: Person[], credited: readonly Person[]): Person[] {
  if (!credited.length) return people;
  const out = people.map((p) => ({ ...p }));
  for (const c of credited) {
    const known = out.find((p) => p.slug === c.slug || p.aliases.includes(c.name));
    if (!known) out.push({ slug: c.slug, name: c.name, aliases: [], roles: ["photographer"], mentions: 0, spans: [] });
    else if (!known.roles.includes("photographer")) known.roles = [...known.roles, "photographer"];
  }
  return out;
}
