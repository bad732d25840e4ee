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
  /**
   * No "Wrote N files" line from Eleventy (a cold build's parts: the build shows its own
   * progress); its errors and warnings are still written.
   */
  silent?: boolean;
}

export function eleventy(options: RenderOptions): Eleventy {
  const run = new Eleventy(layoutsDir(), options.output, {
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
  // Eleventy writes its summary line with console.log, its errors and warnings with console.error and .warn.
  if (options.silent) run.logger.overrideLogger({ log: () => undefined, info: () => undefined, warn: console.warn, error: console.error });
  return run;
}

export async function renderSite(options: RenderOptions): Promise<void> {
  await eleventy(options).write();
}

/**
 * Renders the site in parts (./incremental.ts siteParts), one Eleventy run each, collecting the
 * garbage of a part before the next is built: the memory held is then one part's, not the site's.
 */
export async function renderParts(
  parts: Iterable<{ site: SiteData; pagesOnly: boolean }>,
  options: Omit<RenderOptions, "site" | "pagesOnly" | "silent"> & { onRendered?: (pages: number) => void },
): Promise<{ runs: number; gcMs: number }> {
  const { onRendered, ...render } = options;
  let runs = 0;
  let gcMs = 0;
  // The big families' pages rendered so far (what the build's progress counts).
  let pages = 0;
  for (const { site, pagesOnly } of parts) {
    await renderSite({ ...render, site, pagesOnly, silent: true });
    runs += 1;
    pages += site.articles.length + site.people.length + site.claims.length;
    onRendered?.(pages);
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

