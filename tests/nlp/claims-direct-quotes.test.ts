// Direct quotations: which speaker a quotation belongs to, its cue before or after it, signed and
// unattributed quotations, quotation marks, and questions put to a speaker. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/nlp/quotes.ts";
import { claimTriples as triples, recordOf } from "../helpers.ts";
import { record, claimsOf, speakerOf, claimsAtEnd, rawClaimsWithKind, speakerTypeCuesAtEnd, rawClaims } from "./claims-helpers.ts";

describe("a quote's next sentence", () => {
  it("is not the quote's attribution when its cue takes a clause of its own", () => {
    const t = triples("Ridley, a ferry pilot, said he holds the harbour “very near to my heart.” He said he knows every rock in the bay.");
    expect(t).toContainEqual(["He", "said", "he knows every rock in the bay"]);
    expect(t.filter((x) => x[1] === "said")).toHaveLength(2);
  });
  it("still attributes the quote when the next sentence is only the attribution", () => {
    expect(triples("“It was a wild night!” Ridley said on Tuesday.")).toEqual([["Ridley", "said", "It was a wild night!"]]);
  });
});

describe("a speaker after a quotation", () => {
  it("may be a role and a name in apposition with no comma before the cue", () => {
    expect(triples("“The ferry is our lifeline,” a neighbour, Jo Blum told the Courier.")).toEqual([
      ["a neighbour, Jo Blum", "told", "The ferry is our lifeline"],
    ]);
  });
  it("does not take a quotation inside its own relative clause as the second half", () => {
    expect(triples("“We will win,” said Okafor, who called the toll “a disgrace,” adding that she would fight.")).toEqual([
      ["Okafor", "said", "We will win"],
      ["Okafor", "called", "the toll “a disgrace,”"],
      ["Okafor", "adding", "that she would fight"],
    ]);
  });
});

describe("speakers after a quotation", () => {
  it("takes a participle and a noun outside the role lexicon before a name", () => {
    expect(claimsOf("“The pier will not last a winter,” said retired shipwright Alma Petrosyan.")).toEqual([
      ["retired shipwright Alma Petrosyan", "said", "The pier will not last a winter"],
    ]);
  });
  it("takes in where the speaker is from, and leaves out a relative clause after it", () => {
    expect(claimsOf("“The levy scares me,” Tomas Ferreira, 41, of Dunmore, Pa., who was among those polled, said in an interview.")).toEqual([
      ["Tomas Ferreira, 41, of Dunmore, Pa.", "said", "The levy scares me"],
    ]);
    expect(claimsOf("“The levy scares me,” Tomas Ferreira, 41, who was among those polled, said.")).toEqual([
      ["Tomas Ferreira, 41", "said", "The levy scares me"],
    ]);
  });
});

describe("a quotation ending in a question mark", () => {
  it("takes the next sentence's speaker past an addressee", () => {
    expect(triples("“What can we do to help?” Blum told reporters.")).toEqual([["Blum", "told", "What can we do to help?"]]);
  });
  it("leaves a next sentence with a clause of its own to that clause", () => {
    expect(triples("“What can we do to help?” Blum told reporters the toll would fall.")).toEqual([["Blum", "told", "the toll would fall"]]);
  });
});

describe("a relative clause between a quotation's speaker and its cue", () => {
  it("is no part of the speaker's mention", () => {
    expect(claimsAtEnd("“The numbers do not add up,” the economist, who has advised two governments, wrote on Monday.")).toContainEqual(["the economist", "wrote", "The numbers do not add up"]);
  });
  it("keeps an age in apposition in the mention (guard)", () => {
    expect(claimsAtEnd("“We won,” Jim Bennett, 57, told reporters.")).toContainEqual(["Jim Bennett, 57", "told", "We won"]);
  });
});

describe("a quotation's speaker before the cue", () => {
  it("is the noun a relative clause describes", () => {
    expect(claimsOf("Residents who attended the meeting said, “We are angry about the fares.”")).toEqual([["Residents", "said", "We are angry about the fares."]]);
    expect(claimsOf("A harbour official who spoke anonymously said Wednesday, “There are talks with the union.”")).toEqual([["A harbour official", "said", "There are talks with the union."]]);
  });
});

