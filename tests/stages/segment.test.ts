import { describe, expect, it } from "vitest";
import { looksLikeTitle } from "../../src/nlp/titles.ts";
import type { ArticleRecord, Block } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

/** A Markdown article (front matter with a title, then `body`) through the real stages. */
const markdown = (body: string): ArticleRecord => recordOf(`---\ntitle: Ferry notes\n---\n${body}\n`, "notes.md");

/** Each mark of a block as [kind, the text it covers, href]. */
const marked = (r: ArticleRecord, b: Block | undefined): Array<[string, string, string | null]> =>
  (b?.marks ?? []).map((m) => [m.kind, r.text.slice(m.start, m.end), m.kind === "link" ? m.href : null]);

describe("segment", () => {
  it("takes the headline after a photo credit for the title and keeps the caption as the first paragraph", () => {
    const r = recordOf("The mayor opens the pier on Monday. | AP Photo/Jo Bloggs Harbour pier opens after ten years\n\nThe new pier opened on Monday after a decade of delays.\n");
    expect(r.title).toBe("Harbour pier opens after ten years");
    expect(r.titleDerived).toBe(false);
    expect(r.body.blocks.map((b) => b.text)).toEqual(["The mayor opens the pier on Monday. | AP Photo/Jo Bloggs", "The new pier opened on Monday after a decade of delays."]);
  });
  it("leaves a dateline's place out of a title derived from the lede, but not out of the text", () => {
    const r = recordOf("LONDON 2024-05-03 - The harbour ferry will stop running in May, the board said.\n\nMore follows.\n");
    expect(r.title).toBe("The harbour ferry will stop running in May, the board said");
    expect(r.text.startsWith("LONDON - The harbour ferry")).toBe(true);
    expect(recordOf("WASHINGTON, D.C. — The council met on Monday to vote on the budget.\n\nMore follows.\n").title).toBe("The council met on Monday to vote on the budget");
    // The horizontal bar (U+2015) some sites use for the dash.
    expect(recordOf("HALDEN, N.Y. \u2015 The council met on Monday to vote on the budget.\n\nMore follows.\n").title).toBe("The council met on Monday to vote on the budget");
  });
  it("never takes a caption for the title or the lede", () => {
    const r = recordOf("The ferry, left, at the old dock ( REUTERS/Jo Bloggs )\n\nThe harbour ferry will stop running in May, the board said.\n\nMore follows.\n");
    expect(r.title).toBe("The harbour ferry will stop running in May, the board said");
    expect(r.text.startsWith("The ferry, left, at the old dock ( REUTERS/Jo Bloggs )\n\n")).toBe(true);
  });
  it("takes a title line, never a sentence ending in a colon or period", () => {
    expect(looksLikeTitle("Labour plans maternity pay rise")).toBe(true);
    expect(looksLikeTitle("Is this the end of cheap flights?")).toBe(true);
    expect(looksLikeTitle("I woke up this morning to find this headline:")).toBe(false);
    expect(looksLikeTitle("The minister resigned on Friday.")).toBe(false);
  });
  it("takes a title line opening with a currency amount or a brand written with a small first letter", () => {
    expect(looksLikeTitle("$1m payoff for former ferry boss")).toBe(true);
    expect(looksLikeTitle("£1.8m fine for broadcaster")).toBe(true);
    expect(looksLikeTitle("iPhone maker faces new inquiry")).toBe(true);
    expect(looksLikeTitle("eBay sellers warned over fees")).toBe(true);
    expect(looksLikeTitle("and then the minister left")).toBe(false);
    expect(looksLikeTitle("$ signs everywhere")).toBe(false);
  });
  it("derives a marked title from the lede when there is no title line", () => {
    const r = recordOf("The minister resigned on Friday after weeks of pressure. Her deputy takes over.\n\nMore follows.\n");
    expect(r.title).toBe("The minister resigned on Friday after weeks of pressure");
    expect(r.titleDerived).toBe(true);
  });
  it("cuts a long derived title at a word boundary", () => {
    const lede = `${"word ".repeat(40)}end.`;
    const r = recordOf(`${lede}\n`);
    expect(r.title.endsWith("…")).toBe(true);
    expect(r.title.length).toBeLessThanOrEqual(111);
    expect(r.title).not.toMatch(/\s…$/);
  });
  it("joins hard-wrapped lines back into one paragraph", () => {
    const r = recordOf("A Title\n\nThis paragraph was wrapped\nby the scraper at forty characters.\n\nNext one.\n");
    expect(r.body.blocks.map((b) => b.text)).toEqual(["This paragraph was wrapped by the scraper at forty characters.", "Next one."]);
  });
  it("strips a date prefix on the line after the title", () => {
    const r = recordOf("A Title\n\nDate: 7 February 2020\n\nThe body starts here.\n");
    expect(r.date).toBe("2020-02-07");
    expect(r.text).toBe("The body starts here.");
  });
});

