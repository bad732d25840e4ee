// Which subject a cue belongs to when the sentence has several clauses: relative clauses, participles,
// clauses joined by 'and' or 'but', and clauses a subordinator opens. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";
import { record, claimsOf, speakerOf, claimsAtEnd } from "./claims-helpers.ts";

describe("a speaker inside a relative clause", () => {
  it("takes the noun phrase the clause describes", () => {
    expect(triples("Fishermen who work near the quay said the water had turned brown.")).toEqual([["Fishermen", "said", "the water had turned brown"]]);
  });
  it("keeps a speaker set off by commas as it was", () => {
    expect(triples("Blum, who lives near the quay, said the water had turned brown.")).toEqual([["Blum", "said", "the water had turned brown"]]);
  });
});

describe("a speaker with a relative clause that has its own object", () => {
  it("is the noun phrase the clause describes", () => {
    expect(triples("Residents who attended the meeting said the water had turned brown.")).toEqual([["Residents", "said", "the water had turned brown"]]);
    expect(triples("Fishermen who attended the meeting told reporters the quay had flooded.")).toEqual([["Fishermen", "told", "the quay had flooded"]]);
  });
});

describe("a stance in a relative clause without a comma", () => {
  it("ends at the main verb of saying, which has its own claim", () => {
    expect(triples("Many voters who backed Ridley said they would vote again.")).toEqual([
      ["Many voters", "backed", "Ridley"],
      ["Many voters", "said", "they would vote again"],
    ]);
  });
});

describe("people described by a relative clause with no relative pronoun", () => {
  it("speak as the whole phrase", () => {
    expect(speakerOf("Several people I've spoken with over the last few weeks said the ferry would close.", "said")).toBe("Several people I've spoken with");
    expect(speakerOf("Everyone we interviewed said the ferry would close.", "said")).toBe("Everyone we interviewed");
  });
  it("are people, not a document ('a memo he drew up')", () => {
    expect(record("In a memo he drew up describing his goals, Okafor wrote that the ferry would close.").claims.map((c) => c.speaker.mention)).not.toContain("a memo he drew up");
  });
  it("leave no purpose clause of a past form ('he spoke to said')", () => {
    expect(record("Officials he spoke to said the ferry would close.").claims.map((c) => c.cue)).not.toContain("to said");
  });
});

describe("a relative clause opened by 'whose'", () => {
  it("leaves the phrase it describes as the speaker", () => {
    expect(speakerOf("The skippers whose boats were impounded say the new rules favour the big ferry firms.", "say")).toBe("The skippers");
  });
});

describe("a relative clause after a name's appositive", () => {
  it("gives the clause to the name and its appositive", () => {
    const claim = record("Jo Blum, a ferry pilot who backs the strike, said the port was unsafe.").claims.find((c) => c.cue === "backs");
    expect(claim?.speaker.mention).toBe("Jo Blum, a ferry pilot");
    expect(claim?.speaker.name).toBe("Jo Blum");
    expect(speakerOf("The plan was derided by Armin Okafor, the leader who suggested that Voss had lied.", "suggested")).toBe("Armin Okafor, the leader");
  });
  it("does not take the end of a longer name as the name", () => {
    expect(speakerOf("He met Ferries for Harbourtown, a pressure group that endorsed Voss.", "endorsed")).toBe("a pressure group");
  });
});

describe("an object relative clause with a name in apposition", () => {
  it("gives the role and the name as the speaker, not the noun the clause describes", () => {
    const claims = claimsAtEnd("Dunmore is a port that the former minister, Idris Vane, called “the worst run in the country.”");
    expect(claims).toContainEqual(["the former minister, Idris Vane", "called", expect.stringContaining("the worst run in the country")]);
  });
  it("reads past a relative clause that is itself the subject's appositive (guard)", () => {
    const claims = claimsAtEnd("Many share these doubts, but the Harbour Users Association, which represents forty villages, wants to keep the old fees.");
    expect(claims).toContainEqual(["the Harbour Users Association", "wants", "to keep the old fees"]);
  });
  it("keeps the plain relative clause's subject (guard)", () => {
    const claims = claimsAtEnd("Dunmore is a port that the former minister called “the worst run in the country.”");
    expect(claims).toContainEqual(["the former minister", "called", expect.stringContaining("the worst run in the country")]);
  });
});

