// The Eleventy configuration of the site: templates in layouts/, data from ./data.ts (passed by the
// build, or loaded here in serve mode), filters in ./filters.ts. Applied by ./run-eleventy.ts through
// Eleventy's programmatic API, and by .eleventy.ts when Eleventy is run directly.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { EleventyHtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import nunjucks, { type Environment as NunjucksEnvironment } from "nunjucks";
import { loadConfig } from "../io.ts";
import { startupHint } from "../repeated-lines.ts";
import { PROJECT_ROOT } from "../root.ts";
import { formatMessage } from "../format.ts";
import { printArchiveNotes } from "../same-text.ts";
import { fromUserConfig, normalisePathPrefix } from "./config.ts";
import { filters, shortcodes } from "./filters.ts";
import type { SiteData } from "./model.ts";
import { writeOpenData } from "./opendata.ts";
import { removeOutputFiles } from "./incremental.ts";
import { indexSite } from "./render.ts";
import { searchEntries, searchRecords } from "./search.ts";

/** layouts/, relative to the working folder (so the CLI works from anywhere). */
export function layoutsDir(): string {
  return relative(process.cwd(), join(PROJECT_ROOT, "layouts")) || ".";
}

/** The templates of the big page families (see siteParts in ./incremental.ts). */
const PAGE_TEMPLATES = new Set(["article.njk", "person.njk", "claims.njk"]);

/**
 * `runMode`: Eleventy's ("build", "serve", "watch"). Given by ./run-eleventy.ts: the programmatic
 * configuration runs before Eleventy sets ELEVENTY_RUN_MODE, which a config file can read.
 * `options.pagesOnly`: only the big families' templates are read (the later parts of a cold
 * build, whose data holds only those pages), and the assets are not copied again.
 */
