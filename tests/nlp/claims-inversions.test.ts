// Inverted and parenthetical attributions: 'said X' after the content, 'X said' splitting it, closing
// attributions and asides such as 'as X noted'. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { asLeadContent } from "../../src/nlp/attribution-bounds.ts";
import { tokenize } from "../../src/nlp/attribution-tokens.ts";
import { claimTriples as triples } from "../helpers.ts";
import { record, claimsOf, speakerOf, claimsAtEnd } from "./claims-helpers.ts";

describe("inverted speakers", () => {
  it("reads a long appositive between the speaker and the cue", () => {
    const t = triples("“The ferry will run,” Ridley, the pilot who has worked on the harbour boats for more than thirty years and knows every rock, told the Courier.");
    // (The relative clause's own stance, "knows every rock", is Ridley's claim as well.)
    const told = t.filter((x) => x[1] === "told");
    expect(told).toHaveLength(1);
    expect(told[0]?.[0]).toMatch(/^Ridley, the pilot/);
    expect(told[0]?.[2]).toBe("The ferry will run");
    expect(t.filter((x) => x[1] !== "told").map((x) => x[2])).toEqual(["every rock"]);
  });
});

describe("a phrase after an inverted cue", () => {
  it("names no speaker when it opens with a preposition", () => {
    expect(triples("The ferry was late, said on Monday in the port.")).toEqual([]);
    expect(triples("The ferry was late, said Ridley on Monday.")).toEqual([["Ridley", "said", "The ferry was late"]]);
    expect(triples("The ferry was late, said a Monday editorial in the Herald.")).toEqual([["a Monday editorial in the Herald", "said", "The ferry was late"]]);
  });
});

describe("inverted speakers before 'to'", () => {
  it("takes no object before an infinitive for an inverted speaker", () => {
    expect(claimsOf("On Friday, Dunmore, leading a group of ports, asked a judge to block the fare rise.").filter((c) => c[0] === "a judge")).toEqual([]);
  });
  it("still reads an inverted speaker before 'to' and a noun (guard)", () => {
    expect(claimsOf("“Can the ferry run?” asked a reporter to the mayor's left.")).toContainEqual(["a reporter", "asked", "Can the ferry run?"]);
  });
});

describe("a subject with its appositive", () => {
  it("is the speaker, not content read before an inverted speaker", () => {
    const claims = claimsOf("Mara Quinlan, a ferry operator, asked the minister during a meeting if the pier would reopen.");
    expect(claims).toContainEqual(["Mara Quinlan, a ferry operator", "asked", "if the pier would reopen"]);
    expect(claims.filter((c) => c[0] === "the minister")).toEqual([]);
  });
  it("takes a phrase that ends the sentence after an inverted 'said' as the speaker, whatever its head", () => {
    expect(claimsOf("The pier is unsafe, said the harbour master.")).toContainEqual(["the harbour master", "said", "The pier is unsafe"]);
  });
  it("still reads a real inversion (guard)", () => {
    expect(claimsOf("The pier is unsafe, said the mayor.")).toContainEqual(["the mayor", "said", "The pier is unsafe"]);
  });
});

describe("inverted attributions inside a sentence", () => {
  it("joins a short opening to the rest when 'says X' splits them", () => {
    expect(claimsOf("The answer, says Prof Okafor, is a new quay.")).toEqual([["Prof Okafor", "says", "The answer is a new quay"]]);
  });
  it("keeps the name's role phrase in the speaker", () => {
    expect(claimsOf("Not least, said Jo Blum, principal engineer at the port, because the quay is old.")).toEqual([
      ["Jo Blum, principal engineer at the port", "said", "Not least because the quay is old"],
    ]);
    expect(claimsOf("By contrast, said Jo Blum, the code for the gates, locks and cranes was old.").map((c) => c[0])).not.toContain("Jo Blum, the code for the gates");
    expect(claimsOf("But, says Tom Voss, senior vice-president of the ferry line, the fares will fall.")).toEqual([
      ["Tom Voss, senior vice-president of the ferry line", "says", "But the fares will fall"],
    ]);
  });
});

