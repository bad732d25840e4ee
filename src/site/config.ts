// The site configuration the templates see, in one place: made from the user's validated
// news-archive.yaml (src/config.ts), overridable per build (CLI flags, tests).
import { normalisePathPrefix } from "../config.ts";
import type { SiteConfig as UserConfig } from "../config.ts";

export { normalisePathPrefix };

export interface SiteConfig {
  /** Shown in the header, the <title> and the feeds. */
  title: string;
  /** One line about the archive, for the home page, feeds and meta description. */
  description: string;
  /** Absolute origin (and optional path) the site is published at, without the path prefix: feeds, sitemap and canonical links use it. */
  baseUrl: string;
  /** BCP 47 language of the archive: <html lang>, Pagefind, feeds, month names in dates. */
  language: string;
  /** IANA zone: feed timestamps are midnight of the article's date there. */
  timezone: string;
}

export const DEFAULT_CONFIG: Readonly<SiteConfig> = Object.freeze({
  title: "News archive",
  description: "A cross-linked archive of news articles: the people in them, the sources they cite and the claims they report.",
  baseUrl: "http://localhost:8080",
  language: "en",
  timezone: "UTC",
});

export function siteConfig(overrides: Partial<SiteConfig> = {}): SiteConfig {
  const merged: SiteConfig = { ...DEFAULT_CONFIG };
  for (const [key, value] of Object.entries(overrides) as Array<[keyof SiteConfig, string | undefined]>) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** The site's absolute address, ending in "/": base URL and path prefix. */
export function siteRoot(config: SiteConfig, pathPrefix: string | undefined): string {
  return `${config.baseUrl.replace(/\/+$/, "")}${normalisePathPrefix(pathPrefix)}`;
}

/** The templates' view of the user's news-archive.yaml. */
export function fromUserConfig(user: UserConfig): SiteConfig {
  return { title: user.title, description: user.description, baseUrl: user.baseUrl, language: user.locale, timezone: user.timezone };
}