describe("a manner adverb after the cue that follows a quotation", () => {
  it("gives the quotation to the speaker of '… asked rhetorically.'", () => {
    expect(claimsOf("“Who pays for the pier?” Okafor asked rhetorically.")).toEqual([["Okafor", "asked", "Who pays for the pier?"]]);
  });
  it("still reads a clause of its own after the adverb as a new claim", () => {
    expect(claimsOf("“Who pays for the pier?” Okafor said quietly that the board would.").map(([speaker, cue, text]) => [speaker, cue, text])).not.toContainEqual(["Okafor", "said", "Who pays for the pier?"]);
  });
});

describe("a retort after a quotation", () => {
  it("takes a past verb with 'back' as the cue, with the speaker before it", () => {
    expect(claimsAtEnd("“That is simply false,” the harbour master shot back on Monday.")).toContainEqual(["the harbour master", "shot back", "That is simply false"]);
  });
  it("reads a regular past verb with 'back' the same way", () => {
    expect(claimsAtEnd("“We will not move,” Mara Voss fired back.")).toContainEqual(["Mara Voss", "fired back", "We will not move"]);
  });
  it("keeps a known cue's own words when 'back' follows it (guard)", () => {
    expect(claimsAtEnd("“Go home,” he said back then.")).toContainEqual(["he", "said", "Go home"]);
  });
});

describe("speakers after quotations and parentheses", () => {
  it("gives a participle after 'X said,' to X when a straight quotation opens the sentence", () => {
    expect(claimsOf('"If anyone should lose, it would be the ferry line," Voss said, referring to the harbour board.')).toEqual([
      ["Voss", "said", "If anyone should lose, it would be the ferry line"],
      ["Voss", "referring to", "the harbour board"],
    ]);
  });
  it("reads past a long parenthesis after a name or a share to its verb", () => {
    expect(claimsOf("Few would admit this, but Jo Blum (a harbour pilot so young she has been mistaken for a deckhand) says she was lost at first.")).toEqual([
      ["Jo Blum", "says", "she was lost at first"],
    ]);
    expect(claimsOf("Some 20 percent said they doubt it; 29 percent (and 43 percent of dockers) said they believe it.").map((c) => c[0])).toEqual(["Some 20 percent", "29 percent"]);
  });
});

describe("a verb of saying by its manner", () => {
  it("attributes a quotation it follows, to a noun phrase as well as a name", () => {
    expect(triples("“Open the gates!” the crowd chanted outside the town hall.")).toEqual([["the crowd", "chanted", "Open the gates!"]]);
    expect(triples("“Not again,” Ridley muttered.")).toEqual([["Ridley", "muttered", "Not again"]]);
  });
  it("attributes a quotation it introduces", () => {
    expect(triples("As the ferry left, Blum yelled, “Come back tomorrow!”")).toEqual([["Blum", "yelled", "Come back tomorrow!"]]);
  });
  it("is no cue without a quotation", () => {
    expect(triples("The crowd chanted slogans outside the town hall.")).toEqual([]);
  });
});

describe("a short quotation right after an attribution and its comma", () => {
  it("is a quotation although the sentence goes on", () => {
    expect(claimsOf("Okafor said, “We'll see,” when asked about the ferry.")).toContainEqual(["Okafor", "said", "We'll see"]);
    expect(claimsOf("Okafor said, “We'll see,” before leaving the stage.")).toEqual([["Okafor", "said", "We'll see"]]);
  });
  it("still is no quotation after other words ('called his boat, “Gull,” and left')", () => {
    expect(record("Okafor called his boat, “Gull,” and left the harbour.").claims.filter((c) => c.kind === "direct")).toEqual([]);
  });
});

describe("an aside between the attribution and its quotation", () => {
  it("is passed over when a preposition opens it", () => {
    expect(claimsOf("Jo Blum said on the radio on Monday, in reference to the closure, “We must do better.”")).toEqual([
      ["Jo Blum", "said", "We must do better."],
    ]);
  });
  it("is the attribution itself when it has a cue of its own", () => {
    expect(speakerOf("Dockers blocked the gates, with Okafor reportedly yelling: “Open them now!”", "yelling")).toBe("Okafor");
  });
});

