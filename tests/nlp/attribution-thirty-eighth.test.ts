// Focused cases for the thirty-eighth claims round:
// - quotations: a short one right after "X said," is a quotation even when the sentence goes on
//   ("…, “We'll see,” when asked"); an aside opened by a preposition between the attribution and the
//   quotation is passed over, unless it has a cue of its own;
// - speakers: people described by a relative clause with no "who" ("people I've spoken with");
//   the one who put out a reply or a document "with" which they answered; a short phrase of place
//   between "and" and a second verb; "as a" is no clause opener; a name after a role and a comma even
//   when the article's people lack it; a name before an aside between dashes; a comma between two
//   adjectives inside an opening phrase; a relative clause between dashes before a stance verb; an
//   approximate share ("About two-thirds of …") and a counted place after its people;
// - cues: a past form after "to" is no purpose clause ("he spoke to said");
// - contents: a new subject after "but" ends a stance's content.
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakerOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.speaker.mention;

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

describe("a participle of saying after a reply or a document", () => {
  it("is said by whoever put it out", () => {
    expect(speakerOf("Okafor fired back a response saying the council had failed.", "saying")).toBe("Okafor");
    expect(speakerOf("Okafor responded with a statement saying the council had failed.", "saying")).toBe("Okafor");
  });
  it("is said by a group met with", () => {
    expect(speakerOf("Okafor met with a group saying the council had failed.", "saying")).toBe("a group");
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

describe("a role, a comma and a name", () => {
  it("speaks as the name although the article's people lack it", () => {
    const claim = record("The fares are too high, his top aide, Tad Devine, said.").claims[0];
    expect(claim?.speaker.mention).toBe("his top aide, Tad Devine");
    expect(claim?.speaker.name).toBe("Tad Devine");
    expect(claim?.speaker.type).toBe("person");
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

describe("an opening phrase with a comma between two adjectives", () => {
  it("is no subject of a later verb", () => {
    expect(speakerOf("In a wide-ranging, in-prison interview with reporter Jo Reed last year, Lazar said he welcomed the trial and added, “I'll plead guilty.”", "added")).toBe("Lazar");
  });
});

describe("an approximate share with a counted place", () => {
  it("is a subject of a stance verb", () => {
    expect(claimsOf("About two-thirds of Labour voters in all five towns voting Tuesday support building the bridge, but majorities in all five towns oppose the tolls.")).toEqual([
      ["About two-thirds of Labour voters in all five towns voting Tuesday", "support", "building the bridge"],
      ["majorities in all five towns", "oppose", "the tolls"],
    ]);
  });
});

describe("a new subject after 'but'", () => {
  it("ends a stance's content", () => {
    expect(speakerOf("The name leads people to think of television but Reidar Wasenius, a company spokesman, was adamant that the brand would survive.", "to think of")).toBe("people");
    expect(record("The name leads people to think of television but Reidar Wasenius, a company spokesman, was adamant that the brand would survive.").claims.find((c) => c.cue === "to think of")?.text).toBe("television");
  });
});

describe("a relative clause on a that-clause's subject", () => {
  it("is skipped when the verb after it opens a quotation", () => {
    expect(record("Okafor notes that Jane Kim, who is running for the council, “is a civil rights attorney.”").claims[0]?.text).toBe("that Jane Kim, who is running for the council, “is a civil rights attorney.”");
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

describe("a participle after people named after 'of'", () => {
  it("is said by the people, not by the noun before 'of'", () => {
    expect(speakerOf("Such a move would contradict the wishes of dockers backing the strike.", "backing")).toBe("dockers");
  });
});

describe("an opening span of time before 'after'", () => {
  it("is an adverbial, not a subject", () => {
    expect(claimsOf("One month after announcing his support for Blum, Okafor still believes that the ferry plan is doomed.")).toContainEqual(["Okafor", "believes", "that the ferry plan is doomed"]);
    expect(record("One month after announcing his support for Blum, Okafor still believes that the ferry plan is doomed.").claims.map((c) => c.speaker.mention)).not.toContain("One month");
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

describe("a clause opened by 'where'", () => {
  it("has its own subject", () => {
    expect(speakerOf("The phrase has appeared in various speeches Blum has given, where she talked about how the ferry had shaped her town.", "talked about")).toBe("she");
  });
});

describe("a quotation after 'was prompted to say,'", () => {
  it("is said by the subject of the participle", () => {
    expect(claimsOf("The hearing was so calm that Okafor was prompted to say, “I cannot believe how civil it has been.”")).toContainEqual(["Okafor", "say", "I cannot believe how civil it has been."]);
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
