// Headings, images and rules of a Markdown article on its page: bodyBlocks (src/site/body.ts) gives
// headings their level below the title and a unique id, images their safe src and the white space
// beside them, rules an <hr>; a site built from tests/fixtures/markdown-site shows them as valid HTML
// whose #fragment links land on the headings.
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyBlocks } from "../../src/site/body.ts";
import type { BodyBlock, Inline } from "../../src/site/model.ts";
import type { ArticleRecord } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";
import { type BuiltSite, ROOT, buildSite, read } from "./lib/build.ts";
import { checkLinks } from "./lib/links.ts";

const personHref = (slug: string): string => `/people/${slug}/`;
const article = (body: string): ArticleRecord => recordOf(`---\ntitle: Pier notes\ndate: 2022-06-01\n---\n${body}\n`, "notes.md");
const headingsOf = (blocks: BodyBlock[]): Array<[string, string | undefined]> => blocks.filter((b) => /^h\d$/.test(b.tag)).map((b) => [b.tag, b.id]);
const partsOf = (b: BodyBlock | undefined): Inline[] => b?.fragments.flatMap((f) => f.parts) ?? [];

describe("bodyBlocks: heading levels and ids", () => {
  it("puts the shallowest level at <h2>, keeps the depth below it and never skips a level", () => {
    const deep = bodyBlocks(article("# A\n\nx.\n\n### B\n\nx.\n\n## C\n\nx.\n\n###### D\n\nx.\n\n# E"), personHref).blocks;
    expect(headingsOf(deep).map(([tag]) => tag)).toEqual(["h2", "h3", "h3", "h4", "h2"]);
    const shallow = bodyBlocks(article("## A\n\nx.\n\n### B\n\nx.\n\n#### C\n\nx.\n\n## D"), personHref).blocks;
    expect(headingsOf(shallow).map(([tag]) => tag)).toEqual(["h2", "h3", "h4", "h2"]);
    const first = bodyBlocks(article("Intro.\n\n#### A\n\nx.\n\n## B"), personHref).blocks;
    expect(headingsOf(first).map(([tag]) => tag)).toEqual(["h2", "h2"]);
  });

  it("gives each heading the slug of its text, deduplicated as GitHub does and clear of the page's own ids", () => {
    const r = article(["Plan", "Plan", "Plan 1", "Main", "Claim 2", "Note claim 2", "People h", "2020 results", "日本語", "???", "Costs & timing"].map((h) => `## ${h}\n\nx.`).join("\n\n"));
    expect(headingsOf(bodyBlocks(r, personHref).blocks).map(([, id]) => id)).toEqual([
      "plan", "plan-1", "plan-1-1", "main-1", "claim-2-1", "note-claim-2-1", "people-h-1", "h-2020-results", "日本語", "section", "costs-and-timing",
    ]);
  });

  it("gives a subheading found in plain text an id too, at <h2>", () => {
    const r = recordOf("Ferry times change\n\nThe ferry will run every hour from June.\n\nNew timetable\n\nThe first ferry leaves at six.\n", "ferry.txt");
    expect(headingsOf(bodyBlocks(r, personHref).blocks)).toEqual([["h2", "new-timetable"]]);
  });
});

describe("bodyBlocks: images and rules", () => {
  it("makes an image a run of its own with its src and alt text, and puts back the space beside it", () => {
    const blocks = bodyBlocks(article('Two ![First](https://example.org/a.png "One") ![Second](https://example.org/b.png) photos, glued![c](https://example.org/c.png)on.'), personHref).blocks;
    expect(partsOf(blocks[0]).map((p) => (p.img ? `[${p.img.alt}|${p.img.src}|${p.img.title}]` : p.text)).join("")).toBe(
      "Two [First|https://example.org/a.png|One] [Second|https://example.org/b.png|null] photos, glued[c|https://example.org/c.png|null]on.",
    );
  });

  it("links an image inside a link, as one link with the text around it", () => {
    const blocks = bodyBlocks(article("See [the deck ![Deck](https://example.org/d.png) plan](https://example.org/plan) and [![Map](https://example.org/m.png)](https://example.org/map)."), personHref).blocks;
    const shown = partsOf(blocks[0]).map((p) => `${p.link?.open ? "<a>" : ""}${p.img ? "[img]" : p.text}${p.link?.close ? "</a>" : ""}`).join("");
    expect(shown).toBe("See <a>the deck [img] plan</a> and <a>[img]</a>.");
  });

  it("gives an image whose URL is not absolute http(s) no src, so only its alt text shows", () => {
    const r = article("A photo ![Pier at night](https://example.org/p.png) here.");
    for (const src of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:image/png;base64,AAAA", "img/p.png", "/p.png", "vbscript:msgbox(1)"]) {
      const tampered: ArticleRecord = { ...r, body: { ...r.body, blocks: r.body.blocks.map((b) => ({ ...b, marks: b.marks?.map((m) => (m.kind === "image" ? { ...m, src } : m)) })) } };
      const img = partsOf(bodyBlocks(tampered, personHref).blocks[0]).find((p) => p.img)?.img;
      expect(img, src).toEqual({ src: null, alt: "Pier at night", title: null });
    }
  });

  it("makes a horizontal rule an <hr> block inside its containers", () => {
    const blocks = bodyBlocks(article("Before.\n\n---\n\n> Quoted.\n>\n> ***"), personHref).blocks;
    expect(blocks.map((b) => [b.open.map((o) => o.tag).join(""), b.tag, b.close.join(""), b.fragments.length])).toEqual([
      ["", "p", "", 1],
      ["", "hr", "", 0],
      ["blockquote", "p", "", 1],
      ["", "hr", "blockquote", 0],
    ]);
  });
});

