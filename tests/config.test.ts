import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, normalisePathPrefix, parseConfig } from "../src/config.ts";

describe("config", () => {
  it("defaults when empty and accepts valid settings", () => {
    expect(parseConfig("").config).toEqual(DEFAULT_CONFIG);
    const { config, messages } = parseConfig("title: Harbour News\nbaseUrl: https://example.org/\npathPrefix: news\ntimezone: Europe/London\nlocale: en-GB\n");
    expect(messages).toEqual([]);
    expect(config).toMatchObject({ title: "Harbour News", baseUrl: "https://example.org", pathPrefix: "/news/", timezone: "Europe/London", locale: "en-GB" });
  });
  it("reports each bad value with its line and falls back to the default", () => {
    const { config, messages } = parseConfig("baseUrl: example.org\nlocale: 12\npathPrefix: /a b/\n");
    expect(messages.map((m) => m.line)).toEqual([2, 1, 3]);
    expect(config.baseUrl).toBe(DEFAULT_CONFIG.baseUrl);
    expect(config.pathPrefix).toBe("/");
  });
  it("normalises path prefixes", () => {
    expect(normalisePathPrefix("news")).toBe("/news/");
    expect(normalisePathPrefix("/news")).toBe("/news/");
    expect(normalisePathPrefix("/")).toBe("/");
    expect(normalisePathPrefix("")).toBe("/");
  });
});
