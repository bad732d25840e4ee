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
    // story.md is named as its URL, so it keeps it though "Story.txt" sorts first.
    expect(one).toEqual([["Story.txt", "story-txt"], ["story.md", "story"]]);
    expect(two).toEqual(one);
    expect(m1[0]?.message).toBe("URL /articles/story/ is taken by story.md: this article is at /articles/story-txt/ (set slug: in front matter to choose)");
  });
  it("keeps the URL of a file named as it when a differently spelt file joins, though that one's name sorts first", () => {
    const old = recordOf("Port Reopens\n\nThe port reopened.\n", "scraped-port.txt");
    const added = recordOf("Port Cranes Stand Idle\n\nThe cranes stood idle.\n", "Scraped-Port.md");
    expect("Scraped-Port.md" < "scraped-port.txt").toBe(true);
    const slugs = (rs: typeof old[]) => Object.fromEntries(uniqueSlugs(rs, []).map((r) => [r.file, r.slug]));
    expect(slugs([old])).toEqual({ "scraped-port.txt": "scraped-port" });
    expect(slugs([old, added])).toEqual({ "scraped-port.txt": "scraped-port", "Scraped-Port.md": "scraped-port-md" });
    // In a folder: the path with / as - is the slug's spelling.
    const nested = recordOf("Port Budget Agreed\n\nThe budget passed.\n", "port/notes.txt");
    const odd = recordOf("Port Notes Leak\n\nNotes leaked.\n", "Port_Notes.txt");
    expect(slugs([odd, nested])).toEqual({ "port/notes.txt": "port-notes", "Port_Notes.txt": "port-notes-txt" });
  });
  it("keeps a URL pinned by front matter slug: against a file named as it, and never gives a suffix slug that a file holds", () => {
    const pinned = recordOf("---\ntitle: Ferry Deal\nslug: ferry\n---\nThe deal was signed.\n", "z-deal.md");
    const named = recordOf("Ferry Late\n\nThe ferry was late.\n", "ferry.txt");
    const holder = recordOf("Ferry Txt\n\nA file whose own name is ferry-txt.\n", "ferry-txt.txt");
    const slugs = (rs: typeof named[]) => Object.fromEntries(uniqueSlugs(rs, []).map((r) => [r.file, r.slug]));
    expect(slugs([named, pinned, holder])).toEqual({ "z-deal.md": "ferry", "ferry.txt": "ferry-txt-2", "ferry-txt.txt": "ferry-txt" });
    expect(slugs([holder, pinned, named])).toEqual(slugs([named, pinned, holder]));
  });
});

describe("link: claims read from the title", () => {
  it("gives such a claim the title as its sentence", () => {
    const r = recordOf("Okafor Says Ferry Will Run\n\nThe harbour board met on Monday. “We have the money,” Okafor said.\n", "ferry.txt");
    const claims = link([r]).claims;
    expect(claims.map((c) => [c.claimId, c.text, c.sentence])).toEqual([
      ["claim-1", "Ferry Will Run", "Okafor Says Ferry Will Run"],
      ["claim-2", "We have the money", "“We have the money,” Okafor said."],
    ]);
  });
});