describe("segment: Markdown bodies", () => {
  it("keeps links, emphasis, strong, inline code and struck text as marks over the same plain text", () => {
    const r = markdown("The *ferry* board met on **Tuesday** and read [the tide report](https://example.org/tides?a=1&b=2), filed as `TR-7` ~~today~~.");
    expect(r.text).toBe("The ferry board met on Tuesday and read the tide report, filed as TR-7 today.");
    expect(marked(r, r.body.blocks[0])).toEqual([
      ["em", "ferry", null],
      ["strong", "Tuesday", null],
      ["link", "the tide report", "https://example.org/tides?a=1&b=2"],
      ["code", "TR-7", null],
      ["del", "today", null],
    ]);
  });

  it("places marks after collapsed white space, a line break and a removed date prefix", () => {
    const r = markdown("Date: 3 March 2021 The  board\nmet [in   the *old* hall](https://example.org/hall)  today.");
    expect(r.date).toBe("2021-03-03");
    expect(r.text).toBe("The board met in the old hall today.");
    expect(marked(r, r.body.blocks[0])).toEqual([["link", "in the old hall", "https://example.org/hall"], ["em", "old", null]]);
  });

  it("gives the same text, blocks, sentences, people and claims as plain text when there is no markup", () => {
    const body = "Ferry fares rise\n\nThe harbour master Ada Quill said on Monday that the fares would rise in May.\n\n“We have no other choice,” Quill said.";
    const md = recordOf(`${body}\n`, "fares.md");
    const txt = recordOf(`${body}\n`, "fares.txt");
    expect(md.text).toBe(txt.text);
    expect(md.body).toEqual(txt.body);
    expect(md.people).toEqual(txt.people);
    expect(md.claims).toEqual(txt.claims);
    expect(md.body.blocks.some((b) => b.marks || b.containers)).toBe(false);
  });

  it("keeps bulleted and numbered lists and quotes as paragraphs in their containers", () => {
    const r = markdown("The plan:\n\n- Dredge the channel\n- Rebuild the wall\n\n3. First vote\n4. Second vote\n\n> The wall will hold, the engineer said.");
    const shape = r.body.blocks.map((b) => [b.kind, b.text, (b.containers ?? []).map((c) => `${c.kind}${c.start ?? ""}#${c.id}`).join(" ")]);
    expect(shape).toEqual([
      ["paragraph", "The plan:", ""],
      // A short item is never taken for a subheading.
      ["paragraph", "Dredge the channel", "list#0 item#1"],
      ["paragraph", "Rebuild the wall", "list#0 item#2"],
      ["paragraph", "First vote", "list3#3 item#4"],
      ["paragraph", "Second vote", "list3#3 item#5"],
      ["paragraph", "The wall will hold, the engineer said.", "quote#6"],
    ]);
    expect(r.text).toBe("The plan:\n\nDredge the channel\n\nRebuild the wall\n\nFirst vote\n\nSecond vote\n\nThe wall will hold, the engineer said.");
  });

  it("keeps a nested list, an item's second paragraph and the indentation of code", () => {
    const r = markdown("- Moorings\n  - north quay\n\n1. Survey\n\n   Divers check the piles.\n\n```\nif (tide > 3) {\n\tclose();\n}\n```");
    const ids = (b: Block | undefined): string => (b?.containers ?? []).map((c) => `${c.kind}#${c.id}`).join(" ");
    expect(r.body.blocks.map((b) => [b.text || b.code, ids(b)])).toEqual([
      ["Moorings", "list#0 item#1"],
      ["north quay", "list#0 item#1 list#2 item#3"],
      ["Survey", "list#4 item#5"],
      ["Divers check the piles.", "list#4 item#5"],
      ["if (tide > 3) {\n\tclose();\n}", ""],
    ]);
  });

  it("keeps table cells as blocks, the header row marked, an empty cell empty", () => {
    const r = markdown("Berths this week.\n\n| Berth | Ship |\n|---|---|\n| 1 | Sea Otter |\n| 2 | |");
    const cells = r.body.blocks.filter((b) => b.kind === "cell");
    expect(cells.map((b) => b.text)).toEqual(["Berth", "Ship", "1", "Sea Otter", "2", ""]);
    expect(cells.map((b) => b.containers?.[1]?.header ?? false)).toEqual([true, true, false, false, false, false]);
    for (const b of cells) expect(r.text.slice(b.start, b.end)).toBe(b.text);
  });

  it("keeps code blocks out of the text, so they give no sentence, person or claim", () => {
    const code = 'speaker = "Nadia Okafor"\nprint("Nadia Okafor said the bridge will close.")';
    const r = markdown(`The harbour board met.\n\n\`\`\`python\n${code}\n\`\`\`\n\n    Tobias Lindqvist said the ferry was late.\n\nThe meeting ended.`);
    const codes = r.body.blocks.filter((b) => b.kind === "code");
    expect(codes.map((b) => b.code)).toEqual([code, "Tobias Lindqvist said the ferry was late."]);
    expect(r.text).toBe("The harbour board met.\n\nThe meeting ended.");
    for (const b of codes) expect([b.text, b.end - b.start]).toEqual(["", 0]);
    expect(r.body.sentences.map((s) => r.text.slice(s.start, s.end))).toEqual(["The harbour board met.", "The meeting ended."]);
    expect(r.people).toEqual([]);
    expect(r.claims).toEqual([]);
  });

  it("reads a javascript: link as its label alone, with no link mark, and inline HTML tags as nothing", () => {
    const r = markdown("A [trap](javascript:alert(1)) and <b>bold</b> [text](https://example.org/t).");
    expect(r.text).toBe("A trap and bold text.");
    expect(r.body.blocks[0]?.marks).toEqual([{ kind: "link", href: "https://example.org/t", start: 16, end: 20 }]);
  });
});

