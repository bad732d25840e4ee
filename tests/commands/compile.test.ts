// bin/compile.mjs: the CLI runs from JavaScript compiled from src/ (once per version of the
// sources), and gives what the sources give when run through tsx.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { compiledCli as compile } from "../../bin/compile.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "news-archive.mjs");
const SEED = join(ROOT, "content");

describe("compiled CLI", () => {
  it("compiles the CLI and each worker thread's entry into one folder, reused while src/ is unchanged", async () => {
    const cli = await compile(ROOT);
    expect(cli).not.toBeNull();
    const dir = dirname(cli ?? "");
    expect(dir).toMatch(/node_modules\/\.cache\/news-archive\/dist-[0-9a-f]{16}$/);
    // Every entry src/root.ts's workerEntry may ask for, compiled.
    for (const entry of ["cli.js", "render-worker.js", "extract-worker.js"]) expect(existsSync(join(dir, entry))).toBe(true);
    expect(await compile(ROOT)).toBe(cli);
  });

  it("compiles again into a new folder when a source file changes", async () => {
    // A copy of the project (src/ and package.json), with node_modules linked, so the real src/ is not touched.
    const copy = mkdtempSync(join(tmpdir(), "news-archive-compile-"));
    onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
    cpSync(join(ROOT, "src"), join(copy, "src"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    const first = await compile(copy);
    writeFileSync(join(copy, "src", "cli.ts"), `${"// an edit\n"}${readFileSync(join(copy, "src", "cli.ts"), "utf8")}`);
    const second = await compile(copy);
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    for (const p of [first, second]) rmSync(dirname(p ?? ""), { recursive: true, force: true });
  });

  it("extracts the same records compiled as through tsx", () => {
    const files = readdirSync(SEED).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(SEED, f));
    expect(files.length).toBeGreaterThan(0);
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [BIN, "extract", "--json", ...files], { encoding: "utf8", env: { ...process.env, ...env } });
    const compiled = run({});
    const sources = run({ NEWS_ARCHIVE_TSX: "1" });
    expect(compiled.status).toBe(0);
    expect(sources.status).toBe(0);
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(sources.stdout));
    expect((JSON.parse(compiled.stdout) as unknown[]).length).toBe(files.length);
  });
});
