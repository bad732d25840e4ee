// Front matter: a date with a time and a zone keeps the calendar day written; an unreadable date is a
// format error naming the accepted forms; a slug: that is not written as the URL uses it is a warning.
import { describe, expect, it } from "vitest";
import { frontMatterDate } from "../../src/stages/frontmatter.ts";
import { extractText } from "../helpers.ts";

const withDate = (date: string) => extractText(`---\ntitle: T\ndate: ${date}\n---\nThe ferry sailed again on Friday.\n`, "d.md");

describe("front matter dates with a time", () => {
  it("reads a date followed by a time and a zone abbreviation or offset as the day written", () => {
    expect(withDate("March 3, 2021 10:45 PM EST").record?.date).toBe("2021-03-03");
    expect(withDate("3 March 2021, 22:45 +01:00").record?.date).toBe("2021-03-03");
    expect(withDate("3 March 2021 22:45 Europe/London").record?.date).toBe("2021-03-03");
    // No shifting to UTC: 10:45 PM in New York is the 4th in UTC, but the article says the 3rd.
    expect(withDate("2021-03-03T22:45:00-05:00").record?.date).toBe("2021-03-03");
    expect(withDate("March 3, 2021 10:45 PM EST").messages).toEqual([]);
  });
  it("calls an unreadable date a format problem, naming the accepted forms, at its line", () => {
    const { record, messages } = withDate("next Tuesday at noon");
    expect(record).toBeNull();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: "d.md", line: 3, severity: "error", origin: "front-matter" });
    expect(messages[0]?.message).toMatch(/^unreadable date "next Tuesday at noon" in front matter: write it as 2021-03-03, 3 March 2021 or March 3, 2021/);
    expect(messages[0]?.message).not.toMatch(/impossible/);
  });
  it("refuses a time that is not one, or a zone luxon does not know", () => {
    expect(frontMatterDate("March 3, 2021 25:00")).toBeNull();
    expect(frontMatterDate("March 3, 2021 10:45 PM +99")).toBeNull();
    expect(frontMatterDate("3 March 2021 22:45 Mars/Olympus")).toBeNull();
    expect(frontMatterDate("3 March 2021 at 9am")).toBe("3 March 2021");
  });
  it("guard: an impossible day in a readable form is still reported as impossible", () => {
    expect(withDate("2020-13-45").messages[0]?.message).toBe('impossible date "2020-13-45" in front matter (expected YYYY-MM-DD)');
    expect(withDate("30 February 2020 10:00 GMT").messages[0]?.message).toMatch(/^impossible date "30 February 2020"/);
    expect(withDate("3rd March 2021").record?.date).toBe("2021-03-03");
  });
});

describe("front matter slug:", () => {
  it("warns, at its line, when the URL uses other text than the slug written", () => {
    const { record, messages } = extractText("---\ntitle: T\nslug: Rail Strike!\n---\nBody text here.\n", "s.md");
    expect(record?.slug).toBe("rail-strike");
    expect(messages).toEqual([{ file: "s.md", line: 3, severity: "warning", origin: "front-matter", message: 'slug "Rail Strike!" is not written as a URL slug (lower-case letters, digits and "-"): the article\'s URL uses "rail-strike"' }]);
  });
  it("keeps a CJK slug as written, without a warning", () => {
    const { record, messages } = extractText("---\ntitle: T\nslug: 駅-ニュース\n---\nBody text here.\n", "s.md");
    expect(record?.slug).toBe("駅-ニュース");
    expect(messages).toEqual([]);
  });
});
