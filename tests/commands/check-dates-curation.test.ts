// check and build as a user runs them: an article dated in the future is a warning naming the line
// of its date, on the terminal only; entities.yaml entries that are not mappings are errors with their line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { type ScratchProject, scratchProject } from "./project.ts";

let project: ScratchProject;
const run = (...args: string[]) => project.run(...args);
const write = (path: string, text: string) => project.write(path, text);

beforeEach(() => {
  project = scratchProject("news-archive-check-");
});

describe("a date in the future", () => {
  it("is a warning from check and build naming the file and line of the date, and the site does not mention it", () => {
    write("content/ahead.md", "---\ntitle: Harbour Plans Shown\ndate: 2999-08-01\n---\nThe harbour plans were shown.\n");
    write("content/past.txt", "Ferry Runs Late\n\nPublished: 1 May 2019\n\nThe ferry ran late.\n");
    const checked = run("check");
    expect(checked.code).toBe(0);
    expect(checked.out).toBe("content/ahead.md:3: warning: date 2999-08-01 is in the future [check]\nchecked 2 article files: 0 error(s) in 0 file(s), 1 warning(s)\n");
    const built = run("build");
    expect(built.code).toBe(0);
    expect(built.err).toContain("content/ahead.md:3: warning: date 2999-08-01 is in the future [build]\n");
    expect(built.err).not.toContain("past.txt");
    const data = readFileSync(join(project.cwd, "_site/data/archive.json"), "utf8");
    expect(data).toContain("2999-08-01");
    expect(data).not.toContain("in the future");
  }, 60_000);
});

describe("check and content/entities.yaml", () => {
  it("reports a bare name and a key missing its colon with their lines, and takes roles: as one text", () => {
    write("content/a.txt", "Council Meets\n\nJane Roe, a campaigner, spoke at the council.\n");
    write("content/entities.yaml", "people:\n  - name: Jane Roe\n    roles: Campaigner\n  - name Broken Entry\n  - Tom Baxter\n");
    const r = run("check");
    expect(r.code).toBe(1);
    expect(r.out.split("\n").filter((l) => l.startsWith("content/entities.yaml"))).toEqual([
      'content/entities.yaml:4: error: entry 2 under "people" is the text "name Broken Entry", not an entry: a colon is missing after "name" (write "- name: Broken Entry") [curation]',
      'content/entities.yaml:5: error: entry 3 under "people" is the text "Tom Baxter", not an entry: write "- name: Tom Baxter" (with "aliases" and "roles" below it) [curation]',
    ]);
    const record = JSON.parse(run("extract", "--json", "content/a.txt").out) as Array<{ people: Array<{ name: string; roles: string[] }> }>;
    expect(record[0]?.people.find((p) => p.name === "Jane Roe")?.roles).toEqual(["Campaigner"]);
  });
});
