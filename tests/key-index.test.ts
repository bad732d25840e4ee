// src/key-index.ts: a file's cache key is reused while its size, mtime and inode are unchanged.
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { KeyIndex } from "../src/key-index.ts";

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "news-archive-keys-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const HOUR_AGO = new Date(Date.now() - 3600_000);

/** A file written an hour ago, recorded under "key-a" in a saved index of context v1. */
function recorded(dir: string): string {
  const file = join(dir, "a.txt");
  writeFileSync(file, "one");
  utimesSync(file, HOUR_AGO, HOUR_AGO);
  const index = new KeyIndex(dir, "v1");
  index.set(file, statSync(file), "key-a");
  index.save();
  return file;
}

describe("KeyIndex", () => {
  it("gives back a file's key while the file looks unchanged, without reading it", () => {
    const dir = scratch();
    const file = recorded(dir);
    expect(new KeyIndex(dir, "v1").get(file, statSync(file))).toBe("key-a");
    // Same size, same mtime, same inode: taken as unchanged (the file is not read; like git's index).
    writeFileSync(file, "two");
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    expect(new KeyIndex(dir, "v1").get(file, statSync(file))).toBe("key-a");
  });

  it("forgets a file whose size or mtime changed, and everything under another context", () => {
    const dir = scratch();
    const file = recorded(dir);
    expect(new KeyIndex(dir, "v2").get(file, statSync(file))).toBeUndefined();
    writeFileSync(file, "longer");
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    expect(new KeyIndex(dir, "v1").get(file, statSync(file))).toBeUndefined();
    writeFileSync(file, "one");
    expect(new KeyIndex(dir, "v1").get(file, statSync(file))).toBeUndefined();
  });

  it("does not trust a file changed just before the index was written", () => {
    const dir = scratch();
    const file = join(dir, "a.txt");
    writeFileSync(file, "one");
    const index = new KeyIndex(dir, "v1");
    index.set(file, statSync(file), "key-a");
    index.save();
    expect(new KeyIndex(dir, "v1").get(file, statSync(file))).toBeUndefined();
  });

  it("keeps only the files seen in the last run", () => {
    const dir = scratch();
    const [a, b] = [join(dir, "a.txt"), join(dir, "b.txt")];
    for (const f of [a, b]) {
      writeFileSync(f, f);
      utimesSync(f, HOUR_AGO, HOUR_AGO);
    }
    const first = new KeyIndex(dir, "v1");
    first.set(a, statSync(a), "key-a");
    first.set(b, statSync(b), "key-b");
    first.save();
    const second = new KeyIndex(dir, "v1");
    second.set(a, statSync(a), "key-a");
    second.save();
    expect(new KeyIndex(dir, "v1").get(b, statSync(b))).toBeUndefined();
    expect(new KeyIndex(dir, "v1").get(a, statSync(a))).toBe("key-a");
  });
});
