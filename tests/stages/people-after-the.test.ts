// The people stage on names only ever written right after "the" and opening with no given name:
// awards, regiments, bands ("the Golden Bear", "the Royal Scots"), no people. Invented sentences only.
import { describe, expect, it } from "vitest";
import { peopleNames, recordOf } from "../helpers.ts";

const of = (body: string) => recordOf(`A test\n\n${body}\n`);

describe("people: names only written after 'the'", () => {
  it("takes no award or regiment written after 'the' for a person", () => {
    const r = of("The film won the Golden Falcon at the festival. Later the Royal Dragoons marched past the crowd.");
    expect(peopleNames(r)).toEqual([]);
  });

  it("keeps a person whose given name is also a word after 'the' (guard)", () => {
    const r = of("She wrote an oral history of the Bill Varga years. Critics praised it.");
    expect(peopleNames(r)).toEqual(["Bill Varga"]);
  });

  it("keeps a person named elsewhere without 'the' (guard)", () => {
    const r = of("Golden Okafor won. The prize went to the Golden Okafor team, and Golden Okafor said thanks.");
    expect(peopleNames(r)).toContain("Golden Okafor");
  });
});
