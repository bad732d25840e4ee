// Where a claim's content ends: objects that go on or stop, and clause contents that stop at a new
// clause, speaker or predicate. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";
import { record, claimsOf, speakerOf, claimsAtEnd, rawClaimsWithKind } from "./claims-helpers.ts";

describe("objects that go on", () => {
  it("keeps “as” and the noun phrase after it", () => {
    expect(triples("Ridley saw the storm as a chance to rebuild the old pier.")).toEqual([["Ridley", "saw", "the storm as a chance to rebuild the old pier"]]);
  });
  it("keeps “as” and a quotation after it, commas inside the quotation included", () => {
    expect(triples("Ridley mocked the new ferry as “a floating shed, not a boat” at the meeting.")).toEqual([["Ridley", "mocked", "the new ferry as “a floating shed, not a boat”"]]);
  });
  it("ends at a quotation that closes on its comma", () => {
    expect(triples("Ridley mocked the new ferry as a “floating shed,” which the board did not like.")).toEqual([["Ridley", "mocked", "the new ferry as a “floating shed,”"]]);
  });
  it("keeps a list of short items", () => {
    expect(triples("The mayor insulted farmers, fishermen and bakers.")).toEqual([["The mayor", "insulted", "farmers, fishermen and bakers"]]);
  });
  it("keeps “by” and the author after a noun", () => {
    expect(triples("Ridley mocked a memoir by Jo Blum about life on the harbour.")).toEqual([["Ridley", "mocked", "a memoir by Jo Blum about life on the harbour"]]);
  });
  it("keeps a participle on the object's noun with its agent", () => {
    expect(triples("Ridley endorsed the compromise led by Councillor Jo Blum on Friday.")).toEqual([["Ridley", "endorsed", "the compromise led by Councillor Jo Blum"]]);
  });
  it("ends before ', even though' and a new clause, but not an aside before the verb", () => {
    expect(triples("Ridley called for the closure of the pier, even though it was clear the ferry needed it.")).toEqual([["Ridley", "called for", "the closure of the pier"]]);
    expect(triples("Ridley said the ferry, even though it is old, will sail.")).toEqual([["Ridley", "said", "the ferry, even though it is old, will sail"]]);
  });
});

describe("an object's quoted complement", () => {
  it("ends the content before a preposition or a second verb", () => {
    expect(triples("Last week, Okafor called the mayor a “coward” on her radio show.")).toEqual([["Okafor", "called", "the mayor a “coward”"]]);
    expect(triples('Okafor called the deal "a betrayal" and walked out.')).toEqual([["Okafor", "called", 'the deal "a betrayal"']]);
  });
  it("is kept whole after other verbs, which quote mid-phrase", () => {
    expect(triples("Okafor criticized the council for “turning its back” on the harbour workers.")).toEqual([
      ["Okafor", "criticized", "the council for “turning its back” on the harbour workers"],
    ]);
  });
});

describe("a complement with “as”", () => {
  it("goes on after a pronoun object", () => {
    expect(triples("Rivals deride it as poll-tested caution.")).toEqual([["Rivals", "deride", "it as poll-tested caution"]]);
  });
  it("goes on in a comparison", () => {
    expect(triples("Blum highlighted polls that show her doing as well as Ridley in the port.")).toEqual([["Blum", "highlighted", "polls that show her doing as well as Ridley in the port"]]);
  });
});

describe("an object with its complement after as", () => {
  it("runs on after a verb of regarding", () => {
    expect(triples("In Ely, farmers see the new toll as wasted money.")).toEqual([["farmers", "see", "the new toll as wasted money"]]);
  });
});

describe("objects after 'blamed' and verbs of regarding", () => {
  it("keep 'on' after 'blamed', unless it names where it was said", () => {
    expect(claimsOf("Voss blamed the delay on a broken crane, not on the crew.")).toEqual([["Voss", "blamed", "the delay on a broken crane, not on the crew"]]);
    expect(claimsOf("Voss blamed the harbour board on Twitter.")).toEqual([["Voss", "blamed", "the harbour board"]]);
  });
  it("run on to the 'as' of a verb of regarding", () => {
    expect(claimsOf("Blum described a day at home with her grandchildren in Leith as the perfect day off.")).toEqual([["Blum", "described", "a day at home with her grandchildren in Leith as the perfect day off"]]);
    expect(claimsOf("Blum described the plan in an interview on Monday.")).toEqual([["Blum", "described", "the plan"]]);
  });
});

