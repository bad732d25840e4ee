// The build step for one article: the stage order, written once. Each stage is a small module
// taking and returning a Draft; problems are collected as messages, and a failed stage stops the file.
import { type Draft, emptyDraft } from "./draft.ts";
import { emptyCuration } from "./curation.ts";
import { boilerplate } from "./stages/boilerplate.ts";
import { claims } from "./stages/claims.ts";
import { curate } from "./stages/curate.ts";
import { dates } from "./stages/dates.ts";
import { entities } from "./stages/entities.ts";
import { frontMatter } from "./stages/frontmatter.ts";
import { normalise } from "./stages/normalise.ts";
import { people } from "./stages/people.ts";
import { read } from "./stages/read.ts";
import { record } from "./stages/record.ts";
import { segment } from "./stages/segment.ts";
import { sources } from "./stages/sources.ts";
import type { ArticleRecord, Curation, Message, SourceFile } from "./types.ts";

export interface Context {
  curation: Curation;
  /** news-archive.yaml's `boilerplate`: the site's own lines to remove from every article (none when absent). */
  boilerplate?: readonly string[];
}

/** The context for a curation and news-archive.yaml's boilerplate lines (left out when there are none). */
export function extractionContext(curation: Curation, boilerplate: readonly string[] = []): Context {
  return boilerplate.length ? { curation, boilerplate } : { curation };
}

type Stage = (draft: Draft, ctx: Context) => Draft;

export const STAGES: ReadonlyArray<readonly [name: string, run: Stage]> = [
  ["read", read],
  ["front-matter", frontMatter],
  ["normalise", normalise],
  ["boilerplate", boilerplate],
  ["segment", segment],
  ["dates", dates],
  ["sources", sources],
  ["people", people],
  ["entities", entities],
  ["claims", claims],
  ["curate", (d, ctx) => curate(d, ctx.curation)],
];

export interface Extracted {
  record: ArticleRecord | null;
  messages: Message[];
}

export function extract(source: SourceFile, ctx: Context = { curation: emptyCuration() }): Extracted {
  let draft = emptyDraft(source.file, source.bytes);
  for (const [name, run] of STAGES) {
    try {
      draft = run(draft, ctx);
    } catch (error) {
      draft.messages.push({ file: source.file, severity: "error", origin: name, message: `internal error: ${(error as Error).stack ?? String(error)}` });
      draft.failed = true;
    }
    if (draft.failed) return { record: null, messages: draft.messages };
  }
  return { record: record(draft), messages: draft.messages };
}
