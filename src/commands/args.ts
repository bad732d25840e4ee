// Reading a command's arguments: parseArgs, with every mistake in them (an unknown option, a
// missing value, a stray argument) turned into a UsageError that the CLI prints on one line, exit 2.
import { type ParseArgsConfig, parseArgs } from "node:util";

/** A mistake in how a command was called: main (src/cli.ts) prints it with the command's name and exits 2. */
export class UsageError extends Error {}

/** parseArgs for a command's options; what it cannot parse becomes a UsageError naming the argument. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!(error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) throw error;
    throw new UsageError(argumentProblem(config) ?? error.message);
  }
}

/** The first argument that `config` does not allow, in a few words (null if none is found). */
function argumentProblem(config: ParseArgsConfig): string | null {
  const options = config.options ?? {};
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind === "positional" && !config.allowPositionals) return `unexpected argument '${t.value}'`;
    if (t.kind !== "option") continue;
    const spec = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    if (!spec) return `unknown option '${t.rawName}'`;
    if (spec.type === "boolean" && t.inlineValue) return `option '${t.rawName}' takes no value`;
    if (spec.type !== "string" || t.inlineValue) continue;
    if (t.value === undefined) return `option '${t.rawName}' needs a value`;
    if (t.value.startsWith("-")) return `option '${t.rawName}' needs a value, not the option '${t.value}'; write ${t.rawName}=${t.value} if you meant it`;
  }
  return null;
}
