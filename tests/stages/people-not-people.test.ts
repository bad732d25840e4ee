// People and entities against names that are no person's: a name written twice in a row, a nickname
// after an honorific, a team, a party's short name, an -ing word opening the sentence, a trade's noun
// before a firm; and a US state abbreviated after a town. Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Entity } from "../../src/types.ts";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

const OPENING = "Harbour news today\n\nThe council met on Monday to discuss the ferry timetable and the budget for the coming year.\n\n";

const record = (body: string): ArticleRecord => recordOf(`${OPENING}${body}\n`);
const names = (es: Entity[]): string[] => es.map((e) => e.name);

describe("people: a name written twice in a row", () => {
  it("reads a byline glued to the text as one person", () => {
    const r = record("A new memoir by Sir Thomas Pettigrew Thomas Pettigrew's book is out now. Pettigrew said it sold well.");
    expect(peopleNames(r)).toEqual(["Thomas Pettigrew"]);
    expect(personNamed(r, "Thomas Pettigrew").mentions).toBe(3);
  });

  it("keeps a name whose two words are the same (guard)", () => {
    const r = record("A reader calling himself Dunstan Dunstan wrote to the paper, Dunstan Dunstan said.");
    expect(peopleNames(r)).toEqual(["Dunstan Dunstan"]);
  });
});

describe("people: an honorific and a nickname in quotation marks", () => {
  it("reads “Miss Housekeeping” as a nickname, not a person", () => {
    const r = record("He called her “Miss Housekeeping” in public. She denied ever being “Miss Housekeeping” at all.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("keeps a surname after an honorific in the prose (guard)", () => {
    const r = record("He met Mr Pettigrew in public. Later Mr Pettigrew said he had been misquoted.");
    expect(peopleNames(r)).toEqual(["Pettigrew"]);
  });
});

describe("people and entities: teams named for creatures", () => {
  it("reads a town and a creature's plural as a team, not a person", () => {
    const r = record("Fans of the Dunmore Panthers were happy. The Dunmore Panthers won again on Sunday, and the Kettleby Wolves lost.");
    expect(peopleNames(r)).toEqual([]);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Dunmore Panthers", "Kettleby Wolves"]));
  });

  it("keeps a full name ending in a word like a creature's plural (guard)", () => {
    const r = record("Lena Maria Ortega Llamas, who runs the ferry, said the timetable was wrong.");
    expect(peopleNames(r)).toEqual(["Lena Maria Ortega Llamas"]);
  });
});

describe("people: a party's short name", () => {
  it("reads 'Lib Dem' in a list of people as the party", () => {
    const r = record("Others named include Tom Adeyemi, Nadia Ferris and Helen Okafor, Lib Dem's elections chief Lord Penbury said.");
    expect(peopleNames(r)).not.toContain("Lib Dem");
    expect(names(r.organizations)).toContain("Lib Dem");
  });
});

describe("people: an -ing word opening the sentence", () => {
  it("leaves out a participle of a verb the text writes otherwise", () => {
    const r = record("Praising Ashworth and Brennan for their work, the minister spoke at length. She praised Ashworth again on Friday.");
    expect(peopleNames(r)).not.toContain("Praising Ashworth");
  });

  it("leaves out an -ing word before a given name", () => {
    const r = record("Entrusting Donald Pettigrew with the budget was a mistake, Pettigrew's critics said.");
    expect(peopleNames(r)).toEqual(["Donald Pettigrew"]);
  });

  it("keeps a given name ending in -ing before a surname (guard)", () => {
    const r = record("Erling Pettigrew said the timetable was wrong. Pettigrew runs the ferry.");
    expect(peopleNames(r)).toEqual(["Erling Pettigrew"]);
  });
});

describe("people and entities: a trade's noun before a firm", () => {
  it("reads 'Developer Acme' as the firm Acme, not a person", () => {
    const r = record("Developer Quillsoft has assumed that every player has a fast connection. Quillsoft said the patch would come soon.");
    expect(peopleNames(r)).toEqual([]);
    expect(names(r.organizations)).toContain("Quillsoft");
  });

  it("reads a plural trade's noun the same way", () => {
    const r = record("Bookmakers Brackley cut the odds on Friday. Brackley said bets had poured in.");
    expect(peopleNames(r)).toEqual([]);
    expect(names(r.organizations)).toContain("Brackley");
  });

  it("keeps a role before a full name (guard)", () => {
    const r = record("Producer Nadia Ferris said the film would open in May.");
    expect(peopleNames(r)).toEqual(["Nadia Ferris"]);
  });
});

describe("entities: a US state abbreviated after a town", () => {
  it("reads the town and the state as places", () => {
    const r = record("The police in Dunmore, Calif., said a man from Kettleby, Pa., was held. A woman from Ashworth Falls, Wisc. was also held.");
    expect(names(r.places)).toEqual(expect.arrayContaining(["Dunmore", "Calif.", "Kettleby", "Pa.", "Ashworth Falls", "Wisc."]));
    for (const p of r.places) for (const s of p.spans) expect(r.text.slice(s.start, s.end)).toBe(p.name);
  });

  it("reads the town as a place where it stands alone too", () => {
    const r = record("He went to police headquarters in Dunmore, Fla., to sign the papers. Dunmore police said he was not held. A Dunmore police spokesman agreed.");
    expect(names(r.places)).toContain("Dunmore");
    expect(names(r.organizations)).not.toContain("Dunmore");
  });

  it("takes only the town from a longer name before the state", () => {
    const r = record("Quillsoft Holdings Inc of Port Dunmore, Fla., said profits rose.");
    expect(names(r.places)).toEqual(expect.arrayContaining(["Port Dunmore", "Fla."]));
    expect(names(r.places).some((n) => n.includes("Quillsoft"))).toBe(false);
  });

  it("reads no state in an abbreviation after a name without a comma (guard)", () => {
    const r = record("Miss. Ferris said the ferry was late. Nadia Ferris runs the ferry.");
    expect(names(r.places)).not.toContain("Miss.");
  });
});
