import { describe, expect, it } from "vitest";
import { mergeAcronyms } from "../../src/nlp/acronyms.ts";
import type { Entity } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

const e = (name: string, ...starts: number[]): Entity => ({
  slug: name.toLowerCase().replace(/\W+/g, "-"),
  name,
  mentions: starts.length,
  spans: starts.map((s) => ({ start: s, end: s + name.length })),
});

describe("mergeAcronyms", () => {
  it("folds an acronym into the full name whose initials it spells, skipping 'of' and 'and' or not", () => {
    const out = mergeAcronyms([e("IMF", 5, 90), e("Bank of England", 40), e("International Monetary Fund", 60), e("BOE", 120)]);
    expect(out.map((x) => x.name)).toEqual(["International Monetary Fund", "Bank of England"]);
    const imf = out[0];
    expect(imf?.slug).toBe("international-monetary-fund");
    expect(imf?.mentions).toBe(3);
    expect(imf?.spans.map((s) => s.start)).toEqual([5, 60, 90]);
    expect(out[1]?.spans.map((s) => s.start)).toEqual([40, 120]);
    // "Department of Justice" is DOJ with its "of".
    expect(mergeAcronyms([e("Department of Justice", 0), e("DOJ", 50)]).map((x) => x.name)).toEqual(["Department of Justice"]);
  });
  it("reads dotted acronyms, and leaves alone one that two names could spell or that no name spells", () => {
    expect(mergeAcronyms([e("U.S.", 0), e("United States", 30)]).map((x) => x.name)).toEqual(["United States"]);
    const two = [e("WTO", 0), e("World Trade Organization", 10), e("World Tourism Organization", 50)];
    expect(mergeAcronyms(two)).toEqual(two);
    const none = [e("NATO", 0), e("Acme Widgets", 10), e("Paris", 30)];
    expect(mergeAcronyms(none)).toEqual(none);
  });
});

describe("the entities stage", () => {
  it("gives one organisation for a name and its acronym, and the acronym speaker the full name", () => {
    const r = recordOf(
      "Regulator fines bank\n\nThe Securities and Exchange Commission fined the bank on Monday.\n\n" +
        "The SEC said the bank had misled its customers for years.\n",
    );
    expect(r.organizations.map((o) => o.name)).toEqual(["Securities and Exchange Commission"]);
    expect(r.organizations[0]?.mentions).toBe(2);
    const claim = r.claims.find((c) => c.text.startsWith("the bank had misled"));
    expect(claim?.speaker).toMatchObject({ name: "Securities and Exchange Commission", mention: "The SEC", type: "organization", ref: "securities-and-exchange-commission" });
  });
});
