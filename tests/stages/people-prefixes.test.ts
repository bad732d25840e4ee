// The people and entities stages on glued title prefixes ("then-Secretary", "President-elect"), stray
// words before a known person's name, groups named by nationality or faith, role appositives with
// "of", and dotted abbreviations as places. Invented sentences only.
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Person } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const names = (r: ArticleRecord): string[] => r.people.map((p) => p.name).sort();
const of = (sentence: string): ArticleRecord => recordOf(`A test\n\n${sentence}\n`);

function person(r: ArticleRecord, name: string): Person {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}; got ${names(r).join(", ")}`);
  return p;
}

describe("people: titles with a glued prefix or suffix", () => {
  it("reads a title after 'then-' as the title written after 'then'", () => {
    const r = of("It involved then-Secretary of State Mara Quinlan and others.");
    expect(names(r)).toEqual(["Mara Quinlan"]);
    expect(person(r, "Mara Quinlan").roles).toEqual(["Secretary of State"]);
  });

  it("keeps the title after 'then-', 'ex-' and 'former-' as the role", () => {
    for (const prefix of ["then", "ex", "former", "Ex"]) {
      const r = of(`It involved ${prefix}-President Tom Adeyemi and others.`);
      expect(person(r, "Tom Adeyemi").roles, prefix).toEqual(["President"]);
    }
    expect(person(of("It involved then-Vice President Tom Adeyemi."), "Tom Adeyemi").roles).toEqual(["Vice President"]);
  });

  it("reads a lower-case role after 'then-' without the prefix, and keeps 'ex-' in it", () => {
    expect(person(of("It involved then-candidate Tom Adeyemi and others."), "Tom Adeyemi").roles).toEqual(["candidate"]);
    expect(person(of("His ex-wife Nadia Ferris said it was fine."), "Nadia Ferris").roles).toEqual(["ex-wife"]);
  });

  it("reads '-elect' offices as titles, before a name and alone", () => {
    expect(person(of("It involved Vice President-elect Tom Adeyemi."), "Tom Adeyemi").roles).toEqual(["Vice President-elect"]);
    const r = of("It involved President-elect Mara Quinlan. The President-elect said it was wrong.");
    expect(names(r)).toEqual(["Mara Quinlan"]);
    expect(person(r, "Mara Quinlan").roles).toEqual(["President-elect"]);
    expect(person(r, "Mara Quinlan").mentions).toBe(2);
  });
});

describe("people: role appositives with 'of'", () => {
  it("takes a name before ', <role> of <Org>' for a person whatever its given name", () => {
    const r = of("Zorv Kettleby, executive director of Harbour Watch Now, said the plan was bad.");
    expect(names(r)).toEqual(["Zorv Kettleby"]);
    expect(person(r, "Zorv Kettleby").roles).toEqual(["executive director of Harbour Watch Now"]);
    expect(r.claims[0]?.speaker.name).toBe("Zorv Kettleby");
  });
});

describe("people: words before a known person's name", () => {
  it("reads an -ing word or a nationality opening a sentence before a known surname as that person", () => {
    const r = of(
      "Tom Adeyemi spoke on Monday. Adeyemi was calm. Addressing Adeyemi directly, the mayor said it was wrong. " +
        "American Adeyemi fans cheered.",
    );
    expect(names(r)).toEqual(["Tom Adeyemi"]);
    expect(person(r, "Tom Adeyemi").mentions).toBe(4);
  });

  it("reads a word before a known person's given name as that person (a nickname)", () => {
    const r = of("Mara Quinlan spoke on Monday. Rivals call her Sneaky Mara at rallies, and Quinlan laughs.");
    expect(names(r)).toEqual(["Mara Quinlan"]);
    expect(person(r, "Mara Quinlan").mentions).toBe(3);
  });

  it("drops a pronoun like 'Everything' opening a sentence before a surname", () => {
    const r = of("Tom Adeyemi spoke on Monday. Everything Adeyemi says is a lie, his rival said.");
    expect(names(r)).toEqual(["Tom Adeyemi"]);
  });

  it("guard: keeps a full name at a sentence start whose given name is unknown", () => {
    const r = of("Zorvath Kettleby spoke on Monday. Mr Kettleby said the plan was bad. Kettleby left.");
    expect(names(r)).toEqual(["Zorvath Kettleby"]);
  });
});

describe("people: a capitalised role inside a run", () => {
  it("reads a role's noun capitalised before a given name and surname as the person's role", () => {
    const r = of("Vale Psychologist Mara Quinlan coined the term. Harbour Radio DJ Tom Adeyemi said he liked it.");
    expect(r.people.map((p) => [p.name, p.roles])).toEqual([
      ["Mara Quinlan", ["Vale Psychologist"]],
      ["Tom Adeyemi", ["Harbour Radio DJ"]],
    ]);
  });
});

describe("people: groups and shouted passages", () => {
  it("reads nationality or faith words before a plural one as a group, not a person", () => {
    const r = of("Without a way to tell Christian Arabs from others, the plan failed, Tom Adeyemi said.");
    expect(names(r)).toEqual(["Tom Adeyemi"]);
  });

  it("reads a nationality before a singular faith or nationality word as a member of a group, not a person", () => {
    const r = of("In 2006 a French Jew, Tom Adeyemi, was kidnapped, and an Iraqi Christian was hurt.");
    expect(names(r)).toEqual(["Tom Adeyemi"]);
  });

  it("reads no name from a given name that is a word in a long sentence in capitals", () => {
    const r = of(
      "I CANNOT IMAGINE DOING MY JOB UNDER THE CONSTANT PRESSURE OF WAKING UP EVERY DAY AND HAVING TO GO TO WORK KNOWING THAT EVERY RULING WILL BE VIEWED THROUGH THAT PRISM, SHE SAID.",
    );
    expect(names(r)).toEqual([]);
  });
});

describe("places: dotted abbreviations", () => {
  it("keeps the last period of a dotted place and reads it with its undotted form as one place", () => {
    const r = of("Officials in the U.S. said it was bad. The US plan failed.");
    expect(r.places.map((p) => [p.name, p.slug, p.mentions])).toEqual([["U.S.", "us", 2]]);
    const span = r.places[0]?.spans[0];
    expect(span && r.text.slice(span.start, span.end)).toBe("U.S.");
  });
});