describe("where an object ends", () => {
  it("runs on past 'this' that names no time", () => {
    expect(claimsOf("I cannot see any future for this council with Voss as its leader.")).toEqual([["I", "cannot see", "any future for this council with Voss as its leader"]]);
    expect(claimsOf("Instead, they focus on the tactics for this coming vote, and how Voss can still win.")).toContainEqual(["they", "focus on", "the tactics for this coming vote"]);
  });
  it("reads “that” before a singular noun and a preposition as pointing at the object, which ends as one", () => {
    expect(claimsOf("Judge Ana Voss rejected that argument in a ruling released Thursday.")).toEqual([["Judge Ana Voss", "rejected", "that argument"]]);
    // A clause after "that" runs on ("growth" has its verb).
    expect(claimsOf("The mayor denied that growth in the harbour slowed.")).toEqual([["The mayor", "denied", "that growth in the harbour slowed"]]);
  });
  it("ends before a bare “and”, a pronoun and a past verb of saying or stance: a second claim", () => {
    expect(claimsOf("Mayor Ana Voss said hackers broke into the harbour computers and she accused the union of helping them.")).toEqual([
      ["Mayor Ana Voss", "said", "hackers broke into the harbour computers"],
      ["she", "accused", "the union of helping them"],
    ]);
  });
  it("leaves no “and” at the end when an adverbial after it ends the object", () => {
    expect(claimsOf("Mr Okafor denied the quote, and before he left for Leeds the harbour master told reporters: “Of course not.”")).toContainEqual(["Mr Okafor", "denied", "the quote"]);
  });
  it("ends before a time opened by 'last', with its preposition", () => {
    expect(claimsOf("Voss endorsed the levy in last Sunday's debate.")).toEqual([["Voss", "endorsed", "the levy"]]);
  });
  it("ends a noun phrase with no verb after a verb that takes a clause as an object, before its day", () => {
    expect(claimsOf("The treasurer stressed those worries on Sunday at a forum in Dover.")).toEqual([["The treasurer", "stressed", "those worries"]]);
    // A clause keeps its day.
    expect(claimsOf("The treasurer stressed the levy was needed on Sunday.")).toEqual([["The treasurer", "stressed", "the levy was needed on Sunday"]]);
  });
  it("ends before a second predicate after 'and' with an adverb", () => {
    expect(claimsOf("Her neighbours attacked her harbour plan and even questioned her record.")).toEqual([
      ["Her neighbours", "attacked", "her harbour plan"],
      ["Her neighbours", "questioned", "her record"],
    ]);
  });
  it("ends before a second predicate with a bare plural object", () => {
    expect(claimsOf("Voss talked about the ferry fares and made comments about the pier.")).toEqual([["Voss", "talked about", "the ferry fares"]]);
  });
});

describe("an object before 'and' and a new predicate", () => {
  it("leaves the 'and'", () => {
    expect(claimsOf("Jo Blum backed the plan and in a statement praised the board for its courage.")).toEqual([
      ["Jo Blum", "backed", "the plan"],
      ["Jo Blum", "praised", "the board for its courage"],
    ]);
  });
});

describe("a noun-phrase content and the speaker's next predicate", () => {
  it("ends before a finite verb after 'and'", () => {
    expect(claimsOf("Quinlan has proposed temporarily closing the pier to all traffic and was criticised for it.")).toContainEqual([
      "Quinlan",
      "proposed",
      "temporarily closing the pier to all traffic",
    ]);
  });
  it("runs on when the content is a clause with its own verb", () => {
    expect(claimsOf("Smith said the mayor likes the plan and will vote for it.")).toContainEqual([
      "Smith",
      "said",
      "the mayor likes the plan and will vote for it",
    ]);
  });
  it("ends before a new clause after 'but' and before a participle after a comma", () => {
    expect(claimsOf("The group claimed responsibility for the harbour fire but police have said they doubt it.")).toContainEqual([
      "The group",
      "claimed",
      "responsibility for the harbour fire",
    ]);
    expect(claimsOf("The council declared war on the ferry operators, leading to a long dispute over fares.")).toContainEqual([
      "The council",
      "declared",
      "war on the ferry operators",
    ]);
  });
  it("keeps a list of -ing forms and a clause's asides", () => {
    expect(claimsOf("Residents accused Blum of covering up, delaying, and withholding the harbour report.")[0]?.[2]).toBe(
      "Blum of covering up, delaying, and withholding the harbour report",
    );
    expect(claimsOf("Blum said that she, too, enjoyed her work, despite the hours.")[0]?.[2]).toBe("that she, too, enjoyed her work, despite the hours");
  });
  it("reads a past participle before a noun as an adjective, not a predicate", () => {
    expect(claimsOf("Officials said the heat and unsettled weather could last through the week.")).toContainEqual([
      "Officials",
      "said",
      "the heat and unsettled weather could last through the week",
    ]);
  });
});

describe("where an object or a clause ends", () => {
  it("keeps 'on' after a noun that takes it in the object", () => {
    expect(claimsOf("Vane called for a ban on Russian trawlers in the bay.")).toContainEqual(["Vane", "called for", "a ban on Russian trawlers in the bay"]);
    expect(claimsOf("Quinlan pointed to attacks on her campaign by the board.")).toContainEqual(["Quinlan", "pointed to", "attacks on her campaign by the board"]);
  });
  it("still ends an object before 'on' and a day (guard)", () => {
    expect(claimsOf("Vane endorsed Quinlan on Monday.")).toContainEqual(["Vane", "endorsed", "Quinlan"]);
  });
  it("reads an aside opened by 'even as' between a clause's subject and its verb", () => {
    expect(claimsOf("The mayor warned that Idris Vane, even as a candidate, had raised the fares.")).toContainEqual([
      "The mayor",
      "warned",
      "that Idris Vane, even as a candidate, had raised the fares",
    ]);
  });
  it("still ends a clause before ', even as' and a new clause (guard)", () => {
    expect(claimsOf("The mayor said the fares would rise, even as the board cut costs.")).toContainEqual(["The mayor", "said", "the fares would rise"]);
  });
});

describe("a second predicate with a stance verb's base form", () => {
  it("ends the first object before it and reads it with the plural subject", () => {
    const claims = claimsOf("Local fishermen are furious at the board and want their licences back.");
    expect(claims).toContainEqual(["Local fishermen", "furious at", "the board"]);
    expect(claims).toContainEqual(["Local fishermen", "want", "their licences back"]);
  });
  it("gives no base-form claim to a singular subject (guard)", () => {
    expect(claimsOf("The mayor met the board and want their licences back.")).toEqual([]);
  });
});

