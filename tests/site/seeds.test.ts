// The bar for the real content folder: a person page that links both seed articles, open data
// with every record, and no internal link to a missing file. The seeds change as extraction
// improves, so this checks what must hold for any content, plus the Donald Trump page.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticles } from "../../src/io.ts";
import { type BuiltSite, ROOT, buildSite, read } from "./lib/build.ts";
import { checkLinks } from "./lib/links.ts";

const CONTENT = join(ROOT, "content");
let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite({ content: CONTENT });
});
afterAll(() => site?.remove());

describe("the seed content", () => {
  it("has a Donald Trump page linking to both seed articles", () => {
    const html = read(site.dir, "people/donald-trump/index.html");
    const data = JSON.parse(read(site.dir, "data/archive.json")) as { articles: Array<{ slug: string; file: string }> };
    const seeds = data.articles.filter((a) => /^00[02]_/.test(a.file));
    expect(seeds).toHaveLength(2);
    for (const a of seeds) expect(html).toContain(`href="/articles/${a.slug}/"`);
  });

  it("puts every article file in /data/archive.json and gives each a page", () => {
    const data = JSON.parse(read(site.dir, "data/archive.json")) as { articles: Array<{ slug: string }> };
    expect(data.articles).toHaveLength(listArticles(CONTENT).length);
    const pages = readdirSync(join(site.dir, "articles"));
    expect(pages.sort()).toEqual(data.articles.map((a) => a.slug).sort());
  });

  it("has no internal link that points at a missing file", () => {
    expect(checkLinks(site.dir, "/", "http://localhost:8080/").problems).toEqual([]);
  });
});
