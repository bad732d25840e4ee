import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../src/build.ts";

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
});
