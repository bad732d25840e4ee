// Two article files that give one slug: the article already there keeps its URL when the other
// is added (build), the output stays the same for the same content/, and extract gives the build's slugs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { listFiles } from "../site/lib/build.ts";
import { type ScratchProject, scratchProject } from "./project.ts";

let project: ScratchProject;
const run = (...args: string[]) => project.run(...args);
const write = (path: string, text: string) => project.write(path, text);
/** The title (h1) of the article page at /articles/<slug>/. */
const heading = (output: string, slug: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(readFileSync(join(project.cwd, output, "articles", slug, "index.html"), "utf8"))?.[1];
const tree = (dir: string) => Object.fromEntries(listFiles(join(project.cwd, dir)).map((f) => [f, readFileSync(join(project.cwd, dir, f)).toString("base64")]));

beforeEach(() => {
  project = scratchProject("news-archive-slugs-");
});

describe("a file added whose name gives an existing article's slug", () => {
  it("leaves the existing article at its URL, and the same content/ builds the same site from cold", () => {
    write("content/scraped-port.txt", "Harbour Port Reopens\n\nThe harbour port reopened on Monday after the storm.\n");
    expect(run("build").code).toBe(0);
    expect(heading("_site", "scraped-port")).toBe("Harbour Port Reopens");

    write("content/Scraped-Port.md", "---\ntitle: Cranes Stand Idle\n---\nThe cranes at the port stood idle all week.\n");
    const rebuilt = run("build");
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.err).toContain("content/Scraped-Port.md: warning: URL /articles/scraped-port/ is taken by scraped-port.txt: this article is at /articles/scraped-port-md/");
    expect(heading("_site", "scraped-port")).toBe("Harbour Port Reopens");
    expect(heading("_site", "scraped-port-md")).toBe("Cranes Stand Idle");

    // No dependence on what was built before: a cold build of the same folder is byte for byte the same.
    expect(run("build", "--output", "cold").code).toBe(0);
    expect(tree("cold")).toEqual(tree("_site"));
  }, 60_000);
});

describe("extract: a slug another file in the content folder gives", () => {
  const slugs = (...args: string[]) => {
    const r = run("extract", "--json", ...args);
    return { code: r.code, err: r.err, slugs: (JSON.parse(r.out) as Array<{ file: string; slug: string }>).map((x) => [x.file, x.slug]) };
  };
  it("is resolved as the build resolves it, whether or not the other file is given too", () => {
    write("content/scraped-port.txt", "Harbour Port Reopens\n\nThe harbour port reopened on Monday.\n");
    write("content/Scraped-Port.md", "---\ntitle: Cranes Stand Idle\n---\nThe cranes stood idle.\n");
    write("content/z-ferry.md", "---\ntitle: Ferry Deal\nslug: ferry\n---\nThe deal was signed.\n");
    write("content/ferry.txt", "Ferry Late\n\nThe ferry was late.\n");
    write("outside/ferry.txt", "Ferry Elsewhere\n\nNot in the content folder.\n");
    const both = slugs("content/scraped-port.txt", "content/Scraped-Port.md");
    expect(both.slugs).toEqual([["scraped-port.txt", "scraped-port"], ["Scraped-Port.md", "scraped-port-md"]]);
    expect(both.err).toBe("content/Scraped-Port.md: warning: URL /articles/scraped-port/ is taken by scraped-port.txt: this article is at /articles/scraped-port-md/ (set slug: in front matter to choose) [link]\n");
    expect(slugs("content/Scraped-Port.md").slugs).toEqual([["Scraped-Port.md", "scraped-port-md"]]);
    // A slug pinned in the front matter of a file not given; a file outside the folder clashes with nothing.
    expect(slugs("content/ferry.txt", "outside/ferry.txt").slugs).toEqual([["ferry.txt", "ferry-txt"], ["ferry.txt", "ferry"]]);
  });
});
