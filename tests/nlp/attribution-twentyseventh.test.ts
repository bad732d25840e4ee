// Focused cases for the twenty-seventh claims round: restrictive relative clauses on a subject,
// clauses opened by "since" or a time noun, content bounds ("because", "instead", "or"), bare
// clauses of belief, headlines with two verbs, and claims read from an article's title. Every
// sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("a restrictive relative clause on the subject", () => {
  it("ends an infinitive before the main clause's verb of saying", () => {
    const claims = claimsOf("Others who want to close the pier said the vote was unfair.");
    expect(claims).toContainEqual(["Others", "want", "to close the pier"]);
    expect(claims).toContainEqual(["Others", "said", "the vote was unfair"]);
  });
  it("ends an object before a finite auxiliary", () => {
    expect(claimsOf("Half of the skippers who support Quinlan are over sixty.")).toContainEqual(["Half of the skippers", "support", "Quinlan"]);
    expect(claimsOf("A rich donor who wants to give more could pay for the pier.")).toContainEqual(["A rich donor", "wants", "to give more"]);
  });
  it("ends an object before a base form that takes a that-clause", () => {
    expect(claimsOf("Even economists who favor a harbour levy agree that change will be slow.")).toContainEqual([
      "Even economists",
      "favor",
      "a harbour levy",
    ]);
  });
  it("keeps a non-restrictive relative clause's stance inside another claim", () => {
    const claims = claimsOf("Blum also said the board was pleased that Quinlan, who invoked her right to silence at the hearing, is now helping the inquiry.");
    expect(claims).toContainEqual(["Quinlan", "invoked", "her right to silence"]);
    expect(claims.find((c) => c[1] === "said")?.[2]).toContain("is now helping the inquiry");
  });
});

describe("relative clauses and clauses opened by a subordinator", () => {
  it("reads 'who’s' as 'who' with its auxiliary, and ends the clause at its closing dash", () => {
    expect(claimsOf("The vote split the board, with Mara Quinlan — who’s called for a new harbour levy — opposing the plan.")).toContainEqual([
      "Mara Quinlan",
      "called for",
      "a new harbour levy",
    ]);
  });
  it("skips a bare year between 'who' and the cue", () => {
    const said = claimsOf("The board sided with Quinlan, now the council leader, who in 2010 said the pier was the town's most urgent need.").find((c) => c[1] === "said");
    expect(said?.[2]).toBe("the pier was the town's most urgent need");
    expect(said?.[0]).not.toBe("2010");
  });
  it("gives the second verb of a sentence-opening subordinate clause its subject", () => {
    expect(claimsOf("Though she called the toll “unfair” and called for a refund to every skipper, Quinlan voted for the budget.")).toContainEqual([
      "she",
      "called for",
      "a refund to every skipper",
    ]);
  });
  it("keeps a dash inside a 'that' relative clause's content", () => {
    const suggest = claimsOf("Blum released figures that suggest local skippers — nearly a third of the fleet — are being ignored by the board.").find((c) => c[1] === "suggest");
    expect(suggest?.[2]).toBe("local skippers — nearly a third of the fleet — are being ignored by the board");
  });
});

describe("clauses opened by 'since' or a time noun", () => {
  it("keeps 'Ever since' out of the subject and ends the content at the comma", () => {
    expect(claimsOf("Ever since Mara Quinlan announced her candidacy last spring, she has said the same thing.")).toContainEqual([
      "Mara Quinlan",
      "announced",
      "her candidacy last spring",
    ]);
  });
  it("reads the subject after 'the moment' and ends the content at the comma", () => {
    expect(claimsOf("The moment Quinlan announced her bid for the harbour board, Blum was holding a meeting in her office.")).toContainEqual([
      "Quinlan",
      "announced",
      "her bid for the harbour board",
    ]);
  });
});

describe("where content ends", () => {
  it("runs on past ', because' after a verb of saying", () => {
    const said = claimsOf("Blum said the mayor enjoys the harbour festival, in part, because so many of his other speeches are serious.").find((c) => c[1] === "said");
    expect(said?.[2]).toBe("the mayor enjoys the harbour festival, in part, because so many of his other speeches are serious");
  });
  it("reads past a relative clause on the subject of a nested that-clause", () => {
    const says = claimsOf("Blum says her own reporting has found that the trusts, which include two firms in Jersey, are still under the family's control.").find((c) => c[1] === "says");
    expect(says?.[2]).toBe("her own reporting has found that the trusts, which include two firms in Jersey, are still under the family's control");
  });
  it("ends at ', instead' and reads the participle after it", () => {
    const claims = claimsOf("Quinlan did not directly criticize her opponent, instead restating her case for a new pier.");
    expect(claims).toContainEqual(["Quinlan", "did not directly criticize", "her opponent"]);
    expect(claims).toContainEqual(["Quinlan", "restating", "her case for a new pier"]);
  });
  it("ends at a quotation that closes on its comma before 'while'", () => {
    const said = claimsOf('Quinlan said she was "going to put the old ferry out of business," while trying to explain her plan for the pier.').find((c) => c[1] === "said");
    expect(said?.[2]).toBe('she was "going to put the old ferry out of business,"');
  });
  it("ends an object before 'or' and a second past verb with its object", () => {
    expect(claimsOf("Quinlan has not endorsed him or conceded her seat on the board.")).toContainEqual(["Quinlan", "has not endorsed", "him"]);
  });
  it("takes a single personal pronoun as an object, but not 'it'", () => {
    expect(claimsOf("The union endorsed her on Monday.")).toContainEqual(["The union", "endorsed", "her"]);
    expect(claimsOf("The union endorsed it on Monday.").filter((c) => c[1] === "endorsed")).toEqual([]);
  });
});

describe("bare clauses after a verb of belief", () => {
  it("reads a clause opened by lower-case nouns before a finite verb", () => {
    expect(claimsOf("Many of his supporters believe tolls and fees are unfair.")).toContainEqual([
      "Many of his supporters",
      "believe",
      "tolls and fees are unfair",
    ]);
  });
  it("does not read a prepositional phrase as a clause", () => {
    expect(claimsOf("Many of his supporters believe in tolls and fees for the pier.").filter((c) => c[1] === "believe")).toEqual([]);
  });
});

describe("headlines", () => {
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
