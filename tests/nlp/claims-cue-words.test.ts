// Reading the cue itself: tokens, verb forms, particles and topics, negation, passives, and words that
// look like cues but are nouns. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlp/attribution-tokens.ts";
import { claimTriples as triples, recordOf } from "../helpers.ts";
import { record, claimsOf, claimsAtEnd } from "./claims-helpers.ts";

describe("the tokenizer: numbers", () => {
  it("keeps digits joined by a colon or a thousands comma together", () => {
    expect(tokenize("At 10:30 on 19:21, 1,500 came.", 0, 31).map((t) => t.t)).toEqual(["At", "10:30", "on", "19:21", ",", "1,500", "came", "."]);
  });
});

describe("the tokenizer: abbreviations and dashes", () => {
  it("keeps the period of a short month or of “No.” before a number, and nowhere else", () => {
    const words = (s: string) => tokenize(s, 0, s.length).map((t) => t.t);
    expect(words("on Nov. 8 and No. 2")).toEqual(["on", "Nov.", "8", "and", "No.", "2"]);
    expect(words("in Nov. The board")).toEqual(["in", "Nov", ".", "The", "board"]);
    expect(words("Say No. 2 more")).toEqual(["Say", "No.", "2", "more"]);
  });
  it("reads “--” as one dash", () => {
    const s = "the levy -- a tax -- and";
    expect(tokenize(s, 0, s.length).map((t) => t.t)).toEqual(["the", "levy", "--", "a", "tax", "--", "and"]);
  });
});

describe("verb forms", () => {
  it("has no 'seed' for 'see'", () => {
    expect(claimsOf("Fifth seed Jo Blum also had a battle as she needed three sets to win.")).toEqual([]);
  });
  it("has 'agreeing' for 'agree'", () => {
    expect(claimsOf("Workers are agreeing to extensive tests that they might not need.").map((c) => c[1])).toEqual(["agreeing"]);
  });
});

describe("a speech verb with a topic", () => {
  it("reads the topic after “about” or “of” as the content", () => {
    expect(triples("She complained about the noise from the new pier.")).toEqual([["She", "complained about", "the noise from the new pier"]]);
    expect(triples("Ridley warned of a long winter for the harbour.")).toEqual([["Ridley", "warned of", "a long winter for the harbour"]]);
    expect(triples("Ridley joked about his age at the dinner.")).toEqual([["Ridley", "joked about", "his age"]]);
    expect(triples("Ridley often brags about his record in the harbour races.")).toEqual([["Ridley", "brags about", "his record in the harbour races"]]);
  });
  it("leaves the reported clause to the verb of saying", () => {
    expect(triples("Residents complained that the noise was unbearable.")).toEqual([["Residents", "complained", "that the noise was unbearable"]]);
    expect(triples("The harbour master warned on Tuesday that the quay would flood.")).toEqual([["The harbour master", "warned", "that the quay would flood"]]);
  });
  it("needs the topic's preposition", () => {
    expect(triples("Ridley complained loudly.")).toEqual([]);
  });
});

describe("“spoke” as a past tense", () => {
  it("reads a singular subject before “spoke about”", () => {
    expect(triples("Blum spoke about the ferry timetable in Quillport.")).toEqual([["Blum", "spoke about", "the ferry timetable in Quillport"]]);
  });
});

