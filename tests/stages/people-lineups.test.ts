// The people stage on team line-ups written with shirt numbers ("15 - Jo Blum, 14 - …") and numbered
// substitutes in brackets: every name of the list is a person. Invented names only.
import { describe, expect, it } from "vitest";
import { peopleNames, recordOf } from "../helpers.ts";

const of = (body: string) => recordOf(`A test\n\n${body}\n`);

describe("people: line-ups with shirt numbers", () => {
  it("reads each numbered name of a line-up as a person", () => {
    const r = of(
      "Teams:\n\nRedvale - 15 - Tevo Marrak, 14 - Ulan Drezik, 13 - Orvo Taskel (16 - Pim Varosk, 48th) 12 - Ezro Kallit; 11 - Davu Pennik, 10 - Ilko Brandt.",
    );
    for (const n of ["Tevo Marrak", "Ulan Drezik", "Orvo Taskel", "Pim Varosk", "Ezro Kallit", "Davu Pennik"]) expect(peopleNames(r)).toContain(n);
  });

  it("does not read a party and state in brackets after a name as a list (guard)", () => {
    const r = of("Senator Jo Blum (R-Texas), Senator Al Roe (D-Mass.) and others spoke.");
    expect(peopleNames(r)).toEqual(["Al Roe", "Jo Blum"]);
  });
});
