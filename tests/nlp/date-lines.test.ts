// readDateLines (src/nlp/date-lines.ts): which of the first blocks are date lines, what is left of them.
import { describe, expect, it } from "vitest";
import { type DateLines, readDateLines as read } from "../../src/nlp/date-lines.ts";

interface TestBlock {
  text: string;
  line: number;
  list?: boolean;
}
const blocks = (...texts: string[]): TestBlock[] => texts.map((text, i) => ({ text, line: 1 + 2 * i }));
/** Plain blocks, cut as plain text; a block marked `list` holds no date line. */
const plain = { eligible: (b: TestBlock): boolean => !b.list, part: (b: TestBlock, from: number, to: number, lead: string): TestBlock => ({ ...b, text: `${lead}${b.text.slice(from, to)}` }) };
const readDateLines = (bs: TestBlock[]): DateLines<TestBlock> => read(bs, plain);

describe("readDateLines", () => {
  it("finds the first date line within three blocks, with its line", () => {
    expect(readDateLines(blocks("Title", "By Ann Tolley", "11 April 2003", "Body.")).published).toEqual({ text: "11 April 2003", line: 5 });
    expect(readDateLines(blocks("Title", "By Ann Tolley", "A lede.", "11 April 2003", "Body.")).published).toBeNull();
  });
  it("reads date lines one after another, several on one line, and stops at the first other block", () => {
    const r = readDateLines(blocks("Title", "Published: 11 April 2003 · Updated: 2 May 2003", "Body.", "Updated: 9 May 2003"));
    expect([r.published, r.updated]).toEqual([{ text: "11 April 2003", line: 3 }, { text: "2 May 2003", line: 3 }]);
    expect(r.raws.map((b) => b.text)).toEqual(["Title", "Body.", "Updated: 9 May 2003"]);
  });
  it("reads no date line in a block its reader says cannot hold one", () => {
    expect(readDateLines([{ text: "11 April 2003", line: 1, list: true }, { text: "Body.", line: 3 }]).published).toBeNull();
  });
  it("sets a dateline's place alone aside, and keeps it with the text a dash joins", () => {
    const alone = readDateLines(blocks("Title", "HARWICH 2003-04-11", "Body."));
    expect([alone.raws.map((b) => b.text), alone.place]).toEqual([["Title", "Body."], { block: { text: "HARWICH", line: 3 }, at: 1 }]);
    const joined = readDateLines(blocks("Title", "HARWICH, 2003-04-11 – Body."));
    expect([joined.raws.map((b) => b.text), joined.place]).toEqual([["Title", "HARWICH – Body."], null]);
  });
  it("reads past a weekday and a time, and takes no line going on in lower case", () => {
    const timed = readDateLines(blocks("Fri, 11 April 2003, 10:15 GMT The ferry sailed."));
    expect([timed.published?.text, timed.raws.map((b) => b.text)]).toEqual(["11 April 2003", ["The ferry sailed."]]);
    expect(readDateLines(blocks("NASA 2003-04-11 figures show a rise.")).published).toBeNull();
  });
});
