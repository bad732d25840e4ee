// Where the project is, and how this code is running: from the TypeScript sources (through tsx:
// tests, `npm run eval`) or compiled into one folder of JavaScript by bin/news-archive.mjs.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Set to true by the compiler (esbuild's `define`, see bin/news-archive.mjs); absent in the sources. */
declare const NEWS_ARCHIVE_COMPILED: boolean | undefined;

/** True when running the compiled JavaScript (every module then sits in one flat folder). */
export const COMPILED = typeof NEWS_ARCHIVE_COMPILED !== "undefined" && NEWS_ARCHIVE_COMPILED;

/**
 * The project folder (package.json, layouts/, src/, node_modules/): the one bin/news-archive.mjs
 * was started from (it sets NEWS_ARCHIVE_ROOT), else the nearest folder above this module whose
 * package.json is news-archive's. The compiled code lives under node_modules/.cache/, so a fixed
 * number of ".." would not do, and node_modules may be a link to another checkout's.
 */
export const PROJECT_ROOT = process.env.NEWS_ARCHIVE_ROOT || findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "news-archive") return dir;
      } catch {
        // Not readable JSON: keep looking.
      }
    }
    if (dirname(dir) === dir) throw new Error(`news-archive: no package.json of news-archive above ${from}`);
  }
}

/**
 * The entry file of a worker thread. From the sources it is `<name>.mjs` beside the module
 * that starts it (`from`: its import.meta.url), which registers tsx and imports `<name>.ts`;
 * compiled, it is `<name>.js` in the compiled folder.
 */
export function workerEntry(name: string, from: string): URL {
  return new URL(COMPILED ? `./${name}.js` : `./${name}.mjs`, from);
}
