// Focused cases for the forty-fifth session's one claims change: a plural noun for people after
// "told" ("told MPs", "told investors", "told aides") is the addressee, and the reported content
// opens after it with its own subject ("… told MPs a new paper was …"), unless "to" or "of" follows. Every sentence is
// invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) =>
  recordOf(`Harbour news\n\n${text} The meeting ended.\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("an audience after 'told'", () => {
  it("is skipped, so the content keeps its subject", () => {
    expect(claimsOf("The harbour master told MPs a new survey was due in May.")).toEqual([["The harbour master", "told", "a new survey was due in May"]]);
    expect(claimsOf("Ridley told investors the ferry company would shed 40 jobs.")).toEqual([["Ridley", "told", "the ferry company would shed 40 jobs"]]);
    expect(claimsOf("Ridley told colleagues the ferry would not sail again.")).toEqual([["Ridley", "told", "the ferry would not sail again"]]);
  });
  it("is kept when what follows is what they were told to do or of", () => {
    expect(claimsOf("Ridley advised passengers to stay below deck.")).toEqual([["Ridley", "advised", "passengers to stay below deck"]]);
    expect(claimsOf("Ridley reminded voters of the ferry's long record.")).toEqual([["Ridley", "reminded", "voters of the ferry's long record"]]);
  });
  it("leaves the older addressees as they were", () => {
    expect(claimsOf("Ridley told reporters the ferry would not sail again.")).toEqual([["Ridley", "told", "the ferry would not sail again"]]);
    expect(claimsOf("Ridley told the harbour board the ferry would not sail again.")).toEqual([["Ridley", "told", "the ferry would not sail again"]]);
  });
});
