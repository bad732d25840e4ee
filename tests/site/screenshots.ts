// Screenshots for a human to look at (not a test): home, an article and a person page, light and
// dark, phone and wide. Usage:
//   node --import tsx tests/site/screenshots.ts [SITE_DIR=_site] [OUT_DIR=/tmp/news-archive-shots] [article-slug] [person-slug]
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser } from "./lib/browser.ts";
import { serveStatic } from "./lib/server.ts";

const [siteDir = "_site", outDir = "/tmp/news-archive-shots", article, person] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(resolve(siteDir), "/");
const browser = await launchBrowser();
try {
  const pages: Array<[string, string]> = [["home", ""], ["archive", "archive/"], ["claims", "claims/"]];
  const probe = await browser.newPage();
  await probe.goto(server.url);
  const firstArticle = article ?? (await probe.locator(".home-latest a").first().getAttribute("href"))?.split("/")[2];
  const firstPerson = person ?? (await probe.locator(".home-people a").first().getAttribute("href"))?.split("/")[2];
  await probe.close();
  if (firstArticle) pages.push(["article", `articles/${firstArticle}/`]);
  if (firstPerson) pages.push(["person", `people/${firstPerson}/`]);
  for (const scheme of ["light", "dark"] as const) {
    for (const [device, viewport] of [["phone", { width: 390, height: 844 }], ["wide", { width: 1440, height: 900 }]] as const) {
      const context = await browser.newContext({ colorScheme: scheme, viewport, deviceScaleFactor: 1 });
      for (const [name, path] of pages) {
        const page = await context.newPage();
        await page.goto(new URL(path, server.url).href);
        const file = join(outDir, `${name}-${scheme}-${device}.png`);
        await page.screenshot({ path: file, fullPage: device === "wide" });
        console.log(file);
        await page.close();
      }
      await context.close();
    }
  }
  const print = await browser.newPage();
  if (firstArticle) {
    await print.goto(new URL(`articles/${firstArticle}/`, server.url).href);
    await print.emulateMedia({ media: "print" });
    await print.screenshot({ path: join(outDir, "article-print.png"), fullPage: true });
    console.log(join(outDir, "article-print.png"));
  }
} finally {
  await browser.close();
  await server.close();
}
