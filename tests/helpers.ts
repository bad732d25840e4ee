// Test helpers: run the pipeline on a string as if it were a file.
import { emptyCuration } from "../src/curation.ts";
import { extract } from "../src/pipeline.ts";
import type { ArticleRecord, Curation, Message } from "../src/types.ts";

export function extractText(text: string | Uint8Array, file = "test.txt", curation: Curation = emptyCuration()): { record: ArticleRecord | null; messages: Message[] } {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return extract({ file, bytes }, { curation });
}

export function recordOf(text: string, file = "test.txt", curation?: Curation): ArticleRecord {
  const { record, messages } = extractText(text, file, curation);
  if (!record) throw new Error(`no record: ${messages.map((m) => m.message).join("; ")}`);
  return record;
}
