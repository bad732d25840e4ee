import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

// A transcript's turns ("JANE HOLT: …"): speech word for word, by a person whose name is written in
// capitals. Invented text.
const TRANSCRIPT =
  "Interview with the mayor\n\nThe mayor of Linden spoke to our reporter on Monday.\n\nREPORTER: When will the bridge open?\n\nJANE HOLT: I think the bridge will open in May, and we are ready.\n\nREPORTER: Are you sure of that?\n\nHOLT: Yes. The money is there and the builders are hired.\n";

describe("transcripts", () => {
  it("a dialogue's turns are direct claims of their speakers, a name in capitals written as a name", () => {
    const r = recordOf(TRANSCRIPT);
    const turns = r.claims.map((c) => [c.kind, c.speaker.mention, c.speaker.name, c.text]);
    expect(turns).toEqual([
      ["direct", "REPORTER", "REPORTER", "When will the bridge open"],
      ["direct", "JANE HOLT", "Jane Holt", "I think the bridge will open in May, and we are ready"],
      ["direct", "REPORTER", "REPORTER", "Are you sure of that"],
      ["direct", "HOLT", "Jane Holt", "Yes. The money is there and the builders are hired"],
    ]);
    expect(r.people.map((p) => [p.name, p.aliases])).toEqual([["Jane Holt", ["Holt"]]]);
    expect(r.organizations.map((o) => o.name)).toEqual([]);
  });
  it("a label repeated alone, or one 'Name:' paragraph, is no dialogue: its claims stay reported", () => {
    const lists = recordOf("Cup final report\n\nThe home side won by two points.\n\nReplacements: Moss for Lund (53), Hale for Dorn (77), Wick for Pell (80).\n\nReplacements: Tan for Ross (60), Bly for Oke (71), Vance for Shaw (79).\n");
    expect(lists.claims.every((c) => c.kind === "indirect")).toBe(true);
    const one = recordOf("Budget row deepens\n\nThe council met on Tuesday to discuss the budget.\n\nOkafor: The deal is dead and the money is gone.\n");
    expect(one.claims.filter((c) => c.cue === ":").map((c) => [c.kind, c.speaker.name])).toEqual([["indirect", "Okafor"]]);
  });
  it("a transcript may open at the first paragraph when its speaker is in capitals; a headline's 'Name:' is no turn", () => {
    const r = recordOf("Interview transcript\n\nRAMOS: I think the plan will fail.\n\nJANE HOLT: Why do you say that?\n\nRAMOS: Because it costs too much.\n");
    expect(r.claims.map((c) => [c.kind, c.speaker.mention])).toEqual([
      ["direct", "RAMOS"],
      ["direct", "JANE HOLT"],
      ["direct", "RAMOS"],
    ]);
    const h = recordOf("Holt speaks\n\nHolt: The Bridge Will Open in May, Money Is There.\n\nREPORTER: When will the bridge open?\n\nHOLT: I think it will open in May.\n\nREPORTER: Are you sure of that?\n");
    expect(h.claims.map((c) => [c.kind, c.speaker.mention])).toEqual([
      ["indirect", "Holt"],
      ["direct", "REPORTER"],
      ["direct", "HOLT"],
      ["direct", "REPORTER"],
    ]);
  });
  it("capitals that open with no given name stay as written", () => {
    const r = recordOf("Row over the treaty\n\nThe debate went on late into the night.\n\nACME MEP: The treaty is a trap for the small states.\n\nACME MEP: We will vote against it next week.\n");
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["ACME MEP", "ACME MEP"]);
  });
});
