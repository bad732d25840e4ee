// Reported speech after a cue: where the content starts, past addressees, 'that', adverbs and asides,
// and bare clauses after verbs of belief. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";
import { claimsOf, speakerOf, claimsWithKind } from "./claims-helpers.ts";

describe("the addressee of a verb of saying", () => {
  it("is no speaker of a that-clause, and a fronted time does not cut the clause", () => {
    expect(triples("The ferry captain told FBI agents that sometime in the week that followed, he realized the engine was failing.")).toEqual([
      ["The ferry captain", "told", "that sometime in the week that followed, he realized the engine was failing"],
    ]);
  });
});

describe("an addressee", () => {
  it("ends before a pronoun, contracted or not", () => {
    expect(triples("Blum told Harbour Radio she’d support the toll in a second vote.")).toEqual([["Blum", "told", "she’d support the toll in a second vote"]]);
    expect(triples("Blum told Harbour Radio they were wrong about the toll.")).toEqual([["Blum", "told", "they were wrong about the toll"]]);
  });
});

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

describe("addressees and naming", () => {
  it("ends an addressee with a possessive before the quotation's attribution closes", () => {
    expect(claimsOf("“Who could tell?” Quinlan told Ireland’s RTE radio station.")).toContainEqual(["Quinlan", "told", "Who could tell?"]);
  });
  it("ends an addressee before an adverbial that a preposition opens", () => {
    expect(claimsOf("“Who could tell?” Quinlan told Reuters in an interview aired on Monday.")).toContainEqual(["Quinlan", "told", "Who could tell?"]);
  });
  it("gives no claim of a participle after the addressee's adverbial", () => {
    expect(claimsOf("Quinlan told Reuters in an interview aired on Monday.")).toEqual([]);
  });
  it("ends an addressee before a determiner that opens the clause", () => {
    expect(claimsOf("Quinlan told the Courier her firm worked with the harbour board.")).toContainEqual(["Quinlan", "told", "her firm worked with the harbour board"]);
  });
  it("reads 'called it' with a quoted name", () => {
    expect(claimsOf("Councillor Vane called it “shameful”.")).toContainEqual(["Councillor Vane", "called", "it “shameful”"]);
  });
  it("gives no claim of 'called it off' (guard)", () => {
    expect(claimsOf("The union called it off.")).toEqual([]);
  });
});

describe("a quoted title between the cue and \"that\"", () => {
  it("is skipped", () => {
    expect(triples('Okafor said on the BBC\'s "Morning Hour" that the ferry would stay.')).toEqual([
      ["Okafor", "said", "that the ferry would stay"],
    ]);
  });
});

describe("a phrase set off right after 'that'", () => {
  it("keeps the content going after 'according to'", () => {
    expect(claimsOf("Officials said that, according to the latest figures, ferry use fell sharply in March.")).toEqual([
      ["Officials", "said", "that, according to the latest figures, ferry use fell sharply in March"],
    ]);
  });
  it("keeps it going after a 'while' clause", () => {
    expect(speakerOf("The unions argue that, while the fares may fall, crews will not see the savings in their pay.", "argue")).toBe("The unions");
  });
  it("still ends the content before a later ', according to'", () => {
    expect(claimsOf("Ferry use fell sharply in March, according to the latest figures.")).toEqual([["the latest figures", "according to", "Ferry use fell sharply in March"]]);
  });
});

