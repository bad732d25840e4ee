// Focused cases for the twenty-sixth claims round: a quotation that closes on a quotation inside
// it, a quoted title in a speaker's appositive, an aside after the subject of a bare clause, agent
// nouns ("a supporter of"), contracted negations. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";
import { findQuotes } from "../../src/nlp/quotes.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("quotations that close on a quotation inside them", () => {
  it("reads the speaker after a quotation ending in a quoted question", () => {
    expect(claimsOf("“She was the only one who asked us, ‘What can I do for the boats?’” Quinlan said.")).toContainEqual([
      "Quinlan",
      "said",
      "She was the only one who asked us, ‘What can I do for the boats?’",
    ]);
  });
  it("closes a doubled-apostrophe quotation after a nested single quote", () => {
    const text = "''My job is to say: 'He is one of us,''' Vane said.";
    const quotes = findQuotes(text, 0, text.length);
    expect(quotes).toHaveLength(1);
    // The nested quote's own closing mark stays inside; the doubled mark closes the quotation.
    expect(text.slice(quotes[0]?.inner.start, quotes[0]?.inner.end)).toBe("My job is to say: 'He is one of us,'");
    expect(text.slice(quotes[0]?.end)).toBe(" Vane said.");
    expect(claimsOf(text).map((c) => c[0])).toContain("Vane");
  });
});

describe("speakers", () => {
  it("reads a subject whose appositive ends in a quoted title", () => {
    expect(claimsOf('Quinlan, the host of the radio show "Harbour Hour," said in an interview that the pier was unsafe.')).toContainEqual([
      "Quinlan",
      "said",
      "that the pier was unsafe",
    ]);
  });
  it("reads a speaker with a party parenthesis and an appositive after a quotation", () => {
    const rec = record("“We will not pay for the pier,” Rep. Mara Quinlan (D-Ore.), a member of the harbour panel, said in an interview.");
    const claim = rec.claims.find((c) => c.cue === "said");
    expect(claim?.speaker.name).toBe("Mara Quinlan");
    expect(claim?.text).toBe("We will not pay for the pier");
  });
});

describe("bare clauses after a time", () => {
  it("reads a bare clause whose pronoun subject has a one-word aside", () => {
    expect(claimsOf("Quinlan said Wednesday she, too, wants an inquiry into the ferry.")).toContainEqual(["Quinlan", "said", "she, too, wants an inquiry into the ferry"]);
  });
});

describe("agent nouns", () => {
  it("reads a stance after a copula", () => {
    expect(claimsOf("Quinlan is a vocal advocate of lower fares.")).toContainEqual(["Quinlan", "is a vocal advocate of", "lower fares"]);
    expect(claimsOf("The mayor has been a dogged defender of the ferry service.")).toContainEqual(["The mayor", "has been a dogged defender of", "the ferry service"]);
  });
  it("reads a stance in an appositive after a name", () => {
    expect(claimsOf("Idris Vane, a longtime supporter of the harbour plan, spoke first.")).toContainEqual(["Idris Vane", "a longtime supporter of", "the harbour plan"]);
  });
  it("reads no claim where the noun names no holder", () => {
    expect(claimsOf("Supporters of the harbour plan rallied outside the hall.").filter((c) => /supporters/i.test(String(c[1])))).toEqual([]);
    expect(claimsOf("He met a supporter of the plan at the pier.").filter((c) => /supporter/.test(String(c[1])))).toEqual([]);
  });
});

describe("contracted negations", () => {
  it("reads a cue after a contracted negation of 'be'", () => {
    expect(claimsOf("But Quinlan isn’t saying if the ferry broke any rules.")).toContainEqual(["Quinlan", "isn’t saying", "if the ferry broke any rules"]);
  });
  it("gives no claim for a negated passive with a contracted negation (guard)", () => {
    expect(claimsOf("The harbour plan wasn’t backed by the council.")).toEqual([]);
  });
});

