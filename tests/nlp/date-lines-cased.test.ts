// Datelines in any case (src/nlp/date-lines.ts): "Halden, Jan 24, 2018 / 03:12 pm (Agency).- …" opening a
// paragraph; the place stays, the date is the article's; a sentence opening with a place and a date is none.
import { describe, expect, it } from "vitest";
import { readDateLines } from "../../src/nlp/date-lines.ts";
import { extractText, recordOf } from "../helpers.ts";

interface TestBlock {
  text: string;
  line: number;
}
const plain = { eligible: (): boolean => true, part: (b: TestBlock, from: number, to: number, lead: string): TestBlock => ({ ...b, text: `${lead}${b.text.slice(from, to)}` }) };
/** The published date read from these blocks and the blocks' texts after. */
const read = (...texts: string[]): [string | null, string[]] => {
  const r = readDateLines(texts.map((text, i) => ({ text, line: 1 + 2 * i })), plain);
  return [r.published?.text ?? null, r.raws.map((b) => b.text)];
};

describe("datelines in mixed case", () => {
  it("reads the date after a capitalised place and keeps the place joined to the text by its separator", () => {
    expect(read("Halden, Jan 24, 2018 / 03:12 pm (Agency).- The ferry sailed.")).toEqual(["Jan 24, 2018", ["Halden (Agency).- The ferry sailed."]]);
    expect(read("Ferry Notes", "Rio de Janeiro, Friday, Jan. 5, 2017, 10:15 GMT | The ferry sailed.")).toEqual(["Jan. 5, 2017", ["Ferry Notes", "Rio de Janeiro | The ferry sailed."]]);
    expect(read("Halden, Norway, 5 January 2017: The ferry sailed.")).toEqual(["5 January 2017", ["Halden, Norway: The ferry sailed."]]);
    expect(read("Port Elspeth, Sept. 9, 2003 — The ferry sailed.")).toEqual(["Sept. 9, 2003", ["Port Elspeth — The ferry sailed."]]);
  });
  it("(guard: passes before the change too) takes no sentence: a place without a separator after the date, a function word, text in lower case, mid-text", () => {
    expect(read("In Halden, Jan. 5, 2017 was a cold day.")[0]).toBeNull();
    expect(read("In Halden, Jan. 5, 2017 – The ferry sailed.")[0]).toBeNull();
    expect(read("Halden, Jan. 5, 2017 The ferry sailed.")[0]).toBeNull();
    expect(read("Halden, Jan. 5, 2017 – the ferry sailed.")[0]).toBeNull();
    expect(read("The ferry sailed. Halden, Jan. 5, 2017 – The ferry sailed.")[0]).toBeNull();
    expect(read("Ferry Notes", "The ferry sailed.", "More.", "Halden, Jan. 5, 2017 – The ferry sailed.")[0]).toBeNull();
    // A weekday is no place: the weekday and the date are a date line of their own.
    expect(read("Friday, Jan. 5, 2017 – The ferry sailed.")).toEqual(["Jan. 5, 2017", ["The ferry sailed."]]);
  });
  it("dates the article as the other date lines do", () => {
    const r = extractText("Ferry Link Restored\n\nPort Elspeth, Apr. 11th, 2003 / 4:15 pm (Agency) - The ferry sailed again on Friday.\n").record;
    expect([r?.date, r?.dateOrigin, r?.text]).toEqual(["2003-04-11", "inline-prefix", "Port Elspeth (Agency) - The ferry sailed again on Friday."]);
  });
});

describe("a title derived from a lede opening with a dateline's place before a bar", () => {
  it("leaves the place out of the title, not out of the text", () => {
    const r = recordOf("Toledo, OH | A harbour pilot retired on Friday after forty years at sea.\n\nMore follows.\n");
    expect([r.title, r.titleDerived]).toEqual(["A harbour pilot retired on Friday after forty years at sea", true]);
    expect(r.text.startsWith("Toledo, OH | A harbour pilot")).toBe(true);
    const dated = recordOf("Halden, Jan. 5, 2017 | The ferry sailed on time, the harbour master said.\n\nMore follows.\n");
    expect([dated.date, dated.title, dated.text.split("\n")[0]]).toEqual(["2017-01-05", "The ferry sailed on time, the harbour master said", "Halden | The ferry sailed on time, the harbour master said."]);
  });
});
