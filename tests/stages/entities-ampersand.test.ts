// Names joined by an ampersand ("S&P", "AT&T", "BMS&K") are one word: a firm, never an initial and
// a name; terms written the same way ("R&D", "Q&A") are no firm; and a house of worship or another
// building's name is no person. Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Entity } from "../../src/types.ts";
import { titleCased } from "../../src/nlp/names.ts";
import { tokenize } from "../../src/nlp/tokens.ts";
import { peopleNames, recordOf } from "../helpers.ts";

const OPENING = "Harbour news today\n\nThe council met on Monday to discuss the ferry timetable and the budget for the coming year.\n\n";

const record = (body: string): ArticleRecord => recordOf(`${OPENING}${body}\n`);
const names = (es: Entity[]): string[] => es.map((e) => e.name).sort();

describe("tokens: an ampersand between capitals", () => {
  it("joins the capitals into one word", () => {
    const text = "Shares in AT&T and S&P rose; R & D fell.";
    const body = { blocks: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }] };
    const words = tokenize(text, body as Parameters<typeof tokenize>[1]).map((t) => t.text);
    expect(words).toEqual(["Shares", "in", "AT&T", "and", "S&P", "rose", "R", "D", "fell"]);
  });
});

describe("people and entities: firms written with an ampersand", () => {
  it("reads no initial at the end of a sentence and no name after it", () => {
    const r = record("Markets fell against the S&P. So traders sold AT&T. Later, Jo Blum said prices at P&O rose.");
    expect(peopleNames(r)).toEqual(["Jo Blum"]);
    expect(names(r.organizations)).toEqual(["AT&T", "P&O", "S&P"]);
  });

  it("keeps a name in capitals as written, and a firm as the speaker", () => {
    const r = record("The lobbying firm BMS&K hired him in 1980. BMS&K said the contract had ended.");
    expect(names(r.organizations)).toEqual(["BMS&K"]);
    expect(r.claims.filter((c) => c.cue === "said").map((c) => [c.speaker.mention, c.speaker.type, c.text])).toEqual([["BMS&K", "organization", "the contract had ended"]]);
  });

  it("reads terms written the same way as no firm, joined to a word by a hyphen too", () => {
    const r = record("The firm spent more on R&D this year. A Q&A with readers followed, and the M&A team was cut. The best R&B-soul album won a prize, and R&B-soul fans cheered.");
    expect(names(r.organizations)).toEqual([]);
    expect(peopleNames(r)).toEqual([]);
  });

  it("title-cases words in capitals but leaves the ampersand's capitals", () => {
    expect(titleCased("KEVIN O'BRIEN OF AT&T")).toBe("Kevin O'Brien Of AT&T");
    expect(titleCased("MARY-JANE SMITH")).toBe("Mary-Jane Smith");
  });
});

describe("people: buildings", () => {
  it("reads a cathedral, a mosque or a library after a given name as no person", () => {
    const r = record("Activists disrupted Mass at the Baptist Cathedral. Others met at the Carmen Mosque and the Jones Library.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("keeps surnames that are also words for buildings (guard)", () => {
    const r = record("Jo Hall said the ferry would sail. Ann Temple said it would not.");
    expect(peopleNames(r)).toEqual(["Ann Temple", "Jo Hall"]);
  });
});
