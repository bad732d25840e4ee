import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { extractMissing, loadArchive } from "../src/build.ts";
import { type CachedResult, RecordCache } from "../src/cache.ts";
import { createHash } from "node:crypto";

/** A temporary project: `content/` holding `stories` numbered articles (removed after the test). */
function project(stories = 0, text = (i: number) => `Story Number ${i}\n\nThe text of story ${i}.\n`, name = (i: number) => `a${i}.txt`): { content: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), "news-archive-cache-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const content = join(root, "content");
  mkdirSync(content);
  for (let i = 0; i < stories; i++) writeFileSync(join(content, name(i)), text(i));
  return { content, cacheDir: join(root, ".cache") };
}

describe("records cache", () => {
  it("re-extracts only new or changed files, and gives the same archive", () => {
    const { content, cacheDir } = project(5);
    const cold = loadArchive(content, { cacheDir });
    expect(cold.stats).toEqual({ files: 5, extracted: 5, cached: 0 });
    writeFileSync(join(content, "new.txt"), "A New Story\n\nFresh text.\n");
    writeFileSync(join(content, "a0.txt"), "Story Number 0\n\nChanged text.\n");
    const warm = loadArchive(content, { cacheDir });
    expect(warm.stats).toEqual({ files: 6, extracted: 2, cached: 4 });
    const again = loadArchive(content, { cacheDir });
    const fresh = loadArchive(content);
    expect(again.stats.extracted).toBe(0);
    expect(JSON.stringify({ ...again, stats: null, recordKeys: null })).toBe(JSON.stringify({ ...fresh, stats: null, recordKeys: null }));
  });
  it("extracts the missing files on worker threads into the cache, giving the archive a serial load gives", async () => {
    const { content, cacheDir } = project(60, (i) => `Story Number ${i}\n\nMayor Ann Lee said the plan ${i} would work.\n`, (i) => `s${String(i).padStart(2, "0")}.txt`);
    writeFileSync(join(content, "empty.txt"), "");
    const cache = new RecordCache(cacheDir);
    // From the threshold on: on worker threads.
    const { extracted, keys } = await extractMissing(content, cache, { minFiles: 10 });
    expect(extracted).toBe(61);
    expect(keys.size).toBe(61);
    const loaded = loadArchive(content, { cache, keys });
    expect(loaded.stats).toEqual({ files: 61, extracted: 0, cached: 61 });
    const serial = loadArchive(content);
    expect(JSON.stringify({ ...loaded, stats: null, recordKeys: null })).toBe(JSON.stringify({ ...serial, stats: null, recordKeys: null }));
    expect(loaded.messages.some((m) => m.file === "empty.txt")).toBe(true);
    // Below the threshold: on this thread; loadArchive then finds every record in the cache.
    writeFileSync(join(content, "s99.txt"), "Late Story\n\nAnother text.\n");
    const late = await extractMissing(content, cache, { minFiles: 1000 });
    expect(late.extracted).toBe(1);
    expect(loadArchive(content, { cache, keys: late.keys }).stats).toEqual({ files: 62, extracted: 0, cached: 62 });
    // A key handed over for a file the cache lacks (lost meanwhile): extracted there, once.
    const lost = new RecordCache(join(cacheDir, "elsewhere"));
    expect(loadArchive(content, { cache: lost, keys: late.keys }).stats).toEqual({ files: 62, extracted: 62, cached: 0 });
    // Nothing is missing any more.
    expect((await extractMissing(content, cache, { minFiles: 1 })).extracted).toBe(0);
  });
  it("re-extracts everything when the curation changes", () => {
    const { content, cacheDir } = project(1, () => "Story\n\nText.\n", () => "a.txt");
    loadArchive(content, { cacheDir });
    writeFileSync(join(content, "entities.yaml"), "drop:\n  people: [Nobody]\n");
    expect(loadArchive(content, { cacheDir }).stats.extracted).toBe(1);
  });
  it("keeps one pack file, drops removed articles from it, and re-extracts only an entry torn by a crash", () => {
    const { content, cacheDir } = project(4);
    const cold = loadArchive(content, { cacheDir });
    expect(readdirSync(cacheDir)).toEqual(["records-v1.pack"]);
    const pack = join(cacheDir, "records-v1.pack");
    expect(readFileSync(pack, "utf8").split("\n").filter(Boolean)).toHaveLength(4);
    // A crash while appending the last entry: only that article is extracted again.
    truncateSync(pack, readFileSync(pack).length - 10);
    const torn = loadArchive(content, { cacheDir });
    expect(torn.stats).toEqual({ files: 4, extracted: 1, cached: 3 });
    expect(JSON.stringify({ ...torn, stats: null })).toBe(JSON.stringify({ ...cold, stats: null }));
    // Removed articles leave the pack when it is rewritten.
    rmSync(join(content, "a1.txt"));
    rmSync(join(content, "a2.txt"));
    expect(loadArchive(content, { cacheDir }).stats).toEqual({ files: 2, extracted: 0, cached: 2 });
    const keys = readFileSync(pack, "utf8").split("\n").filter(Boolean).map((l) => l.slice(0, l.indexOf("\t")));
    expect(keys).toHaveLength(2);
  });

  it("reads a pack larger than its scanning block, with multi-byte text, after appends and a rewrite", () => {
    const dir = project().cacheDir;
    const entry = (i: number): CachedResult => ({ record: null, messages: [{ file: `f${i}.txt`, severity: "warning", origin: "read", message: `“é” ${"x€".repeat(300_000)} ${i}` }] });
    const key = (i: number): string => createHash("sha256").update(String(i)).digest("hex");
    const first = new RecordCache(dir);
    // About 1 MB of UTF-8 each: 24 of them span two 16 MB scanning blocks.
    for (let i = 0; i < 24; i++) first.set(key(i), entry(i));
    expect(first.get(key(5))).toEqual(entry(5));
    first.prune();
    const second = new RecordCache(dir);
    for (const i of [0, 11, 12, 23]) expect(second.get(key(i)), String(i)).toEqual(entry(i));
    expect(second.has(key(24))).toBe(false);
    second.set(key(24), entry(24));
    expect(second.get(key(24))).toEqual(entry(24));
    // Entries 13–22 unused by this run (0–12, 23 and 24 were read or written): more than a
    // tenth, so the pack is rewritten without them, and the rest still reads.
    for (let i = 0; i < 12; i++) second.get(key(i));
    expect(second.prune()).toBe(10);
    for (const i of [0, 11, 24]) expect(second.get(key(i)), String(i)).toEqual(entry(i));
    const third = new RecordCache(dir);
    expect([0, 12, 13, 22, 23, 24].map((i) => third.has(key(i)))).toEqual([true, true, false, false, true, true]);
    expect(third.text(key(24))).toBe(JSON.stringify(entry(24)));
  });
});
