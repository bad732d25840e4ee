// Runs Eleventy on layouts/ with the site data already loaded (so the build reports messages once,
// and tests can build fixture folders into temp dirs); serve runs it in watch mode.
import { join, relative } from "node:path";
import { Eleventy, type UserConfig } from "@11ty/eleventy";
import type { SiteData } from "./model.ts";
import { PROJECT_ROOT } from "./render.ts";

const fromCwd = (p: string): string => relative(process.cwd(), p) || ".";

export interface RenderOptions {
  output: string;
  pathPrefix: string;
  /**
   * Data to render (or a function Eleventy awaits for it); when absent, .eleventy.ts loads it
   * (serve: again on every rebuild) and writes /data/archive.json itself.
   */
  site?: SiteData | (() => Promise<SiteData>);
  runMode?: "build" | "serve";
  quiet?: boolean;
  /** Extra configuration (serve adds its Pagefind hook). */
  configure?: (config: UserConfig) => void;
}

export function eleventy(options: RenderOptions): Eleventy {
  return new Eleventy(fromCwd(join(PROJECT_ROOT, "layouts")), options.output, {
    configPath: fromCwd(join(PROJECT_ROOT, ".eleventy.ts")),
    pathPrefix: options.pathPrefix,
    quietMode: options.quiet ?? true,
    runMode: options.runMode ?? "build",
    source: "script",
    config: (config) => {
      if (options.site) config.addGlobalData("site", options.site);
      options.configure?.(config);
    },
  });
}

export async function renderSite(options: RenderOptions): Promise<void> {
  await eleventy(options).write();
}

