// Who speaks: a claim's speaker as a name, a role, an appositive, a pronoun or a noun that can speak,
// and where the speaker's phrase starts and stops. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples, recordOf } from "../helpers.ts";
import { record, claimsOf, speakerOf, claimsAtEnd, speakerTypeCuesAtEnd, claimsWithKind, speakersOf, speakerTypesAtEnd } from "./claims-helpers.ts";

describe("a capitalised word before the cue", () => {
  it("is part of the name, not an auxiliary", () => {
    expect(triples("Theresa May said the ferry would run again.")).toEqual([["Theresa May", "said", "the ferry would run again"]]);
  });
});

describe("a name that ends in a number", () => {
  it("speaks", () => {
    expect(triples("Article 5 says that an attack on one member is an attack on all.")).toEqual([["Article 5", "says", "that an attack on one member is an attack on all"]]);
    expect(triples("Proverbs 19:21 says that many are the plans in the mind of a man.")).toEqual([["Proverbs 19:21", "says", "that many are the plans in the mind of a man"]]);
  });
});

describe("a list of names as the speaker", () => {
  it("keeps every name of the list", () => {
    expect(triples("In a joint statement, Britain, France and Germany said the deal was dead.")).toEqual([["Britain, France and Germany", "said", "the deal was dead"]]);
    expect(triples("Jo Blum, Ann Ridley and Ben Okafor have all attacked the toll.")).toEqual([["Jo Blum, Ann Ridley and Ben Okafor", "attacked", "the toll"]]);
  });
  it("does not take in the place of an opening adverbial", () => {
    expect(triples("In Portmere, Blum and Ridley said the deal was dead.")).toEqual([["Blum and Ridley", "said", "the deal was dead"]]);
  });
});

describe("speaker names", () => {
  it("names the person in “Surname of Place”, not the place", () => {
    expect(speakersOf("Voss of Ohio said the levy was unfair.")).toEqual([["Voss", "said"]]);
    expect(speakersOf("“The levy is unfair,” Voss of Ohio said.")).toEqual([["Voss", "said"]]);
  });
  it("names the role in “the governor of Place”, not the place", () => {
    expect(speakersOf("The governor of Ohio said the levy was unfair.")).toEqual([["governor of Ohio", "said"]]);
  });
  it("keeps a comparison that opens the speaker: “More than half of …”", () => {
    expect(record("More than half of the dockers said they would back the levy.").claims.map((c) => [c.speaker.mention, c.speaker.name])).toEqual([
      ["More than half of the dockers", "More than half of the dockers"],
    ]);
  });
});

describe("the subject before an irregular past", () => {
  it("ends a common-noun subject at the verb, so the speaker is the whole phrase and no more", () => {
    const claims = claimsAtEnd("Pastor Ilse Marrow stood at her pulpit in Dunmore and urged her parishioners to vote for the harbour plan.");
    expect(claims).toContainEqual(["Pastor Ilse Marrow", "urged", expect.stringMatching(/^her parishioners to vote/)]);
  });
});

describe("irregular past forms", () => {
  it("end the subject before 'quit'", () => {
    expect(speakerOf("Jo Blum quit the harbour board, saying the plan was a disaster.", "saying")).toBe("Jo Blum");
  });
});

describe("where a speaker's phrase ends: irregular pasts, brands and spans of time", () => {
  it("ends a one-word name's phrase at an irregular past", () => {
    expect(claimsOf("Voss met the voters, noting that the fares were too high.")).toEqual([["Voss", "noting", "that the fares were too high"]]);
  });
  it("reads 'a representative for' a brand as one phrase", () => {
    expect(claimsOf("A representative for the Harbour Line brand said the ferries were built abroad.")).toEqual([
      ["A representative for the Harbour Line brand", "said", "the ferries were built abroad"],
    ]);
  });
  it("leaves out a recent span of time between the subject and its verb", () => {
    expect(claimsOf("Analysts in the past week said the fares would rise.")).toEqual([["Analysts", "said", "the fares would rise"]]);
    expect(claimsOf("Dockers over the last two months have argued that the fares are too high.")).toEqual([["Dockers", "argued", "that the fares are too high"]]);
  });
  it("keeps a span that a participle in the subject owns", () => {
    expect(speakersOf("None of the dockers I interviewed in the past week thought the fares were fair.")[0]?.[0]).not.toBe("the past");
  });
  it("skips an opening clause with 'Once' to the main clause's subject", () => {
    expect(speakersOf("Once she was mayor, Jo Blum made the harbour a priority, announcing a new ferry line.")).toEqual([["Jo Blum", "announcing"]]);
  });
});

