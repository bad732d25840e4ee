import { describe, expect, it } from "vitest";
import { isDataCredit } from "../../src/nlp/outlets.ts";
import { recordOf } from "../helpers.ts";

describe("a Source: line that credits a chart's data", () => {
  it("is not the publisher, and stays in the boilerplate", () => {
    const r = recordOf("Ferry budgets rise\n\nThe harbour board approved the ferry budget on Monday.\n\nOnly three ports spend more than the target.\n\nSource: OECD.\n");
    expect(r.publisher).toBeNull();
    expect(r.boilerplate).toEqual(["Source: OECD."]);
  });
  it("leaves the publisher to a later Source line that names one", () => {
    const r = recordOf("Ferry budgets rise\n\nThe harbour board approved the ferry budget on Monday.\n\nSource: Portville Statistics Bureau.\n\nMore follows.\n\nSource: https://www.harbour-example.com/ferry\n");
    expect(r.publisher?.name).toBe("harbour-example.com");
  });
  it("is an organisation or data, in a few words, never an address or an outlet", () => {
    expect(isDataCredit("OECD.")).toBe(true);
    expect(isDataCredit("Portville Statistics Bureau")).toBe(true);
    expect(isDataCredit("Harbour Research Center analysis of port figures")).toBe(true);
    expect(isDataCredit("Census data; staff calculations")).toBe(true);
    // Guards: publishers as Source lines name them.
    expect(isDataCredit("https://www.harbour-example.org/ferry")).toBe(false);
    expect(isDataCredit("harbour-example.org")).toBe(false);
    expect(isDataCredit("The Portville Tribune")).toBe(false);
    expect(isDataCredit("ferrywatch")).toBe(false);
    expect(isDataCredit("Harbour Watch")).toBe(false);
  });
});