describe("segment: date lines", () => {
  it("removes a 'Posted on DATE by NAME' line whole, before or after the title", () => {
    for (const text of [
      "Posted on 5 June 2022 by Staff Writer\nCouncil votes to close the library\n\nThe council voted on Monday.\n",
      "Council votes to close the library\nPosted on 5 June 2022 by Staff Writer\n\nThe council voted on Monday.\n",
    ]) {
      const r = recordOf(text);
      expect([r.title, r.date, r.text]).toEqual(["Council votes to close the library", "2022-06-05", "The council voted on Monday."]);
    }
  });
  it("never joins a date line opening in lower case to the title line above it", () => {
    const r = recordOf("Moon base opens to tourists\ndate 2031-08-01 The first hotel opened on Friday.\n\nMore follows.\n");
    expect([r.title, r.date, r.text]).toEqual(["Moon base opens to tourists", "2031-08-01", "The first hotel opened on Friday.\n\nMore follows."]);
  });
  it("keeps a dateline's place in the text and removes only its date", () => {
    const alone = recordOf("Ferry Link Restored\n\nHARWICH 2003-04-11\n\nThe ferry sailed again on Friday.\n");
    expect(alone.body.blocks.map((b) => b.text)).toEqual(["HARWICH", "The ferry sailed again on Friday."]);
    expect(alone.title).toBe("Ferry Link Restored");
    const joined = recordOf("Ferry Link Restored\n\nHARWICH, 2003-04-11 - The ferry sailed again on Friday.\n");
    expect(joined.text).toBe("HARWICH - The ferry sailed again on Friday.");
    const unjoined = recordOf("Ferry Link Restored\n\nHARWICH 2003-04-11 The ferry sailed again on Friday.\n");
    expect(unjoined.body.blocks.map((b) => b.text)).toEqual(["HARWICH", "The ferry sailed again on Friday."]);
  });
  it("never takes a dateline's place for the title or the lede", () => {
    const r = recordOf("HARWICH 2003-04-11\n\nThe ferry sailed again on Friday after a month in dock.\n\nPassengers cheered.\n");
    expect(r.title).toBe("The ferry sailed again on Friday after a month in dock");
    expect(r.titleDerived).toBe(true);
    expect(r.body.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "HARWICH"],
      ["paragraph", "The ferry sailed again on Friday after a month in dock."],
      ["paragraph", "Passengers cheered."],
    ]);
    const titled = recordOf("HARWICH 2003-04-11\n\nFerry Link Restored\n\nThe ferry sailed again on Friday.\n");
    expect(titled.title).toBe("Ferry Link Restored");
    expect(titled.body.blocks.map((b) => b.text)).toEqual(["HARWICH", "The ferry sailed again on Friday."]);
  });
  it("removes date lines, published and updated, and keeps the spans of what follows right", () => {
    const r = recordOf("Ferry Link Restored\n\nPublished: 11 April 2003\n\nLast updated 2 May 2003\n\nApril 11, 2003 – The harbour master, Ann Tolley, said the ferry would sail daily.\n");
    expect(r.text).toBe("The harbour master, Ann Tolley, said the ferry would sail daily.");
    const tolley = r.people.find((p) => p.name === "Ann Tolley");
    expect(tolley?.spans.map((s) => r.text.slice(s.start, s.end))).toEqual(["Ann Tolley"]);
    const [claim] = r.claims;
    expect(claim && r.text.slice(claim.span.start, claim.span.end)).toBe("the ferry would sail daily");
    expect(claim?.text).toBe("the ferry would sail daily");
  });
  it("removes an update line from a Markdown body whose front matter gives the date", () => {
    const r = recordOf("---\ndate: 2003-04-11\n---\nUpdated: 2 May 2003\n\nThe ferry **sailed** again.\n", "ferry.md");
    expect([r.date, r.dateOrigin, r.text]).toEqual(["2003-04-11", "front-matter", "The ferry sailed again."]);
  });
  it("moves a Markdown block's marks with its text when a date line or a dateline's date is cut out", () => {
    const updated = markdown("Last updated 2 May 2003 · The *ferry* sailed [again](https://example.org/f).");
    expect([updated.date, updated.text]).toEqual(["2003-05-02", "The ferry sailed again."]);
    expect(marked(updated, updated.body.blocks[0])).toEqual([["em", "ferry", null], ["link", "again", "https://example.org/f"]]);
    const dateline = markdown("HARWICH, April 11, 2003 - The **ferry** sailed.");
    expect([dateline.date, dateline.text]).toEqual(["2003-04-11", "HARWICH - The ferry sailed."]);
    expect(marked(dateline, dateline.body.blocks[0])).toEqual([["strong", "ferry", null]]);
    // A list item is no date line.
    expect(markdown("- 11 April 2003\n- The ferry sailed.").date).toBeNull();
  });
});
