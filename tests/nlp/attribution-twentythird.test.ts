// Focused cases for the twenty-third claims round: an infinitive after a verb of urging runs past
// adverbials; a time adverbial between a verb of intention and "to"; a gerund or a quotation as a
// stance verb's object; a subject with its appositive is no inverted content; requests with "to" and
// "for"; an adverb or an addressee before a verb's particle; the base form "call"; a stance verb in
// -s after a name; a capitalised pronoun as a whole subject. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("objects that run on", () => {
  it("keeps adverbials inside an infinitive after a verb of urging", () => {
    expect(claimsOf("Mara Quinlan encouraged residents to join her in a march in the run-up to the vote.")).toContainEqual(["Mara Quinlan", "encouraged", "residents to join her in a march in the run-up to the vote"]);
  });
  it("keeps the phrases of a complement after a verb of regarding", () => {
    expect(claimsOf("Councillors see the pier as a lifeline at a time of rising fares.")).toContainEqual(["Councillors", "see", "the pier as a lifeline at a time of rising fares"]);
  });
  it("still ends a plain object before a time adverbial (guard)", () => {
    expect(claimsOf("Quinlan endorsed Idris Vane last week.")).toContainEqual(["Quinlan", "endorsed", "Idris Vane"]);
  });
});

describe("verbs of intention and request", () => {
  it("reads a time adverbial between the verb and 'to'", () => {
    expect(claimsOf("The mayor promised on Tuesday to reopen the pier.")).toContainEqual(["The mayor", "promised", "to reopen the pier"]);
  });
  it("reads 'asked for' a thing and 'asked to' do a thing", () => {
    expect(claimsOf("The union asked for a larger subsidy.")).toContainEqual(["The union", "asked", "a larger subsidy"]);
    expect(claimsOf("The union asked to meet the minister before the vote.")).toContainEqual(["The union", "asked", "to meet the minister before the vote"]);
  });
  it("does not make those who were asked the speakers (guard)", () => {
    // The request has no speaker the sentence names (since the twenty-sixth round it is a claim with none).
    expect(claimsOf("The pilots were asked to explain the delay.").filter((c) => c[1] === "asked")).toEqual([["", "asked", "to explain the delay"]]);
  });
});

describe("stance verbs and their objects", () => {
  it("takes a gerund or a quotation after a verb in -s that is also a noun", () => {
    expect(claimsOf("Councillor Vane supports raising the ferry fare by 2027.")).toContainEqual(["Councillor Vane", "supports", "raising the ferry fare by 2027"]);
    expect(claimsOf("Quinlan supports “modest rises” in fares.")).toContainEqual(["Quinlan", "supports", "“modest rises” in fares"]);
  });
  it("ends a name before a stance verb in -s and its object", () => {
    expect(claimsOf("Idris Vane backs Mara Quinlan for mayor.")).toContainEqual(["Idris Vane", "backs", "Mara Quinlan for mayor"]);
  });
  it("takes a sentence-initial pronoun as the whole subject", () => {
    expect(claimsOf("They see Quinlan as a threat to the pier.")).toContainEqual(["They", "see", "Quinlan as a threat to the pier"]);
  });
  it("reads the base form 'call' after a plural subject, and not a noun 'call' (guard)", () => {
    expect(claimsOf("Critics call the plan a disaster.")).toContainEqual(["Critics", "call", "the plan a disaster"]);
    expect(claimsOf("The minister held a conference call with reporters.").filter((c) => c[1] === "call")).toEqual([]);
  });
});

describe("a verb and its particle apart", () => {
  it("reads an adverb or an addressee between them", () => {
    expect(claimsOf("Mara Quinlan spoke briefly about the closure of the pier.")).toContainEqual(["Mara Quinlan", "spoke briefly about", "the closure of the pier"]);
    expect(claimsOf("Idris Vane talked to reporters about the fare rise.")).toContainEqual(["Idris Vane", "talked to reporters about", "the fare rise"]);
  });
  it("leaves an 'of' that belongs to a noun, and a length of time (guard)", () => {
    expect(claimsOf("An official spoke on the condition of anonymity.")).toEqual([]);
    expect(claimsOf("Vane spoke for about 30 minutes.")).toEqual([]);
  });
});

describe("a subject with its appositive", () => {
  it("is the speaker, not content read before an inverted speaker", () => {
    const claims = claimsOf("Mara Quinlan, a ferry operator, asked the minister during a meeting if the pier would reopen.");
    expect(claims).toContainEqual(["Mara Quinlan, a ferry operator", "asked", "if the pier would reopen"]);
    expect(claims.filter((c) => c[0] === "the minister")).toEqual([]);
  });
  it("takes a phrase that ends the sentence after an inverted 'said' as the speaker, whatever its head", () => {
    expect(claimsOf("The pier is unsafe, said the harbour master.")).toContainEqual(["the harbour master", "said", "The pier is unsafe"]);
  });
  it("still reads a real inversion (guard)", () => {
    expect(claimsOf("The pier is unsafe, said the mayor.")).toContainEqual(["the mayor", "said", "The pier is unsafe"]);
  });
});

describe("where a reported object ends", () => {
  it("ends a name before a time adverbial opened by 'in'", () => {
    expect(claimsOf("Quinlan endorsed Idris Vane in early June.")).toContainEqual(["Quinlan", "endorsed", "Idris Vane"]);
  });
  it("lets an object with a gerund run on (guard)", () => {
    expect(claimsOf("Quinlan accused Vane of hiding the report at a meeting in May.")).toContainEqual(["Quinlan", "accused", "Vane of hiding the report at a meeting in May"]);
  });
  it("ends a clause before 'while adding' with no comma", () => {
    const claims = claimsOf("Vane insisted the pier was safe while adding that repairs would start soon.");
    expect(claims).toContainEqual(["Vane", "insisted", "the pier was safe"]);
    expect(claims).toContainEqual(["Vane", "adding", "that repairs would start soon"]);
  });
});

describe("a document before a relative pronoun", () => {
  it("is the source of an evidence verb in the relative clause", () => {
    expect(claimsOf("The vote came after polls by the Harbour Institute that showed Quinlan ahead in three wards.")).toContainEqual(["polls by the Harbour Institute", "showed", "Quinlan ahead in three wards"]);
  });
});

describe("openings before the subject", () => {
  it("skips 'Here in …' and 'A few minutes later' to the subject of a participle of saying", () => {
    expect(claimsOf("Here in Dunmore, Quinlan stepped up her attacks on the fare rise, saying the pier must stay open.")).toContainEqual(["Quinlan", "saying", "the pier must stay open"]);
    expect(claimsOf("A few minutes later, Vane followed up by lamenting the closure of the pier.")).toContainEqual(["Vane", "lamenting", "the closure of the pier"]);
  });
});

describe("an infinitive with no holder", () => {
  it("is no claim", () => {
    expect(claimsOf("(Not to mention, ferries often run late in winter to save fuel.)")).toEqual([]);
  });
});

describe("occupations as speakers", () => {
  it("reads agents, workers and protesters as speakers like officials", () => {
    expect(claimsOf("Coastguard agents described the harbour as a maze.")).toContainEqual(["Coastguard agents", "described", "the harbour as a maze"]);
  });
});
