// The CLI as a user runs it: a child process in a scratch project folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/build.ts";

const BIN = join(import.meta.dirname, "../../bin/news-archive.mjs");
let cwd = "";
const runIn = (dir: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const run = (...args: string[]) => runIn(cwd, ...args);
const write = (path: string, text: string) => {
  mkdirSync(join(cwd, path, ".."), { recursive: true });
  writeFileSync(join(cwd, path), text);
};

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), "news-archive-cli-"));
});

describe("extract", () => {
  it("prints a JSON array, one record per file, and exits 0", () => {
    write("a.txt", "First Story Here\n\nThe mayor opened the bridge on Friday.\n");
    write("b.md", "---\ntitle: Second\ndate: 2021-01-02\n---\nBody.\n");
    const r = run("extract", "--json", "a.txt", "b.md");
    expect(r.code).toBe(0);
    const records = JSON.parse(r.out) as Array<{ file: string; title: string; date: string | null }>;
    expect(records.map((x) => [x.file, x.title, x.date])).toEqual([["a.txt", "First Story Here", null], ["b.md", "Second", "2021-01-02"]]);
  });
  it("names the bad file and line, still prints the good one, and exits 1", () => {
    write("good.txt", "Good Story\n\nBody text.\n");
    write("bad.md", "---\ntitle: x\nbroken: [\n---\nBody.\n");
    const r = run("extract", "--json", "bad.md", "missing.txt", "good.txt");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bad\.md:\d+: error: malformed YAML front matter/m);
    expect(r.err).toMatch(/^missing\.txt: error: cannot read: no such file/m);
    expect((JSON.parse(r.out) as Array<{ file: string }>).map((x) => x.file)).toEqual(["good.txt"]);
  });
  it("prints a readable summary without --json, and help with --help", () => {
    write("a.txt", "date 2020-02-07 The council met. It agreed.\n");
    const r = run("extract", "a.txt");
    expect(r.out).toMatch(/date:\s+2020-02-07 \(inline-prefix\)/);
    expect(r.out).toMatch(/title:\s+The council met \(derived from the lede\)/);
    expect(run("extract", "--help").out).toMatch(/^usage: news-archive extract/);
    expect(run("nonsense").code).toBe(2);
  });
});

describe("extract --curation", () => {
  it("applies the file named, not an entities.yaml beside it, names it in its messages, and stops if it cannot be read", () => {
    write("a.txt", "Pier Story\n\nThe harbour master, Ann Tolly, said the pier would reopen.\n");
    write("cur/pier-fixes.yaml", "people:\n  - name: Ann Tolley\n    aliases: [Ann Tolly]\nfoo: 1\n");
    write("cur/entities.yaml", "drop:\n  people: [Ann Tolly]\n");
    const people = (out: string): string[][] => (JSON.parse(out) as Array<{ people: Array<{ name: string }> }>).map((r) => r.people.map((p) => p.name));
    const named = run("extract", "--json", "--curation", "cur/pier-fixes.yaml", "a.txt");
    expect(people(named.out)).toEqual([["Ann Tolley"]]);
    expect(named.err).toMatch(/^cur\/pier-fixes\.yaml:4: error: unknown key "foo"/m);
    expect(people(run("extract", "--json", "--curation", "cur/entities.yaml", "a.txt").out)).toEqual([[]]);
    // Without --curation: entities.yaml beside the first file, if there is one.
    expect(people(run("extract", "--json", "a.txt").out)).toEqual([["Ann Tolly"]]);
    write("entities.yaml", "people:\n  - name: Ann Tolley\n    aliases: [Ann Tolly]\n");
    expect(people(run("extract", "--json", "a.txt").out)).toEqual([["Ann Tolley"]]);
    // A file inside the content folder (in a subfolder too) gets the content folder's entities.yaml, as in the build.
    write("content/entities.yaml", "people:\n  - name: Ann Tolley\n    aliases: [Ann Tolly]\n");
    write("content/harbour/pier.txt", "Pier Story\n\nThe harbour master, Ann Tolly, said the pier would reopen.\n");
    expect(people(run("extract", "--json", "content/harbour/pier.txt").out)).toEqual([["Ann Tolley"]]);
    const missing = run("extract", "--json", "--curation", "cur/pier-fxes.yaml", "a.txt");
    expect(missing).toEqual({ code: 1, out: "", err: "cur/pier-fxes.yaml: error: cannot read the curation file: no such file [read]\n" });
  });
});

