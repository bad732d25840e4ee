// Stances and other verbs that are not of saying: stance verbs, idioms and adjectives of stance,
// intentions and requests, and impressions or reports no one is named for. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples, claimsOfBody } from "../helpers.ts";
import { record, claimsOf, speakerOf, claimsAtEnd } from "./claims-helpers.ts";

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

describe("verbs of stance", () => {
  it("read 'referenced' with its object", () => {
    expect(claimsOf("The mayor referenced the board's failures from eight years ago.")).toEqual([["The mayor", "referenced", "the board's failures from eight years ago"]]);
  });
  it("read verbs of dismissing, disliking and weighing with their objects", () => {
    expect(claimsOf("The mayor downplayed the delays.")).toEqual([["The mayor", "downplayed", "the delays"]]);
    expect(claimsOf("Okafor pooh-poohed the idea of a second pier.")).toEqual([["Okafor", "pooh-poohed", "the idea of a second pier"]]);
    expect(claimsOf("Most crews despise the new rota.")).toEqual([["Most crews", "despise", "the new rota"]]);
    expect(claimsOf("Blum is mulling a run for the council.")).toEqual([["Blum", "mulling", "a run for the council"]]);
    expect(claimsOf("The mayor reassured the crews.")).toEqual([["The mayor", "reassured", "the crews"]]);
  });
  it("read a stance after 'began to' and 'started to'", () => {
    expect(claimsOf("Harbour officials started to portray the collision as a training issue.")).toEqual([["Harbour officials", "portray", "the collision as a training issue"]]);
    expect(record("The rain started to fall on the quay.").claims).toEqual([]);
    expect(claimsOf("The mayor started to say that the ferry would close in March.")).toEqual([["The mayor", "started to say", "that the ferry would close in March"]]);
  });
  it("give a participle after time or money spent to the spender", () => {
    expect(speakerOf("The mayor spent much of the week before the vote portraying the board as reckless.", "portraying")).toBe("The mayor");
    expect(speakerOf("The union has spent thousands attacking the board on local radio.", "attacking")).toBe("The union");
  });
});

describe("stances taken against or for something", () => {
  it("reads 'warned against' as a stance on what follows", () => {
    expect(claimsOf("Okafor warned against the forces of greed brewing in the port.")).toEqual([["Okafor", "warned against", "the forces of greed brewing in the port"]]);
  });
  it("reads 'campaigned against' and 'campaigned for', with an adverb between, but not a place", () => {
    expect(claimsOf("In 2005, the dockers' union campaigned hard against the treaty.")).toEqual([["the dockers' union", "campaigned hard against", "the treaty"]]);
    expect(claimsOf("Okafor campaigned for Blum in the primary.")).toEqual([["Okafor", "campaigned for", "Blum in the primary"]]);
    expect(claimsOf("Okafor campaigned in the harbour district on Monday.")).toEqual([]);
  });
  it("reads a verbal attack 'against' someone, its owner the subject of a light verb or a possessive", () => {
    expect(claimsOf("Okafor unleashed withering attacks against Blum in the debate.")).toEqual([["Okafor", "attacks against", "Blum in the debate"]]);
    expect(claimsOf("The pastor delivered his tirade against the ferry company at the meeting.")).toContainEqual(["his", "tirade against", "the ferry company"]);
  });
});

describe("a noun with a partisan participle after it", () => {
  it("reads the group as the speaker and the participle's object as the content, not a gerund after a preposition", () => {
    expect(triples("The group backing Ridley, a former pilot, has spent heavily.")).toEqual([["The group", "backing", "Ridley"]]);
    expect(triples("He was jailed for supporting the rebels.")).toEqual([]);
  });
});

describe("a stance in a subordinate clause opening the sentence", () => {
  it("reads a stance in “Although …” up to the clause's comma", () => {
    expect(triples("Although Ridley mocked the plan, the board kept it.")).toEqual([["Ridley", "mocked", "the plan"]]);
  });
  it("reads a stance in “Because …” with a role noun as its subject", () => {
    expect(triples("Because the mayor backed the new ferry, the board kept it.")).toEqual([["the mayor", "backed", "the new ferry"]]);
  });
});

