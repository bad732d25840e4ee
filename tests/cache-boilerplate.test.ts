import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { extractMissing, loadArchive } from "../src/build.ts";
import { RecordCache } from "../src/cache.ts";
import { listArticles } from "../src/io.ts";
import { emptyCuration } from "../src/curation.ts";
import { extractAll } from "../src/workers/pool.ts";

function project(): { content: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), "news-archive-cache-boilerplate-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const content = join(root, "content");
  mkdirSync(content);
  for (const name of ["a", "b"]) writeFileSync(join(content, `${name}.txt`), `Ferry Story ${name}\n\nJoin the Harbour Club today for free\n\nThe ferry ran on time.\n`);
  return { content, cacheDir: join(root, ".cache") };
}

describe("records cache: news-archive.yaml's boilerplate lines", () => {
  it("re-extracts every article when the setting changes, and reuses the records while it does not", () => {
    const { content, cacheDir } = project();
    expect(loadArchive(content, { cacheDir }).stats).toEqual({ files: 2, extracted: 2, cached: 0 });
    const setting = ["Join the Harbour Club today for free"];
    const removed = loadArchive(content, { cacheDir, boilerplate: setting });
    expect(removed.stats).toEqual({ files: 2, extracted: 2, cached: 0 });
    expect(removed.articles.map((r) => r.boilerplate)).toEqual([setting, setting]);
    expect(loadArchive(content, { cacheDir, boilerplate: [...setting] }).stats.cached).toBe(2);
    expect(loadArchive(content, { cacheDir, boilerplate: ["/Harbour Club/"] }).stats.extracted).toBe(2);
    const back = loadArchive(content, { cacheDir });
    expect(back.articles.map((r) => r.text)).toEqual(["Join the Harbour Club today for free\n\nThe ferry ran on time.", "Join the Harbour Club today for free\n\nThe ferry ran on time."]);
  });
  it("gives extractMissing (the build's first step, on worker threads) the same keys and records", async () => {
    const { content, cacheDir } = project();
    const cache = new RecordCache(cacheDir);
    onTestFinished(() => cache.close());
    const boilerplate = ["/^Join the Harbour Club/"];
    const plain = await extractMissing(content, cache, { minFiles: 1 });
    const set = await extractMissing(content, cache, { minFiles: 1, boilerplate });
    expect(set.extracted).toBe(2);
    expect([...set.keys.values()].some((k) => [...plain.keys.values()].includes(k))).toBe(false);
    const loaded = loadArchive(content, { cache, keys: set.keys, boilerplate });
    expect(loaded.stats).toEqual({ files: 2, extracted: 0, cached: 2 });
    expect(loaded.articles.map((r) => r.text)).toEqual(["The ferry ran on time.", "The ferry ran on time."]);
  });
  it("reaches the extraction worker threads", async () => {
    const { content } = project();
    const { records } = await extractAll(listArticles(content), content, emptyCuration(), { threads: 2, inlineBelow: 0, mainThread: "idle", boilerplate: ["Join the Harbour Club today for free"] });
    expect(records.map((r) => [r.file, r.boilerplate])).toEqual([["a.txt", ["Join the Harbour Club today for free"]], ["b.txt", ["Join the Harbour Club today for free"]]]);
  });
});
