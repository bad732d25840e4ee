// Headlines, leads and colon cues: claims read from the title line and from a name or label before a
// colon. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples, recordOf } from "../helpers.ts";
import { claimsOf, speakerOf } from "./claims-helpers.ts";

describe("headline leads", () => {
  it("drops a label before a dash and names the speaker before the colon", () => {
    expect(triples("The ferry ran late again on Tuesday.", "EXCLUSIVE – Harriet Ridley: Do Not Trust the Ferry Timetable.")).toContainEqual(["Harriet Ridley", ":", "Do Not Trust the Ferry Timetable"]);
  });
  it("leaves an addressee or topic before the colon out of the speaker", () => {
    expect(triples("The ferry ran late again on Tuesday.", "Ridley to Ferry Riders: The new timetable will start in May.")).toContainEqual(["Ridley", ":", "The new timetable will start in May"]);
  });
});

describe("a lead before a colon", () => {
  it("is no speaker when it is a newsroom label or a headline in title case", () => {
    expect(triples("Headline: Ferry Fares Beat the Bridge Tolls in the polls today.")).toEqual([]);
    expect(triples("RESULT: A SMALL RISE IN FARES DESPITE THE NEW TOLLS.")).toEqual([]);
    expect(triples("Tolls Over Fares: the harbour board will decide next week.")).toEqual([]);
  });
  it("still names a speaker", () => {
    expect(triples("Okafor: The deal is dead and buried now.")).toEqual([["Okafor", ":", "The deal is dead and buried now"]]);
    expect(triples("OKAFOR: We won the vote tonight.")).toEqual([["OKAFOR", ":", "We won the vote tonight"]]);
  });
});

describe("a label before a colon", () => {
  it("is no part of the subject", () => {
    expect(speakerOf("Ferry fares: Okafor, whose district includes the harbour, said the fares would rise in spring.", "said")).toBe("Okafor");
  });
});

describe("colon leads", () => {
  it("read no claim from a list of names", () => {
    expect(claimsOf("Leith: Jo Blum, Ann Okafor, Tom Lund, Kay Voss and Sam Reid.")).toEqual([]);
  });
});

describe("a headline with a plural subject", () => {
  const headlineClaims = (title: string) => recordOf(`${title}\n\nThe ferry ran late again on Tuesday.\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
  it("takes the bare verb of saying", () => {
    expect(headlineClaims("Harbour skippers blast ferry plan.")).toEqual([["Harbour skippers", "blast", "ferry plan"]]);
    expect(headlineClaims("Harbour Skippers Slam Ferry Plan.")).toEqual([["Harbour Skippers", "Slam", "Ferry Plan"]]);
  });
  it("but not after a preposition, nor a verb that is not one of saying (guard)", () => {
    expect(headlineClaims("Mayor To Skippers Talk About Plan.")).toEqual([]);
    expect(headlineClaims("Harbour Skippers Vote On Ferry Plan.")).toEqual([]);
    expect(headlineClaims("Okafor has said the ferry will stay.")).toEqual([["Okafor", "said", "the ferry will stay"]]);
    expect(headlineClaims("Okafor always said the ferry would stay.")[0]?.[0]).not.toBe("Okafor always");
  });
});

describe("headline subjects, objects and base forms", () => {
  const headline = (title: string) => recordOf(`Harbour news\n\n${title}\n\nThe meeting ended on Monday. The board met again.\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
  it("gives each verb of a headline's subject its own claim", () => {
    const claims = headline("Quinlan Backs Pier And Denounces Toll Plan");
    expect(claims).toContainEqual(["Quinlan", "Backs", "Pier"]);
    expect(claims).toContainEqual(["Quinlan", "Denounces", "Toll Plan"]);
  });
  it("ends a headline's object before a time adverbial", () => {
    expect(headline("Mara Quinlan Calls for Inquiry After Report Reveals Ferry Losses")).toContainEqual(["Mara Quinlan", "Calls", "for Inquiry"]);
  });
  it("reads a stance verb's base form after a plural head", () => {
    expect(headline("Harbour Skippers Support Mara Quinlan")).toContainEqual(["Harbour Skippers", "Support", "Mara Quinlan"]);
  });
});

describe("claims read from the title", () => {
  const titled = (title: string, body = "The board met on Monday. Mara Quinlan spoke first.") => recordOf(`${title}\n\n${body}\n`);
  it("reads a headline that the body does not repeat, with spans into the title", () => {
    const rec = titled("Quinlan Says Ferry Will Close");
    expect(rec.title).toBe("Quinlan Says Ferry Will Close");
    const claim = rec.claims[0];
    expect(claim).toMatchObject({ id: "claim-1", cue: "Says", text: "Ferry Will Close", kind: "indirect", inTitle: true, sentence: -1 });
    expect(claim?.speaker.name).toBe("Mara Quinlan");
    expect(rec.title.slice(claim?.span.start, claim?.span.end)).toBe("Ferry Will Close");
    expect(rec.title.slice(claim?.sentenceSpan.start, claim?.sentenceSpan.end)).toBe(rec.title);
  });
  it("numbers the title's claim first and the body's after it", () => {
    const rec = titled("Quinlan Says Ferry Will Close", "“We have no money left,” Blum said at the meeting.");
    expect(rec.claims.map((c) => [c.id, c.cue, c.inTitle ?? false])).toEqual([
      ["claim-1", "Says", true],
      ["claim-2", "said", false],
    ]);
  });
  it("reads a name and a colon", () => {
    expect(titled("Mara Quinlan: The ferry must not close").claims[0]).toMatchObject({ cue: ":", text: "The ferry must not close", inTitle: true });
  });
  it("gives no claim for a title without a verb of saying or stance", () => {
    expect(titled("Harbour news from the coast").claims.filter((c) => c.inTitle)).toEqual([]);
  });
  it("reads a title that the body repeats only once, in the body", () => {
    const rec = recordOf("Quinlan Says Ferry Will Close\n\nQuinlan Says Ferry Will Close\n\nThe board met on Monday.\n");
    expect(rec.claims.filter((c) => c.cue === "Says")).toHaveLength(1);
    expect(rec.claims.some((c) => c.inTitle)).toBe(false);
  });
});