describe("a cue in a relative clause on the subject", () => {
  it("gives the main verb of saying the head before 'who' as its speaker", () => {
    expect(claimsAtEnd("A man who criticised the harbour master said on Friday that he would sue.")).toContainEqual(["A man", "said", "that he would sue"]);
  });
  it("ends the relative clause's content before the main verb of saying", () => {
    expect(claimsAtEnd("A woman who has accused Tomas Varga of fraud said on Sunday that the deal was rigged.")).toContainEqual(["A woman", "accused", "Tomas Varga of fraud"]);
  });
  it("keeps a verb of saying inside a that-clause of the relative clause (guard)", () => {
    const claims = claimsAtEnd("Jo Blum is an analyst who said that the port has vowed to cut costs.");
    expect(claims).toContainEqual(["an analyst", "said", "that the port has vowed to cut costs"]);
  });
});

describe("the antecedent of a relative clause", () => {
  it("is any noun before “who”, which makes it a person", () => {
    expect(claimsOf("The last call came from a young girl, who said her mother drove the ferry.")).toContainEqual([
      "a young girl",
      "said",
      "her mother drove the ferry",
    ]);
  });
  it("stops at a pronoun subject and its verb", () => {
    expect(claimsOf("He met Okonkwo, who said the road was closed.")).toEqual([["Okonkwo", "said", "the road was closed"]]);
  });
  it("still needs a name or a role before “which”", () => {
    // ("The vote, who backed the levy" would give the vote a stance: only "who" says a person is meant.)
    expect(claimsOf("The vote, which backed the levy, was close.")).toEqual([]);
  });
});

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

describe("an appositive that ends in a quoted title", () => {
  it("leaves the subject of a clause opened by a subordinator", () => {
    expect(speakerOf("It was the moment when Jo Blum, a host of “The Quay Hour,” refused to go along with the plan.", "refused")).toBe("Jo Blum");
  });
});

describe("a participle after “X said,”", () => {
  it("is the same speaker's, and a claim of its own", () => {
    expect(triples("The quay will close in March, the mayor said Monday, adding that the ferry would run.")).toEqual([
      ["the mayor", "said", "The quay will close in March"],
      ["the mayor", "adding", "that the ferry would run"],
    ]);
    expect(triples("Ridley and Blum will meet next week, Spicer said, adding, “They need to talk.”")).toEqual([
      ["Spicer", "said", "Ridley and Blum will meet next week"],
      ["Spicer", "adding", "They need to talk."],
    ]);
  });
});

describe("a participle of saying", () => {
  it("takes its content after it, not the clause before it", () => {
    expect(triples("On Monday, the mayor spoke at the harbour, saying most residents in the town wanted a second boat.")).toEqual([
      ["the mayor", "saying", "most residents in the town wanted a second boat"],
    ]);
  });
  it("after the object of a verb goes with the clause's subject", () => {
    expect(triples("Councillor Okafor is making a pitch to the dock workers saying the new dock will create jobs.")).toEqual([
      ["Councillor Okafor", "saying", "the new dock will create jobs"],
    ]);
    expect(triples("Adeyemi opened their second debate saying the budget was balanced.")).toEqual([
      ["Adeyemi", "saying", "the budget was balanced"],
    ]);
  });
  it("after 'with' has the noun phrase before it as its subject", () => {
    expect(triples("The mayor has gained ground, with 40 percent of residents saying they trust her.")).toEqual([
      ["40 percent of residents", "saying", "they trust her"],
    ]);
  });
});

describe("a participle of saying after a reply or a document", () => {
  it("is said by whoever put it out", () => {
    expect(speakerOf("Okafor fired back a response saying the council had failed.", "saying")).toBe("Okafor");
    expect(speakerOf("Okafor responded with a statement saying the council had failed.", "saying")).toBe("Okafor");
  });
  it("is said by a group met with", () => {
    expect(speakerOf("Okafor met with a group saying the council had failed.", "saying")).toBe("a group");
  });
});

describe("a participle after people named after 'of'", () => {
  it("is said by the people, not by the noun before 'of'", () => {
    expect(speakerOf("Such a move would contradict the wishes of dockers backing the strike.", "backing")).toBe("dockers");
  });
});

