// `serve`'s rebuilds write every page into the same output folder: the pages and images a rebuild no
// longer has (a person dropped or merged in content/entities.yaml, an image no longer shown, an
// article deleted) are deleted with their emptied folders, as build deletes them. Driven as
// Eleventy's watch mode rebuilds (restart, init, write on the same instance), without a server.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";

const HARBOUR = "Harbour Reopens After Storm\n\ndate 2021-03-04\n\nThe mayor, Jane Okoro, said the harbour would reopen on Friday. The harbour master, Tom Baxter, said the boats were safe.\n";
const GALE = (image: string): string => `---\ntitle: Gale Shuts The Pier\ndate: 2021-03-05\n---\nThe pier shut as the gale rose, said Ruth Calder, the council's engineer.\n${image}`;

describe("serve's rebuild", () => {
  it("deletes the pages and images the previous rebuild wrote that this one does not, with their emptied folders", () => {
    const cwd = mkdtempSync(join(tmpdir(), "news-archive-serve-rebuild-"));
    onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
    mkdirSync(join(cwd, "content"));
    writeFileSync(join(cwd, "content/harbour.txt"), HARBOUR);
    writeFileSync(join(cwd, "content/gale.md"), GALE("\n![The pier map](map.png)\n"));
    writeFileSync(join(cwd, "content/map.png"), "\x89PNG\r\n\x1a\n0000");
    // Each step changes the content, then the site is rebuilt as Eleventy's watch mode does it,
    // and the files in the output folder (but the search index) and its empty folders are listed.
    const steps = [
      "",
      // Tom Baxter dropped, Ruth Calder merged into Jane Okoro, the image no longer shown.
      `writeFileSync("content/entities.yaml", "people:\\n  - name: Jane Okoro\\n    aliases: [Ruth Calder]\\ndrop:\\n  people: [Tom Baxter]\\n");
writeFileSync("content/gale.md", ${JSON.stringify(GALE(""))});`,
      `rmSync("content/gale.md");`,
    ];
    const script = `import { readdirSync, rmSync, writeFileSync } from "node:fs";
const { eleventy } = await import(${JSON.stringify(join(import.meta.dirname, "../../src/site/run-eleventy.ts"))});
process.env.NEWS_ARCHIVE_CONTENT = "content";
const list = (dir, rel = "") => readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  if (e.name === "pagefind") return [];
  if (!e.isDirectory()) return [rel + e.name];
  const inner = list(dir + "/" + e.name, rel + e.name + "/");
  return inner.length ? inner : [rel + e.name + "/"];
});
const run = eleventy({ output: "_site", pathPrefix: "/", runMode: "serve", quiet: true });
${steps.map((step, i) => `${step}\n${i ? "await run.restart();\nawait run.init();\n" : ""}await run.write();\nconsole.log("FILES " + JSON.stringify(list("_site")));`).join("\n")}`;
    writeFileSync(join(cwd, "run.mjs"), script);
    const tsx = fileURLToPath(import.meta.resolve("tsx"));
    const r = spawnSync(process.execPath, ["--import", tsx, "run.mjs"], { cwd, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const [first, curated, deleted] = r.stdout
      .split("\n")
      .filter((l) => l.startsWith("FILES "))
      .map((l) => JSON.parse(l.slice("FILES ".length)) as string[]);
    const people = (files: string[] | undefined): string[] => (files ?? []).filter((f) => f.startsWith("people/"));
    expect(people(first)).toEqual(["people/a-z/j/index.html", "people/a-z/r/index.html", "people/a-z/t/index.html", "people/index.html", "people/jane-okoro/index.html", "people/ruth-calder/index.html", "people/tom-baxter/index.html"]);
    expect(first).toContain("media/map.png");
    expect(first).toContain("articles/gale/index.html");
    // Only Jane Okoro is left; the letters R and T have nobody; no empty folder is left behind.
    expect(people(curated)).toEqual(["people/a-z/j/index.html", "people/index.html", "people/jane-okoro/index.html"]);
    expect(curated?.filter((f) => f.startsWith("media/"))).toEqual([]);
    expect(curated).toContain("articles/gale/index.html");
    expect(curated?.filter((f) => f.endsWith("/"))).toEqual([]);
    // The deleted article's page goes, and nothing else of the site.
    expect(deleted).toEqual(curated?.filter((f) => f !== "articles/gale/index.html"));
  }, 60_000);
});
