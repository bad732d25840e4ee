// Pure functions of the site layer: escaping, body segments, chunking, timeline, related articles.
import { describe, expect, it } from "vitest";
import { bodyBlocks, findMentions } from "../../src/site/body.ts";
import { normalisePathPrefix, siteConfig } from "../../src/site/config.ts";
import { buildSite, chunk, letterOf, pager, relatedArticles } from "../../src/site/data.ts";
import { claimsCsvRows } from "../../src/site/opendata.ts";
import { csvCell, jsonForScript, safeExternalUrl, safeLinkUrl, toCsv } from "../../src/site/escape.ts";
import { shortcodes } from "../../src/site/filters.ts";
import { dateLabel, truncate } from "../../src/site/text.ts";
import { timeline } from "../../src/site/timeline.ts";
import { link } from "../../src/link.ts";
import type { ArticleRecord, Claim, Person } from "../../src/types.ts";

function record(slug: string, text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  const paragraphs = text.split("\n\n");
  let at = 0;
  const blocks = paragraphs.map((p, index) => {
    const b = { index, kind: "paragraph" as const, text: p, start: at, end: at + p.length, section: 0 };
    at += p.length + 2;
    return b;
  });
  return {
    slug, file: `${slug}.txt`, hash: slug, title: slug, titleDerived: false, date: null, dateOrigin: null,
    publisher: null, citedSources: [], url: null, authors: [], tags: [], people: [], organizations: [], places: [], claims: [],
    text, body: { blocks, sections: [{ heading: null, blocks: blocks.map((b) => b.index) }], sentences: [] },
    wordCount: text.split(/\s+/).length, boilerplate: [], warnings: [], ...extra,
  };
}
const person = (name: string, spans: Array<[number, number]> = [], aliases: string[] = []): Person => ({
  slug: name.toLowerCase().replace(/\W+/g, "-"), name, aliases, roles: [], mentions: spans.length, spans: spans.map(([start, end]) => ({ start, end })),
});
const claim = (n: number, start: number, end: number, speaker = "Ann Lee"): Claim => ({
  id: `claim-${n}`, speaker: { name: speaker, mention: speaker, type: "person", ref: speaker.toLowerCase().replace(/\W+/g, "-") },
  cue: "said", kind: "direct", text: "x", span: { start, end }, sentence: 0, sentenceSpan: { start, end },
});

