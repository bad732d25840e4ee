// Eleventy configuration, kept thin: templates in layouts/, data from src/site/, filters in
// src/site/filters.ts. Run through the CLI (`news-archive build` / `serve`), or directly with
//   node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts
// which reads content/ (or $NEWS_ARCHIVE_CONTENT).
import { join, relative } from "node:path";
import { EleventyHtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import { loadConfig } from "./src/io.ts";
import { fromUserConfig } from "./src/site/config.ts";
import { filters, shortcodes } from "./src/site/filters.ts";
import { loadSite } from "./src/site/load.ts";
import { PROJECT_ROOT, indexSite } from "./src/site/render.ts";

export default function (eleventyConfig: UserConfig) {
  const user = loadConfig(process.cwd()).config;
  const contentDir = process.env.NEWS_ARCHIVE_CONTENT ?? user.content;
  const config = fromUserConfig(user);
  // The build command passes the data it already loaded; otherwise load it on every (re)build,
  // from the records cache, so only new or changed articles are extracted again.
  if (!("site" in eleventyConfig.globalData)) {
    eleventyConfig.addGlobalData("site", () => loadSite({ contentDir, pathPrefix: eleventyConfig.pathPrefix, config, cacheDir: ".cache/records" }).site);
    eleventyConfig.addWatchTarget(contentDir);
  }
  // `news-archive build` runs Pagefind itself once Eleventy is done; in --serve/--watch, after each rebuild.
  if (process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch") {
    eleventyConfig.on("eleventy.after", async () => {
      const output = eleventyConfig.directories.output;
      for (const e of (await indexSite(output, config.language)).errors) console.error(`${output}: error: ${e} [pagefind]`);
    });
  }
  eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
  for (const [name, fn] of Object.entries(filters)) eleventyConfig.addFilter(name, fn);
  for (const [name, fn] of Object.entries(shortcodes)) eleventyConfig.addShortcode(name, fn);
  // Paths relative to the working folder, so the CLI works from anywhere.
  const layouts = relative(process.cwd(), join(PROJECT_ROOT, "layouts")) || ".";
  eleventyConfig.addPassthroughCopy({ [join(layouts, "assets")]: "assets" });
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  return {
    dir: { input: layouts, includes: "_includes", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
