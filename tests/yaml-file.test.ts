import { describe, expect, it } from "vitest";
import { lineAt, loadYaml, readYamlMapping } from "../src/yaml-file.ts";

describe("loadYaml", () => {
  it("gives the data as load() does and the line of every key and item", () => {
    const text = "# settings\npeople:\n  - name: Ann\n    roles:\n      - Mayor\n  - Bob\ndrop: {people: [X]}\n";
    const { data, place } = loadYaml(text);
    expect(data).toEqual({ people: [{ name: "Ann", roles: ["Mayor"] }, "Bob"], drop: { people: ["X"] } });
    expect(lineAt(place, ["people"])).toBe(2);
    expect(lineAt(place, ["people", 0])).toBe(3);
    expect(lineAt(place, ["people", 0, "roles"])).toBe(4);
    expect(lineAt(place, ["people", 0, "roles", 0])).toBe(5);
    expect(lineAt(place, ["people", 1])).toBe(6);
    expect(lineAt(place, ["drop", "people"])).toBe(7);
  });
  it("falls back to the deepest node the path reaches", () => {
    const { place } = loadYaml("a: 1\nb:\n  c: 2\n");
    expect(lineAt(place, ["b", "missing"])).toBe(2);
    expect(lineAt(place, ["nothing"])).toBe(1);
    expect(lineAt(null, ["a"])).toBe(1);
  });
  it("has no document for an empty or comment-only text, and refuses two documents", () => {
    expect(loadYaml("")).toEqual({ data: undefined, place: null });
    expect(loadYaml("# only a comment\n")).toEqual({ data: undefined, place: null });
    expect(() => loadYaml("a: 1\n---\nb: 2\n")).toThrow(/single document/);
  });
});

describe("readYamlMapping", () => {
  it("reports a top level that is not a mapping at its line", () => {
    const { data, messages } = readYamlMapping("# list\n- a\n", "x.yaml", "test", "a mapping");
    expect(data).toBeNull();
    expect(messages).toEqual([{ file: "x.yaml", line: 2, severity: "error", origin: "test", message: "expected a mapping" }]);
  });
});
