// What is read past to find the speaker: openings before the subject (adverbials, datelines, clauses) and
// words between the subject and its cue (adverbs, asides, phrases). Every sentence is invented.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.ts";
import { claimTriples as triples, recordOf } from "../helpers.ts";
import { record, claimsOf, speakerOf, claimsAtEnd, claimsWithKind, mentionCuesAtEnd } from "./claims-helpers.ts";

describe("openings before the subject: sentence adverbs and title-case datelines", () => {
  it("skips a sentence adverb without an adverb's ending before its comma", () => {
    expect(mentionCuesAtEnd("There, the harbour master declined to name them but said one was a ferry captain.")).toContainEqual(["the harbour master", "said"]);
    expect(mentionCuesAtEnd("Again, the harbour master declined to name them but said one was a ferry captain.")).toContainEqual(["the harbour master", "said"]);
  });
  it("skips a title-case dateline of several words before an agency in brackets", () => {
    expect(mentionCuesAtEnd("Port Ellis (AFP) – Mayor Ada Okafor on Monday toured the docks, accusing the board of neglect.")).toEqual([["Mayor Ada Okafor", "accusing"]]);
  });
});

describe("openings before the subject: capitalised adverbs and times", () => {
  it("skip a capitalised adverb, but not a name, before a comma", () => {
    expect(triples("Essentially, Blum's lawyers read the ledgers and found that no rule had been broken.")).toEqual([
      ["Blum's lawyers", "found", "that no rule had been broken"],
    ]);
    expect(triples("Kelly, the harbour master, said the ferry would stay.")).toEqual([["Kelly, the harbour master", "said", "the ferry would stay"]]);
  });
  it("skip a time with late, early, the next or a span before after", () => {
    const late = triples("Late last month, the council wrote to the ministry, calling the plan “reckless.”");
    expect(late.find(([, cue]) => cue === "calling")).toEqual(["the council", "calling", "the plan “reckless.”"]);
    expect(triples("The next month, a former clerk announced plans to sue the board, claiming he was fired.")).toEqual([
      ["a former clerk", "announced", "plans to sue the board"],
      ["a former clerk", "claiming", "he was fired"],
    ]);
  });
  it("skip a day after “on” with no comma, but keep a paper's “Sunday”", () => {
    expect(triples("On Wednesday Mr Okafor denied the report.")).toEqual([["Mr Okafor", "denied", "the report"]]);
    expect(triples("However, on Tuesday Harbour Minister Ana Voss said the ferry would stay.")).toEqual([["Harbour Minister Ana Voss", "said", "the ferry would stay"]]);
    expect(triples("The Sunday Courier reported that the ferry would stay.")).toEqual([["The Sunday Courier", "reported", "that the ferry would stay"]]);
  });
});

describe("a speaker after an opening adverbial", () => {
  it("skips a participle phrase", () => {
    expect(triples("Appearing before supporters at the harbour, Ridley said the ferry would run again.")).toEqual([["Ridley", "said", "the ferry would run again"]]);
    expect(triples("Facing criticism from both parties, Blum released a statement on Monday, describing the plan as a failure.")).toEqual([["Blum", "describing", "the plan as a failure"]]);
  });
  it("skips a time, and a span of time", () => {
    expect(triples("Sunday morning, Ridley praised the harbour plan and accused Blum of delay.")).toEqual([
      ["Ridley", "praised", "the harbour plan"],
      ["Ridley", "accused", "Blum of delay"],
    ]);
    expect(triples("Hours later, Ridley wrote to the council, urging it to reopen the quay.")).toEqual([["Ridley", "urging", "it to reopen the quay"]]);
  });
  it("skips an adverb that opens the sentence, but not a name that looks like one", () => {
    expect(triples("Shortly after the vote, Ridley left the hall, saying the ferry would run again.")).toEqual([["Ridley", "saying", "the ferry would run again"]]);
    expect(triples("Kelly said the ferry would run again.")).toEqual([["Kelly", "said", "the ferry would run again"]]);
  });
  it("skips a focusing adverb but keeps the name after it", () => {
    expect(triples("Even Ridley, a harbour official, said the plan would work.")).toEqual([["Ridley, a harbour official", "said", "the plan would work"]]);
  });
  it("skips a dateline with an agency in brackets", () => {
    expect(triples("Portmere (AFP) – Mayor Ridley has criticised the ferry company, saying that the new timetable does harm.")).toEqual([
      ["Mayor Ridley", "criticised", "the ferry company"],
      ["Mayor Ridley", "saying", "that the new timetable does harm"],
    ]);
  });
  it("keeps a name that only looks like an opener", () => {
    expect(triples("Manning told reporters that the ferry would run again.")).toEqual([["Manning", "told", "that the ferry would run again"]]);
    expect(triples("April Blum, a harbour official, said the ferry would run again.")).toEqual([["April Blum, a harbour official", "said", "the ferry would run again"]]);
  });
});

