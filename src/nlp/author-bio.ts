// The writer a column or blog post names in a short biography at its end ("Jo Bloggs is a freelance
// writer based in Leeds.", "Jo Bloggs is the author of …"): the same as a byline at its top.
import { FUNCTION_WORDS } from "../lexicon/words.ts";

/** A writer's name: an initial or a capitalised word, then one to three more (particles such as "van" or "de" too). */
export const WRITER_NAME = "(?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+|van|von|der|den|de|da|di|du|la|le|bin|al)){1,3}";

/**
 * A paragraph that opens with a name and what the person writes or is as a writer. The words of a
 * writer's trade only: "Jo Bloggs is the mayor of …" or "… is a lawyer" closing a news story is
 * about someone in it, not by them.
 */
const BIO = new RegExp(
  `^(${WRITER_NAME})\\s+(?:is an?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:writer|author|journalist|columnist|reporter|editor|contributor|graduate|blogger|correspondent|commentator|student|freelancer)\\b|is the (?:author|editor|publisher|founder) of\\b|has authored\\b|has written (?:for|about|extensively)\\b|writes (?:for|about|on)\\b|studies\\b)`,
  "u",
);

/** How many of the last paragraphs may hold the biography (a copyright or sharing line may follow it). */
const LAST_PARAGRAPHS = 3;

/** The writer named by a biography among the last paragraphs, or null. */
export function bioAuthor(paragraphs: readonly string[]): string | null {
  for (let i = Math.max(1, paragraphs.length - LAST_PARAGRAPHS); i < paragraphs.length; i++) {
    const name = BIO.exec(paragraphs[i] ?? "")?.[1];
    if (name && !FUNCTION_WORDS.has(name.split(/\s+/)[0]?.toLowerCase() ?? "")) return name;
  }
  return null;
}
