// Articles dated after today: a warning naming the file and the line of the date, computed from
// today's date passed in (never stored), for each way a date is read.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { futureDateWarnings, latestToday, loadArchive } from "../src/build.ts";

describe("futureDateWarnings", () => {
  it("warns of each article dated after today with the line its date was read from, and of no other", () => {
    const dir = mkdtempSync(join(tmpdir(), "news-archive-future-"));
    const files: Record<string, string> = {
      "front.md": "---\ntitle: Harbour Plans\ndate: 2031-08-01\n---\nThe harbour plans were shown.\n",
      "prefix.txt": "Ferry Timetable Changes\n\nPublished: 2 September 2031\n\nThe ferry leaves earlier.\n",
      "byline.txt": "Bridge Plans Shown\n\nThe bridge plans were shown to the council.\n\nPosted by Sam Writer on 3 Oct 2031\n",
      "sub/updated.txt": "Market Reopens\n\nUpdated: 2031-01-05\n\nThe market reopened.\n",
      "today.md": "---\ntitle: Today\ndate: 2030-12-31\n---\nToday's piece.\n",
      "past.txt": "Old Story\n\nPublished: 1 May 2019\n\nIt happened long ago.\n",
      "undated.txt": "No Date Here\n\nNothing says when.\n",
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const archive = loadArchive(dir);
    expect(archive.articles.map((r) => [r.file, r.date]).sort()).toEqual([
      ["byline.txt", "2031-10-03"], ["front.md", "2031-08-01"], ["past.txt", "2019-05-01"], ["prefix.txt", "2031-09-02"],
      ["sub/updated.txt", "2031-01-05"], ["today.md", "2030-12-31"], ["undated.txt", null],
    ]);
    const warnings = futureDateWarnings(archive.articles, dir, "check", "2030-12-31");
    expect(warnings.map((m) => [m.file, m.line, m.severity, m.message])).toEqual([
      ["byline.txt", 5, "warning", "date 2031-10-03 is in the future"],
      ["front.md", 3, "warning", "date 2031-08-01 is in the future"],
      ["prefix.txt", 3, "warning", "date 2031-09-02 is in the future"],
      ["sub/updated.txt", 3, "warning", "date 2031-01-05 is in the future"],
    ]);
    expect(futureDateWarnings(archive.articles, dir, "check", "2031-12-31")).toEqual([]);
  });
});

describe("latestToday", () => {
  it("is the date where it is latest on Earth, UTC+14", () => {
    expect(latestToday(Date.UTC(2026, 0, 1, 9, 59))).toBe("2026-01-01");
    expect(latestToday(Date.UTC(2026, 0, 1, 10, 0))).toBe("2026-01-02");
    expect(latestToday(Date.UTC(2026, 11, 31, 23, 0))).toBe("2027-01-01");
  });
});
