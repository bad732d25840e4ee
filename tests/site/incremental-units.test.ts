// Pieces of the incremental build and of the search index, as pure functions: the streaming open
// data writer, the search records, page fingerprints and which pages an added article touches.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../../src/site/config.ts";
import { buildSite, planSite } from "../../src/site/data.ts";
import { globalFingerprint, outputFile, PAGE_FAMILIES, pageFingerprint, planRender, siteParts, wholeSite } from "../../src/site/incremental.ts";
import type { PageMeta, SiteData } from "../../src/site/model.ts";
import { claimsCsvRows, type OpenData, openDataOf, writeOpenData, writeValue } from "../../src/site/opendata.ts";
import { toCsv } from "../../src/site/escape.ts";
import { searchRecords } from "../../src/site/search.ts";
import { link } from "../../src/link.ts";
import type { ArticleRecord, Person } from "../../src/types.ts";

function record(slug: string, text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  const blocks = [{ index: 0, kind: "paragraph" as const, text, start: 0, end: text.length, section: 0 }];
  return {
    slug, file: `${slug}.txt`, hash: slug, title: `Title of ${slug}`, titleDerived: false, date: null, dateOrigin: null,
    publisher: null, citedSources: [], url: null, authors: [], tags: [], people: [], organizations: [], places: [], claims: [],
    text, body: { blocks, sections: [{ heading: null, blocks: [0] }], sentences: [] },
    wordCount: text.split(/\s+/).length, boilerplate: [], warnings: [], ...extra,
  };
}
const person = (name: string, text: string): Person => {
  const start = text.indexOf(name);
  return { slug: name.toLowerCase().replace(/\W+/g, "-"), name, aliases: [], roles: [], mentions: 1, spans: [{ start, end: start + name.length }] };
};
const article = (slug: string, date: string | null, names: string[], extra: Partial<ArticleRecord> = {}): ArticleRecord => {
  const text = `${names.join(" and ")} met in ${slug}.`;
  return record(slug, text, { date, people: names.map((n) => person(n, text)), ...extra });
};
const pagesOf = (site: SiteData): Map<string, string> => {
  const out = new Map<string, string>();
  for (const family of PAGE_FAMILIES) for (const p of site[family] as PageMeta[]) out.set(outputFile(p.url), pageFingerprint(p));
  return out;
};

