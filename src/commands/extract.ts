// `news-archive extract [--json] FILE...`: runs the build step on the given files and prints the
// records (JSON array with --json, else a readable summary). Exit 1 when any file failed.
import { dirname } from "node:path";
import type { Command } from "../cli.ts";
import { formatMessage, summarise } from "../format.ts";
import { isMessage, loadCuration, readSource } from "../io.ts";
import { extract } from "../pipeline.ts";
import type { ArticleRecord, Message } from "../types.ts";
import { parseCommandArgs } from "./args.ts";

export const extractCommand: Command = {
  usage: `news-archive extract [--json] [--curation FILE] FILE...

  Runs read → normalise → segment → extract (dates, sources, people, claims) on each file and
  prints what it found. Problems go to stderr as file:line: message; the other files are still
  processed, and the exit code is 1 if any file failed.
  --json            print a JSON array of records (the archive's record format)
  --curation FILE   apply this curation file (default: entities.yaml beside the first file, if any)`,
  async run(args) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: "boolean" }, curation: { type: "string" } } });
    if (!positionals.length) {
      console.error("news-archive extract: give one or more article files");
      return 2;
    }
    const curationDir = values.curation ? dirname(values.curation) : dirname(positionals[0] ?? ".");
    const { curation, messages: curationMessages } = loadCuration(curationDir);
    const messages: Message[] = [...curationMessages];
    const records: ArticleRecord[] = [];
    let failed = curationMessages.some((m) => m.severity === "error");
    for (const path of positionals) {
      const source = readSource(path);
      if (isMessage(source)) {
        messages.push(source);
        failed = true;
        continue;
      }
      const out = extract(source, { curation });
      messages.push(...out.messages);
      if (out.record) records.push(out.record);
      else failed = true;
    }
    for (const m of messages) console.error(formatMessage(m));
    if (values.json) process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    else console.log(records.map(summarise).join("\n\n"));
    return failed ? 1 : 0;
  },
};
