// `news-archive check`: validates the configuration, the curation file and every article, and
// prints every problem at once as file:line: message, without writing the site. Exit 1 on errors.
import type { Command } from "../cli.ts";
import { futureDateWarnings, latestToday, loadArchive } from "../build.ts";
import { RecordCache } from "../cache.ts";
import { formatMessage } from "../format.ts";
import { loadConfig } from "../io.ts";
import { repeatedLineNotes } from "../repeated-lines.ts";
import { sameTextWarnings } from "../same-text.ts";
import { planMedia } from "../site/media.ts";
import { parseCommandArgs } from "./args.ts";

/** The records cache, read and never written: check reuses what builds extracted, and leaves no file behind. */
class ReadOnlyRecordCache extends RecordCache {
  override set(): void {}
  override prune(): number {
    return 0;
  }
}

export const checkCommand: Command = {
  usage: `news-archive check [--content DIR]

  Reads news-archive.yaml, DIR/entities.yaml and every article in DIR (default: the config's
  content folder, "content"), and prints each problem as file:line: severity: message.
  Also warns about each image an article gives by a path that build would leave out (no such
  file, outside the content folder, not an image), as build does, and about articles whose text
  is already in the archive under another file name, and about each article dated after today
  (anywhere on Earth) with the line of its date; notes each line that many articles have
  word for word (at least 5 and 2% of them: a site's advert or newsletter line), with the
  news-archive.yaml boilerplate entry that removes it.
  Exit code 0 when there is no error (warnings allowed), 1 otherwise.`,
  async run(args) {
    const { values } = parseCommandArgs({ args, options: { content: { type: "string" } } });
    const { config, messages: configMessages } = loadConfig(process.cwd());
    const dir = values.content ?? config.content;
    // Records a build already extracted are read from its cache; nothing new is written to it.
    const cache = new ReadOnlyRecordCache(".cache/records");
    const archive = loadArchive(dir, { cache, boilerplate: config.boilerplate });
    cache.close();
    // The images given by a path that build would leave out (missing, outside the content folder,
    // not an image), warned of as build warns; the plan is only looked at, nothing is copied.
    const images = planMedia(archive.articles, dir).messages;
    const future = futureDateWarnings(archive.articles, dir, "check", latestToday(), config.boilerplate);
    const messages = [...archive.messages, ...images, ...future, ...sameTextWarnings(archive.articles, dir, "check"), ...repeatedLineNotes(archive.articles, dir, "check")];
    for (const m of configMessages) console.log(formatMessage(m));
    for (const m of messages) console.log(formatMessage(m, dir));
    const all = [...configMessages, ...messages];
    const errors = all.filter((m) => m.severity === "error").length;
    const warnings = all.filter((m) => m.severity === "warning").length;
    const bad = new Set(all.filter((m) => m.severity === "error").map((m) => m.file)).size;
    console.log(`checked ${archive.stats.files} article files: ${errors} error(s) in ${bad} file(s), ${warnings} warning(s)`);
    return errors ? 1 : 0;
  },
};
