// An unclosed flow collection in YAML (`tags: [a, b` then more keys) is reported at the line where
// its `[` or `{` opened, in front matter and in entities.yaml, not past it as "deficient indentation".
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readYamlMapping, unclosedFlow } from "../../src/yaml-file.ts";

const BIN = join(import.meta.dirname, "../../bin/news-archive.mjs");

describe("an unclosed [ or { in YAML", () => {
  it("is reported by check where it opened, for an article's front matter and for entities.yaml", () => {
    const cwd = mkdtempSync(join(tmpdir(), "na-yaml-unclosed-"));
    mkdirSync(join(cwd, "content"));
    writeFileSync(join(cwd, "content/quay.md"), "---\ntitle: Quay repairs begin\ndate: 2020-04-01\ntags: [harbour, works\nslug: quay-repairs\n---\nRepairs to the quay began.\n");
    writeFileSync(join(cwd, "content/entities.yaml"), "people:\n  - name: Ann Lee\n    aliases: [Anne Lee]\norganizations:\n  - name: Quay Works\n    aliases:\n      - {name: Quay\n");
    const r = spawnSync(process.execPath, [BIN, "check"], { cwd, encoding: "utf8" });
    expect(r.stdout).toContain("content/quay.md:4: error: malformed YAML front matter: unclosed '[' opened here [front-matter]");
    expect(r.stdout).toContain("content/entities.yaml:7: error: malformed YAML: unclosed '{' opened here [curation]");
  });

  it("finds the outermost bracket left open, reading past quotes, comments and brackets inside text", () => {
    expect(unclosedFlow("a: [1, [2]\nb: 3\n")).toEqual({ char: "[", line: 1 });
    expect(unclosedFlow("a: x\nb:\n  - {c: '[', d: \"]\"\n")).toEqual({ char: "{", line: 3 });
    // Guards: closed ones, a bracket in plain text, in quotes or in a comment open nothing.
    expect(unclosedFlow("a: [1, 2]\nb: {c: [3]}\n")).toBeNull();
    expect(unclosedFlow("title: Costs [draft\nnote: it's 'fine'\n")).toBeNull();
    expect(unclosedFlow("a: 'it''s [ here'\nb: \"[\" # and [ here\n")).toBeNull();
  });

  it("leaves other errors at js-yaml's line (guard)", () => {
    const { messages } = readYamlMapping("a: 1\nb: [2]\n  c: 3\n", "x.yaml", "config", "a mapping");
    expect(messages.map((m) => m.line)).toEqual([3]);
    expect(messages[0]?.message).not.toContain("unclosed");
  });
});
