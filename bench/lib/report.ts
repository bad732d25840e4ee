// Presents benchmark results: the readable tables, the JSON results file (one per run, stable
// layout so runs can be diffed and committed) and a comparison with an earlier results file.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ScenarioResult } from "../scenarios/types.ts";

export interface BenchResults {
  name: string;
  timestamp: string;
  git: { commit: string | null; dirty: boolean | null };
  machine: { cpus: number; model: string; node: string; platform: string; totalMemMB: number; loadavg: number[] };
  options: { corpus: string; articles: number | null; repeat: number | null; threads: number | null };
  scenarios: ScenarioResult[];
}

function table(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string => cells.map((c, i) => (right[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const s = (ms: number | undefined): string => (ms === undefined || Number.isNaN(ms) ? "–" : (ms / 1000).toFixed(2));

export function formatResults(results: BenchResults): string {
  const measured = results.scenarios.filter((r) => r.status === "ok" && r.median);
  const rows = measured.map((r) => {
    const m = r.median ?? r.runs[0];
    if (!m) return [r.name];
    const walls = r.runs.map((x) => x.wallMs);
    const spread = walls.length > 1 ? `${s(Math.min(...walls))}–${s(Math.max(...walls))}` : "";
    const bar = r.bar ? `${r.bar.pass ? "ok" : "OVER"} (≤ ${s(r.bar.limitMs)} s)` : "";
    return [r.name, String(r.articles ?? ""), s(m.wallMs), spread, s(m.userMs), s(m.sysMs), m.peakRssMB.toFixed(0), (r.articlesPerSec ?? 0).toFixed(0), bar];
  });
  const out = [
    `news-archive bench "${results.name}" · ${results.timestamp} · corpus ${results.options.corpus} · ${results.machine.cpus} cpus · node ${results.machine.node} · load ${results.machine.loadavg.map((x) => x.toFixed(2)).join(" ")}`,
    "",
    table(["scenario", "articles", "wall s", "range s", "user s", "sys s", "peak RSS MB", "articles/s", "bar"], rows, [false, true, true, true, true, true, true, true, false]),
  ];
  const others = results.scenarios.filter((r) => !measured.includes(r));
  if (others.length) out.push("", ...others.map((r) => `${r.name}: ${r.status.toUpperCase()}: ${r.reason ?? ""}`));
  for (const r of measured) {
    if (!r.stages) continue;
    const n = r.articles ?? 0;
    out.push("", `stages (${r.name}, median of ${r.runs.length}):`);
    out.push(table(["stage", "wall ms", "cpu ms", "cpu share", "cpu µs/article"], r.stages.map((st) => [st.name, st.ms.toFixed(0), st.cpuMs.toFixed(0), `${(st.share * 100).toFixed(1)}%`, n ? ((st.cpuMs * 1000) / n).toFixed(0) : ""]), [false, true, true, true, true]));
  }
  const wall = (name: string): number | undefined => measured.find((r) => r.name === name)?.median?.wallMs;
  const cold = wall("site-cold");
  const rebuild = wall("site-rebuild-one");
  const reference = wall("eleventy-baseline");
  const ratios: string[] = [];
  if (cold && rebuild) ratios.push(`  one-article rebuild: ${s(rebuild)} s, ${(cold / rebuild).toFixed(1)}× faster than the cold build (${s(cold)} s); rebuild/cold = ${(rebuild / cold).toFixed(2)}`);
  if (cold && reference) ratios.push(`  cold build / plain-Eleventy reference: ${(cold / reference).toFixed(2)}× (${s(cold)} s vs ${s(reference)} s)`);
  if (ratios.length) out.push("", "ratios:", ...ratios);
  const notes = results.scenarios.filter((r) => r.status === "ok" && r.extra).map((r) => `  ${r.name}: ${Object.entries(r.extra ?? {}).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  if (notes.length) out.push("", "details:", ...notes);
  return out.join("\n");
}

/** bench/results/<name>-<timestamp>.json; the timestamp is file-name safe and sorts by time. */
export function resultsPath(dir: string, name: string, timestamp: string): string {
  return join(dir, `${name}-${timestamp.replace(/[:.]/g, "-")}.json`);
}

export function writeResults(dir: string, results: BenchResults): string {
  mkdirSync(dir, { recursive: true });
  const path = resultsPath(dir, results.name, results.timestamp);
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}

/** The newest earlier results file for `name` (by file name, which sorts by time), if any. */
export function previousResults(dir: string, name: string, exclude?: string): string | null {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return null;
  }
  const mine = files.filter((f) => f.startsWith(`${name}-`) && f.endsWith(".json") && join(dir, f) !== exclude).sort();
  const last = mine[mine.length - 1];
  return last ? join(dir, last) : null;
}

/** Median wall time per scenario, then and now. */
export function formatComparison(before: BenchResults, after: BenchResults, beforePath: string): string {
  const rows: string[][] = [];
  for (const a of after.scenarios) {
    const b = before.scenarios.find((x) => x.name === a.name);
    if (!a.median || !b?.median) continue;
    const change = (a.median.wallMs - b.median.wallMs) / b.median.wallMs;
    rows.push([a.name, s(b.median.wallMs), s(a.median.wallMs), `${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)}%`, b.median.peakRssMB.toFixed(0), a.median.peakRssMB.toFixed(0)]);
  }
  if (!rows.length) return `nothing to compare with ${beforePath}`;
  return [`compared with ${beforePath} (${before.timestamp}):`, table(["scenario", "was s", "now s", "change", "was MB", "now MB"], rows, [false, true, true, true, true, true])].join("\n");
}

export function readResults(path: string): BenchResults {
  return JSON.parse(readFileSync(path, "utf8")) as BenchResults;
}