describe("a party or place parenthesis after a name", () => {
  it("belongs to the name, not to the subject of the clause before", () => {
    expect(triples("The row spread to the harbour, where Councillor Jo Blum (Lab-Ely) told reporters that the toll would be scrapped.")).toEqual([
      ["Councillor Jo Blum", "told", "that the toll would be scrapped"],
    ]);
  });
});

describe("a party parenthesis after the name", () => {
  it("reads the stance of 'Sen. Jo Blum (D-Ore.)' with the name as the speaker", () => {
    expect(claimsOf("Sen. Jo Blum (D-Ore.) opposes the harbour toll.")).toEqual([["Sen. Jo Blum", "opposes", "the harbour toll"]]);
    expect(claimsOf("Rep. Tom Ridley (R-Texas) never mentioned the ferry.")).toEqual([["Rep. Tom Ridley", "never mentioned", "the ferry"]]);
  });
});

describe("a role word right before a name after a comma", () => {
  it("is part of the speaker of a content-first claim", () => {
    expect(triples("The ferry will run late all winter, spokeswoman Ann Ridley said.")).toEqual([
      ["spokeswoman Ann Ridley", "said", "The ferry will run late all winter"],
    ]);
  });
});

describe("a role, a comma and a name", () => {
  it("speaks as the name although the article's people lack it", () => {
    const claim = record("The fares are too high, his top aide, Tad Devine, said.").claims[0];
    expect(claim?.speaker.mention).toBe("his top aide, Tad Devine");
    expect(claim?.speaker.name).toBe("Tad Devine");
    expect(claim?.speaker.type).toBe("person");
  });
});

describe("a name before an appositive headed by a role", () => {
  it("is the speaker's name, a person, even when the people list missed it", () => {
    expect(speakerTypesAtEnd("Chad Kettering, the campaign's chairman, said the comments were a response.")).toEqual([["Chad Kettering", "person"]]);
  });
  it("while a named person in the phrase keeps its record (guard)", () => {
    expect(speakerTypesAtEnd("Mara Okafor, the harbour master, said the boats should stay.")).toEqual([["Mara Okafor", "person"]]);
  });
});

describe("the speaker's phrase", () => {
  it("keeps the role before of or for", () => {
    expect(triples("The leader of the harbour board said the toll is unfair.")).toEqual([["The leader of the harbour board", "said", "the toll is unfair"]]);
    expect(triples("A spokesman for the council said the toll is unfair.")).toEqual([["A spokesman for the council", "said", "the toll is unfair"]]);
  });
  it("skips a reflexive before the cue", () => {
    expect(triples("The ferry was late, Okafor itself said.")).toEqual([["Okafor", "said", "The ferry was late"]]);
  });
  it("is not an opening participle when it is a name in -ing before a past tense", () => {
    expect(triples("Ebeling smiled, and said the views were changed by the war.")).toEqual([["Ebeling", "said", "the views were changed by the war"]]);
  });
  it("runs over an age, a role, a town and its state after a quotation", () => {
    expect(triples("“We lost,” Cecilia Ponte, 67, a retired nurse in Ely, Minn., said in an interview.")).toEqual([
      ["Cecilia Ponte, 67, a retired nurse in Ely, Minn.", "said", "We lost"],
    ]);
  });
  it("may be a role with a name in apposition after a quotation", () => {
    expect(triples("“Let us go,” the skipper, Jo Blum, told the crew.")).toEqual([["the skipper, Jo Blum", "told", "Let us go"]]);
  });
});

describe("a titled name before an 'of' phrase", () => {
  it("after an inverted cue is the person, not the whole phrase", () => {
    expect(speakerTypeCuesAtEnd("“The sea wall will not hold,” says Professor Ines Valdgren of Northmere Institute of Technology.")).toContainEqual(["Ines Valdgren", "person", "says"]);
  });
});

