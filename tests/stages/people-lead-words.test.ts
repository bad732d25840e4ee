// The people stage against words glued to a name: a describing adjective, an organisation's acronym,
// a nationality, role nouns or the end of a title before it, a creature's noun after it. Invented sentences only.
import { describe, expect, it } from "vitest";
import { peopleNames, personNamed, recordOf } from "../helpers.ts";

describe("people: words glued to a name", () => {
  it("leaves a describing adjective out of a surname at a sentence start", () => {
    const r = recordOf("Sleepy Okafor and the harbour;\n\nMayor Okafor said the ferry would run. Okafor spoke on Monday.\n");
    expect(peopleNames(r)).toEqual(["Okafor"]);
    expect(personNamed(r, "Okafor").mentions).toBe(3);
  });

  it("reads a name followed by 'the' and a creature's noun as an animal's", () => {
    const r = recordOf("Farm news today.\n\nThe children saved their friend Bramble the goat from the flood. Helen Okafor said the farm would reopen.\n");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
  });

  it("leaves an organisation's acronym out of the name after it", () => {
    const r = recordOf("Harbour news today.\n\nThe head of shipping group ZRTQ Helen Okafor is to leave her post. Mrs Okafor said she was proud.\n");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
    expect(personNamed(r, "Helen Okafor").mentions).toBe(2);
  });

  it("leaves a nationality out of a surname alone", () => {
    const r = recordOf("Tennis news today.\n\nNadia Ferris won the first set. The match went to Canadian Ferris after two hours.\n");
    expect(peopleNames(r)).toEqual(["Nadia Ferris"]);
    expect(personNamed(r, "Nadia Ferris").mentions).toBe(2);
  });

  it("leaves role nouns out of a full name whose given name is not known", () => {
    const r = recordOf("Athletics news today.\n\nSprinters Zandor Okafor and Tom Adeyemi won their heats on Friday. Okafor ran fastest.\n");
    expect(peopleNames(r)).toEqual(["Tom Adeyemi", "Zandor Okafor"]);
  });

  it("keeps the end of a title written before the run out of the name and in the role", () => {
    const r = recordOf("Budget news today.\n\nThe Chancellor of the Exchequer Helen Okafor said taxes would fall.\n");
    expect(peopleNames(r)).toEqual(["Helen Okafor"]);
    expect(personNamed(r, "Helen Okafor").roles).toEqual(["Chancellor of the Exchequer"]);
  });

  it("runs a title after 'of' on to the given name", () => {
    const r = recordOf("Security news today.\n\nDirector of National Intelligence Tom Adeyemi said the threat had grown.\n");
    expect(peopleNames(r)).toEqual(["Tom Adeyemi"]);
    expect(personNamed(r, "Tom Adeyemi").roles).toEqual(["Director of National Intelligence"]);
  });

  it("guard: keeps a given name that is also a nationality or faith before a surname", () => {
    const r = recordOf("Film news today.\n\nThe award went to Christian Baxley on Sunday. Baxley thanked the crew.\n");
    expect(peopleNames(r)).toEqual(["Christian Baxley"]);
  });
});
