// `news-archive add FILE... [--dry-run]`: copies raw article files into content/ under a name made
// from their date and title, with the local images a Markdown article shows, refusing any article
// whose text is already in the archive; prints what was found.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import type { Command } from "../cli.ts";
import { loadArchive } from "../build.ts";
import { formatMessage } from "../format.ts";
import { ARTICLE_EXTENSIONS, isMessage, loadConfig, loadCuration, readSource } from "../io.ts";
import { slugify } from "../nlp/slug.ts";
import { imagePath } from "../nlp/markdown.ts";
import { extract } from "../pipeline.ts";
import { imageRel } from "../site/media.ts";
import type { ArticleRecord } from "../types.ts";
import { UsageError, parseCommandArgs } from "./args.ts";

/** What to do with one image path of an article added as `name` from `path` into `dir`. */
type ImagePlan = { copy: true; from: string; to: string } | { copy: false; to: string } | { problem: string };

/**
 * The local images an article shows (Markdown image paths, as the build resolves them), each to
 * copy from beside the added file to the same path from its new place in `dir`, or already there,
 * or with the reason it is not copied (the build would then leave it out).
 */
export function imagePlans(r: ArticleRecord, path: string, name: string, dir: string): Array<{ src: string; line?: number; plan: ImagePlan }> {
  const out: Array<{ src: string; line?: number; plan: ImagePlan }> = [];
  const seen = new Set<string>();
  for (const b of r.body.blocks) {
    for (const m of b.marks ?? []) {
      if (m.kind !== "image" || !imagePath(m.src) || seen.has(m.src)) continue;
      seen.add(m.src);
      const line = m.line;
      const at = (plan: ImagePlan): void => void out.push({ src: m.src, ...(line ? { line } : {}), plan });
      const found = imageRel(name, m.src);
      if ("problem" in found) {
        // Whatever the files there, the build would leave it out: no copy could help.
        at({ problem: `refused: ${found.problem}` });
        continue;
      }
      const to = join(dir, found.rel);
      if (found.root) {
        at(isFile(to) ? { copy: false, to } : { problem: `no such file in the content folder (${to})` });
        continue;
      }
      const from = join(dirname(path), found.rel);
      if (!isFile(from)) at({ problem: `no such file beside the article (${from})` });
      else if (!existsSync(to)) at({ copy: true, from, to });
      else if (isFile(to) && readFileSync(to).equals(readFileSync(from))) at({ copy: false, to });
      else at({ problem: `${to} is already there, a different file: not replaced` });
    }
  }
  return out;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `2020-02-07-us-officials-to-visit-uk.txt`: sorts by date in a folder listing, says what it is. */
export function fileNameFor(r: ArticleRecord, ext: string): string {
  const words = slugify(r.title).split("-").slice(0, 10).join("-").slice(0, 70).replace(/-+$/, "");
  return `${r.date ?? "undated"}-${words || "article"}${ext}`;
}

export const addCommand: Command = {
  usage: `news-archive add [--dry-run] [--content DIR] FILE...

  For each FILE: extracts it, refuses it if the same text (after normalisation) is already in
  the archive under any file name, otherwise copies it to DIR (default "content") as
  DATE-title-words.EXT, and prints the title, date, publisher, people and claim count found,
  with any warning (such as "no date found"). The local images a Markdown article shows
  (![](img/map.png)) are copied too, to the same path from the article's new place in DIR
  (DIR/img/map.png), and listed; a missing one, one already in DIR as a different file, or
  one whose path leads out of DIR (../map.png) is not copied, with a warning naming it.
  --dry-run shows all this without copying.
  Only .txt, .md and .markdown files are taken (the build reads no other; a file with no
  extension is copied as .txt): any other FILE (page.html) is a usage error, and nothing is added.
  Exit code 1 if any file was refused or could not be read, 2 for a usage error.`,
  async run(args) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { "dry-run": { type: "boolean" }, content: { type: "string" } } });
    if (!positionals.length) {
      console.error("news-archive add: give one or more article files");
      return 2;
    }
    // The build would never read another kind of file: added, it would be lost without a word.
    const others = positionals.filter((path) => extname(path) && !ARTICLE_EXTENSIONS.test(path));
    if (others.length) throw new UsageError(`${others.join(", ")}: not ${others.length > 1 ? "article files" : "an article file"}: only .txt, .md and .markdown files are read by the build; nothing was added`);
    const { config } = loadConfig(process.cwd());
    const dir = values.content ?? config.content;
    const dry = values["dry-run"] === true;
    mkdirSync(dir, { recursive: true });
    const existing = loadArchive(dir, { cacheDir: ".cache/records", boilerplate: config.boilerplate });
    const known = new Map(existing.articles.map((r) => [r.hash, r.file]));
    const { curation } = loadCuration(dir);
    let failed = false;
    for (const path of positionals) {
      const source = readSource(path);
      if (isMessage(source)) {
        console.error(formatMessage(source));
        failed = true;
        continue;
      }
      const ext = extname(path).toLowerCase() || ".txt";
      const probe = extract({ file: source.file, bytes: source.bytes }, { curation });
      if (!probe.record) {
        for (const m of probe.messages) console.error(formatMessage(m));
        failed = true;
        continue;
      }
      const same = known.get(probe.record.hash);
      if (same) {
        console.error(`${path}: refused: the same text is already in the archive as ${join(dir, same)}`);
        failed = true;
        continue;
      }
      let name = fileNameFor(probe.record, ext);
      for (let n = 2; existsSync(join(dir, name)); n++) name = fileNameFor(probe.record, `-${n}${ext}`);
      const r = probe.record;
      known.set(r.hash, name);
      const images = imagePlans(r, path, name, dir);
      if (!dry) {
        copyFileSync(path, join(dir, name));
        for (const { plan } of images) {
          if (!("copy" in plan) || !plan.copy) continue;
          mkdirSync(dirname(plan.to), { recursive: true });
          copyFileSync(plan.from, plan.to);
        }
      }
      console.log(`${dry ? "would add" : "added"} ${path} → ${join(dir, name)}`);
      for (const { plan } of images) {
        if ("copy" in plan) console.log(`  image:     ${plan.copy ? `${plan.from} → ${plan.to}` : `${plan.to} (already there)`}`);
      }
      console.log(`  title:     ${r.title}${r.titleDerived ? " (derived from the lede)" : ""}`);
      console.log(`  date:      ${r.date ?? "none"}`);
      console.log(`  publisher: ${r.publisher?.name ?? "unknown"}`);
      console.log(`  people:    ${r.people.map((p) => p.name).join(", ") || "none"}`);
      console.log(`  claims:    ${r.claims.length}`);
      const warnings = [
        ...probe.messages.map((m) => formatMessage({ ...m, file: path })),
        ...images.flatMap(({ src, line, plan }) => ("problem" in plan ? [formatMessage({ file: path, ...(line ? { line } : {}), severity: "warning", origin: "add", message: `image ${JSON.stringify(src)} not copied: ${plan.problem}` })] : [])),
        ...(r.date ? [] : [`${path}: warning: no date found: the article will be listed as undated`]),
      ];
      for (const w of warnings) console.log(`  ${w}`);
    }
    return failed ? 1 : 0;
  },
};