describe("escaping", () => {
  it("JSON for a script element cannot close it, and parses back", () => {
    const value = { t: "</script><script>alert(1)</script><!-- & \u2028 \u2029 'q' \"d\"" };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
    expect(shortcodes.jsonLd(value)).toBe(`<script type="application/ld+json">${out}</script>`);
  });
  it("CSV quotes cells with commas, quotes and line ends", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(toCsv([["a", 1], ["b,c", null]])).toBe('a,1\r\n"b,c",\r\n');
  });
  it("CSV puts a single quote before a text a spreadsheet would take for a formula, and only there", () => {
    expect(csvCell("=HYPERLINK(\"http://x.example\")")).toBe(`"'=HYPERLINK(""http://x.example"")"`);
    expect(csvCell("+1 for the plan")).toBe("'+1 for the plan");
    expect(csvCell("-2 degrees")).toBe("'-2 degrees");
    expect(csvCell("@mayor said so")).toBe("'@mayor said so");
    expect(csvCell("\tindented")).toBe("'\tindented");
    expect(csvCell("\rreturn")).toBe(`"'\rreturn"`);
    // Guards: a formula character later in the text, and a negative number, stay as they are.
    expect(csvCell("a = b")).toBe("a = b");
    expect(csvCell(-3)).toBe("-3");
  });
  it("only http(s) URLs from articles become links", () => {
    expect(safeExternalUrl("javascript:alert(1)")).toBeNull();
    expect(safeExternalUrl(" JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeExternalUrl("data:text/html,<script>")).toBeNull();
    expect(safeExternalUrl("//evil.example")).toBeNull();
    expect(safeExternalUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
  });
  it("Markdown links: http(s), mailto and relative URLs become hrefs, any other scheme however written does not", () => {
    expect(safeLinkUrl("https://example.org/a?b=1")).toEqual({ href: "https://example.org/a?b=1", external: true });
    expect(safeLinkUrl("//example.org/a")).toEqual({ href: "//example.org/a", external: true });
    expect(safeLinkUrl("mailto:desk@example.org")).toEqual({ href: "mailto:desk@example.org", external: false });
    for (const relative of ["/maps/", "../notes/", "#quay", "?page=2", "report.pdf"]) expect(safeLinkUrl(relative)).toEqual({ href: relative, external: false });
    for (const bad of [
      "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0000javascript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/", "tel:+441234", "",
    ]) expect(safeLinkUrl(bad), JSON.stringify(bad)).toBeNull();
  });
});

describe("article body", () => {
  it("links each mention of a known person and marks claims with one anchor", () => {
    const text = "Ann Lee said the port will reopen. Lee agreed.\n\nSecond paragraph by Lee.";
    const r = record("a", text, {
      people: [person("Ann Lee", [[0, 7], [35, 38], [text.lastIndexOf("Lee"), text.lastIndexOf("Lee") + 3]])],
      claims: [claim(1, 13, 33)],
    });
    const { blocks, placed } = bodyBlocks(r, (slug) => `/people/${slug}/`);
    expect(placed.has(0)).toBe(true);
    const first = blocks[0];
    expect(first?.fragments.map((f) => f.parts.map((p) => p.text).join(""))).toEqual(["Ann Lee said ", "the port will reopen", ". Lee agreed."]);
    expect(first?.fragments[1]?.claim).toEqual({ id: "claim-1", n: 1, note: "note-claim-1", last: true });
    expect(first?.fragments[0]?.parts[0]).toEqual({ text: "Ann Lee", href: "/people/ann-lee/" });
    expect(blocks[1]?.fragments[0]?.parts.slice(-2)).toEqual([{ text: "Lee", href: "/people/ann-lee/" }, { text: ".", href: null }]);
    // The text is never lost or reordered.
    const rebuilt = blocks.map((b) => b.fragments.map((f) => f.parts.map((p) => p.text).join("")).join("")).join("\n\n");
    expect(rebuilt).toBe(text);
  });
  it("splits a mention that crosses a claim edge, and a claim that crosses blocks gets one anchor", () => {
    const text = "Bo Ek spoke.\n\nBo Ek again.";
    const r = record("b", text, { people: [person("Bo Ek", [[0, 5], [14, 19]])], claims: [claim(1, 3, 20, "Bo Ek")] });
    const { blocks } = bodyBlocks(r, (slug) => `/people/${slug}/`);
    const claims = blocks.flatMap((b) => b.fragments.filter((f) => f.claim).map((f) => f.claim));
    expect(claims.map((c) => c?.id)).toEqual(["claim-1", null]);
    expect(claims.map((c) => c?.last)).toEqual([false, true]);
  });
  it("finds front-matter people without spans by name and alias, as whole words", () => {
    expect(findMentions("Quill met Quillon and quill. Jane Quill left.", ["Jane Quill", "Quill"])).toEqual([
      { start: 0, end: 5 }, { start: 29, end: 39 },
    ]);
  });
  it("ignores out-of-range spans instead of failing", () => {
    const r = record("c", "Short.", { people: [person("X Y", [[3, 99]])], claims: [claim(1, -1, 2)] });
    const { blocks, placed } = bodyBlocks(r, () => "/people/x/");
    expect(blocks[0]?.fragments[0]?.parts).toEqual([{ text: "Short.", href: null }]);
    expect(placed.size).toBe(0);
  });
});

describe("site data", () => {
  it("offers named speakers in the claims filter, not pronouns or unread speakers, and lists those with a page on the speakers page", () => {
    const said = (n: number, name: string, type: Claim["speaker"]["type"], ref: string | null): Claim => ({
      ...claim(n, 0, 4), speaker: { name, mention: name, type, ref },
    });
    const claims = [
      said(1, "they", "group", null), said(2, "they", "group", null), said(3, "they", "group", null),
      said(4, "unknown", "unknown", null), said(5, "unknown", "unknown", null),
      said(6, "Ann Lee", "person", "ann-lee"), said(7, "Harbour officials", "group", null), said(8, "He", "person", null),
    ];
    const site = buildSite(link([record("a", "Ann Lee spoke.", { claims })]), { config: siteConfig() });
    const all = site.claims.find((p) => p.filter.kind === "all");
    expect(all?.speakers.map((s) => s.name)).toEqual(["Ann Lee", "Harbour officials"]);
    // A pronoun or a lower-case word names nobody by itself: no page, so not on the speakers page.
    expect(site.speakers[0]?.speakers.map((s) => s.name).sort()).toEqual(["Ann Lee", "Harbour officials"]);
  });
  it("labels a claim the text names no speaker for as such, never as a speaker called 'unknown'", () => {
    const unnamed: Claim = { ...claim(1, 0, 4), speaker: { name: "unknown", mention: "", type: "unknown", ref: null } };
    const site = buildSite(link([record("a", "Ann Lee spoke.", { claims: [unnamed] })]), { config: siteConfig() });
    expect(site.speakers[0]?.speakers.map((s) => [s.name, s.href])).toEqual([["(no speaker named)", "/claims/speaker/no-speaker-named/"]]);
    expect(site.articles[0]?.claims.map((c) => c.speaker.name)).toEqual(["(no speaker named)"]);
  });
  it("chunks, pages, letters and labels", () => {
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(chunk([], 2)).toEqual([[]]);
    expect(pager("/x/", 2, 3)).toMatchObject({ previous: "/x/", next: "/x/page/3/" });
    expect(letterOf("émile")).toBe("0-9");
    expect(letterOf("zed")).toBe("z");
    expect(dateLabel("2020-02-07")).toBe("7 February 2020");
    expect(dateLabel(null)).toBe("Undated");
    expect(truncate("one two three four", 10)).toBe("one two…");
    // A long text is cut from its start alone: the same as normalising all of it first, also when
    // long whitespace runs fall where the prefix is cut.
    const whole = (text: string, max: number): string => {
      const clean = text.replace(/\s+/g, " ").trim();
      if (clean.length <= max) return clean;
      const cut = clean.slice(0, max - 1);
      const space = cut.lastIndexOf(" ");
      return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
    };
    for (const text of [`${" \n\t ".repeat(300)}word`, `${"ab   \n\n ".repeat(120)}end`, `${"x".repeat(900)} tail`, `a${" ".repeat(850)}b c d`]) {
      for (const max of [10, 200]) expect(truncate(text, max), JSON.stringify([text.slice(0, 20), max])).toBe(whole(text, max));
    }
    expect(normalisePathPrefix("news")).toBe("/news/");
    expect(normalisePathPrefix("/")).toBe("/");
  });
  it("draws a bar per month with articles, at its place on a time axis that keeps the empty months as gaps", () => {
    const t = timeline(new Map([["2019-11", 2], ["2020-02", 4]]));
    expect(t?.bars.map((b) => b.count)).toEqual([2, 4]);
    expect(t?.bars.map((b) => b.label)).toEqual(["November 2019: 2 articles", "February 2020: 4 articles"]);
    // Four months on 720 units: 180 each, bars 48 wide and centred; February is the fourth.
    expect(t?.bars.map((b) => b.x)).toEqual([66, 606]);
    expect(t?.bars[1]?.y).toBe(10);
    expect(t?.ticks.map((x) => x.label)).toContain("2020");
    expect(timeline(new Map())).toBeNull();
  });
  it("picks the same related articles as sorting every candidate", () => {
    // A fixed pseudo-random archive: 80 articles, each with 1–6 of 12 people.
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const names = Array.from({ length: 12 }, (_, k) => `Person ${String.fromCharCode(65 + k)}`);
    const rs = Array.from({ length: 80 }, (_, i) => record(`r${i}`, "t", { people: [...new Set(Array.from({ length: 1 + next(6) }, () => names[next(12)] ?? "Person A"))].map((n) => person(n)) }));
    // Every article sharing a person, sorted: most shared, then nearest, then first.
    const expected = rs.map((r, i) => {
      const mine = new Set(r.people.map((p) => p.name));
      return rs
        .map((o, j) => ({ index: j, shared: o.people.map((p) => p.name).filter((n) => mine.has(n)) }))
        .filter((x) => x.index !== i && x.shared.length)
        .sort((a, b) => b.shared.length - a.shared.length || Math.abs(a.index - i) - Math.abs(b.index - i) || a.index - b.index)
        .slice(0, 5)
        .map((x) => x.index);
    });
    expect(relatedArticles(rs).map((list) => list.map((x) => x.index))).toEqual(expected);
  });
  it("relates articles by shared people, most shared first", () => {
    const rs = [
      record("a", "t", { people: [person("P"), person("Q")] }),
      record("b", "t", { people: [person("P")] }),
      record("c", "t", { people: [person("P"), person("Q")] }),
      record("d", "t", { people: [person("R")] }),
    ];
    const rel = relatedArticles(rs);
    expect(rel[0]?.map((x) => x.index)).toEqual([2, 1]);
    expect(rel[0]?.[0]?.shared).toEqual(["P", "Q"]);
    expect(rel[3]).toEqual([]);
  });
  it("builds every page's data with absolute URLs under the prefix, and no link to a missing page", () => {
    const archive = link([
      record("one", "Ann Lee said hello.", { date: "2020-01-02", people: [person("Ann Lee", [[0, 7]])], claims: [claim(1, 13, 18)], publisher: { name: "The Post", slug: "post" } }),
      record("two", "Nothing here.", { date: null }),
    ]);
    const site = buildSite(archive, { config: siteConfig({ baseUrl: "https://example.org/" }), pathPrefix: "/news" });
    expect(site.root).toBe("https://example.org/news/");
    expect(site.articles.map((a) => a.url)).toEqual(["/articles/one/", "/articles/two/"]);
    expect(site.articles[0]?.abs).toBe("https://example.org/news/articles/one/");
    expect(site.articles[0]?.next).toBeNull();
    expect(site.articles[0]?.previous?.href).toBe("/articles/two/");
    expect(site.people.map((p) => p.url)).toEqual(["/people/ann-lee/"]);
    expect(site.people[0]?.claims[0]?.href).toBe("/articles/one/#claim-1");
    expect(site.feed.updated).toBe("2020-01-02T00:00:00Z");
    expect(site.feed.entries.map((e) => e.url)).toEqual(["https://example.org/news/articles/one/"]);
    expect(site.periods.map((p) => p.url)).toEqual(["/archive/2020/", "/archive/2020/01/", "/archive/undated/"]);
    expect(site.claims.map((c) => c.url)).toEqual(["/claims/", "/claims/speaker/ann-lee/", "/claims/source/post/"]);
    const csv = claimsCsvRows(site.openData);
    expect([csv[1]?.[0], csv[1]?.[1], csv[1]?.[3], csv[1]?.[4]]).toEqual(["one#claim-1", "one", "2020-01-02", "https://example.org/news/articles/one/"]);
  });
  it("is deterministic and linear enough for a large archive", () => {
    const people = Array.from({ length: 300 }, (_, i) => `Person ${String.fromCharCode(65 + (i % 26))}${i}`);
    const records = Array.from({ length: 3000 }, (_, i) => {
      const names = [people[i % 300] ?? "", people[(i * 7) % 300] ?? "", "Common Name"];
      const text = `${names.join(" and ")} met. ${names[0]} said it went well.`;
      return record(`a-${String(i).padStart(5, "0")}`, text, {
        date: `20${String(10 + (i % 10))}-${String(1 + (i % 12)).padStart(2, "0")}-15`,
        people: [...new Set(names)].map((n) => person(n, [[text.indexOf(n), text.indexOf(n) + n.length]])),
        claims: [claim(1, text.indexOf("it went"), text.length - 1, names[0])],
      });
    });
    const started = performance.now();
    const site = buildSite(link(records), { config: siteConfig() });
    const ms = performance.now() - started;
    expect(site.articles).toHaveLength(3000);
    expect(ms).toBeLessThan(10_000);
    const common = site.people.filter((p) => p.slug === "common-name");
    expect(common.length).toBeGreaterThan(1); // paginated
    expect(common[1]?.url).toBe("/people/common-name/page/2/");
    expect(JSON.stringify(buildSite(link(records), { config: siteConfig() }).home)).toBe(JSON.stringify(site.home));
  });
  it("shows as 'Also written as' the name's variants, not a mention with a role before it", () => {
    const text = "Mayor Tilda Okonkwo spoke. Okonkwo left. Mayor Tilda Okonkow stayed.";
    const mayor = { ...person("Tilda Okonkwo", [[0, 19]], ["Mayor Tilda Okonkwo", "Okonkwo", "Tilda Okonkow", "Mayor Tilda Okonkow", "Deputy Mayor Tilda Okonkwo"]), roles: ["Mayor", "deputy mayor"] };
    const site = buildSite(link([record("one", text, { people: [mayor] })]), { config: siteConfig() });
    const page = site.people.find((p) => p.slug === "tilda-okonkwo");
    expect(page?.aliases).toEqual(["Okonkwo", "Tilda Okonkow"]);
    expect(page?.jsonLd?.alternateName).toEqual(["Okonkwo", "Tilda Okonkow"]);
    // Guard: a word before a name that is not one of the person's roles is part of a variant.
    const other = { ...person("Jo Blum", [[0, 6]], ["Josephine Blum", "Dr Jo Blum"]), roles: ["Mayor"] };
    expect(buildSite(link([record("two", "Jo Blum spoke.", { people: [other] })]), { config: siteConfig() }).people[0]?.aliases).toEqual(["Dr Jo Blum", "Josephine Blum"]);
  });
  it("splits the A–Z index by letter when it is too long for one page", () => {
    const records = Array.from({ length: 1201 }, (_, i) => {
      const name = `${String.fromCharCode(65 + (i % 26))}lex Number${i}`;
      return record(`r-${i}`, `${name} spoke.`, { people: [person(name, [[0, name.length]])] });
    });
    const site = buildSite(link(records), { config: siteConfig() });
    expect(site.peopleIndex.groups).toEqual([]);
    expect(site.peopleIndex.top.length).toBe(50);
    expect(site.peopleIndex.letters[0]).toMatchObject({ label: "A", href: "/people/a-z/a/" });
    expect(site.peopleLetters.map((l) => l.url)).toContain("/people/a-z/z/");
    expect(site.peopleLetters.every((l) => l.group.entries.length <= 1000)).toBe(true);
  });
});
