// Scraped-page shapes (invented text): "Posted on" date lines, tag lines, credit lines, bylines,
// raw HTML in Markdown and datelines in other languages, through the real stages.
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/nlp/parse-date.ts";
import { recordOf } from "../helpers.ts";

const BODY = "The harbour board closed the old ferry pier on Monday after a long dispute.\n\nMore follows.\n";

describe("scraped pages: 'Posted on' date lines", () => {
  it("reads the date of a 'Posted on:' line with a weekday and a time after a dash, and takes the next line for the title", () => {
    const r = recordOf(`Posted on: Friday, April 9, 2021 - 11:20 PM\n\nFerry Pier Closes For Good\n\n${BODY}`);
    expect([r.title, r.date]).toEqual(["Ferry Pier Closes For Good", "2021-04-09"]);
    expect(r.text.startsWith("The harbour board")).toBe(true);
  });
  it("reads dates in figures on such lines, month first unless it cannot be", () => {
    for (const [line, date] of [
      ["Posted on: Friday, 04/09/2021 - 11:20 PM", "2021-04-09"],
      ["Posted on 04/29/2021", "2021-04-29"],
      ["Posted on 29/04/2021", "2021-04-29"],
    ]) {
      const r = recordOf(`${line}\n\nFerry Pier Closes For Good\n\n${BODY}`);
      expect([r.title, r.date, r.text.startsWith("The harbour board")]).toEqual(["Ferry Pier Closes For Good", date, true]);
    }
  });
  it("reads a date in figures with dots day first, and leaves an impossible one unread", () => {
    expect([parseDate("04.09.2021"), parseDate("04/09/2021"), parseDate("09-04-2021"), parseDate("13/13/2021"), parseDate("02/30/2021")]).toEqual(["2021-09-04", "2021-04-09", "2021-09-04", null, null]);
  });
  it("drops a 'Posted on by NAME' line whose date is lost, as boilerplate", () => {
    const r = recordOf(`Posted on by harbourwatcher\n\nFerry Pier Closes For Good\n\n${BODY}`);
    expect([r.title, r.date, r.boilerplate]).toEqual(["Ferry Pier Closes For Good", null, ["Posted on by harbourwatcher"]]);
  });
});

describe("scraped pages: tag lines and teasers", () => {
  it("removes a long 'Filed under: … Tagged: …' line without bars, and makes no people of it", () => {
    const tags = Array.from({ length: 30 }, (_, i) => `Topic Number${i}`).join(", ");
    const line = `Filed under: Harbours, Local Politics, ${tags} Tagged: Dora Pellweather, ferries, piers`;
    const r = recordOf(`Ferry Pier Closes For Good\n\n${BODY}\n${line}\n`);
    expect(r.text).not.toContain("Filed under");
    expect(r.boilerplate).toContain(line);
    expect(r.people.map((p) => p.name)).not.toContain("Dora Pellweather");
  });
  it("removes a teaser of another post that ends '… Read More'", () => {
    const teaser = "Here the author sets out why harbours matter and what the town should do next.... Read More";
    const r = recordOf(`Ferry Pier Closes For Good\n\n${teaser}\n\n${BODY}`);
    expect(r.text).not.toContain("Read More");
    expect(r.boilerplate).toContain(teaser);
  });
});

describe("scraped pages: photo credit lines", () => {
  it("makes the photographer a credit line names a person with the role, wherever it stands, and keeps the line out of the text", () => {
    const r = recordOf(`Ferry Pier Closes For Good\n\nThe harbour board closed the pier on Monday.\n\nPhoto by Helen Marchbank\n\nThe board met again on Friday.\n\nFeatured image via Oswin Carrow/Getty Images\n`);
    expect(r.text).toBe("The harbour board closed the pier on Monday.\n\nThe board met again on Friday.");
    const people = r.people.map((p) => [p.name, p.roles]);
    expect(people).toContainEqual(["Helen Marchbank", ["photographer"]]);
    expect(people).toContainEqual(["Oswin Carrow", ["photographer"]]);
    expect(people.map(([n]) => n)).not.toContain("Getty Images");
  });
  it("gives a person named in the text the photographer's role from a credit line", () => {
    const r = recordOf(`Ferry Pier Closes For Good\n\nHelen Marchbank watched the harbour board close the pier on Monday.\n\nCredit: Helen Marchbank\n`);
    const helen = r.people.find((p) => p.name === "Helen Marchbank");
    expect(helen?.roles).toEqual(["photographer"]);
    expect(helen?.mentions).toBe(1);
  });
});

