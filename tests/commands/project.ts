// A scratch project folder for CLI tests: write files into it and run the compiled command there.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = join(import.meta.dirname, "../../bin/news-archive.mjs");

export interface ScratchProject {
  cwd: string;
  /** Runs `news-archive ...args` in the folder. */
  run(...args: string[]): { code: number | null; out: string; err: string };
  /** Writes a file (making its folders) at a path relative to the folder. */
  write(path: string, text: string): void;
}

export function scratchProject(prefix: string): ScratchProject {
  const cwd = mkdtempSync(join(tmpdir(), prefix));
  return {
    cwd,
    run: (...args) => {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
      return { code: r.status, out: r.stdout, err: r.stderr };
    },
    write: (path, text) => {
      mkdirSync(join(cwd, path, ".."), { recursive: true });
      writeFileSync(join(cwd, path), text);
    },
  };
}