describe("a role after the person holding it was named", () => {
  it("'the judge' is the one judge of the article", () => {
    const claims = recordOf("Harbour news\n\nJudge Wilma Osterhout heard the case on Monday. The judge said that the skipper could remain free until the trial.\n").claims;
    expect(claims.map((c) => [c.speaker.mention, c.speaker.name, c.speaker.ref])).toContainEqual(["The judge", "Wilma Osterhout", "wilma-osterhout"]);
  });
  it("stays the role when two people hold it (guard)", () => {
    const claims = recordOf(
      "Harbour news\n\nJudge Wilma Osterhout and Judge Pieter Haas heard the case on Monday. The judge said that the skipper could remain free until the trial.\n",
    ).claims;
    expect(claims.map((c) => [c.speaker.mention, c.speaker.name, c.speaker.ref])).toContainEqual(["The judge", "judge", null]);
  });
});

describe("speakers with longer descriptions", () => {
  it("reads a speaker described by a number with a slash", () => {
    expect(claimsOf("“The plan is wrong,” said 9/11 widow Mara Quinlan.")).toContainEqual(["9/11 widow Mara Quinlan", "said", "The plan is wrong"]);
  });
  it("reads a second appositive that opens with 'one of'", () => {
    expect(claimsOf("“The plan is wrong,” Idris Vane, the mayor of Dunmore, one of the towns suing the board, said at a meeting.")).toContainEqual([
      "Idris Vane, the mayor of Dunmore, one of the towns suing the board",
      "said",
      "The plan is wrong",
    ]);
  });
  it("reads a participle and an organisation's name before a role", () => {
    expect(claimsOf("“The pier has the votes,” retired Coast Guard captain Idris Vane said.")).toContainEqual([
      "retired Coast Guard captain Idris Vane",
      "said",
      "The pier has the votes",
    ]);
  });
  it("reads a speaker whose phrase coordinates a name and lower-case nouns", () => {
    expect(claimsOf("Experts on North Korea and nuclear nonproliferation said the latest test could change that.")).toContainEqual([
      "Experts on North Korea and nuclear nonproliferation",
      "said",
      "the latest test could change that",
    ]);
  });
  it("keeps a plain speaker after 'and' (guard)", () => {
    expect(claimsOf("The board met with Quinlan and workers said the fares would rise.")).toContainEqual(["workers", "said", "the fares would rise"]);
  });
});

describe("a speaker's mention and name past a dateline, an appositive or a participle's agent", () => {
  const claimsWithNames = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.speaker.name, c.text]);
  it("leaves a dateline in capitals out of the content before the cue", () => {
    expect(claimsWithNames("PORT ELLIS (Reuters) - The harbour board fined the ferry operator on Monday, officials said.")).toEqual([
      ["officials", "officials", "The harbour board fined the ferry operator on Monday"],
    ]);
  });
  it("gives the claim to a name in apposition after the subject's phrase", () => {
    expect(claimsWithNames("A spokeswoman for the opposition Harbour Party, Rhiannon Price, said the fine was too low.")).toEqual([
      ["A spokeswoman for the opposition Harbour Party, Rhiannon Price", "Rhiannon Price", "the fine was too low"],
    ]);
  });
  it("never takes the agent of a participle or the phrase after it for the subject", () => {
    expect(claimsWithNames("A team of researchers led by Dr. Ingrid Solberg at the Northvale Institute warned that the harbour would flood.")[0]?.[0]).toBe("A team of researchers");
  });
});

describe("speakers named by an occupation or a role noun", () => {
  it("finds a speaker named by an occupation from the people lexicon", () => {
    expect(claimsAtEnd("The library will open on Sundays from next month, librarian Jo Blum said.")).toEqual([
      ["librarian Jo Blum", "said", "The library will open on Sundays from next month"],
    ]);
    expect(claimsAtEnd("Turnout was 64 per cent, the librarian announced.")).toEqual([["the librarian", "announced", "Turnout was 64 per cent"]]);
  });
  it("keeps a participle before a role noun in the speaker", () => {
    expect(claimsAtEnd("Turnout was 64 per cent, the returning officer said.")).toEqual([["the returning officer", "said", "Turnout was 64 per cent"]]);
    expect(claimsAtEnd("“It's lovely,” said retired teacher Albert Finch.")).toEqual([["retired teacher Albert Finch", "said", "It's lovely"]]);
  });
  it("leaves “on” before a day out of the cue", () => {
    expect(claimsAtEnd("Helen Achterberg denied on Monday that the council had sold the land.")).toEqual([
      ["Helen Achterberg", "denied", "that the council had sold the land"],
    ]);
    expect(claimsAtEnd("The mayor called on the council to sell the land.").map((c) => c[1])).toEqual(["called on"]);
  });
});

