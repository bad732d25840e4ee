import { describe, expect, it } from "vitest";
import { link, specificRoles, uniqueSlugs } from "../src/link.ts";
import type { Message } from "../src/types.ts";
import { recordOf } from "./helpers.ts";

const withPeople = (file: string, date: string | null, people: Array<[string, string[]]>) => {
  const fm = [`title: ${file}`, ...(date ? [`date: ${date}`] : []), "people:", ...people.map(([n, roles]) => `  - {name: ${n}, roles: [${roles.join(", ")}]}`)];
  return recordOf(`---\n${fm.join("\n")}\n---\nBody of ${file}.\n`, file);
};

describe("link", () => {
  it("sorts newest first, undated last, ties by slug", () => {
    const a = link([withPeople("b.md", "2020-01-01", []), withPeople("u.md", null, []), withPeople("a.md", "2020-01-01", []), withPeople("c.md", "2021-05-01", [])]);
    expect(a.articles.map((r) => r.slug)).toEqual(["c", "a", "b", "u"]);
  });
  it("resolves a bare surname to the one full name that has it, across articles", () => {
    const a = link([withPeople("one.md", "2020-01-02", [["Ada Mensah", ["Mayor"]]]), withPeople("two.md", "2020-03-04", [["Mensah", []], ["Kofi Osei", []]])]);
    const ada = a.people.find((p) => p.slug === "ada-mensah");
    expect(ada?.articles.map((r) => r.slug)).toEqual(["two", "one"]);
    expect(ada?.aliases).toEqual(["Mensah"]);
    expect(ada?.roles).toEqual(["Mayor"]);
    expect([ada?.firstSeen, ada?.lastSeen]).toEqual(["2020-01-02", "2020-03-04"]);
    expect(ada?.related).toEqual([{ slug: "kofi-osei", name: "Kofi Osei", count: 1 }]);
    expect(a.people.map((p) => p.slug)).toEqual(["ada-mensah", "kofi-osei"]);
  });
  it("leaves an ambiguous surname alone", () => {
    const a = link([withPeople("x.md", null, [["Ann Lee", []], ["Bo Lee", []]]), withPeople("y.md", null, [["Lee", []]])]);
    expect(a.people.map((p) => p.slug)).toEqual(["ann-lee", "bo-lee", "lee"]);
  });
  it("gives a name with a middle initial the same name without it, when the archive has that one", () => {
    const a = link([withPeople("one.md", "2020-01-02", [["Ada Mensah", []]]), withPeople("two.md", "2020-03-04", [["Ada K. Mensah", []], ["Kofi J Osei", []]])]);
    expect(a.people.map((p) => p.slug)).toEqual(["ada-mensah", "kofi-j-osei"]);
    expect(a.people.find((p) => p.slug === "ada-mensah")?.aliases).toEqual(["Ada K. Mensah"]);
    // A middle name written out is another person's name as far as the archive knows.
    expect(link([withPeople("x.md", null, [["Ada Mensah", []], ["Ada Kwame Mensah", []]])]).people.map((p) => p.slug)).toEqual(["ada-kwame-mensah", "ada-mensah"]);
  });
  it("builds the source table from publishers and citations", () => {
    const r1 = recordOf("---\ntitle: One\npublisher: Harbour Times\n---\nThe Evening Chronicle reported it.\n", "one.md");
    const r2 = recordOf("---\ntitle: Two\n---\nThe Harbour Times reported it too.\n", "two.md");
    const a = link([r1, r2]);
    expect(a.sources.map((s) => [s.slug, s.published.length, s.citedBy.length])).toEqual([
      ["evening-chronicle", 0, 1],
      ["harbour-times", 1, 1],
    ]);
  });
});

describe("specificRoles", () => {
  it("folds a role into a more specific one that ends with it", () => {
    expect(specificRoles(["President", "US President", "chairman", "Vice President"])).toEqual(["US President", "chairman", "Vice President"]);
    expect(specificRoles(["Presidential adviser", "adviser"])).toEqual(["Presidential adviser"]);
  });
});

describe("uniqueSlugs", () => {
  it("gives two articles with the same title their own URLs, whatever order they are read in", () => {
    const a = recordOf("Storm Hits Coast\n\nFirst report.\n", "2020-01-01-storm.txt");
    const b = recordOf("Storm Hits Coast\n\nSecond report.\n", "2021-06-09-storm.txt");
    const slugs = (rs: typeof a[]) => link(uniqueSlugs(rs, [])).articles.map((r) => [r.file, r.slug]).sort();
    expect(slugs([a, b])).toEqual([["2020-01-01-storm.txt", "2020-01-01-storm"], ["2021-06-09-storm.txt", "2021-06-09-storm"]]);
    expect(slugs([b, a])).toEqual(slugs([a, b]));
  });
  it("gives files that slug alike their own URLs, whatever order they come in", () => {
    const a = recordOf("Same Title\n\nOne.\n", "Story.txt");
    const b = recordOf("Same Title\n\nTwo.\n", "story.md");
    const m1: Message[] = [];
    const m2: Message[] = [];
    const one = uniqueSlugs([a, b], m1).map((r) => [r.file, r.slug]);
    const two = uniqueSlugs([b, a], m2).map((r) => [r.file, r.slug]);
    expect(one).toEqual([["Story.txt", "story"], ["story.md", "story-md"]]);
    expect(two).toEqual(one);
    expect(m1[0]?.message).toMatch(/taken by Story\.txt/);
  });
});
