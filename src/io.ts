// The file-system edge of the build step: lists and reads article files and the curation file.
// Everything past this module works on bytes and strings it is handed.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CONFIG_FILE, DEFAULT_CONFIG, parseConfig, type SiteConfig } from "./config.ts";
import { CURATION_FILE, emptyCuration, parseCuration } from "./curation.ts";
import type { Curation, Message, SourceFile } from "./types.ts";

export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** Every article file under `dir`, sorted by path so that builds do not depend on directory order. */
export function listArticles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name.startsWith("_") || entry.name === "node_modules") continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name) && !/^readme\./i.test(entry.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Reads one article; a read failure becomes a message naming the file. */
export function readSource(path: string, base?: string): SourceFile | Message {
  const file = base ? relative(base, path).split(sep).join("/") : path;
  try {
    // No stat first: reading a folder fails with EISDIR, and each system call counts over thousands of files.
    return { file, bytes: readFileSync(path) };
  } catch (error) {
    const folder = (error as NodeJS.ErrnoException).code === "EISDIR";
    return { file, severity: "error", origin: "read", message: folder ? "is a folder, not an article file" : `cannot read: ${readProblem(error)}` };
  }
}

/** Why a file could not be read, in a few words: "no such file", "permission denied", "is a folder". */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a folder" : (error as Error).message;
}

export function isMessage(x: SourceFile | Message): x is Message {
  return "message" in x;
}

/** Loads content/entities.yaml when there is one. */
export function loadCuration(contentDir: string): { curation: Curation; messages: Message[] } {
  const path = join(contentDir, CURATION_FILE);
  if (!existsSync(path)) return { curation: emptyCuration(), messages: [] };
  return parseCuration(readFileSync(path, "utf8"), CURATION_FILE);
}

/** Loads news-archive.yaml from the project folder when there is one. */
export function loadConfig(root: string): { config: SiteConfig; messages: Message[] } {
  const path = join(root, CONFIG_FILE);
  if (!existsSync(path)) return { config: { ...DEFAULT_CONFIG }, messages: [] };
  return parseConfig(readFileSync(path, "utf8"), CONFIG_FILE);
}
