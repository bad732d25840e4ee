// What one extraction worker does to one batch of files, and the messages the pool and its
// workers exchange. Shared by the worker thread and by the pool's in-thread fallback.
import { isMessage, readSource } from "../io.ts";
import { type Context, extract } from "../pipeline.ts";
import type { ArticleRecord, Message, SourceFile } from "../types.ts";

/** The result for one file: its record (null when the file failed) and every message it raised. */
export interface FileResult {
  /** The path as given to the pool. */
  path: string;
  record: ArticleRecord | null;
  messages: Message[];
}

/** Passed once to each worker as `workerData`. */
export interface WorkerInit {
  contentDir: string | undefined;
  /** The curation and the boilerplate lines every file is extracted with. */
  ctx: Context;
}

/** Main thread → worker: extract these files (absolute or cwd-relative paths). */
export interface BatchRequest {
  id: number;
  paths: string[];
}

/** Worker → main thread: the results of one batch, in the order of its paths. */
export interface BatchReply {
  type: "batch";
  id: number;
  results: FileResult[];
}

/** Worker → main thread: sent once, when the worker has loaded its modules and can take batches. */
export interface ReadyReply {
  type: "ready";
}

export type WorkerReply = BatchReply | ReadyReply;

/**
 * Reads every file of the batch, then extracts them. A burst of reads costs a fraction of the same
 * reads spread between extractions (BBC corpus, serial: about 40 µs a file in bursts of 16 against
 * about 100 µs one at a time), and a batch's bytes are few (see READ_BURST in ./pool.ts).
 */
export function extractBatch(paths: string[], contentDir: string | undefined, ctx: Context): FileResult[] {
  const sources: Array<SourceFile | Message | null> = paths.map((p) => readSource(p, contentDir));
  return paths.map((path, i) => {
    const source = sources[i] ?? null;
    sources[i] = null;
    if (!source || isMessage(source)) return { path, record: null, messages: source ? [source] : [] };
    return { path, ...extract(source, ctx) };
  });
}