describe("a list of predicates after commas", () => {
  it("ends the first content at the comma before the next past verb with its object", () => {
    const claims = claimsAtEnd("The councillor urged the board to sell the ferry, proposed that the pier be rebuilt, and asked for a vote.");
    expect(claims).toContainEqual(["The councillor", "urged", "the board to sell the ferry"]);
  });
  it("gives the next verb its own claim with the same speaker", () => {
    const claims = claimsAtEnd("The councillor urged the board to sell the ferry, proposed that the pier be rebuilt, and asked for a vote.");
    expect(claims.find((c) => c[1] === "proposed")).toEqual(["The councillor", "proposed", expect.stringMatching(/^that the pier be rebuilt/)]);
  });
  it("splits a stance verb's object from the predicate before it", () => {
    const claims = claimsAtEnd("Mara Voss promised to cut the harbour fees, opposed the new toll and visited the docks.");
    expect(claims).toContainEqual(["Mara Voss", "promised", "to cut the harbour fees"]);
    expect(claims).toContainEqual(["Mara Voss", "opposed", expect.stringMatching(/^the new toll/)]);
  });
  it("keeps a participle that describes a noun inside the content (guard)", () => {
    expect(claimsAtEnd("Mara Voss said the toll, opposed by the fishermen, would pass.")).toContainEqual(["Mara Voss", "said", "the toll, opposed by the fishermen, would pass"]);
  });
});

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
  it("keeps a place or time that belongs to a verb inside the object", () => {
    expect(claimsOf("Quinlan praised an advert aimed at young fishermen.")).toContainEqual(["Quinlan", "praised", "an advert aimed at young fishermen"]);
    expect(claimsOf("Quinlan mentioned a boy who stared at the old lighthouse.")).toContainEqual(["Quinlan", "mentioned", "a boy who stared at the old lighthouse"]);
    expect(claimsOf("Quinlan praised the sailors rescued during the storm.")).toContainEqual(["Quinlan", "praised", "the sailors rescued during the storm"]);
  });
  it("still ends the object at a place after its own noun (guard)", () => {
    expect(claimsOf("Quinlan praised the new ferry at the harbour meeting.")).toContainEqual(["Quinlan", "praised", "the new ferry"]);
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

describe("clause contents that stop", () => {
  it("stops before “, while …” and “, although …”", () => {
    expect(triples("Ridley said the ferry would run again in spring, while the board wants to sell it.")).toContainEqual(["Ridley", "said", "the ferry would run again in spring"]);
    expect(triples("Ridley said the ferry would run again in spring, although the board has not agreed.")).toEqual([["Ridley", "said", "the ferry would run again in spring"]]);
  });
  it("stops before “, and” with a second speaker and cue", () => {
    expect(triples("Ridley said the ferry would run again in spring, and the harbour master said it would not.")).toEqual([
      ["Ridley", "said", "the ferry would run again in spring"],
      ["the harbour master", "said", "it would not"],
    ]);
  });
  it("stops before a participle with an object", () => {
    expect(triples("Ridley said the new ferry would be ready by June, leaving the old boat in the harbour.")).toEqual([["Ridley", "said", "the new ferry would be ready by June"]]);
  });
  it("stops at the comma that closes a clause opening the sentence", () => {
    expect(triples("Despite complaints that the ferry is slow, the board kept it.")).toEqual([["", "complaints", "that the ferry is slow"]]);
  });
  it("gives an opening participle the main clause's subject", () => {
    expect(triples("After praising the new timetable, Ridley left the meeting early.")).toEqual([["Ridley", "praising", "the new timetable"]]);
  });
});

describe("where content ends: subordinate clauses, new speakers and second predicates", () => {
  it("runs past a subordinate clause to its main clause", () => {
    expect(triples("Prosecutors argued that although Okafor confessed, he showed no remorse.")).toEqual([["Prosecutors", "argued", "that although Okafor confessed, he showed no remorse"]]);
  });
  it("still ends at a new clause with its own speaker and cue", () => {
    expect(triples("Ridley said the ferry would be late for a week, she estimated a month.")[0]).toEqual(["Ridley", "said", "the ferry would be late for a week"]);
  });
  it("ends an object at a second predicate of the subject", () => {
    expect(triples("Ridley and Blum echoed similar themes and took the stage together.")).toEqual([["Ridley and Blum", "echoed", "similar themes"]]);
  });
  it("keeps a conjoined noun in the object", () => {
    expect(triples("Ridley praised the pilots and retired sailors of the port.")).toEqual([["Ridley", "praised", "the pilots and retired sailors of the port"]]);
  });
});

describe("where content ends: second cues, questions and '--' dashes", () => {
  it("ends a one-word object before a second cue of the same subject", () => {
    expect(claimsOf("Dahl attacked him and questioned why the ferry had not sailed.")).toEqual([
      ["Dahl", "attacked", "him"],
      ["Dahl", "questioned", "why the ferry had not sailed"],
    ]);
  });
  it("ends before the question put to the speaker", () => {
    expect(claimsOf("Ten percent of owners reported \"no opinion\" when asked about the levy.").map((c) => c[2])).not.toContain(
      "\"no opinion\" when asked about the levy",
    );
  });
  it("ends before “, and when pressed …” or “, and when asked …”, with no “and” left over", () => {
    expect(claimsOf("She said skippers who lease would not be eligible for the grant, and when pressed on why, the harbour chief said she had no answer.")).toEqual([
      ["She", "said", "skippers who lease would not be eligible for the grant"],
      ["the harbour chief", "said", "she had no answer"],
    ]);
    expect(claimsOf("Quinlan said the ferry would stop in May, and when asked why, she declined to answer.")).toContainEqual(["Quinlan", "said", "the ferry would stop in May"]);
  });
  it("ends before a new speaker and a verb of stance after “, and”", () => {
    expect(claimsOf("A group of fishers called for a boycott of the auction, and the prominent Nordic fishing rights organization the Dunmore Guild strongly denounced the levy.")).toContainEqual(
      ["A group of fishers", "called for", "a boycott of the auction"],
    );
  });
  it("keeps an aside between “--” dashes inside the content", () => {
    expect(claimsOf("He says the levy -- a tax the council has since cut -- and the new fees drove the fishers away.")).toEqual([
      ["He", "says", "the levy -- a tax the council has since cut -- and the new fees drove the fishers away"],
    ]);
  });
  it("does not run past a dash to find “that”, but takes “that” after an aside between dashes", () => {
    expect(claimsOf("Dahl said on Monday at the pier — the one that sank — nothing.")).toEqual([]);
    expect(claimsOf("The board has warned Dahl and Lund – two owners yet to decide on the levy – that the pier is unsafe.")).toEqual([
      ["The board", "warned", "that the pier is unsafe"],
    ]);
  });
});

describe("where content ends: examples and closing attributions", () => {
  it("keeps examples of an object: “, including …”", () => {
    expect(claimsOf("Dahl cited several causes of the low turnout, including new rules on ferries.")).toEqual([
      ["Dahl", "cited", "several causes of the low turnout, including new rules on ferries"],
    ]);
  });
  it("ends a content at a quotation that a closing attribution gives to its speaker", () => {
    expect(claimsOf("Dahl said the talks were slow but added, “We will sign the deal,” Dahl said.")).toContainEqual(["Dahl", "added", "“We will sign the deal,”"]);
  });
});

describe("where content ends: participles and relative clauses on the subject", () => {
  it("a participle between the subject and its verb ends at the comma before the verb", () => {
    expect(claimsOf("Skippers in Dunmore, fearing the new levy, repeatedly failed to agree on the fares.")).toContainEqual([
      "Skippers in Dunmore",
      "fearing",
      "the new levy",
    ]);
  });
  it("a relative clause on the subject ends before “include”", () => {
    expect(claimsOf("Harbour candidates who plan to attend the party conference include Okafor and Lidell.")).toEqual([
      ["Harbour candidates", "plan", "to attend the party conference"],
    ]);
  });
});

describe("where content ends: 'because', 'instead', 'while' and 'or'", () => {
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

describe("a clause's content before 'and' or a second that-clause", () => {
  it("ends a clause before 'and' with a count and a cue of its own", () => {
    expect(claimsOf("A third said the line did not care about the dockers and one in four said the line was hostile.")).toEqual([
      ["A third", "said", "the line did not care about the dockers"],
      ["one in four", "said", "the line was hostile"],
    ]);
    expect(claimsOf("Some 40 percent said a strike was likely and 14 percent said it was not likely at all.")).toEqual([
      ["Some 40 percent", "said", "a strike was likely"],
      ["14 percent", "said", "it was not likely at all"],
    ]);
  });
  it("keeps a second that-clause in the content", () => {
    expect(claimsOf("Voss said he appreciated the apology and that he wanted to move on.")).toEqual([["Voss", "said", "he appreciated the apology and that he wanted to move on"]]);
  });
});

describe("what a claim says: times, topics and nominal claims", () => {
  it("skips a time that opens an object", () => {
    expect(claimsOf("They see in the last seven years major advances in ferry safety.")).toEqual([["They", "see", "major advances in ferry safety"]]);
  });
  it("reads 'said little about' as the topic", () => {
    expect(claimsOf("She has said little about the harbour plan in recent months.")).toEqual([["She", "said little about", "the harbour plan"]]);
  });
  it("reads no claim in 'said little,'", () => {
    expect(claimsOf("Voss said little, and the board left.")).toEqual([]);
  });
  it("ends a nominal claim before a negated auxiliary or an irregular past", () => {
    expect(claimsOf("The mayor's focus on the harbour hasn't gone unnoticed by the dockers.")).toEqual([["The mayor's", "focus on", "the harbour"]]);
    expect(claimsOf("His support for closing the pier drew anger from the dockers.")).toEqual([["His", "support for", "closing the pier"]]);
  });
});

describe("content after “, but”", () => {
  it("goes on with a second that-clause or the other half of “not … but”", () => {
    expect(triples("Ridley said the ferry was late, but that the toll would fall.")).toEqual([["Ridley", "said", "the ferry was late, but that the toll would fall"]]);
    expect(triples("Ridley said the toll was not just a mistake, but a disgrace.")).toEqual([["Ridley", "said", "the toll was not just a mistake, but a disgrace"]]);
  });
  it("ends where the narrator's clause starts", () => {
    expect(triples("Ridley said the ferry was late, but the council disagreed.")).toEqual([["Ridley", "said", "the ferry was late"]]);
    expect(triples("Ridley said she will not call on Blum to resign, but she has criticised the toll.")[0]).toEqual(["Ridley", "said", "she will not call on Blum to resign"]);
  });
});

describe("a relative clause on the content's subject", () => {
  it("is skipped to the subject's verb", () => {
    expect(triples("Ridley demanded that the flag, which shows the old crest, be removed from the harbour.")).toEqual([["Ridley", "demanded", "that the flag, which shows the old crest, be removed from the harbour"]]);
    expect(triples("Blum said that Okafor, who runs the port, would resign.")).toEqual([["Blum", "said", "that Okafor, who runs the port, would resign"]]);
  });
  it("still ends the content when it follows a whole clause", () => {
    expect(triples("Blum said the ferry was late again, which angered the council.")).toEqual([["Blum", "said", "the ferry was late again"]]);
  });
  it("is skipped after a subject whose noun could be a verb, or with a preposition's object", () => {
    expect(triples("Blum said that the plan, which the unions backed, would fail.")).toEqual([["Blum", "said", "that the plan, which the unions backed, would fail"]]);
    expect(triples("Okafor asked whether his proposed cut in harbour credits, which the board says would cost £2m a year, would hurt the crews.")).toEqual([
      ["Okafor", "asked", "whether his proposed cut in harbour credits, which the board says would cost £2m a year, would hurt the crews"],
      ["the board", "says", "would cost £2m a year"],
    ]);
  });
  it("is skipped to a negated verb opening a quotation", () => {
    expect(triples('Blum argued the new pier, which is backed by the council, "wouldn\'t last a winter" without repairs.')).toEqual([["Blum", "argued", 'the new pier, which is backed by the council, "wouldn\'t last a winter" without repairs']]);
  });
  it("is skipped with a list of names inside it, after a fronted phrase of place", () => {
    expect(triples("The survey found that in the three biggest ports, which include Dover, Hull and Leith, crews have been leaving.")).toEqual([
      ["The survey", "found", "that in the three biggest ports, which include Dover, Hull and Leith, crews have been leaving"],
    ]);
  });
});

describe("a relative clause on a that-clause's subject", () => {
  it("is skipped when the verb after it opens a quotation", () => {
    expect(record("Okafor notes that Jane Kim, who is running for the council, “is a civil rights attorney.”").claims[0]?.text).toBe("that Jane Kim, who is running for the council, “is a civil rights attorney.”");
  });
});

describe("a second that-clause in a subordinate clause", () => {
  it("goes on after ', and that'", () => {
    expect(claimsOf("The debate turned after the harbour master noted that the risk of a collision was very low, and that crews should worry more about the weather.")).toEqual([
      ["the harbour master", "noted", "that the risk of a collision was very low, and that crews should worry more about the weather"],
    ]);
  });
  it("still ends at a comma with no 'that' after it", () => {
    expect(claimsOf("When the harbour master said that the risk was very low, the crews went back to work.")).toEqual([["the harbour master", "said", "that the risk was very low"]]);
  });
});

describe("\"that\" after a preposition", () => {
  it("is a determiner, not the start of the content", () => {
    expect(triples("Okafor has pledged to stay in the race through that vote.")).toEqual([
      ["Okafor", "pledged", "to stay in the race through that vote"],
    ]);
    expect(triples("Okafor described a broken system in words familiar to the left ― or for that matter, the right.")).toEqual([
      ["Okafor", "described", "a broken system in words familiar to the left ― or for that matter, the right"],
    ]);
  });
  it("does not hide a complementizer after it", () => {
    expect(triples("The auditors said in that case that no rule had been broken.")).toEqual([
      ["The auditors", "said", "that no rule had been broken"],
    ]);
  });
});

describe("a content that runs on over an aside", () => {
  it("runs on over an aside between its subject and its verb", () => {
    expect(triples("She also says the harbour toll, while unpopular, was handled well.")).toEqual([
      ["She", "says", "the harbour toll, while unpopular, was handled well"],
    ]);
  });
});

describe("an aside between paired dashes", () => {
  it("stays in the content", () => {
    expect(triples("The mayor said the harbour board – and not the council – is in charge of the ferry.")).toEqual([
      ["The mayor", "said", "the harbour board – and not the council – is in charge of the ferry"],
    ]);
  });
  it("but a dash that opens the narrator's words still ends it", () => {
    expect(triples("The mayor said the ferry would run on time – but it has not.")).toEqual([["The mayor", "said", "the ferry would run on time"]]);
  });
});

describe("a second speaker after \", and\"", () => {
  it("ends the first claim even when the speaker has a post-modifier and a plain \"say\"", () => {
    expect(triples("He has said little about the toll lately, and people close to him say he will vote for it.")).toEqual([
      ["He", "said little about", "the toll lately"],
      ["people close to him", "say", "he will vote for it"],
    ]);
  });
  it("ends it before a bare plural noun phrase with a cue and \"that\"", () => {
    expect(triples("Blum stressed that the repairs were not complete, and harbour safety groups warned that the pier was unsafe.")).toEqual([
      ["Blum", "stressed", "that the repairs were not complete"],
      ["harbour safety groups", "warned", "that the pier was unsafe"],
    ]);
  });
});

describe("a day that owns a noun", () => {
  it("is kept in the object", () => {
    expect(triples("Blum praised the chair of Monday night's harbour debate.")).toEqual([["Blum", "praised", "the chair of Monday night's harbour debate"]]);
    expect(triples("Blum praised the chair on Monday night.")).toEqual([["Blum", "praised", "the chair"]]);
  });
});

describe("a second speaker after a bare 'and'", () => {
  it("ends the first claim's content", () => {
    expect(rawClaimsWithKind("Okafor accused Blum of leading from behind and Harriet Ridley says he is losing the argument.")).toEqual([
      ["Okafor", "accused", "indirect", "Blum of leading from behind"],
      ["Harriet Ridley", "says", "indirect", "he is losing the argument"],
    ]);
  });
  it("but a name coordinated with the word before it does not (guard)", () => {
    expect(rawClaimsWithKind("The board said fares will rise because Dover and Mayor Okafor agreed to cut the subsidy.")[0]?.[3]).toBe("fares will rise because Dover and Mayor Okafor agreed to cut the subsidy");
  });
});

describe("a name and a past verb after 'and'", () => {
  it("end the content before them and give a later participle its subject", () => {
    expect(claimsOf("Over the past two weeks, prosecutors charged the skipper with fraud and Okafor fired his harbour master, Jo Blum, acknowledging that the town had lost trust in the port.")).toEqual([
      ["prosecutors", "charged", "the skipper with fraud"],
      ["Okafor", "acknowledging", "that the town had lost trust in the port"],
    ]);
  });
});

describe("a new subject after 'but'", () => {
  it("ends a stance's content", () => {
    expect(speakerOf("The name leads people to think of television but Reidar Wasenius, a company spokesman, was adamant that the brand would survive.", "to think of")).toBe("people");
    expect(record("The name leads people to think of television but Reidar Wasenius, a company spokesman, was adamant that the brand would survive.").claims.find((c) => c.cue === "to think of")?.text).toBe("television");
  });
});

describe("a fronted subordinate clause before a cue", () => {
  it("is no content when the cue has its own", () => {
    expect(triples("As the ferry left the harbour, the Courier reported at least six boats had followed it.")).toEqual([
      ["the Courier", "reported", "at least six boats had followed it"],
    ]);
  });
  it("stays part of a content that goes on after it", () => {
    expect(triples("When the vote came, the toll plan failed, officials said.")).toEqual([
      ["officials", "said", "When the vote came, the toll plan failed"],
    ]);
  });
});

describe("what follows a cue", () => {
  it("is no claim when it tells how and when it was said", () => {
    expect(claimsOf("Okafor said angrily as he left the hall.")).toEqual([]);
    expect(claimsOf("“We won,” delegate Jo Blum, wearing a harbour cap, said matter-of-factly as confetti fell around her.").filter((c) => c[1] === "said" && c[2] !== "We won")).toEqual([]);
  });
  it("is a claim after a focusing adverb", () => {
    expect(claimsOf("Okafor said only when the pier was safe would the ferries return.")).toEqual([["Okafor", "said", "only when the pier was safe would the ferries return"]]);
  });
  it("opens no purpose clause after 'referring to'", () => {
    const claims = claimsOf("“Nobody can ignore the ferries,” Okafor said, referring to demand for routes such as the island run.");
    expect(claims.filter((c) => c[1] === "to demand for")).toEqual([]);
    expect(claims).toContainEqual(["Okafor", "referring to", "demand for routes such as the island run"]);
  });
});

describe("a stance inside a subject's relative clause", () => {
  it("ends at the comma before the main clause's verb of saying", () => {
    expect(claimsOf("Ridley, the pilot who has worked on the harbour boats for thirty years and knows every rock, told the Courier the ferry will run.")).toEqual([
      ["Ridley", "knows", "every rock"],
      ["Ridley", "told", "the ferry will run"],
    ]);
  });
});

describe("clauses with asides", () => {
  it("a verb with nothing after it in a relative clause makes no claim of the main verb's words", () => {
    expect(claimsAtEnd("Deputy mayor Owen Tasker, who voted against, said the plan was rushed.")).toEqual([
      ["Deputy mayor Owen Tasker", "said", "the plan was rushed"],
    ]);
  });
  it("a relative clause with a quotation holding a comma is skipped to its own comma", () => {
    expect(claimsAtEnd('The treasurer spoke, adding that the council\'s "rainy day" fund, which holds "about $3m, maybe more", was safe.')).toEqual([
      ["The treasurer", "adding", 'that the council\'s "rainy day" fund, which holds "about $3m, maybe more", was safe'],
    ]);
  });
});

describe("a quotation that closes the content", () => {
  it("ends before a participle of saying after “before” and an adverb", () => {
    expect(claimsOf("Okafor cautioned “let us not rush,” before cheerfully predicting that the pier would reopen.")).toEqual([
      ["Okafor", "cautioned", "“let us not rush,”"],
      ["Okafor", "predicting", "that the pier would reopen"],
    ]);
  });
  it("ends before “and” with a count and its own verb of saying", () => {
    expect(claimsOf("Pollsters asked whether the pier would reopen, to which 21 percent said “not likely” and 14 percent said “never.”")[0]).toEqual([
      "Pollsters",
      "asked",
      "whether the pier would reopen, to which 21 percent said “not likely”",
    ]);
  });
});

describe("relative clauses on an object", () => {
  it("reads no content for an object cue whose relative clause the main verb follows", () => {
    expect(claimsOf("The records that Voss questioned are already stored in a secure vault.")).toEqual([]);
  });
  it("keeps what a verb of saying in it said", () => {
    expect(claimsOf("He visited the ferries, which the inspectors said were unsafe for passengers.")).toEqual([["the inspectors", "said", "were unsafe for passengers"]]);
  });
  it("ends the content at the relative clause's comma, keeping a closing quotation mark", () => {
    expect(claimsOf("She cut the fares, which officials said were far too low for the crew, and left.")).toEqual([["officials", "said", "were far too low for the crew"]]);
    expect(claimsOf("Voss put the cost at £2 million, which Okafor called “a disgrace,” blaming the board.")[0]).toEqual(["Okafor", "called", "“a disgrace,”"]);
  });
});

describe("a clause after 'who say'", () => {
  it("ends before the main clause's verb", () => {
    expect(claimsOf("Voters who say the fares are most important in their choice were evenly divided.")).toEqual([["Voters", "say", "the fares are most important in their choice"]]);
  });
});

describe("a share with a verb of its own after a comma", () => {
  it("ends the content before it, once the content has its verb", () => {
    expect(triples("Among young riders, 42% say they're happy, 32% call the fares too high.")).toEqual([["42%", "say", "they're happy"]]);
    expect(triples("About 42 percent say the ferry is safe, 30 percent say it is not.")).toEqual([
      ["About 42 percent", "say", "the ferry is safe"],
      ["30 percent", "say", "it is not"],
    ]);
  });
  it("does not end a fronted subordinate clause's main clause, nor a number with no verb (guards)", () => {
    expect(triples("The survey found that, while 37 percent of riders say the fares are fair, 39 percent blame the council.")).toContainEqual([
      "The survey", "found", "that, while 37 percent of riders say the fares are fair, 39 percent blame the council",
    ]);
    expect(triples("He said the fare rose by 5 percent, 3 points more than expected.")).toEqual([["He", "said", "the fare rose by 5 percent, 3 points more than expected"]]);
  });
});

describe("a relative clause on the object of a charge", () => {
  it("is skipped to the charge after it", () => {
    expect(triples("The mayor accused the pilot, who was born and raised in Dover, of sinking the ferry on purpose.")).toEqual([
      ["The mayor", "accused", "the pilot, who was born and raised in Dover, of sinking the ferry on purpose"],
    ]);
  });
  it("still ends the object at a relative clause with no charge after it (guard)", () => {
    expect(triples("The mayor praised the pilot, who was born in Dover, and left.")).toEqual([["The mayor", "praised", "the pilot"]]);
  });
});

describe("a preposition inside an object", () => {
  it("belongs to a past form before it, a noun that takes it, or is an adjective", () => {
    expect(triples("She criticised the bill passed in March.")).toEqual([["She", "criticised", "the bill passed in March"]]);
    expect(triples("He backed a fare cap modeled after the one in Dover.")).toEqual([["He", "backed", "a fare cap modeled after the one in Dover"]]);
    expect(triples("Lawmakers called for an auditor to take a look at the port's accounts.")).toEqual([
      ["Lawmakers", "called for", "an auditor to take a look at the port's accounts"],
    ]);
    expect(triples("The mayor warned of a fierce battle ahead that could split the council.")).toEqual([
      ["The mayor", "warned of", "a fierce battle ahead that could split the council"],
    ]);
  });
  it("belongs to an infinitive's verb inside the object", () => {
    expect(triples("The mayor rebuffed pressure to rein in his dockers.")).toEqual([["The mayor", "rebuffed", "pressure to rein in his dockers"]]);
  });
  it("keeps the \"as\" of a verb of regarding inside the object", () => {
    expect(triples("The mayor called for rules that riders regard as fair.")).toEqual([["The mayor", "called for", "rules that riders regard as fair"]]);
  });
  it("still ends the object as the cue's time or place (guards)", () => {
    expect(triples("The mayor endorsed the plan ahead of the vote.")).toEqual([["The mayor", "endorsed", "the plan"]]);
    expect(triples("She endorsed Blum at a rally in March.")).toEqual([["She", "endorsed", "Blum"]]);
  });
});

describe("a \"that\" after a cue's particle and its object", () => {
  it("opens a relative clause on the object, which stays in the content", () => {
    expect(triples("The mayor warned of a fierce battle that could split the council.")).toEqual([
      ["The mayor", "warned of", "a fierce battle that could split the council"],
    ]);
  });
  it("opens what was said after \"said of\" (guard)", () => {
    expect(triples("He said of Blum that she was the best pilot in Dover.")).toEqual([["He", "said of", "Blum that she was the best pilot in Dover"]]);
  });
});

describe("a that-clause after a noun, an adjective or \"made it clear\"", () => {
  it("is read as a clause: a relative clause on its subject is skipped to the verb", () => {
    expect(triples("Dockers raised concerns that crews like the night shift, which walked out last week, are taking jobs elsewhere.")).toEqual([
      ["Dockers", "concerns", "that crews like the night shift, which walked out last week, are taking jobs elsewhere"],
    ]);
    expect(triples("The mayor made it clear that the ferry, which sank in March, was never safe.")).toEqual([
      ["The mayor", "made it clear", "that the ferry, which sank in March, was never safe"],
    ]);
  });
  it("skips a \"whether\" aside on its subject, as a relative clause", () => {
    expect(triples("She said that the agency, whether or not it knew, is to blame.")).toEqual([["She", "said", "that the agency, whether or not it knew, is to blame"]]);
  });
  it("ends before a participle of saying, which starts the next claim", () => {
    expect(triples("Ridley was adamant that the ferry stay in service, telling the board it was safe.")).toEqual([
      ["Ridley", "adamant that", "that the ferry stay in service"],
      ["Ridley", "telling", "it was safe"],
    ]);
  });
});

describe("a dash with no closing dash before \"while\" or \"though\"", () => {
  it("hands the sentence back to the narrator", () => {
    expect(triples("He argued that the fares were too high — while his rivals cut theirs.")).toEqual([["He", "argued", "that the fares were too high"]]);
    expect(triples("He argued that the fares were too high - though he had raised them himself.")).toEqual([["He", "argued", "that the fares were too high"]]);
  });
  it("keeps a paired aside inside the content (guard)", () => {
    expect(triples("He argued that the fares were too high — though not by much — and should fall.")).toEqual([
      ["He", "argued", "that the fares were too high — though not by much — and should fall"],
    ]);
  });
});

describe("a date inside an object", () => {
  it("keeps the comma between the day and the year", () => {
    expect(triples("The mayor failed to mention the Sept. 11, 2012 storm that sank the ferry.")).toEqual([
      ["The mayor", "to mention", "the Sept. 11, 2012 storm that sank the ferry"],
    ]);
    expect(triples("The mayor failed to mention the March 3, 2012 storm.")).toEqual([["The mayor", "to mention", "the March 3, 2012 storm"]]);
  });
});

describe("a content that runs into a second claim after \"and\"", () => {
  it("ends before the second claim's verb when they share the speaker", () => {
    expect(triples("Ridley claimed victory and argued he is the stronger candidate.")).toEqual([
      ["Ridley", "claimed", "victory"],
      ["Ridley", "argued", "he is the stronger candidate"],
    ]);
  });
  it("ends before the second claim's own speaker", () => {
    expect(triples("The harbour board declined to comment and council aides later said the ferry was safe.")).toEqual([
      ["The harbour board", "declined", "to comment"],
      ["aides", "said", "the ferry was safe"],
    ]);
  });
  it("ends at the last \"and\" before the second claim's speaker", () => {
    expect(triples("The board asked for more ferries and buses and the mayor later said the budget was spent.")).toEqual([
      ["The board", "asked", "more ferries and buses"],
      ["the mayor", "said", "the budget was spent"],
    ]);
  });
  it("keeps a second that-clause and a relative clause after \"and\" or \"but\" (guards)", () => {
    expect(triples("Ridley said the pier had been sold a year and a half ago, but that he was never told the price.")).toEqual([
      ["Ridley", "said", "the pier had been sold a year and a half ago, but that he was never told the price"],
    ]);
    expect(triples("Ridley said he was worried about the fares and the berths, and songs that the mayor said were offensive.")).toEqual([
      ["Ridley", "said", "he was worried about the fares and the berths, and songs that the mayor said were offensive"],
    ]);
  });
  it("keeps a name coordinated with the second speaker (guard)", () => {
    expect(triples("The report said Blum and another aide asked the clerk to delete the emails.")).toEqual([
      ["The report", "said", "Blum and another aide asked the clerk to delete the emails"],
      ["another aide", "asked", "the clerk to delete the emails"],
    ]);
  });
});

describe("\"as\" after a pronoun object", () => {
  it("opens a clause of time when a subject pronoun follows", () => {
    expect(triples("Ridley opposed it as he prepared his own bid for the board.")).toEqual([["Ridley", "opposed", "it"]]);
  });
  it("still opens a complement after a verb of regarding (guard)", () => {
    expect(triples("Ridley sees it as a threat to the harbour.")).toEqual([["Ridley", "sees", "it as a threat to the harbour"]]);
  });
});

describe("relative clauses, participles and clauses of time at a content's end", () => {
  it("skips a relative clause on the that-clause's subject when an adverb stands before its verb", () => {
    expect(triples("Analysts said that Ridley, who has the backing of the council, still faces a hard race.")).toEqual([["Analysts", "said", "that Ridley, who has the backing of the council, still faces a hard race"]]);
  });
  it("ends before ', pointing to …', which is a claim of its own", () => {
    expect(triples("Okafor defended the ferry plan, pointing to record bookings at the harbour.")).toEqual([["Okafor", "defended", "the ferry plan"], ["Okafor", "pointing to", "record bookings"]]);
  });
  it("keeps an -ing phrase with “to” that is no stance (guard)", () => {
    expect(triples("Okafor said the fares were fair, looking to the vote in May.")).toEqual([["Okafor", "said", "the fares were fair, looking to the vote in May"]]);
  });
  it("ends an infinitive before “as” with a subject and its verb", () => {
    expect(triples("Blum declined to speak to reporters as she left the hall.")).toEqual([["Blum", "declined", "to speak to reporters"]]);
  });
  it("keeps “as” with a subject in a clause that was said (guard)", () => {
    expect(triples("Blum said the driver braked as he was turning into the yard.")).toEqual([["Blum", "said", "the driver braked as he was turning into the yard"]]);
  });
});

describe("a second speaker with a participle, and a participle after a closing quotation", () => {
  it("ends a clause before “and”, a name and a participle of saying with its object, which is a claim of its own", () => {
    expect(triples("Okafor said he was pleased and Ridley calling it a good meeting.")).toEqual([["Okafor", "said", "he was pleased"], ["Ridley", "calling", "it a good meeting"]]);
  });
  it("ends a clause at a quotation closed on its comma before a participle with its object", () => {
    expect(triples("The captains argue that “the fares are unfair,” citing a case in which a ferry was late.")).toEqual([["The captains", "argue", "that “the fares are unfair,”"]]);
  });
  it("so before any participle with its object there, as the reference ends it", () => {
    expect(triples("Okafor said the waiver was only “partial,” meaning it covered the fares alone.")).toEqual([["Okafor", "said", "the waiver was only “partial,”"]]);
  });
});
