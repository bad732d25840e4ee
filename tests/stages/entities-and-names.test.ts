// An institution named for two fields joined by "and" is one organisation; two names joined by "and"
// stay two (invented sentences, real institution names only where the shape needs one).
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const names = (es: Entity[]): string[] => es.map((e) => e.name).sort();
const orgsOf = (s: string): string[] => names(recordOf(`Title line here\n\n${s}\n`).organizations);

describe("entities: institutions named for two fields", () => {
  it("reads the name across 'and' when a field word stands before it and an institution's head ends it", () => {
    expect(orgsOf("The Food and Drug Administration approved the pill on Monday.")).toEqual(["Food and Drug Administration"]);
    expect(orgsOf("The Department of Health and Human Services said no.")).toEqual(["Department of Health and Human Services"]);
    expect(orgsOf("The House Ways and Means Committee met on Monday.")).toEqual(["House Ways and Means Committee"]);
  });
  it("reads a head that is also a title's ('Executive') as the institution's, and the institution as a speaker", () => {
    const r = recordOf("Title line here\n\nThe Health and Safety Executive said the plant was unsafe.\n");
    expect(names(r.organizations)).toEqual(["Health and Safety Executive"]);
    expect(r.claims.map((c) => [c.speaker.type, c.speaker.ref])).toEqual([["organization", "health-and-safety-executive"]]);
    // One name before a title's head stays a role, no organisation (guard).
    expect(orgsOf("Acme Executive Ann Kerr said the plant was unsafe.")).toEqual([]);
  });
  it("leaves two names joined by 'and' as two", () => {
    const chambers = orgsOf("The bill passed the House and Senate on Monday.");
    expect(chambers).toContain("Senate");
    expect(chambers).not.toContain("House and Senate");
    expect(orgsOf("Students at Portmoor College and Acme University marched.")).toEqual(["Acme University", "Portmoor College"]);
    const r = recordOf("Title line here\n\nJo Blum and Acme Group agreed a deal.\n");
    expect(names(r.organizations)).toEqual(["Acme Group"]);
    expect(r.people.map((p) => p.name)).toEqual(["Jo Blum"]);
  });
  it("makes the acronym of such a name the same organisation", () => {
    const r = recordOf("Title line here\n\nThe Food and Drug Administration approved the pill. The FDA said it was safe.\n");
    expect(names(r.organizations)).toEqual(["Food and Drug Administration"]);
    expect(r.organizations[0]?.mentions).toBe(2);
  });
});
