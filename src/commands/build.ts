// `news-archive build`: content/ → _site/ (Eleventy), then the Pagefind search index over it.
// Atomic: the site is written to a temporary folder and swapped in only when everything succeeded.
import { existsSync, renameSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Command } from "../cli.ts";
import { normalisePathPrefix } from "../config.ts";
import { formatMessage } from "../format.ts";
import { loadConfig } from "../io.ts";
import { fromUserConfig, siteConfig } from "../site/config.ts";
import { loadSite } from "../site/load.ts";
import { cleanOutput, indexSite, renderSite } from "../site/render.ts";
import type { Message } from "../types.ts";
import { progress } from "./progress.ts";

export const buildCommand: Command = {
  summary: "render the archive site from the content folder into _site/, with its search index",
  usage: `news-archive build [--content DIR] [--output DIR] [--pathprefix /news/] [--base-url URL] [--skip-invalid]

  Reads every article under the content folder (re-extracting only new or changed files; the
  records cache is .cache/records/), renders the site with Eleventy and indexes it with Pagefind.
  The site is written to a temporary folder and replaces the output folder only when the whole
  build succeeded: a failed build leaves the previous site untouched.
  Problems are printed as file:line: severity: message. If any article has an error the build
  fails and lists the files to fix, unless --skip-invalid is given: then the site is built without
  them and they are listed.
  Defaults come from news-archive.yaml (see the README); flags override them.
  --content DIR      article folder (default: content)
  --output DIR       where the site goes (default: _site)
  --pathprefix PATH  the site is served under this path, e.g. /news/ (default: /)
  --base-url URL     absolute address for feeds, sitemap and canonical links (default: http://localhost:8080)
  --skip-invalid     build without the articles that have errors, instead of failing`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        content: { type: "string" },
        output: { type: "string" },
        pathprefix: { type: "string" },
        "base-url": { type: "string" },
        "skip-invalid": { type: "boolean" },
      },
    });
    const started = performance.now();
    const { config: user, messages: configMessages } = loadConfig(process.cwd());
    for (const m of configMessages) console.error(formatMessage(m));
    if (configMessages.some((m) => m.severity === "error")) {
      console.error("build failed: fix news-archive.yaml first (nothing was written)");
      return 1;
    }
    const contentDir = values.content ?? user.content;
    const output = (values.output ?? user.output).replace(/\/+$/, "");
    const pathPrefix = normalisePathPrefix(values.pathprefix ?? user.pathPrefix);
    const config = siteConfig({ ...fromUserConfig(user), ...(values["base-url"] ? { baseUrl: values["base-url"].replace(/\/+$/, "") } : {}) });
    if (!existsSync(contentDir)) {
      console.error(`${contentDir}: error: no such content folder [build]`);
      return 1;
    }
    const refused = cleanOutput(output, contentDir, { check: true });
    if (refused) {
      console.error(`${output}: error: ${refused} [build]`);
      return 2;
    }
    const show = progress("reading articles");
    let loaded;
    try {
      loaded = loadSite({ contentDir, pathPrefix, config, cacheDir: ".cache/records", onProgress: show, report: () => undefined });
    } catch (error) {
      console.error(`${contentDir}: error: cannot load the archive: ${(error as Error).message} [build]`);
      return 1;
    }
    show.done();
    for (const m of loaded.messages) console.error(formatMessage(m, contentDir));
    const invalid = [...new Set(loaded.messages.filter((m: Message) => m.severity === "error").map((m) => m.file))].sort();
    if (invalid.length && !values["skip-invalid"]) {
      console.error(`build failed: ${invalid.length} file(s) to fix (or build without them with --skip-invalid):`);
      for (const f of invalid) console.error(`  ${contentDir}/${f}`);
      console.error(`${output}/ was left as it was.`);
      return 1;
    }
    const temp = `${output}.building-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    try {
      await renderSite({ output: temp, pathPrefix, site: loaded.site });
      const rendered = performance.now();
      const search = await indexSite(temp, config.language);
      if (search.errors.length) throw new Error(search.errors.map((e) => `pagefind: ${e}`).join("\n"));
      swapIn(temp, output, contentDir);
      const seconds = (ms: number): string => (ms / 1000).toFixed(1);
      console.log(
        `built ${loaded.articleCount} articles into ${output}/ (path prefix ${pathPrefix}) in ${seconds(performance.now() - started)} s: ` +
          `${loaded.site.people.length} person pages; search index from ${search.pages} pages (render ${seconds(rendered - started)} s)`,
      );
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      console.error(`${output}: error: build failed, the previous site was left as it was: ${(error as Error).stack ?? String(error)} [build]`);
      return 1;
    }
    if (invalid.length) {
      console.error(`left out ${invalid.length} file(s) with errors:`);
      for (const f of invalid) console.error(`  ${contentDir}/${f}`);
    }
    return 0;
  },
};

/** Replaces `output` with the finished `temp` folder: two renames, so readers never see half a site. */
function swapIn(temp: string, output: string, contentDir: string): void {
  const old = `${output}.old-${process.pid}`;
  if (existsSync(output)) {
    const refused = cleanOutput(output, contentDir, { check: true });
    if (refused) throw new Error(refused);
    renameSync(output, old);
  }
  renameSync(temp, output);
  rmSync(old, { recursive: true, force: true });
}
