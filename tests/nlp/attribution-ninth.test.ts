// Focused cases for the ninth claims round: the "that" opening a clause is not part of its speaker;
// a quantifier between subject and verb ("have all argued") is skipped; a pronoun ends an addressee;
// a content clause runs on after "although …,"; a second predicate ends an object; "about 1,500"
// is a number, not a particle. Every sentence is invented.
import { describe, expect, it } from "vitest";
import { claimTriples as triples } from "../helpers.ts";

describe("the word that opens a clause", () => {
  it("is not part of the speaker after it", () => {
    expect(triples("Blum noted that economists say the harbour toll will rise.")).toEqual([
      ["Blum", "noted", "that economists say the harbour toll will rise"],
      ["economists", "say", "the harbour toll will rise"],
    ]);
    expect(triples("Ridley said that Okafor had claimed the ferry was late.")).toEqual([
      ["Ridley", "said", "that Okafor had claimed the ferry was late"],
      ["Okafor", "claimed", "the ferry was late"],
    ]);
  });
  it("stays with a singular noun it points at", () => {
    // A nested "told" is part of the content since the twenty-eighth round: "claimed" keeps its claim.
    expect(triples("Ridley said that official claimed the ferry was late.")).toEqual([
      ["Ridley", "said", "that official claimed the ferry was late"],
      ["that official", "claimed", "the ferry was late"],
    ]);
  });
});

describe("a quantifier between subject and verb", () => {
  it("is skipped to find the subject", () => {
    expect(triples("They have all attacked the toll as a tax on the poor.")).toEqual([["They", "attacked", "the toll as a tax on the poor"]]);
    expect(triples("Ridley and Okafor both said the ferry was late.")).toEqual([["Ridley and Okafor", "said", "the ferry was late"]]);
  });
  it("is the subject itself after a comma", () => {
    expect(triples("Of the ten, all said the ferry was late.")).toEqual([["all", "said", "the ferry was late"]]);
  });
});

describe("an addressee", () => {
  it("ends before a pronoun, contracted or not", () => {
    expect(triples("Blum told Harbour Radio she’d support the toll in a second vote.")).toEqual([["Blum", "told", "she’d support the toll in a second vote"]]);
    expect(triples("Blum told Harbour Radio they were wrong about the toll.")).toEqual([["Blum", "told", "they were wrong about the toll"]]);
  });
});

describe("where content ends", () => {
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

describe("a number after the verb", () => {
  it("keeps its thousands separator and is not a particle", () => {
    expect(triples("The council has deemed about 1,500 of those letters purely personal.")).toEqual([["The council", "deemed", "about 1,500 of those letters purely personal"]]);
  });
  it("leaves a particle before a noun with the verb", () => {
    expect(triples("Ridley railed against the toll.")).toEqual([["Ridley", "railed against", "the toll"]]);
  });
});

describe("an appositive after the source of “according to”", () => {
  it("describes the source and is left out of the content", () => {
    expect(triples("According to Jo Blum, writing for the Harbour Herald, the ferry will be late.")).toEqual([["Jo Blum", "According to", "the ferry will be late"]]);
    expect(triples("According to Jo Blum, a pilot at the port, the ferry will be late.")).toEqual([["Jo Blum", "According to", "the ferry will be late"]]);
    expect(triples("The ferries are late, according to Blum, who runs the port.")).toEqual([["Blum", "according to", "The ferries are late"]]);
  });
  it("is not a phrase with its own verb", () => {
    expect(triples("According to the council, a third of the ferries are late.")).toEqual([["the council", "According to", "a third of the ferries are late"]]);
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

describe("a phrase after an inverted cue", () => {
  it("names no speaker when it opens with a preposition", () => {
    expect(triples("The ferry was late, said on Monday in the port.")).toEqual([]);
    expect(triples("The ferry was late, said Ridley on Monday.")).toEqual([["Ridley", "said", "The ferry was late"]]);
    expect(triples("The ferry was late, said a Monday editorial in the Herald.")).toEqual([["a Monday editorial in the Herald", "said", "The ferry was late"]]);
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
});

describe("the subject after an opening adverbial with a place", () => {
  it("skips the state or country after a town", () => {
    expect(triples("At a meeting in Portmere, Iowa, on Sunday, Ridley defended the toll, saying that the port needed money.")).toEqual([
      ["Ridley", "defended", "the toll"],
      ["Ridley", "saying", "that the port needed money"],
    ]);
  });
});

describe("a list of names as the speaker", () => {
  it("keeps every name of the list", () => {
    expect(triples("In a joint statement, Britain, France and Germany said the deal was dead.")).toEqual([["Britain, France and Germany", "said", "the deal was dead"]]);
    expect(triples("Jo Blum, Ann Ridley and Ben Okafor have all attacked the toll.")).toEqual([["Jo Blum, Ann Ridley and Ben Okafor", "attacked", "the toll"]]);
  });
  it("does not take in the place of an opening adverbial", () => {
    expect(triples("In Portmere, Blum and Ridley said the deal was dead.")).toEqual([["Blum and Ridley", "said", "the deal was dead"]]);
  });
});