describe("a number after the verb", () => {
  it("keeps its thousands separator and is not a particle", () => {
    expect(triples("The council has deemed about 1,500 of those letters purely personal.")).toEqual([["The council", "deemed", "about 1,500 of those letters purely personal"]]);
  });
  it("leaves a particle before a noun with the verb", () => {
    expect(triples("Ridley railed against the toll.")).toEqual([["Ridley", "railed against", "the toll"]]);
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

describe("'maintain' and 'agree'", () => {
  it("take no plain object", () => {
    expect(record("The harbour board maintained its lead over the rival port in the spring.").claims.filter((c) => c.cue === "maintained")).toEqual([]);
    expect(record("The two councils agreed the terms of the new ferry contract on Monday.").claims).toEqual([]);
  });
  it("take a clause with a pronoun or an auxiliary in it", () => {
    expect(claimsOf("The board has long maintained they were never told about the leak.")).toEqual([["The board", "maintained", "they were never told about the leak"]]);
    expect(claimsOf("The three engineers agreed there are safer ways to moor the ferry.")).toEqual([["The three engineers", "agreed", "there are safer ways to moor the ferry"]]);
  });
  it("keep a quotation", () => {
    expect(claimsOf("“We did nothing wrong,” she maintained.")).toEqual([["she", "maintained", "We did nothing wrong"]]);
  });
});

describe("verbs that keep their subject before a cue", () => {
  it("reads 'continued to say' and 'began to argue'", () => {
    expect(claimsOf("Even after the complaint was filed, Vane continued to say he had never touched the boat.")).toContainEqual([
      "Vane",
      "continued to say",
      "he had never touched the boat",
    ]);
    expect(claimsOf("The mayor began to argue that the pier was safe.")).toContainEqual(["The mayor", "began to argue", "that the pier was safe"]);
  });
});

describe("a noun that is also a verb of saying", () => {
  it("gives no speaker to a determiner and a modifier before it", () => {
    const speakers = claimsOf("His second tweet, an hour later, was a return to the ferry dispute.").map(([speaker]) => speaker);
    expect(speakers).not.toContain("His second");
    expect(claimsOf("A subsequent report that the pier was unsafe angered the board.").map(([speaker]) => speaker)).not.toContain("A subsequent");
  });
  it("keeps the verb after a prepositional phrase, before a pronoun's clause and after a plural", () => {
    expect(claimsOf("Supporters of the law hope the ferry will run again.")).toEqual([["Supporters of the law", "hope", "the ferry will run again"]]);
    expect(claimsOf("The pair claim they were never paid for the repairs.")).toEqual([["The pair", "claim", "they were never paid for the repairs"]]);
    // The phrase before "behind" is joined to the speaker.
    expect(claimsOf("The developers behind the system claim it is a breakthrough.")).toEqual([["The developers behind the system", "claim", "it is a breakthrough"]]);
  });
});

describe("words in -s that are nouns, not verbs of saying", () => {
  const claimsIn = (body: string) => recordOf(`Harbour voices\n\n${body}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
  it("after a plural quantifier", () => {
    expect(claimsIn("Some calls into the ferry hotline were going to voicemail.")).toEqual([]);
  });
  it("after the sentence's first word and right before a finite verb", () => {
    expect(claimsIn("Safety worries have dogged the ferry since it ran aground.")).toEqual([]);
  });
  it("while a verb in a relative clause before its finite verb keeps its speaker (guard)", () => {
    expect(claimsIn("The files the mayor says are secret were burned.").map((c) => [c[0], c[1]])).toEqual([["the mayor", "says"]]);
  });
  it("while a verb in -s after a subject and before its clause is still a cue (guard)", () => {
    expect(claimsIn("The harbour master says the ferry will run.")).toEqual([["The harbour master", "says", "the ferry will run"]]);
  });
  it("and a call into a radio show is no speech", () => {
    expect(claimsIn("The harbour master said little. She called into the radio program when she was home sick.")).toEqual([]);
  });
  it("while calling into question is a stance (guard)", () => {
    expect(claimsIn("The dockers spoke for an hour, calling into question the board's figures.")).toEqual([["The dockers", "calling", "into question the board's figures"]]);
  });
});

describe("words that look like cues: nouns before auxiliaries and 'say' for 'for example'", () => {
  it("reads a noun-like cue before an auxiliary as a noun", () => {
    expect(claimsOf("Questions and answers have been edited for length and clarity.")).toEqual([]);
    expect(claimsOf("Questions and claims have been checked for accuracy.")).toEqual([]);
  });
  it("keeps it a verb after a pronoun", () => {
    expect(claimsOf("The fares were set by Voss, who he claims has been unfair to the dockers.")).toEqual([["he", "claims", "has been unfair to the dockers"]]);
  });
  it("reads 'say' between commas as 'for example'", () => {
    expect(claimsOf("It was not so long ago -- oh, say, five years -- that ferries ran every hour.")).toEqual([]);
  });
});

describe("words that look like cues: irregular pasts, 'most', agents and 'by phone'", () => {
  it("reads no verb of saying in a noun phrase after an irregular past", () => {
    expect(claimsOf("The ferry company said in court filings that the contract was legal.")).toEqual([["The ferry company", "said", "that the contract was legal"]]);
  });
  it("reads an -ing word after 'most' as an adjective", () => {
    expect(claimsOf("The most telling promise Voss has made is that he will not raise fares.")).toEqual([]);
  });
  it("reads a participle with its agent as a passive", () => {
    expect(claimsOf("In those years he was suspected of fraud, and accused by the harbour board of hiding the accounts.")).toEqual([]);
  });
  it("still reads a verb of saying 'by phone'", () => {
    expect(claimsOf("The mayor announced by phone that the pier would close.")).toEqual([["The mayor", "announced", "that the pier would close"]]);
  });
});

describe("negated cues", () => {
  it("reads a negated intention, with the negation in the cue", () => {
    expect(claimsOf("Quinlan doesn't want to sell the ferry to the council.")).toContainEqual(["Quinlan", "doesn't want", "to sell the ferry to the council"]);
    expect(claimsOf("The harbour board does not plan to raise the fares this year.")).toContainEqual(["The harbour board", "does not plan", "to raise the fares this year"]);
  });
  it("reads a negated verb of saying and of belief", () => {
    expect(claimsOf("The mayor did not say whether the budget would pass.")).toContainEqual(["The mayor", "did not say", "whether the budget would pass"]);
    expect(claimsOf("She has never publicly said that the pier was unsafe.")).toContainEqual(["She", "has never publicly said", "that the pier was unsafe"]);
    expect(claimsOf("The inspectors did not recommend that the pier be closed.")).toContainEqual(["The inspectors", "did not recommend", "that the pier be closed"]);
  });
  it("keeps 'no' with its verb in the cue", () => {
    expect(claimsOf("The harbour board has no plans to raise the fares this year.")).toContainEqual(["The harbour board", "has no plans", "to raise the fares this year"]);
  });
  it("keeps a contracted auxiliary with the speaker", () => {
    expect(claimsOf("He’s not saying the council would close the pier.")).toContainEqual(["He", "not saying", "the council would close the pier"]);
  });
  it("gives no claim for a negated cue with only a reference back", () => {
    const claims = claimsOf("The ferry company did not deny the claim and pointed to its timetable.");
    expect(claims.filter((c) => c[1] === "did not deny")).toEqual([]);
    expect(claimsOf("The mayor would not confirm it.")).toEqual([]);
  });
  it("still reads a negated cue with content of its own", () => {
    expect(claimsOf("The ferry company did not deny that its boats were late.")).toContainEqual(["The ferry company", "did not deny", "that its boats were late"]);
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

describe("a passive verb of saying or stance with its agent", () => {
  it("gives the agent after 'by' as the speaker and the subject as the content", () => {
    expect(claimsAtEnd("The ferry plan was sharply criticised by the fishermen's union.")).toContainEqual(["the fishermen's union", "criticised by", "The ferry plan"]);
  });
  it("reads a named agent after an auxiliary and 'been'", () => {
    expect(claimsAtEnd("Her proposal has been endorsed by Mara Voss.")).toContainEqual(["Mara Voss", "endorsed by", "Her proposal"]);
  });
  it("gives no claim for a passive verb that takes no stance (guard)", () => {
    expect(claimsAtEnd("The new pier was built by engineers from the port.")).toEqual([]);
  });
  it("gives no claim for a passive negated (guard)", () => {
    expect(claimsAtEnd("The ferry plan was not endorsed by the council.")).toEqual([]);
  });
});

describe("a passive cue with an adverb of sequence", () => {
  it("reads 'was first reported by' with the outlet as the speaker", () => {
    expect(claimsAtEnd("The ferry deal was first reported by the Courier.")).toContainEqual(["the Courier", "reported by", "The ferry deal"]);
  });
});

describe("“admitted to”", () => {
  it("reads what is owned up to after “admitted to”, a noun phrase or a gerund", () => {
    expect(triples("Ridley admitted to the thefts.")).toEqual([["Ridley", "admitted to", "the thefts"]]);
    expect(triples("Ridley admitted to stealing money from the harbour fund over two years.")).toEqual([["Ridley", "admitted to", "stealing money from the harbour fund over two years"]]);
  });
  it("reads no claim in “admitted to” a place (guard)", () => {
    expect(triples("Sailors admitted to the Royal Infirmary were given blankets.")).toEqual([]);
  });
});
