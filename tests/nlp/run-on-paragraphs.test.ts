// Quotation paragraphs that scraped text ran together: a quote left open runs on into the next
// quote's opening mark (`… okay. "I was …`), and a quote's tail is cut off from its opening
// (`Rep. Smith." For …`). The quote finder ends the open quote there, takes the tail's mark for a stray, and
// runOnParagraphs splits the paragraph so the attribution passes read one quotation paragraph after
// another, as news style wrote them. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";
import { findQuotes } from "../../src/nlp/quotes.ts";
import { runOnParagraphs } from "../../src/nlp/run-on-paragraphs.ts";
import type { Block, Sentence } from "../../src/types.ts";

const inner = (text: string) => findQuotes(text, 0, text.length).map((q) => [text.slice(q.inner.start, q.inner.end), q.closed]);
const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("findQuotes on run-together quotation paragraphs", () => {
  it("ends an open straight quote where a mark after a full stop opens the next", () => {
    const text = '"The pier is safe," she said. "We checked it twice. "The ferry is not."';
    expect(inner(text)).toEqual([
      ["The pier is safe", true],
      ["We checked it twice.", false],
      ["The ferry is not.", true],
    ]);
  });
  it("does the same for typographic marks, which used to drop the first quote", () => {
    const text = "She said: “We checked it twice. “The ferry is not.”";
    expect(inner(text)).toEqual([
      ["We checked it twice.", false],
      ["The ferry is not.", true],
    ]);
  });
  it("finds the stop inside a bracket or a single quote, and reads doubled apostrophes alike", () => {
    const text = "It tracks 500 ''family fortunes.'.') ''The lists differ,'' Vane said.";
    expect(inner(text)).toEqual([
      ["family fortunes.'.')", false],
      ["The lists differ", true],
    ]);
  });
  it("takes a straight mark against a stop, with no quote open, for a stray closer", () => {
    // The end of a quotation whose opening was cut off: the mark after "Smith." opens nothing.
    const text = 'said Rep. Jo Smith." For years the pier was safe. "It still is," Vane said.';
    expect(inner(text)).toEqual([["It still is", true]]);
  });
  it("still closes on a mark against the words, or before a small letter", () => {
    expect(inner('"We checked it." She left.')).toEqual([["We checked it.", true]]);
    expect(inner('He called it "the pier. " and left.')).toEqual([["the pier.", true]]);
    expect(inner('"It is done. "but not today, she said.')).toEqual([["It is done.", true]]);
  });
});

describe("runOnParagraphs", () => {
  const text = 'Okafor said: "We checked it twice. "The ferry is not safe." Then she left.';
  const block: Block = { index: 0, kind: "paragraph", text, section: 0, start: 0, end: text.length };
  const cut = text.indexOf('"The');
  const sentences: Sentence[] = [
    { index: 0, block: 0, start: 0, end: cut - 1 },
    { index: 1, block: 0, start: cut, end: text.indexOf(" Then") },
    { index: 2, block: 0, start: text.indexOf("Then"), end: text.length },
  ];
  it("splits the paragraph at the next quote's mark and points sentences at the parts", () => {
    const r = runOnParagraphs([block], sentences, findQuotes(text, 0, text.length));
    expect(r.blocks.map((b) => [b.index, b.text])).toEqual([
      [0, 'Okafor said: "We checked it twice.'],
      [1, '"The ferry is not safe." Then she left.'],
    ]);
    expect(r.blocks.map((b) => text.slice(b.start, b.end))).toEqual(r.blocks.map((b) => b.text));
    expect(r.sentences.map((s) => s.block)).toEqual([0, 1, 1]);
  });
  it("leaves paragraphs whose quotes all close as they are", () => {
    const closed = '"We checked it," Okafor said. "The ferry is safe."';
    const b: Block = { ...block, text: closed, end: closed.length };
    const r = runOnParagraphs([b], [], findQuotes(closed, 0, closed.length));
    expect(r.blocks).toEqual([b]);
  });
});

describe("claims in run-together quotation paragraphs", () => {
  it("keeps the quotation going with its speaker instead of reading the middle as prose", () => {
    const text =
      '"The season went well," Okafor said. "I think we can win the cup. "I was really pleased with the young players. "Nobody expected that."';
    expect(claimsOf(text)).toEqual([
      ["Okafor", "said", "The season went well … I think we can win the cup. I was really pleased with the young players. Nobody expected that."],
    ]);
  });
});
