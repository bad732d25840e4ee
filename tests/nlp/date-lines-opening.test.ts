// openingPlace: a dateline's place in capitals where segment leaves it in the text. Invented text.
import { describe, expect, it } from "vitest";
import { openingPlace } from "../../src/nlp/date-lines.ts";

describe("openingPlace", () => {
  it("reads the place before a dash, a region, an agency or a day", () => {
    expect(openingPlace("DUNMORROW - The board said on Monday that the ferry would run.", null)).toEqual({ text: "DUNMORROW", at: 0, marked: false });
    expect(openingPlace("PELL HARBOR, N.J. (AP) — The mayor said the ferry would run.", null)).toEqual({ text: "PELL HARBOR", at: 0, marked: true });
    expect(openingPlace("ST. ALDWYN (Reuters) - Officials said on Friday that it was over.", null)).toEqual({ text: "ST. ALDWYN", at: 0, marked: true });
    expect(openingPlace("NEW HARROWAY, Jan 5 - Officials said the ferry would run again.", null)).toEqual({ text: "NEW HARROWAY", at: 0, marked: true });
    expect(openingPlace("KESTWICK—The number of ferries has fallen by half this year.", null)?.text).toBe("KESTWICK");
  });

  it("takes a place alone in its block only from the line a date was read from", () => {
    expect(openingPlace("BRAXTONVILLE", "BRAXTONVILLE 1996-08-30")).toEqual({ text: "BRAXTONVILLE", at: 0, marked: true });
    expect(openingPlace("BRAXTONVILLE", null)).toBeNull();
    // Another block opening with capitals is not the dateline then.
    expect(openingPlace("FERRY FILING - Harbour board files its plan for the ferry.", "BRAXTONVILLE 1996-08-30")).toBeNull();
  });

  it("guard: headlines, hyphenated words and text in capitals are no datelines", () => {
    expect(openingPlace("CRICKET - KENT WIN BY AN INNINGS.", null)).toBeNull();
    expect(openingPlace("PRESS DIGEST - Harbour newspapers - May 3.", null)).toBeNull();
    expect(openingPlace("UK-based ferry firms said on Monday that fares would rise.", null)).toBeNull();
    expect(openingPlace("Dunmorrow - The board said on Monday that the ferry would run.", null)).toBeNull();
  });
});