describe("scraped pages: bylines", () => {
  it("takes a 'By NAME' line and a 'Guest writer for …' line after it out of the text, as the authors", () => {
    const r = recordOf(`Ferry Pier Closes For Good\n\nBy Helen Marchbank\n\nGuest writer for The Harbour Gazette\n\n${BODY}`);
    expect([r.title, r.authors, r.text.startsWith("The harbour board")]).toEqual(["Ferry Pier Closes For Good", ["Helen Marchbank"], true]);
    expect(r.people.map((p) => p.name)).not.toContain("Helen Marchbank");
  });
  it("reads a byline before a date line, and the date after it", () => {
    const r = recordOf(`Ferry Pier Closes For Good\n\nBy Helen Marchbank\n\nOctober 10, 2013\n\n${BODY}`);
    expect([r.authors, r.date, r.text.startsWith("The harbour board")]).toEqual([["Helen Marchbank"], "2013-10-10", true]);
  });
  it("reads a first line naming a writer and an outlet as a byline, never the title", () => {
    const r = recordOf(`Laura Pennick, Harbour Gazette\n\n${BODY}`);
    expect(r.authors).toEqual(["Laura Pennick"]);
    expect(r.title).toBe("The harbour board closed the old ferry pier on Monday after a long dispute");
    const headed = recordOf(`Laura Pennick, Harbour Gazette\n\nFerry Pier Closes For Good\n\n${BODY}`);
    expect([headed.title, headed.authors]).toEqual(["Ferry Pier Closes For Good", ["Laura Pennick"]]);
  });
  it("leaves a headline with a comma and a 'By' line naming no one alone (guard)", () => {
    expect(recordOf(`Harbour Closes, Ferries Stop\n\n${BODY}`).title).toBe("Harbour Closes, Ferries Stop");
    expect(recordOf(`Ferry Pier Closes For Good\n\nBy The Numbers\n\n${BODY}`).authors).toEqual([]);
  });
  it("keeps front matter's author over a byline (guard)", () => {
    const r = recordOf(`---\ntitle: Ferry pier closes\nauthor: Sam Reid\n---\nBy Helen Marchbank\n\n${BODY}`, "pier.md");
    expect(r.authors).toEqual(["Sam Reid"]);
  });
});

describe("scraped pages: raw HTML in Markdown", () => {
  it("leaves inline tags out of the text, keeps their words, and makes no person of a tagged word", () => {
    const r = recordOf(`---\ntitle: Ferry pier closes\n---\n<b>Bold?</b> The harbour board closed the pier.<br>It met on <i>Monday</i>.\n`, "pier.md");
    expect(r.text).toBe("Bold? The harbour board closed the pier. It met on Monday.");
    expect(r.people).toEqual([]);
  });
  it("keeps other tags as written (guard)", () => {
    const r = recordOf(`---\ntitle: Ferry pier closes\n---\nA <script>x</script> and <b>bold</b> word.\n`, "pier.md");
    expect(r.text).toBe("A <script>x</script> and bold word.");
  });
  it("keeps tags in inline code as written (guard)", () => {
    const r = recordOf("---\ntitle: Ferry pier closes\n---\nWrite `<b>` for bold.\n", "pier.md");
    expect(r.text).toBe("Write <b> for bold.");
  });
});

describe("scraped pages: datelines in other languages", () => {
  it("reads French, German, Spanish, Italian and Portuguese month names in a dateline", () => {
    for (const [line, date] of [
      ["Lyon, 3 mars 2021 (AFP) - Le port a fermé lundi.", "2021-03-03"],
      ["Köln, 3. März 2021 (dpa) - Der Hafen ist zu.", "2021-03-03"],
      ["Sevilla, 3 de marzo de 2021 (EFE) - El puerto cerró.", "2021-03-03"],
      ["Genova, 12 agosto 2019 (ANSA) - Il porto è chiuso.", "2019-08-12"],
      ["Porto, 1 de dezembro de 2020 (Lusa) - O porto fechou.", "2020-12-01"],
    ]) {
      expect(recordOf(`${line}\n\nMore follows.\n`).date).toBe(date);
    }
  });
  it("reads English month names as before (guard)", () => {
    expect(recordOf(`Lyon, Jan 24, 2018 / 03:12 pm (AFP) - The port closed.\n\nMore follows.\n`).date).toBe("2018-01-24");
  });
});

describe("scraped pages: bylines in other cases", () => {
  it("reads a byline in capitals or after a lower-case 'by', but no line of lower-case words after 'By'", () => {
    expect(recordOf(`Ferry Pier Closes For Good\n\nBY HELEN MARCHBANK\n\n${BODY}`).authors).toEqual(["Helen Marchbank"]);
    expect(recordOf(`Ferry Pier Closes For Good\n\nby Helen Marchbank and Sam Reid\n\n${BODY}`).authors).toEqual(["Helen Marchbank", "Sam Reid"]);
    expect(recordOf(`Ferry Pier Closes For Good\n\nBy Helen Marchbank, Staff Writer\n\n${BODY}`).authors).toEqual(["Helen Marchbank"]);
    const r = recordOf(`Ferry Pier Closes For Good\n\nBy making sure of it\n\n${BODY}`);
    expect([r.authors, r.text.startsWith("By making sure of it")]).toEqual([[], true]);
  });
});