describe("a quotation after 'was prompted to say,'", () => {
  it("is said by the subject of the participle", () => {
    expect(claimsOf("The hearing was so calm that Okafor was prompted to say, “I cannot believe how civil it has been.”")).toContainEqual(["Okafor", "say", "I cannot believe how civil it has been."]);
  });
});

describe("a short quotation that closes its sentence", () => {
  it("is a claim when its cue comes right before it", () => {
    expect(rawClaimsWithKind("Okafor then asked, “With ferries?”")).toEqual([["Okafor", "asked", "direct", "With ferries?"]]);
    expect(rawClaimsWithKind("The harbour master said: “Not now.” Then she left.")).toEqual([["The harbour master", "said", "direct", "Not now."]]);
  });
  it("but a short quoted title after other words is not (guard)", () => {
    expect(rawClaimsWithKind("Okafor named the ferry, “The Gull.”").filter((c) => c[2] === "direct")).toEqual([]);
  });
});

describe("a quotation that opens inside its sentence", () => {
  it("keeps the words of its clause before it", () => {
    expect(claimsOf("The board tried to distance itself from the mayor, and in doing so it “made a costly mistake,” Blum said.")).toEqual([
      ["Blum", "said", "The board tried to distance itself from the mayor, and in doing so it “made a costly mistake,”"],
    ]);
  });
  it("leaves a lead-in that ends in its own verb of saying, or in a dash", () => {
    expect(claimsOf("Asked on Tuesday about the ferry, Blum said “I know nothing about the ferry or its crew,” she said.")).toContainEqual(["she", "said", "I know nothing about the ferry or its crew"]);
    expect(claimsOf("The mayor praised the crews - “They never once gave up on us,” Blum said - and thanked the board.")).toContainEqual(["Blum", "said", "They never once gave up on us"]);
  });
  it("keeps a quotation that opens the sentence as it is", () => {
    expect(claimsOf("“We will keep the ferry running all winter,” Blum said.")).toEqual([["Blum", "said", "We will keep the ferry running all winter"]]);
  });
});

describe("a quoted phrase inside the sentence", () => {
  it("after a preposition's determiner is no quotation of the speaker after it", () => {
    expect(claimsAtEnd("To a question on the “future of the port,” Blum said private ferries can cost more than public ones.")).toEqual([
      ["Blum", "said", "private ferries can cost more than public ones"],
    ]);
  });
  it("while a quotation opening the sentence still is (guard)", () => {
    expect(claimsAtEnd("“The future of the port is bright,” Blum said.")).toEqual([["Blum", "said", "The future of the port is bright"]]);
  });
});

describe("quotations and objects", () => {
  it("leaves a quotation inside a reported clause to that clause when the next cue has its own", () => {
    const claims = claimsOf("While Voss argued that “the fares are too high,” the mayor said the fares were fair.");
    expect(claims).toContainEqual(["the mayor", "said", "the fares were fair"]);
    expect(claims.filter((c) => c[0] === "the mayor")).toHaveLength(1);
    expect(claims.filter((c) => c[0] === "Voss")).toHaveLength(1);
  });
  it("still gives a quotation to the cue after it that takes no clause", () => {
    expect(claimsOf("“The fares are too high,” the mayor said on Monday.")).toEqual([["the mayor", "said", "The fares are too high"]]);
  });
  it("keeps a name in apposition and a state inside an object", () => {
    expect(claimsOf("Voss assailed a harbour official, Jo P. Blum, for her ruling on the pier.")).toEqual([["Voss", "assailed", "a harbour official, Jo P. Blum, for her ruling on the pier"]]);
    expect(claimsOf("Blum pointed to a recent stop in Concord, N.H., where the mayor thanked the dockers.")).toEqual([
      ["Blum", "pointed to", "a recent stop in Concord, N.H., where the mayor thanked the dockers"],
    ]);
  });
});

