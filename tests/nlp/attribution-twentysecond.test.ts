// Focused cases for the twenty-second claims round: a verb of saying in a purpose clause ("went on
// local radio to defend the timetable", "took to social media to say that …") is a claim of the
// clause's subject when that subject can speak; an irregular past ends the subject before it ("The
// ferry master went on …"); in an object relative clause a role and the name in apposition to it
// speak ("a port that the former minister, Idris Vane, called …"). Every sentence is invented.
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

const claimsOf = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);

describe("a verb of saying in a purpose clause", () => {
  it("gives the subject a claim for a cue that is also a stance verb", () => {
    expect(claimsOf("Mara Quinlan went on local radio to defend the timetable.")).toContainEqual(["Mara Quinlan", "to defend", "the timetable"]);
  });
  it("reads a base form of a verb of saying with its that-clause", () => {
    expect(claimsOf("The council leader went on local radio to say that the pier was safe.")).toContainEqual(["The council leader", "to say", "that the pier was safe"]);
  });
  it("reads 'took to' a platform the same way", () => {
    expect(claimsOf("Councillor Idris Vane took to social media to deny the report.")).toContainEqual(["Councillor Idris Vane", "to deny", "the report"]);
  });
  it("gives nothing when the subject cannot speak (guard)", () => {
    const claims = claimsOf("The ferry timetable was changed in the spring to explain the delays to passengers.");
    expect(claims.filter((c) => c[1] === "to explain")).toEqual([]);
  });
  it("leaves an intention to the verb before 'to' (guard)", () => {
    const claims = claimsOf("Mara Quinlan agreed to defend the timetable.");
    expect(claims.filter((c) => c[1] === "to defend")).toEqual([]);
    expect(claims).toContainEqual(["Mara Quinlan", "agreed", "to defend the timetable"]);
  });
  it("leaves a passive request alone (guard)", () => {
    const claims = claimsOf("The harbour master was asked to explain the delays.");
    expect(claims.filter((c) => c[1] === "to explain")).toEqual([]);
  });
});

describe("the subject before an irregular past", () => {
  it("ends a common-noun subject at the verb, so the speaker is the whole phrase and no more", () => {
    const claims = claimsOf("Pastor Ilse Marrow stood at her pulpit in Dunmore and urged her parishioners to vote for the harbour plan.");
    expect(claims).toContainEqual(["Pastor Ilse Marrow", "urged", expect.stringMatching(/^her parishioners to vote/)]);
  });
});

describe("an object relative clause with a name in apposition", () => {
  it("gives the role and the name as the speaker, not the noun the clause describes", () => {
    const claims = claimsOf("Dunmore is a port that the former minister, Idris Vane, called “the worst run in the country.”");
    expect(claims).toContainEqual(["the former minister, Idris Vane", "called", expect.stringContaining("the worst run in the country")]);
  });
  it("reads past a relative clause that is itself the subject's appositive (guard)", () => {
    const claims = claimsOf("Many share these doubts, but the Harbour Users Association, which represents forty villages, wants to keep the old fees.");
    expect(claims).toContainEqual(["the Harbour Users Association", "wants", "to keep the old fees"]);
  });
  it("keeps the plain relative clause's subject (guard)", () => {
    const claims = claimsOf("Dunmore is a port that the former minister called “the worst run in the country.”");
    expect(claims).toContainEqual(["the former minister", "called", expect.stringContaining("the worst run in the country")]);
  });
});

describe("a subject with an aside before a verb of saying or belief", () => {
  it("reads a common-noun subject after 'Even' with a 'like …' aside", () => {
    const claims = claimsOf("Even the hawks, like Vane and Marrow, say the harbour should stay closed.");
    expect(claims).toContainEqual(["the hawks", "say", "the harbour should stay closed"]);
  });
  it("gives a verb of belief its bare clause after a relative-clause aside", () => {
    const claims = claimsOf("Idris Vane, who has raised more money than anyone, hopes his campaign can win the harbour ward.");
    expect(claims).toContainEqual(["Idris Vane", "hopes", "his campaign can win the harbour ward"]);
  });
  it("still wants a clause after a verb of belief (guard)", () => {
    const claims = claimsOf("Idris Vane, who has raised more money than anyone, hopes so.");
    expect(claims.filter((c) => c[1] === "hopes")).toEqual([]);
  });
});