describe("extract: file names and slugs", () => {
  it("are the build's, wherever it is run from and however the file is named; messages name the file as given", () => {
    write("content/top.txt", "Top Story\n\nThe mayor opened the bridge.\n");
    write("content/sub/story.txt", "Sub Story\n\nThe council met.\n");
    write("outside/other.txt", "Other Story\n\nText.\n");
    const built = loadArchive(join(cwd, "content")).articles.map((r) => [r.file, r.slug]);
    expect(built).toEqual([["sub/story.txt", "sub-story"], ["top.txt", "top"]]);
    const records = (dir: string, ...args: string[]): string[][] => {
      const r = runIn(dir, "extract", "--json", ...args);
      expect(r.err).toBe("");
      return (JSON.parse(r.out) as Array<{ file: string; slug: string }>).map((x) => [x.file, x.slug]);
    };
    const expected = [["top.txt", "top"], ["sub/story.txt", "sub-story"], ["other.txt", "other"]];
    expect(records(cwd, "content/top.txt", "content/sub/story.txt", "outside/other.txt")).toEqual(expected);
    expect(records(cwd, ...["content/top.txt", "content/sub/story.txt", "outside/other.txt"].map((p) => join(cwd, p)))).toEqual(expected);
    // Inside the content folder (which has no content/ of its own), or given it with --content.
    expect(records(join(cwd, "content"), "top.txt")).toEqual([["top.txt", "top"]]);
    expect(records(join(cwd, "content"), "--content", ".", "sub/story.txt")).toEqual([["sub/story.txt", "sub-story"]]);
    // Messages still name the file as it was given.
    write("content/sub/bad.md", "---\ntitle: x\nbroken: [\n---\nBody.\n");
    const r = run("extract", "content/sub/bad.md", "content/missing.txt");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^content\/sub\/bad\.md:\d+: error: malformed YAML front matter/m);
    expect(r.err).toMatch(/^content\/missing\.txt: error: cannot read: no such file/m);
  });
});

describe("check", () => {
  it("prints every problem as file:line and writes nothing", () => {
    write("content/ok.txt", "Fine Story\n\nAll good here.\n");
    write("content/copy.txt", "Fine Story\n\nAll good here.\n");
    write("content/date.md", "---\ntitle: T\ndate: 2020-13-45\n---\nBody.\n");
    write("content/empty.txt", "");
    write("content/entities.yaml", "people:\n  - name: A Person\nfoo: 1\n");
    write("news-archive.yaml", "title: My archive\ntimezone: Mars/Base\ncolour: red\n");
    const r = run("check");
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n");
    expect(lines).toContain('news-archive.yaml:3: error: unknown setting "colour" (known: title, description, baseUrl, pathPrefix, timezone, locale, content, output, boilerplate) [config]');
    expect(lines).toContain('news-archive.yaml:2: error: "timezone": "Mars/Base" is not an IANA time zone like Europe/London [config]');
    expect(lines).toContain('content/date.md:3: error: impossible date "2020-13-45" in front matter (expected YYYY-MM-DD) [dates]');
    expect(lines).toContain("content/empty.txt:1: error: file is empty [read]");
    expect(lines.some((l) => l.startsWith("content/entities.yaml:3: error: unknown key \"foo\""))).toBe(true);
    expect(lines).toContain("content/ok.txt: warning: same text as content/copy.txt [check]");
    expect(lines[lines.length - 1]).toBe("checked 4 article files: 5 error(s) in 4 file(s), 1 warning(s)");
    // (Guard) the summary ends its line.
    expect(r.out.endsWith("1 warning(s)\n")).toBe(true);
    // Not even the records cache.
    expect(readdirSync(cwd).sort()).toEqual(["content", "news-archive.yaml"]);
  });
  it("reads the records cache another command wrote without changing it", () => {
    write("content/a.txt", "First Story\n\nThe mayor opened the bridge.\n");
    write("incoming/x.txt", "Other Story\n\nText.\n");
    expect(run("add", "--dry-run", "incoming/x.txt").code).toBe(0);
    const pack = join(cwd, ".cache/records/records-v1.pack");
    const before = readFileSync(pack);
    write("content/b.txt", "Second Story\n\nThe council met.\n");
    const r = run("check");
    expect(r.out).toBe("checked 2 article files: 0 error(s) in 0 file(s), 0 warning(s)\n");
    expect(readFileSync(pack).equals(before)).toBe(true);
    expect(readdirSync(join(cwd, ".cache/records"))).toEqual(["records-v1.pack"]);
  });
});