describe("a quotation that no cue attributes", () => {
  it("belongs to the subject of the words before it", () => {
    expect(triples("The mayor went further: “Nobody in this town will pay a toll for the bridge.”")).toEqual([
      ["The mayor", "went", "Nobody in this town will pay a toll for the bridge."],
    ]);
    expect(triples("Okafor responded with a smile: “We have enough votes to pass the budget tonight.”")).toEqual([
      ["Okafor", "responded", "We have enough votes to pass the budget tonight."],
    ]);
  });
  it("goes on from the claim before it in the same paragraph", () => {
    expect(triples("“We will reopen the ferry by June,” Okafor said. The crowd cheered. “And the fares will not go up, not by a penny.”")).toEqual([
      ["Okafor", "said", "We will reopen the ferry by June"],
      ["Okafor", "said", "And the fares will not go up, not by a penny."],
    ]);
  });
  it("takes the speaker found before the colon after an earlier quotation", () => {
    expect(triples("“The budget is balanced,” Okafor said before adding: “The harbour will pay for itself within ten years.”")).toEqual([
      ["Okafor", "said", "The budget is balanced"],
      // (The subject is found past the opening quotation, and "adding" is the cue.)
      ["Okafor", "adding", "The harbour will pay for itself within ten years."],
    ]);
  });
  it("is no claim without a speaker in sight, or when it is a short phrase", () => {
    expect(triples("The harbour report is long. “The ferry will need a new engine before the winter storms arrive.”")).toEqual([]);
    // Reported speech in the paragraph before does not carry over to a quotation paragraph.
    expect(triples("Okafor has said the ferry will stay.\n\n“And the fares will not go up, not by a penny, this year.”")).toEqual([
      ["Okafor", "said", "the ferry will stay"],
    ]);
    expect(triples("The clerk, a “very patient man,” waited.")).toEqual([]);
  });
});

describe("a quotation between two attributions", () => {
  it("leaves a quotation after 'X said.' to X when the next sentence's cue opens a quotation of its own", () => {
    const claims = record("“The fares are too high,” said Voss. “The dockers cannot pay them.” Jo Blum, the mayor, said: “We will look at the fares.”").claims;
    expect(claims.map((c) => [c.speaker.mention, c.text])).toEqual([
      ["Voss", "The fares are too high … The dockers cannot pay them."],
      ["Jo Blum, the mayor", "We will look at the fares."],
    ]);
  });
  it("gives a quotation that opens its paragraph to the next sentence's 'X added:'", () => {
    const claims = record("Voss said the ferry would appeal to families.\n\n“They want a taste of the sea.” Voss added: “Everybody thought the line was finished.”").claims;
    expect(claims.map((c) => [c.speaker.mention, c.cue, c.text])).toEqual([
      ["Voss", "said", "the ferry would appeal to families"],
      ["Voss", "added", "They want a taste of the sea."],
      ["Voss", "added", "Everybody thought the line was finished."],
    ]);
  });
});

describe("quotations answered, asked and after prepositions", () => {
  it("reads 'answered' before a quotation as its cue", () => {
    expect(claimsOf("Voss answered, “I have no idea. We are old friends, too.”")).toEqual([["Voss", "answered", "I have no idea. We are old friends, too."]]);
  });
  it("reads 'the answer' as a noun", () => {
    expect(claimsOf("The answer was no.")).toEqual([]);
  });
  it("leaves a question to its asker when the next sentence's cue opens a quotation of its own", () => {
    expect(claimsOf("Voss was asked, “Would you have told her?” He replied, “I have no idea.”")).toEqual([
      ["Voss", "asked", "Would you have told her?"],
      ["He", "replied", "I have no idea."],
    ]);
  });
  it("gives no speaker to a quotation after a preposition", () => {
    expect(claimsOf("The ferry returned.\n\nAccording to Jo Blum's “The Harbour Years: Ferries, Fares and the Sea” and other sources, his was an all-purpose job.").map((c) => c[0])).not.toContain("According");
    expect(claimsOf("Hundreds of letters have arrived, many addressed simply to “The Mayor of the Harbour, Port Vale.”")).toEqual([]);
  });
});

