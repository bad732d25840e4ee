// A cold build renders in parts, one Eleventy run each (renderParts in src/site/run-eleventy.ts):
// what a part rendered must not be kept once the next part runs, or the build holds every page
// again (Eleventy's own compile cache is global and kept each run's configuration and data).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { siteConfig } from "../../src/site/config.ts";
import { planSite } from "../../src/site/data.ts";
import { planRender, siteParts } from "../../src/site/incremental.ts";
import type { SiteData } from "../../src/site/model.ts";
import { renderParts } from "../../src/site/run-eleventy.ts";
import { link } from "../../src/link.ts";
import type { ArticleRecord } from "../../src/types.ts";

const out = mkdtempSync(join(tmpdir(), "news-archive-parts-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function record(i: number): ArticleRecord {
  const text = `Mayor Ada Quill met harbour staff on day ${i}.`;
  const blocks = [{ index: 0, kind: "paragraph" as const, text, start: 0, end: text.length, section: 0 }];
  return {
    slug: `day-${i}`, file: `day-${i}.txt`, hash: `h${i}`, title: `Harbour day ${i}`, titleDerived: false, date: `2020-01-${String(1 + (i % 28)).padStart(2, "0")}`, dateOrigin: null,
    publisher: null, citedSources: [], url: null, authors: [], tags: [], people: [], organizations: [], places: [], claims: [],
    text, body: { blocks, sections: [{ heading: null, blocks: [0] }], sentences: [] },
    wordCount: 9, boilerplate: [], warnings: [],
  };
}

describe("rendering in parts", () => {
  it("writes every part's pages and keeps no earlier part's data once it is rendered", async () => {
    const plan = planRender(planSite(link(Array.from({ length: 12 }, (_, i) => record(i))), { config: siteConfig() }), null, { output: out, global: "g" });
    const held: Array<WeakRef<SiteData>> = [];
    function* tracked(): Generator<{ site: SiteData; pagesOnly: boolean }> {
      for (const part of siteParts(plan, 4)) {
        held.push(new WeakRef(part.site));
        yield part;
      }
    }
    const { runs } = await renderParts(tracked(), { output: out, pathPrefix: "/" });
    // The singleton pages, then the 12 article pages (and the claims listing) four at a time.
    const pending = plan.pending.articles.length + plan.pending.people.length + plan.pending.claims.length;
    expect(plan.pending.articles.length).toBe(12);
    expect(runs).toBe(1 + Math.ceil(pending / 4));
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Harbour day");
    for (let i = 0; i < 12; i++) expect(readFileSync(join(out, "articles", `day-${i}`, "index.html"), "utf8")).toContain(`Harbour day ${i}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
    // The page parts are gone, but the last (still referenced by the finished run's objects). The
    // first part, the singleton pages, stays: Eleventy caches the first run's layouts globally.
    expect(held.length).toBe(runs);
    expect(held.slice(1, -1).map((ref) => ref.deref() === undefined)).toEqual(Array.from({ length: runs - 2 }, () => true));
  });
});