describe("a role appositive after an inverted speaker", () => {
  it("is no part of the content", () => {
    expect(claimsOf("The fare plans are irresponsible, said Jo Blum, senior director of harbour policy at the Port Institute.")).toEqual([
      ["Jo Blum", "said", "The fare plans are irresponsible"],
    ]);
    expect(claimsOf("The fare plans are irresponsible, said Jo Blum, senior director at the Port Institute, and a former pilot.")).toEqual([
      ["Jo Blum", "said", "The fare plans are irresponsible"],
    ]);
  });
  it("keeps a quotation's closing mark before the cue", () => {
    expect(claimsOf("The fare plans are “deeply irresponsible,” said Jo Blum, senior director at the Port Institute.")).toEqual([
      ["Jo Blum", "said", "The fare plans are “deeply irresponsible,”"],
    ]);
  });
  it("leaves a clause after the speaker's comma as the rest of the content", () => {
    expect(claimsOf("It helps, said Mr Okafor, that people are more used to the new fares.")).toEqual([
      ["Mr Okafor", "said", "It helps that people are more used to the new fares"],
    ]);
    expect(claimsOf("In some ports, said the report, so many firms were able to unload before dawn.")).toEqual([
      ["the report", "said", "In some ports so many firms were able to unload before dawn"],
    ]);
  });
  it("joins the two halves of a split clause around the speaker and the appositive", () => {
    expect(claimsOf("The trouble with the ferry, says Carl Okafor, historian at the Harbour Library, is that nobody owns it.")).toEqual([
      ["Carl Okafor, historian at the Harbour Library", "says", "The trouble with the ferry is that nobody owns it"],
    ]);
  });
});

describe("a relative clause on a named speaker before the cue", () => {
  it("leaves the clause after the cue as content, not as an inverted speaker", () => {
    expect(triples("Jo Blum, who watched the launch from the pier, said the day brought back memories of her father.")).toEqual([
      ["Jo Blum", "said", "the day brought back memories of her father"],
    ]);
  });
});

describe("an attribution that closes the sentence", () => {
  it("is no part of the content of a claim before it", () => {
    expect(claimsAtEnd("Okafor bristled and said the question was unfair, the Herald reported.")).toEqual([
      ["the Herald", "reported", "Okafor bristled and said the question was unfair"],
      ["Okafor", "said", "the question was unfair"],
    ]);
  });
  it("nor with a time after its cue or an addressee after 'told'", () => {
    expect(claimsAtEnd("The mayor said the ferry will run on Saturday, the harbour master told reporters.").at(-1)).toEqual(["The mayor", "said", "the ferry will run on Saturday"]);
  });
  it("while an attribution after the comma that goes on to a clause is a claim of its own (guard)", () => {
    expect(claimsAtEnd("The mayor said the ferry will run, and the Herald reported that the boats were late.")).toEqual([
      ["The mayor", "said", "the ferry will run"],
      ["the Herald", "reported", "that the boats were late"],
    ]);
  });
});

describe("'wrote' closing a sentence", () => {
  it("reads a name after it as the addressee", () => {
    expect(claimsOf("The boats are safe and there is no need to move them, Okafor wrote Voss.")).toEqual([["Okafor", "wrote", "The boats are safe and there is no need to move them"]]);
  });
});

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

describe("after an inverted attribution", () => {
  it("a clause opened by 'as' is the narrator's, not the content", () => {
    expect(claimsAtEnd("Cases of the fever have doubled since March, the health ministry said on Friday, as officials urged parents to vaccinate their children.")).toContainEqual([
      "the health ministry",
      "said",
      "Cases of the fever have doubled since March",
    ]);
  });
});

describe("an aside after “as”", () => {
  it("attributes the clause before it", () => {
    expect(triples("The ferry has been late every day this week, as Blum noted.")).toEqual([["Blum", "noted", "The ferry has been late every day this week"]]);
  });
  it("is no aside when the cue takes its own clause", () => {
    expect(triples("The ferry was late, as Blum noted that the crew had gone home.")).not.toContainEqual(["Blum", "noted", "The ferry was late"]);
  });
});

describe("a clause opened by 'as' before the main clause", () => {
  it("attributes what follows its comma, past an addressee or a place", () => {
    expect(claimsOf("As Okafor told the Harbour Gazette, tax relief is given in exchange for creating jobs.")).toEqual([
      ["Okafor", "told", "tax relief is given in exchange for creating jobs"],
    ]);
    expect(claimsOf("As the dockers' union noted in a leaflet on Thursday, the ferry “has earned a few fans.”")).toEqual([
      ["the dockers' union", "noted", "the ferry “has earned a few fans.”"],
    ]);
  });
  it("does so for 'points out' too, at the opening or after 'But'", () => {
    expect(claimsOf("But as Jo Blum points out in a column on the Harbour Gazette site, doing interviews gives the mayor an advantage.")).toEqual([
      ["Jo Blum", "points out", "doing interviews gives the mayor an advantage"],
    ]);
    expect(claimsOf("As Blum pointed out, the plan failed badly in the end.")).toEqual([["Blum", "pointed out", "the plan failed badly in the end"]]);
    expect(claimsOf("But as Jo Blum points out in a column, doing interviews gives the mayor an advantage.")).toEqual([
      ["Jo Blum", "points out", "doing interviews gives the mayor an advantage"],
    ]);
  });
  it("gives no content when a verb follows the comma (a split clause) or a clause is joined", () => {
    const lead = (s: string, cue: string) => {
      const toks = tokenize(s, 0, s.length);
      const as = toks.findIndex((t) => t.low === "as");
      const c = toks.findIndex((t) => t.low === cue);
      const r = asLeadContent(toks, as, c + 1);
      return r ? s.slice(toks[r.from]?.start, toks[r.to]?.end) : null;
    };
    expect(lead("As Blum noted in a column, the ferry never paid its way.", "noted")).toBe("the ferry never paid its way");
    expect(lead("The last part, as Blum noted, is that the ferry never paid its way.", "noted")).toBeNull();
    expect(lead("The ferry sank, as Blum noted, and the council paid for a new one.", "noted")).toBeNull();
    expect(lead("The ferry sank as Blum noted in a column, and the council paid.", "noted")).toBeNull();
  });
  it("is no attribution when the verb tells how long or opens an infinitive", () => {
    expect(claimsOf("Yet as the ferry company continues gaining momentum, the question is whether its owners have built to last.")).toEqual([]);
    expect(claimsOf("But as people continue to cross into the harbour district, the council is planning to expand the car park.").filter((c) => c[0] === "people")).toEqual([]);
  });
});

