#!/usr/bin/env node
// The news-archive command: runs the CLI compiled from the TypeScript sources (./compile.mjs, done
// on the first command after the sources change), or the sources through tsx where it cannot be
// compiled or NEWS_ARCHIVE_TSX=1 asks for it (stack traces then point at the .ts lines).
// `build` and `serve` hold the whole archive in memory; Node's default heap limit (about 4 GB)
// stops a 50,000-article build, so they run in a child Node whose limit is three quarters of the
// machine's memory, unless the user set --max-old-space-size themselves.
import { spawn } from "node:child_process";
import { totalmem } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";

const HEAP = "--max-old-space-size";
const heavy = ["build", "serve"].includes(process.argv[2] ?? "");
const userSet = process.execArgv.some((a) => a.startsWith(HEAP)) || (process.env.NODE_OPTIONS ?? "").includes(HEAP);
if (heavy && !userSet && !process.env.NEWS_ARCHIVE_HEAP_SET) {
  const mb = Math.floor((totalmem() / 2 ** 20) * 0.75);
  const child = spawn(process.execPath, [`${HEAP}=${mb}`, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, NEWS_ARCHIVE_HEAP_SET: "1" },
  });
  // Stopping this process (Ctrl-C, kill PID) stops the child too.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  const code = await new Promise((done) => child.on("exit", (status, signal) => done(status ?? (signal ? 1 : 0))));
  process.exit(code);
}

const root = fileURLToPath(new URL("..", import.meta.url));
// The project this command belongs to, for the code it runs (src/root.ts): the compiled code sits
// under node_modules/, which may be a link to another checkout's.
process.env.NEWS_ARCHIVE_ROOT = root.replace(/[\\/]$/, "");
const { compiledCli } = await import("./compile.mjs");
const cli = process.env.NEWS_ARCHIVE_TSX === "1" ? null : await compiledCli(root);
let main;
if (cli) ({ main } = await import(pathToFileURL(cli).href));
else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli.ts"));
}
process.exitCode = await main(process.argv.slice(2));
