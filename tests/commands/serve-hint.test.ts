// `serve` prints build's one-line hint about lines many articles share word for word, once, at the
// start (not again on each rebuild): startupHint, and the site configuration serve runs with.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { repeatedLinesHint, startupHint } from "../../src/repeated-lines.ts";
import type { ArticleRecord, Block } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const LINE = "Get the Quay Gazette letter every Monday morning";
const HINT = "1 line is in many articles word for word (a site's advert or newsletter line?): `news-archive check` lists it with the news-archive.yaml boilerplate entry that removes it";

describe("startupHint", () => {
  const base = recordOf("Base Title Of An Article\n\nBase text of the article here.\n");
  const block = (text: string): Block => ({ ...(base.body.blocks[0] as Block), text });
  /** Ten articles, the line in the first `withLine` of them. */
  const archive = (withLine: number): ArticleRecord[] =>
    Array.from({ length: 10 }, (_, i) => ({
      ...base,
      file: `q${i}.txt`,
      title: `Quay story number ${i} of ten`,
      body: { ...base.body, blocks: [block(`Paragraph ${i} tells of its own boat.`), ...(i < withLine ? [block(LINE)] : [])] },
    }));
  it("gives build's hint on the first call only", () => {
    expect(repeatedLinesHint(archive(6))).toBe(HINT);
    const hint = startupHint();
    expect(hint(archive(6))).toBe(HINT);
    expect(hint(archive(6))).toBeNull();
  });
  it("gives none when no line is shared by enough articles, and none after", () => {
    const hint = startupHint();
    expect(hint(archive(4))).toBeNull();
    expect(hint(archive(6))).toBeNull();
  });
});

describe("serve's site configuration", () => {
  it("prints the hint with the other notes when it loads the archive (serve's first build)", () => {
    const cwd = mkdtempSync(join(tmpdir(), "news-archive-serve-hint-"));
    onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
    mkdirSync(join(cwd, "content"));
    for (let i = 0; i < 6; i++) writeFileSync(join(cwd, "content", `q${i}.txt`), `Quay Story ${i} Of Six\n\ndate 2021-03-0${i + 1}\n\n${LINE}\n\nBoat ${i} came in with ${i + 3} crates of fish.\n`);
    // Eleventy as serve runs it (runMode "serve", the archive loaded by the configuration), writing
    // the site once: no server is started. In a child process, so that the working folder is the project's.
    const script = `const { eleventy } = await import(${JSON.stringify(join(import.meta.dirname, "../../src/site/run-eleventy.ts"))});
process.env.NEWS_ARCHIVE_CONTENT = "content";
await eleventy({ output: "_site", pathPrefix: "/", runMode: "serve", quiet: true }).write();`;
    writeFileSync(join(cwd, "run.mjs"), script);
    const tsx = fileURLToPath(import.meta.resolve("tsx"));
    const r = spawnSync(process.execPath, ["--import", tsx, "run.mjs"], { cwd, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").filter((l) => l.includes("word for word"))).toEqual([HINT]);
  });
});