describe("an adverbial with commas before 'that'", () => {
  it("skips a place with its state or an aside to ', that'", () => {
    expect(claimsOf("The rally was loud. Vane says at a stop in Toledo, Ohio, that the board never paid its taxes.")).toContainEqual([
      "Vane",
      "says",
      "that the board never paid its taxes",
    ]);
    expect(claimsOf("Quinlan said on Tuesday, in an interview with the Herald, that the fares would rise.")).toContainEqual([
      "Quinlan",
      "said",
      "that the fares would rise",
    ]);
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

describe("a manner adverb after the cue", () => {
  it("is left out of reported content before 'that'", () => {
    expect(claimsWithKind("Ridley said quietly that the ferry would not sail again.")).toEqual([["Ridley", "said", "indirect", "that the ferry would not sail again"]]);
    expect(claimsWithKind("The mayor insisted firmly that the toll would stay.")).toEqual([["The mayor", "insisted", "indirect", "that the toll would stay"]]);
  });
  it("keeps a time phrase's old handling and a focusing 'only'", () => {
    expect(claimsWithKind("Ridley said on Monday that the ferry would not sail again.")).toEqual([["Ridley", "said", "indirect", "that the ferry would not sail again"]]);
    // "only" limits what was said; it is not a manner adverb and stays in the content.
    expect(claimsWithKind("The board said only that the ferry would not sail again.")).toEqual([["The board", "said", "indirect", "only that the ferry would not sail again"]]);
  });
  it("is left out of reported content before a colon", () => {
    expect(claimsWithKind("Ridley said simply: the ferry would not sail again.")).toEqual([["Ridley", "said", "indirect", "the ferry would not sail again"]]);
  });
  it("lets a short quotation after it be a direct quotation", () => {
    expect(claimsWithKind("Ridley said quietly: “We lost.”")).toEqual([["Ridley", "said", "direct", "We lost."]]);
    expect(claimsWithKind("The harbour master said only: “No comment.”")).toEqual([["The harbour master", "said", "direct", "No comment."]]);
  });
  it("does not let a short title after other words through", () => {
    const kinds = claimsWithKind("Ridley called his new book, “Tides.”").map(([, , kind]) => kind);
    expect(kinds).not.toContain("direct");
  });
});

describe("content after a cue", () => {
  it("skips an aside between dashes before that", () => {
    expect(triples("Ridley said — in a letter, as it happens — that the toll would fall.")).toEqual([["Ridley", "said", "that the toll would fall"]]);
  });
  it("may start with a quantity", () => {
    expect(triples("The harbour board said about half of the toll went to repairs.")).toEqual([
      ["The harbour board", "said", "about half of the toll went to repairs"],
    ]);
    expect(triples("Police reported no arrests late Monday.")).toEqual([["Police", "reported", "no arrests late Monday"]]);
  });
  it("may be an elliptical answer", () => {
    expect(triples("Blum said she would.")).toEqual([["Blum", "said", "she would"]]);
    expect(triples("Last month, 26 percent said the same.")).toEqual([["26 percent", "said", "the same"]]);
  });
});

describe("a bare clause after a verb of belief", () => {
  it("may open with a number", () => {
    expect(triples("We believe six ferries for five harbours is enough for the winter.")).toEqual([
      ["We", "believe", "six ferries for five harbours is enough for the winter"],
    ]);
  });
});

describe("short clauses and asides", () => {
  it("reads a three-word pronoun clause after a verb of belief", () => {
    expect(claimsOf("Some pilots think it will not.")).toContainEqual(["Some pilots", "think", "it will not"]);
    expect(claimsOf("I think it’s fair to the islanders.")).toContainEqual(["I", "think", "it’s fair to the islanders"]);
  });
  it("reads the content before a cue that a dash follows", () => {
    expect(claimsOf("The fare rise could cost the ferry its passengers, Quinlan's allies believe — passengers it will need in summer.")).toContainEqual([
      "Quinlan's allies",
      "believe",
      "The fare rise could cost the ferry its passengers",
    ]);
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
  it("reads one in a relative clause when a noun phrase and its verb open it", () => {
    expect(claimsOf("Ridley, who thinks the harbour board made a grab for power, called the new levy unfair.")).toEqual([
      ["Ridley", "thinks", "the harbour board made a grab for power"],
      ["Ridley", "called", "the new levy unfair"],
    ]);
    expect(claimsOf("There are some pilots who fear the winter timetable will be cut.")).toEqual([["some pilots", "fear", "the winter timetable will be cut"]]);
  });
  it("reads no object as a clause in a relative clause (guard)", () => {
    expect(claimsOf("The mayor thanked the pilots who hope for a longer season.").filter((c) => c[1] === "hope")).toEqual([]);
  });
  it("gives the people after “the ire of” as the speaker of a “who” clause", () => {
    expect(claimsOf("The levy drew the ire of harbour pilots who thought the board had made a grab for power.")).toEqual([["harbour pilots", "thought", "the board had made a grab for power"]]);
    expect(claimsOf("She won the support of farmers who believe the tariff will hurt them.")).toEqual([["farmers", "believe", "the tariff will hurt them"]]);
  });
  it("keeps a role, a group or a person before “of” in the speaker (guard)", () => {
    expect(claimsOf("The founder of the ferry firm who thinks the levy is unfair spoke first.")[0]?.[0]).toBe("The founder of the ferry firm");
    expect(claimsOf("A group of pilots who fear the timetable will be cut met on Monday.")[0]?.[0]).toBe("A group of pilots");
    expect(claimsOf("Okafor, a graduate of Ridge Law School who argued the case was lost, smiled.")[0]?.[0]).toBe("Okafor, a graduate of Ridge Law School");
  });
  it("ends a clause in a relative clause on the subject before the main clause's verb in the past", () => {
    expect(claimsOf("Pilots who think the levy is unfair stayed home.")).toEqual([["Pilots", "think", "the levy is unfair"]]);
    expect(claimsOf("Those who believe the board abandoned them voted for the mayor.")).toEqual([["Those", "believe", "the board abandoned them"]]);
  });
  it("keeps a participle and an adjective in -ed inside that clause (guard)", () => {
    expect(claimsOf("Pilots who think the levy is a scheme aimed at skippers stayed home.")[0]?.[2]).toBe("the levy is a scheme aimed at skippers");
    expect(claimsOf("Unions who fear the bill would let firms hire skilled workers from abroad met.")[0]?.[2]).toBe("the bill would let firms hire skilled workers from abroad");
  });
});

describe("an aside between the cue and “that”", () => {
  it("is skipped", () => {
    expect(claimsOf("He believes, for example, that skippers should pay the levy.")).toEqual([["He", "believes", "that skippers should pay the levy"]]);
    expect(claimsOf("The mayor argued, in fact, that the ferry was safe.")).toEqual([["The mayor", "argued", "that the ferry was safe"]]);
  });
});

describe("bare clauses after a time", () => {
  it("reads a bare clause whose pronoun subject has a one-word aside", () => {
    expect(claimsOf("Quinlan said Wednesday she, too, wants an inquiry into the ferry.")).toContainEqual(["Quinlan", "said", "she, too, wants an inquiry into the ferry"]);
  });
  it("reads a bare clause opened by a determiner or a name after a day", () => {
    expect(claimsOf("Quinlan said Tuesday the ferry would not sail.")).toEqual([["Quinlan", "said", "the ferry would not sail"]]);
    expect(claimsOf("Quinlan said on Monday night, Harbour Lines would fold.")).toEqual([["Quinlan", "said", "Harbour Lines would fold"]]);
    expect(claimsOf("Quinlan said yesterday.")).toEqual([]);
  });
  it("does not read a clause after 'as' or 'until' as what was said", () => {
    expect(claimsOf("Quinlan said Wednesday as she boarded the ferry.")).toEqual([]);
    expect(claimsOf("“The ferry must run,” Mayor Ana Quinlan said Friday as she entered the talks.")).toEqual([["Mayor Ana Quinlan", "said", "The ferry must run"]]);
    expect(claimsOf("Quinlan insisted on waiting until she got back home.")).toEqual([]);
    expect(claimsOf("That was what Ana Quinlan said when she resigned from the board.")).toEqual([]);
    expect(claimsOf("Quinlan said as she left the hall.")).toEqual([]);
  });
  it("still reads a question after “when” and a time after a preposition", () => {
    expect(claimsOf("Councillors have not said when they would vote on the levy.")).toEqual([["Councillors", "have not said", "they would vote on the levy"]]);
    expect(claimsOf("Quinlan said after the vote she would not accept the post.")).toEqual([["Quinlan", "said", "she would not accept the post"]]);
    // A clause before a comma and a main clause may be part of what was said.
    expect(claimsOf("Quinlan said while it was agreed in principle, the skippers now have to vote on it.").map((c) => c[2])).toEqual([
      "it was agreed in principle, the skippers now have to vote on it",
    ]);
  });
});

describe("verbs of belief nested in another claim's content", () => {
  it("stay part of that content", () => {
    const claims = claimsOf("Gustav Ando said he thought the deal was carefully structured to avoid delays.");
    expect(claims).toEqual([["Gustav Ando", "said", "he thought the deal was carefully structured to avoid delays"]]);
  });
  it("so does a nested 'told'", () => {
    expect(claimsOf("Ridley said Blum told him the ferry would close.").map((c) => c[1])).toEqual(["said"]);
  });
  it("a nested verb of saying keeps its own claim", () => {
    expect(claimsOf("Ridley said Blum had argued that the ferry would close.").map((c) => c[1])).toContain("argued");
  });
});

describe("\"put it\" in a clause opened by \"as\"", () => {
  it("attributes the main clause after the comma", () => {
    expect(triples("As Blum put it in an interview, the ferry is the island's lifeline.")).toEqual([["Blum", "put it", "the ferry is the island's lifeline"]]);
  });
  it("is no attribution when something is put somewhere (guard)", () => {
    expect(triples("As he put it down, the ferry sank.")).toEqual([]);
  });
});

describe("a bare noun as the whole object", () => {
  it("is what the cue takes", () => {
    expect(triples("The harbour master denied wrongdoing.")).toEqual([["The harbour master", "denied", "wrongdoing"]]);
    expect(triples("Ridley praised fishermen.")).toEqual([["Ridley", "praised", "fishermen"]]);
  });
  it("is no object after a particle's verb or when the cue is a participle on it (guards)", () => {
    expect(triples("Ridley called back.")).toEqual([]);
    expect(triples("She won more pledged delegates.")).toEqual([]);
    expect(triples("The ferry has five proposed routes.")).toEqual([]);
    expect(triples("The visitors are now the league's most potent attacking threats.")).toEqual([]);
  });
});

describe("what an addressee was told of or about", () => {
  it("is the content after the addressee's preposition", () => {
    expect(triples("Ridley reminded the board of his plan to rebuild the pier.")).toEqual([["Ridley", "reminded", "his plan to rebuild the pier"]]);
    expect(triples("The harbour master told reporters about the cost of the new ferry.")).toEqual([["The harbour master", "told", "the cost of the new ferry"]]);
  });
});

describe("a bare clause opened by a contracted pronoun", () => {
  it("is read after a verb of belief, \"somebody's\" and \"that's\" too", () => {
    expect(triples("I think somebody’s got to start.")).toEqual([["I", "think", "somebody’s got to start"]]);
    expect(triples("I think that's really important for the harbour.")).toEqual([["I", "think", "that's really important for the harbour"]]);
  });
});

describe("a hearer after “to”", () => {
  it("skips “to” and a plural hearer before “that”", () => {
    expect(triples("Okafor said to reporters that the pier would reopen.")).toEqual([["Okafor", "said", "that the pier would reopen"]]);
  });
  it("skips “to” and a hearer before a question word", () => {
    expect(triples("Okafor explained to reporters why the pier had closed.")).toEqual([["Okafor", "explained", "why the pier had closed"]]);
  });
});
