// The writer named in a short biography at the end of a column or blog post.
// Every name and sentence is invented.
import { describe, expect, it } from "vitest";
import { bioAuthor } from "../../src/nlp/author-bio.ts";
import { recordOf } from "../helpers.ts";

describe("bioAuthor", () => {
  it("reads the writer from a biography among the last paragraphs", () => {
    expect(bioAuthor(["The harbour is silting up.", "Jo Bloggs is a freelance writer based in Leeds."])).toBe("Jo Bloggs");
    expect(bioAuthor(["The harbour is silting up.", "Sam Q. Reid is the author of Tides and Tolls.", "Copyright 2020 Sam Q. Reid."])).toBe("Sam Q. Reid");
    expect(bioAuthor(["The harbour is silting up.", "Ann van Dijk writes about ports for several magazines."])).toBe("Ann van Dijk");
    expect(bioAuthor(["The harbour is silting up.", "Lee Marsh studies engineering at Harbour University."])).toBe("Lee Marsh");
  });
  it("reads no one from a sentence about someone in the story", () => {
    expect(bioAuthor(["The harbour is silting up.", "Jo Bloggs is the mayor of Port Ellis."])).toBeNull();
    expect(bioAuthor(["The harbour is silting up.", "Jo Bloggs is a lawyer for the harbour board."])).toBeNull();
    expect(bioAuthor(["The harbour is silting up.", "The Harbour Times is the publisher of the report."])).toBeNull();
  });
  it("looks only at the last three paragraphs, and never at the first", () => {
    expect(bioAuthor(["Jo Bloggs is a freelance writer based in Leeds.", "The harbour is silting up."])).toBeNull();
    expect(bioAuthor(["Intro.", "Jo Bloggs is a freelance writer.", "One.", "Two.", "Three."])).toBeNull();
  });
});

describe("the record's authors", () => {
  it("add the writer of a closing biography, once", () => {
    const bio = "Harbour Tolls Must Go\n\nThe toll on the harbour bridge is unfair, and the council knows it.\n\nJo Bloggs is a freelance writer based in Port Ellis.\n";
    expect(recordOf(bio).authors).toEqual(["Jo Bloggs"]);
    expect(recordOf(bio).text).toContain("Jo Bloggs is a freelance writer");
    expect(recordOf(bio.replace("\n\nThe toll", "\n\nBy Jo Bloggs\n\nThe toll")).authors).toEqual(["Jo Bloggs"]);
  });
});
