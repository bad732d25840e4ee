// The fixture site built under a sub-path (/news/), served by a tiny static server and driven
// in Debian's Chromium: WCAG 2.2 AA (axe-core) on every page type in light and dark schemes,
// the reader's path home → person → article → claim sentence, Pagefind search, and escaping.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shardCount, shardOf } from "../../src/site/search.ts";
import { launchBrowser } from "./lib/browser.ts";
import { type BuiltSite, buildSite, read } from "./lib/build.ts";
import { checkLinks } from "./lib/links.ts";
import { type StaticServer, serveStatic } from "./lib/server.ts";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PREFIX = "/news/";

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let light: BrowserContext;
let dark: BrowserContext;

beforeAll(async () => {
  // Launch first: a missing Chromium must fail the suite, loudly.
  browser = await launchBrowser();
  site = await buildSite({ pathPrefix: PREFIX });
  server = await serveStatic(site.dir, PREFIX);
  light = await browser.newContext({ colorScheme: "light", viewport: { width: 1280, height: 900 } });
  dark = await browser.newContext({ colorScheme: "dark", viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

async function axe(page: Page): Promise<AxeResults> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(() => {
    const w = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    return w.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
  });
}

const PAGES = [
  "", "articles/harbour-plan/", "articles/xss/", "people/", "people/jane-quill/", "people/a-z/j/", "sources/", "sources/daily-planet/",
  "claims/", "claims/speaker/jane-quill/", "claims/source/daily-planet/", "claims/speakers/", "archive/", "archive/2020/", "archive/2020/02/",
  "archive/undated/", "search/", "404.html",
];

describe("in Chromium, under the /news/ sub-path", () => {
  it("links stay inside the sub-path and none is broken", () => {
    expect(checkLinks(site.dir, PREFIX, `http://localhost:8080${PREFIX}`).problems).toEqual([]);
  });

  it("has no WCAG 2.2 AA violations (axe-core) on any page type, light and dark", { timeout: 180_000 }, async () => {
    const found: string[] = [];
    // Light (wide) and dark (phone) in parallel: two pages at a time.
    await Promise.all([light, dark].map(async (context) => {
      for (const path of PAGES) {
        const page = await open(context, path);
        if (path === "search/") {
          await page.fill("#q", "harbour");
          await page.waitForSelector(".search-results li");
        }
        for (const v of (await axe(page)).violations) {
          found.push(`${path} (${context === dark ? "dark" : "light"}): ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
        }
        await page.close();
      }
    }));
    expect(found).toEqual([]);
  });

  it("logs no console error and requests nothing missing on any page type (a favicon included)", { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const path of PAGES.filter((p) => p !== "404.html")) {
      const page = await light.newPage();
      page.on("console", (m) => {
        if (m.type() === "error") found.push(`${path}: console: ${m.text()}`);
      });
      page.on("response", (r) => {
        if (r.status() >= 400) found.push(`${path}: ${r.status()} ${new URL(r.url()).pathname}`);
      });
      await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
      // The favicon is requested after the load event: wait until it has come.
      await page.waitForResponse((r) => new URL(r.url()).pathname.includes("favicon"), { timeout: 1_500 }).catch(() => undefined);
      await page.close();
    }
    expect(found).toEqual([]);
    // And the icon is linked under the sub-path.
    expect(read(site.dir, "index.html")).toMatch(/<link rel="icon" href="\/news\/assets\/favicon\.svg" type="image\/svg\+xml">/);
  });

  it("does not scroll sideways on a 375 px phone: a long line of code scrolls in its own box", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const widths: Record<string, number> = {};
    let code: { scroll: number; client: number } | null = null;
    for (const path of ["articles/harbour-vote/", "articles/harbour-plan/", "articles/xss/", "people/jane-quill/", "claims/", "claims/speaker/jane-quill/"]) {
      const page = await open(phone, path);
      widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
      if (path === "articles/harbour-vote/") {
        // The fixture's code line is wider than the phone: its <pre> scrolls instead.
        const pre = await page.evaluate(() => {
          const el = document.querySelector(".article-body pre");
          return el ? { scroll: el.scrollWidth, client: el.clientWidth } : null;
        });
        code = pre;
      }
      await page.close();
    }
    await phone.close();
    expect(Object.entries(widths).filter(([, w]) => w > 375)).toEqual([]);
    expect(code && code.scroll > code.client && code.client < 375, JSON.stringify(code)).toBe(true);
  });

  it("takes a reader from home to a person, an article and a claim's sentence", async () => {
    const page = await open(light, "");
    await page.getByRole("link", { name: "Jane Quill" }).first().click();
    await page.waitForURL(/\/news\/people\/jane-quill\/$/);
    await expect(page.locator("h1").textContent()).resolves.toBe("Jane Quill");
    await page.locator("#articles-h + .article-list a", { hasText: "Mayor unveils harbour plan" }).click();
    await page.waitForURL(/\/news\/articles\/harbour-plan\/$/);
    const note = page.locator(".notes li", { hasText: "rebuild the harbour" });
    await note.getByRole("link", { name: /In the text/ }).click();
    await page.waitForURL(/#claim-\d+$/);
    const target = await page.evaluate(() => {
      const el = document.querySelector(":target");
      const box = el?.getBoundingClientRect();
      return { tag: el?.tagName, text: el?.textContent, visible: !!box && box.top >= 0 && box.bottom <= window.innerHeight };
    });
    expect(target).toEqual({ tag: "MARK", text: "We will rebuild the harbour before the next winter storms", visible: true });
    // And a claim listed on the person page lands on the same kind of anchor.
    await page.goto(new URL("people/jane-quill/", server.url).href);
    await page.locator(".claim-list .claim-text a").first().click();
    await page.waitForURL(/\/news\/articles\/[^/]+\/#claim-\d+$/);
    expect(await page.evaluate(() => document.querySelector(":target")?.tagName)).toBe("MARK");
    await page.close();
  });

  it("searches the full text with Pagefind: a name in one article only finds that article", async () => {
    // The index is in shards merged by the page: these searches reach beyond the first shard
    // (harbour-plan is not in it).
    const { shards } = JSON.parse(readFileSync(`${site.dir}/pagefind/shards.json`, "utf8")) as { shards: string[] };
    expect(shards.length).toBeGreaterThan(1);
    expect(readdirSync(`${site.dir}/pagefind/${shards[0]}/fragment`).length).toBeLessThan(5);
    const page = await open(light, "search/");
    await expect(page.locator("[data-search-status]")).toHaveTextOrFail("Type words to search for, or choose a filter.");
    await page.fill("#q", "Brandt");
    await expect(page.locator("[data-search-status]")).toHaveTextOrFail("1 article found.");
    const links = await page.locator(".search-results a.result-title").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toEqual(["/news/articles/harbour-plan/"]);
    // An initial matches every word with that letter in Pagefind ("h": harbour, held, …): it is
    // left out when other words are given, so a name written with one finds the same article.
    // (From the address: typed, the status would still show the last search's count.)
    for (const q of ["Oscar H. Brandt", "H. Brandt", "Brandt H"]) {
      await page.goto(new URL(`search/?q=${encodeURIComponent(q)}`, server.url).href);
      await expect(page.locator("[data-search-status]")).toHaveTextOrFail("1 article found.");
    }
    await page.locator(".search-results a.result-title").click();
    await page.waitForURL(/\/news\/articles\/harbour-plan\/$/);
    // Filters by person and year, from the address (so filtered searches can be linked to).
    await page.goto(new URL("search/?person=Marta+Lindqvist", server.url).href);
    await expect(page.locator("[data-search-status]")).toHaveTextOrFail("2 articles found.");
    await page.goto(new URL("search/?q=harbour&year=2021", server.url).href);
    await expect(page.locator("[data-search-status]")).toHaveTextOrFail("1 article found.");
    await page.close();
  });

  it("lists for several words only the articles with every word, though each shard is searched on its own", async () => {
    // harbour-plan names Brandt and the council; harbour-vote and market-notes name the council
    // only, storm-season the harbour only. Each is in a shard of its own, where Pagefind, finding
    // no article with all the words, would offer the ones with some of them.
    const shards = shardCount(5);
    const inShards = ["harbour-plan", "harbour-vote", "market-notes", "storm-season"].map((slug) => shardOf(`/articles/${slug}/`, shards));
    expect(new Set(inShards).size).toBe(4);
    const page = await open(light, "search/");
    const paths = (): Promise<string[]> => page.locator(".search-results a.result-title").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname).sort());
    const search = async (query: string, status: string): Promise<string[]> => {
      await page.goto(new URL(`search/?${query}`, server.url).href);
      await expect(page.locator("[data-search-status]")).toHaveTextOrFail(status);
      return paths();
    };
    expect(await search("q=Brandt+council", "1 article found.")).toEqual(["/news/articles/harbour-plan/"]);
    // Each word also as the start of a longer one, and an initial still left out.
    expect(await search("q=Brand+O.+counc", "1 article found.")).toEqual(["/news/articles/harbour-plan/"]);
    expect(await search("q=harbour+council", "3 articles found.")).toEqual([
      "/news/articles/harbour-plan/", "/news/articles/harbour-vote/", "/news/articles/market-notes/",
    ]);
    // With a filter: 2021 has a harbour article (storm-season) but none naming the council.
    await search("q=harbour+council&year=2021", "No articles found.");
    expect(await search("q=harbour+council&year=2020", "2 articles found.")).toEqual(["/news/articles/harbour-plan/", "/news/articles/harbour-vote/"]);
    await page.close();
  });

  it("finds nothing for a word no article has, though each shard then searches a shorter start of it", async () => {
    // Pagefind, finding no word starting with "quillbury" in a shard, searches "quill", "quil"…
    // there instead, so every shard would offer the articles naming Jane Quill.
    const page = await open(light, "search/");
    const search = async (q: string, status: string): Promise<string[]> => {
      await page.goto(new URL(`search/?q=${encodeURIComponent(q)}`, server.url).href);
      await expect(page.locator("[data-search-status]")).toHaveTextOrFail(status);
      return page.locator(".search-results a.result-title").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname).sort());
    };
    await search("Quillbury", "No articles found.");
    await search("Lindqvistsson", "No articles found.");
    await search("harbour Quillbury", "No articles found.");
    // A word's start, an inflected form (Pagefind's stemmer) and a diacritic still find the articles.
    expect(await search("Quil", "3 articles found.")).toEqual(["/news/articles/harbour-plan/", "/news/articles/harbour-vote/", "/news/articles/storm-season/"]);
    expect(await search("Quills", "3 articles found.")).toEqual(["/news/articles/harbour-plan/", "/news/articles/harbour-vote/", "/news/articles/storm-season/"]);
    expect(await search("Márta", "2 articles found.")).toEqual(["/news/articles/harbour-vote/", "/news/articles/market-notes/"]);
    expect(await search("storms Quill", "2 articles found.")).toEqual(["/news/articles/harbour-plan/", "/news/articles/storm-season/"]);
    await page.close();
  });

  it("stops checking results once more have every word than are shown, and says so", async () => {
    // The search script with 2 results shown instead of 30, so that the fixture's 3 articles naming
    // Jane Quill are more than are shown.
    const page = await light.newPage();
    await page.route("**/assets/search.js", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("const MAX_RESULTS = 30;", "const MAX_RESULTS = 2;");
      expect(body).toContain("const MAX_RESULTS = 2;");
      await route.fulfill({ response, body });
    });
    await page.goto(new URL("search/?q=Quil", server.url).href);
    await expect(page.locator("[data-search-status]")).toHaveTextOrFail("More than 2 articles found, showing the first 2.");
    expect(await page.locator(".search-results a.result-title").count()).toBe(2);
    await page.goto(new URL("search/?q=Márta", server.url).href);
    await expect(page.locator("[data-search-status]")).toHaveTextOrFail("2 articles found.");
    await page.close();
  });

  it("renders article text with <script>, javascript: links and attribute breaks as text", async () => {
    const dialogs: string[] = [];
    const page = await light.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of ["articles/xss/", "people/eve-img-src-x-onerror-alert-2/", "sources/bad-script-alert-3-script-times/", "", "archive/2020/02/", "claims/"]) {
      await page.goto(new URL(path, server.url).href);
      const injected = await page.evaluate(() => ({
        imgs: document.querySelectorAll("img").length,
        scripts: Array.from(document.scripts).filter((s) => s.type !== "application/ld+json" && s.type !== "module").length,
        jsLinks: Array.from(document.querySelectorAll("a")).filter((a) => a.href.toLowerCase().startsWith("javascript:")).length,
      }));
      expect(injected, path).toEqual({ imgs: 0, scripts: 0, jsLinks: 0 });
    }
    await page.goto(new URL("articles/xss/", server.url).href);
    expect(await page.locator("h1").textContent()).toBe(`<script>alert(1)</script> "><img src=x onerror=alert(1)> and </script><!-- in a title`);
    const ld = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "null"));
    expect(ld.headline).toContain("</script><!--");
    await page.goto(new URL("search/?q=onerror", server.url).href);
    await page.waitForSelector(".search-results li");
    expect(await page.locator(".search-results img").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

declare module "vitest" {
  interface Assertion<T> {
    /** Waits (up to 10 s) for a Playwright locator's text to equal `text`. */
    toHaveTextOrFail(text: string): Promise<void>;
  }
}
expect.extend({
  async toHaveTextOrFail(locator: { textContent(): Promise<string | null> }, text: string) {
    let last: string | null = null;
    for (let i = 0; i < 100; i++) {
      last = (await locator.textContent())?.trim() ?? null;
      if (last === text) return { pass: true, message: () => `text is "${text}"` };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { pass: false, message: () => `expected text "${text}", got "${last}"` };
  },
});
