// The site configuration (news-archive.yaml beside package.json): title, description, base URL,
// path prefix, timezone, locale, folders, the site's own boilerplate lines. Validated; each problem
// is a message with its line.
import { IANAZone } from "luxon";
import { parseSiteLine } from "./lexicon/boilerplate.ts";
import type { Message } from "./types.ts";
import { lineAt, readYamlMapping } from "./yaml-file.ts";

export const CONFIG_FILE = "news-archive.yaml";

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute URL where the site is published, without the path prefix: feeds and canonical links use it. */
  baseUrl: string;
  /** Sub-path the site is served under, "/" or like "/news/". */
  pathPrefix: string;
  /** IANA zone in which dates are shown; an article's YYYY-MM-DD date never shifts. */
  timezone: string;
  /** BCP 47 language tag for the pages and date formats. */
  locale: string;
  /** Folder of article files. */
  content: string;
  /** Folder the site is written to. */
  output: string;
  /**
   * Lines to remove from every article as boilerplate, as written: an exact line (compared with
   * white space collapsed) or a regular expression written /…/ or /…/i.
   */
  boilerplate: string[];
}

export const DEFAULT_CONFIG: SiteConfig = {
  title: "News archive",
  description: "A cross-linked archive of news articles: the people in them, the sources they cite and the claims they report.",
  baseUrl: "http://localhost:8080",
  pathPrefix: "/",
  timezone: "UTC",
  locale: "en",
  content: "content",
  output: "_site",
  boilerplate: [],
};

const KEYS = Object.keys(DEFAULT_CONFIG) as Array<keyof SiteConfig>;
/** The settings whose value is one piece of text. */
type TextKey = Exclude<keyof SiteConfig, "boilerplate">;

export function parseConfig(text: string, file = CONFIG_FILE): { config: SiteConfig; messages: Message[] } {
  const { data, place, messages, problem, lineOf: find } = readYamlMapping(text, file, "config", `a mapping of settings (${KEYS.join(", ")})`);
  const lineOf = (key: string): number => find(`${key}:`);
  const config: SiteConfig = { ...DEFAULT_CONFIG };
  if (!data) return { config, messages };
  for (const [key, value] of Object.entries(data)) {
    const k = KEYS.find((x) => x === key);
    if (!k) {
      problem(`unknown setting "${key}" (known: ${KEYS.join(", ")})`, lineOf(key));
      continue;
    }
    if (k === "boilerplate") {
      config.boilerplate = boilerplateLines(value, (message, at) => problem(`"boilerplate": ${message}`, lineAt(place, at)));
      continue;
    }
    if (typeof value !== "string" || !value.trim()) {
      problem(`"${key}" must be non-empty text`, lineOf(key));
      continue;
    }
    config[k] = value.trim();
  }
  const check = (key: TextKey, ok: boolean, why: string): void => {
    if (!ok) {
      problem(`"${key}": ${why}`, lineOf(key));
      config[key] = DEFAULT_CONFIG[key];
    }
  };
  const urlProblem = baseUrlProblem(config.baseUrl);
  check("baseUrl", urlProblem === null, urlProblem ?? "");
  config.baseUrl = config.baseUrl.replace(/\/+$/, "");
  config.pathPrefix = normalisePathPrefix(config.pathPrefix);
  check("pathPrefix", /^\/([\w.~-]+\/)*$/.test(config.pathPrefix), `"${config.pathPrefix}" is not a URL path like /news/`);
  check("timezone", IANAZone.isValidZone(config.timezone), `"${config.timezone}" is not an IANA time zone like Europe/London`);
  let localeOk = false;
  try {
    localeOk = Intl.DateTimeFormat.supportedLocalesOf([config.locale]).length > 0;
  } catch {
    localeOk = false;
  }
  check("locale", localeOk, `"${config.locale}" is not a supported language tag like en or en-GB`);
  return { config, messages };
}

/**
 * The `boilerplate` setting: a list of lines, each checked (an empty line or an invalid regular
 * expression is a problem at its line, and left out).
 */
function boilerplateLines(value: unknown, problem: (message: string, at: Array<string | number>) => void): string[] {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    problem("must be a list of lines, each an exact line or a /regular expression/", ["boilerplate"]);
    return [];
  }
  const lines: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item !== "string") {
      problem(`item ${i + 1} must be text (quote it: "…")`, ["boilerplate", i]);
      return;
    }
    const parsed = parseSiteLine(item);
    if ("problem" in parsed) problem(`item ${i + 1}: ${parsed.problem}`, ["boilerplate", i]);
    else lines.push(item.trim());
  });
  return lines;
}

/**
 * Why `url` cannot be the site's base URL (it must be an absolute http(s) URL), or null when it
 * can: the one rule for news-archive.yaml's baseUrl and the --base-url option.
 */
export function baseUrlProblem(url: string): string | null {
  return /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(url) ? null : `"${url}" is not an absolute http(s) URL`;
}

/** "/news" | "news/" | "" | undefined → "/news/" | "/": the form Eleventy's pathPrefix and our URLs use. */
export function normalisePathPrefix(prefix: string | undefined): string {
  const parts = (prefix ?? "/").trim().split("/").filter(Boolean);
  return parts.length ? `/${parts.join("/")}/` : "/";
}