describe("add", () => {
  it("names the file from date and title, refuses duplicates, and warns when undated", () => {
    write("incoming/raw1.txt", "date 2021-06-01 The harbour reopened today after repairs. Traders cheered.\n");
    write("incoming/raw2.txt", "Storm Closes Schools\n\nSchools shut as the storm hit.\n");
    mkdirSync(join(cwd, "content"));
    const first = run("add", "incoming/raw1.txt", "incoming/raw2.txt");
    expect(first.code).toBe(0);
    expect(readdirSync(join(cwd, "content")).sort()).toEqual([
      "2021-06-01-the-harbour-reopened-today-after-repairs.txt",
      "undated-storm-closes-schools.txt",
    ]);
    expect(first.out).toMatch(/warning: no date found/);
    expect(readFileSync(join(cwd, "content/undated-storm-closes-schools.txt"), "utf8")).toBe("Storm Closes Schools\n\nSchools shut as the storm hit.\n");
    write("incoming/again.txt", "Storm Closes Schools\r\n\r\nSchools shut as the storm hit.\r\n");
    const again = run("add", "incoming/again.txt");
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/refused: the same text is already in the archive as content\/undated-storm-closes-schools\.txt/);
  });
  it("--dry-run copies nothing", () => {
    write("x.txt", "A Story\n\nText.\n");
    const r = run("add", "--dry-run", "x.txt");
    expect(r.out).toMatch(/^would add x\.txt → content\/undated-a-story\.txt/m);
    expect(readdirSync(join(cwd, "content"))).toEqual([]);
  });
  it("refuses a file the build would not read (page.html), naming it, with exit 2, and adds none of the files given", () => {
    write("page.html", "<h1>Ferry Late Again</h1><p>The ferry ran late.</p>\n");
    write("notes.TXT", "Ferry Timetable Changes\n\nThe ferry leaves earlier from May.\n");
    mkdirSync(join(cwd, "content"));
    const r = run("add", "notes.TXT", "page.html");
    expect(r.code).toBe(2);
    expect(r.err).toBe("news-archive add: page.html: not an article file: only .txt, .md and .markdown files are read by the build; nothing was added (see news-archive add --help)\n");
    expect(readdirSync(join(cwd, "content"))).toEqual([]);
    const ok = run("add", "notes.TXT");
    expect(ok.code).toBe(0);
    expect(readdirSync(join(cwd, "content"))).toEqual(["undated-ferry-timetable-changes.txt"]);
  });
});

describe("usage errors", () => {
  const usage = (command: string, problem: string): string => `news-archive ${command}: ${problem} (see news-archive ${command} --help)\n`;
  it("an unknown option is one line on stderr naming it, exit 2, for every command", () => {
    write("content/a.txt", "A Story\n\nText.\n");
    for (const command of ["build", "extract", "check", "add", "serve"]) {
      const r = run(command, "--bogus", ...(["extract", "add"].includes(command) ? ["content/a.txt"] : []));
      expect({ command, code: r.code, err: r.err, out: r.out }).toEqual({ command, code: 2, err: usage(command, "unknown option '--bogus'"), out: "" });
    }
    expect(readdirSync(cwd)).toEqual(["content"]);
  });
  it("a missing value, a value given to a flag and a stray argument are usage errors too", () => {
    const cases: Array<[string[], string]> = [
      [["build", "--pathprefix"], "option '--pathprefix' needs a value"],
      [["build", "--pathprefix", "--skip-invalid"], "option '--pathprefix' needs a value, not the option '--skip-invalid'; write --pathprefix=--skip-invalid if you meant it"],
      [["build", "--skip-invalid=yes"], "option '--skip-invalid' takes no value"],
      [["check", "stray"], "unexpected argument 'stray'"],
      [["extract", "-x", "a.txt"], "unknown option '-x'"],
    ];
    for (const [args, problem] of cases) {
      const r = run(...args);
      expect({ args, code: r.code, err: r.err }).toEqual({ args, code: 2, err: usage(args[0] ?? "", problem) });
    }
  });
});

describe("build --base-url", () => {
  it("is checked as news-archive.yaml's baseUrl is: not a URL is a usage error and nothing is written", () => {
    write("content/a.txt", "A Story\n\nText.\n");
    const bad = run("build", "--base-url", "not a url");
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('news-archive build: --base-url: "not a url" is not an absolute http(s) URL (see news-archive build --help)\n');
    expect(readdirSync(cwd)).toEqual(["content"]);
    const good = run("build", "--base-url", "https://example.org/archive/");
    expect(good.code).toBe(0);
    expect(readFileSync(join(cwd, "_site/index.html"), "utf8")).toContain('<link rel="canonical" href="https://example.org/archive/">');
  });
});

describe("build: what it reports", () => {
  it("warns about text already in the archive under another name, as check does, and counts the undated articles", () => {
    write("content/quay.txt", "Quay Wall Mended\n\ndate 2021-03-04\n\nMasons mended the quay wall.\n");
    write("content/gale.txt", "Gale Shuts Pier\n\nThe pier shut as the gale rose.\n");
    write("content/gale-copy.txt", "Gale Shuts Pier\n\nThe pier shut as the gale rose.\n");
    const undated = "undated articles: 2 of 3 (listed at /archive/undated/, after the dated ones elsewhere, not in the feeds)\n";
    const cold = run("build");
    expect(cold.code).toBe(0);
    expect(cold.err).toContain("content/gale.txt: warning: same text as content/gale-copy.txt [build]\n");
    expect(cold.out).toContain(undated);
    expect(run("check").out).toContain("content/gale.txt: warning: same text as content/gale-copy.txt [check]\n");
    // A rebuild, from the records cache, says the same.
    const warm = run("build");
    expect(warm.err).toContain("content/gale.txt: warning: same text as content/gale-copy.txt [build]\n");
    expect(warm.out).toContain(undated);
    write("content/gale-copy.txt", "Gale Shuts Pier\n\ndate 2021-03-05\n\nThe pier shut again as the gale rose.\n");
    const dated = run("build");
    expect(dated.err).not.toContain("same text");
    expect(dated.out).toContain("undated articles: 1 of 3 ");
  });
});