export function configureEleventy(eleventyConfig: UserConfig, runMode: string | undefined = process.env.ELEVENTY_RUN_MODE, options: { pagesOnly?: boolean } = {}): void {
  const user = loadConfig(process.cwd()).config;
  const contentDir = process.env.NEWS_ARCHIVE_CONTENT ?? user.content;
  const config = fromUserConfig(user);
  // The build command passes the data it loaded (and writes /data/archive.json itself); otherwise
  // load it on every (re)build, from the records cache, so only new or changed articles are
  // extracted again.
  let site: SiteData | undefined;
  if (eleventyConfig.globalData.site === undefined) {
    const repeatedHint = startupHint();
    // Imported here: the extraction code it loads is not needed when the build passes the data.
    eleventyConfig.addGlobalData("site", async () => {
      const [{ loadSite }, { materialize }, { futureDateWarnings, latestToday }] = await Promise.all([import("./load.ts"), import("./data.ts"), import("../build.ts")]);
      site = materialize(loadSite({ contentDir, pathPrefix: eleventyConfig.pathPrefix, config, cacheDir: ".cache/records", boilerplate: user.boilerplate }).plan);
      // What build prints besides the articles' problems: copies of an article's text, the undated count.
      const origin = runMode === "build" ? "build" : "serve";
      printArchiveNotes(site.openData.articles, contentDir, origin, normalisePathPrefix(eleventyConfig.pathPrefix));
      // And a date after today, on the terminal only (the site never depends on the clock).
      for (const m of futureDateWarnings(site.openData.articles, contentDir, origin, latestToday(), user.boilerplate)) console.error(formatMessage(m, contentDir));
      // And, on the first load only (serve's start), how many lines many articles share word for word.
      const hint = repeatedHint(site.openData.articles);
      if (hint) console.log(hint);
      return site;
    });
    eleventyConfig.addWatchTarget(contentDir);
    // The open data (/data/archive.json, /data/claims.csv) is too big for one string at tens of
    // thousands of articles: not templates, they are streamed to the output once the pages are written.
    // So are the images copied from the content folder (./media.ts, imported here as ./load.ts is).
    // Each rebuild (serve) writes every page into the same folder: the pages and images the previous
    // one wrote that this one did not (a person dropped or merged in the curation file, an article
    // deleted) are deleted, with their emptied folders, as build deletes the pages no longer planned.
    let written = new Set<string>();
    eleventyConfig.on("eleventy.after", async ({ results }) => {
      if (!site) return;
      const output = eleventyConfig.directories.output;
      writeOpenData(output, site.openData);
      (await import("./media.ts")).copyMedia(site.media, output);
      const now = new Set([...(results ?? []).flatMap((r) => (typeof r.outputPath === "string" ? [relative(output, r.outputPath)] : [])), ...site.media.map((f) => f.path)]);
      removeOutputFiles(output, [...written].filter((f) => !now.has(f)));
      written = now;
    });
  }
  // `news-archive build` runs Pagefind itself once Eleventy is done; in --serve/--watch, after each rebuild.
  if (runMode === "serve" || runMode === "watch") {
    eleventyConfig.on("eleventy.after", async () => {
      const output = eleventyConfig.directories.output;
      if (!site) return;
      for (const e of (await indexSite(output, searchEntries(searchRecords(site)), site.config.language)).errors) console.error(`${output}: error: ${e} [pagefind]`);
    });
  }
  // A paginated template (one page per item, size 1) is written at its item's URL. A function, not
  // a "{{ item.url }}" string: Eleventy would compile that string as a template for every page.
  // Templates with a permalink in their front matter override it.
  eleventyConfig.addGlobalData("permalink", () => (data: { pagination?: { items?: Array<{ url?: string }> } }) => data.pagination?.items?.[0]?.url ?? false);
  // Eleventy 3 does not keep compiled Nunjucks templates (it leaves that to Nunjucks, whose cache
  // only covers includes), so every paginated page compiled its whole template again: a third of
  // the rendering time. Here each template is compiled once, in Eleventy's own Nunjucks
  // environment (same filters, shortcodes, loader and options), and Eleventy caches the result.
  // The compiled templates are kept here, for this configuration's Eleventy run only: Eleventy's
  // own compile cache is global and keyed by Eleventy instance, so it would keep every run of a
  // build in parts alive, with all the pages it rendered (see renderParts in ./run-eleventy.ts).
  let njkEnv: NunjucksEnvironment | undefined;
  eleventyConfig.amendLibrary("njk", (env: NunjucksEnvironment) => {
    njkEnv = env;
  });
  const compiled = new Map<string, Map<string, (data: unknown) => Promise<string>>>();
  eleventyConfig.addExtension("njk", {
    key: "njk",
    compileOptions: { cache: false },
    compile(source, inputPath) {
      const env = njkEnv;
      if (!env) return this.defaultRenderer;
      const byPath = compiled.get(inputPath) ?? new Map<string, (data: unknown) => Promise<string>>();
      compiled.set(inputPath, byPath);
      let render = byPath.get(source);
      if (!render) {
        const template = new nunjucks.Template(source, env, inputPath, true);
        render = (data) => new Promise<string>((resolve, reject) => template.render(data, (error, result) => (error ? reject(error) : resolve(result))));
        byPath.set(source, render);
      }
      return render;
    },
  });
  // Eleventy's timing notes on configuration code ("Benchmark 749ms 58% 653× … Transform") say
  // nothing a user can act on, and the build prints its own breakdown. Eleventy creates that group
  // before it applies quiet mode, so it would print them anyway.
  eleventyConfig.benchmarks.config.setIsVerbose(false);
  eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
  for (const [name, fn] of Object.entries(filters)) eleventyConfig.addFilter(name, fn);
  for (const [name, fn] of Object.entries(shortcodes)) eleventyConfig.addShortcode(name, fn);
  if (options.pagesOnly) {
    for (const file of readdirSync(layoutsDir())) if (file.endsWith(".njk") && !PAGE_TEMPLATES.has(file)) eleventyConfig.ignores.add(join(layoutsDir(), file));
  } else eleventyConfig.addPassthroughCopy({ [join(layoutsDir(), "assets")]: "assets" });
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
}
