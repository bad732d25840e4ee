// `npm run eval`: scores extraction on the development sets in ../shared with its scorers.
// Records come from the CLI contract (`news-archive extract --json FILE…`); prints one table.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SHARED = resolve(process.env.NEWS_ARCHIVE_SHARED ?? join(ROOT, "..", "shared"));
const CLI = join(ROOT, "bin", "news-archive.mjs");
/** Files per `extract` call: keeps command lines short and lets calls run side by side. */
const BATCH = 60;

interface EvalSet {
  /** What `--only` calls it. */
  tag: string;
  name: string;
  /** Run only when named in `--only` (a large set, for error analysis). */
  optional?: boolean;
  files: string[];
  scorer: string;
  scorerArgs: string[];
  /** Text as a scraper might leave it: the files are rewritten with this before extraction. */
  rewrite?: (text: string) => string;
}

interface SetResult {
  name: string;
  files: number;
  records: number;
  errors: number;
  warnings: number;
  extractSeconds: number;
  /** The scorer's last `score:` line, without the prefix. */
  score: string | null;
  metrics: Record<string, string>;
  output: string;
}

function sets(): EvalSet[] {
  const txt = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));
  const peopleDev = join(SHARED, "corpora", "people-dev");
  const claimsDev = join(SHARED, "corpora", "claims-dev");
  const claimsTrain = join(SHARED, "corpora", "claims-train");
  return [
    { tag: "seeds", name: "seeds", files: ["content/000_b7616b687601bbcb.txt", "content/002_cf626cb2b8d041ae.txt"].map((f) => join(ROOT, f)), scorer: "score.mjs", scorerArgs: ["--gold", join(SHARED, "gold", "seeds.json")] },
    { tag: "people", name: "people (people-dev)", files: txt(peopleDev), scorer: "people.mjs", scorerArgs: ["--gold-dir", peopleDev] },
    { tag: "claims", name: "claims (claims-dev)", files: txt(claimsDev), scorer: "attribution.mjs", scorerArgs: ["--gold-dir", claimsDev] },
    { tag: "claims-train", name: "claims (claims-train)", optional: true, files: existsSync(claimsTrain) ? txt(claimsTrain) : [], scorer: "attribution.mjs", scorerArgs: ["--gold-dir", claimsTrain] },
    { tag: "claims-scraped", name: "claims (claims-dev, scraped)", optional: true, files: txt(claimsDev), scorer: "attribution.mjs", scorerArgs: ["--gold-dir", claimsDev], rewrite: scraped },
  ];
}

/**
 * claims-dev as scraped pages often come: the paragraphs after the title run together with a space,
 * and typographic double quotation marks are straight. The scorer pairs claims by their words, so the
 * reference annotations still apply.
 */
function scraped(text: string): string {
  const title = text.indexOf("\n\n") + 2;
  if (title < 2) return text;
  return text.slice(0, title) + text.slice(title).replace(/\s*\n\s*\n\s*/g, " ").replace(/[“”]/g, '"');
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", rej);
    child.on("close", (code) => res({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

/** Runs `extract --json` over the files in batches, a few at a time; one array, in file order. */
async function extractRecords(files: string[]): Promise<{ records: unknown[]; stderr: string }> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const outputs: Array<{ records: unknown[]; stderr: string }> = new Array(batches.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length) {
      const i = next++;
      const { code, stdout, stderr } = await run([CLI, "extract", "--json", ...(batches[i] ?? [])]);
      let records: unknown;
      try {
        records = JSON.parse(stdout);
      } catch {
        throw new Error(`news-archive extract exited ${code} without a JSON array:\n${stderr.trim().split("\n").slice(-8).join("\n")}`);
      }
      if (!Array.isArray(records)) throw new Error("news-archive extract --json did not print an array");
      outputs[i] = { records, stderr };
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), batches.length) }, lane));
  return { records: outputs.flatMap((o) => o.records), stderr: outputs.map((o) => o.stderr).join("") };
}

/** "people F1 0.5, claims F1 0.3, fields 6/8" → {"people F1": "0.5", …}; "(P 0.4, 216 docs)" parts too. */
function parseScore(line: string): Record<string, string> {
  const metrics: Record<string, string> = {};
  for (const part of line.replace(/^score:\s*/, "").split(/[,()]/)) {
    const m = /^\s*(.*?)\s*(\S+)\s*$/.exec(part);
    if (!m?.[2]) continue;
    const [label, value] = /^\d/.test(m[2]) ? [m[1] ?? "", m[2]] : [m[2], m[1] ?? ""];
    if (label && value) metrics[label] = value;
  }
  return metrics;
}

