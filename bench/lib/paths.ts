// Where the benchmark finds things: the repo, the shared corpora beside it (../shared, or
// $NEWS_ARCHIVE_SHARED), its scratch folder (in the system temp folder) and its results folder.
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const SHARED_DIR = resolve(process.env.NEWS_ARCHIVE_SHARED ?? join(REPO_ROOT, "..", "shared"));
export const BBC_DIR = join(SHARED_DIR, "corpora", "bbc");
export const MAKE_CORPUS = join(SHARED_DIR, "bench", "make-corpus.mjs");
export const ELEVENTY_BASELINE_CONFIG = join(SHARED_DIR, "bench", "baseline-eleventy", "eleventy.config.mjs");
export const RESULTS_DIR = join(REPO_ROOT, "bench", "results");
/**
 * Generated corpora and site outputs. Outside the repository on purpose: Eleventy skips input
 * files under .gitignore'd folders, so a corpus in bench/work/ gave the reference nothing to build.
 */
export const WORK_DIR = join(tmpdir(), "news-archive-bench");
export const CLI = join(REPO_ROOT, "bin", "news-archive.mjs");
export const ELEVENTY_CMD = join(REPO_ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");

/** Null when the shared corpora are usable, else why not (the benchmark then skips). */
export function sharedMissing(): string | null {
  if (!existsSync(SHARED_DIR)) return `${SHARED_DIR} is absent (the shared corpora sit beside the checkout; see ../shared/README.md)`;
  if (!existsSync(BBC_DIR)) return `${BBC_DIR} is absent`;
  return null;
}