describe("quotations after a colon lead-in or across paragraphs", () => {
  it("after a name and a colon inside a paragraph are that name's", () => {
    expect(triples("The mayor was quick to answer on the radio ... Ilse Brandt: “The piers will follow once the money arrives.”")).toEqual([["Ilse Brandt", ":", "The piers will follow once the money arrives."]]);
    expect(triples("Rep. Ada Okafor (D-Ohio): “Nobody here will vote for a closed port.”")).toEqual([["Rep. Ada Okafor", ":", "Nobody here will vote for a closed port."]]);
    expect(triples("TOLLS ARE BACK - Ruth M. Ambler: “The tolls will be back by June.”")).toEqual([["Ruth M. Ambler", ":", "The tolls will be back by June."]]);
  });
  it("give each of two names and colons in one paragraph its own quotation", () => {
    expect(triples("Brandt: “The sea wall comes first.” Okafor: “The ferry terminal comes first.”")).toEqual([
      ["Brandt", ":", "The sea wall comes first."],
      ["Okafor", ":", "The ferry terminal comes first."],
    ]);
  });
  it("after a label or a phrase in the middle of a sentence are no name's (guard)", () => {
    expect(triples("The harbour board sent its answer. Update: “The piers will follow once the money arrives.”").filter((c) => c[1] === ":")).toEqual([]);
    expect(triples("The board had one message for the Harbour Pilots: “The piers will follow once the money arrives.”").map((c) => c[0])).not.toContain("Harbour Pilots");
  });
  it("after 'put it simply:' are the subject's", () => {
    expect(speakerTypeCuesAtEnd("One of the dockers, Ruth Ambler, put it simply: “Nobody here will vote for a closed port.”")).toContainEqual(["Ruth Ambler", "person", "put"]);
    expect(claimsAtEnd("As the harbour master put it, “Nobody here will vote for a closed port.”")).toContainEqual(["the harbour master", "put", "Nobody here will vote for a closed port."]);
    expect(claimsAtEnd("As Ruth Ambler put it, “Nobody here will vote for a closed port.”")).toContainEqual(["Ruth Ambler", "put", "Nobody here will vote for a closed port."]);
  });
  it("left open at a paragraph's end and attributed in the next paragraph are one claim of that speaker", () => {
    const claims = recordOf(
      "Harbour news\n\nThe mayor spoke on Monday. “We will rebuild the sea wall first, and the piers will follow once the money arrives.\n\n“After that, the ferry terminal gets a new roof,” said Mayor Ilse Brandt.\n",
    ).claims;
    expect(claims.map((c) => [c.speaker.name, c.text])).toEqual([
      ["Ilse Brandt", "We will rebuild the sea wall first, and the piers will follow once the money arrives. After that, the ferry terminal gets a new roof"],
    ]);
  });
  it("closed in its own paragraph stays apart from the next paragraph's (guard)", () => {
    const claims = recordOf(
      "Harbour news\n\n“The sea wall comes first,” the mayor said on Monday.\n\n“After that, the ferry terminal gets a new roof,” said Mayor Ilse Brandt.\n",
    ).claims;
    expect(claims).toHaveLength(2);
  });
});

describe("a quotation after a colon", () => {
  it("belongs to a subject followed by a short aside", () => {
    expect(triples("Councillor Mary Okafor, D-Harbour, delivered a blunt message to the board: “It is time to stop attacking the people who run the ferry.”")).toEqual([
      ["Councillor Mary Okafor", "delivered", "It is time to stop attacking the people who run the ferry."],
    ]);
  });
  it("has no speaker in a conjunction or a name before a preposition", () => {
    expect(triples("Or, perhaps, his whole act—“My harbour plan will be a tremendous plan for everyone!”—is simply wearing thin.")).toEqual([]);
  });
});

describe("a longer phrase of what a quotation is about before its colon", () => {
  it("leaves the cue before it", () => {
    expect(claimsOf("In a press release, the harbour board said about its inclusion of the ferry in the latest draft of its plan for the port: “The plan goes further than any before.”")).toEqual([
      ["the harbour board", "said", "The plan goes further than any before."],
    ]);
  });
  it("but not past a comma", () => {
    expect(claimsOf("The board said little, and its chairman wrote in the latest draft of its long plan for the old port: “The plan goes further.”").map((c) => c[1])).not.toContain("said");
  });
});

