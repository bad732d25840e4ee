// The article body of a Markdown article: bodyBlocks (src/site/body.ts) turns marks and containers
// into runs and container tags, and the article page renders them as HTML, every string escaped and
// only safe links as links.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "../../src/link.ts";
import { bodyBlocks } from "../../src/site/body.ts";
import { siteConfig } from "../../src/site/config.ts";
import { planSite } from "../../src/site/data.ts";
import { planRender, siteParts } from "../../src/site/incremental.ts";
import type { BodyBlock } from "../../src/site/model.ts";
import { renderParts } from "../../src/site/run-eleventy.ts";
import type { ArticleRecord } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const personHref = (slug: string): string => `/people/${slug}/`;

/** A Markdown article with front matter naming the people it links. */
const article = (body: string, slug = "notes"): ArticleRecord =>
  recordOf(`---\ntitle: Harbour notes\ndate: 2021-05-04\nslug: ${slug}\npeople: [Ada Quill]\n---\n${body}\n`, `${slug}.md`);

/** Each block as its opening tags, element and closing tags: "<ul><li> p </li>". */
const shape = (blocks: BodyBlock[]): string[] =>
  blocks.map((b) => [b.open.map((o) => `<${o.tag}${o.start === null ? "" : ` start=${o.start}`}>`).join(""), b.tag, b.close.map((t) => `</${t}>`).join("")].join(" ").trim());

describe("bodyBlocks: Markdown containers and marks", () => {
  it("groups list items into one list, nests lists and quotes, and marks table header cells", () => {
    const r = article("Intro.\n\n- one\n- two\n  - two a\n- three\n\n3. third\n4. fourth\n\n> Quoted.\n>\n> - in a quote\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```");
    expect(shape(bodyBlocks(r, personHref).blocks)).toEqual([
      "p",
      "<ul><li> p </li>",
      "<li> p",
      "<ul><li> p </li></ul></li>",
      "<li> p </li></ul>",
      "<ol start=3><li> p </li>",
      "<li> p </li></ol>",
      "<blockquote> p",
      "<ul><li> p </li></ul></blockquote>",
      "<table><thead><tr> th",
      "th </tr></thead>",
      "<tbody><tr> td",
      "td </tr></tbody></table>",
      "pre",
    ]);
  });

  it("keeps two lists side by side apart, and a numbered list from 1 has no start", () => {
    const r = article("- a\n\n* b\n\n1. c");
    expect(shape(bodyBlocks(r, personHref).blocks)).toEqual(["<ul><li> p </li></ul>", "<ul><li> p </li></ul>", "<ol><li> p </li></ol>"]);
  });

  it("opens a link once over emphasis inside it, and a Markdown link wins over a person link", () => {
    const r = article("Read [the *whole* report by Ada Quill](https://example.org/r) and ask Ada Quill.");
    const parts = bodyBlocks(r, personHref).blocks[0]?.fragments.flatMap((f) => f.parts) ?? [];
    expect(parts.map((p) => [p.text, p.link ? `${p.link.open ? "<a>" : ""}${p.link.close ? "</a>" : ""}` : "", p.em ?? false, p.href])).toEqual([
      ["Read ", "", false, null],
      ["the ", "<a>", false, null],
      ["whole", "", true, null],
      [" report by Ada Quill", "</a>", false, null],
      [" and ask ", "", false, null],
      ["Ada Quill", "", false, "/people/ada-quill/"],
      [".", "", false, null],
    ]);
    expect(parts[1]?.link).toMatchObject({ href: "https://example.org/r", external: true });
  });

  it("closes a link at a claim's edge and opens it again inside the claim", () => {
    const r = article("Ada Quill said [the dock will open in June](https://example.org/dock).");
    const claim = r.claims[0];
    expect(claim && r.text.slice(claim.span.start, claim.span.end)).toBe("the dock will open in June");
    // A claim that starts inside the link: the link is cut at the claim's start.
    const moved: ArticleRecord = { ...r, claims: r.claims.map((c) => ({ ...c, span: { start: c.span.start + 4, end: c.span.end } })) };
    const fragments = bodyBlocks(moved, personHref).blocks[0]?.fragments ?? [];
    const links = fragments.map((f) => f.parts.filter((p) => p.link).map((p) => [p.text, p.link?.open, p.link?.close]));
    expect(links).toEqual([[["the ", true, true]], [["dock will open in June", true, true]], []]);
  });

  it("shows a link whose URL is not safe as plain text, and code as one run", () => {
    const r = article("A [harbour map](https://example.org/map).\n\n```\nx = 1\n```");
    const tampered: ArticleRecord = {
      ...r,
      body: { ...r.body, blocks: r.body.blocks.map((b) => ({ ...b, marks: b.marks?.map((m) => (m.kind === "link" ? { ...m, href: "JaVaScRiPt:alert(1)" } : m)) })) },
    };
    const { blocks } = bodyBlocks(tampered, personHref);
    expect(blocks[0]?.fragments.flatMap((f) => f.parts)).toEqual([{ text: "A harbour map.", href: null }]);
    expect(blocks[1]).toEqual({ tag: "pre", open: [], close: [], fragments: [{ parts: [{ text: "x = 1", href: null }], claim: null }] });
  });
});

