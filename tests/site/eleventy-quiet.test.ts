// Eleventy prints timing notes ("[11ty] Benchmark 749ms 58% …") for slow configuration code, such as
// the path-prefix transform on a big site: noise the build must not pass on to the user.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { link } from "../../src/link.ts";
import { siteConfig } from "../../src/site/config.ts";
import { materialize, planSite } from "../../src/site/data.ts";
import { renderSite } from "../../src/site/run-eleventy.ts";
import type { ArticleRecord } from "../../src/types.ts";

const out = mkdtempSync(join(tmpdir(), "news-archive-quiet-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function record(i: number): ArticleRecord {
  const text = `Harbour staff met on day ${i}.`;
  const blocks = [{ index: 0, kind: "paragraph" as const, text, start: 0, end: text.length, section: 0 }];
  return {
    slug: `day-${i}`, file: `day-${i}.txt`, hash: `h${i}`, title: `Harbour day ${i}`, titleDerived: false, date: "2020-01-02", dateOrigin: null,
    publisher: null, citedSources: [], url: null, authors: [], tags: [], people: [], organizations: [], places: [], claims: [],
    text, body: { blocks, sections: [{ heading: null, blocks: [0] }], sentences: [] },
    wordCount: 5, boilerplate: [], warnings: [],
  };
}

describe("Eleventy's timing notes", () => {
  it("are not printed, even for a transform that takes most of the build", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const site = materialize(planSite(link([record(1), record(2)]), { config: siteConfig() }));
      // 40 ms per page, well over Eleventy's thresholds for a note (50 ms in all and 8% of the run).
      const slow = (content: string): string => {
        const until = Date.now() + 40;
        while (Date.now() < until);
        return content;
      };
      await renderSite({ output: out, pathPrefix: "/", site, configure: (config) => config.addTransform("slow", slow) });
      expect(readFileSync(join(out, "articles", "day-1", "index.html"), "utf8")).toContain("Harbour day 1");
      const printed = [...warn.mock.calls, ...log.mock.calls].map((c) => String(c[0]));
      expect(printed.filter((m) => m.includes("Benchmark"))).toEqual([]);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});
