// Command-line entry: `news-archive <command> [options]`. Each command lives in src/commands/.
import { UsageError } from "./commands/args.ts";

export interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}

/** The commands, each loaded only when run (the server's and Eleventy's code cost a build nothing). */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: "print the record extracted from each FILE (--json for a JSON array)", load: async () => (await import("./commands/extract.ts")).extractCommand },
  build: { summary: "render the archive site from the content folder into _site/, with its search index", load: async () => (await import("./commands/build.ts")).buildCommand },
  serve: { summary: "build the site and serve it at http://localhost:8080 with live reload", load: async () => (await import("./commands/serve.ts")).serveCommand },
  check: { summary: "validate the config, entities.yaml and every article; print all problems; write nothing", load: async () => (await import("./commands/check.ts")).checkCommand },
  add: { summary: "copy article files into content/ with sensible names, refusing duplicates", load: async () => (await import("./commands/add.ts")).addCommand },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    "news-archive: turn article files into a browsable, cross-linked static archive",
    "",
    "usage: news-archive <command> [options]    (news-archive <command> --help for more)",
    "",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    console.error(`news-archive: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(`usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`news-archive ${name}: ${error.message} (see news-archive ${name} --help)`);
    return 2;
  }
}