describe("a source described by what it knows", () => {
  it("is the noun before \"familiar with\", \"close to\", \"briefed on\"", () => {
    expect(triples("People familiar with the talks said the ferry would stay.")).toEqual([
      ["People familiar with the talks", "said", "the ferry would stay"],
    ]);
    expect(triples("A source close to the mayor said the ferry would stay.")).toEqual([
      ["A source close to the mayor", "said", "the ferry would stay"],
    ]);
  });
  it("may be \"those\" before the link", () => {
    expect(triples("Those close to him say that, in the end, the ferry will stay.")).toEqual([
      ["Those close to him", "say", "that, in the end, the ferry will stay"],
    ]);
  });
  it("needs a noun that can speak before the link", () => {
    const speakers = triples("The shed close to the harbour said the ferry would stay.").map(([speaker]) => speaker);
    expect(speakers).not.toContain("The shed close to the harbour");
  });
});

describe("speakers described by what they know or do", () => {
  it("reads a knowledge phrase with a possessive or a second noun", () => {
    expect(claimsOf("A person familiar with the planning for Tuesday’s vote says the council will delay the fare rise.")).toContainEqual([
      "A person familiar with the planning for Tuesday’s vote",
      "says",
      "the council will delay the fare rise",
    ]);
    expect(claimsOf("People with direct knowledge of Quinlan's work said that the harbour board had paid her.")).toContainEqual([
      "People with direct knowledge of Quinlan's work",
      "said",
      "that the harbour board had paid her",
    ]);
  });
  it("takes 'privy to' as a knowledge phrase", () => {
    expect(claimsOf("Two sources privy to the talks say the ferry will stop in May.")).toContainEqual(["Two sources privy to the talks", "say", "the ferry will stop in May"]);
  });
  it("gives the speaker of a participle phrase, not its object", () => {
    expect(claimsOf("Inspectors examining the wreck said the hull had cracked.")).toContainEqual(["Inspectors examining the wreck", "said", "the hull had cracked"]);
    expect(claimsOf("Fishermen polled said they would sell their boats.")).toContainEqual(["Fishermen polled", "said", "they would sell their boats"]);
  });
});

describe("nouns that look like adverbs or participles", () => {
  it("can be the speaker", () => {
    expect(triples("The family said in a statement that he had died peacefully.")).toEqual([
      ["The family", "said", "that he had died peacefully"],
    ]);
    expect(triples("Another ranking says the mayor is not a millionaire.")).toEqual([
      ["Another ranking", "says", "the mayor is not a millionaire"],
    ]);
    expect(triples("One poll shows the mayor ahead, while another says the race is tied.")).toContainEqual(["another", "says", "the race is tied"]);
  });
  it("but a participle before a noun is an adjective", () => {
    expect(triples("The nagging question is whether the ferry can survive.")).toEqual([]);
  });
});

describe("family and friends as speakers", () => {
  it("are read like roles, after a sequence adverb too", () => {
    expect(triples("His mother said he had always loved the sea.")).toEqual([["His mother", "said", "he had always loved the sea"]]);
    expect(triples("First his sister, a nurse in Ely, announced they would sell the boat.")).toEqual([
      ["his sister, a nurse in Ely", "announced", "they would sell the boat"],
    ]);
  });
  it("but a title that begins with \"First\" is kept", () => {
    expect(triples("First Minister Ann Ridley said the ferry would stay.")).toEqual([["First Minister Ann Ridley", "said", "the ferry would stay"]]);
  });
});

describe("the people behind a thing", () => {
  it("own the phrase after 'of' or 'behind' as its speaker", () => {
    expect(claimsWithKind("The makers of the drug claim it is safe for children.")).toEqual([["The makers of the drug", "claim", "indirect", "it is safe for children"]]);
    expect(claimsWithKind("The developers behind the system claim it is a breakthrough.")).toEqual([["The developers behind the system", "claim", "indirect", "it is a breakthrough"]]);
    expect(claimsWithKind("The group behind the protest said it would return in May.")).toEqual([["The group behind the protest", "said", "indirect", "it would return in May"]]);
  });
  it("leaves a thing's own phrase and a coordinated subject as they were", () => {
    expect(claimsWithKind("The head of the agency said the plan was sound.")).toEqual([["The head of the agency", "said", "indirect", "the plan was sound"]]);
    expect(claimsWithKind("Wine makers and farmers said the support was too small.")).toEqual([["Wine makers and farmers", "said", "indirect", "the support was too small"]]);
  });
});