describe("a participle of saying or stance that opens the sentence", () => {
  it("gives it to the main clause's subject, its object ending at the comma", () => {
    expect(claimsOf("Claiming the ferry survey was rigged, Okafor told the council he would fight on.")).toContainEqual(["Okafor", "Claiming", "the ferry survey was rigged"]);
    expect(claimsOf("After blasting the harbour report for its errors, Blum walked out of the meeting.")).toEqual([["Blum", "blasting", "the harbour report for its errors"]]);
    expect(claimsOf("Despite praising the new timetable, the mayor voted against it.")).toContainEqual(["the mayor", "praising", "the new timetable"]);
  });
  it("leaves 'Regarding', a participle that is not of saying, and one in a capitalised headline (guards)", () => {
    expect(claimsOf("Regarding the second pier, the board will meet in May.")).toEqual([]);
    expect(claimsOf("After repairing the old ferry, the crew went home.")).toEqual([]);
    expect(claimsOf("Signing the harbour agreement, the mayor smiled.")).toEqual([]);
    expect(claimsOf("Writing in the Harbour Gazette, Blum said the fares were too high.")).toEqual([["Blum", "said", "the fares were too high"]]);
    expect(claimsOf("In Backing Okafor, Ridley Is Merely a Follower.").filter((c) => c[1] === "Backing")).toEqual([]);
  });
});

describe("verbs of proof", () => {
  it("are claims with a that-clause, not before an adjective or \"to be\"", () => {
    expect(triples("The audit proved that the toll had been misspent.")).toEqual([["The audit", "proved", "that the toll had been misspent"]]);
    expect(triples("The ferry has proved popular with commuters.")).toEqual([]);
    expect(triples("Okafor proved to be a stubborn opponent.")).toEqual([]);
  });
});

describe("'talk up' and 'talking … at a place about'", () => {
  it("reads 'talked up' as promoting what follows", () => {
    expect(claimsOf("Okafor talked up her harbour plan at the dinner.")).toContainEqual(["Okafor", "talked up", "her harbour plan"]);
    expect(claimsOf("Okafor talked up to the crowd at the dinner.")).toEqual([]);
  });
  it("passes over a place opened by 'at' before 'about'", () => {
    expect(claimsOf("Okafor spoke candidly at a town hall about the ferry closure.")).toEqual([["Okafor", "spoke candidly at a town hall about", "the ferry closure"]]);
  });
});

describe("idioms of stance: taking aim, making no secret, weighing in", () => {
  it("reads 'took aim at' and 'has taken a swipe at'", () => {
    expect(claimsOf("Councillor Okafor took aim at the ferry contract.")).toEqual([["Councillor Okafor", "took aim at", "the ferry contract"]]);
    expect(claimsOf("The mayor has taken a swipe at the harbour board's budget.")).toEqual([["The mayor", "taken a swipe at", "the harbour board's budget"]]);
  });
  it("reads 'made no secret of' and 'came out against'", () => {
    expect(claimsOf("Ridley has made no secret of her dislike for the new pier.")).toEqual([["Ridley", "made no secret of", "her dislike for the new pier"]]);
    expect(claimsOf("The fishermen's union came out against the toll.")).toEqual([["The fishermen's union", "came out against", "the toll"]]);
  });
  it("reads 'singled out', 'weighed in on' and 'pushed for', but not a time after 'for'", () => {
    expect(claimsOf("Okafor singled out the ferry firm's safety record.")).toEqual([["Okafor", "singled out", "the ferry firm's safety record"]]);
    expect(claimsOf("Several councillors weighed in on the dispute.")).toEqual([["Several councillors", "weighed in on", "the dispute"]]);
    expect(claimsOf("Ridley has pushed for a second ferry.")).toEqual([["Ridley", "pushed for", "a second ferry"]]);
    expect(claimsOf("Ridley has pushed for months.")).toEqual([]);
  });
  it("reads 'vouched for', 'sparred over', 'shrugged off' and 'brushed aside'", () => {
    expect(claimsOf("The lawyer vouched for the new captain.")).toEqual([["The lawyer", "vouched for", "the new captain"]]);
    expect(claimsOf("The two candidates sparred over the ferry fares.")).toEqual([["The two candidates", "sparred over", "the ferry fares"]]);
    expect(claimsOf("Okafor shrugged off the criticism.")).toEqual([["Okafor", "shrugged off", "the criticism"]]);
    expect(claimsOf("The board brushed aside the complaints.")).toEqual([["The board", "brushed aside", "the complaints"]]);
  });
  it("reads 'pushed back on' and 'sounded off on', but not a deadline pushed back", () => {
    expect(claimsOf("The mayor pushed back on the complaints.")).toEqual([["The mayor", "pushed back on", "the complaints"]]);
    expect(claimsOf("Okafor sounded off on the ferry fares.")).toEqual([["Okafor", "sounded off on", "the ferry fares"]]);
    expect(claimsOf("The council pushed back the deadline for the pier.")).toEqual([]);
  });
  it("reads 'responded to' and 'did not respond to' with what was answered", () => {
    expect(claimsOf("The harbour board did not respond to a request for comment.")).toEqual([["The harbour board", "did not respond to", "a request for comment"]]);
    expect(claimsOf("Okafor replied to the letter on Monday.")).toEqual([["Okafor", "replied to", "the letter"]]);
    // A that-clause after the verb is its content, as before (guard).
    expect(claimsOf("Okafor responded that the fares were fair.")).toEqual([["Okafor", "responded", "that the fares were fair"]]);
  });
  it("reads 'commented on'", () => {
    expect(claimsOf("Okafor has also commented on the ferry closure.")).toEqual([["Okafor", "commented on", "the ferry closure"]]);
  });
  it("reads no idiom in a noun", () => {
    expect(claimsOf("The brush off was rude.")).toEqual([]);
  });
});

