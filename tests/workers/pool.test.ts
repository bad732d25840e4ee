// The extraction pool gives exactly what the serial loop gives, in file-path order, whether it
// runs on worker threads (TypeScript loaded through tsx in each worker) or in this thread.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCuration } from "../../src/curation.ts";
import { isMessage, listArticles, readSource } from "../../src/io.ts";
import { extract } from "../../src/pipeline.ts";
import type { ArticleRecord, Curation, Message } from "../../src/types.ts";
import { Worker } from "node:worker_threads";
import { extractAll, workerExecArgv } from "../../src/workers/pool.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const CONTENT = join(ROOT, "content");
const BBC = resolve(process.env.NEWS_ARCHIVE_SHARED ?? join(ROOT, "..", "shared"), "corpora", "bbc");

function serial(paths: string[], dir: string, curation: Curation): { records: ArticleRecord[]; messages: Message[] } {
  const records: ArticleRecord[] = [];
  const messages: Message[] = [];
  for (const p of [...paths].sort()) {
    const source = readSource(p, dir);
    if (isMessage(source)) {
      messages.push(source);
      continue;
    }
    const out = extract(source, { curation });
    messages.push(...out.messages);
    if (out.record) records.push(out.record);
  }
  return { records, messages };
}

const curation = parseCuration("drop:\n  people: [Nobody Atall]\n").curation;

describe("extractAll", () => {
  it("extracts on worker threads what the serial loop extracts", async () => {
    const files = listArticles(CONTENT);
    const { files: perFile, ...pooled } = await extractAll(files, CONTENT, curation, { threads: 2, inlineBelow: 0, batchSize: 1, mainThread: "idle" });
    expect(pooled).toEqual(serial(files, CONTENT, curation));
    expect(perFile.map((f) => f.path)).toEqual(files);
    expect(pooled.records.map((r) => r.file)).toEqual(files.map((f) => f.slice(CONTENT.length + 1)));
  });

  it("hands the results over as they come with onResults, in file-path order, keeping none itself", async () => {
    const files = listArticles(CONTENT);
    const expected = serial(files, CONTENT, curation);
    for (const options of [{ threads: 2, inlineBelow: 0, batchSize: 1 }, { threads: 1, inlineBelow: 0 }]) {
      const taken: Array<{ path: string; record: ArticleRecord | null; messages: Message[] }> = [];
      let done = 0;
      // How far the run was when the first results were handed over: before its end.
      let doneAtFirst: number | undefined;
      const kept = await extractAll(files, CONTENT, curation, {
        ...options,
        onProgress: (n) => void (done = n),
        onResults: (batch) => {
          doneAtFirst ??= done;
          taken.push(...batch);
        },
      });
      expect(kept).toEqual({ files: [], records: [], messages: [] });
      expect(taken.map((f) => f.path)).toEqual([...files].sort());
      expect(taken.flatMap((f) => (f.record ? [f.record] : []))).toEqual(expected.records);
      expect(taken.flatMap((f) => f.messages)).toEqual(expected.messages);
      expect(doneAtFirst).toBeLessThan(files.length);
    }
  });

  it("runs in this thread below the threshold or with one thread, with the same result", async () => {
    const files = listArticles(CONTENT);
    const expected = serial(files, CONTENT, curation);
    expect(await extractAll(files, CONTENT, curation)).toMatchObject(expected);
    expect(await extractAll(files, CONTENT, curation, { threads: 1, inlineBelow: 0 })).toMatchObject(expected);
  });

  it("reports a file it cannot read as a message naming it, and still does the others", async () => {
    const files = [...listArticles(CONTENT), join(CONTENT, "no-such-file.txt")];
    const { records, messages } = await extractAll(files, CONTENT, curation, { threads: 2, inlineBelow: 0, batchSize: 1 });
    expect(records).toHaveLength(files.length - 1);
    expect(messages).toContainEqual(expect.objectContaining({ file: "no-such-file.txt", severity: "error", origin: "read" }));
  });

  it("reads files in bursts on the serial path: a folder or a missing file among them is a message, the rest are extracted in order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pool-serial-"));
    try {
      const names = Array.from({ length: 20 }, (_, i) => `a${String(i).padStart(2, "0")}.txt`);
      for (const n of names) writeFileSync(join(dir, n), `Title ${n}\n\nJo Blum said the plan would work.\n`);
      mkdirSync(join(dir, "b-folder.txt"));
      const files = [...names.map((n) => join(dir, n)), join(dir, "b-folder.txt"), join(dir, "c-missing.txt")];
      const progress: number[] = [];
      const { records, messages } = await extractAll(files, dir, curation, { threads: 1, inlineBelow: 0, onProgress: (done) => progress.push(done) });
      expect(records.map((r) => r.file)).toEqual(names);
      expect(messages.filter((m) => m.severity === "error")).toEqual([
        { file: "b-folder.txt", severity: "error", origin: "read", message: "is a folder, not an article file" },
        { file: "c-missing.txt", severity: "error", origin: "read", message: "cannot read: no such file" },
      ]);
      expect(progress[progress.length - 1]).toBe(files.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(BBC))(`keeps file-path order whatever the input order and timing (BBC corpus${existsSync(BBC) ? "" : " absent: skipped"})`, async () => {
    const files = listArticles(BBC).filter((_, i) => i % 10 === 0);
    const shuffled = [...files].reverse();
    const progress: number[] = [];
    const { files: perFile, ...pooled } = await extractAll(shuffled, BBC, curation, { threads: 2, inlineBelow: 0, batchSize: 7, onProgress: (done) => progress.push(done) });
    expect(pooled).toEqual(serial(files, BBC, curation));
    expect(perFile.map((f) => f.path)).toEqual(files);
    expect(progress[progress.length - 1]).toBe(files.length);
  });
});

describe("worker flags", () => {
  it("drop module loaders and the process-wide heap sizes, which Node refuses for a worker", async () => {
    // What `news-archive build` runs with: bin/news-archive.mjs sets the heap size, tsx is a loader.
    const parent = ["--max-old-space-size=18079", "--import", "tsx", "--enable-source-maps", "--stack-size=2000", "--require=x"];
    const flags = workerExecArgv(parent);
    expect(flags).toEqual(["--enable-source-maps"]);
    expect(() => new Worker("", { eval: true, execArgv: ["--max-old-space-size=18079"] })).toThrow(/execArgv/);
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage(1)", { eval: true, execArgv: flags });
    expect(await new Promise((resolve) => worker.once("message", resolve))).toBe(1);
    await worker.terminate();
  });

  it("drop V8-only flags that no list names but a worker refuses, and keep the rest with their values", async () => {
    // `node --maglev bin/news-archive.mjs build` stopped on large archives with ERR_WORKER_INVALID_EXEC_ARGV.
    const parent = ["--maglev", "--no-warnings", "--stack-trace-limit=20", "--conditions", "dev", "--single-threaded-gc"];
    for (const refused of ["--maglev", "--stack-trace-limit=20", "--single-threaded-gc"]) {
      expect(() => new Worker("", { eval: true, execArgv: [refused] })).toThrow(/execArgv/);
    }
    const flags = workerExecArgv(parent);
    expect(flags).toEqual(["--no-warnings", "--conditions", "dev"]);
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage(1)", { eval: true, execArgv: flags });
    expect(await new Promise((resolve) => worker.once("message", resolve))).toBe(1);
    await worker.terminate();
  });
});
