// Command-line entry: `news-archive <command> [options]`. Each command lives in src/commands/.
import { addCommand } from "./commands/add.ts";
import { checkCommand } from "./commands/check.ts";
import { buildCommand } from "./commands/build.ts";
import { extractCommand } from "./commands/extract.ts";
import { serveCommand } from "./commands/serve.ts";

export interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  build: buildCommand,
  serve: serveCommand,
  check: checkCommand,
  add: addCommand,
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
  const command = COMMANDS[name];
  if (!command) {
    console.error(`news-archive: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(`usage: ${command.usage}`);
    return 0;
  }
  return command.run(rest);
}