describe("idioms of stance: firing back, taking credit, doubling down", () => {
  it("reads 'shot back that', 'fired back at' and 'hit back at'", () => {
    expect(claimsOf("Okafor shot back that the ferry had never been late.")).toEqual([["Okafor", "shot back that", "the ferry had never been late"]]);
    expect(claimsOf("Ridley fired back at the harbour board.")).toEqual([["Ridley", "fired back at", "the harbour board"]]);
    expect(claimsOf("The mayor hit back at her critics on Sunday.")).toEqual([["The mayor", "hit back at", "her critics"]]);
  });
  it("reads 'took credit for' and 'makes no apologies for'", () => {
    expect(claimsOf("The council took full credit for the new pier.")).toEqual([["The council", "took full credit for", "the new pier"]]);
    expect(claimsOf("Ridley makes no apologies for her bluntness.")).toEqual([["Ridley", "makes no apologies for", "her bluntness"]]);
  });
  it("reads 'walked back' with an object, but not a walk to a place", () => {
    expect(claimsOf("A spokesman for the board later walked back the comments.")).toEqual([["A spokesman for the board", "walked back", "the comments"]]);
    expect(claimsOf("Okafor walked back to the car.")).toEqual([]);
    expect(claimsOf("Okafor walked back home.")).toEqual([]);
  });
  it("reads 'doubled down on', 'threw her support behind' and 'opened up about'", () => {
    expect(claimsOf("Ridley doubled down on her remarks about the toll.")).toEqual([["Ridley", "doubled down on", "her remarks about the toll"]]);
    expect(claimsOf("Councillor Okafor threw her support behind the ferry plan.")).toEqual([["Councillor Okafor", "threw her support behind", "the ferry plan"]]);
    expect(claimsOf("The skipper opened up about his illness.")).toEqual([["The skipper", "opened up about", "his illness"]]);
  });
});

describe("the present tense of an idiom of stance", () => {
  it("ends the subject at 'hits back at' and 'fires back at'", () => {
    expect(claimsOf("The mayor hits back at critics of the ferry plan.")).toEqual([["The mayor", "hits back at", "critics of the ferry plan"]]);
    expect(claimsOf("Mayor Jo Blum fires back at the harbour board.")).toEqual([["Mayor Jo Blum", "fires back at", "the harbour board"]]);
  });
  it("reads the base form after a plural subject", () => {
    expect(claimsOf("Councillors push for a vote on the toll.")).toEqual([["Councillors", "push for", "a vote on the toll"]]);
  });
});

