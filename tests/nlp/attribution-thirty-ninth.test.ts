// Focused cases for the thirty-ninth claims round:
// - speakers: "it" before a verb of intention stands for a body that holds the aim ("it hopes to …");
// - contents: a clause opened by "as" attributes the main clause after its comma, with an adjunct of
//   place or medium between the cue and the comma ("As Okafor told the Harbour Gazette, …", "As Blum
//   points out in a column, …"); not an aspect verb ("as the firm continues growing, …"), an
//   infinitive clause ("as people continue to cross …") or a split clause ("…, as Blum notes, is …").
// - speakers: an -ed participle right before a title ("And retired Gen. Jo Blum, who …, said");
//   the subject before "be more likely to say", "was quick to say"; a share written with the sign
//   before "who say"; "earlier", "soon" and the like between the subject and the cue, and a weekday
//   after "earlier" ("Okafor earlier Tuesday backed away from …");
// - cues: "talked up her plan" (not "talked up to the crowd"); "talking candidly at a town hall about".
// - a reaction met "from" others: "The bill has drawn criticism from dockers" (the dockers voice it,
//   about the bill).
// - stances with "against": "warned against …", "campaigned (hard) against/for …" (not "campaigned in
//   Iowa"), "unleashed withering attacks against …", "delivered his tirade against …".
// Every sentence is invented.
import { describe, expect, it } from "vitest";
import { asLeadContent } from "../../src/nlp/attribution-bounds.ts";
import { tokenize } from "../../src/nlp/attribution-tokens.ts";
import { recordOf } from "../helpers.ts";

const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("'it' before a verb of intention", () => {
  it("holds the aim", () => {
    expect(claimsOf("The port authority is spending millions on cranes, and it hopes to reap benefits of its own.")).toContainEqual(["it", "hopes", "to reap benefits of its own"]);
    expect(claimsOf("It plans to raise the harbour fees more slowly than before.")).toEqual([["It", "plans", "to raise the harbour fees more slowly than before"]]);
  });
  it("is still no speaker of a passive ('It is expected to …')", () => {
    expect(claimsOf("It was wanted to be finished by June.")).toEqual([]);
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

describe("speakers past words between them and the cue", () => {
  it("keeps an -ed participle before a title at the phrase's start", () => {
    expect(claimsOf("And retired Gen. Jo Blum, who led the harbour patrol, said on Sunday that the ferry was unsafe.")).toEqual([
      ["retired Gen. Jo Blum", "said", "that the ferry was unsafe"],
    ]);
  });
  it("finds the subject before 'were more likely to say' and 'was quick to say'", () => {
    expect(claimsOf("Dockers were slightly more likely to say they preferred the old ferry.")).toEqual([["Dockers", "say", "they preferred the old ferry"]]);
    expect(claimsOf("Okafor was quick to say that the ferry had failed.")).toEqual([["Okafor", "say", "that the ferry had failed"]]);
    // The same adjectives before a quotation: "was willing to say, “…”".
    expect(claimsOf("Okafor was willing to say, “We will rebuild it.”")).toEqual([["Okafor", "say", "We will rebuild it."]]);
  });
  it("reads a share with a percent sign before 'who say'", () => {
    expect(claimsOf("Most residents like the ferry, including 18% who say they would ride it daily.")).toContainEqual(["18%", "say", "they would ride it daily"]);
  });
  it("passes over 'earlier', 'soon' and a weekday after 'earlier'", () => {
    expect(claimsOf("Okafor earlier said that the ferry was unsafe.")).toEqual([["Okafor", "said", "that the ferry was unsafe"]]);
    expect(claimsOf("Inspectors soon noted that the ferry was unsafe.")).toEqual([["Inspectors", "noted", "that the ferry was unsafe"]]);
    expect(claimsOf("Okafor earlier Tuesday backed away from the plan to sell the ferry.")).toContainEqual(["Okafor", "backed away", "from the plan to sell the ferry"]);
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

describe("a reaction drawn from others", () => {
  it("is voiced by those after 'from', about the subject of the verb that met it", () => {
    expect(claimsOf("The harbour bill has drawn criticism from some other quarters as well.")).toEqual([
      ["some other quarters", "drawn criticism from", "The harbour bill"],
    ]);
    expect(claimsOf("The ferry plan quickly drew sharp criticism from both sides of the fishing debate.")).toEqual([
      ["both sides of the fishing debate", "drew sharp criticism from", "The ferry plan"],
    ]);
    expect(claimsOf("Meanwhile, the ferry program is facing criticism from many dockers, whom Okafor has been courting.")).toContainEqual([
      "many dockers",
      "facing criticism from",
      "the ferry program",
    ]);
  });
  it("reads support drawn and fire come under the same way", () => {
    expect(claimsOf("The ferry plan has won overwhelming support from dockers who fish at night.")).toContainEqual(["dockers", "won overwhelming support from", "The ferry plan"]);
    expect(claimsOf("The mayor came under fire from dockers to release the ferry accounts.")).toEqual([["dockers", "came under fire from", "The mayor"]]);
    expect(claimsOf("Troops opened fire from the ridge.")).toEqual([]);
  });
  it("needs a verb that meets it right before the noun", () => {
    expect(claimsOf("The criticism from the dockers was loud.")).toEqual([]);
    expect(claimsOf("Okafor wrote a book about criticism from the dockers.").filter((c) => c[0] === "the dockers")).toEqual([]);
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
