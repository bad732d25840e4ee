import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeLargest, largestPages } from "../../bench/lib/page-sizes.ts";

const out = mkdtempSync(join(tmpdir(), "news-archive-sizes-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function page(path: string, bytes: number): void {
  mkdirSync(join(out, path, ".."), { recursive: true });
  writeFileSync(join(out, path), "x".repeat(bytes));
}

describe("the biggest page of each family", () => {
  it("is found per first folder, the root pages and Pagefind's under 'other', biggest first", () => {
    page("index.html", 3000);
    page("404.html", 100);
    page("people/index.html", 2048);
    page("people/a/index.html", 5120);
    page("people/ada-quill/index.html", 1024);
    page("articles/one/index.html", 700);
    page("pagefind/x/index.html", 9000);
    page("people/notes.txt", 99999);
    const sizes = largestPages(out);
    expect([...sizes.keys()]).toEqual(["other", "people", "articles"]);
    expect(sizes.get("people")).toEqual({ path: "people/a/index.html", bytes: 5120 });
    expect(sizes.get("other")).toEqual({ path: "pagefind/x/index.html", bytes: 9000 });
    expect(describeLargest(sizes)).toBe("pagefind/x/index.html 8.8 KB; people/a/index.html 5.0 KB; articles/one/index.html 0.7 KB");
  });
});
