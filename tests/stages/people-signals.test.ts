// The people stage on the signals around a name: a given name that is also a word at a sentence
// start, places, works and companies with a name's shape, photographers in picture credits, and
// names that context makes organisations. Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../src/types.ts";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

const names = peopleNames;
const orgs = (r: ArticleRecord): string[] => r.organizations.map((o) => o.name).sort();

const person = personNamed;

describe("people: a given name that is also a word, opening a sentence", () => {
  it("keeps the given name when a verb of speech follows the pair", () => {
    const r = recordOf("Harbour talks stall\n\nRush Dalton said the harbour plan was dead. There was no rush to decide, the council said.\n");
    expect(names(r)).toEqual(["Rush Dalton"]);
  });

  it("keeps it before an appositive and a verb of speech", () => {
    const r = recordOf("Harbour talks stall\n\nMark Tully, a retired engineer, said the mark on the hull was new.\n");
    expect(names(r)).toEqual(["Mark Tully"]);
  });

  it("keeps it before a role appositive", () => {
    const r = recordOf("Harbour talks stall\n\nHope Varney, the harbour spokeswoman, closed the quay. There is little hope of a deal.\n");
    expect(names(r)).toEqual(["Hope Varney"]);
    expect(person(r, "Hope Varney").roles).toEqual(["harbour spokeswoman"]);
  });

  it("gives the full name's span at a sentence start when the name is written in full elsewhere", () => {
    const r = recordOf("Harbour talks stall\n\nRush Dalton walked out of the meeting. There was no rush to decide. Later, in the hall where Rush Dalton spoke, the mood was calm.\n");
    const p = person(r, "Rush Dalton");
    expect(p.spans.map((s) => r.text.slice(s.start, s.end))).toEqual(["Rush Dalton", "Rush Dalton"]);
  });

  it("does not take an inverted verb of speech for a given name (guard)", () => {
    const r = recordOf("Harbour talks stall\n\nThe old house was turned into a museum. Said Ines Poynter, who grew up nearby, “We were all so proud.”\n");
    expect(names(r)).toEqual(["Ines Poynter"]);
  });
});

describe("people: places, works and products with a name's shape", () => {
  it("reads no person out of the middle of a longer capitalised name", () => {
    const r = recordOf("Console news\n\nThe new console plays games made for the Pocket Boy Deluxe, the company said. Kids keep one in a pocket.\n");
    expect(names(r)).toEqual([]);
  });

  it("drops a name that opens a school's name and heads an event, with no person's sign", () => {
    const r = recordOf(
      "Vigil held\n\nFamilies gathered near Sandy Cove Elementary School on Friday. " +
        "In the years since the Sandy Cove shooting, parents of Sandy Cove children have campaigned for new laws.\n",
    );
    expect(names(r)).toEqual([]);
    expect(orgs(r)).toContain("Sandy Cove Elementary School");
  });

  it("drops a longer name that opens with such a place: the group it names", () => {
    const r = recordOf(
      "Vigil held\n\nFamilies gathered near Sandy Cove Elementary School on Friday, after the Sandy Cove shooting. " +
        "Jo Barden now helps lead a program called Sandy Cove Promise.\n",
    );
    expect(names(r)).toEqual(["Jo Barden"]);
  });

  it("drops a name written only in quotation marks, more than once: a show", () => {
    const r = recordOf(
      "Revivals\n\nOn Monday the network said it was cancelling the low-rated “Rush Tide.” " +
        "Critics said the leads were missing from “Rush Tide.”\n",
    );
    expect(names(r)).toEqual([]);
  });

  it("keeps a person whose name also names a show (guard)", () => {
    const r = recordOf("Awards\n\nLena Baxley, from The Lena Baxley Show, was also nominated. Lena Baxley (The Lena Baxley Show, Channel 9) won.\n");
    expect(names(r)).toEqual(["Lena Baxley"]);
  });

  it("keeps a person a role noun before the name marks, beside a foundation named after them (guard)", () => {
    const r = recordOf("Auction\n\nThe sale includes sheet music by jazz composers Tom Quayle and Ben Ruddock. Proceeds go to the Tom Quayle Foundation.\n");
    expect(names(r)).toEqual(["Ben Ruddock", "Tom Quayle"]);
  });

  it("keeps the victim of a shooting named with a plain given name (guard)", () => {
    const r = recordOf("Protest\n\nMarchers remembered the Michael Brodie shooting on Sunday.\n");
    expect(names(r)).toEqual(["Michael Brodie"]);
  });

  it("reads a school's principal as a title before the name", () => {
    const r = recordOf("Tribute\n\nShe paid tribute to the daughter of slain Sandy Cove Elementary Principal Dawn Lomax.\n");
    expect(names(r)).toEqual(["Dawn Lomax"]);
    expect(person(r, "Dawn Lomax").roles).toEqual(["Sandy Cove Elementary Principal"]);
  });
});

describe("people: photographers in picture credits", () => {
  it("reads the photographer of a credit at a caption's end, as a photographer", () => {
    const r = recordOf("Storm watch\n\nFour more storms were photographed on the planet. They show up well in photos. Credit: Lena Go\n");
    expect(names(r)).toEqual(["Lena Go"]);
    expect(person(r, "Lena Go").roles).toEqual(["photographer"]);
  });

  it("gives an agency credit's photographer the role", () => {
    const r = recordOf("Storm watch\n\nThe mayor of Dunmore spoke at the harbour on Friday. | AP Photo/Mel Evans\n\nThe ferries ran late.\n");
    expect(person(r, "Mel Evans").roles).toEqual(["photographer"]);
  });

  it("reads no person out of an agency-only credit (guard)", () => {
    const r = recordOf("Storm watch\n\nThe planet's belts are visible in small telescopes. Credit: NASA/JPL-Caltech\n");
    expect(names(r)).toEqual([]);
  });
});

describe("people and organisations: names that context makes companies", () => {
  it("makes a company of a name whose possessive owns profits, though it 'said'", () => {
    const r = recordOf(
      "Ad sales rise\n\nAcme Warner said on Friday that it now owns 8% of a search firm. " +
        "Acme Warner's fourth quarter profits were slightly better than expected.\n",
    );
    expect(names(r)).toEqual([]);
    expect(orgs(r)).toContain("Acme Warner");
    expect(r.organizations.find((o) => o.name === "Acme Warner")?.mentions).toBe(2);
  });

  it("makes a company of a name after 'firm' or before a company appositive", () => {
    const r = recordOf("Survey\n\nThe survey was run by the firm Dunmore Data. Tide Warner, a media company, paid for it.\n");
    expect(names(r)).toEqual([]);
    expect(orgs(r)).toEqual(expect.arrayContaining(["Dunmore Data", "Tide Warner"]));
  });

  it("keeps a person whose appositive names a group after 'of' (guard)", () => {
    const r = recordOf("Deal talks\n\nThe German firm wanted to buy the carmaker. But Gianni Rossetti, the godfather of the group, wanted to keep control.\n");
    expect(names(r)).toEqual(["Gianni Rossetti"]);
  });

  it("takes the person, not their company, as the speaker of 'Name of firm X'", () => {
    const r = recordOf("Survey\n\n“Customers want it all,” says Cara Diemont of IT firm Dunmore Data, which ran the survey.\n");
    expect(orgs(r)).toContain("Dunmore Data");
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Cara Diemont"]);
  });
});
