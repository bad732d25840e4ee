// The built fixture site (no path prefix), checked as files: every public URL exists, HTML is
// valid (html-validate, recommended rules), no internal link is broken, article text is escaped,
// feeds and open data are complete and absolute, and two builds are byte-identical.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "../../src/site/load.ts";
import { type BuiltSite, FIXTURES, buildSite, listFiles, read } from "./lib/build.ts";
import { checkLinks } from "./lib/links.ts";

const ROOT_URL = "http://localhost:8080/";
let site: BuiltSite;
let again: BuiltSite;
let files: string[];

beforeAll(async () => {
  [site, again] = await Promise.all([buildSite(), buildSite()]);
  files = listFiles(site.dir);
});
afterAll(() => {
  site?.remove();
  again?.remove();
});

describe("fixture site build", () => {
  it("reports per-file problems as file:line: messages and a summary", () => {
    expect(site.stdout).toMatch(/built 5 articles into .*_site\//);
    for (const line of site.stderr.split("\n").filter((l) => /: (error|warning): /.test(l))) expect(line).toMatch(/^[^:\s]+(:\d+)?: (error|warning): /);
  });

  it("has every public page type", () => {
    for (const f of [
      "index.html", "404.html", "robots.txt", "sitemap.xml", "feed.xml", "feed.json", "data/archive.json", "data/claims.csv",
      "articles/harbour-plan/index.html", "articles/xss/index.html", "articles/market-notes/index.html",
      "people/index.html", "people/jane-quill/index.html", "people/oscar-brandt/index.html",
      "sources/index.html", "sources/daily-planet/index.html", "sources/reuters/index.html",
      "claims/index.html", "claims/speaker/jane-quill/index.html", "claims/source/daily-planet/index.html", "claims/speakers/index.html",
      "archive/index.html", "archive/2020/index.html", "archive/2020/02/index.html", "archive/2020/03/index.html", "archive/2021/01/index.html", "archive/undated/index.html",
      "search/index.html", "assets/site.css", "assets/search.js", "pagefind/shards.json",
    ]) expect(files, f).toContain(f);
  });

  it("article page: title, <time>, publisher and cited outlets linked, people linked in the text, claims anchored, prev/next, related", () => {
    const html = read(site.dir, "articles/harbour-plan/index.html");
    expect(html).toContain("<h1 data-pagefind-meta=\"title\">Mayor unveils harbour plan after long council fight</h1>");
    expect(html).toMatch(/<time datetime="2020-02-07"[^>]*>7 February 2020<\/time>/);
    expect(html).toContain('<a href="/sources/daily-planet/" data-pagefind-filter="source">The Daily Planet</a>');
    expect(html).toContain('<a href="/sources/reuters/" data-pagefind-filter="source">Reuters</a>');
    expect(html).toMatch(/<div class="article-body">[\s\S]*<a class="person" href="\/people\/jane-quill\/">Jane Quill<\/a>[\s\S]*<\/div>/);
    // The title's claim ("Mayor unveils harbour plan") is first, listed with no mark in the text; the body's are anchored.
    expect(html).toMatch(/<li id="claim-1"><span class="speaker">[^<]*Mayor[^<]*<\/span> unveils: harbour plan<\/li>/);
    expect(html).not.toContain('<mark class="claim" id="claim-1">');
    expect(html).toMatch(/<mark class="claim" id="claim-2">/);
    expect(html).toContain('<li id="note-claim-2">');
    expect(html).toContain('href="#claim-2"');
    expect(html).toMatch(/rel="prev"|rel="next"/);
    expect(html).toMatch(/<h2 id="related-h">Related articles<\/h2>[\s\S]*\/articles\/harbour-vote\//);
    expect(html).toContain("Port Avalon City Council");
    expect(html).toContain('<a href="https://example.org/news/harbour-plan" rel="nofollow noopener">Original article</a>');
    expect(html).toContain('<link rel="canonical" href="http://localhost:8080/articles/harbour-plan/">');
    expect(html).toContain('<meta property="og:type" content="article">');
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    expect(JSON.parse(ld)).toMatchObject({ "@type": "NewsArticle", headline: "Mayor unveils harbour plan after long council fight", datePublished: "2020-02-07" });
  });

  it("person page: name, roles, every article, claims linking to their sentence, companions, first and last seen", () => {
    const html = read(site.dir, "people/jane-quill/index.html");
    expect(html).toContain("<h1>Jane Quill</h1>");
    expect(html).toContain("Mayor of Port Avalon");
    for (const slug of ["harbour-plan", "harbour-vote", "storm-season"]) expect(html).toContain(`href="/articles/${slug}/"`);
    expect(html).toMatch(/href="\/articles\/harbour-plan\/#claim-\d+"/);
    expect(html).toContain('href="/people/oscar-brandt/"');
    expect(html).toMatch(/First seen<\/dt><dd><time datetime="2020-02-07">/);
    expect(html).toMatch(/Last seen<\/dt><dd><time datetime="2021-01-10">/);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    expect(JSON.parse(ld)).toMatchObject({ "@type": "Person", name: "Jane Quill" });
  });

  it("claims pages group by speaker and filter by speaker and source through plain links", () => {
    const all = read(site.dir, "claims/index.html");
    expect(all).toContain('href="/claims/speaker/jane-quill/"');
    expect(all).toContain('href="/claims/source/daily-planet/"');
    const bySpeaker = read(site.dir, "claims/speaker/jane-quill/index.html");
    expect(bySpeaker).toContain("Claims by Jane Quill");
    expect(bySpeaker).not.toContain("Marta Lindqvist</a></h2>");
  });

  it("archive pages count per year and month and draw the timeline as SVG", () => {
    const html = read(site.dir, "archive/index.html");
    expect(html).toMatch(/<svg viewBox="0 0 720 160" role="img"/);
    expect(html).toContain('href="/archive/2020/02/"');
    expect(html).toContain('href="/archive/undated/"');
    expect(read(site.dir, "archive/2020/02/index.html")).toContain('href="/articles/xss/"');
  });

  it("escapes everything that comes from an article", () => {
    for (const f of files.filter((x) => x.endsWith(".html"))) {
      const html = read(site.dir, f);
      expect(html, f).not.toMatch(/<script>alert|<img src=x|onerror=alert\(\d\)>|href="javascript:/i);
      // The only scripts are ours: JSON-LD and the search module.
      for (const m of html.matchAll(/<script([^>]*)>/g)) expect(m[1], f).toMatch(/^ type="(application\/ld\+json|module)"/);
    }
    const html = read(site.dir, "articles/xss/index.html");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    expect(ld).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(ld).headline).toContain("</script><!--");
    expect(read(site.dir, "feed.xml")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("HTML is valid under html-validate's recommended rules", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const problems: string[] = [];
    for (const f of files.filter((x) => x.endsWith(".html"))) {
      const report = await validator.validateString(read(site.dir, f), f);
      for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
    }
    expect(problems).toEqual([]);
  });

  it("has no broken internal link or missing #fragment", () => {
    const report = checkLinks(site.dir, "/", ROOT_URL);
    expect(report.problems).toEqual([]);
    expect(report.pages).toBeGreaterThan(30);
    expect(report.links).toBeGreaterThan(500);
  });

  it("reaches every page of the sitemap by links from the home page (the A–Z letter pages too, under the index's limit)", () => {
    const sitemap = read(site.dir, "sitemap.xml");
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
    expect(pages).toEqual(expect.arrayContaining(["/people/a-z/j/", "/sources/a-z/d/"]));
    const reached = new Set<string>(["/"]);
    const queue = ["/"];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const file = `${path.slice(1)}index.html`;
      if (!files.includes(file)) continue;
      for (const m of read(site.dir, file).matchAll(/href="([^"#]*)/g)) {
        const next = new URL(m[1] ?? "", `${ROOT_URL}${path.slice(1)}`).pathname;
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(pages.filter((p) => !reached.has(p))).toEqual([]);
  });

  it("feeds and sitemap use absolute URLs and the newest article date", () => {
    const atom = read(site.dir, "feed.xml");
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(atom).toContain("<updated>2021-01-10T00:00:00Z</updated>");
    expect(atom).toContain('<link href="http://localhost:8080/articles/storm-season/" rel="alternate" type="text/html"/>');
    const json = JSON.parse(read(site.dir, "feed.json")) as { version: string; items: Array<{ url: string; date_published: string }> };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.items[0]).toMatchObject({ url: "http://localhost:8080/articles/storm-season/", date_published: "2021-01-10T00:00:00Z" });
    expect(json.items.every((i) => i.url.startsWith(ROOT_URL))).toBe(true);
    const sitemap = read(site.dir, "sitemap.xml");
    expect(sitemap).toContain("<loc>http://localhost:8080/articles/harbour-plan/</loc><lastmod>2020-02-07</lastmod>");
    expect(read(site.dir, "robots.txt")).toContain("Sitemap: http://localhost:8080/sitemap.xml");
  });

  it("open data holds every record and the cross-article tables", () => {
    const data = JSON.parse(read(site.dir, "data/archive.json")) as { articles: Array<{ slug: string; text: string }>; people: Array<{ slug: string }>; claims: unknown[]; sources: unknown[] };
    expect(data.articles.map((a) => a.slug).sort()).toEqual(["harbour-plan", "harbour-vote", "market-notes", "storm-season", "xss"]);
    expect(data.people.map((p) => p.slug)).toContain("jane-quill");
    expect(data.claims.length).toBeGreaterThan(0);
    const csv = read(site.dir, "data/claims.csv");
    expect(csv.split("\r\n")[0]).toBe("key,article_slug,article_title,article_date,article_url,claim_id,speaker,speaker_mention,speaker_type,speaker_ref,cue,kind,text,sentence,publisher");
    expect(csv.split("\r\n").length - 2).toBe(data.claims.length);
    // Written by its own worker from the cached records: exactly the document the site data holds.
    const loaded = loadSite({ contentDir: FIXTURES, report: () => undefined });
    expect(read(site.dir, "data/archive.json")).toBe(`${JSON.stringify(loaded.plan.site.openData)}\n`);
  });

  it("no page is larger than 500 KB", () => {
    for (const f of files.filter((x) => x.endsWith(".html"))) expect(readFileSync(join(site.dir, f)).length, f).toBeLessThan(500_000);
  });

  it("is byte-identical when built again from the same content", () => {
    expect(listFiles(again.dir)).toEqual(files);
    const differ = files.filter((f) => !readFileSync(join(site.dir, f)).equals(readFileSync(join(again.dir, f))));
    expect(differ).toEqual([]);
  });
});
