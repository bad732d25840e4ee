import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../src/nlp/mojibake.ts";

describe("repairMojibake", () => {
  it("puts back UTF-8 read as Windows-1252: accented letters, £, curly quotes and emoji", () => {
    // "cafÃ©" is "café" (C3 A9) read as Windows-1252; "â€™" is "’" (E2 80 99); "Â£" is "£" (C2 A3).
    expect(repairMojibake("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 for \u00c2\u00a35").text).toBe("It’s a café for £5");
    expect(repairMojibake("\u00f0\u0178\u02dc\u20ac").text).toBe("😀");
  });
  it("puts back UTF-8 read as Mac Roman", () => {
    // "√§" is "ä" (C3 A4) in Mac Roman; "‚Äô" is "’".
    const r = repairMojibake("Minister Jo Sch√§fer met her in D√ºsseldorf and Malm√∂.\nIt‚Äôs done.");
    expect(r.text).toBe("Minister Jo Schäfer met her in Düsseldorf and Malmö.\nIt’s done.");
    expect(r.count).toBe(4);
  });
  it("puts back UTF-8 read as Latin-1, and text that went wrong twice, decomposed or not", () => {
    // Latin-1 keeps byte 0x83 as the control character U+0083, so "Ã" (C3 83) reads "Ã\u0083".
    expect(repairMojibake("S\u00c3\u0083O PAULO").text).toBe("SÃO PAULO");
    // "ç" (C3 A7) read once gives "Ã§"; those two characters (C3 83 C2 A7) read again give "Ã\u0083Â§".
    const r = repairMojibake("President Fran\u00c3\u0083\u00c2\u00a7ois Hollande said");
    expect(r.text).toBe("President François Hollande said");
    expect(r.line).toBe(1);
    // Two runs as written ("Ã\u0083" and "Â§"); the second round only finishes them.
    expect(r.count).toBe(2);
    // The same, decomposed ("A" and a combining tilde for "Ã"), as a normalisation may leave it.
    expect(repairMojibake("Fran\u00c3\u0083\u00c2\u00a7ois".normalize("NFD")).text).toBe("François");
    // Decomposed text with nothing to put back is given back as written.
    expect(repairMojibake("Jose\u0301 Marti\u0301")).toEqual({ text: "Jose\u0301 Marti\u0301", count: 0, line: 0, sample: [] });
  });
  it("reads a space and a combining accent as the spacing accent a normalisation split", () => {
    // "Ã¨" is "è"; NFKD wrote its "¨" as a space and U+0308.
    expect(repairMojibake("Jo L\u00c3\u00a9on\u00c3 \u0308ne").text).toBe("Jo Léonène");
  });
  it("leaves real text alone: accents, quotes, and accented capitals before punctuation", () => {
    for (const t of ["naïve résumé — “quoted” at 5 °C", "CAFÉ’S MENU", "Groß“ und Fuß”", "SÃO PAULO", "√2 ≈ 1.41", "plain ASCII"]) {
      expect(repairMojibake(t)).toEqual({ text: t, count: 0, line: 0, sample: [] });
    }
  });
  it("gives the line of the first repair", () => {
    expect(repairMojibake("one\ntwo\nthr\u00c3\u00a9e\nfo\u00c3\u00bcr")).toMatchObject({ line: 3, sample: ["\u00c3\u00a9", "é"] });
    expect(repairMojibake("√º first\nthen caf\u00c3\u00a9").line).toBe(1);
  });
});