describe("a speaker owned by a group or a role", () => {
  it("takes in the people who own a common noun after a quantifier", () => {
    expect(speakerOf("Voters in all five harbour towns said the ferry should stay.", "said")).toBe("Voters in all five harbour towns");
    expect(speakerOf("Residents of the two towns said the ferry would stay.", "said")).toBe("Residents of the two towns");
    expect(speakerOf("A majority of her backers said the ferry would stay.", "said")).toBe("A majority of her backers");
  });
  it("takes in a role before a preposition and a common noun", () => {
    expect(speakerOf("A spokesman for the buyer said the deal was done.", "said")).toBe("A spokesman for the buyer");
  });
  it("leaves a phrase that is no one's alone", () => {
    // "poll" after "in" is where the voters were asked, not a group they belong to.
    expect(speakerOf("Skippers said the ferry was late, and the harbour's critics of the plan said the levy was unfair.", "said")).not.toMatch(/late/);
    expect(speakerOf("One in four voters in a harbour poll said the levy was unfair.", "said")).toBe("One in four voters");
  });
});

describe("a subject with an adjective in -ed", () => {
  it("reads the article, the adjective and the noun as the subject", () => {
    expect(speakerOf("The retired ferryman has given no details about how he planned to fund the boat, saying only that he was hopeful.", "saying")).toBe("The retired ferryman");
  });
  it("keeps a verb in -ed after an article's noun as the verb", () => {
    expect(speakerOf("The board voted against the plan, saying it was too costly.", "saying")).toBe("The board");
  });
});

describe("'He's' before an -ing form", () => {
  it("reads 'He's backing …' as 'he is backing …'", () => {
    expect(claimsOf("Okafor spoke first. He's backing the ferry plan.")).toContainEqual(["He", "backing", "the ferry plan"]);
    expect(claimsOf("Ridley spoke first. She’s pointing out the cost of the pier.")).toContainEqual(["She", "pointing out", "the cost of the pier"]);
  });
  it("leaves 'It's backing …' out, as 'It backs …' is", () => {
    expect(claimsOf("It's backing the plan.")).toEqual([]);
  });
});

describe("the first person outside quotations", () => {
  it("is the writer, not the person named before", () => {
    expect(speakerTypeCuesAtEnd("Tomas Riedel runs the harbour board. I think he has not visited the docks this year.")).toContainEqual(["I", "person", "think"]);
  });
  it("inside a quotation stays the quoted speaker (guard)", () => {
    const claims = recordOf("Harbour news\n\nTomas Riedel spoke first. “I think the plan is wrong,” he said.\n").claims;
    expect(claims.map((c) => [c.speaker.name, c.text])).toContainEqual(["Tomas Riedel", "I think the plan is wrong"]);
  });
});

describe("pronouns as speakers", () => {
  it("may be an indefinite pronoun before \"who\", never a capitalised preposition", () => {
    expect(triples("For someone who conceded that she is “not a natural speaker,” Blum had a good night.")).toEqual([
      ["someone", "conceded", "that she is “not a natural speaker,”"],
    ]);
  });
  it("may be an indefinite pronoun for people after an opening adverb or adverbial", () => {
    expect(triples("Then someone asked how the ferry could pay its way.")).toEqual([["someone", "asked", "how the ferry could pay its way"]]);
    expect(triples("After the vote, everyone agreed that the pier must close.")).toEqual([["everyone", "agreed", "that the pier must close"]]);
  });
  it("drop a contracted auxiliary from a pronoun", () => {
    const claims = triples("Okafor is struggling to show that the toll was unfair, as he’s often alleged.");
    expect(claims.map(([speaker, cue]) => [speaker, cue])).toEqual([["he", "alleged"]]);
  });
});