describe("site built from a Markdown article", () => {
  let site: BuiltSite;
  let page = "";
  let body = "";
  beforeAll(async () => {
    site = await buildSite({ content: join(ROOT, "tests", "fixtures", "markdown-site") });
    page = read(site.dir, "articles/pier-works/index.html");
    body = /<div class="article-body">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? "";
  });
  afterAll(() => site?.remove());

  it("shows headings at their levels with ids, a claim's anchor and a heading of the same slug apart", () => {
    expect([...body.matchAll(/<(h\d) id="([^"]+)">([^<]*)</g)].map((m) => `${m[1]}#${m[2]} ${m[3]}`)).toEqual([
      "h2#the-plan The plan",
      "h3#costs-and-timing Costs &amp; timing",
      "h2#the-plan-1 The plan",
      "h3#details Details",
      "h2#claim-1-1 Claim 1",
      "h2#main-1 Main",
    ]);
    expect(body).toContain('<mark class="claim" id="claim-1">');
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
  });

  it("lands every #fragment link of the body on an element of the page", () => {
    const targets = [...body.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(expect.arrayContaining(["the-plan", "costs-and-timing", "the-plan-1"]));
    for (const t of targets) expect(page, t).toContain(` id="${t}"`);
    expect(checkLinks(site.dir, "/", "http://localhost:8080/").problems).toEqual([]);
  });

  it("shows http(s) images with alt text, lazily, and never a path, data: or javascript: image", () => {
    expect(body).toContain('<p><img src="https://example.org/photos/cranes.jpg" alt="Cranes on the old pier at dawn" title="Cranes at dawn" loading="lazy"></p>');
    expect(body).toContain('<a href="https://example.org/plans" rel="nofollow noopener">photo of the deck <img src="https://example.org/photos/deck.png" alt="Deck plan" loading="lazy"></a>');
    expect(body).toContain("an old Old pier photo, a Red dot dot and a Bad picture.");
    expect(body.match(/<img /g)).toHaveLength(2);
    expect(page).not.toMatch(/<img[^>]+src="(?!https:\/\/example\.org\/photos\/)/);
  });

  it("names the file and line of each image left out", () => {
    const warnings = site.stderr.split("\n").filter((l) => l.includes("left out"));
    // The data: and javascript: URLs are read when the article is extracted, the missing file when the site is planned.
    expect(warnings.map((l) => l.slice(l.indexOf("pier-works.md"), l.indexOf(" left out")))).toEqual([
      'pier-works.md:37: warning: image "data:image/png;base64,iVBORw0KGgo="',
      'pier-works.md:38: warning: image "javascript:alert(1)"',
      'pier-works.md:37: warning: image "photos/old-pier.jpg"',
    ]);
  });

  it("shows horizontal rules as <hr>", () => {
    expect(body.match(/<hr>/g)).toHaveLength(2);
    expect(body).toContain('<p>&quot;<mark class="claim" id="claim-1">');
  });

  it("is valid HTML under html-validate's recommended rules (the plain-text article too)", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    for (const f of ["articles/pier-works/index.html", "articles/ferry-times/index.html"]) {
      const report = await validator.validateString(read(site.dir, f), f);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.message} [${m.ruleId}]`)), f).toEqual([]);
    }
    expect(read(site.dir, "articles/ferry-times/index.html")).toContain('<h2 id="new-timetable">New timetable</h2>');
  });
});
