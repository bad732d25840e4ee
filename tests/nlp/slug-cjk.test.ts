// Slugs keep Han, Hiragana, Katakana and Hangul letters, which the library would drop; Latin slugs are unchanged.
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/nlp/slug.ts";
import { articleSlug } from "../../src/stages/record.ts";

describe("slugs of CJK text", () => {
  it("keeps the letters of a CJK run as a word of the slug", () => {
    expect(slugify("駅-ニュース")).toBe("駅-ニュース");
    expect(slugify("日本語のニュース")).toBe("日本語のニュース");
    expect(slugify("한국 뉴스")).toBe("한국-뉴스");
    // Punctuation of the script separates words; Latin and digits around a run are slugged as before.
    expect(slugify("東京、大阪「駅」")).toBe("東京-大阪-駅");
    expect(slugify("Tokyo 駅 Plans 2021")).toBe("tokyo-駅-plans-2021");
  });
  it("gives a front matter slug and a file name their CJK letters", () => {
    expect(articleSlug("x.md", "駅-ニュース")).toBe("駅-ニュース");
    expect(articleSlug("日本語のニュース.txt", undefined)).toBe("日本語のニュース");
  });
  it("guard: Latin, Cyrillic and Arabic text is slugged as before", () => {
    expect(slugify("Costs & timing")).toBe("costs-and-timing");
    expect(slugify("Москва")).toBe("moskva");
    expect(slugify("O’Neill’s Café")).toBe("oneills-cafe");
    expect(slugify("!!!")).toBe("untitled");
  });
});
