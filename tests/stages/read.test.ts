import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/draft.ts";
import { MAX_FILE_BYTES, read } from "../../src/stages/read.ts";

const run = (bytes: Uint8Array) => read(emptyDraft("a.txt", bytes));

describe("read", () => {
  it("strips a UTF-8 BOM", () => {
    expect(run(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69])).raw).toBe("Hi");
  });
  it("reads invalid UTF-8 as Windows-1252 and warns with the line", () => {
    // "ok\ncaf\xe9 \x93q\x94": é and curly quotes in Windows-1252.
    const d = run(new Uint8Array([0x6f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
    expect(d.raw).toBe("ok\ncafé “q”");
    expect(d.messages).toEqual([{ file: "a.txt", line: 2, severity: "warning", origin: "read", message: "not valid UTF-8: read as Windows-1252/Latin-1" }]);
    expect(d.failed).toBe(false);
  });
  it("refuses empty, binary and oversized files with a message that names a line", () => {
    expect(run(new TextEncoder().encode(" \n\n ")).messages).toEqual([{ file: "a.txt", line: 1, severity: "error", origin: "read", message: "file is empty" }]);
    expect(run(new Uint8Array([0x50, 0x4b, 0x00, 0x01])).messages[0]?.message).toMatch(/binary/);
    // A binary file: the line of its first NUL byte ("ab\ncd\0ef\n\0": line 2).
    expect(run(new Uint8Array([0x61, 0x62, 0x0a, 0x63, 0x64, 0x00, 0x65, 0x66, 0x0a, 0x00])).messages[0]?.line).toBe(2);
    expect(run(new Uint8Array([0x00, 0x0a])).messages[0]?.line).toBe(1);
    const big = run(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61));
    expect(big.failed).toBe(true);
    expect(big.messages[0]?.message).toMatch(/^file is 5\.0 MB, more than the 5 MB/);
    expect(big.messages[0]?.line).toBe(1);
  });
  it("puts back UTF-8 that was decoded as Windows-1252 and saved again, with a warning naming the line", () => {
    const d = run(new TextEncoder().encode("Title\n\nThe caf\u00c3\u00a9 opened on Monday."));
    expect(d.raw).toBe("Title\n\nThe café opened on Monday.");
    expect(d.messages).toHaveLength(1);
    expect(d.messages[0]).toMatchObject({ file: "a.txt", line: 3, severity: "warning", origin: "read" });
    expect(d.messages[0]?.message).toBe('1 character of UTF-8 text that had been decoded as Windows-1252, Latin-1 or Mac Roman put back (the first: "\u00c3\u00a9" → "é")');
    expect(run(new TextEncoder().encode("Plain café text")).messages).toEqual([]);
  });
});
