// The README's Commands table names every command with the usage line its --help prints (each
// option once), and no command that does not exist.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli.ts";

const README = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
const table = README.slice(README.indexOf("## Commands"), README.indexOf("Exit codes:"));

describe("README Commands table", () => {
  it("lists each command once, with its usage line's options exactly", async () => {
    const rows = [...table.matchAll(/^\| `npx news-archive (\w+)([^`]*)`/gm)].map((m) => ({ name: m[1] ?? "", usage: `${m[1]}${m[2]}` }));
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const row of rows) {
      const command = await COMMANDS[row.name]?.load();
      const usage = (command?.usage ?? "").split("\n")[0]?.replace(/^news-archive /, "").trim();
      expect(row.usage, row.name).toBe(usage);
    }
  });
});
