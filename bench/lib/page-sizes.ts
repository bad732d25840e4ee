// The biggest HTML page of each family of a built site (articles, people, sources, claims, archive,
// the rest), for the scale bar "no index page over about 500 KB of HTML".
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface PageSize {
  path: string;
  bytes: number;
}

/** Every .html file under `dir`, with its size. */
function* htmlFiles(dir: string): Generator<PageSize> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* htmlFiles(path);
    else if (e.name.endsWith(".html")) yield { path, bytes: statSync(path).size };
  }
}

/** The biggest page of each family (the first folder of its URL; "other" for the rest), biggest first. */
export function largestPages(outDir: string): Map<string, PageSize> {
  const best = new Map<string, PageSize>();
  for (const page of htmlFiles(outDir)) {
    const path = relative(outDir, page.path).split(sep).join("/");
    const first = path.split("/")[0] ?? "";
    const family = path.includes("/") && first !== "pagefind" ? first : "other";
    const known = best.get(family);
    if (!known || page.bytes > known.bytes) best.set(family, { path, bytes: page.bytes });
  }
  return new Map([...best].sort((a, b) => b[1].bytes - a[1].bytes));
}

/** "people/a/index.html 41.2 KB; claims/a-z/t/index.html 39.0 KB; …" */
export function describeLargest(sizes: Map<string, PageSize>): string {
  return [...sizes.values()].map((p) => `${p.path} ${(p.bytes / 1024).toFixed(1)} KB`).join("; ");
}