describe("speakers of participles and clauses", () => {
  it("gives a participle after an addressee to the clause's subject", () => {
    expect(claimsOf("The night before, her campaign sent out a text message to supporters saying: “We won the harbour!”")).toEqual([["her campaign", "saying", "We won the harbour!"]]);
    expect(claimsOf("Voss emailed supporters saying the race was close.")).toEqual([["Voss", "saying", "the race was close"]]);
  });
  it("keeps a participle with the people it follows after other verbs", () => {
    expect(claimsOf("Voss met voters saying they were afraid.")).toEqual([["voters", "saying", "they were afraid"]]);
  });
  it("skips a sentence adverb and its comma to the subject", () => {
    expect(claimsOf("Therefore, harbour sources believe the line has been sold, and admit that the dockers are powerless.").map((c) => c[0])).toEqual(["harbour sources", "harbour sources"]);
  });
  it("gives the cue to the phrase a participle describes, not to the participle's agent", () => {
    expect(claimsOf("A letter from the ferry union obtained by the Harbour Gazette warns that the strike will go on.")).toEqual([
      ["A letter from the ferry union", "warns", "that the strike will go on"],
    ]);
  });
  it("reads an appositive with a phrase in it after the name that closes a sentence", () => {
    expect(claimsOf("Two ferries have been sold, Jo P. Blum, the head of the ferry line, wrote in a memo to the council.")).toEqual([
      ["Jo P. Blum, the head of the ferry line", "wrote", "Two ferries have been sold"],
    ]);
  });
});

describe("participles in openings and after inverted cues", () => {
  it("inside an opening adverbial go with the main clause's subject", () => {
    expect(triples("Eight years after backing Okafor, the union is sizing up the field again.")).toEqual([["the union", "backing", "Okafor"]]);
  });
  it("after an inverted cue go with its speaker, across an appositive", () => {
    expect(triples("“We will win,” said Jo Blum, the party chair, adding that the polls were wrong.")).toEqual([
      ["Jo Blum", "said", "We will win"],
      ["Jo Blum", "adding", "that the polls were wrong"],
    ]);
    expect(triples("“I want answers,” said a senior council member who backs Okafor, asking not to be named.")).toEqual([
      // Asking not to be named is a request about oneself, no claim.
      ["a senior council member", "said", "I want answers"],
      ["a senior council member", "backs", "Okafor"],
    ]);
  });
  it("after a comma that closes an appositive are not read as an inverted cue", () => {
    expect(triples("Blum's son, Tom, defended his mother on Tuesday, saying she had done nothing wrong.")).toEqual([
      ["Blum's son, Tom", "defended", "his mother"],
      ["Blum's son", "saying", "she had done nothing wrong"],
    ]);
  });
});

describe("a participle of saying after a preposition of time", () => {
  it("after a quotation's attribution has the same speaker", () => {
    expect(claimsAtEnd("“We are not done yet,” Okafor said, before adding that the club would appeal.")).toContainEqual(["Okafor", "adding", "that the club would appeal"]);
  });
  it("ends the content of the verb of saying before it", () => {
    expect(claimsAtEnd("Okafor said the club would appeal, before adding that the fans deserved better.")).toContainEqual(["Okafor", "said", "the club would appeal"]);
  });
});

describe("a participle after a claim", () => {
  it("gives what is sought or hoped for to the clause's subject", () => {
    expect(claimsOf("Two ferry firms ended their merger talks, seeking a better price for the fleet.")).toEqual([
      ["Two ferry firms", "seeking", "a better price for the fleet"],
    ]);
  });
  it("finds a pronoun subject after a time phrase with no comma", () => {
    expect(claimsOf("By Sunday afternoon she had cancelled the rally in Dunmore, Pa., hoping to avoid the storm.")).toContainEqual(["she", "hoping", "to avoid the storm"]);
  });
  it("finds a subject after a short time phrase with no comma, but not inside a longer one", () => {
    expect(claimsOf("Last year only a third of the fishermen opposed the levy, down from half in 2019.")).toContainEqual(["only a third of the fishermen", "opposed", "the levy"]);
    expect(claimsOf("In 2019 the harbour board backed the second pier.")).toEqual([["the harbour board", "backed", "the second pier"]]);
    expect(claimsOf("Earlier this month Okafor endorsed Ridley.")).toEqual([["Okafor", "endorsed", "Ridley"]]);
    // (guard) A year after a month is still the time phrase, not a subject.
    expect(claimsOf("In June 2019 the harbour board backed the levy.").filter((c) => String(c[0]).startsWith("2019"))).toEqual([]);
  });
  it("gives what is referred to the speaker of an inverted cue or one before an adverbial", () => {
    expect(claimsOf("“That vote was the turning point,” said Ruth Adeyemi, a harbour pilot, referring to the levy ballot.")).toContainEqual([
      "Ruth Adeyemi",
      "referring to",
      "the levy ballot",
    ]);
    expect(claimsOf("“The pier was sold out by the board,” Okafor said in August, referring to the harbour board.")).toContainEqual([
      "Okafor",
      "referring to",
      "the harbour board",
    ]);
  });
  it("keeps a participle of trying or planning out", () => {
    expect(claimsOf("The board met on Monday, trying to settle the dispute.")).toEqual([]);
  });
});