describe("a demonstrative that opens the sentence", () => {
  it("opens the speaker's phrase", () => {
    expect(claimsOf("This initiative called for the closure of the old ferry terminal.")).toContainEqual([
      "This initiative",
      "called for",
      "the closure of the old ferry terminal",
    ]);
  });
  it("is no speaker when it points at a time", () => {
    expect(claimsOf("This week said nothing new about the ferry.")).toEqual([]);
  });
});

describe("the word that opens a clause", () => {
  it("is not part of the speaker after it", () => {
    expect(triples("Blum noted that economists say the harbour toll will rise.")).toEqual([
      ["Blum", "noted", "that economists say the harbour toll will rise"],
      ["economists", "say", "the harbour toll will rise"],
    ]);
    expect(triples("Ridley said that Okafor had claimed the ferry was late.")).toEqual([
      ["Ridley", "said", "that Okafor had claimed the ferry was late"],
      ["Okafor", "claimed", "the ferry was late"],
    ]);
  });
  it("stays with a singular noun it points at", () => {
    // A nested "told" is part of the content: "claimed" keeps its claim.
    expect(triples("Ridley said that official claimed the ferry was late.")).toEqual([
      ["Ridley", "said", "that official claimed the ferry was late"],
      ["that official", "claimed", "the ferry was late"],
    ]);
  });
});

describe("a name and its appositive after 'what'", () => {
  it("gives the cue to the name", () => {
    expect(speakerOf("The dockers held the quay for a week, in what Jo Okafor, a union steward, called “a siege of patience.”", "called")).toBe("Jo Okafor, a union steward");
    expect(speakerOf("The dockers held the quay for a week, in what Jo Okafor, national secretary for the union, called “a siege.”", "called")).toBe("Jo Okafor, national secretary for the union");
  });
});

describe("a verb with an addressee after an appositive", () => {
  it("takes the subject before the appositive as the speaker, not the addressee as an inverted one", () => {
    expect(triples("Ridley, one of the signatories, told an audience in Leeds last week that the harbour would close.")).toEqual([["Ridley, one of the signatories", "told", "that the harbour would close"]]);
  });
});

describe("speaker phrases with abbreviations and lower-case titles", () => {
  it("reads a phrase with an abbreviated month inside it as one subject", () => {
    expect(claimsOf("The nominee for the Nov. 8 election later said he had been joking about the ferry.")).toEqual([
      ["The nominee for the Nov. 8 election", "said", "he had been joking about the ferry"],
    ]);
  });
  it("takes a name with a title in lower case as the appositive of a subject", () => {
    expect(speakersOf("The other candidate, former Harbour Master Ines Dahl, drew a contrast, saying that the levy was unfair.")).toEqual([
      ["Ines Dahl", "saying"],
    ]);
  });
  it("takes “former” before a title in a closing attribution", () => {
    expect(claimsOf("Dahl thinks the levy is too high, former Mayor Petra Lund said this week at a rally in Dunmore — a reversal of the view that she held.")).toEqual([
      ["former Mayor Petra Lund", "said", "Dahl thinks the levy is too high"],
    ]);
  });
});

describe("speakers with -ed adjectives, parentheses and 'with' phrases", () => {
  it("keeps an adjective in -ed after an article", () => {
    expect(claimsOf("“The board takes no view on the merits” of the case, the unsigned ruling said.")).toEqual([["the unsigned ruling", "said", "“The board takes no view on the merits” of the case"]]);
  });
  it("reads a cue inside a parenthesis with its subject inside it, and ends the content at its close", () => {
    expect(speakerOf("Most sailors know the strait for what it is (Jo Blum, who charted it first, once said, “It is a graveyard.”)", "said")).toBe("Jo Blum");
    expect(claimsOf("The 1992 race (with Lund declaring himself the “comeback kid”) makes this a vote Voss must win.")).toEqual([["Lund", "declaring", "himself the “comeback kid”"]]);
  });
  it("gives a participle after 'and' the subject of a participle before it in a 'with' phrase", () => {
    expect(speakerOf("The union was quick to respond, with Jo Okafor tweeting that it was a “disaster” and asking, “Who will pay for it?”", "asking")).toBe("Jo Okafor");
  });
  it("reads 'exhorted' before an inverted speaker", () => {
    expect(claimsOf("“It is time we had a ferry again,” exhorted the harbour master, Jo Blum.")).toEqual([["the harbour master", "exhorted", "It is time we had a ferry again"]]);
  });
});

