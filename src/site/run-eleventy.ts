// Runs Eleventy on layouts/ with the site data already loaded (so the build reports messages once,
// and tests can build fixture folders into temp dirs); serve runs it in watch mode.
import { Eleventy, type UserConfig } from "@11ty/eleventy";
import { configureEleventy, layoutsDir } from "./eleventy-config.ts";
import type { SiteData } from "./model.ts";

export interface RenderOptions {
  output: string;
  pathPrefix: string;
  /**
   * Data to render (or a function Eleventy awaits for it); when absent, ./eleventy-config.ts loads it
   * (serve: again on every rebuild) and writes /data/archive.json itself.
   */
  site?: SiteData | (() => Promise<SiteData>);
  runMode?: "build" | "serve";
  quiet?: boolean;
  /** Extra configuration (serve adds its Pagefind hook). */
  configure?: (config: UserConfig) => void;
}

export function eleventy(options: RenderOptions): Eleventy {
  return new Eleventy(layoutsDir(), options.output, {
    // No config file: the configuration is applied here (the compiled CLI cannot import .ts).
    configPath: false,
    pathPrefix: options.pathPrefix,
    quietMode: options.quiet ?? true,
    runMode: options.runMode ?? "build",
    source: "script",
    config: (config) => {
      if (options.site) config.addGlobalData("site", options.site);
      configureEleventy(config, options.runMode ?? "build");
      options.configure?.(config);
    },
  });
}

export async function renderSite(options: RenderOptions): Promise<void> {
  await eleventy(options).write();
}