describe("verbs of rebuke and rebuff", () => {
  it("reads 'belittled', 'castigated' and 'rebuffed'", () => {
    expect(claimsOf("Ridley belittled the ferry plan.")).toEqual([["Ridley", "belittled", "the ferry plan"]]);
    expect(claimsOf("Okafor castigated the harbour board.")).toEqual([["Okafor", "castigated", "the harbour board"]]);
    expect(claimsOf("The mayor rebuffed the union's offer.")).toEqual([["The mayor", "rebuffed", "the union's offer"]]);
  });
});

describe("an adjective of stance", () => {
  it("reads its object, or its that-clause, with the subject before the copula as the speaker", () => {
    expect(triples("Ridley was deeply critical of the harbour plan.")).toEqual([["Ridley", "critical of", "the harbour plan"]]);
    expect(triples("The ferry workers are worried about the new timetable.")).toEqual([["The ferry workers", "worried about", "the new timetable"]]);
    expect(triples("Blum's advisers remained confident that the vote would pass in March.")).toEqual([["Blum's advisers", "confident that", "that the vote would pass in March"]]);
  });
  it("needs a speaker: no impersonal “it”, no thing", () => {
    expect(triples("It is certain that the quay will flood again.")).toEqual([]);
    expect(triples("The bridge was critical of the town's trade.")).toEqual([]);
  });
  it("needs the word that introduces its object", () => {
    expect(triples("Ridley was critical after the vote.")).toEqual([]);
  });
});

describe("more adjectives of stance", () => {
  it("reads 'upbeat about' and 'divided on'", () => {
    expect(claimsOf("Ridley is upbeat about the ferry's chances.")).toEqual([["Ridley", "upbeat about", "the ferry's chances"]]);
    expect(claimsOf("The councillors were deeply divided on the toll.")).toEqual([["The councillors", "divided on", "the toll"]]);
  });
  it("reads 'vocal in', 'pleased with' and 'troubled by'", () => {
    expect(claimsOf("Okafor is equally vocal in opposing the toll.")).toEqual([["Okafor", "vocal in", "opposing the toll"]]);
    expect(claimsOf("The fishermen were pleased with the new pier.")).toEqual([["The fishermen", "pleased with", "the new pier"]]);
    expect(claimsOf("Ridley was also troubled by the ferry delays.")).toEqual([["Ridley", "troubled by", "the ferry delays"]]);
  });
  it("reads an adjective of wanting with its infinitive: 'eager to', 'reluctant to'", () => {
    expect(claimsOf("Ridley was eager to reopen the old pier.")).toEqual([["Ridley", "eager", "to reopen the old pier"]]);
    expect(claimsOf("The council is reluctant to raise the fares again.")).toEqual([["The council", "reluctant", "to raise the fares again"]]);
    expect(claimsOf("Okafor was determined to show that the ferry could pay its way.")).toEqual([["Okafor", "determined", "to show that the ferry could pay its way"]]);
  });
  it("keeps the word after a that-adjective in its cue (guard)", () => {
    expect(claimsOf("Ridley is hopeful that the pier will reopen.")).toEqual([["Ridley", "hopeful that", "that the pier will reopen"]]);
  });
});

describe("cue verbs of intention", () => {
  it("takes “vowed to”, “pledged to” and “agreed to” with the infinitive as content", () => {
    expect(triples("The senator vowed to build a new road to the harbour.")).toEqual([["The senator", "vowed", "to build a new road to the harbour"]]);
    expect(triples("Ridley pledged to oppose the new tax on ferries.")).toEqual([["Ridley", "pledged", "to oppose the new tax on ferries"]]);
    expect(triples("The mayor agreed to meet the union leaders next week.")).toEqual([["The mayor", "agreed", "to meet the union leaders next week"]]);
  });
  it("takes a two-word infinitive", () => {
    expect(triples("The harbour board declined to comment.")).toEqual([["The harbour board", "declined", "to comment"]]);
  });
  it("reads the speaker of a relative clause from its antecedent", () => {
    const [c] = claimsOfBody("The vote was called by Ridley, who wants to close the old ferry terminal.");
    expect(c).toMatchObject({ cue: "wants", text: "to close the old ferry terminal" });
    expect(c?.speaker.mention).toContain("Ridley");
  });
  it("gives one claim for a stance verb after a verb of aspect and “to”", () => {
    expect(triples("But Ridley has begun to rebut that criticism, sailing to three harbours in April.")).toEqual([["Ridley", "rebut", "that criticism"]]);
  });
  it("gives “…, vowing to …” and “…, promising to …” after a comma to the clause's subject", () => {
    expect(triples("On Thursday, however, Ridley spoke to a gathering of ferry owners, promising to lift the harbour levy.")).toEqual([["Ridley", "promising", "to lift the harbour levy"]]);
    expect(triples("The mayor left the hall, vowing to “fight on” for the pier.")).toEqual([["The mayor", "vowing", "to “fight on” for the pier"]]);
  });
});