describe("speaker phrases around polls, numbers and dashes", () => {
  it("takes the people a poll asked as the speaker, not the poll", () => {
    expect(claimsOf("Half of the voters surveyed in a harbour poll said they would back the levy.")).toEqual([
      ["Half of the voters surveyed in a harbour poll", "said", "they would back the levy"],
    ]);
  });
  it("takes an appositive name after a participle's phrase on the subject", () => {
    expect(speakersOf("The head of the group backing the levy for years, Ines Dahl, praised the efforts of the dockers.")).toContainEqual(["Ines Dahl", "praised"]);
  });
  it("takes an -ing word before a role after an organisation's number", () => {
    expect(claimsOf("“They are not worried,” Local 15 organizing director Ines Dahl said.")).toEqual([
      ["Local 15 organizing director Ines Dahl", "said", "They are not worried"],
    ]);
  });
  it("keeps a number that ends a name after “of”, and stops before a date", () => {
    expect(claimsOf("“They are not worried,” Ines Dahl of Local 15 said.")).toEqual([["Ines Dahl of Local 15", "said", "They are not worried"]]);
    expect(claimsOf("“They are not worried,” said Ines Dahl on March 15.")).toEqual([["Ines Dahl", "said", "They are not worried"]]);
  });
  it("gives a verb after “and” the subject of the clause a dash opened", () => {
    expect(claimsOf("She drew his ire - he called her weak and said she had no support in Dunmore.")).toEqual([
      ["he", "called", "her weak"],
      ["he", "said", "she had no support in Dunmore"],
    ]);
  });
  it("does not take a subject after a dash when no finite verb follows it", () => {
    const cues = record("This habit - dockers dodging questions about the levy and attacking the mayor instead - was rarer in Dunmore.").claims.map((c) => c.cue);
    expect(cues).not.toContain("attacking");
  });
});

describe("speaker phrases with slashes, 'one of' and appositives", () => {
  it("reads two names joined by a slash as one", () => {
    expect(claimsOf("Some 20 percent of people in a recent Harbour/Vale poll said they had never taken a ferry.")).toEqual([
      ["Some 20 percent of people", "said", "they had never taken a ferry"],
    ]);
  });
  it("keeps 'one of' and 'most of' in a speaker that closes the sentence", () => {
    expect(claimsOf("The fares will rise, one of the former ferry captains said.")).toEqual([["one of the former ferry captains", "said", "The fares will rise"]]);
    expect(claimsOf("The fares will rise, most of the dockers said.")).toEqual([["most of the dockers", "said", "The fares will rise"]]);
  });
  it("reads a name and its appositive between commas after the content", () => {
    expect(claimsOf("The fares will rise, Anna White, a spokeswoman, said.")).toEqual([["Anna White, a spokeswoman", "said", "The fares will rise"]]);
    expect(claimsOf("The fares will rise, Anna White, a spokeswoman for the line, said on Monday.")).toEqual([["Anna White, a spokeswoman for the line", "said", "The fares will rise"]]);
  });
});