describe("an opening before the subject", () => {
  it("takes an abbreviated state after a town", () => {
    expect(triples("At a rally in Dover, N.H., on Tuesday, Councillor Okafor spoke, saying the ferry would pay for itself.")).toEqual([
      ["Councillor Okafor", "saying", "the ferry would pay for itself"],
    ]);
    expect(triples("At a fair in Fresno, Calif., Adeyemi spoke for an hour, saying the harbour needed a new crane.")).toEqual([
      ["Adeyemi", "saying", "the harbour needed a new crane"],
    ]);
  });
  it("reads 'Back in …' and 'Overall' as openings", () => {
    expect(triples("Back in 2009, Okafor spoke at the harbour, saying the ferry would never close.")).toEqual([
      ["Okafor", "saying", "the ferry would never close"],
    ]);
    expect(triples("Overall, harbour workers said the new crane was safe.")).toEqual([["harbour workers", "said", "the new crane was safe"]]);
  });
});

describe("the subject after an opening adverbial with a place", () => {
  it("skips the state or country after a town", () => {
    expect(triples("At a meeting in Portmere, Iowa, on Sunday, Ridley defended the toll, saying that the port needed money.")).toEqual([
      ["Ridley", "defended", "the toll"],
      ["Ridley", "saying", "that the port needed money"],
    ]);
  });
});

describe("openings before the subject: 'Here in …' and 'A few minutes later'", () => {
  it("skips 'Here in …' and 'A few minutes later' to the subject of a participle of saying", () => {
    expect(claimsOf("Here in Dunmore, Quinlan stepped up her attacks on the fare rise, saying the pier must stay open.")).toContainEqual(["Quinlan", "saying", "the pier must stay open"]);
    expect(claimsOf("A few minutes later, Vane followed up by lamenting the closure of the pier.")).toContainEqual(["Vane", "lamenting", "the closure of the pier"]);
  });
});

describe("an adverb opening the sentence before a name", () => {
  it("is no part of the speaker", () => {
    expect(speakerOf("Later Voss said the port would close.", "said")).toBe("Voss");
    expect(speakerOf("While Voss pledged to support the plan, the board did not.", "pledged")).toBe("Voss");
    expect(speakerOf("Meanwhile Okafor, who was honoured at the dinner, spoke about the new pier.", "spoke about")).toBe("Okafor");
  });
  it("keeps a capitalised word that is part of the name", () => {
    expect(speakerOf("Harbour Master Voss said the port would close.", "said")).toBe("Harbour Master Voss");
  });
});

describe("sentence openings", () => {
  it("reads a sentence opened by a conjunction to its verb, not to the next comma", () => {
    expect(claimsOf("But Quinlan is expected to win the vote in the harbour ward, which could help the council.")).toContainEqual([
      "",
      "expected",
      "Quinlan is expected to win the vote in the harbour ward",
    ]);
    expect(claimsOf("And Idris Vane, who chairs the board, said the fares would rise.")).toContainEqual(["Idris Vane", "said", "the fares would rise"]);
  });
  it("reads a cue that opens the sentence before its speaker and a quotation", () => {
    expect(claimsOf("Said Mara Quinlan, who grew up by the harbour, “We were all so proud of the boats.”")).toContainEqual([
      "Mara Quinlan",
      "Said",
      "We were all so proud of the boats.",
    ]);
    expect(claimsOf("Asked the mayor, “Who will pay for the new pier on the river?”")).toContainEqual(["the mayor", "Asked", "Who will pay for the new pier on the river?"]);
  });
  it("keeps an opening cue out of a speaker's name", () => {
    const rec = record("Said Quinlan: “We were all so proud of the boats.”");
    expect(rec.claims.map((c) => c.speaker.name)).toEqual(["Quinlan"]);
  });
  it("reads a participle that only looks like an opening cue as the sentence's own", () => {
    expect(claimsOf("Said to be worth millions, the painting was “a gift,” the curator said.").map((c) => c[0])).not.toContain("to be worth millions");
  });
});

