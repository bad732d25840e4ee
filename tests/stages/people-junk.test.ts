// The people stage against junk names: title-case headlines read as one long name, organisations,
// works and places read as people, titles after an honorific. Invented sentences only.
import { describe, expect, it } from "vitest";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

const names = peopleNames;

const person = personNamed;

describe("people: title-case headlines", () => {
  it("ends a name in a title-case heading where the name ends", () => {
    const r = recordOf(
      "Harbour news today.\n\nMara Quinlan Asked Voters Everywhere To Stay Home.\n\n" +
        "Mara Quinlan said the vote should wait. Quinlan spoke in Leeds on Monday.\n",
    );
    expect(names(r)).toEqual(["Mara Quinlan"]);
    expect(person(r, "Mara Quinlan").mentions).toBe(3);
  });

  it("reads two people known from the prose out of one title-case run", () => {
    const r = recordOf(
      "Helen Okafor Endorses Tom Adeyemi In Leeds Race.\n\n" +
        "Helen Okafor said on Tuesday that she backs Tom Adeyemi. Okafor called Adeyemi a builder.\n",
    );
    expect(names(r)).toEqual(["Helen Okafor", "Tom Adeyemi"]);
    expect(person(r, "Helen Okafor").mentions).toBe(3);
    expect(person(r, "Tom Adeyemi").mentions).toBe(3);
  });

  it("takes a given name and surname from a heading when the prose names the surname", () => {
    const r = recordOf("Helen Okafor Slams Harbour Plan As Costly.\n\nThe plan would fail, Okafor said on Friday.\n");
    expect(names(r)).toEqual(["Helen Okafor"]);
    expect(person(r, "Helen Okafor").aliases).toContain("Okafor");
  });

  it("keeps a surname in a heading with the person the prose names, not with a longer junk name", () => {
    const r = recordOf(
      "Nadia Ferris Says Tom Adeyemi Is Wrong About Ferries.\n\n" +
        "Tom Adeyemi runs the ferry company. Nadia Ferris, a councillor, said the timetable was wrong. Adeyemi said it was not.\n",
    );
    expect(names(r)).toEqual(["Nadia Ferris", "Tom Adeyemi"]);
    expect(person(r, "Tom Adeyemi").mentions).toBe(3);
  });

  it("reads a byline in title case as its own person, not as a namesake's first name", () => {
    const r = recordOf(
      "Harbour news today.\n\nBy Nadia Kerr / The Harbour Platform.\n\nNadia Ferris, a councillor, said the ferry was late. Ferris thanked the crew.\n",
    );
    expect(names(r)).toEqual(["Nadia Ferris", "Nadia Kerr"]);
    expect(person(r, "Nadia Ferris").mentions).toBe(2);
  });

  it("still reads a heading that holds only a name, and names in a line-up", () => {
    const r = recordOf(
      "Match report.\n\nPlayer Of The Day: Priya Ramsay.\n\nRamsay scored twice for the harbour side.\n\n" +
        "Harbour: Quinlan, Ferris, Okafor, Baxley, Adeyemi, Ball, Stone.\n",
    );
    expect(names(r)).toContain("Priya Ramsay");
    expect(names(r)).toContain("Baxley");
    expect(names(r)).toContain("Stone");
  });
});

describe("people: organisations, works and places are not people", () => {
  it("drops a company whose first word the text writes in lower case", () => {
    const r = recordOf("Title line here.\n\nShares rose after Tide Warner said profits were up as the tide turned. Harbour Freight said the same.\n");
    expect(names(r)).toEqual([]);
  });

  it("drops names ending in a plural noun, a thing's head word or a country", () => {
    const r = recordOf(
      "Title line here.\n\nThe Commission on Regional Debates says the debates will go ahead. " +
        "She visited Tate Germany on Monday. The Harold Webb Memorial Award went to a nurse, and the Lucy Grant Show ran late. " +
        "Officials at Sally Brown Laboratories said the tests were fine.\n",
    );
    expect(names(r)).toEqual([]);
  });

  it("keeps surnames that are words or countries", () => {
    const r = recordOf(
      "Title line here.\n\nColumnist Dana Frost said the frost had come early. Ana Palau said the island was calm. " +
        "On the radio, Rush Dalton said listeners would rush to vote. Pip Law said the law was clear.\n",
    );
    expect(names(r)).toEqual(["Ana Palau", "Dana Frost", "Pip Law", "Rush Dalton"]);
  });
});

describe("people: titles and words before a name", () => {
  it("reads a title after an honorific as part of the title", () => {
    const r = recordOf(
      "Title line here.\n\nMiss Universe Lucia Marquez said she was hurt. Marquez spoke again later. " +
        "Miss Universe is a pageant, and Miss Texas Ana Ruiz came second.\n",
    );
    expect(names(r)).toEqual(["Ana Ruiz", "Lucia Marquez"]);
    expect(person(r, "Lucia Marquez").roles).toEqual(["Miss Universe"]);
    expect(person(r, "Lucia Marquez").mentions).toBe(2);
  });

  it("leaves a place before an honorific out of the title", () => {
    const r = recordOf("Title line here.\n\nTom Okafor toured the north. Speaking in Dunmore Mr Okafor said the plan would fail.\n");
    const p = person(r, "Tom Okafor");
    expect(p.aliases).toContain("Mr Okafor");
    expect(p.aliases).not.toContain("Dunmore Mr Okafor");
  });

  it("leaves out plural roles, compounds and common words before a name", () => {
    const r = recordOf(
      "Title line here.\n\nThe vote was close. Senators Helen Okafor and Tom Adeyemi voted no. " +
        "Top-seeded Canadians Lena Baxley won in straight sets. Later, Does Lena Baxley want more? Nobody knew.\n",
    );
    expect(names(r)).toEqual(["Helen Okafor", "Lena Baxley", "Tom Adeyemi"]);
  });
});

describe("people: names that must still be found", () => {
  it("reads middle names, particles and hyphenated given names in prose and headings", () => {
    const r = recordOf(
      "Mary Ann Smith Wins Award For Harbour Film.\n\n" +
        "Mary Ann Smith thanked Jean-Luc Picard and Ludwig van Beethoven. Smith said the night was long.\n",
    );
    expect(names(r)).toEqual(["Jean-Luc Picard", "Ludwig van Beethoven", "Mary Ann Smith"]);
    expect(person(r, "Mary Ann Smith").mentions).toBe(3);
  });
});