describe("speakers around quoted words", () => {
  it("reads the subject before a participle phrase that ends in a quotation", () => {
    expect(claimsOf("Mr. Vane, citing ''the old spirit of the harbour,'' said the council could still win the vote.")).toContainEqual([
      "Mr. Vane",
      "said",
      "the council could still win the vote",
    ]);
  });
  it("does not read a bare clause's subject after the cue as an inverted speaker", () => {
    const speakers = claimsOf("Mr. Vane, citing ''the old spirit of the harbour,'' said the council could still win the vote.").map((c) => c[0]);
    expect(speakers).not.toContain("the council");
  });
  it("keeps the subject of the main clause for a participle after an earlier participle's quotation", () => {
    const claims = claimsOf('Quinlan welcomed the news that Vane would quit, saying the harbour master was "doing the right thing," suggesting she might hire him.');
    expect(claims).toContainEqual(["Quinlan", "suggesting", "she might hire him"]);
  });
  it("reads an appositive that holds a list", () => {
    const rec = record("“The plans are steps in the right direction,” Mara Quinlan, minister for ports, ferries, and harbours, said on the call.");
    expect(rec.claims.find((c) => c.cue === "said")?.speaker.name).toBe("Mara Quinlan");
  });
});

describe("words between the cue and its content", () => {
  it("skips a quoted programme title and a time before 'that'", () => {
    expect(claimsOf("Mr. Vane said on ABC's ''Harbour Week'' on Sunday that the mayor had misled the council.")).toContainEqual([
      "Mr. Vane",
      "said",
      "that the mayor had misled the council",
    ]);
  });
  it("skips an adverb in -ly before a bare clause", () => {
    expect(claimsOf("Quinlan has said repeatedly the next mayor should choose the pier's builder.")).toContainEqual([
      "Quinlan",
      "said",
      "the next mayor should choose the pier's builder",
    ]);
  });
  it("keeps an adjective in -ly that opens the clause's subject (guard)", () => {
    expect(claimsOf("Quinlan said likely voters would back the pier.")).toContainEqual(["Quinlan", "said", "likely voters would back the pier"]);
  });
  it("skips 'for the first time' after a verb instead of reading it as a particle", () => {
    expect(claimsOf("On Sunday, she disclosed for the first time that the mayor had called her.")).toContainEqual([
      "she",
      "disclosed for the first time",
      "that the mayor had called her",
    ]);
  });
  it("reads 'overall' after a share of voters as no part of the subject", () => {
    expect(claimsOf("Nearly eight in 10 voters overall said they had made up their minds.")).toContainEqual([
      "Nearly eight in 10 voters",
      "said",
      "they had made up their minds",
    ]);
  });
  it("reads no stance for a passive participle after 'be' and an adjective", () => {
    expect(claimsOf("Quinlan is more experienced and lauded for her work on the pier.")).toEqual([]);
  });
});

describe("requests", () => {
  it("reads a request put to the subject of a passive 'asked to', by no one named", () => {
    expect(claimsOf("Quinlan has been asked to release the harbour accounts.")).toContainEqual(["", "asked", "to release the harbour accounts"]);
    expect(claimsOf("Residents were also asked to pick a name for the ferry.")).toContainEqual(["", "asked", "to pick a name for the ferry"]);
  });
  it("reads a request after the addressee of 'asked'", () => {
    expect(claimsOf("The harbour board asked the court for quick action.")).toContainEqual(["The harbour board", "asked", "for quick action"]);
  });
  it("reads no request in 'for' and a span of time (guard)", () => {
    expect(claimsOf("The harbour board asked the mayor for years.")).toEqual([]);
  });
});

describe("agent nouns after a contracted copula", () => {
  it("reads the pronoun of 'He’s a critic of' as the holder, with the cue after it", () => {
    expect(claimsOf("He’s a fierce critic of the harbour plan.")).toContainEqual(["He", "a fierce critic of", "the harbour plan"]);
  });
});

describe("a span of time after 'for' (one reader for particles and requests)", () => {
  it("reads a request that opens with 'the' after 'asked X for'", () => {
    expect(claimsOf("Quinlan asked the court for the release of the boats.")).toContainEqual(["Quinlan", "asked", "for the release of the boats"]);
  });
  it("reads no request in a counted span of time after 'asked X for' (guard)", () => {
    expect(claimsOf("The harbour board asked the mayor for two decades.")).toEqual([]);
  });
  it("gives an imperative opened by a focus adverb no speaker (guard)", () => {
    expect(claimsOf("Just ask Idris Vane, twice passed over for the job by the board.").map((c) => c[0])).not.toContain("Just");
  });
});
