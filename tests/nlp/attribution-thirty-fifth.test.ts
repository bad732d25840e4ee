// Focused cases for the thirty-fifth claims round: the subject of a clause that ", and" opens (for a
// participle, a purpose clause and a verb after "and"), a subject before an adverbial or a relative
// clause between commas, a clause that ", and" opens ending an object, an object relative clause
// ("the fares that Voss proposed are …"), "wrote" with its addressee closing a sentence, and a
// relative clause's content ending at its comma, a clause after "who say" ending before the main
// verb, a colon lead before a list of names, a quotation's speaker before a relative clause, and a
// fronted "Having …" clause, objects of "blame … on" and "describe … as", and "seed" and
// "agreeing" as forms of "see" and "agree", an adjective in -ed in a speaker, a cue inside a
// parenthesis, a participle after "and" in a "with" phrase, and "exhorted" before a quotation's
// speaker. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
const speakerOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.speaker.mention;

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

describe("a subject before something between commas", () => {
  it("reads past an adverbial", () => {
    expect(claimsOf("The feud began last week when Mayor Voss, in response to a question, accused the union of lying.")).toEqual([["Mayor Voss", "accused", "the union of lying"]]);
    expect(speakerOf("The feud began last week when the mayor, speaking in Leith, accused the union of lying.", "accused")).toBe("the mayor");
  });
  it("reads past a relative clause", () => {
    expect(speakerOf("Fares rose because the ferry company, which runs six boats, said its costs had doubled.", "said")).toBe("the ferry company");
  });
});

describe("relative clauses", () => {
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

describe("'wrote' closing a sentence", () => {
  it("reads a name after it as the addressee", () => {
    expect(claimsOf("The boats are safe and there is no need to move them, Okafor wrote Voss.")).toEqual([["Okafor", "wrote", "The boats are safe and there is no need to move them"]]);
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

describe("a clause after 'who say'", () => {
  it("ends before the main clause's verb", () => {
    expect(claimsOf("Voters who say the fares are most important in their choice were evenly divided.")).toEqual([["Voters", "say", "the fares are most important in their choice"]]);
  });
});

describe("colon leads", () => {
  it("read no claim from a list of names", () => {
    expect(claimsOf("Leith: Jo Blum, Ann Okafor, Tom Lund, Kay Voss and Sam Reid.")).toEqual([]);
  });
});

describe("a quotation's speaker before the cue", () => {
  it("is the noun a relative clause describes", () => {
    expect(claimsOf("Residents who attended the meeting said, “We are angry about the fares.”")).toEqual([["Residents", "said", "We are angry about the fares."]]);
    expect(claimsOf("A harbour official who spoke anonymously said Wednesday, “There are talks with the union.”")).toEqual([["A harbour official", "said", "There are talks with the union."]]);
  });
});

describe("a fronted 'Having …' clause", () => {
  it("has the main clause's subject", () => {
    expect(claimsOf("Having announced that she would not close the port, Mayor Voss left the hall.")).toEqual([["Mayor Voss", "announced", "that she would not close the port"]]);
    expect(speakerOf("Having praised the old ferry for years, she's now its loudest critic.", "praised")).toBe("she");
  });
});

describe("objects", () => {
  it("keep 'on' after 'blamed', unless it names where it was said", () => {
    expect(claimsOf("Voss blamed the delay on a broken crane, not on the crew.")).toEqual([["Voss", "blamed", "the delay on a broken crane, not on the crew"]]);
    expect(claimsOf("Voss blamed the harbour board on Twitter.")).toEqual([["Voss", "blamed", "the harbour board"]]);
  });
  it("run on to the 'as' of a verb of regarding", () => {
    expect(claimsOf("Blum described a day at home with her grandchildren in Leith as the perfect day off.")).toEqual([["Blum", "described", "a day at home with her grandchildren in Leith as the perfect day off"]]);
    expect(claimsOf("Blum described the plan in an interview on Monday.")).toEqual([["Blum", "described", "the plan"]]);
  });
});

describe("verb forms", () => {
  it("has no 'seed' for 'see'", () => {
    expect(claimsOf("Fifth seed Jo Blum also had a battle as she needed three sets to win.")).toEqual([]);
  });
  it("has 'agreeing' for 'agree'", () => {
    expect(claimsOf("Workers are agreeing to extensive tests that they might not need.").map((c) => c[1])).toEqual(["agreeing"]);
  });
});

describe("more speakers", () => {
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

describe("a naming participle", () => {
  it("reads no claim when a relative clause follows the name", () => {
    expect(claimsOf("The port uses a web-based tool called TideWatch that lets its pilots see where ships are.")).toEqual([]);
  });
});
