// `build --skip-invalid` says what it did with each file that has errors: article files are left out
// of the site and listed as such; content/entities.yaml is not an article and is applied without
// the entries and keys its errors name (or not at all when nothing in it can be used). Without the
// flag, the failed build's advice says what --skip-invalid would do with the files that failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

const BIN = join(import.meta.dirname, "../../bin/news-archive.mjs");

/** A project with one good article, one with an error, and the curation file `curation`. */
function project(curation: string): string {
  const cwd = mkdtempSync(join(tmpdir(), "news-archive-skip-invalid-"));
  onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
  mkdirSync(join(cwd, "content"));
  writeFileSync(join(cwd, "content/harbour.txt"), "Harbour Reopens After Storm\n\ndate 2021-03-04\n\nThe mayor, Jane Okoro, said the harbour would reopen on Friday. The harbour master, Tom Baxter, said the boats were safe.\n");
  writeFileSync(join(cwd, "content/broken.md"), "---\ntitle: Broken\ndate: 2020-13-45\n---\nBody.\n");
  writeFileSync(join(cwd, "content/entities.yaml"), curation);
  return cwd;
}
const build = (cwd: string, skipInvalid = true) => spawnSync(process.execPath, [BIN, "build", ...(skipInvalid ? ["--skip-invalid"] : [])], { cwd, encoding: "utf8" });

describe("build --skip-invalid", () => {
  it("lists the article files left out apart from the curation file, which applies without its entries with errors", () => {
    // "alias" is not a key of an entry: an error; the drop still applies.
    const cwd = project("people:\n  - name: Jane Okoro\n    alias: [Mayor Okoro]\ndrop:\n  people: [Tom Baxter]\n");
    const r = build(cwd);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('content/entities.yaml:3: error: unknown key "alias" in entry 1 under "people"');
    expect(r.stderr).toContain("left out 1 article file(s) with errors:\n  content/broken.md\ncontent/entities.yaml: applied without the entries and keys its errors above name\n");
    expect(r.stderr).not.toMatch(/^\s+content\/entities\.yaml$/m);
    // The drop was applied; the article with the error is not in the site.
    expect(existsSync(join(cwd, "_site/people/jane-okoro/index.html"))).toBe(true);
    expect(existsSync(join(cwd, "_site/people/tom-baxter"))).toBe(false);
    expect(existsSync(join(cwd, "_site/articles/broken"))).toBe(false);
  }, 60_000);

  it("says a curation file that cannot be read as YAML is not applied", () => {
    const cwd = project("drop:\n  people: [Tom Baxter\n");
    const r = build(cwd);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("content/entities.yaml: not applied: nothing in it could be used (see its errors above)\n");
    expect(existsSync(join(cwd, "_site/people/tom-baxter/index.html"))).toBe(true);
  }, 60_000);
});

describe("build without --skip-invalid", () => {
  it("advises --skip-invalid as what it would do with the curation file when only that file has errors", () => {
    const cwd = project("people:\n  - name: Jane Okoro\n    alias: [Mayor Okoro]\n");
    rmSync(join(cwd, "content/broken.md"));
    const r = build(cwd, false);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("build failed: 1 file(s) to fix (or build with --skip-invalid, which applies content/entities.yaml without the entries and keys its errors name):\n  content/entities.yaml\n");
    expect(r.stderr).not.toContain("build without them");
    expect(existsSync(join(cwd, "_site"))).toBe(false);
  }, 60_000);

  it("says --skip-invalid would build without a curation file of which nothing can be used, and leave out the article files", () => {
    const cwd = project("drop:\n  people: [Tom Baxter\n");
    const r = build(cwd, false);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "build failed: 2 file(s) to fix (or build with --skip-invalid, which leaves out the article file(s) with errors and builds without content/entities.yaml, of which nothing can be used):\n  content/broken.md\n  content/entities.yaml\n",
    );
  }, 60_000);
});
