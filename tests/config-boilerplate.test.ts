import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";

describe("config: boilerplate", () => {
  it("accepts a list of exact lines and regular expressions, as written (trimmed)", () => {
    const { config, messages } = parseConfig('title: Harbour News\nboilerplate:\n  - "  Join the Harbour Club today for free  "\n  - \'/^Sponsored: .+$/i\'\n  - /Tide table for \\d+ \\w+/\n');
    expect(messages).toEqual([]);
    expect(config.boilerplate).toEqual(["Join the Harbour Club today for free", "/^Sponsored: .+$/i", "/Tide table for \\d+ \\w+/"]);
    expect(config.title).toBe("Harbour News");
  });
  it("has none by default, and an empty setting is none", () => {
    expect(parseConfig("title: Harbour News\n").config.boilerplate).toEqual([]);
    expect(parseConfig("boilerplate:\n").config.boilerplate).toEqual([]);
  });
  it("reports an invalid regular expression, a flag other than i and a non-text item at their lines, keeping the rest", () => {
    const { config, messages } = parseConfig("title: Harbour News\nboilerplate:\n  - Join the Harbour Club today\n  - /Tide table (for/\n  - /Weather/g\n  - 2016\n  - /Ferry times/i\n");
    expect(messages.map((m) => [m.file, m.line, m.severity])).toEqual([
      ["news-archive.yaml", 4, "error"],
      ["news-archive.yaml", 5, "error"],
      ["news-archive.yaml", 6, "error"],
    ]);
    expect(messages[0]?.message).toMatch(/^"boilerplate": item 2: \/Tide table \(for\/ is not a valid regular expression: /);
    expect(messages[1]?.message).toContain("only the i flag");
    expect(messages[2]?.message).toContain("must be text");
    expect(config.boilerplate).toEqual(["Join the Harbour Club today", "/Ferry times/i"]);
  });
  it("reports a setting that is not a list at its line", () => {
    const { config, messages } = parseConfig("title: Harbour News\nboilerplate: Join the Harbour Club today\n");
    expect(messages.map((m) => [m.line, m.message])).toEqual([[2, '"boilerplate": must be a list of lines, each an exact line or a /regular expression/']]);
    expect(config.boilerplate).toEqual([]);
  });
});
