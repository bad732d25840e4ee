// Incremental rebuilds (src/site/incremental.ts): after adding or removing an article only the pages
// whose data changed are rendered again, the others are kept (untouched, same inode), and the
// result is byte-identical to a cold build of the same content. A page changed by hand in the
// output is rendered again. No file of the previous site is ever written to (replaced files are
// new files). Only the search shard holding the new article is indexed again; the others are reused.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, listFiles } from "./lib/build.ts";

const BIN = join(ROOT, "bin/news-archive.mjs");
let project = "";
const run = (cwd: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const cli = Object.assign((...args: string[]) => run(project, args), { in: (cwd: string) => (...args: string[]) => run(cwd, args) });
const inodes = (dir: string): Map<string, number> => new Map(listFiles(dir).map((f) => [f, statSync(join(dir, f)).ino]));
const counts = (out: string): { rendered: number; kept: number } => {
  const m = /rendered (\d+) pages, kept (\d+) unchanged/.exec(out);
  return { rendered: Number(m?.[1] ?? -1), kept: Number(m?.[2] ?? -1) };
};

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "news-archive-incremental-"));
  cpSync(FIXTURES, join(project, "content"), { recursive: true });
  const first = cli("build");
  expect(first.code).toBe(0);
  expect(counts(first.out).kept).toBe(0);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** A cold build of the project's content in a fresh folder (no .cache/) gives `site` byte for byte. */