describe("a parenthetical attribution", () => {
  it("joins the two parts it splits, after an addressee too, however short the first part", () => {
    expect(triples("The ferry, Ridley told reporters, would run again in May.")).toEqual([["Ridley", "told", "The ferry would run again in May"]]);
    expect(triples("So that, she said, is why the quay closed.")).toEqual([["she", "said", "So that is why the quay closed"]]);
  });
  it("closing a bracket, owns the words in the bracket, not those after it", () => {
    const claims = triples("She feared her low ratings (at one point as low as 19%, Okafor says) hurt the crew.");
    expect(claims.filter((c) => c[0] === "Okafor")).toEqual([["Okafor", "says", "at one point as low as 19%"]]);
  });
});

describe("a clause split by a parenthetical attribution", () => {
  it("may end in a single verb phrase", () => {
    expect(triples("The toll, he says, is unfair.")).toEqual([["he", "says", "The toll is unfair"]]);
  });
  it("may open with but", () => {
    expect(triples("But the toll is fair, he said.")).toEqual([["he", "said", "But the toll is fair"]]);
  });
});

describe("a parenthetical attribution after a break", () => {
  const textOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.text;
  it("opens its content after a colon", () => {
    expect(textOf("A reminder: the new fares, the council noted, would all push pilots away.", "noted")).toBe("the new fares would all push pilots away");
  });
  it("opens it after a dash that follows another attribution", () => {
    expect(textOf("Okafor said the delay was part of the job — no different, he said, from any winter at sea.", "said")).toBe("the delay was part of the job — no different, he said, from any winter at sea");
    expect(record("Okafor said the delay was part of the job — no different, he said, from any winter at sea.").claims.map((c) => c.text)).toContain("no different from any winter at sea");
  });
  it("keeps the words before a dash that no attribution precedes", () => {
    expect(textOf("The bill would stop the ferry from sailing - a rule that is meant to protect pilots, Voss said, and it passed.", "said")).toBe("The bill would stop the ferry from sailing - a rule that is meant to protect pilots and it passed");
  });
});

describe("short contents and opening adverbials", () => {
  it("reads a content before the speaker that opens with an adverbial and a comma", () => {
    expect(claimsOf("Also, Quinlan isn't a conservative, he said.")).toContainEqual(["he", "said", "Also, Quinlan isn't a conservative"]);
  });
  it("still reads a bare adverbial before the speaker as no content", () => {
    expect(claimsOf("Also, he said.")).toEqual([]);
  });
  it("reads two words that open with a contracted pronoun as a clause", () => {
    expect(claimsOf("Blum says it's wrong.")).toContainEqual(["Blum", "says", "it's wrong"]);
    expect(claimsOf("Blum says the ferry.")).toEqual([]);
  });
});

describe("a parenthetical attribution with a time or a place after its cue", () => {
  it("still splits the content around it", () => {
    expect(triples("These crews, the pilot explained earlier in the hearing, were well paid.")).toEqual([
      ["the pilot", "explained", "These crews were well paid"],
    ]);
    expect(triples("The ferry, Blum said on Tuesday, will sail in June.")).toEqual([["Blum", "said", "The ferry will sail in June"]]);
  });
  it("takes in the rest of a quotation that the second part opens", () => {
    expect(triples("It makes a difference, she said, that the crews “don’t forget us. We’re harbour folk out here.”")).toEqual([
      ["she", "said", "It makes a difference that the crews “don’t forget us. We’re harbour folk out here."],
    ]);
  });
  it("does not take an infinitive after the cue for a time (guard)", () => {
    expect(triples("Soon after, the mayor agreed to keep the port open, including a pledge to hire crews.")).toContainEqual([
      "the mayor", "agreed", "to keep the port open, including a pledge to hire crews",
    ]);
  });
});
