// Robustness on the shared corpora (../shared/corpora, never copied here): every BBC and scraped
// article yields a titled record without errors, the Latin-1 file decodes, and no boilerplate stays.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isMessage, listArticles, readSource } from "../src/io.ts";
import { extract } from "../src/pipeline.ts";
import type { ArticleRecord, Message } from "../src/types.ts";

const SHARED = resolve(process.env.NEWS_ARCHIVE_SHARED ?? join(import.meta.dirname, "..", "..", "shared"));
const CORPORA = join(SHARED, "corpora");
const present = existsSync(join(CORPORA, "bbc")) && existsSync(join(CORPORA, "scraped"));

interface Extracted {
  /** "bbc/sport/199.txt", "scraped/fakenewsnet/001.txt". */
  file: string;
  record: ArticleRecord | null;
  messages: Message[];
}

function extractCorpus(name: string): Extracted[] {
  const dir = join(CORPORA, name);
  return listArticles(dir).map((path) => {
    const source = readSource(path, dir);
    const file = `${name}/${isMessage(source) ? source.file : source.file}`;
    if (isMessage(source)) return { file, record: null, messages: [source] };
    return { file, ...extract(source) };
  });
}

/** Site furniture that must never remain in a title or body block, by kind. */
const BOILERPLATE: Array<[kind: string, pattern: RegExp]> = [
  ["read more", /^read more\b/i],
  ["source url", /^sour[cs]e\s*:\s*https?:\/\//i],
  ["appeared first on", /^the post\b.+\bappeared first on\b/i],
  ["share counter", /^[\d.,]+k?\s+shares?\b|^shares?\s*[\d.,]+k?$/i],
  ["comment form", /^leave a (?:reply|comment)\b|your email address will not be published|^required fields are marked/i],
  // Credits are short lines: "Featured image via …", "Photo credit: …", "Image from file".
  ["promotion", /^spread the word\b|\blike and share this (?:article|post|story)\b|^image result for\b/i],
  ["copyright", /^(?:copyright\s*)?(?:©|\(c\))/i],
  ["image credit", /^(?=.{0,120}$)(?:featured |header |top |lead )?(?:image|photo|picture|photograph)s?(?: credits?| source)?\s*(?:[:|]|-\s|by\b|via\b|from\b|courtesy\b)|^(?:photo |image )?credits?\s*:/i],
];

/**
 * Boilerplate the stage (src/lexicon/boilerplate.ts, owned by the lead) still misses, by file and
 * kind; reported to the lead, listed as todos below. Remove an entry once the stage handles it.
 */
const KNOWN_MISSES: ReadonlyArray<readonly [file: string, kind: string]> = [];

describe.skipIf(!present)(`shared corpora${present ? "" : ` (skipped: ${CORPORA} is absent)`}`, () => {
  let all: Extracted[] = [];
  beforeAll(() => {
    all = [...extractCorpus("bbc"), ...extractCorpus("scraped")];
  });

  it("finds every article file: 2,225 BBC and 200 scraped", () => {
    expect(all.filter((x) => x.file.startsWith("bbc/"))).toHaveLength(2225);
    expect(all.filter((x) => x.file.startsWith("scraped/"))).toHaveLength(200);
  });

  it("gives every file a record with a title and a body, and no error", () => {
    const bad = all
      .filter((x) => !x.record || !x.record.title.trim() || !x.record.text.trim() || x.messages.some((m) => m.severity === "error"))
      .map((x) => `${x.file}: ${x.record ? `title ${JSON.stringify(x.record.title.slice(0, 40))}, ${x.record.text.length} chars` : "no record"}; ${x.messages.filter((m) => m.severity === "error").map((m) => m.message.split("\n")[0]).join("; ")}`);
    expect(bad).toEqual([]);
  });

  it("reads the Latin-1 file sport/199.txt with a warning and no U+FFFD", () => {
    const x = all.find((e) => e.file === "bbc/sport/199.txt");
    expect(x?.record).toBeTruthy();
    expect(x?.messages.some((m) => m.severity === "warning" && m.origin === "read")).toBe(true);
    expect(x?.record?.text).not.toContain("\uFFFD");
    expect(x?.record?.title).not.toContain("\uFFFD");
  });

  it("leaves no U+FFFD in any record", () => {
    expect(all.filter((x) => x.record && `${x.record.title}${x.record.text}`.includes("\uFFFD")).map((x) => x.file)).toEqual([]);
  });

  it("leaves no scraped boilerplate line in a title or body (apart from the known misses)", () => {
    const known = new Set(KNOWN_MISSES.map(([f, k]) => `${f} ${k}`));
    const found: string[] = [];
    for (const x of all) {
      if (!x.record) continue;
      const lines = [x.record.title, ...x.record.body.blocks.flatMap((b) => b.text.split("\n"))];
      for (const line of lines) {
        for (const [kind, re] of BOILERPLATE) {
          if (re.test(line.trim()) && !known.has(`${x.file} ${kind}`)) found.push(`${x.file} [${kind}]: ${line.slice(0, 100)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("keeps what it removed in record.boilerplate: some line of every kind (comment forms from the seeds)", () => {
    const removed = [...all, ...extractCorpus("../seeds")].flatMap((x) => x.record?.boilerplate ?? []);
    const kinds = BOILERPLATE.filter(([, re]) => removed.some((l) => re.test(l))).map(([k]) => k);
    expect(kinds).toEqual(BOILERPLATE.map(([k]) => k));
  });

  for (const [file, kind] of KNOWN_MISSES) it.todo(`boilerplate stage: remove the ${kind} line in ${file}`);
});