function expectSameAsCold(site: string, shardCount: number): void {
  const fresh = mkdtempSync(join(tmpdir(), "news-archive-cold-"));
  try {
    cpSync(join(project, "content"), join(fresh, "content"), { recursive: true });
    const cold = cli.in(fresh)("build");
    expect(cold.code).toBe(0);
    expect(counts(cold.out).kept).toBe(0);
    expect(/(\d+) shards, (\d+) indexed again/.exec(cold.out)?.slice(1)).toEqual([String(shardCount), String(shardCount)]);
    const files = listFiles(site);
    expect(listFiles(join(fresh, "_site"))).toEqual(files);
    const differ = files.filter((f) => !readFileSync(join(site, f)).equals(readFileSync(join(fresh, "_site", f))));
    expect(differ).toEqual([]);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

describe("incremental rebuild", () => {
  it("renders nothing again when nothing changed, and the site stays byte-identical", () => {
    const site = join(project, "_site");
    const before = inodes(site);
    const html = readFileSync(join(site, "articles/harbour-plan/index.html"));
    const r = cli("build");
    expect(r.code).toBe(0);
    const { rendered, kept } = counts(r.out);
    expect(rendered).toBe(0);
    expect(kept).toBeGreaterThan(30);
    expect(statSync(join(site, "articles/harbour-plan/index.html")).ino).toBe(before.get("articles/harbour-plan/index.html"));
    expect(readFileSync(join(site, "articles/harbour-plan/index.html")).equals(html)).toBe(true);
  });

  it("after adding an article renders only the pages it touches and equals a cold build byte for byte", () => {
    const site = join(project, "_site");
    const before = inodes(site);
    // Extra hard links to every file of the previous site: a rebuild writing through a shared
    // inode would change them.
    const held = join(project, "held");
    const bytes = new Map<string, Buffer>();
    for (const f of before.keys()) {
      mkdirSync(dirname(join(held, f)), { recursive: true });
      linkSync(join(site, f), join(held, f));
      bytes.set(f, readFileSync(join(site, f)));
    }
    writeFileSync(
      join(project, "content/2022-04-01-quill-opens-new-ferry-terminal.txt"),
      "Quill Opens New Ferry Terminal\n\ndate 2022-04-01 Mayor Jane Quill opened the ferry terminal on Friday. The Daily Planet reported that crowds gathered.\n",
    );
    const r = cli("build");
    expect(r.code).toBe(0);
    const { rendered, kept } = counts(r.out);
    expect(kept).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(kept + rendered);
    // The open data of the articles it does not change is copied from the previous files (not the new one's).
    const built = Number(/built (\d+) articles/.exec(r.out)?.[1]);
    const copied = Number(/open data [\d.]+ s with (\d+) articles copied/.exec(r.out)?.[1]);
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(built);
    const after = inodes(site);
    const touched = [...bytes].filter(([f, b]) => !readFileSync(join(held, f)).equals(b)).map(([f]) => f);
    expect(touched).toEqual([]);
    rmSync(held, { recursive: true, force: true });
    const changed = [...after.keys()].filter((f) => f.endsWith("index.html") && after.get(f) !== before.get(f));
    // Its own page, its neighbour, its person and source, the indexes that list it.
    for (const f of [
      "articles/2022-04-01-quill-opens-new-ferry-terminal/index.html", "articles/storm-season/index.html", "people/jane-quill/index.html",
      "index.html", "archive/index.html",
    ]) expect(changed, f).toContain(f);
    // Pages that do not mention it are kept as they were.
    for (const f of ["articles/xss/index.html", "articles/market-notes/index.html"]) expect(changed, f).not.toContain(f);

    // Only the search shard holding the new article was indexed again (the fixture has < 8 × 400
    // articles: 8 shards, of which the non-empty ones are listed).
    const shards = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: string[] };
    expect(shards.shards.length).toBeGreaterThan(1);
    expect(/search index from \d+ pages in (\d+) shards, (\d+) indexed again/.exec(r.out)?.slice(1)).toEqual([String(shards.shards.length), "1"]);
    const search = [...after.keys()].filter((f) => f.startsWith("pagefind/") && f !== "pagefind/shards.json");
    const reindexed = new Set(search.filter((f) => after.get(f) !== before.get(f)).map((f) => f.split("/")[1]));
    expect(reindexed.size).toBe(1);

    // A cold build of the same content in a fresh project (no .cache/ at all: every page rendered
    // and every search shard indexed) is the same, byte for byte.
    expectSameAsCold(site, shards.shards.length);
  });

  it("after removing an article deletes its page and folder, updates its person's page and equals a cold build", () => {
    const site = join(project, "_site");
    const person = readFileSync(join(site, "people/jane-quill/index.html"), "utf8");
    expect(person).toContain("/articles/2022-04-01-quill-opens-new-ferry-terminal/");
    rmSync(join(project, "content/2022-04-01-quill-opens-new-ferry-terminal.txt"));
    const r = cli("build");
    expect(r.code).toBe(0);
    expect(counts(r.out).kept).toBeGreaterThan(0);
    expect(existsSync(join(site, "articles/2022-04-01-quill-opens-new-ferry-terminal"))).toBe(false);
    expect(readFileSync(join(site, "people/jane-quill/index.html"), "utf8")).not.toContain("/articles/2022-04-01-quill-opens-new-ferry-terminal/");
    expectSameAsCold(site, (JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: string[] }).shards.length);
  });

  it("after editing an article in place, then the curation file, equals a cold build each time", () => {
    const site = join(project, "_site");
    const vote = join(project, "content/harbour-vote.md");
    // A new title: its page, its neighbours' previous/next links, its person and source pages change.
    writeFileSync(vote, readFileSync(vote, "utf8").replace("title: Council approves harbour budget by one vote", "title: Harbour budget passes by a single vote"));
    const edited = cli("build");
    expect(edited.code, edited.err).toBe(0);
    expect(counts(edited.out).kept).toBeGreaterThan(0);
    expect(readFileSync(join(site, "people/jane-quill/index.html"), "utf8")).toContain("Harbour budget passes by a single vote");
    const shards = (): number => (JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: string[] }).shards.length;
    expectSameAsCold(site, shards());
    // A curation change re-extracts every article (and renames a person everywhere).
    writeFileSync(join(project, "content/entities.yaml"), "people:\n  - name: Jane A. Quill\n    aliases: [Jane Quill]\n");
    const curated = cli("build");
    expect(curated.code, curated.err).toBe(0);
    expect(readFileSync(join(site, "index.html"), "utf8")).toContain("Jane A. Quill");
    expectSameAsCold(site, shards());
  });

  it("extracts on worker threads when many articles are new (through the CLI, with its heap flag), giving the same site", () => {
    const fresh = mkdtempSync(join(tmpdir(), "news-archive-pool-"));
    try {
      cpSync(join(project, "content"), join(fresh, "content"), { recursive: true });
      // More files than the pool extracts inline (48), so its workers really start.
      for (let i = 0; i < 60; i++) {
        writeFileSync(join(fresh, "content", `2021-03-${String(1 + (i % 28)).padStart(2, "0")}-note-${i}.txt`), `Harbour Note ${i}\n\nMayor Jane Quill said the harbour plan ${i} would go ahead.\n`);
      }
      const articles = listFiles(join(fresh, "content")).filter((f) => !f.endsWith(".yaml")).length;
      // NEWS_ARCHIVE_PARALLEL_FROM=1: every new article goes to the extraction pool.
      const pooled = run(fresh, ["build"], { NEWS_ARCHIVE_PARALLEL_FROM: "1" });
      expect(pooled.code, pooled.err).toBe(0);
      expect(pooled.out).toContain(`with ${articles} extracted, 0 from cache`);
      // The same content extracted on one thread, with no records cache: the same site.
      rmSync(join(fresh, ".cache"), { recursive: true, force: true });
      const serial = run(fresh, ["build", "--output", "_site-serial"], { NEWS_ARCHIVE_PARALLEL_FROM: "1000000" });
      expect(serial.code, serial.err).toBe(0);
      const files = listFiles(join(fresh, "_site"));
      expect(listFiles(join(fresh, "_site-serial"))).toEqual(files);
      expect(files.filter((f) => !readFileSync(join(fresh, "_site", f)).equals(readFileSync(join(fresh, "_site-serial", f))))).toEqual([]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("renders a cold build in parts of a few pages (one Eleventy run each), giving the same site as in one part", () => {
    const fresh = mkdtempSync(join(tmpdir(), "news-archive-parts-"));
    try {
      cpSync(join(project, "content"), join(fresh, "content"), { recursive: true });
      const parts = run(fresh, ["build"], { NEWS_ARCHIVE_RENDER_PART: "7" });
      expect(parts.code, parts.err).toBe(0);
      const { rendered } = counts(parts.out);
      // The singleton pages and small families, then the big families' pages 7 at a time.
      const runs = Number(/render [\d.]+ s in (\d+) runs \(collecting garbage/.exec(parts.out)?.[1]);
      expect(runs).toBeGreaterThan(3);
      // Eleventy's own "[11ty] Wrote N files" line is not printed once per part.
      expect(`${parts.out}${parts.err}`).not.toMatch(/\[11ty\] Wrote/);
      rmSync(join(fresh, ".cache"), { recursive: true, force: true });
      const whole = run(fresh, ["build", "--output", "_site-whole"], { NEWS_ARCHIVE_RENDER_PART: "1000000" });
      expect(whole.code, whole.err).toBe(0);
      expect(whole.out).toMatch(/render [\d.]+ s in 2 runs \(/);
      expect(counts(whole.out).rendered).toBe(rendered);
      const files = listFiles(join(fresh, "_site"));
      expect(listFiles(join(fresh, "_site-whole"))).toEqual(files);
      expect(files.filter((f) => !readFileSync(join(fresh, "_site", f)).equals(readFileSync(join(fresh, "_site-whole", f))))).toEqual([]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("renders a page again when its output file was changed by hand", () => {
    const page = join(project, "_site/articles/xss/index.html");
    const original = readFileSync(page);
    rmSync(page);
    writeFileSync(page, "edited by hand");
    const r = cli("build");
    expect(r.code).toBe(0);
    expect(counts(r.out).rendered).toBe(1);
    expect(readFileSync(page).equals(original)).toBe(true);
  });

  it("puts back a search shard deleted by hand, leaving the other shards as they were", () => {
    const site = join(project, "_site");
    const { shards } = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: string[] };
    const [gone, kept] = shards;
    if (gone === undefined || kept === undefined) throw new Error("the fixture has fewer than two shards");
    const keptFiles = listFiles(join(site, "pagefind", kept));
    const keptInode = statSync(join(site, "pagefind", kept, keptFiles[0] ?? "")).ino;
    const goneFiles = listFiles(join(site, "pagefind", gone));
    rmSync(join(site, "pagefind", gone), { recursive: true });
    const r = cli("build");
    expect(r.code).toBe(0);
    expect(listFiles(join(site, "pagefind", gone))).toEqual(goneFiles);
    expect(statSync(join(site, "pagefind", kept, keptFiles[0] ?? "")).ino).toBe(keptInode);
  });
});
