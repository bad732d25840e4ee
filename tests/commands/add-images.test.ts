// `add` copies the local images a Markdown article shows beside it into the content folder, at the
// same path from the article's new place, lists them (with --dry-run too, copying nothing), and
// warns by name for a missing one and for one whose path leads out of the content folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "../../bin/news-archive.mjs");
let cwd: string;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const write = (path: string, text: string) => {
  mkdirSync(join(cwd, path, ".."), { recursive: true });
  writeFileSync(join(cwd, path), text);
};
const ARTICLE = [
  "---", "title: Kite festival opens on the pier", "date: 2021-06-05", "---",
  "The kite festival opened on Saturday.", "", "![A red kite](pics/kite.png)", "", "![Gone](pics/lost.png)", "", "![Out](../above.png)", "",
  "![Web](https://example.org/kite.png)", "",
].join("\n");

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), "na-add-images-"));
  write("incoming/kite.md", ARTICLE);
  write("incoming/pics/kite.png", "kite-bytes");
  write("above.png", "above-bytes");
});

describe("add with local images", () => {
  it("copies the images that exist beside the article, lists them, and names the ones it does not copy", () => {
    const r = run("add", "incoming/kite.md");
    expect(r.code).toBe(0);
    expect(r.out).toContain("added incoming/kite.md → content/2021-06-05-kite-festival-opens-on-the-pier.md");
    expect(r.out).toContain("  image:     incoming/pics/kite.png → content/pics/kite.png");
    expect(r.out).toMatch(/incoming\/kite\.md:9: warning: image "pics\/lost\.png" not copied: no such file/);
    expect(r.out).toMatch(/incoming\/kite\.md:11: warning: image "\.\.\/above\.png" not copied: refused: the path leads out of the content folder/);
    expect(readFileSync(join(cwd, "content/pics/kite.png"), "utf8")).toBe("kite-bytes");
    expect(readdirSync(join(cwd, "content")).sort()).toEqual(["2021-06-05-kite-festival-opens-on-the-pier.md", "pics"]);
    expect(readdirSync(join(cwd, "content/pics"))).toEqual(["kite.png"]);
    // The build then finds the image: no "left out" warning for it.
    expect(run("check").out).not.toMatch(/kite\.png" left out/);
  });

  it("lists the same with --dry-run and copies nothing", () => {
    const r = run("add", "--dry-run", "incoming/kite.md");
    expect(r.code).toBe(0);
    expect(r.out).toContain("  image:     incoming/pics/kite.png → content/pics/kite.png");
    expect(r.out).toContain('image "pics/lost.png" not copied');
    expect(existsSync(join(cwd, "content/pics"))).toBe(false);
  });

  it("never replaces a different image already at that path", () => {
    write("content/pics/kite.png", "other-bytes");
    const r = run("add", "incoming/kite.md");
    expect(r.out).toMatch(/image "pics\/kite\.png" not copied: content\/pics\/kite\.png is already there, a different file/);
    expect(readFileSync(join(cwd, "content/pics/kite.png"), "utf8")).toBe("other-bytes");
  });
});