describe("a dateline with a state abbreviation before the agency", () => {
  const lead = "PORT ELLIS, Fla. (AP) — The mayor met the dockers on Thursday and said the ferry must stay.";
  it("is one sentence with the lead", () => {
    expect(splitSentences(lead).map((s) => lead.slice(s.start, s.end))).toEqual([lead]);
  });
  it("so the lead's subject is the speaker of a second verb", () => {
    expect(claimsAtEnd(lead)).toEqual([["The mayor", "said", "the ferry must stay"]]);
  });
  it("while a bracket that opens a sentence of its own still splits (guard)", () => {
    const text = "The ferry left at noon. (The board said it would return.)";
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe("a state after an opening time phrase", () => {
  it("is the subject when a day comes before its comma", () => {
    expect(claimsWithKind("On Friday, Texas, leading a coalition of 20 states, asked the court to block the rule.")).toEqual([["Texas", "asked", "indirect", "the court to block the rule"]]);
  });
  it("still belongs to the town in a place phrase", () => {
    expect(claimsWithKind("At an event in Ames, Iowa, on Sunday, Ridley said the ferry would sail.")).toEqual([["Ridley", "said", "indirect", "the ferry would sail"]]);
  });
});

describe("an opening that ends in a closing quotation mark", () => {
  it("leaves the subject after the mark", () => {
    expect(claimsOf("Speaking on Radio Harbour’s “Morning Show,” Okafor admitted that the timetable was wrong, but said the board would publish a new one.")).toEqual([
      ["Okafor", "admitted", "that the timetable was wrong"],
      ["Okafor", "said", "the board would publish a new one"],
    ]);
  });
  it("lets a clause after a quotation and its cue find the speaker", () => {
    expect(claimsOf("“We will reopen the pier,” Okafor told reporters Monday, using a rude word to describe the harbour board.")).toEqual([
      ["Okafor", "told", "We will reopen the pier"],
      ["Okafor", "to describe", "the harbour board"],
    ]);
  });
});

describe("an opening past participle with its agent", () => {
  it("is skipped to the clause's subject", () => {
    expect(triples("Reached by the Courier, Okafor denied that the toll would rise, explaining that the budget was fixed.")).toEqual([
      ["Okafor", "denied", "that the toll would rise"],
      ["Okafor", "explaining", "that the budget was fixed"],
    ]);
  });
});

describe("an opening phrase with a comma between two adjectives", () => {
  it("is no subject of a later verb", () => {
    expect(speakerOf("In a wide-ranging, in-prison interview with reporter Jo Reed last year, Lazar said he welcomed the trial and added, “I'll plead guilty.”", "added")).toBe("Lazar");
  });
});

describe("an opening span of time before 'after'", () => {
  it("is an adverbial, not a subject", () => {
    expect(claimsOf("One month after announcing his support for Blum, Okafor still believes that the ferry plan is doomed.")).toContainEqual(["Okafor", "believes", "that the ferry plan is doomed"]);
    expect(record("One month after announcing his support for Blum, Okafor still believes that the ferry plan is doomed.").claims.map((c) => c.speaker.mention)).not.toContain("One month");
  });
});

describe("a fronted 'Having …' clause", () => {
  it("has the main clause's subject", () => {
    expect(claimsOf("Having announced that she would not close the port, Mayor Voss left the hall.")).toEqual([["Mayor Voss", "announced", "that she would not close the port"]]);
    expect(speakerOf("Having praised the old ferry for years, she's now its loudest critic.", "praised")).toBe("she");
  });
});

describe("a content inside a clause that opens the sentence", () => {
  const textOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.text;
  it("ends where the main clause begins", () => {
    expect(textOf("In June, after a desperate Harbour Board asked pilots to take a pay cut, 800 pilots volunteered.", "asked")).toBe("pilots to take a pay cut");
    expect(textOf("When Voss said the fares would rise, the union sued the port.", "said")).toBe("the fares would rise");
    expect(textOf("After Voss asked the board to delay the vote, he left the room.", "asked")).toBe("the board to delay the vote");
  });
  it("leaves a participle with no subject of its own to the main clause", () => {
    expect(speakerOf("After saying that the fares were too high, Jo Okafor left the meeting.", "saying")).toBe("Jo Okafor");
  });
});

describe("a cue inside the sentence's opening adverbial", () => {
  it("ends at the adverbial's comma, and a document in it speaks for the main clause's subject", () => {
    expect(triples("In her letter condemning the toll, Blum defended her record.")).toEqual([
      ["Blum", "condemning", "the toll"],
      ["Blum", "defended", "her record"],
    ]);
  });
  it("is no content of the cue after it when it is a time", () => {
    expect(triples("Late last month, the council wrote to the ministry.")).toEqual([]);
  });
});

describe("clauses opened by 'since' or a time noun", () => {
  it("keeps 'Ever since' out of the subject and ends the content at the comma", () => {
    expect(claimsOf("Ever since Mara Quinlan announced her candidacy last spring, she has said the same thing.")).toContainEqual([
      "Mara Quinlan",
      "announced",
      "her candidacy",
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

describe("sentence adverbs between speaker and cue", () => {
  it("skips an adverb between commas", () => {
    expect(triples("The ferry was late, and the pilot, however, said the new boat would arrive by June.")).toEqual([["the pilot", "said", "the new boat would arrive by June"]]);
  });
  it("keeps a bare adverb out of the speaker", () => {
    expect(triples("The harbour master meanwhile said the ferry would run again in spring.")).toEqual([["The harbour master", "said", "the ferry would run again in spring"]]);
  });
});

describe("what stands between a speaker and the cue", () => {
  it("may be a relative clause that ends in a quotation", () => {
    expect(triples("Blum, who calls the toll a “tax on work,” said she would vote against it.")).toEqual([
      ["Blum", "calls", "the toll a “tax on work,”"],
      ["Blum", "said", "she would vote against it"],
    ]);
  });
  it("but not a relative clause inside the quotation", () => {
    expect(triples("She wrote, “The bridge would have closed, which I think would have been worse,” adding, “I think the toll saved it.”")).toEqual([
      ["She", "wrote", "The bridge would have closed, which I think would have been worse"],
      ["She", "adding", "I think the toll saved it."],
    ]);
  });
  it("may be an aside between spaced hyphens, whose own claim names the whole phrase", () => {
    expect(triples("Harbour chief Ann Ridley - who once said the toll would fall - said on Monday that it would rise.")).toEqual([
      ["Harbour chief Ann Ridley", "said", "the toll would fall"],
      ["Harbour chief Ann Ridley", "said", "that it would rise"],
    ]);
  });
  it("may be a place adverb after the subject", () => {
    expect(triples("Campaign workers here said they had knocked on every door.")).toEqual([
      ["Campaign workers", "said", "they had knocked on every door"],
    ]);
  });
  it("keeps a comparative quantity in the subject", () => {
    expect(triples("More than 40 unions - including the dockers and the nurses - said the deal was unfair.")).toEqual([
      ["More than 40 unions", "said", "the deal was unfair"],
    ]);
  });
  it("leaves a weekday after a document out of its speaker", () => {
    // The document's issuer speaks for it ("The pollster released data … that suggest").
    expect(triples("The pollster released data Monday morning that suggest most commuters oppose the toll.")).toEqual([
      ["The pollster", "suggest", "most commuters oppose the toll"],
    ]);
  });
});

describe("a date before the cue", () => {
  it("is left out of the speaker", () => {
    expect(triples("The harbour board on March 5 said that the ferry would run again.")).toEqual([["The harbour board", "said", "that the ferry would run again"]]);
    expect(triples("Okafor on Jan. 5 said that the ferry would run again.")).toEqual([["Okafor", "said", "that the ferry would run again"]]);
    expect(triples("The council on January 5, 2016 said that the ferry would run again.")).toEqual([["The council", "said", "that the ferry would run again"]]);
    expect(triples("Okafor in March 2016 said that the ferry would run again.")).toEqual([["Okafor", "said", "that the ferry would run again"]]);
  });
});

describe("an aspect verb before the cue's -ing form", () => {
  it("is no part of the speaker", () => {
    expect(claimsOf("The council began calling for a new vote on the pier.")).toEqual([["The council", "calling for", "a new vote on the pier"]]);
    expect(claimsOf("Once the video was released, the union immediately began criticizing the harbour board.")).toContainEqual(["the union", "criticizing", "the harbour board"]);
  });
  it("lets 'started calling for' be read at all", () => {
    expect(claimsOf("The dockers started calling for a strike.")).toEqual([["The dockers", "calling for", "a strike"]]);
  });
});

describe("phrases between the subject and the cue", () => {
  it("leaves out a participle of speaking and its phrase", () => {
    expect(mentionCuesAtEnd("A harbour official speaking to the Courier said the ferry would stop.")).toEqual([["A harbour official", "said"]]);
    expect(mentionCuesAtEnd("Dockers talking to Okafor said the ferry would stop.")).toEqual([["Dockers", "said"]]);
  });
  it("gives a common-noun subject's appositive name to the claim", () => {
    const [first] = recordOf("Harbour news\n\nOne of the neighbours, Tom Reyes, 70, had lived there for years and said the ferry would stop.\n").claims;
    expect([first?.speaker.mention, first?.speaker.name]).toEqual(["One of the neighbours, Tom Reyes", "Tom Reyes"]);
  });
  it("but not a list of names after a plural (guard)", () => {
    expect(mentionCuesAtEnd("The skippers, Tom Reyes, Ann Bell and Joe Park, met and said the ferry would stop.")).toEqual([["The skippers", "said"]]);
  });
  it("gives a participle after a preposition inside the clause to the clause's subject", () => {
    expect(mentionCuesAtEnd("Okafor, herself a ferry captain, drew boos upon saying that the board had listened.")).toEqual([["Okafor", "saying"]]);
  });
});

describe("the subject before a phrase between it and the cue", () => {
  it("opens its clause after a subordinator", () => {
    expect(triples("That was in June, when Okafor in her budget speech called the ferry a lifeline.")).toEqual([["Okafor", "called", "the ferry a lifeline"]]);
    expect(triples("The board met after Okafor in a statement said the ferry would stay.")).toEqual([["Okafor", "said", "the ferry would stay"]]);
  });
  it("is found across phrases chained by \"to\"", () => {
    expect(triples("Okafor in a letter to the council said the ferry would stay.")).toEqual([["Okafor", "said", "the ferry would stay"]]);
    expect(triples("The letter to the council said the ferry would stay.")).toEqual([["The letter to the council", "said", "the ferry would stay"]]);
  });
});

describe("an aside between dashes after the subject", () => {
  it("leaves the name before it", () => {
    expect(speakerOf("An article written by Ian Tuttle — headlined The Harbour Is Sinking — accuses Okafor of neglecting the ferry.", "accuses")).toBe("Ian Tuttle");
  });
  it("unless it is a relative clause on the last of a list or appositive", () => {
    expect(speakerOf("Neil Sroka, director of the group Harbour First, or HF - which was founded by Jo Blum - said the fares would rise.", "said")).toBe("Neil Sroka");
  });
  it("before a stance verb, when it is a relative clause", () => {
    expect(claimsOf("Kagan — who was an architect of the harbour plan in 2007 when the port was at its height — supports a larger ferry fleet.")).toEqual([
      ["Kagan", "supports", "a larger ferry fleet"],
    ]);
  });
});

describe("a subject before something between commas", () => {
  it("reads past an adverbial", () => {
    expect(claimsOf("The feud began last week when Mayor Voss, in response to a question, accused the union of lying.")).toEqual([["Mayor Voss", "accused", "the union of lying"]]);
    expect(speakerOf("The feud began last week when the mayor, speaking in Leith, accused the union of lying.", "accused")).toBe("the mayor");
  });
  it("reads past a relative clause", () => {
    expect(speakerOf("Fares rose because the ferry company, which runs six boats, said its costs had doubled.", "said")).toBe("the ferry company");
  });
});

describe("speakers past words between them and the cue", () => {
  it("keeps an -ed participle before a title at the phrase's start", () => {
    expect(claimsOf("And retired Gen. Jo Blum, who led the harbour patrol, said on Sunday that the ferry was unsafe.")).toEqual([
      ["retired Gen. Jo Blum", "said", "that the ferry was unsafe"],
    ]);
  });
  it("finds the subject before 'were more likely to say' and 'was quick to say'", () => {
    expect(claimsOf("Dockers were slightly more likely to say they preferred the old ferry.")).toEqual([["Dockers", "say", "they preferred the old ferry"]]);
    expect(claimsOf("Okafor was quick to say that the ferry had failed.")).toEqual([["Okafor", "say", "that the ferry had failed"]]);
    // The same adjectives before a quotation: "was willing to say, “…”".
    expect(claimsOf("Okafor was willing to say, “We will rebuild it.”")).toEqual([["Okafor", "say", "We will rebuild it."]]);
  });
  it("reads a share with a percent sign before 'who say'", () => {
    expect(claimsOf("Most residents like the ferry, including 18% who say they would ride it daily.")).toContainEqual(["18%", "say", "they would ride it daily"]);
  });
  it("passes over 'earlier', 'soon' and a weekday after 'earlier'", () => {
    expect(claimsOf("Okafor earlier said that the ferry was unsafe.")).toEqual([["Okafor", "said", "that the ferry was unsafe"]]);
    expect(claimsOf("Inspectors soon noted that the ferry was unsafe.")).toEqual([["Inspectors", "noted", "that the ferry was unsafe"]]);
    expect(claimsOf("Okafor earlier Tuesday backed away from the plan to sell the ferry.")).toContainEqual(["Okafor", "backed away", "from the plan to sell the ferry"]);
  });
});

describe("an aside between a subject and its verb of stance", () => {
  it("reads past a relative clause", () => {
    expect(claimsOf("Ms. Okafor, who was honoured at the dinner, spoke about the importance of safe harbours.")).toContainEqual(["Ms. Okafor", "spoke about", "the importance of safe harbours"]);
  });
  it("reads past an 'including' phrase", () => {
    expect(claimsOf("Most captains, including Jo Voss, have backed the new pier.")).toContainEqual(["Most captains", "backed", "the new pier"]);
  });
  it("does not read past an aside with no verb after it", () => {
    expect(claimsOf("Ms. Okafor, who was honoured at the dinner, the port and the pier.").filter((c) => c[0] === "Ms. Okafor")).toEqual([]);
  });
});

describe("a prepositional phrase between the speaker and the cue", () => {
  it("is an adverbial after a name or pronoun", () => {
    expect(triples("Okafor at the time said the ferry would stay.")).toEqual([["Okafor", "said", "the ferry would stay"]]);
    expect(triples("Okafor in an interview with the Courier said the ferry would stay.")).toEqual([["Okafor", "said", "the ferry would stay"]]);
  });
  it("modifies a common noun or a share of people, and stays with it", () => {
    expect(triples("Officials in Lisbon said the ferry would stay.")).toEqual([["Officials in Lisbon", "said", "the ferry would stay"]]);
    expect(triples("Many in the harbour union said the ferry would stay.")).toEqual([["Many in the harbour union", "said", "the ferry would stay"]]);
    expect(triples("Nine in 10 harbour workers said the ferry would stay.")).toEqual([["Nine in 10 harbour workers", "said", "the ferry would stay"]]);
  });
  it("is an adverbial when it names a poll or an interview, and no source of the rest", () => {
    expect(triples("One in four residents in a Courier poll said the ferry should stay.")).toEqual([["One in four residents", "said", "the ferry should stay"]]);
    // At the end of a sentence the poll is the source.
    expect(triples("Okafor held a wide lead in a Courier poll released Monday.")).toEqual([["a Courier poll released Monday", "in", "Okafor held a wide lead"]]);
  });
  it("leaves the subject of the first clause after \"but\"", () => {
    expect(triples("The clerk first said he had lost the ledger, but in a later interview said he had burned it.")).toEqual([
      ["The clerk", "said", "he had lost the ledger"],
      ["The clerk", "said", "he had burned it"],
    ]);
  });
  it("leaves the antecedent of a relative pronoun", () => {
    expect(triples("Okafor met the head of the dockers, who in a statement said the talks had failed.")).toEqual([
      ["the head", "said", "the talks had failed"],
    ]);
  });
  it("is not taken when the subject does not open its clause", () => {
    // "a name of the month" is no subject: the phrase before the cue has no clause start before it.
    expect(triples("The board named Okafor in a vote said to be close.")).toEqual([]);
  });
});

describe("stance verbs after a long subject", () => {
  it("reads a stance verb after the subject's appositive", () => {
    expect(claimsOf("Mara Quinlan, 64, a retired pilot in Dunmore, Kerry, supported Idris Vane in the primary.")).toContainEqual(["Mara Quinlan", "supported", "Idris Vane in the primary"]);
  });
  it("reads a stance verb after a participle phrase on the subject", () => {
    expect(claimsOf("A majority of fishermen hoping for a new pier backed Quinlan.")).toContainEqual(["A majority of fishermen", "backed", "Quinlan"]);
  });
  it("ends a plural subject with a phrase before a stance verb's base form", () => {
    expect(claimsOf("Only about 4 in 10 voters in each town want the timetable to be changed.")).toContainEqual([
      "about 4 in 10 voters in each town",
      "want",
      "the timetable to be changed",
    ]);
    expect(claimsOf("Residents in the town want a new pier.")).toContainEqual(["Residents in the town", "want", "a new pier"]);
  });
  it("reads a clause after 'Not surprisingly,'", () => {
    expect(claimsOf("Not surprisingly, Quinlan opposes the fare rise.")).toContainEqual(["Quinlan", "opposes", "the fare rise"]);
  });
  it("takes no noun after a gerund with 'of' for a verb (guard)", () => {
    expect(claimsOf("The police shooting of a fisherman sparked protests.").filter((c) => c[1] === "protests")).toEqual([]);
  });
  it("takes no past verb of the clause for a participle (guard)", () => {
    expect(claimsOf("Voters arrived at randomly selected sites for the poll.").filter((c) => c[1] === "selected")).toEqual([]);
  });
});

describe("a subject with an aside before a verb of saying or belief", () => {
  it("reads a common-noun subject after 'Even' with a 'like …' aside", () => {
    const claims = claimsAtEnd("Even the hawks, like Vane and Marrow, say the harbour should stay closed.");
    expect(claims).toContainEqual(["the hawks", "say", "the harbour should stay closed"]);
  });
  it("gives a verb of belief its bare clause after a relative-clause aside", () => {
    const claims = claimsAtEnd("Idris Vane, who has raised more money than anyone, hopes his campaign can win the harbour ward.");
    expect(claims).toContainEqual(["Idris Vane", "hopes", "his campaign can win the harbour ward"]);
  });
  it("still wants a clause after a verb of belief (guard)", () => {
    const claims = claimsAtEnd("Idris Vane, who has raised more money than anyone, hopes so.");
    expect(claims.filter((c) => c[1] === "hopes")).toEqual([]);
  });
});

describe("between a subject and its stance verb", () => {
  it("skips a two-word adverbial between commas", () => {
    expect(claimsOf("Younger voters, in particular, have expressed misgivings about the ferry plan.")).toEqual([
      ["Younger voters", "expressed", "misgivings about the ferry plan"],
    ]);
    expect(claimsOf("The mayor, however, backed the pier plan.")).toEqual([["The mayor", "backed", "the pier plan"]]);
  });
  it("skips 'together' between a subject and its verb", () => {
    expect(claimsOf("The two mayors together vowed to rebuild the pier.")).toEqual([["The two mayors", "vowed", "to rebuild the pier"]]);
  });
  it("does not skip 'as well' before a participle (it closes the predicate)", () => {
    expect(claimsOf("Okafor called for releasing the harbour videos, as well, saying that openness builds trust.")).toContainEqual([
      "Okafor",
      "saying",
      "that openness builds trust",
    ]);
  });
  it("reads a place phrase before an auxiliary and a participle", () => {
    expect(claimsOf("Others in the community have opposed the pier resolution.")).toEqual([["Others in the community", "opposed", "the pier resolution"]]);
  });
});

describe("a quantifier after a preposition", () => {
  it("opens a noun phrase, not a speaker with the noun as its cue", () => {
    expect(claimsOf("In another tweet, Okafor called Blum a coward.")).toEqual([["Okafor", "called", "Blum a coward"]]);
  });
  it("still speaks as the head of a relative clause, and of a participle after 'with'", () => {
    expect(claimsOf("The levy drew scorn from some who saw it as a tax on the crews.").map((c) => c[0])).toContain("some");
    expect(claimsOf("The levy was dropped, with many saying it was unfair.")).toContainEqual(["many", "saying", "it was unfair"]);
  });
});

describe("an appositive with two roles joined by \"and\"", () => {
  it("is skipped to the stance verb", () => {
    expect(triples("Jo Blum, a trawler captain and former harbour pilot, wants more berths for small boats.")).toEqual([["Jo Blum", "wants", "more berths for small boats"]]);
  });
});
