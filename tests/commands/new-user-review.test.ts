// A build of a small archive checked the way a new user would read it: CJK slugs, the slug-clash
// warning under a path prefix, the 404 page's head, which speakers get pages, and the open data's
// reference (docs/open-data.md), which must name every column and field the build writes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLAIMS_CSV_HEADER } from "../../src/site/opendata.ts";
import { type ScratchProject, scratchProject } from "./project.ts";

let project: ScratchProject;
let err = "";
const site = (path: string): string => readFileSync(join(project.cwd, "_site", path), "utf8");
const built = (path: string): boolean => existsSync(join(project.cwd, "_site", path));

beforeAll(() => {
  project = scratchProject("news-archive-review-");
  project.write("content/日本語のニュース.txt", "東京で新しい駅が開業した。\n\nThe new station opened on Monday after years of work on the line.\n");
  project.write("content/eki.md", "---\ntitle: Station news\nslug: 駅-ニュース\n---\nShe said the station was ready. I think it works, she said. Always, he said, the trains ran late.\n");
  project.write("content/harbour.md", "---\ntitle: Harbour story\npublisher: The Coast Courier\norganizations: [Harbour Board]\nplaces: [Leeds]\n---\nMara Quinlan said the harbour would reopen. She said it was safe. We are proud, they said.\n");
  project.write("content/Harbour.txt", "Harbour story again\n\nTomas Brekke said the boats were back on Tuesday. She said the nets were dry.\n");
  const r = project.run("build", "--pathprefix", "/news/");
  expect(r.code).toBe(0);
  err = r.err;
}, 120_000);

describe("a small archive built under /news/", () => {
  it("gives CJK slugs and file names their letters, and percent-encodes them in the sitemap", () => {
    expect(built("articles/駅-ニュース/index.html")).toBe(true);
    expect(built("articles/日本語のニュース/index.html")).toBe(true);
    expect(built("articles/untitled/index.html")).toBe(false);
    expect(site("sitemap.xml")).toContain(`/news/articles/${encodeURIComponent("駅")}-${encodeURIComponent("ニュース")}/</loc>`);
  });
  it("prints the slug-clash warning with the URLs as served", () => {
    expect(err).toContain("content/Harbour.txt: warning: URL /news/articles/harbour/ is taken by harbour.md: this article is at /news/articles/harbour-txt/");
  });
  it("gives the 404 page no canonical link and noindex; other pages keep their canonical link", () => {
    const notFound = site("404.html");
    expect(notFound).not.toMatch(/rel="canonical"/);
    expect(notFound).not.toMatch(/og:url/);
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(site("index.html")).toMatch(/<link rel="canonical" href="http:\/\/localhost:8080\/news\/">/);
    expect(site("index.html")).not.toMatch(/name="robots"/);
  });
  it("gives no speaker page to a pronoun or a lower-case word, and keeps their claims in the index", () => {
    expect(built("claims/speaker/mara-quinlan/index.html")).toBe(true);
    for (const junk of ["she", "i", "we", "they", "always"]) expect(built(`claims/speaker/${junk}/index.html`), junk).toBe(false);
    const index = site("claims/index.html");
    expect(index).toContain(">She</h2>");
    expect(index).toContain("the station was ready");
    expect(index).not.toMatch(/\/claims\/speaker\/she\//);
    expect(site("claims/speakers/index.html")).not.toMatch(/>She</);
  });
});

describe("docs/open-data.md", () => {
  const doc = readFileSync(join(import.meta.dirname, "../../docs/open-data.md"), "utf8");
  const named = (field: string): boolean => doc.includes(`\`${field}\``);
  it("guard: names every column of claims.csv as the build writes it", () => {
    const header = site("data/claims.csv").split("\r\n")[0]?.split(",") ?? [];
    expect(header).toEqual(CLAIMS_CSV_HEADER);
    expect(header.filter((c) => !named(c))).toEqual([]);
  });
  it("guard: names every field of archive.json, its tables and their entries", () => {
    const data = JSON.parse(site("data/archive.json")) as Record<string, unknown>;
    const fields = new Set<string>(Object.keys(data));
    for (const table of ["articles", "people", "sources", "organizations", "places", "claims"]) {
      const rows = data[table];
      expect(Array.isArray(rows) && rows.length > 0, table).toBe(true);
      for (const row of rows as Array<Record<string, unknown>>) for (const k of Object.keys(row)) fields.add(k);
    }
    const claim = (data.claims as Array<{ speaker: object; article: object }>)[0];
    for (const k of [...Object.keys(claim?.speaker ?? {}), ...Object.keys(claim?.article ?? {})]) fields.add(k);
    expect([...fields].filter((f) => !named(f))).toEqual([]);
  });
});
