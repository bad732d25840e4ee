import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/nlp/parse-date.ts";
import { extractText } from "../helpers.ts";

describe("dates", () => {
  it("parses the written forms to YYYY-MM-DD", () => {
    expect(parseDate("2020-02-07")).toBe("2020-02-07");
    expect(parseDate("2020-2-7")).toBe("2020-02-07");
    expect(parseDate("7 February 2020")).toBe("2020-02-07");
    expect(parseDate("February 7, 2020")).toBe("2020-02-07");
    expect(parseDate("Feb 7 2020")).toBe("2020-02-07");
    expect(parseDate("2020-02-07T23:30:00-05:00")).toBe("2020-02-07");
  });
  it("rejects impossible dates", () => {
    expect(parseDate("2020-13-45")).toBeNull();
    expect(parseDate("2019-02-29")).toBeNull();
    expect(parseDate("31 June 2020")).toBeNull();
  });
  it("never invents a date and warns about an impossible prefix", () => {
    const plain = extractText("Title\n\nNothing here says when.\n");
    expect(plain.record?.date).toBeNull();
    expect(plain.record?.dateOrigin).toBeNull();
    const bad = extractText("date 2020-13-45 Body text.\n");
    expect(bad.record?.date).toBeNull();
    expect(bad.messages[0]).toMatchObject({ severity: "warning", origin: "dates", line: 1 });
  });
  it("names the line of an impossible date prefix", () => {
    const { record, messages } = extractText("Title line here\n\ndate 2020-02-30 Body text goes on here.\n", "r.txt");
    expect(record?.date).toBeNull();
    expect(messages).toEqual([{ file: "r.txt", line: 3, severity: "warning", origin: "dates", message: 'impossible date "2020-02-30" at the start of the text: article left undated' }]);
  });
});

describe("dates read from the opening lines of scraped text", () => {
  const dated = (text: string): [string | null | undefined, string | null | undefined] => {
    const r = extractText(text).record;
    return [r?.date, r?.dateOrigin];
  };
  it("reads a dateline: a place in capitals, an optional comma, a date", () => {
    expect(dated("Ferry Link Restored\n\nHARWICH 2003-04-11\n\nThe ferry sailed again on Friday.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\nHARWICH, 2003-04-11 - The ferry sailed again on Friday.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\nPORT ELSPETH, Nova Scotia 2003-04-11\n\nThe ferry sailed again.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\nHARWICH, April 11, 2003 — The ferry sailed again on Friday.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    // After a byline line too.
    expect(dated("Ferry Link Restored\n\nBy Ann Tolley\n\nHARWICH 2003-04-11\n\nThe ferry sailed again.\n")).toEqual(["2003-04-11", "inline-prefix"]);
  });
  it("reads a long-form date line, alone or before the text, with a weekday, an ordinal or a time", () => {
    expect(dated("Ferry Link Restored\n\nApril 11, 2003\n\nThe ferry sailed again on Friday.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("11 April 2003\n\nFerry Link Restored\n\nThe ferry sailed again on Friday.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\n11 April 2003 The ferry sailed again on Friday.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\nFriday, Apr. 11th, 2003 at 4:15 p.m. BST\n\nThe ferry sailed again.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\nSept 9, 2003\n\nThe ferry sailed again.\n")).toEqual(["2003-09-09", "inline-prefix"]);
  });
  it("leaves a sentence that starts with a date alone", () => {
    expect(dated("Ferry Link Restored\n\nApril 11, 2003 was the day the ferry sailed again.\n")).toEqual([null, null]);
    expect(dated("Ferry Link Restored\n\nThe ferry sailed again.\n\nMore followed.\n\nApril 11, 2003\n")).toEqual([null, null]);
  });
  it("takes the published date over the updated one, and an updated date only when nothing else dates the article", () => {
    expect(dated("Ferry Link Restored\n\nPublished: 11 April 2003\n\nUpdated: 2003-05-02\n\nThe ferry sailed again.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\nUpdated: 2003-05-02 | Published: 11 April 2003\n\nThe ferry sailed again.\n")).toEqual(["2003-04-11", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\nLast updated 2 May 2003\n\nThe ferry sailed again.\n")).toEqual(["2003-05-02", "inline-prefix"]);
    expect(dated("Ferry Link Restored\n\nUpdated: 2003-05-02T08:30:00Z\n\nThe ferry sailed again.\n")).toEqual(["2003-05-02", "inline-prefix"]);
    // A byline's date is a publication date: it comes before an update.
    expect(dated("Ferry Link Restored\n\nPosted by Ann Tolley on 11 Apr 2003\n\nUpdated: 2003-05-02\n\nThe ferry sailed again.\n")).toEqual(["2003-04-11", "text"]);
  });
  it("reports an impossible date line it needed, and says whether another date was used", () => {
    const undated = extractText("Ferry Link Restored\n\nUpdated: 2003-02-30\n\nThe ferry sailed again.\n", "f.txt");
    expect(undated.record?.date).toBeNull();
    expect(undated.messages).toEqual([{ file: "f.txt", line: 3, severity: "warning", origin: "dates", message: 'impossible date "2003-02-30" at the start of the text: article left undated' }]);
    const fallback = extractText("Ferry Link Restored\n\nPublished: 2003-02-30\n\nUpdated: 2003-05-02\n\nThe ferry sailed again.\n", "f.txt");
    expect(fallback.record?.date).toBe("2003-05-02");
    expect(fallback.messages).toEqual([{ file: "f.txt", line: 3, severity: "warning", origin: "dates", message: 'impossible date "2003-02-30" at the start of the text: ignored' }]);
  });
  it("parses ordinals, dotted and four-letter month abbreviations, and a comma after the day", () => {
    expect(parseDate("April 11th, 2003")).toBe("2003-04-11");
    expect(parseDate("Apr. 11 2003")).toBe("2003-04-11");
    expect(parseDate("Sept 9, 2003")).toBe("2003-09-09");
    expect(parseDate("11 April, 2003")).toBe("2003-04-11");
  });
});