describe("a quotation paragraph signed on the next line", () => {
  it("is a direct claim of the name after the dash", () => {
    const text = `Harbour news\n\nThe ferry will run again.\n\n“We have waited for this ferry for a very long time. It is good news.”\n\n— Jo Blum, harbour master.\n\nOther news followed.\n\n“The timetable is a matter for the board and nobody else.”\n\n- Okafor.\n`;
    expect(rawClaims(text).map((c) => [c.speaker.mention, c.kind, c.text])).toEqual([
      ["Jo Blum", "direct", "We have waited for this ferry for a very long time. It is good news."],
      ["Okafor", "direct", "The timetable is a matter for the board and nobody else."],
    ]);
  });
  it("but a dash line that goes on as prose signs nothing (guard)", () => {
    const text = `Harbour news\n\nThe ferry will run again.\n\n“We have waited for this ferry for a very long time. It is good news.”\n\n— Jo Blum and the harbour board met the mayor on Monday to talk about the timetable for the winter months ahead of the vote.\n`;
    expect(rawClaims(text).filter((c) => c.kind === "direct")).toEqual([]);
  });
});

describe("quotations signed after them and transcripts' turns", () => {
  const claimsIn = (body: string) => recordOf(`Harbour voices\n\n${body}\n`).claims.map((c) => [c.speaker.mention, c.kind, c.text]);
  it("a quotation paragraph ending in a dash and a name is that name's", () => {
    expect(claimsIn("“The ferry scares me. The board never listens to us.” ― Esther Tapia\n\n“We need the dock back before the winter comes.”— Carla Reyes.")).toEqual([
      ["Esther Tapia", "direct", "The ferry scares me. The board never listens to us."],
      ["Carla Reyes", "direct", "We need the dock back before the winter comes."],
    ]);
  });
  it("short signed quotations after an introduction are claims too, not subheadings", () => {
    const body = "Readers told us what they think of the ferry plan.\n\n“The ferry scares me.” ― Esther Tapia\n\n“We need the dock.” ― Priya Raman\n\n“Keep the boats running.”\n\n― Jo Bloggs";
    expect(claimsIn(body).filter((c) => c[1] === "direct")).toEqual([
      ["Esther Tapia", "direct", "The ferry scares me."],
      ["Priya Raman", "direct", "We need the dock."],
      ["Jo Bloggs", "direct", "Keep the boats running."],
    ]);
  });
  it("while a short quotation with no signature is no claim (guard)", () => {
    expect(claimsIn("The board met on Monday.\n\n“Keep the boats running.”\n\nThe meeting ended at noon.")).toEqual([]);
  });
  it("while a dash and words that go on are no signature (guard)", () => {
    expect(claimsIn("“The ferry scares me and the board never listens to us.” — and that was the end of the meeting, which ran late into the night.")).toEqual([]);
  });
  it("a quoted paragraph opening with a speaker's name in capitals and a colon is that speaker's turn", () => {
    expect(claimsIn('"WALLACE: Let us start with the news on the ferry story tonight.\n\n"LUND: Well, look, the board thinks this is a game.')).toEqual([
      ["WALLACE", "direct", "Let us start with the news on the ferry story tonight"],
      ["LUND", "direct", "Well, look, the board thinks this is a game"],
    ]);
  });
});

describe("quotation marks of other languages", () => {
  it("„…“ is a direct quote", () => {
    expect(recordOf("Harbour news\n\n„We never expected this,“ said festival director Aoife Brannigan.\n").claims.map((c) => [c.kind, c.text])).toEqual([
      ["direct", "We never expected this"],
    ]);
  });
  it("«…» is a direct quote", () => {
    expect(recordOf("Harbour news\n\n«It was magical», added volunteer Lucien Marchetti.\n").claims.map((c) => [c.kind, c.text])).toEqual([["direct", "It was magical"]]);
  });
});

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

describe("a question put to someone, attributed by the next sentence", () => {
  it("is attributed by the next sentence even when it names the addressee", () => {
    expect(triples("“Did you read the report?” Okafor asked the minister.")).toEqual([["Okafor", "asked", "Did you read the report?"]]);
  });
  it("has no speaker in a subordinator", () => {
    expect(triples("Whenever asked about the toll, they changed the subject.")).toEqual([]);
  });
});

