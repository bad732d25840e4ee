// `check` warns about the images a Markdown article gives by a path that build would leave out, in
// build's words (file, line), counts them as warnings (exit 0), and copies or writes nothing.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

const BIN = join(import.meta.dirname, "../../bin/news-archive.mjs");

const ARTICLE = [
  "---",
  "title: Pier Lights Go Back Up",
  "date: 2021-05-06",
  "---",
  "The pier lights went back up on Thursday, the harbour office said.",
  "",
  "![The pier at dusk](pics/pier.png)",
  "",
  "![A map of the quay](pics/missing.png)",
  "",
  "![Notes](notes.pdf)",
  "",
  "![Outside](../outside.png)",
  "",
  "![Linked out](pics/away.png)",
  "",
].join("\n");

function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), "news-archive-check-images-"));
  onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
  mkdirSync(join(cwd, "content", "pics"), { recursive: true });
  writeFileSync(join(cwd, "content", "pier.md"), ARTICLE);
  writeFileSync(join(cwd, "content", "pics", "pier.png"), "not really a png, but a file with its name");
  writeFileSync(join(cwd, "content", "notes.pdf"), "%PDF-1.4 notes on the pier lights");
  writeFileSync(join(cwd, "outside.png"), "an image outside the content folder");
  symlinkSync(join(cwd, "outside.png"), join(cwd, "content", "pics", "away.png"));
  return cwd;
}

describe("check: images", () => {
  it("warns, with file and line as build does, about a missing image, one outside the content folder and a file that is no image, and exits 0", () => {
    const cwd = project();
    const r = spawnSync(process.execPath, [BIN, "check"], { cwd, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("content/pier.md"));
    expect(lines).toEqual([
      'content/pier.md:9: warning: image "pics/missing.png" left out: no such file in the content folder (pics/missing.png); its alt text stands in its place [media]',
      'content/pier.md:11: warning: image "notes.pdf" left out: not an image file (.png, .jpg, .jpeg, .gif, .webp, .avif, .svg); its alt text stands in its place [media]',
      'content/pier.md:13: warning: image "../outside.png" left out: the path leads out of the content folder; its alt text stands in its place [media]',
      'content/pier.md:15: warning: image "pics/away.png" left out: the file is a link to outside the content folder; its alt text stands in its place [media]',
    ]);
    expect(r.stdout).toContain("checked 1 article files: 0 error(s) in 0 file(s), 4 warning(s)\n");
    // Nothing copied, no site written.
    expect(readdirSync(cwd).filter((f) => f !== ".cache").sort()).toEqual(["content", "outside.png"]);
    expect(readdirSync(join(cwd, "content", "pics")).sort()).toEqual(["away.png", "pier.png"]);
  });
});
