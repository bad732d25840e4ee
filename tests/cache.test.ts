import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractMissing, loadArchive } from "../src/build.ts";
import { RecordCache } from "../src/cache.ts";

describe("records cache", () => {
  it("re-extracts only new or changed files, and gives the same archive", () => {
    const root = mkdtempSync(join(tmpdir(), "news-archive-cache-"));
    const content = join(root, "content");
    mkdirSync(content);
    for (let i = 0; i < 5; i++) writeFileSync(join(content, `a${i}.txt`), `Story Number ${i}\n\nThe text of story ${i}.\n`);
    const cacheDir = join(root, ".cache");
    const cold = loadArchive(content, { cacheDir });
    expect(cold.stats).toEqual({ files: 5, extracted: 5, cached: 0 });
    writeFileSync(join(content, "new.txt"), "A New Story\n\nFresh text.\n");
    writeFileSync(join(content, "a0.txt"), "Story Number 0\n\nChanged text.\n");
    const warm = loadArchive(content, { cacheDir });
    expect(warm.stats).toEqual({ files: 6, extracted: 2, cached: 4 });
    const again = loadArchive(content, { cacheDir });
    const fresh = loadArchive(content);
    expect(again.stats.extracted).toBe(0);
    expect(JSON.stringify({ ...again, stats: null })).toBe(JSON.stringify({ ...fresh, stats: null }));
  });
  it("extracts the missing files on worker threads into the cache, giving the archive a serial load gives", async () => {
    const root = mkdtempSync(join(tmpdir(), "news-archive-cache-"));
    try {
      const content = join(root, "content");
      mkdirSync(content);
      for (let i = 0; i < 60; i++) writeFileSync(join(content, `s${String(i).padStart(2, "0")}.txt`), `Story Number ${i}\n\nMayor Ann Lee said the plan ${i} would work.\n`);
      writeFileSync(join(content, "empty.txt"), "");
      const cache = new RecordCache(join(root, ".cache"));
      // Below the threshold nothing is extracted here.
      expect((await extractMissing(content, cache, { minFiles: 1000 })).extracted).toBe(0);
      const { extracted, keys } = await extractMissing(content, cache, { minFiles: 10 });
      expect(extracted).toBe(61);
      expect(keys.size).toBe(61);
      const loaded = loadArchive(content, { cache, keys });
      expect(loaded.stats).toEqual({ files: 61, extracted: 0, cached: 61 });
      const serial = loadArchive(content);
      expect(JSON.stringify({ ...loaded, stats: null })).toBe(JSON.stringify({ ...serial, stats: null }));
      expect(loaded.messages.some((m) => m.file === "empty.txt")).toBe(true);
      // Keys handed over for files the cache lacks: each is extracted once and counted once.
      writeFileSync(join(content, "s99.txt"), "Late Story\n\nAnother text.\n");
      const late = await extractMissing(content, cache, { minFiles: 1000 });
      expect(loadArchive(content, { cache, keys: late.keys }).stats).toEqual({ files: 62, extracted: 1, cached: 61 });
      // Nothing is missing any more.
      expect((await extractMissing(content, cache, { minFiles: 1 })).extracted).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it("re-extracts everything when the curation changes", () => {
    const root = mkdtempSync(join(tmpdir(), "news-archive-cache-"));
    const content = join(root, "content");
    mkdirSync(content);
    writeFileSync(join(content, "a.txt"), "Story\n\nText.\n");
    const cacheDir = join(root, ".cache");
    loadArchive(content, { cacheDir });
    writeFileSync(join(content, "entities.yaml"), "drop:\n  people: [Nobody]\n");
    expect(loadArchive(content, { cacheDir }).stats.extracted).toBe(1);
  });
  it("keeps one pack file, drops removed articles from it, and re-extracts only an entry torn by a crash", () => {
    const root = mkdtempSync(join(tmpdir(), "news-archive-cache-"));
    const content = join(root, "content");
    mkdirSync(content);
    for (let i = 0; i < 4; i++) writeFileSync(join(content, `a${i}.txt`), `Story Number ${i}\n\nThe text of story ${i}.\n`);
    const cacheDir = join(root, ".cache");
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
    rmSync(root, { recursive: true, force: true });
  });
});