describe("more openings and participles of stance", () => {
  it("reads past 'What's more,'", () => {
    expect(claimsOf("What’s more, Okafor supported Jo Voss against the board.")).toEqual([["Okafor", "supported", "Jo Voss against the board"]]);
  });
  it("gives a participle of stance to a bare plural or 'those' before it", () => {
    expect(claimsOf("Dockers carried placards supporting Voss.")).toContainEqual(["placards", "supporting", "Voss"]);
    expect(claimsOf("The vote worried those backing Voss.")).toContainEqual(["those", "backing", "Voss"]);
  });
  it("does not give it to a pronoun", () => {
    expect(claimsOf("The vote worried them, backing Voss.").some((c) => c[0] === "them")).toBe(false);
  });
});

describe("subjects shared or read through a phrase", () => {
  it("gives a cue after “but” the clause's subject", () => {
    expect(triples("Ridley admitted that the ferry was late, but said the new boat would arrive by June.")).toContainEqual(["Ridley", "said", "the new boat would arrive by June"]);
  });
  it("gives a participle after a quote's comma the clause's subject", () => {
    expect(triples("The pilot mocked the board for calling itself “the best in the bay,” noting that its ferries ran late every week.")).toContainEqual(["The pilot", "noting", "that its ferries ran late every week"]);
  });
  it("reads a document subject through a participle phrase", () => {
    expect(triples("A court filing released Monday says that the pilot will not be charged over the crash.")).toEqual([["A court filing released Monday", "says", "that the pilot will not be charged over the crash"]]);
  });
});

describe("a cue in a clause opened inside the sentence", () => {
  it("after an appositive has that clause's subject, not the sentence's", () => {
    expect(claimsAtEnd("Ivo Brandt signed the ferry order, while Mara Okafor, the former harbour master, said the boats should stay.")).toContainEqual([
      "Mara Okafor",
      "said",
      "the boats should stay",
    ]);
  });
  it("after ', and' and an appositive too", () => {
    expect(claimsAtEnd("Brandt signed the order on Monday, and Okafor, the harbour master, said the boats should stay.")).toContainEqual(["Okafor", "said", "the boats should stay"]);
  });
  it("coordinated with a verb of the clause has the clause's subject", () => {
    expect(claimsAtEnd("Some in the crowd cheered, and when Okafor thanked the dockers and said the ferry would return, a man shouted.")).toContainEqual([
      "Okafor",
      "said",
      "the ferry would return",
    ]);
  });
  it("while a subordinate clause closed by its comma leaves the main clause's subject (guard)", () => {
    expect(claimsAtEnd("When the mayor arrived, the harbour master thanked him and said the ferry would return.")).toContainEqual([
      "the harbour master",
      "said",
      "the ferry would return",
    ]);
  });
});

describe("a second verb after 'and' and a short phrase of place", () => {
  it("shares the subject", () => {
    expect(claimsOf("Jo Blum backed Okafor and in a statement credited him with saving the ferry.")).toEqual([
      ["Jo Blum", "backed", "Okafor"],
      ["Jo Blum", "credited", "him with saving the ferry"],
    ]);
  });
  it("after 'as a', which opens no clause", () => {
    expect(speakerOf("Jo Blum is supporting Okafor as a councillor and in a statement credited him with saving the ferry.", "credited")).toBe("Jo Blum");
  });
});

