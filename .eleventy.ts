// Eleventy configuration, kept thin: everything is in src/site/eleventy-config.ts, which the CLI
// (`news-archive build` / `serve`) applies itself. This file is for running Eleventy directly:
//   node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts
// which reads content/ (or $NEWS_ARCHIVE_CONTENT).
import type { UserConfig } from "@11ty/eleventy";
import { configureEleventy, layoutsDir } from "./src/site/eleventy-config.ts";

export default function (eleventyConfig: UserConfig) {
  configureEleventy(eleventyConfig);
  return { dir: { input: layoutsDir(), includes: "_includes", data: "_data" } };
}
