// Guard for the speed-ups of the entity and people finders (knownAt looks a name up only when its
// first word opens a known one; picture credits are searched only in texts with a credit's letters):
// known names of several words, a dotted abbreviation and a credit are still read. It passed before
// those changes too.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

describe("known names after the first-word checks (guard)", () => {
  it("finds organisations and places of several words and a dotted abbreviation", () => {
    const r = recordOf("Ferry talks resume\n\nNEW YORK - Officials from the Associated Press met the Bank of England on Monday, and the U.S. delegation flew on to New Zealand.\n");
    expect(r.organizations.map((o) => o.name).sort()).toEqual(["Associated Press", "Bank of England"]);
    expect(r.places.map((p) => p.name).sort()).toEqual(["New York", "New Zealand", "U.S."]);
  });

  it("reads a photographer from a credit and a known agency", () => {
    const r = recordOf("Harbour report\n\nThe Acme Widgets chief Jo Blum told Reuters the firm would expand. Photo credit: Tamsin Okafor\n\nShe said the plant stays.\n");
    expect(r.people.map((p) => [p.name, p.roles])).toEqual([
      ["Jo Blum", ["chief"]],
      ["Tamsin Okafor", ["photographer"]],
    ]);
    expect(r.organizations.map((o) => o.name)).toEqual(["Reuters"]);
  });
});
