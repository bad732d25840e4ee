// Runs Eleventy on layouts/ with the site data already loaded (so the build reports messages once,
// and tests can build fixture folders into temp dirs); serve runs it in watch mode.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
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
  /** Render only the big families' templates (a later part of a cold build; see siteParts). */
  pagesOnly?: boolean;
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
      configureEleventy(config, options.runMode ?? "build", { pagesOnly: options.pagesOnly ?? false });
      options.configure?.(config);
    },
  });
}

export async function renderSite(options: RenderOptions): Promise<void> {
  await eleventy(options).write();
}

/**
 * Renders the site in parts (./incremental.ts siteParts), one Eleventy run each, collecting the
 * garbage of a part before the next is built: the memory held is then one part's, not the site's.
 */
export async function renderParts(parts: Iterable<{ site: SiteData; pagesOnly: boolean }>, options: Omit<RenderOptions, "site" | "pagesOnly">): Promise<{ runs: number; gcMs: number }> {
  let runs = 0;
  let gcMs = 0;
  for (const { site, pagesOnly } of parts) {
    await renderSite({ ...options, site, pagesOnly });
    runs += 1;
    const started = performance.now();
    collectGarbage();
    gcMs += performance.now() - started;
  }
  return { runs, gcMs };
}

let gc: (() => void) | undefined;
/**
 * A full garbage collection. V8 lets the heap grow far past what is live when its limit is large
 * (the CLI gives it three quarters of the machine), so the previous part's pages would stay in
 * memory; Node has no API for this, so the flag is set at run time and V8's gc() fetched from a
 * fresh context (the documented way around --expose-gc on the command line).
 */
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

