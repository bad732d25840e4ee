// Photo captions that scrapers leave on an article's first line, with the picture agency's credit:
// "Caption. | AP Photo/Jo Bloggs Headline …", "Caption. | Getty Headline …", "Caption ( REUTERS/Jo Bloggs )".
// Read by the segment stage, so that a caption is never taken for the title or the lede; the people
// stage reads the photographer a credit names ("Credit: Jo Bloggs", "AP Photo/Jo Bloggs").
import { PICTURE_AGENCIES } from "../lexicon/boilerplate.ts";

/** A picture credit: an agency or "Photo", with the photographer after a slash ("AP Photo/J. Scott Smith"). */
const AGENCY = `(?:(?:${PICTURE_AGENCIES})(?:\\s+(?:Photos?|Images|Wire))?(?:\\s*/\\s*Getty\\s+Images)?|Photo|Image|Credit)`;
const PHOTOGRAPHER = `(?:\\s*/\\s*(?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?(?:\\s*/\\s*(?:${PICTURE_AGENCIES}))?`;
/** "… | AP Photo/Mel Evans Headline": the caption ends at the credit after a bar; what follows is the headline. */
const BAR_CREDIT = new RegExp(`^(.*\\S)\\s+\\|\\s+(${AGENCY}${PHOTOGRAPHER}:?)(?:\\s+(\\S.*))?$`, "u");
/** "… ( REUTERS/Jonathan Ernst )", "… (Photo: NRA News)": a line that ends in a bracketed credit is a caption. */
const BRACKET_CREDIT = new RegExp(`\\(\\s*(?:${AGENCY}${PHOTOGRAPHER}|(?:Photo|Image|Picture|Credit)s?\\s*:[^)]*)\\s*\\)\\s*$`, "u");

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
  return BRACKET_CREDIT.test(line) ? { caption: line, rest: "" } : null;
}

/**
 * A credit's label and the photographer's name after it: "Credit: Jo Bloggs", "Photo by Jo Bloggs",
 * "Photograph: J. Bloggs", "AP Photo/Jo Bloggs", "REUTERS/Jo Bloggs". The name is initials and one or
 * two capitalised words, as in the caption's credit above.
 */
const CREDIT_NAME = new RegExp(
  `(?:\\b(?:(?:Photo|Image|Picture)\\s+)?(?:Credits?|Photos?|Photographs?|Pictures?|Images?)\\s*(?::|\\s\\bby\\b)|\\b(?:${PICTURE_AGENCIES})(?:\\s+(?:Photos?|Images))?\\s*/)\\s*((?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`,
  "gu",
);

/** Where the photographers named by picture credits stand in `text`: the name's start and end. */
export function creditNames(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(CREDIT_NAME)) {
    const name = m[1];
    if (!name || m.index === undefined) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length });
  }
  return out;
}
