// The everyday loop, as a user runs it in their own project folder: build, add an article,
// rebuild. Old URLs stay, the new article reaches its people's pages; a failed build leaves the
// previous site untouched; --skip-invalid builds without the bad file; config errors stop the build.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, listFiles } from "./lib/build.ts";

const BIN = join(ROOT, "bin/news-archive.mjs");
let project = "";
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: project, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const site = (file: string) => readFileSync(join(project, "_site", file), "utf8");
const pages = (prefix: string) => listFiles(join(project, "_site")).filter((f) => f.startsWith(prefix) && f.endsWith("index.html"));

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "news-archive-project-"));
  cpSync(FIXTURES, join(project, "content"), { recursive: true });
  const first = cli("build");
  expect(first.err).not.toMatch(/error:/);
  expect(first.code).toBe(0);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("rebuild after adding an article", () => {
  it("keeps every existing URL and puts the new article on its people's pages", () => {
    const before = { articles: pages("articles/"), people: pages("people/"), sources: pages("sources/") };
    expect(before.people).toContain("people/jane-quill/index.html");
    writeFileSync(join(project, "incoming.txt"), "Quill Opens New Ferry Terminal\n\ndate 2022-04-01 Mayor Jane Quill opened the ferry terminal on Friday. The Daily Planet reported that crowds gathered.\n");
    const added = cli("add", "incoming.txt");
    expect(added.code).toBe(0);
    expect(added.out).toContain("content/2022-04-01-quill-opens-new-ferry-terminal.txt");
    const again = cli("build");
    expect(again.code).toBe(0);
    const after = { articles: pages("articles/"), people: pages("people/"), sources: pages("sources/") };
    for (const key of ["articles", "people", "sources"] as const) expect(after[key]).toEqual(expect.arrayContaining(before[key]));
    expect(after.articles).toContain("articles/2022-04-01-quill-opens-new-ferry-terminal/index.html");
    expect(site("people/jane-quill/index.html")).toContain('href="/articles/2022-04-01-quill-opens-new-ferry-terminal/"');
    expect(site("index.html")).toContain("Quill Opens New Ferry Terminal");
  });

  it("re-extracts only the new file (records cache)", () => {
    const cached = readdirSync(join(project, ".cache/records")).length;
    expect(cached).toBeGreaterThan(0);
    writeFileSync(join(project, "content/one-more.txt"), "One More Story\n\nText of one more story.\n");
    const before = Date.now();
    expect(cli("build").code).toBe(0);
    const fresh = listFiles(join(project, ".cache/records")).filter((f) => {
      const { mtimeMs } = statSync(join(project, ".cache/records", f));
      return mtimeMs >= before - 5;
    });
    // The pack (one appended record) and the index of file keys (src/key-index.ts).
    expect(fresh.sort()).toEqual(["keys.json", "records-v1.pack"]);
  });
});

describe("a failed build", () => {
  it("exits non-zero, names the file to fix and leaves the previous site untouched", () => {
    const home = site("index.html");
    const files = listFiles(join(project, "_site"));
    writeFileSync(join(project, "content/broken.md"), "---\ntitle: Broken\ndate: 2020-13-45\n---\nBody.\n");
    const r = cli("build");
    expect(r.code).toBe(1);
    expect(r.err).toContain('content/broken.md:3: error: impossible date "2020-13-45"');
    expect(r.err).toContain("build failed: 1 file(s) to fix");
    expect(site("index.html")).toBe(home);
    expect(listFiles(join(project, "_site"))).toEqual(files);
    expect(readdirSync(project).filter((f) => f.startsWith("_site."))).toEqual([]);
  });

  it("with --skip-invalid builds without the bad file and lists it", () => {
    const r = cli("build", "--skip-invalid");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/left out 1 article file\(s\) with errors:\n\s+content\/broken\.md/);
    expect(existsSync(join(project, "_site/articles/broken"))).toBe(false);
    rmSync(join(project, "content/broken.md"));
  });

  it("stops on an invalid config file before touching anything", () => {
    writeFileSync(join(project, "news-archive.yaml"), "title: Harbour archive\nbaseUrl: not a url\nlanguage: en\n");
    const home = site("index.html");
    const r = cli("build");
    expect(r.code).toBe(1);
    expect(r.err).toContain('news-archive.yaml:2: error: "baseUrl": "not a url" is not an absolute http(s) URL [config]');
    expect(r.err).toContain('news-archive.yaml:3: error: unknown setting "language"');
    expect(site("index.html")).toBe(home);
  });

  it("uses the config file's title, base URL and path prefix", () => {
    writeFileSync(join(project, "news-archive.yaml"), "title: Harbour archive\nbaseUrl: https://example.org\npathPrefix: /news/\n");
    expect(cli("build").code).toBe(0);
    expect(site("index.html")).toContain("Harbour archive");
    expect(site("index.html")).toContain('href="/news/people/"');
    expect(site("feed.xml")).toContain("https://example.org/news/articles/");
    rmSync(join(project, "news-archive.yaml"));
  });

  it("shows dates in the configured language and stamps feeds in the configured time zone", () => {
    writeFileSync(join(project, "news-archive.yaml"), "locale: fr\ntimezone: America/New_York\n");
    expect(cli("build").code).toBe(0);
    expect(site("articles/harbour-plan/index.html")).toContain('<time datetime="2020-02-07"');
    expect(site("articles/harbour-plan/index.html")).toContain("7 février 2020");
    expect(site("feed.xml")).toContain("2020-02-07T00:00:00-05:00");
    expect(site("index.html")).toContain('<html lang="fr"');
    rmSync(join(project, "news-archive.yaml"));
    expect(cli("build").code).toBe(0);
    expect(site("articles/harbour-plan/index.html")).toContain("7 February 2020");
  });
});

describe("help", () => {
  it("every command answers --help", () => {
    for (const c of ["extract", "check", "add", "build", "serve"]) {
      expect(execFileSync(process.execPath, [BIN, c, "--help"], { encoding: "utf8" })).toMatch(new RegExp(`^usage: news-archive ${c}`));
    }
  });
});
