import { describe, expect, it } from "vitest";
import { extractText } from "../helpers.ts";

describe("front matter", () => {
  it("reports malformed YAML with the file line and keeps going for other files", () => {
    const { record, messages } = extractText("---\ntitle: ok\ndate: [2020\n---\nBody text here.\n", "bad.md");
    expect(record).toBeNull();
    expect(messages[0]).toMatchObject({ file: "bad.md", severity: "error", origin: "front-matter" });
    expect(messages[0]?.message).toMatch(/^malformed YAML front matter/);
    expect(messages[0]?.line).toBe(3);
  });
  it("reports a YAML syntax error at the file line it is on", () => {
    const { record, messages } = extractText("---\ntitle: ok\ndate: x: y\n---\nBody text here.\n", "b.md");
    expect(record).toBeNull();
    expect(messages).toEqual([{ file: "b.md", line: 3, severity: "error", origin: "front-matter", message: "malformed YAML front matter: bad indentation of a mapping entry" }]);
  });
  it("reports a front matter block that is never closed at its opening line", () => {
    const { record, messages } = extractText("---\ntitle: T\ndate: 2020-01-01\nBody.\n", "d.md");
    expect(record).toBeNull();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: "d.md", line: 1, severity: "error", origin: "front-matter" });
    expect(messages[0]?.message).toMatch(/never closed/);
  });
  it("refuses front matter that is a list, with one error at its line", () => {
    const { record, messages } = extractText("---\n\n- a\n- b\n---\nBody text here.\n", "l.md");
    expect(record).toBeNull();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: "l.md", line: 3, severity: "error", origin: "front-matter" });
    expect(messages[0]?.message).toMatch(/must be a mapping/);
  });
  it("names the line of a key written in flow style", () => {
    const { messages } = extractText("---\n\n{title: T, people: 5}\n---\nBody text here.\n", "f.md");
    expect(messages).toEqual([{ file: "f.md", line: 3, severity: "error", origin: "front-matter", message: '"people" must be a list of names or {name, aliases, roles}' }]);
  });
  it("refuses an impossible date instead of rolling it over", () => {
    const { record, messages } = extractText("---\ntitle: T\ndate: 2020-13-45\n---\nBody.\n", "d.md");
    expect(record).toBeNull();
    expect(messages).toEqual([{ file: "d.md", line: 3, severity: "error", origin: "dates", message: 'impossible date "2020-13-45" in front matter (expected YYYY-MM-DD)' }]);
  });
  it("warns about unknown keys with their line", () => {
    const { record, messages } = extractText("---\ntitle: T\nsubtitle: x\n---\nBody.\n", "k.md");
    expect(record?.title).toBe("T");
    expect(messages).toEqual([{ file: "k.md", line: 3, severity: "warning", origin: "front-matter", message: 'unknown front matter key "subtitle" is ignored' }]);
  });
  it("front matter wins over extraction, including entity fields", () => {
    const text = "---\ntitle: Set title\npublisher: Example Post\ncitedSources: [Other Times]\npeople:\n  - name: Jane Roe\n    roles: [Mayor]\n---\nA first line that could be a title\n\nThe Daily Planet reported that Jane Roe spoke.\n";
    const { record } = extractText(text, "f.txt");
    expect(record?.title).toBe("Set title");
    expect(record?.publisher?.name).toBe("Example Post");
    expect(record?.citedSources.map((s) => s.name)).toEqual(["Other Times"]);
    expect(record?.people.map((p) => [p.name, p.roles])).toEqual([["Jane Roe", ["Mayor"]]]);
    expect(record?.text.startsWith("A first line that could be a title")).toBe(true);
  });
});
