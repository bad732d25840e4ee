// Focused cases for the nineteenth claims round: the subject of a clause opened inside the sentence
// ("…, while X, the governor, said"), a name before a role's appositive as the speaker, an
// attribution that closes the sentence ("…, the Herald reported.") outside the content before it,
// who puts out a document or a stance noun, quotation marks of other languages, and a name in
// apposition after "according to". Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakersOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.name, c.speaker.type]);

describe("a cue in a clause opened inside the sentence", () => {
  it("after an appositive has that clause's subject, not the sentence's", () => {
    expect(claimsOf("Ivo Brandt signed the ferry order, while Mara Okafor, the former harbour master, said the boats should stay.")).toContainEqual([
      "Mara Okafor",
      "said",
      "the boats should stay",
    ]);
  });
  it("after ', and' and an appositive too", () => {
    expect(claimsOf("Brandt signed the order on Monday, and Okafor, the harbour master, said the boats should stay.")).toContainEqual(["Okafor", "said", "the boats should stay"]);
  });
  it("coordinated with a verb of the clause has the clause's subject", () => {
    expect(claimsOf("Some in the crowd cheered, and when Okafor thanked the dockers and said the ferry would return, a man shouted.")).toContainEqual([
      "Okafor",
      "said",
      "the ferry would return",
    ]);
  });
  it("while a subordinate clause closed by its comma leaves the main clause's subject (guard)", () => {
    expect(claimsOf("When the mayor arrived, the harbour master thanked him and said the ferry would return.")).toContainEqual([
      "the harbour master",
      "said",
      "the ferry would return",
    ]);
  });
});

describe("a name before an appositive headed by a role", () => {
  it("is the speaker's name, a person, even when the people list missed it", () => {
    expect(speakersOf("Chad Kettering, the campaign's chairman, said the comments were a response.")).toEqual([["Chad Kettering", "person"]]);
  });
  it("while a named person in the phrase keeps its record (guard)", () => {
    expect(speakersOf("Mara Okafor, the harbour master, said the boats should stay.")).toEqual([["Mara Okafor", "person"]]);
  });
});

describe("an attribution that closes the sentence", () => {
  it("is no part of the content of a claim before it", () => {
    expect(claimsOf("Okafor bristled and said the question was unfair, the Herald reported.")).toEqual([
      ["the Herald", "reported", "Okafor bristled and said the question was unfair"],
      ["Okafor", "said", "the question was unfair"],
    ]);
  });
  it("nor with a time after its cue or an addressee after 'told'", () => {
    expect(claimsOf("The mayor said the ferry will run on Saturday, the harbour master told reporters.").at(-1)).toEqual(["The mayor", "said", "the ferry will run on Saturday"]);
  });
  it("while an attribution after the comma that goes on to a clause is a claim of its own (guard)", () => {
    expect(claimsOf("The mayor said the ferry will run, and the Herald reported that the boats were late.")).toEqual([
      ["The mayor", "said", "the ferry will run"],
      ["the Herald", "reported", "that the boats were late"],
    ]);
  });
});

describe("who speaks through a document or a stance noun", () => {
  it("is the subject of the verb that put out the document, with a time or a count in the phrase", () => {
    expect(claimsOf("The ferry company released an ad this week showing the new boats at sea.")).toEqual([
      ["The ferry company", "showing", "the new boats at sea"],
    ]);
    expect(claimsOf("Okafor unleashed a series of posts early Friday saying that the board had lied.")).toEqual([["Okafor", "saying", "that the board had lied"]]);
  });
  it("is the subject of a light verb whose object is the stance noun", () => {
    expect(claimsOf("The harbour council on Friday made a strong condemnation of the ferry closures.")).toEqual([
      ["The harbour council", "condemnation of", "the ferry closures"],
    ]);
    expect(claimsOf("Okafor is raising questions about the ferry timetable.")).toEqual([["Okafor", "questions about", "the ferry timetable"]]);
  });
  it("while 'In the wake of' a document names no source (guard against the old reading)", () => {
    expect(claimsOf("In the wake of the harbour report, Okafor has portrayed himself as a reformer.").map((c) => c[1])).not.toContain("In");
  });
  it("while 'In' a poll still does (guard)", () => {
    expect(claimsOf("In a series of polls released Monday, most dockers chose the mayor.")).toEqual([
      ["a series of polls released Monday", "In", "most dockers chose the mayor"],
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

describe("clauses with asides", () => {
  it("a verb with nothing after it in a relative clause makes no claim of the main verb's words", () => {
    expect(claimsOf("Deputy mayor Owen Tasker, who voted against, said the plan was rushed.")).toEqual([
      ["Deputy mayor Owen Tasker", "said", "the plan was rushed"],
    ]);
  });
  it("a relative clause with a quotation holding a comma is skipped to its own comma", () => {
    expect(claimsOf('The treasurer spoke, adding that the council\'s "rainy day" fund, which holds "about $3m, maybe more", was safe.')).toEqual([
      ["The treasurer", "adding", 'that the council\'s "rainy day" fund, which holds "about $3m, maybe more", was safe'],
    ]);
  });
});

describe("a name in apposition after 'according to'", () => {
  it("is part of the source, not of the content, before the content", () => {
    expect(claimsOf("According to the librarian, Ravi Chandrasekar, more than 400 books were returned late.")).toEqual([
      ["the librarian, Ravi Chandrasekar", "According to", "more than 400 books were returned late"],
    ]);
  });
  it("and at the sentence's end", () => {
    expect(speakersOf("More than 400 books were returned late, according to the librarian, Ravi Chandrasekar.")).toEqual([["Ravi Chandrasekar", "person"]]);
  });
  it("but not after a document: the name there is the content's subject", () => {
    expect(claimsOf("According to a summary of the inquiry, Cheryl Okafor, a harbour aide, sent the email.")).toEqual([
      ["a summary of the inquiry", "According to", "Cheryl Okafor, a harbour aide, sent the email"],
    ]);
  });
  it("while a list after a named source's comma is content (guard)", () => {
    expect(claimsOf("According to the council, Brandt and Okafor voted against the plan.")).toEqual([
      ["the council", "According to", "Brandt and Okafor voted against the plan"],
    ]);
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
