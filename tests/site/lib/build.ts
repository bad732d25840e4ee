// Builds a site from a content folder into a fresh temporary folder by running the real CLI
// (`news-archive build`) in a child process, as a user would.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";

export const ROOT = resolve(import.meta.dirname, "..", "..", "..");
export const FIXTURES = join(ROOT, "tests", "fixtures", "site");

export interface BuiltSite {
  dir: string;
  pathPrefix: string;
  stdout: string;
  stderr: string;
  remove(): void;
}

export async function buildSite(options: { content?: string; pathPrefix?: string; baseUrl?: string } = {}): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), "news-archive-site-"));
  const out = join(dir, "_site");
  const args = ["bin/news-archive.mjs", "build", "--content", options.content ?? FIXTURES, "--output", out];
  if (options.pathPrefix) args.push("--pathprefix", options.pathPrefix);
  if (options.baseUrl) args.push("--base-url", options.baseUrl);
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return { dir: out, pathPrefix: options.pathPrefix ?? "/", stdout, stderr, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

export const read = (dir: string, file: string): string => readFileSync(join(dir, file), "utf8");
