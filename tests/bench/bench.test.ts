// The benchmark and eval scripts' plumbing (not timings: targets are checked by `npm run bench`):
// result files, tables, comparisons, the clear skip when ../shared is absent, and the scraped-text
// rewrite of claims-dev.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type BenchResults, formatComparison, formatResults, previousResults, resultsPath, writeResults } from "../../bench/lib/report.ts";
import { medianBy, perSecond } from "../../bench/lib/stats.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");

function results(wallMs: number, timestamp: string): BenchResults {
  const run = { wallMs, processWallMs: wallMs + 400, userMs: wallMs * 1.1, sysMs: 50, peakRssMB: 160 };
  return {
    name: "bbc",
    timestamp,
    git: { commit: "abc1234", dirty: false },
    machine: { cpus: 2, model: "test", node: "v20", platform: "linux-x64", totalMemMB: 4096, loadavg: [0.1, 0.2, 0.3] },
    options: { corpus: "bbc", articles: null, repeat: 1, threads: null },
    scenarios: [
      { name: "extract-serial", description: "d", status: "ok", articles: 2225, runs: [run], median: run, articlesPerSec: perSecond(2225, wallMs), bar: { limitMs: 5000, pass: wallMs <= 5000 }, stages: [{ name: "read", ms: 10, cpuMs: 8, share: 1 }] },
      { name: "site-cold", description: "d", status: "skipped", reason: "no build command yet", runs: [] },
    ],
  };
}

describe("bench plumbing", () => {
  it("picks the median run and computes rates", () => {
    expect(medianBy([{ w: 3 }, { w: 1 }, { w: 2 }], (x) => x.w)).toEqual({ w: 2 });
    expect(medianBy([{ w: 4 }, { w: 1 }], (x) => x.w)).toEqual({ w: 1 });
    expect(perSecond(2225, 500)).toBe(4450);
  });

  it("prints a table with the bar, the stages and why a scenario was skipped", () => {
    const text = formatResults(results(980, "2026-01-01T00:00:00Z"));
    expect(text).toMatch(/extract-serial\s+2225\s+0\.98/);
    expect(text).toContain("ok (≤ 5.00 s)");
    expect(text).toContain("site-cold: SKIPPED: no build command yet");
    expect(text).toMatch(/read\s+10\s+8\s+100\.0%/);
  });

  it("writes one file per run and compares with the previous one", () => {
    const dir = mkdtempSync(join(tmpdir(), "na-bench-test-"));
    try {
      const first = writeResults(dir, results(1000, "2026-01-01T00:00:00Z"));
      expect(first).toBe(resultsPath(dir, "bbc", "2026-01-01T00:00:00Z"));
      expect(first.endsWith("bbc-2026-01-01T00-00-00Z.json")).toBe(true);
      writeFileSync(join(dir, "other-2027-01-01T00-00-00Z.json"), "{}");
      expect(previousResults(dir, "bbc")).toBe(first);
      const comparison = formatComparison(results(1000, "2026-01-01T00:00:00Z"), results(1500, "2026-01-02T00:00:00Z"), "before.json");
      expect(comparison).toMatch(/extract-serial\s+1\.00\s+1\.50\s+\+50\.0%/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const claimsDev = join(ROOT, "..", "shared", "corpora", "claims-dev");
  it.skipIf(!existsSync(claimsDev))("eval scores claims-dev as scraped text (paragraphs run together, straight quotes) close to as written", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/eval.ts", "--only", "claims,claims-scraped", "--json"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const rows = JSON.parse(out) as Array<{ name: string; records: number; metrics: Record<string, string> }>;
    const [dev, scraped] = rows.map((r) => Number(r.metrics["content F1"]));
    expect(rows.map((r) => [r.name, r.records])).toEqual([
      ["claims (claims-dev)", 84],
      ["claims (claims-dev, scraped)", 84],
    ]);
    expect(scraped).toBeGreaterThan((dev ?? 1) - 0.03);
  });

  for (const script of ["bench/run.ts", "scripts/eval.ts"]) {
    it(`${script} skips with a clear message and exit 0 when the shared folder is absent`, () => {
      const out = execFileSync(process.execPath, ["--import", "tsx", script], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NEWS_ARCHIVE_SHARED: join(tmpdir(), "no-such-shared-folder") },
      });
      expect(out).toMatch(/skipped: .*no-such-shared-folder.* is absent/);
    });
  }
});