describe("speaker phrases with appositives, 'like' and 'As X put it'", () => {
  it("reads a name in an appositive between the subject and its verb", () => {
    expect(claimsOf("His rival, Councillor Tom Voss, would support later ferry times.")).toEqual([
      ["His rival, Councillor Tom Voss", "support", "later ferry times"],
    ]);
    expect(speakersOf("His rival, Councillor Tom Voss, would support later ferry times.")).toEqual([["Tom Voss", "support"]]);
  });
  it("reads an appositive that closes on a relative clause", () => {
    expect(claimsOf("Jo Blum, the top Democrat on the harbour board who helped negotiate the deal, will support the bill despite her own doubts.")).toEqual([
      ["Jo Blum", "support", "the bill"],
    ]);
  });
  it("takes four lower-case words before a name whose role is next to it", () => {
    expect(claimsOf("Two children were among the passengers, Algerian foreign affairs ministry spokesman Zorvan Keltis said.")).toEqual([
      ["Algerian foreign affairs ministry spokesman Zorvan Keltis", "said", "Two children were among the passengers"],
    ]);
  });
  it("does not take an opening 'Perhaps' as the speaker", () => {
    expect(claimsOf("Perhaps young dockers prefer the old pier.")).toEqual([["young dockers", "prefer", "the old pier"]]);
  });
  it("gives a participle after 'told X,' or 'said in …,' to the one who said it", () => {
    expect(claimsOf("“The pier is safe,” Blum told reporters, noting that the ferry had been repaired.")).toContainEqual([
      "Blum",
      "noting",
      "that the ferry had been repaired",
    ]);
    expect(claimsOf("“The pier is safe,” Blum said in an interview, noting that the ferry had been repaired.")).toContainEqual([
      "Blum",
      "noting",
      "that the ferry had been repaired",
    ]);
    expect(claimsOf("“The pier is safe,” Blum told “Harbour Radio,” reminding listeners that the ferry had been repaired.")).toContainEqual([
      "Blum",
      "reminding",
      "that the ferry had been repaired",
    ]);
  });
  it("reads no speaker from a phrase opened by 'like'", () => {
    expect(claimsOf("Blum runs the ferry, and like Voss has spoken about the need for a new pier.").filter((c) => c[1] === "spoken about")).toEqual([]);
  });
  it("takes the name and its appositive in 'As X, a role, put it'", () => {
    expect(speakersOf("As Jo Blum, a professor of law at the college, put it, “The levy is fair.”")).toEqual([["Jo Blum", "put"]]);
  });
  // A guard: the subject before "put it" is found, and "it" is never taken instead.
  it("does not take 'it' after 'put' as the speaker", () => {
    expect(record("As the harbour master put it, “The levy is fair.”").claims.map((c) => c.speaker.mention)).not.toContain("it");
  });
  it("reads a name before a title quoted after 'of' in its appositive", () => {
    expect(claimsOf("Blum, author of “The Harbour Book,” said the levy was fair.")).toEqual([["Blum", "said", "the levy was fair"]]);
  });
  it("gives 'is among those who say' to the subject", () => {
    expect(claimsOf("Jo Blum, a docker from the north shore, is among those who say the levy is unfair.")).toEqual([
      ["Jo Blum, a docker from the north shore", "say", "the levy is unfair"],
    ]);
  });
  it("keeps whom a role serves in the speaker: 'Lawyers for X'", () => {
    expect(claimsOf("Lawyers for the harbour board opposed the levy, saying that it was unfair.")).toEqual([
      ["Lawyers for the harbour board", "opposed", "the levy"],
      ["Lawyers for the harbour board", "saying", "that it was unfair"],
    ]);
  });
});

describe("speakers with quoted titles and party parentheses", () => {
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

describe("a speaker phrase that is the tail of a name's mention", () => {
  it("is that person: after a nickname, and a surname's possessive after a full name with its role", () => {
    expect(speakerTypesAtEnd('Tomas "Hook" Varga told a radio station that his crew respected his decision to leave.')).toEqual([["Tomas Varga", "person"]]);
    expect(speakerTypesAtEnd("The law passed after the council accepted Mayor Tomas Varga’s promise that the pier would be reviewed within a year.")).toEqual([["Tomas Varga", "person"]]);
  });
});

describe("“he” after a sentence whose subject is “he”", () => {
  it("goes on with that subject's person, not the latest name", () => {
    const text = "Tomas Varga founded the harbour choir. He was also a fine composer, recording with Idris Blum. Later, he admitted that the choir had debts.";
    expect(speakerTypesAtEnd(text)).toContainEqual(["Tomas Varga", "person"]);
    expect(speakerTypesAtEnd(text)).not.toContainEqual(["Idris Blum", "person"]);
  });
  it("guard: a name that is the subject of its sentence is still the antecedent", () => {
    const text = "Tomas Varga founded the harbour choir. He hired Idris Blum in May. Idris Blum was a fine composer. Later, he admitted that the choir had debts.";
    expect(speakerTypesAtEnd(text)).toContainEqual(["Idris Blum", "person"]);
  });
});

describe("a panel and a pilot", () => {
  it("are speakers by role, with or without a determiner", () => {
    expect(claimsOf("Member of Senate panel says ferry has to stay.")).toEqual([["Member of Senate panel", "says", "ferry has to stay"]]);
    expect(claimsOf("A member of the House panel says the ferry has to stay.")).toEqual([["A member of the House panel", "says", "the ferry has to stay"]]);
    expect(claimsOf("The pilot warned of rough seas ahead.")).toEqual([["The pilot", "warned of", "rough seas ahead"]]);
  });
});
