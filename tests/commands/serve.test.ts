// `news-archive serve` as a user runs it: builds and serves the archive with its search index, says
// what build says about it, and an article dropped into content/ shows up without a restart (and one deleted goes).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { shardRecords } from "../../src/site/search.ts";

const BIN = join(import.meta.dirname, "../../bin/news-archive.mjs");
const project = mkdtempSync(join(tmpdir(), "news-archive-serve-"));
let server: ChildProcess | null = null;

afterAll(async () => {
  // Stopped, and gone (it may be writing its search index), before its folder is deleted.
  const child = server;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  rmSync(project, { recursive: true, force: true, maxRetries: 5 });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns true or `ms` pass. */
async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await Promise.resolve().then(check).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const get = async (url: string): Promise<{ status: number; text: string }> => {
  const r = await fetch(url);
  return { status: r.status, text: await r.text() };
};

describe("serve", () => {
  it("serves the site with its search index and picks up a new article live", async () => {
    mkdirSync(join(project, "content"));
    writeFileSync(join(project, "content/harbour.txt"), "Harbour Reopens After Storm\n\ndate 2021-03-04\n\nThe mayor, Jane Okoro, said the harbour would reopen on Friday.\n");
    writeFileSync(join(project, "content/broken.md"), "---\ntitle: x\nbroken: [\n---\nBody.\n");
    // A copy of an article's text under another name, and an undated article: named and counted as build does.
    writeFileSync(join(project, "content/harbour-copy.txt"), readFileSync(join(project, "content/harbour.txt")));
    writeFileSync(join(project, "content/gale.txt"), "Gale Shuts Pier\n\nThe pier shut as the gale rose.\n");
    const port = await freePort();
    const base = `http://localhost:${port}`;
    // --skip-invalid is accepted (serve always leaves articles with errors out).
    server = spawn(process.execPath, [BIN, "serve", "--port", String(port), "--skip-invalid"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    server.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    expect(await until(async () => (await get(`${base}/`)).status === 200, 60_000)).toBe(true);
    // The invalid article is left out and named; Eleventy says what it wrote in one line, not one per page.
    expect((await get(`${base}/articles/broken/`)).status).toBe(404);
    // Named from the working folder, as build names it.
    expect(err).toMatch(/^content\/broken\.md:\d+: error: malformed YAML front matter/m);
    expect(out).toMatch(/^\[11ty\] .*Wrote \d+ files/m);
    expect(err).toContain("content/harbour.txt: warning: same text as content/harbour-copy.txt [serve]\n");
    expect(out).toContain("undated articles: 1 of 3 (listed at /archive/undated/, after the dated ones elsewhere, not in the feeds)\n");
    // (Eleventy's dev server writes its address to stderr.)
    expect(await until(() => /^\[11ty\] Server at http:\/\/localhost:\d+\//m.test(out + err), 10_000)).toBe(true);
    expect(out).not.toMatch(/\[11ty\] Writing/);
    // The search index is made in serve mode too.
    expect(await until(() => existsSync(join(project, "_site/pagefind/shards.json")), 30_000)).toBe(true);
    const shards = shardRecords(["/articles/gale/", "/articles/harbour/", "/articles/harbour-copy/"].map((url) => ({ url }))).size;
    expect((JSON.parse(readFileSync(join(project, "_site/pagefind/shards.json"), "utf8")) as { shards: string[] }).shards.length).toBe(shards);
    expect((await get(`${base}/people/jane-okoro/`)).status).toBe(200);

    // Dated after today: a warning on the terminal, as build and check give it.
    writeFileSync(join(project, "content/ferry.txt"), "Ferry Service Returns\n\ndate 2099-03-06\n\nThe operator, Tom Baxter, said the ferry would sail again.\n");
    expect(await until(async () => (await get(`${base}/articles/ferry/`)).status === 200, 30_000)).toBe(true);
    expect(err).toContain("content/ferry.txt:3: warning: date 2099-03-06 is in the future [serve]\n");
    // Each rebuild says it again.
    expect(out).toContain("undated articles: 1 of 4 ");
    expect(await until(async () => (await get(`${base}/data/archive.json`)).text.includes("Tom Baxter"), 30_000)).toBe(true);
    expect((await get(`${base}/people/tom-baxter/`)).status).toBe(200);
    expect((await get(`${base}/data/claims.csv`)).text).toContain("ferry#");

    // A deleted article rebuilds the site too (Eleventy itself rebuilds only on an added or changed
    // file): its page and the page of the person only it named are gone, from the folder too.
    rmSync(join(project, "content/ferry.txt"));
    expect(await until(async () => (await get(`${base}/articles/ferry/`)).status === 404, 30_000)).toBe(true);
    // The log says once that it was deleted, not also that it changed.
    const told = (out + err).split("\n").filter((l) => /File (?:changed|deleted): .*content\/ferry\.txt$/.test(l));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^\[11ty\] File deleted: /);
    expect(await until(async () => !(await get(`${base}/data/archive.json`)).text.includes("Tom Baxter"), 30_000)).toBe(true);
    expect((await get(`${base}/people/tom-baxter/`)).status).toBe(404);
    expect(existsSync(join(project, "_site/people/tom-baxter"))).toBe(false);
  }, 150_000);
});