describe("intentions: 'would like to' and the progressive", () => {
  it("reads 'would like to …'", () => {
    expect(claimsOf("All five harbour commissioners would like to shrink the ferry budget.")).toEqual([
      ["All five harbour commissioners", "like", "to shrink the ferry budget"],
    ]);
  });
  it("leaves 'likes to …' alone", () => {
    expect(claimsOf("Okafor likes to sail on Sundays.")).toEqual([]);
  });
  it("reads the progressive after 'be'", () => {
    expect(claimsOf("Some of the workers are hoping to see the pier reopened.")).toEqual([
      ["Some of the workers", "hoping", "to see the pier reopened"],
    ]);
    expect(claimsOf("The mayor was looking to end a run of bad news.")).toEqual([["The mayor", "looking", "to end a run of bad news"]]);
  });
  it("needs a verb after 'to'", () => {
    expect(claimsOf("The mayor is looking to the future.")).toEqual([]);
  });
  it("leaves ', hoping to …' to the clause's subject", () => {
    expect(claimsOf("The council met twice on Friday, hoping to avoid a strike at the port.")).toEqual([
      ["The council", "hoping", "to avoid a strike at the port"],
    ]);
  });
});

describe("'it' before a verb of intention", () => {
  it("holds the aim", () => {
    expect(claimsOf("The port authority is spending millions on cranes, and it hopes to reap benefits of its own.")).toContainEqual(["it", "hopes", "to reap benefits of its own"]);
    expect(claimsOf("It plans to raise the harbour fees more slowly than before.")).toEqual([["It", "plans", "to raise the harbour fees more slowly than before"]]);
  });
  it("is still no speaker of a passive ('It is expected to …')", () => {
    expect(claimsOf("It was wanted to be finished by June.")).toEqual([]);
  });
});

describe("the subject of a purpose clause", () => {
  it("is the subject of the clause a subordinator opens", () => {
    expect(speakerOf("The mayor had few allies on the radio, although her old friend Jo Blum appeared on the morning show to defend her.", "to defend")).toBe("her old friend Jo Blum");
  });
  it("is a causative verb's object", () => {
    expect(speakerOf("The slump in ticket sales has led some councillors to worry whether the ferry can survive the winter.", "to worry")).toBe("some councillors");
    // With no article, the object still starts after the verb of causing.
    expect(speakerOf("Ferry use doubled by April, prompting research firm Harbour Data to declare the route a success.", "to declare")).toBe("research firm Harbour Data");
    expect(speakerOf("The mayor had been texting, which prompted wife Jo Blum to ask for a separation.", "to ask for")).toBe("wife Jo Blum");
  });
  it("is still the main clause's subject", () => {
    expect(speakerOf("The mayor flew to the island to praise the new harbour wall.", "to praise")).toBe("The mayor");
  });
});

describe("a purpose clause with a verb in -ss", () => {
  it("reads 'to discuss' and 'to stress'", () => {
    expect(claimsOf("Okafor flew to Leith to discuss the ferry contract.")).toEqual([["Okafor", "to discuss", "the ferry contract"]]);
    expect(claimsOf("Ridley visited the pier to stress the need for repairs.")).toEqual([["Ridley", "to stress", "the need for repairs"]]);
  });
  it("reads none after 'There', before 'as well', or after 'authorized'", () => {
    expect(claimsOf("There were no officials at the pier to discuss the delays.")).toEqual([]);
    expect(claimsOf("The mayors met in Leith to discuss as well.")).toEqual([]);
    expect(claimsOf("The clerk was not authorized to discuss the ferry contract.")).toEqual([]);
  });
});

