#!/usr/bin/env node
// The news-archive command: loads the TypeScript CLI through tsx (no separate compile step).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
