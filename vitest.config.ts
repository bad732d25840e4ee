import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // Site and browser suites build the archive once each; run files one after another on 2 cores.
    fileParallelism: false,
  },
});
