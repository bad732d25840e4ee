// Runs one Node command as a fresh child process and measures it: wall time seen from here,
// user/system CPU and peak RSS reported by the probe preloaded into the child.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./paths.ts";

const PROBE = pathToFileURL(join(REPO_ROOT, "bench", "lib", "probe.mjs")).href;

export interface ProcessMetrics {
  /** Wall time of the whole process, start-up included. */
  processWallMs: number;
  userMs: number;
  sysMs: number;
  peakRssMB: number;
}

export interface ChildRun extends ProcessMetrics {
  exitCode: number;
  stdout: string;
  stderr: string;
}

interface ProbeOutput {
  userMs: number;
  sysMs: number;
  maxRssKB: number;
}

/** `node [nodeArgs] --import probe.mjs script args…`, with the probe's numbers attached. */
export async function runNode(script: string, args: string[], options: { nodeArgs?: string[]; cwd?: string } = {}): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "na-bench-"));
  const probeFile = join(dir, "probe.json");
  const argv = [...(options.nodeArgs ?? []), "--import", PROBE, script, ...args];
  const start = performance.now();
  try {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, argv, { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, BENCH_PROBE_FILE: probeFile }, stdio: ["ignore", "pipe", "pipe"] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (b: Buffer) => out.push(b));
      child.stderr.on("data", (b: Buffer) => err.push(b));
      child.on("error", reject);
      child.on("close", (c) => resolve({ code: c ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    });
    const processWallMs = performance.now() - start;
    let probe: ProbeOutput = { userMs: Number.NaN, sysMs: Number.NaN, maxRssKB: Number.NaN };
    try {
      probe = JSON.parse(readFileSync(probeFile, "utf8")) as ProbeOutput;
    } catch {
      // The child died before its exit handler ran: the CPU and memory numbers stay unknown.
    }
    return { exitCode: code, stdout, stderr, processWallMs, userMs: probe.userMs, sysMs: probe.sysMs, peakRssMB: probe.maxRssKB / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
