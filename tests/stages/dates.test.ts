import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/stages/dates.ts";
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
