// Parallel extraction: spreads article files over worker threads (plus this thread) that read and
// extract them; results come back in file-path order whatever the timing, like the serial loop.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractionContext } from "../pipeline.ts";
import { workerEntry } from "../root.ts";
import type { ArticleRecord, Curation, Message } from "../types.ts";
import { type BatchRequest, type FileResult, type WorkerInit, type WorkerReply, extractBatch } from "./task.ts";

export type { FileResult };

export interface PoolOptions {
  /** Threads extracting at once, this one included; default os.availableParallelism(). 1 runs serially here. */
  threads?: number;
  /**
   * What this thread does: "lane" (default) extracts like a worker, so `threads` − 1 workers start;
   * "start" extracts only while the workers load; "idle" leaves all files to `threads` workers.
   */
  mainThread?: "lane" | "start" | "idle";
  /** Fewer files than this are extracted serially here: starting a worker costs more. Default 48. */
  inlineBelow?: number;
  /**
   * Files per batch. By default batches shrink as the run goes on: each takes about a quarter of a
   * thread's share of the files left (at most 64, at least 4), so no thread is left with a long
   * batch while the others have finished.
   */
  batchSize?: number;
  /** Called as batches finish, for progress on long runs. */
  onProgress?: (done: number, total: number) => void;
  /** news-archive.yaml's `boilerplate` lines, removed from every article (see Context in ../pipeline.ts). */
  boilerplate?: readonly string[];
  /**
   * Takes the results as they come, in file-path order, instead of the returned lists (which are
   * then empty): the pool does not hold every record until the end (e.g. the build stores each in
   * the records cache at once, so its heap, which every full garbage collection walks, stays small).
   */
  onResults?: (results: FileResult[]) => void;
}

export interface ExtractAllResult {
  /** One result per file (path, record or null, its messages), sorted by path: e.g. to cache each. */
  files: FileResult[];
  /** Records of the files that did not fail, sorted by file path. */
  records: ArticleRecord[];
  /** Every message raised (read failures included), grouped by file in file-path order. */
  messages: Message[];
}

/** Batches a worker holds at once, so it never waits for this thread to hand it the next. */
const IN_FLIGHT = 2;
/** Bounds of the default batch size (see PoolOptions.batchSize). */
const MAX_BATCH = 64;
const MIN_BATCH = 4;
/** Files read at once before they are extracted, on the serial path (see extractBatch in ./task.ts). */
const READ_BURST = 16;

/**
 * Reads and extracts `files` (paths as listArticles returns them) on worker threads. Record
 * `file` names are relative to `contentDir` when given, as readSource makes them.
 */
