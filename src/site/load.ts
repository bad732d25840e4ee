// The site's global data: loads the archive from the content folder (src/build.ts), reports its
// messages as file:line: message, and shapes it for the templates (./data.ts).
import { loadArchive } from "../build.ts";
import type { RecordCache } from "../cache.ts";
import { normalisePathPrefix } from "../config.ts";
import { formatMessage } from "../format.ts";
import type { Message } from "../types.ts";
import { type SiteConfig, siteConfig } from "./config.ts";
import { planSite, type SiteOptions, type SitePlan } from "./data.ts";

export interface LoadSiteOptions {
  contentDir: string;
  pathPrefix?: string;
  config?: SiteConfig;
  /** Where messages go; default: stderr, one `file:line: severity: message` per line, the path from the working folder (as build prints it). */
  report?: (messages: Message[]) => void;
  /** The records cache folder (default: none); see src/cache.ts. */
  cacheDir?: string;
  /** Or the records cache itself, already open. */
  cache?: RecordCache;
  /** Cache keys already computed by extractMissing. */
  keys?: ReadonlyMap<string, string>;
  /** Called after each article file is read, for progress on long builds. */
  onProgress?: (done: number, total: number) => void;
  /** See SiteOptions in ./data.ts. */
  onArticles?: SiteOptions["onArticles"];
  /** news-archive.yaml's `boilerplate` lines (see LoadOptions in ../build.ts). */
  boilerplate?: readonly string[];
}

export interface LoadedSite {
  /** The site data, its big page families built on demand (materialize in ./data.ts builds them all). */
  plan: SitePlan;
  messages: Message[];
  articleCount: number;
  /** Articles read from the records cache and extracted again. */
  cached: number;
  extracted: number;
  /** The records cache key of each article's record, in reading order (with a cache). */
  recordKeys: string[];
  /** The cache key of each article that linking left as it was, by slug (see writeOpenData). */
  unlinkedKeys: Map<string, string>;
}

/** Prints messages whose files are relative to `contentDir` with the paths from the working folder. */
export const printMessages = (messages: Message[], contentDir?: string): void => {
  for (const m of messages) console.error(formatMessage(m, contentDir));
};

/**
 * A message of the link stage with its article URLs as served, under the path prefix (the stage
 * writes them from the site's root: "URL /articles/story/ is taken by …").
 */
function servedUrls(m: Message, pathPrefix: string | undefined): Message {
  const prefix = normalisePathPrefix(pathPrefix);
  if (m.origin !== "link" || prefix === "/") return m;
  return { ...m, message: m.message.replace(/(^URL |is at )\/articles\//g, `$1${prefix}articles/`) };
}

export function loadSite(options: LoadSiteOptions): LoadedSite {
  const archive = loadArchive(options.contentDir, {
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.keys ? { keys: options.keys } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
  });
  const plan = planSite(archive, { config: options.config ?? siteConfig(), pathPrefix: options.pathPrefix, contentDir: options.contentDir, recordKeys: archive.keyByFile, ...(options.onArticles ? { onArticles: options.onArticles } : {}) });
  // Besides the articles' own problems, the images they give by a path that the site cannot show.
  const messages = [...archive.messages.map((m) => servedUrls(m, options.pathPrefix)), ...plan.messages];
  (options.report ?? ((all: Message[]) => printMessages(all, options.contentDir)))(messages);
  return { plan, messages, articleCount: archive.articles.length, cached: archive.stats.cached, extracted: archive.stats.extracted, recordKeys: archive.recordKeys, unlinkedKeys: archive.unlinkedKeys };
}