describe("bodyBlocks: a first block that repeats the title", () => {
  const texts = (blocks: BodyBlock[]): string[] => blocks.map((b) => b.fragments.flatMap((f) => f.parts.map((p) => p.text)).join(""));
  it("leaves out a one-sentence lede taken whole as the title, and its claim loses only its mark in the text", () => {
    const r = recordOf("Okafor says the ferry will run all winter.\n\nThe harbour board met on Monday to hear the plan.\n");
    expect(r.title).toBe("Okafor says the ferry will run all winter");
    expect(r.claims.map((c) => c.text)).toEqual(["the ferry will run all winter"]);
    const { blocks, placed } = bodyBlocks(r, personHref);
    expect(texts(blocks)).toEqual(["The harbour board met on Monday to hear the plan."]);
    expect(placed.size).toBe(0);
  });
  it("leaves out a first block that repeats a title ending in a question mark", () => {
    const r = recordOf("Will The Ferry Run?\n\nWill The Ferry Run?\n\nThe harbour board met on Monday to hear the plan.\n");
    expect(r.title).toBe("Will The Ferry Run?");
    expect(texts(bodyBlocks(r, personHref).blocks)).toEqual(["The harbour board met on Monday to hear the plan."]);
  });
  it("gives a claim read from the title no mark in the text, though its offsets fit the text", () => {
    const r = recordOf("Okafor Says Ferry Will Run\n\nThe harbour board met on Monday to hear the plan.\n");
    expect(r.claims.map((c) => [c.text, c.inTitle])).toEqual([["Ferry Will Run", true]]);
    expect(r.claims[0]?.span.end).toBeLessThan(r.text.length);
    const { blocks, placed } = bodyBlocks(r, personHref);
    expect(placed.size).toBe(0);
    expect(blocks.flatMap((b) => b.fragments).every((f) => f.claim === null)).toBe(true);
  });
  it("leaves out a Markdown heading that repeats the front matter's title, and the next heading takes its rank", () => {
    const r = article("# Harbour notes\n\nThe board met.\n\n## Costs\n\nHigh.\n\n### Fuel\n\nHigher.");
    const { blocks } = bodyBlocks(r, personHref);
    expect(texts(blocks)).toEqual(["The board met.", "Costs", "High.", "Fuel", "Higher."]);
    expect(blocks.map((b) => b.tag)).toEqual(["p", "h2", "p", "h3", "p"]);
  });
  it("keeps a first block that says more than the title, or the only block there is", () => {
    const longer = recordOf("The ferry will run all winter. The board agreed on Monday.\n\nMore follows here.\n");
    expect(longer.title).toBe("The ferry will run all winter");
    expect(texts(bodyBlocks(longer, personHref).blocks)[0]).toBe("The ferry will run all winter. The board agreed on Monday.");
    const alone = recordOf("The ferry will run all winter.\n");
    expect(texts(bodyBlocks(alone, personHref).blocks)).toEqual(["The ferry will run all winter."]);
  });
});

