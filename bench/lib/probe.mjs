// Preloaded into every benchmark child process (`node --import probe.mjs …`): on exit it writes
// the process's CPU times and peak RSS to $BENCH_PROBE_FILE, so any Node command can be measured.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMs: u.userCPUTime / 1000, sysMs: u.systemCPUTime / 1000, maxRssKB: u.maxRSS }));
  });
}
