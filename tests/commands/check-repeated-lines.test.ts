// `check` notes the lines many articles share word for word, with the news-archive.yaml entry that removes them.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { repeatedLines, repeatedLinesHint, repeatThreshold } from "../../src/repeated-lines.ts";
import type { ArticleRecord, Block } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const BIN = join(import.meta.dirname, "../../bin/news-archive.mjs");
const NEWSLETTER = "Get the Harbour Weekly newsletter every Friday morning";
const QUOTE = "“We will rebuild the pier before the summer,” the mayor said.";
const NAMES = ["Ada", "Ben", "Cy", "Dot", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo"];

/** A scratch project of ten articles: the newsletter line in six (line 3), the quote in two, a four-times line in four. */
function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), "news-archive-check-repeated-"));
  onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
  mkdirSync(join(cwd, "content"));
  NAMES.forEach((name, i) => {
    const lines = [`${name} Opens A Shop On The Quay`, ""];
    if (i < 6) lines.push(NEWSLETTER, "");
    lines.push(`${name} opened a shop selling ${i + 2} kinds of rope on the quay.`, "");
    if (i >= 8) lines.push(QUOTE, "");
    if (i >= 4 && i < 8) lines.push("Harbour parking is free on Sundays now.", "");
    lines.push("Harbour Weekly", "");
    writeFileSync(join(cwd, "content", `a${i}.txt`), lines.join("\n"));
  });
  return cwd;
}

const run = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe("check: lines repeated across articles", () => {
  it("notes a line in six of ten articles with its first file:line, the count and the entry to add; not a line in two or four, nor a short one", () => {
    const cwd = project();
    const r = run(cwd, "check");
    expect(r.code).toBe(0);
    const notes = r.out.split("\n").filter((l) => l.includes(": info: "));
    expect(notes).toEqual([`content/a0.txt:3: info: this line is in 6 of 10 articles; to remove it from every article, add it to news-archive.yaml: boilerplate: ["${NEWSLETTER}"] [check]`]);
    // The suggested entry does remove it: check has nothing more to say, extract and the records leave it out.
    writeFileSync(join(cwd, "news-archive.yaml"), `boilerplate: ["${NEWSLETTER}"]\n`);
    const after = run(cwd, "check");
    expect(after.code).toBe(0);
    expect(after.out).not.toContain(": info: ");
    const extracted = run(cwd, "extract", "--json", "content/a0.txt");
    const [record] = JSON.parse(extracted.out) as ArticleRecord[];
    expect(record?.boilerplate).toEqual([NEWSLETTER]);
    expect(record?.text).not.toContain(NEWSLETTER);
  });
  it("reports an invalid regular expression in the setting with news-archive.yaml's line", () => {
    const cwd = project();
    writeFileSync(join(cwd, "news-archive.yaml"), "title: Quay News\nboilerplate:\n  - /Harbour (Weekly/\n");
    const r = run(cwd, "check");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^news-archive\.yaml:3: error: "boilerplate": item 1: \/Harbour \(Weekly\/ is not a valid regular expression: .+ \[config\]$/m);
  });
});

describe("repeatedLines", () => {
  const base = recordOf("Base Title Of An Article\n\nBase text of the article here.\n");
  const block = (text: string): Block => ({ ...(base.body.blocks[0] as Block), text });
  /** `n` articles, the line in the first `withLine` of them. */
  const archive = (n: number, withLine: number, line: string): ArticleRecord[] =>
    Array.from({ length: n }, (_, i) => ({
      ...base,
      file: `s${String(i).padStart(4, "0")}.txt`,
      title: `Story number ${i} of the archive`,
      body: { ...base.body, blocks: [block(`Paragraph ${i} says something of its own.`), ...(i < withLine ? [block(line), block(line)] : [])] },
    }));
  it("needs 5 articles and 2% of the archive", () => {
    expect([10, 250, 251, 1000, 100_000].map(repeatThreshold)).toEqual([5, 5, 6, 20, 2000]);
    const line = "Sign up for the quay letter";
    expect(repeatedLines(archive(1000, 19, line))).toEqual([]);
    // An article with the line twice counts once.
    expect(repeatedLines(archive(1000, 20, line))).toEqual([{ text: line, count: 20, files: ["s0000.txt", "s0001.txt", "s0002.txt"] }]);
    expect(repeatedLines(archive(10, 4, line))).toEqual([]);
  });
  it("gives build a one-line hint, or none", () => {
    expect(repeatedLinesHint(archive(10, 6, "Sign up for the quay letter"))).toBe("1 line is in many articles word for word (a site's advert or newsletter line?): `news-archive check` lists it with the news-archive.yaml boilerplate entry that removes it");
    expect(repeatedLinesHint(archive(10, 4, "Sign up for the quay letter"))).toBeNull();
  });
});
