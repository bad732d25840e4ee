// Test helpers: run the pipeline on a string as if it were a file.
import { emptyCuration } from "../src/curation.ts";
import { extract } from "../src/pipeline.ts";
import type { ArticleRecord, Claim, Curation, Message, Person } from "../src/types.ts";

export function extractText(text: string | Uint8Array, file = "test.txt", curation: Curation = emptyCuration()): { record: ArticleRecord | null; messages: Message[] } {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return extract({ file, bytes }, { curation });
}

export function recordOf(text: string, file = "test.txt", curation?: Curation): ArticleRecord {
  const { record, messages } = extractText(text, file, curation);
  if (!record) throw new Error(`no record: ${messages.map((m) => m.message).join("; ")}`);
  return record;
}

/** The claims of an article given as its body (and title line), by the real stages. */
export function claimsOfBody(body: string, title = "Title line here"): Claim[] {
  return recordOf(`${title}\n\n${body}\n`).claims;
}

/** [speaker mention, cue, text] of each claim of an article given as its body (and title line). */
export const claimTriples = (body: string, title?: string): Array<[string, string, string]> =>
  claimsOfBody(body, title).map((c) => [c.speaker.mention, c.cue, c.text]);

/** The names of a record's people, sorted. */
export const peopleNames = (r: ArticleRecord): string[] => r.people.map((p) => p.name).sort();

/** The person of that name in the record (an error listing the names found when absent). */
export function personNamed(r: ArticleRecord, name: string): Person {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}; got ${peopleNames(r).join(", ")}`);
  return p;
}