async function evaluate(set: EvalSet, verbose: boolean, tmp: string): Promise<SetResult> {
  let files = set.files;
  const rewrite = set.rewrite;
  if (rewrite) {
    // Same file names in a folder of their own: the scorer pairs records with references by name.
    const dir = join(tmp, set.tag);
    mkdirSync(dir);
    files = set.files.map((f) => {
      const to = join(dir, basename(f));
      writeFileSync(to, rewrite(readFileSync(f, "utf8")));
      return to;
    });
  }
  const t0 = performance.now();
  const { records, stderr } = await extractRecords(files);
  const extractSeconds = (performance.now() - t0) / 1000;
  const recordsFile = join(tmp, `${set.scorer}.records.json`);
  writeFileSync(recordsFile, JSON.stringify(records));
  const scored = await run([join(SHARED, "eval", set.scorer), ...set.scorerArgs, "--records", recordsFile, ...(verbose ? ["--verbose"] : [])]);
  const lines = scored.stdout.trim().split("\n");
  const scoreLine = [...lines].reverse().find((l) => l.startsWith("score:")) ?? null;
  const messageLines = stderr.split("\n").filter(Boolean);
  return {
    name: set.name,
    files: set.files.length,
    records: records.length,
    errors: messageLines.filter((l) => /\berror\b/i.test(l)).length,
    warnings: messageLines.filter((l) => /\bwarning\b/i.test(l)).length,
    extractSeconds,
    score: scoreLine ? scoreLine.replace(/^score:\s*/, "") : null,
    metrics: scoreLine ? parseScore(scoreLine) : {},
    output: scoreLine ? scored.stdout : `${scored.stdout}${scored.stderr}`,
  };
}

function table(results: SetResult[]): string {
  const header = ["set", "files", "records", "score", "extract s"];
  const rows = results.map((r) => [r.name, String(r.files), String(r.records), r.score ?? "NO SCORE LINE", r.extractSeconds.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const right = [false, true, true, false, true];
  const line = (cells: string[]): string => cells.map((c, i) => (right[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { verbose: { type: "boolean" }, json: { type: "boolean" }, only: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(
      "usage: npm run eval -- [--verbose] [--json] [--only seeds,people,claims,claims-train,claims-scraped]\n\n" +
        "  Scores `news-archive extract --json` on the development sets in ../shared with ../shared/eval/*.mjs.\n" +
        "  By default seeds, people (people-dev) and claims (claims-dev). Only when named in --only:\n" +
        "  claims-train (840 articles, for error analysis) and claims-scraped (claims-dev with its\n" +
        "  paragraphs run together and straight quotation marks, as scraped pages often come).",
    );
    return 0;
  }
  if (!existsSync(join(SHARED, "eval"))) {
    console.log(`eval: skipped: ${join(SHARED, "eval")} is absent (the shared development sets sit beside the checkout; see ../shared/README.md)`);
    return 0;
  }
  const only = values.only?.split(",").map((s) => s.trim());
  const unknown = only?.filter((o) => !sets().some((s) => s.tag === o)) ?? [];
  if (unknown.length) {
    console.error(`eval: no set called ${unknown.join(", ")} (sets: ${sets().map((s) => s.tag).join(", ")})`);
    return 2;
  }
  const chosen = sets().filter((s) => (only ? only.includes(s.tag) : !s.optional));
  const tmp = mkdtempSync(join(tmpdir(), "na-eval-"));
  const results: SetResult[] = [];
  try {
    for (const set of chosen) {
      console.error(`${set.name}: extracting ${set.files.length} files …`);
      const r = await evaluate(set, values.verbose ?? false, tmp);
      if (values.verbose || !r.score) console.log(`\n## ${r.name}\n${r.output.trimEnd()}`);
      results.push(r);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (values.json) console.log(JSON.stringify(results.map(({ output: _output, ...r }) => r), null, 2));
  else console.log(`\n${table(results)}`);
  return results.every((r) => r.score) ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exitCode = 2;
}
