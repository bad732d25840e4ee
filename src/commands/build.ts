// `news-archive build`: content/ → _site/ (Eleventy), then the Pagefind search index over it.
import { parseArgs } from "node:util";
import type { Command } from "../cli.ts";
import { normalisePathPrefix, siteConfig } from "../site/config.ts";
import { loadSite } from "../site/load.ts";
import { cleanOutput, indexSite, renderSite } from "../site/render.ts";

export const buildCommand: Command = {
  summary: "render the archive site from the content folder into _site/, with its search index",
  usage: `news-archive build [--content DIR] [--output DIR] [--pathprefix /news/] [--base-url URL]

  Reads every article under the content folder, renders the site with Eleventy and indexes it
  with Pagefind. Problems in articles are printed as file:line: message; the site is still
  built, and the exit code is 1 if any article could not be read.
  --content DIR      article folder (default: content)
  --output DIR       where the site goes (default: _site); emptied first
  --pathprefix PATH  the site is served under this path, e.g. /news/ (default: /)
  --base-url URL     absolute address for feeds, sitemap and canonical links (default: http://localhost:8080)`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        content: { type: "string", default: "content" },
        output: { type: "string", default: "_site" },
        pathprefix: { type: "string" },
        "base-url": { type: "string" },
      },
    });
    const contentDir = values.content;
    const output = values.output;
    const pathPrefix = normalisePathPrefix(values.pathprefix);
    const started = performance.now();
    const config = siteConfig({ baseUrl: values["base-url"] });
    let loaded;
    try {
      loaded = loadSite({ contentDir, pathPrefix, config });
    } catch (error) {
      console.error(`${contentDir}: error: cannot load the archive: ${(error as Error).message} [build]`);
      return 1;
    }
    const refused = cleanOutput(output, contentDir);
    if (refused) {
      console.error(`${output}: error: ${refused} [build]`);
      return 2;
    }
    try {
      await renderSite({ output, pathPrefix, site: loaded.site });
    } catch (error) {
      console.error(`${output}: error: rendering failed: ${(error as Error).stack ?? String(error)} [eleventy]`);
      return 1;
    }
    const rendered = performance.now();
    const search = await indexSite(output, config.language);
    for (const e of search.errors) console.error(`${output}: error: ${e} [pagefind]`);
    const seconds = (ms: number): string => (ms / 1000).toFixed(1);
    console.log(
      `built ${loaded.articleCount} articles into ${output}/ (path prefix ${pathPrefix}) in ${seconds(performance.now() - started)} s: ` +
        `${loaded.site.people.length} person pages; search index from ${search.pages} pages read (render ${seconds(rendered - started)} s)`,
    );
    const failed = loaded.messages.some((m) => m.severity === "error") || search.errors.length > 0;
    return failed ? 1 : 0;
  },
};
