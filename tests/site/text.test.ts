import { describe, expect, it } from "vitest";
import { dateLabel, dayStart, monthLabel, shortMonth } from "../../src/site/text.ts";

describe("date labels", () => {
  it("writes dates in the archive's language without shifting the day", () => {
    expect(dateLabel("2020-02-07")).toBe("7 February 2020");
    expect(dateLabel("2020-02-07", "fr")).toBe("7 février 2020");
    expect(dateLabel("2020-12-31", "de")).toBe("31 Dezember 2020");
    expect(dateLabel(null)).toBe("Undated");
    expect(monthLabel("2020-09")).toBe("September 2020");
    expect(monthLabel("2020-02", "de")).toBe("Februar 2020");
    expect(shortMonth("09")).toBe("Sep");
  });
  it("stamps feed entries at midnight in the archive's time zone", () => {
    expect(dayStart("2020-02-07")).toBe("2020-02-07T00:00:00Z");
    expect(dayStart("2020-07-07", "America/New_York")).toBe("2020-07-07T00:00:00-04:00");
    expect(dayStart("2020-01-01", "Pacific/Auckland")).toBe("2020-01-01T00:00:00+13:00");
  });
});
