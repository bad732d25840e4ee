// Focused cases for the thirty-seventh claims round:
// - speakers: a role and then its name between commas after the content ("…, his aide, Jo Blum,
//   said."), also before an addressee ("…, told the Post."); a label before a colon is no subject;
//   an appositive that ends in a quoted title; a purpose clause's subject in the nearest clause a
//   subordinator opens, and a causative verb's object ("led allies to worry");
// - contents: a phrase set off right after "that" is inside the content; a second that-clause
//   joined by ", and that" goes on in a subordinate clause;
// - cues: "maintain" and "agree" take a clause, not a plain object; a noun in -eed is no verb;
//   "referenced" needs no particle; an aspect verb before "to" ("began to criticize");
// - speakers: "whose" opens a relative clause on the subject; "quit" is a past form; a share with
//   "half the" and a poll or place after its people; a participle after time spent is the spender's;
// - a quotation in an opening "Asked if …" is the question; "said yes while …" answers yes;
// - a quotation that opens inside its sentence keeps the clause's words before it; an object
//   before "and" and a new predicate leaves the "and".
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakerOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.speaker.mention;

describe("a role and its name between commas after the content", () => {
  it("gives a verb of saying to the role and the name", () => {
    expect(claimsOf("The ferry will keep running through the winter, its chief engineer, Tomas Berg, said.")).toEqual([
      ["its chief engineer, Tomas Berg", "said", "The ferry will keep running through the winter"],
    ]);
  });
  it("gives a verb with an addressee to them too, not to the addressee", () => {
    expect(claimsOf("The ferry will keep running through the winter, its chief engineer, Tomas Berg, told the Harbour Gazette.")).toEqual([
      ["its chief engineer, Tomas Berg", "told", "The ferry will keep running through the winter"],
    ]);
  });
  it("still reads a name and then its role", () => {
    expect(speakerOf("The ferry will keep running through the winter, Tomas Berg, its chief engineer, said.", "said")).toBe("Tomas Berg, its chief engineer");
  });
});

describe("a label before a colon", () => {
  it("is no part of the subject", () => {
    expect(speakerOf("Ferry fares: Okafor, whose district includes the harbour, said the fares would rise in spring.", "said")).toBe("Okafor");
  });
});

describe("an appositive that ends in a quoted title", () => {
  it("leaves the subject of a clause opened by a subordinator", () => {
    expect(speakerOf("It was the moment when Jo Blum, a host of “The Quay Hour,” refused to go along with the plan.", "refused")).toBe("Jo Blum");
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

describe("a noun in -eed before 'that'", () => {
  it("is no verb of saying", () => {
    expect(claimsOf("Later, Okafor said on her official Twitter feed that she was referring to the harbour board.")).toEqual([
      ["Okafor", "said", "that she was referring to the harbour board"],
    ]);
  });
});

describe("a relative clause opened by 'whose'", () => {
  it("leaves the phrase it describes as the speaker", () => {
    expect(speakerOf("The skippers whose boats were impounded say the new rules favour the big ferry firms.", "say")).toBe("The skippers");
  });
});

describe("an opening question and its answer", () => {
  it("does not give the quoted question to the speaker who answers", () => {
    expect(claimsOf("Asked if the ferry is “safe enough to sail in winter,” 72 percent of residents said yes while 20 percent disagreed.")).toContainEqual(["72 percent of residents", "said", "yes"]);
    expect(record("Asked if the ferry is “safe enough to sail in winter,” 72 percent of residents said yes while 20 percent disagreed.").claims.filter((c) => c.kind === "direct")).toEqual([]);
  });
});

describe("irregular past forms", () => {
  it("end the subject before 'quit'", () => {
    expect(speakerOf("Jo Blum quit the harbour board, saying the plan was a disaster.", "saying")).toBe("Jo Blum");
  });
});

describe("shares of people", () => {
  it("read 'half the' and a poll after the people counted", () => {
    expect(speakerOf("More than half the skippers surveyed support at least lowering the harbour fees.", "support")).toBe("More than half the skippers surveyed");
    expect(speakerOf("Fewer than half of the residents surveyed in a new poll released Monday support the harbour wall.", "support")).toBe("Fewer than half of the residents surveyed in a new poll released Monday");
  });
});

describe("verbs of stance", () => {
  it("read 'referenced' with its object", () => {
    expect(claimsOf("The mayor referenced the board's failures from eight years ago.")).toEqual([["The mayor", "referenced", "the board's failures from eight years ago"]]);
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

describe("an object before 'and' and a new predicate", () => {
  it("leaves the 'and'", () => {
    expect(claimsOf("Jo Blum backed the plan and in a statement praised the board for its courage.")).toEqual([
      ["Jo Blum", "backed", "the plan"],
      ["Jo Blum", "praised", "the board for its courage"],
    ]);
  });
});
