// Fixture pairs: each tests/fixtures/records/NAME.{txt,md} → NAME.expected.json (checked by hand).
// Only the fields named in the expected file are compared, so other stages can grow freely.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, STAGES } from "../src/pipeline.ts";
import { emptyCuration } from "../src/curation.ts";

const dir = join(import.meta.dirname, "fixtures/records");
const inputs = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();

describe("fixture pairs", () => {
  it("has fixtures", () => expect(inputs.length).toBeGreaterThanOrEqual(3));
  for (const input of inputs) {
    it(input, () => {
      const expected = JSON.parse(readFileSync(join(dir, input.replace(/\.(txt|md)$/, ".expected.json")), "utf8")) as Record<string, unknown>;
      const { record, messages } = extract({ file: input, bytes: readFileSync(join(dir, input)) }, { curation: emptyCuration() });
      expect(messages.filter((m) => m.severity === "error")).toEqual([]);
      if (!record) throw new Error("no record");
      const actual: Record<string, unknown> = {
        ...record,
        blockKinds: record.body.blocks.map((b) => b.kind),
        sections: record.body.sections.map((s) => s.heading),
        sentenceCount: record.body.sentences.length,
      };
      for (const key of Object.keys(expected)) expect(actual[key], key).toEqual(expected[key]);
    });
  }
});

describe("pipeline", () => {
  it("runs the stages in the documented order", () => {
    expect(STAGES.map(([name]) => name)).toEqual([
      "read", "front-matter", "normalise", "boilerplate", "segment", "dates", "sources", "people", "entities", "claims", "curate",
    ]);
  });

  it("offsets of blocks and sentences point into the record text", () => {
    const file = inputs.find((f) => f.startsWith("scraped"));
    if (!file) throw new Error("fixture missing");
    const { record } = extract({ file, bytes: readFileSync(join(dir, file)) }, { curation: emptyCuration() });
    for (const b of record?.body.blocks ?? []) expect(record?.text.slice(b.start, b.end)).toBe(b.text);
    const first = record?.body.sentences[1];
    expect(first && record?.text.slice(first.start, first.end)).toBe("The work is expected to take six months.");
  });

  it("stops at a failed stage and names the file", () => {
    const { record, messages } = extract({ file: "empty.txt", bytes: new Uint8Array() }, { curation: emptyCuration() });
    expect(record).toBeNull();
    expect(messages).toEqual([{ file: "empty.txt", line: 1, severity: "error", origin: "read", message: "file is empty" }]);
  });
});