describe("questions put to or asked by someone named", () => {
  it("put to someone ('Asked whether …, X said') are not that person's", () => {
    const claims = speakerTypeCuesAtEnd("Asked whether he would appeal, Oskar Lindqvist said: “We will see.”");
    expect(claims).toContainEqual(["unknown", "unknown", "Asked"]);
    expect(claims).toContainEqual(["Oskar Lindqvist", "person", "said"]);
  });
  it("asked by someone named ('Asked by X whether …') are the asker's, and 'she' after them is not a man asker", () => {
    const claims = speakerTypeCuesAtEnd("Asked by Lars Gundersen whether she had read the report, she said no.");
    expect(claims).toContainEqual(["Lars Gundersen", "person", "Asked by"]);
    expect(claims).not.toContainEqual(["Lars Gundersen", "person", "said"]);
  });
  it("'who asked not to be named' is no claim", () => {
    const claims = claimsAtEnd("“The catch is small this year,” said one fisherman, who asked not to be named.");
    expect(claims).toEqual([["one fisherman", "said", "The catch is small this year"]]);
  });
});

describe("a question put to someone after 'When asked' or 'Asked'", () => {
  it("is read after 'When asked', from the question word past an adverbial", () => {
    expect(claimsOf("When asked at the harbour meeting about the merger, she defended her decision.")).toContainEqual(["", "asked", "about the merger"]);
    expect(claimsOf("When asked whom she supported, Blum smiled.")).toContainEqual(["", "asked", "whom she supported"]);
    expect(claimsOf("When asked to leave, he refused.")).toContainEqual(["", "asked", "to leave"]);
  });
  it("keeps the object of 'Asked' that no adverbial opens", () => {
    expect(claimsOf("Asked a direct question about this in the debate, Smith said no.")).toContainEqual(["", "Asked", "a direct question about this in the debate"]);
  });
});

describe("questions after 'Asked' and a named asker", () => {
  it("skips a weekday after “Asked”", () => {
    expect(claimsOf("Asked Tuesday about the levy, Okafor said she had not read it.")).toContainEqual(["", "Asked", "about the levy"]);
  });
  it("reads a request after the named asker", () => {
    expect(claimsOf("Asked by a reporter to respond to the charge, Okafor said she would not.")).toContainEqual([
      "a reporter",
      "Asked by",
      "to respond to the charge",
    ]);
  });
});

describe("an opening question and its answer", () => {
  it("does not give the quoted question to the speaker who answers", () => {
    expect(claimsOf("Asked if the ferry is “safe enough to sail in winter,” 72 percent of residents said yes while 20 percent disagreed.")).toContainEqual(["72 percent of residents", "said", "yes"]);
    expect(record("Asked if the ferry is “safe enough to sail in winter,” 72 percent of residents said yes while 20 percent disagreed.").claims.filter((c) => c.kind === "direct")).toEqual([]);
  });
});

describe("a parenthetical attribution before a quotation that goes on in lower case", () => {
  it("splits one clause: the words before it are part of what was said, up to the sentence's end", () => {
    expect(triples("The harbour's new crane, the port manager said, “is a perfect example of planning” for the winter storms.")).toEqual([
      ["the port manager", "said", "The harbour's new crane … is a perfect example of planning” for the winter storms"],
    ]);
    expect(triples("If the crane fails, Blum said, “we will lose the winter.” Then she left.")).toEqual([["Blum", "said", "If the crane fails … we will lose the winter"]]);
  });
  it("leaves a quotation in capitals, or one after a lone conjunction, to itself (guards)", () => {
    expect(triples("In Dover, the port manager said, “We will win.”")).toEqual([["the port manager", "said", "We will win."]]);
    expect(triples("But, he said, “there was no crane.”")).toEqual([["he", "said", "there was no crane."]]);
  });
});

describe("a determiner alone before a quotation that its attribution closes", () => {
  it("opens the quoted clause, which is what was said", () => {
    expect(triples("The “question of who runs the port remains open,” Jo Blum, a harbour historian, wrote last week.")).toEqual([
      ["Jo Blum, a harbour historian", "wrote", "The “question of who runs the port remains open,”"],
    ]);
  });
  it("leaves a phrase with a preposition before a quotation to the sentence (guard)", () => {
    expect(triples("To a question on the “future of the port,” Blum said the ferry would stay.")).toEqual([["Blum", "said", "the ferry would stay"]]);
  });
});
