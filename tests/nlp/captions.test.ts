import { describe, expect, it } from "vitest";
import { captionOf } from "../../src/nlp/captions.ts";

describe("captionOf", () => {
  it("splits a caption and its credit from the headline after it", () => {
    expect(captionOf("The mayor opens the new pier on Monday. | AP Photo/Jo Bloggs Harbour pier opens after ten years")).toEqual({
      caption: "The mayor opens the new pier on Monday. | AP Photo/Jo Bloggs",
      rest: "Harbour pier opens after ten years",
    });
    expect(captionOf("Okafor speaks in Dover. | Getty Okafor: ‘The ferry will run’")).toEqual({ caption: "Okafor speaks in Dover. | Getty", rest: "Okafor: ‘The ferry will run’" });
  });
  it("reads a line ending in a bracketed credit as a caption", () => {
    expect(captionOf("The ferry, left, at the old dock ( REUTERS/Jo Bloggs )")).toEqual({ caption: "The ferry, left, at the old dock ( REUTERS/Jo Bloggs )", rest: "" });
    expect(captionOf("From left: the mayor and her deputy. (Photo: Harbour News)")?.rest).toBe("");
  });
  it("leaves other lines with a bar or brackets alone", () => {
    expect(captionOf("Prices rose 5% | Markets fell")).toBeNull();
    expect(captionOf("The mayor (a former captain) spoke.")).toBeNull();
    expect(captionOf("Dover, Kent | The harbour board met on Monday.")).toBeNull();
  });
});