describe("'enough' before 'to'", () => {
  it("makes no purpose clause of what suffices", () => {
    expect(record("A narrow victory here in 1984 by Jo Blum wasn't enough to claim the nomination.").claims).toEqual([]);
    expect(record("Okafor has enough delegates to claim the nomination.").claims).toEqual([]);
  });
  it("leaves a purpose that someone was bold enough for", () => {
    expect(claimsOf("Okafor was bold enough to tout his record.")).toEqual([["Okafor", "to tout", "his record"]]);
  });
});

describe("a verb of saying in a purpose clause", () => {
  it("gives the subject a claim for a cue that is also a stance verb", () => {
    expect(claimsAtEnd("Mara Quinlan went on local radio to defend the timetable.")).toContainEqual(["Mara Quinlan", "to defend", "the timetable"]);
  });
  it("reads a base form of a verb of saying with its that-clause", () => {
    expect(claimsAtEnd("The council leader went on local radio to say that the pier was safe.")).toContainEqual(["The council leader", "to say", "that the pier was safe"]);
  });
  it("reads 'took to' a platform the same way", () => {
    expect(claimsAtEnd("Councillor Idris Vane took to social media to deny the report.")).toContainEqual(["Councillor Idris Vane", "to deny", "the report"]);
  });
  it("gives nothing when the subject cannot speak (guard)", () => {
    const claims = claimsAtEnd("The ferry timetable was changed in the spring to explain the delays to passengers.");
    expect(claims.filter((c) => c[1] === "to explain")).toEqual([]);
  });
  it("leaves an intention to the verb before 'to' (guard)", () => {
    const claims = claimsAtEnd("Mara Quinlan agreed to defend the timetable.");
    expect(claims.filter((c) => c[1] === "to defend")).toEqual([]);
    expect(claims).toContainEqual(["Mara Quinlan", "agreed", "to defend the timetable"]);
  });
  it("leaves a passive request alone (guard)", () => {
    const claims = claimsAtEnd("The harbour master was asked to explain the delays.");
    expect(claims.filter((c) => c[1] === "to explain")).toEqual([]);
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
    // The request has no speaker the sentence names (it is a claim with none).
    expect(claimsOf("The pilots were asked to explain the delay.").filter((c) => c[1] === "asked")).toEqual([["", "asked", "to explain the delay"]]);
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

describe("an impression", () => {
  it("is held by the person or group it is about", () => {
    expect(triples("Fishermen seem to care more about the toll than the ferry.")).toEqual([
      ["Fishermen", "seem", "Fishermen seem to care more about the toll than the ferry"],
    ]);
    expect(triples("Okafor herself seemed to welcome the new toll.")).toEqual([["Okafor", "seemed", "Okafor herself seemed to welcome the new toll"]]);
  });
  it("is the writer's when the person seems to be something rather than to take a stance", () => {
    expect(triples("Okafor appears to be the favourite.")).toEqual([["", "appears", "Okafor appears to be the favourite"]]);
  });
  it("has no holder when its subject is a thing, a place or a phrase built on another noun", () => {
    expect(triples("The ferry seemed slow.")).toEqual([["", "seemed", "The ferry seemed slow"]]);
    expect(triples("Norway appears to be the favourite.")).toEqual([["", "appears", "Norway appears to be the favourite"]]);
    expect(triples("The rift between the council and the board seems to be growing.")).toEqual([
      ["", "seems", "The rift between the council and the board seems to be growing"],
    ]);
  });
});

describe("impressions no one is named for: 'It seems'", () => {
  it("reads the clause after “It seems”", () => {
    expect(claimsOf("It seems the harbour board will go on without the support of the fishermen.")).toEqual([
      ["", "seems", "the harbour board will go on without the support of the fishermen"],
    ]);
  });
  it("reads a subject with an aside between commas", () => {
    expect(claimsOf("The new board, headed by Ines Calloway, seems ready to sell the pier.")).toEqual([
      ["", "seems", "The new board, headed by Ines Calloway, seems ready to sell the pier"],
    ]);
  });
  it("leaves “it seems to me” alone", () => {
    expect(claimsOf("It seems to me a poor idea.")).toEqual([]);
  });
  it("gives an impression to the people it seems so to", () => {
    expect(claimsOf("Nothing about the new fares seems fair to me.")).toEqual([["me", "seems", "Nothing about the new fares seems fair to me"]]);
    expect(claimsOf("The ferry closure may have seemed remote to most voters.")).toEqual([["most voters", "seemed", "The ferry closure may have seemed remote to most voters"]]);
  });
  it("takes no one from a 'to' past a participle or an infinitive (guard)", () => {
    expect(claimsOf("The captain appeared unaffected by the abuse handed out to him.")).toEqual([["", "appeared", "The captain appeared unaffected by the abuse handed out to him"]]);
    expect(claimsOf("The party seemed to drift to the right.")).toEqual([["", "seemed", "The party seemed to drift to the right"]]);
  });
});

describe("impressions no one is named for: looks and views", () => {
  it("reads a look after 'appear'", () => {
    expect(claimsOf("The harbour board appeared paralyzed.")).toEqual([["", "appeared", "The harbour board appeared paralyzed"]]);
    expect(claimsOf("She appears ready, moreover, to raise the ferry fares.")).toEqual([
      ["", "appears", "She appears ready, moreover, to raise the ferry fares"],
    ]);
  });
  it("ends the look at its comma", () => {
    expect(claimsOf("He appeared rattled at the last meeting, unable to answer the dockers.")).toEqual([["", "appeared", "He appeared rattled at the last meeting"]]);
  });
  it("is no look when someone appears somewhere", () => {
    expect(claimsOf("Okafor appeared on the radio on Sunday.")).toEqual([]);
    expect(claimsOf("Okafor appeared alongside the mayor.")).toEqual([]);
  });
  it("reads 'is seen as', 'was widely viewed as'", () => {
    expect(claimsOf("Outside the port, the ferry plan is seen as a gamble.")).toEqual([["", "seen", "the ferry plan is seen as a gamble"]]);
    expect(claimsOf("The new pier was widely viewed as a waste of money.")).toEqual([["", "viewed", "The new pier was widely viewed as a waste of money"]]);
  });
  it("is none inside a relative clause", () => {
    const claims = claimsOf("Asked about the closure, which was seen as a failure, Okafor said, “I have not heard that concern.”");
    expect(claims.filter((c) => c[1] === "seen")).toEqual([]);
    expect(claims).toContainEqual(["Okafor", "said", "I have not heard that concern."]);
  });
  it("is none without a subject of its own", () => {
    expect(claimsOf("The old ferry is forty years old, and is widely seen as falling behind its rivals.")).toEqual([]);
  });
  it("is none for 'have seen as many as'", () => {
    expect(claimsOf("I have seen as many as ten ferries in the bay.")).toEqual([]);
  });
});

describe("a reputation no one is named for", () => {
  it("reads 'is best known for' and 'is known for' with the whole clause", () => {
    expect(claimsOf("The councillor is best known for her fight against the toll.")).toEqual([["", "known", "The councillor is best known for her fight against the toll"]]);
    expect(claimsOf("Okafor is known for speaking her mind.")).toEqual([["", "known", "Okafor is known for speaking her mind"]]);
  });
  it("reads 'is better known as', but not a name after a plain 'is known as'", () => {
    expect(claimsOf("Ridley is better known as a ferry captain.")).toEqual([["", "known", "Ridley is better known as a ferry captain"]]);
    expect(claimsOf("The harbour radio system is known as HRS.")).toEqual([]);
  });
  it("reads none before a verb, nor after 'had'", () => {
    expect(claimsOf("The energy he is known for was gone.")).toEqual([]);
    expect(claimsOf("Okafor had known him for years.")).toEqual([["Okafor", "known", "him for years"]]);
  });
});

describe("hearsay and expectations with no one named", () => {
  it("reads “was said to”, “is believed to” before a verb", () => {
    expect(claimsOf("The harbour master was said to be furious with the council.")).toEqual([
      ["", "said", "The harbour master was said to be furious with the council"],
    ]);
    expect(claimsOf("He is believed to have left for Oslo.")).toEqual([["", "believed", "He is believed to have left for Oslo"]]);
  });
  it("leaves a passive before a phrase alone", () => {
    expect(claimsOf("He was reported to the police by a neighbour.")).toEqual([]);
  });
  it("reads an expectation in a relative clause, up to its closing comma or the main verb", () => {
    expect(claimsOf("The regatta, which is expected to draw 5,000 visitors, opened on Monday.")).toEqual([
      ["", "expected", "which is expected to draw 5,000 visitors"],
    ]);
    expect(claimsOf("The owners who are expected to back the levy met on Monday.")).toEqual([
      ["", "expected", "who are expected to back the levy"],
    ]);
  });
});

describe("reports no one is named for", () => {
  it("reads 'reportedly' as a claim with no speaker", () => {
    expect(claimsOf("The ferry company has reportedly hired a new captain for the winter crossings.")).toContainEqual([
      "",
      "reportedly",
      "The ferry company has reportedly hired a new captain for the winter crossings",
    ]);
  });
  it("leaves 'reportedly' before a cue to the cue's speaker (guard)", () => {
    expect(claimsOf("Quinlan reportedly said the pier would close.")).toEqual([["Quinlan", "said", "the pier would close"]]);
    // After an auxiliary and a negation too; a negated cue with only a reference back gives nothing.
    expect(claimsOf("The ferry company reportedly did not deny the claim.")).toEqual([]);
  });
  it("reads a negated expectation", () => {
    expect(claimsOf("The harbour vote is not expected to change the fares before spring.")).toContainEqual([
      "",
      "is not expected",
      "The harbour vote is not expected to change the fares before spring",
    ]);
  });
});

describe("a stance in a relative clause with a list for its object", () => {
  it("keeps the whole list", () => {
    expect(triples("Blum, who has insulted pilots, porters and crews, won the vote.")).toContainEqual(["Blum", "insulted", "pilots, porters and crews"]);
    expect(triples("Blum, who has endorsed Okafor, Reyes and Tan, won the vote.")).toContainEqual(["Blum", "endorsed", "Okafor, Reyes and Tan"]);
  });
  it("still ends at the clause's closing comma (guard)", () => {
    expect(triples("Blum, who has insulted pilots, won the vote.")).toContainEqual(["Blum", "insulted", "pilots"]);
  });
});

describe("a second verb after \"or\"", () => {
  it("shares the subject of the first, as after \"and\"", () => {
    expect(claimsOf("Ridley hasn't endorsed the plan or conceded his seat on the board.")).toContainEqual(["Ridley", "conceded", "his seat on the board"]);
  });
});

describe("verbs that frame their object: 'cast', 'paint', 'depict', 'frame'", () => {
  it("reads the object and its complement after 'as' as a stance", () => {
    expect(triples("Okafor cast himself as the candidate of the harbour towns.")).toEqual([["Okafor", "cast", "himself as the candidate of the harbour towns"]]);
    expect(triples("The mayor painted her rival as a friend of the developers.")).toEqual([["The mayor", "painted", "her rival as a friend of the developers"]]);
    expect(triples("Blum framed the ferry cuts as a betrayal of the islands.")).toEqual([["Blum", "framed", "the ferry cuts as a betrayal of the islands"]]);
  });
  it("reads 'identify … as' as a stance, and keeps a that-clause after 'identified' (guard)", () => {
    expect(triples("Okafor identified the ferry cuts as the main threat to the islands.")).toEqual([["Okafor", "identified", "the ferry cuts as the main threat to the islands"]]);
    expect(triples("The auditors identified that the ferry fund was short.")).toEqual([["The auditors", "identified", "that the ferry fund was short"]]);
  });
  it("reads a vote cast for someone as a stance", () => {
    expect(triples("Most of the delegates cast their ballots for Okafor.")).toEqual([["Most of the delegates", "cast", "their ballots for Okafor"]]);
  });
  it("reads no stance without a complement", () => {
    expect(claimsOf("Most of the delegates cast their ballots early on Tuesday.")).toEqual([]);
    expect(claimsOf("The volunteers painted the old ferry terminal in June.")).toEqual([]);
    // "such … as" is a list, not a complement.
    expect(claimsOf("The band's songs cast their spell on such singers as Okafor and Reyes.")).toEqual([]);
  });
  it("reads 'cast doubt on' as an idiom of stance", () => {
    expect(triples("The auditors' report casts doubt on the council's figures.")).toEqual([["The auditors' report", "casts doubt on", "the council's figures"]]);
  });
});
