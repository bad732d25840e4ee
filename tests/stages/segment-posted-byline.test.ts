// Authors: the writer named after a "Posted on" date ("Posted on June 3, 2021 by Jo Bloggs"), which
// the date lines read and remove with the date. Invented sentences only.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

describe("authors: a writer after a 'Posted on' date", () => {
  it("reads the writer of 'Posted on <date> by <name>' as the author, and the date", () => {
    const r = recordOf("Footpath closed again\n\nPosted on June 3, 2021 by Corin Ashdown\n\nThe parish council closed the footpath on Thursday after the river flooded it.\n");
    expect([r.authors, r.date]).toEqual([["Corin Ashdown"], "2021-06-03"]);
    expect(r.text.includes("Posted")).toBe(false);
  });

  it("reads no author from 'Posted on <date> by' a lower-case user name (guard)", () => {
    const r = recordOf("Footpath closed again\n\nPosted on June 3, 2021 by admin\n\nThe parish council closed the footpath on Thursday after the river flooded it.\n");
    expect([r.authors, r.date]).toEqual([[], "2021-06-03"]);
  });
});