describe("open data writer", () => {
  const pieces = (value: unknown): string => {
    const out: string[] = [];
    writeValue(value, (s) => out.push(s));
    return out.join("");
  };
  it("writes exactly JSON.stringify(value), piece by piece", () => {
    const value = {
      title: "A \"quoted\" </script> title", empty: [], none: {}, n: 3, flag: false, nothing: null, skipped: undefined,
      articles: [{ slug: "a", text: "line\nbreak \u2028", tags: [], nested: { deep: [1, [2, {}]] } }, { slug: "b", date: null }],
      list: [1, "two", null, undefined, { x: [] }],
    };
    expect(pieces(value)).toBe(JSON.stringify(value));
    expect(pieces([])).toBe("[]");
    // Arrays longer than one chunk (256 elements), at the top and nested, with holes.
    const many = Array.from({ length: 600 }, (_, i) => (i % 97 === 5 ? undefined : { i, tags: [String(i), [i]], note: i % 3 ? null : "x\ny" }));
    for (const doc of [many, { articles: many, nested: { deeper: [many.slice(0, 300), []] } }, [[many]]]) expect(pieces(doc)).toBe(JSON.stringify(doc));
  });

  // Articles with claims: "said" sentences naming the article, so that every article's bytes differ.
  const claimed = (slug: string, date: string | null, claims: number, extra: Partial<ArticleRecord> = {}): ArticleRecord => {
    const sentences = Array.from({ length: claims }, (_, i) => `Ann Lee said the “${slug}” vote ${i} was close.`);
    const text = sentences.join(" ");
    let at = 0;
    const list = sentences.map((sentence, i) => {
      const start = at;
      at += sentence.length + 1;
      const content = text.indexOf("the", start);
      return {
        id: `claim-${i + 1}`, speaker: { name: "Ann Lee", mention: "Ann Lee", type: "person" as const, ref: "ann-lee" }, cue: "said", kind: "indirect" as const,
        text: sentence.slice(content - start, -1), span: { start: content, end: start + sentence.length - 1 }, sentence: i, sentenceSpan: { start, end: start + sentence.length },
      };
    });
    return record(slug, text, { date, claims: list, people: [person("Ann Lee", text)], ...extra });
  };
  const keysOf = (records: ArticleRecord[], edited: string[] = []): Map<string, string> => new Map(records.map((r) => [r.slug, `key-${r.slug}${edited.includes(r.slug) ? "-edited" : ""}`]));
  const files = (dir: string): { json: string; csv: string } => ({ json: readFileSync(join(dir, "data", "archive.json"), "utf8"), csv: readFileSync(join(dir, "data", "claims.csv"), "utf8") });
  const expected = (data: OpenData): { json: string; csv: string } => ({ json: `${JSON.stringify(data)}\n`, csv: toCsv(claimsCsvRows(data)) });

  it("copies the articles whose key is unchanged from the previous files, giving the same bytes as writing them", () => {
    const dirs = [0, 1, 2, 3].map(() => mkdtempSync(join(tmpdir(), "news-archive-open-")));
    try {
      const before = [claimed("alpha", "2021-05-01", 2), claimed("beta", "2021-04-01", 0), claimed("gamma", "2021-03-01", 3), claimed("delta", null, 1)];
      const first = openDataOf(link(before), "Archive", "https://example.org/news/");
      const one = writeOpenData(dirs[0] ?? "", first, { keys: keysOf(before) });
      expect(files(dirs[0] ?? "")).toEqual(expected(first));
      expect(one.reused).toBe(0);

      // One article added between two others, one edited (its key changes with it).
      const after = [...before.slice(0, 2), claimed("added", "2021-03-15", 2), claimed("gamma", "2021-03-01", 4), before[3] as ArticleRecord];
      const second = openDataOf(link(after), "Archive", "https://example.org/news/");
      const two = writeOpenData(dirs[1] ?? "", second, { keys: keysOf(after, ["gamma"]), previous: { dir: dirs[0] ?? "", index: one.index } });
      expect(files(dirs[1] ?? "")).toEqual(expected(second));
      expect(two.reused).toBe(3);

      // And again from those: the index written with copied ranges points at the right bytes.
      const third = writeOpenData(dirs[2] ?? "", second, { keys: keysOf(after, ["gamma"]), previous: { dir: dirs[1] ?? "", index: two.index } });
      expect(files(dirs[2] ?? "")).toEqual(expected(second));
      expect(third.reused).toBe(5);

      // Another site address: nothing is copied (a claim row holds the article's address).
      const moved = openDataOf(link(after), "Archive", "https://example.org/elsewhere/");
      const fourth = writeOpenData(dirs[3] ?? "", moved, { keys: keysOf(after, ["gamma"]), previous: { dir: dirs[1] ?? "", index: two.index } });
      expect(files(dirs[3] ?? "")).toEqual(expected(moved));
      expect(fourth.reused).toBe(0);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  it("copies nothing from files changed since they were written", () => {
    const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), "news-archive-open-")));
    try {
      const records = [claimed("alpha", "2021-05-01", 2), claimed("beta", "2021-04-01", 1)];
      const data = openDataOf(link(records), "Archive", "https://example.org/");
      const one = writeOpenData(dirs[0] ?? "", data, { keys: keysOf(records) });
      const path = join(dirs[0] ?? "", "data", "archive.json");
      writeFileSync(path, readFileSync(path, "utf8").replace("vote 0", "VOTE 0"));
      const two = writeOpenData(dirs[1] ?? "", data, { keys: keysOf(records), previous: { dir: dirs[0] ?? "", index: one.index } });
      expect(two.reused).toBe(0);
      expect(files(dirs[1] ?? "")).toEqual(expected(data));
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("search records", () => {
  it("hold the title and body text, the title and date for results, and person, source and year filters", () => {
    const site = buildSite(link([
      article("one", "2020-01-02", ["Ann Lee", "Bo Ek"], { publisher: { name: "The Post", slug: "post" } }),
      article("two", null, []),
    ]), { config: siteConfig() });
    const records = searchRecords(site);
    expect(records.map((r) => r.url)).toEqual(["/articles/one/", "/articles/two/"]);
    const [one, two] = records;
    expect(one?.content).toBe("Title of one\nAnn Lee and Bo Ek met in one.");
    expect(one?.meta).toEqual({ title: "Title of one", date: "2 January 2020" });
    expect(one?.filters).toEqual({ person: ["Ann Lee", "Bo Ek"], source: ["The Post"], year: ["2020"] });
    expect(one?.sort).toEqual({ date: "2020-01-02" });
    expect(one?.language).toBe("en");
    expect(two?.meta).toEqual({ title: "Title of two" });
    expect(two?.filters).toEqual({});
    expect(two?.sort).toEqual({});
  });
});

describe("rendering a cold build in parts", () => {
  it("renders the singleton pages first, then every page of the big families once, at most `size` to a part", () => {
    const records = Array.from({ length: 30 }, (_, i) => article(`p-${String(i).padStart(2, "0")}`, `2020-01-${String(1 + (i % 28)).padStart(2, "0")}`, [`Person ${i % 7}`, `Other ${i}`]));
    const plan = planSite(link(records), { config: siteConfig() });
    const render = planRender(plan, null, { output: "/nonexistent", global: "g" });
    const whole = wholeSite(render);
    const expected = [...whole.articles, ...whole.people, ...whole.claims].map((p) => p.url);
    expect(expected.length).toBeGreaterThan(30 + 7);
    const parts = [...siteParts(render, 8)];
    // First part: everything but the big families, which come after, in parts of at most 8 pages.
    expect(parts[0]?.pagesOnly).toBe(false);
    expect([parts[0]?.site.articles.length, parts[0]?.site.people.length, parts[0]?.site.claims.length]).toEqual([0, 0, 0]);
    expect(parts[0]?.site.peopleLetters).toEqual(whole.peopleLetters);
    const later = parts.slice(1);
    expect(later.every((p) => p.pagesOnly)).toBe(true);
    const sizes = later.map((p) => p.site.articles.length + p.site.people.length + p.site.claims.length);
    expect(sizes.slice(0, -1).every((n) => n === 8)).toBe(true);
    expect(later.length).toBe(Math.ceil(expected.length / 8));
    // Every page exactly once, in family order, with the same data as rendering in one go.
    const seen = later.flatMap((p) => [...p.site.articles, ...p.site.people, ...p.site.claims]);
    expect(seen.map((p) => p.url)).toEqual(expected);
    expect(JSON.stringify(later.flatMap((p) => p.site.articles))).toBe(JSON.stringify(whole.articles));
  });

  it("fills parts by weight: heavy listing pages make smaller parts, and a page heavier than a part is a part alone", () => {
    const render = planRender(planSite(link([article("w-1", null, ["Person W"])]), { config: siteConfig() }), null, { output: "/nonexistent", global: "g" });
    const template = render.pending.claims[0];
    if (!template) throw new Error("no claims page");
    const weights = [4, 4, 4, 1, 12, 1];
    const claims = weights.map((weight, i) => ({ ...template, url: `/claims/w/${i}/`, weight, build: () => ({ ...template.build(), url: `/claims/w/${i}/` }) }));
    const parts = [...siteParts({ site: render.site, pending: { articles: [], people: [], claims } }, 10)].slice(1);
    expect(parts.map((p) => p.site.claims.map((c) => c.url.split("/")[3]))).toEqual([["0", "1"], ["2", "3"], ["4"], ["5"]]);
  });

  it("builds a part's pages only when that part is reached", () => {
    const records = Array.from({ length: 12 }, (_, i) => article(`q-${i}`, null, [`Person ${i}`]));
    const render = planRender(planSite(link(records), { config: siteConfig() }), null, { output: "/nonexistent", global: "g" });
    let built = 0;
    const counted = { ...render.pending, articles: render.pending.articles.map((p) => ({ ...p, build: () => (built++, p.build()) })) };
    const parts = siteParts({ site: render.site, pending: counted }, 5);
    parts.next();
    expect(built).toBe(0);
    parts.next();
    expect(built).toBe(5);
    parts.next();
    expect(built).toBe(10);
  });
});

describe("page fingerprints", () => {
  it("adding an article changes only the pages that show it, not every page of the site", () => {
    const base = Array.from({ length: 40 }, (_, i) =>
      article(`a-${String(i).padStart(2, "0")}`, `2020-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + i).padStart(2, "0")}`, [`Person ${i % 10}`, `Other ${i}`]),
    );
    const before = pagesOf(buildSite(link(base), { config: siteConfig() }));
    const added = article("z-new", "2021-06-01", ["Person 3"]);
    const after = pagesOf(buildSite(link([...base, added]), { config: siteConfig() }));
    const changed = [...after].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
    expect(changed).toContain("articles/z-new/index.html");
    expect(changed).toContain("people/person-3/index.html");
    // Someone not in the new article keeps their page; most pages do not change.
    expect(changed).not.toContain("people/person-4/index.html");
    expect(changed.length).toBeLessThan(after.size / 4);
  });

  it("a big-family page whose key is unchanged has unchanged data, whatever changed around it", () => {
    const base = Array.from({ length: 30 }, (_, i) =>
      article(`a-${String(i).padStart(2, "0")}`, `2020-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + i).padStart(2, "0")}`, [`Person ${i % 7}`, `Other ${i}`], {
        publisher: { name: `Outlet ${i % 3}`, slug: `outlet-${i % 3}` },
        claims: [{
          id: "c1", speaker: { name: `Person ${i % 7}`, mention: `Person ${i % 7}`, type: "person", ref: `person-${i % 7}` },
          cue: "said", kind: "indirect", text: `claim ${i}`, span: { start: 0, end: 10 }, sentence: 0, sentenceSpan: { start: 0, end: 10 },
        }],
      }),
    );
    // A claim by someone no article names yet (no person page: the speaker is not a link).
    const first = base[5];
    if (first) first.claims.push({ ...first.claims[0]!, id: "c2", speaker: { name: "Zed Quill", mention: "Zed Quill", type: "person", ref: "zed-quill" } });
    const retitled = base.map((r, i) => (i === 12 ? { ...r, title: "A new title" } : r));
    // A bare surname in a new article resolves to the one full name that has it (linking changes it).
    const surnameText = "Mr 3 spoke.";
    const surname = article("z-surname", "2020-06-15", [], { text: surnameText, people: [{ slug: "3", name: "3", aliases: [], roles: [], mentions: 1, spans: [{ start: 3, end: 4 }] }] });
    const variants = [
      [...base, article("z-new", "2020-05-20", ["Person 3", "Other 9"])],
      base.slice(1),
      retitled,
      [...base, surname],
      // Now someone has a page: their claim's speaker becomes a link wherever the claim is listed.
      [...base, article("z-zed", "2020-07-01", ["Zed Quill"])],
    ];
    const pagesByUrl = (records: ArticleRecord[]) => {
      const { lazy } = planSite(link(records), { config: siteConfig() });
      return new Map([...lazy.articles, ...lazy.people, ...lazy.claims].map((p) => [p.url, p]));
    };
    const before = pagesByUrl(base);
    let same = 0;
    let changed = 0;
    for (const records of variants) {
      for (const [url, page] of pagesByUrl(records)) {
        const old = before.get(url);
        if (!old) continue;
        if (old.key === page.key) {
          same++;
          expect(JSON.stringify(page.build()), url).toBe(JSON.stringify(old.build()));
        } else changed++;
      }
    }
    // Both cases occur: most pages keep their key, the ones the change shows on do not.
    expect(same).toBeGreaterThan(changed);
    expect(changed).toBeGreaterThan(0);
  });

  it("past one page, claims are listed by the speaker's initial: a new claim changes its letter's pages, not the others", () => {
    const speakers = ["Ann Ash", "Bob Birch", "Cy Cole"];
    const withClaims = (slug: string, date: string, who: string, n: number): ArticleRecord => {
      const r = article(slug, date, [who]);
      r.claims = Array.from({ length: n }, (_, k) => ({
        id: `c${k}`, speaker: { name: who, mention: who, type: "person" as const, ref: who.toLowerCase().replace(/\W+/g, "-") },
        cue: "said", kind: "indirect" as const, text: `point ${k}`, span: { start: 0, end: 5 }, sentence: 0, sentenceSpan: { start: 0, end: 5 },
      }));
      return r;
    };
    // 3 × 90 claims: more than one page (200).
    const base = speakers.map((who, i) => withClaims(`art-${i}`, `2020-01-0${i + 1}`, who, 90));
    const plan = planSite(link(base), { config: siteConfig() });
    const urls = plan.lazy.claims.map((p) => p.url);
    expect(urls).toEqual(expect.arrayContaining(["/claims/", "/claims/a-z/a/", "/claims/a-z/b/", "/claims/a-z/c/"]));
    expect(urls.some((u) => u.startsWith("/claims/page/"))).toBe(false);
    const page = (url: string) => plan.lazy.claims.find((p) => p.url === url)?.build();
    const hub = page("/claims/");
    expect(hub?.groups).toEqual([]);
    expect(hub?.total).toBe(270);
    expect(hub?.letters.map((l) => [l.label, l.count])).toEqual([["A", 90], ["B", 90], ["C", 90]]);
    const b = page("/claims/a-z/b/");
    expect(b?.groups.map((g) => g.speaker.name)).toEqual(["Bob Birch"]);
    expect(b?.groups[0]?.claims.length).toBe(90);
    expect(b?.letters.every((l) => l.count === null)).toBe(true);
    // One more claim by Bob: /claims/ (counts) and B's pages change; A's and C's keep their keys.
    const after = planSite(link([...base, withClaims("art-new", "2020-02-01", "Bob Birch", 1)]), { config: siteConfig() });
    const keyOf = (p: typeof plan, url: string) => p.lazy.claims.find((x) => x.url === url)?.key;
    expect(keyOf(after, "/claims/")).not.toBe(keyOf(plan, "/claims/"));
    expect(keyOf(after, "/claims/a-z/b/")).not.toBe(keyOf(plan, "/claims/a-z/b/"));
    expect(keyOf(after, "/claims/a-z/a/")).toBe(keyOf(plan, "/claims/a-z/a/"));
    expect(keyOf(after, "/claims/a-z/c/")).toBe(keyOf(plan, "/claims/a-z/c/"));
  });

  it("the site-wide fingerprint depends on the settings and path prefix", () => {
    const a = globalFingerprint(siteConfig(), "/");
    expect(globalFingerprint(siteConfig(), "/")).toBe(a);
    expect(globalFingerprint(siteConfig(), "/news/")).not.toBe(a);
    expect(globalFingerprint(siteConfig({ title: "Other" }), "/")).not.toBe(a);
  });
});