describe("the subject of a clause that ', and' opens", () => {
  it("gives a participle after it to that clause's subject", () => {
    expect(claimsOf("Dockers say the rules are unfair, and the Harbour Workers Union has already sued the port, saying they break the law.")).toEqual([
      ["Dockers", "say", "the rules are unfair"],
      ["the Harbour Workers Union", "sued", "the port"],
      ["the Harbour Workers Union", "saying", "they break the law"],
    ]);
    expect(speakerOf("Voss spoke, and then the guests arrived, saying they were late.", "saying")).toBe("the guests");
  });
  it("ends an object before it", () => {
    expect(claimsOf("Voss attacked the plan, and her deputy quickly responded, saying the plan was sound.")).toEqual([
      ["Voss", "attacked", "the plan"],
      ["her deputy", "saying", "the plan was sound"],
    ]);
  });
  it("gives a past cue after 'and' to that clause's subject", () => {
    expect(speakerOf("Before the vote, a group of captains called for a strike, and the Harbour Board strongly denounced the idea and said it would close the port.", "said")).toBe("the Harbour Board");
  });
  it("does not read a participle inside a quotation before it", () => {
    expect(speakerOf("“The bell rang, and it woke the whole street,” said Jo Okafor, a ferry pilot, recalling the storm of 2004.", "recalling")).not.toBe("it");
  });
  it("keeps a progressive's subject", () => {
    expect(speakerOf("Okafor won the vote, and his campaign is asking delegates to back the plan.", "asking")).toBe("his campaign");
  });
});

describe("more clauses that ', and', '— and' or ', while' open", () => {
  it("reads the subject past a quotation and an appositive", () => {
    expect(speakerOf("Lund signed an order, while Jo Okafor, the former harbour master, proposed we “wake up and smell the sea” and said the board should resign.", "said")).toBe("Jo Okafor");
  });
  it("reads the subject past a relative clause after a dash and 'and', and ends the object before it", () => {
    expect(claimsOf("Blum and Lund have attacked the toll — and Okafor, who is third in the polls, was bold enough to tout her plan.")).toEqual([
      ["Blum and Lund", "attacked", "the toll"],
      ["Okafor", "to tout", "her plan"],
    ]);
  });
  it("does not read a fronted 'while' clause as the participle's", () => {
    expect(speakerOf("At the debate, while most of her rivals called for more ferries, Okafor held to the old plan, noting that the harbour was full.", "noting")).toBe("Okafor");
  });
  it("does not read a clause inside a dash aside", () => {
    expect(speakerOf("Since the board leans on the idea that it is safe — and the knock on Lund is that he is new — the debate will give both a chance to assert their record.", "to assert")).not.toBe("the knock on Lund");
  });
});

describe("a clause opened by 'where'", () => {
  it("has its own subject", () => {
    expect(speakerOf("The phrase has appeared in various speeches Blum has given, where she talked about how the ferry had shaped her town.", "talked about")).toBe("she");
  });
});

describe("the subject of the nearest clause before a cue", () => {
  it("gives a participle after a preposition to the clause a wh-word opens", () => {
    expect(speakerOf("That is partly why harbour master Jo Okafor stopped giving interviews before announcing that she would retire.", "announcing")).toBe("harbour master Jo Okafor");
  });
  it("gives it to the clause a subordinator opens", () => {
    expect(speakerOf("He was the only pilot to stay after the inspector fooled the crew by telling them the ferry would sink.", "telling")).toBe("the inspector");
  });
  it("gives it to a relative clause's antecedent", () => {
    expect(speakerOf("Voss is the candidate who opened her campaign by declaring that the port was dying.", "declaring")).toBe("the candidate");
  });
  it("gives a verb after 'and' to the subject of a clause 'when' opens", () => {
    expect(speakerOf("The anger boiled over at a meeting on Tuesday when Mr. Okafor took issue with the new fares and assailed Ms. Voss from every side.", "assailed")).toBe("Mr. Okafor");
  });
  it("gives it to the subject of a relative clause 'which' opens", () => {
    expect(speakerOf("And the ferry contract, which Voss had called a “scandal” and promised to “tear up”?", "promised")).toBe("Voss");
    expect(speakerOf("Okafor posted a video from 1999, in which Voss called herself “a harbour girl” and admitted that she feared boats.", "admitted")).toBe("Voss");
  });
  it("keeps a verb after 'and' with the main clause after a complement clause", () => {
    expect(speakerOf("Voss said that the fares would rise and attacked the board.", "attacked")).toBe("Voss");
  });
  it("does not read 'which' after a verb as a relative clause", () => {
    expect(speakerOf("The new rules outline which boats pilots should be able to steer and aim to cut delays at the quay.", "aim")).not.toBe("boats pilots");
  });
  it("does not look into a long quotation", () => {
    expect(speakerOf("They asked the mayor to make it clear “that you find such extreme plans unacceptable” by condemning the fares.", "condemning")).not.toBe("you");
  });
});
