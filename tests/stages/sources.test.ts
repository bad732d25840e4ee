import { describe, expect, it } from "vitest";
import { findOutlets } from "../../src/nlp/outlets.ts";
import { recordOf } from "../helpers.ts";

describe("sources", () => {
  it("finds outlets by head word or bare agency name", () => {
    expect(findOutlets("The Financial Times, in its report, cited officials. Reuters said more.")).toEqual(["The Financial Times", "Reuters"]);
    expect(findOutlets("In an interview to The Telegraph published on Sunday")).toEqual(["The Telegraph"]);
    expect(findOutlets("she told Sky News that")).toEqual(["Sky News"]);
  });
  it("starts an outlet's name after a possessive or a leading figure, not inside a name with a number", () => {
    expect(findOutlets("Rivers’ Harbour Times ran it, as did Tolland’s Evening Courier.")).toEqual(["Harbour Times", "Evening Courier"]);
    expect(findOutlets("Of the 14 Valley Gazette reporters, two left.")).toEqual(["Valley Gazette"]);
    expect(findOutlets("Ranked 12 Coast Herald on the list, and Channel 9 News said so.")).toEqual(["Coast Herald", "Channel 9 News"]);
  });
  it("does not take agencies, lone head words or people for outlets", () => {
    expect(findOutlets("The National Security Agency and the Post Office. News broke. Times change.")).toEqual([]);
  });
  it("does not list the publisher among the cited outlets", () => {
    const r = recordOf("A Title\n\nThe Daily Beacon reports that the Evening Star was wrong.\n\nSource: The Daily Beacon\n");
    expect(r.publisher?.name).toBe("The Daily Beacon");
    expect(r.citedSources).toEqual([]);
  });
});
