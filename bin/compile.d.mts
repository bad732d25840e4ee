// Types of ./compile.mjs (plain JavaScript: it runs before any TypeScript can).
/** The compiled CLI's path (compiling first if needed), or null when it cannot be compiled here. */
export function compiledCli(root: string): Promise<string | null>;