export async function extractAll(
  files: string[],
  contentDir: string | undefined,
  curation: Curation,
  options: PoolOptions = {},
): Promise<ExtractAllResult> {
  const paths = [...files].sort();
  const ctx = extractionContext(curation, options.boilerplate);
  const mode = options.mainThread ?? "lane";
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), paths.length));
  const workerCount = mode === "lane" ? threads - 1 : threads;
  const results: FileResult[] = [];
  const take = options.onResults ?? ((batch: FileResult[]): void => void results.push(...batch));
  if (threads <= 1 || workerCount < 1 || paths.length < (options.inlineBelow ?? 48)) {
    for (let i = 0; i < paths.length; i += READ_BURST) {
      take(extractBatch(paths.slice(i, i + READ_BURST), contentDir, ctx));
      options.onProgress?.(Math.min(i + READ_BURST, paths.length), paths.length);
    }
    return collect(results);
  }

  // Batches are contiguous runs of the sorted paths, so the results, slotted by batch, stay in order.
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; ) {
    const size = options.batchSize ?? Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil((paths.length - i) / (threads * 4))));
    batches.push(paths.slice(i, i + size));
    i += size;
  }
  // Finished batches not yet taken (one waits for those before it), by batch number.
  const slots = new Map<number, FileResult[]>();
  let taken = 0;
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let finished = 0;
  let ready = 0;
  let stopped = false;

  try {
    await new Promise<void>((resolve, reject) => {
      const stop = (error?: Error): void => {
        if (stopped) return;
        stopped = true;
        if (error) reject(error);
        else resolve();
      };
      const settle = (id: number, results: FileResult[]): void => {
        slots.set(id, results);
        try {
          for (let batch = slots.get(taken); batch; batch = slots.get(taken)) {
            slots.delete(taken);
            taken += 1;
            take(batch);
          }
        } catch (error) {
          stop(error as Error);
          return;
        }
        done += results.length;
        finished += 1;
        options.onProgress?.(done, paths.length);
        if (finished === batches.length) stop();
      };
      const feed = (worker: Worker): void => {
        if (stopped || next >= batches.length) return;
        const req: BatchRequest = { id: next, paths: batches[next] ?? [] };
        next += 1;
        worker.postMessage(req);
      };
      const init: WorkerInit = { contentDir, ctx };
      for (let t = 0; t < workerCount; t++) {
        const worker = new Worker(workerEntry("extract-worker", import.meta.url), { workerData: init, execArgv: workerExecArgv() });
        workers.push(worker);
        worker.on("message", (reply: WorkerReply) => {
          if (reply.type === "ready") {
            ready += 1;
            for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
          } else {
            settle(reply.id, reply.results);
            feed(worker);
          }
        });
        worker.on("error", (error) => stop(error));
        worker.on("exit", (code) => {
          if (finished < batches.length) stop(new Error(`extraction worker stopped (exit code ${code}) before its files were done`));
        });
      }
      // This thread takes batches too: always ("lane") or until every worker has loaded ("start").
      const help = (): void => {
        if (stopped || next >= batches.length || mode === "idle" || (mode === "start" && ready >= workerCount)) return;
        const id = next;
        next += 1;
        settle(id, extractBatch(batches[id] ?? [], contentDir, ctx));
        setImmediate(help);
      };
      setImmediate(help);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return collect(results);
}

function collect(results: FileResult[]): ExtractAllResult {
  const records: ArticleRecord[] = [];
  const messages: Message[] = [];
  for (const r of results) {
    if (r.record) records.push(r.record);
    messages.push(...r.messages);
  }
  return { files: results, records, messages };
}

/**
 * The parent's Node flags that a worker accepts: minus module loaders/preloads (`--import tsx` and
 * the like), which do not carry over (the worker's entry file registers tsx itself), and minus the
 * process-wide flags Node refuses for a worker with ERR_WORKER_INVALID_EXEC_ARGV: V8 heap and stack
 * sizes, and V8-only flags such as `--maglev` or `--stack-trace-limit=N`. No Node list says which
 * flags those are (`process.allowedNodeEnvironmentFlags` allows `--stack-trace-limit`), so whatever
 * is left after the known ones is tried: Node checks the flags as the Worker is constructed, before
 * the thread runs anything, and a probe that passes is stopped at once. Memoised per flag list.
 */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const key = argv.join("\0");
  const known = accepted.get(key);
  if (known) return [...known];
  const groups: string[][] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (/^(?:--import|--require|-r|--loader|--experimental-loader)$/.test(a)) i += 1;
    else if (/^--(?:import|require|loader|experimental-loader)=/.test(a)) continue;
    else if (/^--(?:max-old-space-size|max-semi-space-size|max-young-generation-size|stack-size)(?:=|$)/.test(a)) continue;
    else if (a.startsWith("-") || groups.length === 0) groups.push([a]);
    else groups[groups.length - 1]?.push(a); // a flag's value given apart: `--conditions dev`
  }
  const flat = groups.flat();
  const out = flat.length === 0 || workerAccepts(flat) ? flat : groups.filter(workerAccepts).flat();
  accepted.set(key, out);
  return [...out];
}

const accepted = new Map<string, readonly string[]>();

function workerAccepts(execArgv: string[]): boolean {
  try {
    const probe = new Worker("", { eval: true, execArgv, stdout: true, stderr: true });
    void probe.terminate();
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_WORKER_INVALID_EXEC_ARGV") return false;
    throw e;
  }
}
