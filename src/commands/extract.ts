// `news-archive extract [--json] FILE...`: runs the build step on the given files and prints the
// records (JSON array with --json, else a readable summary). Exit 1 when any file failed.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Command } from "../cli.ts";
import { CURATION_FILE, emptyCuration, parseCuration } from "../curation.ts";
import { formatMessage, summarise } from "../format.ts";
import { emptyDraft } from "../draft.ts";
import { isMessage, listArticles, loadConfig, readProblem, readSource } from "../io.ts";
import { slugMoved, slugMoves } from "../link.ts";
import { extract, extractionContext } from "../pipeline.ts";
import { frontMatter } from "../stages/frontmatter.ts";
import { read } from "../stages/read.ts";
import { articleSlug } from "../stages/record.ts";
import type { ArticleRecord, Curation, Message } from "../types.ts";
import { parseCommandArgs } from "./args.ts";

export const extractCommand: Command = {
  usage: `news-archive extract [--json] [--content DIR] [--curation FILE] FILE...

  Runs read → normalise → segment → extract (dates, sources, people, claims) on each file and
  prints what it found, removing the boilerplate lines news-archive.yaml (in the working folder,
  as build reads it) lists. Problems go to stderr as file:line: message; the other files are still
  processed, and the exit code is 1 if any file failed.
  A record's file name and slug are the ones the build gives it: relative to the content folder
  for a file inside it (content/sub/a.txt is sub/a.txt, at /articles/sub-a/; a slug another
  article file there also gives is resolved as the build resolves it, with its warning), else
  the file's own name, wherever the command is run from.
  --json            print a JSON array of records (the archive's record format)
  --content DIR     the content folder (default: news-archive.yaml's content, "content")
  --curation FILE   apply this curation file, whatever its name (see the README's Curation); an
                    error if it cannot be read (default: the content folder's entities.yaml when
                    the first FILE is inside that folder, as the build reads it, else entities.yaml
                    beside the first FILE, if there is one)`,
  async run(args) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: "boolean" }, content: { type: "string" }, curation: { type: "string" } } });
    if (!positionals.length) {
      console.error("news-archive extract: give one or more article files");
      return 2;
    }
    // news-archive.yaml from the working folder, as build and check read it: its content folder and boilerplate lines.
    const { config } = loadConfig(process.cwd());
    const contentDir = values.content ?? config.content;
    // As the build reads it: the content folder's entities.yaml for a file inside that folder.
    const beside = join(baseFolder(positionals[0] ?? ".", contentDir), CURATION_FILE);
    const curationFile = values.curation ?? (existsSync(beside) ? beside : null);
    const { curation, messages: curationMessages } = curationFile ? readCuration(curationFile) : { curation: emptyCuration(), messages: [] };
    if (curationMessages.some((m) => m.origin === "read")) {
      for (const m of curationMessages) console.error(formatMessage(m));
      return 1;
    }
    const ctx = extractionContext(curation, config.boilerplate);
    const messages: Message[] = [...curationMessages];
    let records: ArticleRecord[] = [];
    /** The records of files inside the content folder (whose slugs the build resolves against the folder's other files), with the path given. */
    const inContent = new Map<ArticleRecord, string>();
    let failed = curationMessages.some((m) => m.severity === "error");
    for (const path of positionals) {
      // Read as the build reads it (so the record's file and slug are the site's); messages name the path given.
      const base = baseFolder(path, contentDir);
      const source = readSource(path, base);
      if (isMessage(source)) {
        messages.push({ ...source, file: path });
        failed = true;
        continue;
      }
      const out = extract(source, ctx);
      messages.push(...out.messages.map((m) => (m.file === source.file ? { ...m, file: path } : m)));
      if (out.record) {
        records.push(out.record);
        if (base === contentDir) inContent.set(out.record, path);
      } else failed = true;
    }
    if (inContent.size) records = withBuildSlugs(records, inContent, contentDir, messages);
    for (const m of messages) console.error(formatMessage(m));
    if (values.json) process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    else console.log(records.map(summarise).join("\n\n"));
    return failed ? 1 : 0;
  },
};

/**
 * The records' slugs as the build gives them: each record in `inContent` has its slug resolved
 * against every article file in the content folder (slugMoves in ../link.ts), reading only the
 * front matter of the files not extracted here. A moved slug gets the build's warning, naming the
 * file as given.
 */
function withBuildSlugs(records: ArticleRecord[], inContent: ReadonlyMap<ArticleRecord, string>, contentDir: string, messages: Message[]): ArticleRecord[] {
  const items = new Map([...inContent.keys()].map((r) => [r.file, { file: r.file, slug: r.slug }]));
  for (const path of listArticles(contentDir)) {
    const source = readSource(path, contentDir);
    if (isMessage(source) || items.has(source.file)) continue;
    const draft = frontMatter(read(emptyDraft(source.file, source.bytes)));
    items.set(source.file, { file: source.file, slug: articleSlug(source.file, draft.frontMatter.slug) });
  }
  const moves = slugMoves([...items.values()]);
  return records.map((r) => {
    const move = inContent.has(r) ? moves.get(r.file) : undefined;
    if (!move) return r;
    messages.push({ ...slugMoved(r, move), file: inContent.get(r) ?? r.file });
    return { ...r, slug: move.slug };
  });
}

/** A curation file read as it is named; its messages name it as given. */
function readCuration(path: string): { curation: Curation; messages: Message[] } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { curation: emptyCuration(), messages: [{ file: path, severity: "error", origin: "read", message: `cannot read the curation file: ${readProblem(error)}` }] };
  }
  return parseCuration(text, path);
}

/** The folder the build would name `path` from: the content folder when the file is inside it, else the file's own folder. */
function baseFolder(path: string, contentDir: string): string {
  const inside = relative(resolve(contentDir), resolve(path));
  return inside && !isAbsolute(inside) && inside.split(sep)[0] !== ".." ? contentDir : dirname(path);
}
