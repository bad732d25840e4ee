// Compiles the TypeScript sources of the CLI into one folder of JavaScript with esbuild, once per
// version of the sources, so that commands run without a TypeScript loader: loading through tsx
// sends every module (Eleventy's hundreds included) through loader hooks on another thread, in
// the main thread and again in every worker thread, which cost a rebuild about a second of CPU.
// The folder is node_modules/.cache/news-archive/dist-<hash of the sources>/: editing src/ makes a
// new one on the next command. Plain JavaScript: it runs before any TypeScript can.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** The entry points: the CLI and the bodies of its worker threads (see workerEntry in src/root.ts). */
const ENTRIES = {
  cli: "src/cli.ts",
  "render-worker": "src/site/render-thread.ts",
  "extract-worker": "src/workers/extract-worker.ts",
};

/** Every file under dir, relative, sorted. */
function filesUnder(dir, rel = "") {
  const out = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(dir, child));
    else out.push(child);
  }
  return out;
}

/** A hash of what the compiled code is made from: the sources, package.json and esbuild's version. */
function sourcesHash(root, esbuildVersion) {
  const h = createHash("sha256").update(`compile-v1\0${esbuildVersion}\0`);
  for (const f of filesUnder(join(root, "src"))) h.update(`\0${f}\0`).update(readFileSync(join(root, "src", f)));
  h.update("\0package.json\0").update(readFileSync(join(root, "package.json")));
  return h.digest("hex").slice(0, 16);
}

/**
 * The compiled CLI's path (compiling first if this version of the sources has not been), or null
 * when it cannot be compiled here (no esbuild, a read-only folder): the caller then runs the
 * sources through tsx, which gives the same results more slowly.
 */
export async function compiledCli(root) {
  // esbuild itself is imported only to compile (importing it costs a tenth of a second).
  let version;
  try {
    version = JSON.parse(readFileSync(createRequire(join(root, "package.json")).resolve("esbuild/package.json"), "utf8")).version;
  } catch {
    return null;
  }
  const cacheDir = join(root, "node_modules", ".cache", "news-archive");
  const dir = join(cacheDir, `dist-${sourcesHash(root, version)}`);
  const cli = join(dir, "cli.js");
  if (existsSync(cli)) {
    // Marks it as in use (see pruneOld).
    try {
      const now = new Date();
      utimesSync(dir, now, now);
    } catch {
      // A read-only folder: it is used as it is.
    }
    return cli;
  }
  const temp = `${dir}.tmp-${process.pid}`;
  try {
    const esbuild = await import("esbuild");
    rmSync(temp, { recursive: true, force: true });
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: ENTRIES,
      outdir: temp,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // node_modules are imported from where they are, as with tsx.
      packages: "external",
      define: { NEWS_ARCHIVE_COMPILED: "true" },
      logLevel: "silent",
    });
    mkdirSync(cacheDir, { recursive: true });
    try {
      renameSync(temp, dir);
    } catch {
      // Another command compiled the same sources first: theirs is the same.
      rmSync(temp, { recursive: true, force: true });
    }
    pruneOld(cacheDir, dir);
    return existsSync(cli) ? cli : null;
  } catch {
    rmSync(temp, { recursive: true, force: true });
    return null;
  }
}

/**
 * Compiled folders of other versions of the sources go, except ones used in the last day: a
 * command started from one (a long `serve`) may still load its modules.
 */
function pruneOld(cacheDir, keep) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const e of readdirSync(cacheDir, { withFileTypes: true })) {
    const path = join(cacheDir, e.name);
    if (!e.isDirectory() || !e.name.startsWith("dist-") || path === keep) continue;
    try {
      if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed meanwhile.
    }
  }
}
