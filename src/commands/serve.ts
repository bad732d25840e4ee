// `news-archive serve`: builds the site and serves it with live reload (Eleventy's dev server),
// re-reading the content folder and re-indexing search on every change.
import type { Command } from "../cli.ts";
import { formatMessage } from "../format.ts";
import { loadConfig } from "../io.ts";
import { normalisePathPrefix } from "../site/config.ts";
import { cleanOutput } from "../site/render.ts";
import { eleventy } from "../site/run-eleventy.ts";
import { parseCommandArgs } from "./args.ts";

export const serveCommand: Command = {
  usage: `news-archive serve [--content DIR] [--output DIR] [--port N] [--pathprefix /news/] [--skip-invalid]

  Builds into the output folder (default: _site), serves it, and rebuilds when articles,
  content/entities.yaml or templates change or an article is deleted; the pages the site no
  longer has (a dropped or merged person's, a deleted article's) are deleted. Stop with Ctrl-C.
  Articles with errors are always left out of the site (as build --skip-invalid does) and
  their problems printed as file:line: severity: message, the path from the working folder as
  build prints it (content/a.txt:3), on every rebuild, with what build says besides: a warning for
  an article whose text is already in the archive under another file name, and how many
  articles are undated; at the start, as build, how many lines many articles share word for word.
  Feeds, sitemap and canonical links use news-archive.yaml's baseUrl (default
  http://localhost:8080); serve has no --base-url.
  Defaults come from news-archive.yaml (see the README); flags override them.
  --content DIR      article folder (default: content)
  --output DIR       where the site goes (default: _site)
  --port N           the port to serve at (default: 8080)
  --pathprefix PATH  the site is served under this path, e.g. /news/ (default: /)
  --skip-invalid     accepted for symmetry with build: serve always does this`,
  async run(args) {
    const { values } = parseCommandArgs({
      args,
      options: {
        content: { type: "string" },
        output: { type: "string" },
        port: { type: "string", default: "8080" },
        pathprefix: { type: "string" },
        // What serve always does (see usage): accepted so that build's flags work here too.
        "skip-invalid": { type: "boolean" },
      },
    });
    const { config: user, messages } = loadConfig(process.cwd());
    for (const m of messages) console.error(formatMessage(m));
    if (messages.some((m) => m.severity === "error")) return 1;
    values.content ??= user.content;
    values.output ??= user.output;
    values.pathprefix ??= user.pathPrefix;
    const port = Number(values.port);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) {
      console.error(`news-archive serve: --port must be a port number, not "${values.port}"`);
      return 2;
    }
    const refused = cleanOutput(values.output, values.content);
    if (refused) {
      console.error(`${values.output}: error: ${refused} [serve]`);
      return 2;
    }
    // The configuration (src/site/eleventy-config.ts) reads the content folder from here on every rebuild.
    process.env.NEWS_ARCHIVE_CONTENT = values.content;
    const elev = eleventy({
      output: values.output,
      pathPrefix: normalisePathPrefix(values.pathprefix),
      runMode: "serve",
      // As build: Eleventy's summary line and the server's address, not a line per page written.
      quiet: true,
      configure: (config) => config.setServerOptions({ port }),
    });
    await elev.init();
    const rebuild = await elev.watch();
    // Eleventy rebuilds when a file is added or changed, not when one is deleted: a deleted article
    // would stay in the site (its page, the lists, the search) until the next change. Its deletion
    // (which Eleventy logs as "File deleted") runs the same rebuild, which leaves it out.
    elev.watcher?.on("unlink", (path) => void rebuild(path));
    await elev.serve(port);
    await new Promise<void>((done) => {
      process.once("SIGINT", () => void elev.stopWatch().then(done));
      process.once("SIGTERM", () => void elev.stopWatch().then(done));
    });
    return 0;
  },
};
