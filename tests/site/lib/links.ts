// A link checker over a built site's files (no network, no server): every href/src in every
// HTML page, and every URL in the feeds and sitemap that points into the site, must name a file
// that exists; a #fragment must name an id on the target page. External URLs are skipped.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "./build.ts";

export interface LinkProblem {
  file: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" };
export const decodeAttr = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39|apos|#x[0-9a-f]+|#\d+);/gi, (m, name: string) => {
    const lower = name.toLowerCase();
    if (ENTITIES[lower]) return ENTITIES[lower];
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return m;
  });

/**
 * @param siteRoot absolute URL the site claims to live at (base URL + path prefix), for feeds,
 *   canonical links and sitemap entries, e.g. "http://localhost:8080/news/".
 */
export function checkLinks(dir: string, pathPrefix: string, siteRoot: string): LinkReport {
  const files = listFiles(dir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const html = readFileSync(join(dir, file), "utf8");
      set = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeAttr(m[1] ?? "")));
      ids.set(file, set);
    }
    return set;
  };
  const problems: LinkProblem[] = [];
  let links = 0;
  const check = (file: string, pageUrl: string, raw: string): void => {
    const url = raw.trim();
    if (!url || /^(mailto|tel|data):/i.test(url)) return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith(siteRoot)) {
      if (/^https?:/i.test(url)) return; // external: not checked (no network)
      problems.push({ file, url, reason: "unexpected URL scheme" });
      return;
    }
    links++;
    const resolved = new URL(url.startsWith(siteRoot) ? url.slice(siteRoot.length - pathPrefix.length) : url, `http://site.invalid${pageUrl}`);
    let path = decodeURIComponent(resolved.pathname);
    if (!path.startsWith(pathPrefix)) {
      problems.push({ file, url, reason: `outside the path prefix ${pathPrefix}` });
      return;
    }
    path = path.slice(pathPrefix.length);
    let target = path === "" || path.endsWith("/") ? `${path}index.html` : path;
    const full = join(dir, target);
    if (existsSync(full) && statSync(full).isDirectory()) target = `${target}/index.html`;
    if (!existsSync(join(dir, target))) {
      problems.push({ file, url, reason: `no file ${target}` });
      return;
    }
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
      problems.push({ file, url, reason: `no id "${fragment}" in ${target}` });
    }
  };
  let pages = 0;
  for (const file of files) {
    if (file.startsWith("pagefind/")) continue;
    const text = () => readFileSync(join(dir, file), "utf8");
    if (file.endsWith(".html")) {
      pages++;
      const pageUrl = `${pathPrefix}${file.replace(/(^|\/)index\.html$/, "$1")}`;
      // 404.html is served at any address, so its links must not be relative.
      for (const m of text().matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = decodeAttr(m[1] ?? "");
        if (file === "404.html" && !/^([a-z]+:|\/|#)/i.test(raw)) problems.push({ file, url: raw, reason: "relative link on the 404 page" });
        check(file, pageUrl, raw);
      }
    } else if (file.endsWith(".xml")) {
      for (const m of text().matchAll(/<loc>([^<]*)<\/loc>|\shref="([^"]*)"/g)) {
        const raw = decodeAttr(m[1] ?? m[2] ?? "");
        if (!raw.startsWith(siteRoot)) problems.push({ file, url: raw, reason: "feed/sitemap URL is not absolute in the site" });
        check(file, pathPrefix, raw);
      }
    } else if (file === "feed.json") {
      const feed = JSON.parse(text()) as { home_page_url: string; feed_url: string; items: Array<{ url: string; id: string }> };
      for (const raw of [feed.home_page_url, feed.feed_url, ...feed.items.flatMap((i) => [i.url, i.id])]) {
        if (!raw.startsWith(siteRoot)) problems.push({ file, url: raw, reason: "feed URL is not absolute in the site" });
        check(file, pathPrefix, raw);
      }
    }
  }
  return { pages, links, problems };
}