describe("article page of a Markdown article", () => {
  const out = mkdtempSync(join(tmpdir(), "news-archive-body-"));
  let html = "";
  let hostile = "";
  beforeAll(async () => {
    const records = [
      article(
        [
           "The *harbour* board met on **Tuesday** (~~Monday~~): see [the minutes](https://example.org/minutes?a=1&b=2), [the map](/maps/#quay) and `tide-table`.",
          "> “We will open the dock in June,” Ada Quill said.",
          "1. Dredge the channel\n2. Rebuild the wall",
          "- Paint the ferry\n- Mend the nets",
          "| Berth | Ship |\n|---|---|\n| 1 | Sea Otter |",
          "```\nif (tide > 3) {\n    close(\"<b>gate</b>\");\n}\n```",
        ].join("\n\n"),
      ),
      article(
        [
          "A [<script>alert(1)</script>](https://example.org/x) link, [bad](javascript:alert(2)), [upper](JaVaScRiPt:alert(3)) and [entity](&#106;avascript:alert(4)).",
          "An autolink <javascript:alert(5)>, [data](data:text/html;base64,PHNjcmlwdD4=), [vb](vbscript:msgbox(6)) and *<img src=x onerror=alert(7)>*.",
        ].join("\n\n"),
        "hostile",
      ),
    ];
    const plan = planRender(planSite(link(records), { config: siteConfig() }), null, { output: out, global: "g" });
    await renderParts(siteParts(plan, 100), { output: out, pathPrefix: "/" });
    const body = (file: string): string => /<div class="article-body">([\s\S]*?)<\/div>/.exec(readFileSync(join(out, file), "utf8"))?.[1] ?? "";
    html = body("articles/notes/index.html");
    hostile = body("articles/hostile/index.html");
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("renders links, emphasis, strong, inline code, struck text, lists, quotes, tables and code blocks", () => {
    expect(html).toContain("The <em>harbour</em> board met on <strong>Tuesday</strong> (<del>Monday</del>):");
    expect(html).toContain('<a href="https://example.org/minutes?a=1&amp;b=2" rel="nofollow noopener">the minutes</a>');
    expect(html).toContain('<a href="/maps/#quay">the map</a>');
    expect(html).toContain("<code>tide-table</code>");
    expect(html).toMatch(/<blockquote><p>“<mark class="claim" id="claim-1">We will open the dock in June<\/mark>.*<a class="person" href="\/people\/ada-quill\/">Ada Quill<\/a> said\.<\/p><\/blockquote>/);
    expect(html).toMatch(/<ol><li><p>Dredge the channel<\/p><\/li>\s*<li><p>Rebuild the wall<\/p><\/li><\/ol>/);
    expect(html).toMatch(/<ul><li><p>Paint the ferry<\/p><\/li>\s*<li><p>Mend the nets<\/p><\/li><\/ul>/);
    expect(html).toMatch(/<table><thead><tr><th scope="col">Berth<\/th>\s*<th scope="col">Ship<\/th><\/tr><\/thead>\s*<tbody><tr><td>1<\/td>\s*<td>Sea Otter<\/td><\/tr><\/tbody><\/table>/);
    expect(html).toContain("<pre><code>if (tide &gt; 3) {\n    close(&quot;&lt;b&gt;gate&lt;/b&gt;&quot;);\n}</code></pre>");
  });

  it("escapes hostile text and never makes a link of a javascript:, data: or vbscript: URL", () => {
    expect(hostile).toContain('<a href="https://example.org/x" rel="nofollow noopener">&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    // A link the site does not make is its label as plain text, not its Markdown source.
    expect(hostile).toContain("link, bad, upper and entity.");
    expect(hostile).toContain("An autolink javascript:alert(5), data, vb and ");
    expect(hostile).not.toContain("](");
    expect(hostile).toContain("<em>&lt;img src=x onerror=alert(7)&gt;</em>");
    expect(hostile).not.toMatch(/<script|<img|href="\s*(?:javascript|data|vbscript):/i);
    expect(hostile.match(/<a /g)).toHaveLength(1);
  });

  it("is valid HTML", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    for (const slug of ["notes", "hostile"]) {
      const report = await validator.validateString(readFileSync(join(out, "articles", slug, "index.html"), "utf8"));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.message} [${m.ruleId}]`)), slug).toEqual([]);
    }
  });
});
