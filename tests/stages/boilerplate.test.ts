import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

describe("boilerplate", () => {
  it("removes site furniture and keeps it in the record", () => {
    const furniture = [
      "Read More @ example.com/story",
      "The post Ten things about ports appeared first on Harbour Blog.",
      "1,204 Shares",
      "Photo by Jo Bloggs / CC BY 2.0",
      "Leave a Comment",
      "Source: https://www.example.com/2020/01/story.html",
    ];
    const r = recordOf(["Port Plans Unveiled", "", "The port unveiled its plans.", "", ...furniture.flatMap((l) => [l, ""])].join("\n"));
    expect(r.boilerplate).toEqual(furniture);
    expect(r.text).toBe("The port unveiled its plans.");
    expect(r.publisher?.name).toBe("example.com");
  });
  it("removes a comment form's fields and buttons, none of them taken for a subheading", () => {
    const form = [
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "Comment",
      "Name *",
      "Email *",
      "Website",
      "Save my name, email, and website in this browser for the next time I comment.",
      "Post Comment",
      "Name (required)",
      "Mail (will not be published) (required)",
      "Notify me of follow-up comments by email.",
      "Cancel reply",
      "You must be logged in to post a comment.",
    ];
    const r = recordOf(["Library Plans Approved", "", "The council approved the library plans on Tuesday.", "", ...form.flatMap((l) => [l, ""])].join("\n"));
    expect(r.boilerplate).toEqual(form);
    expect(r.text).toBe("The council approved the library plans on Tuesday.");
    expect(r.body.blocks.map((b) => b.kind)).toEqual(["paragraph"]);
  });
  it("keeps sentences and headings that only speak of names, email or websites (guard)", () => {
    const kept = ["The website was down for hours.", "Name the winner", "Email Scam Warning", "Post comments went unread for weeks."];
    const r = recordOf(["Library Plans Approved", "", "The council approved the plans.", "", ...kept.flatMap((l) => [l, ""]), "It ends here."].join("\n"));
    expect(r.boilerplate).toEqual([]);
    for (const line of kept) expect(r.text).toContain(line);
  });
  it("removes news-site furniture and takes the date from a byline", () => {
    const furniture = ["Story Continued Below", "72k SHARES SHARE THIS STORY", "Jane Q. Doe/The Example Observer via AP Photo", "Posted by Sam Writer on 19 Sep 2016", "Authors:"];
    const r = recordOf(["Port Plans Unveiled", "", "The port unveiled its plans.", "", ...furniture.flatMap((l) => [l, ""]), "It stays."].join("\n"));
    expect(r.boilerplate).toEqual(furniture);
    expect(r.text).toBe("The port unveiled its plans.\n\nIt stays.");
    expect([r.date, r.dateOrigin]).toEqual(["2016-09-19", "text"]);
  });
  it("removes credits, promotions and share buttons, but not a sentence about copyright", () => {
    const furniture = [
      "Featured image via Jo Doe/Getty Images.",
      "Featured image from file",
      "69.9k SHARES Share Tweet",
      "Join Us And Share This Article Now! 56.9k SHARES SHARE ON FACEBOOK SHARE ON TWITTER",
      "Spread the word! LIKE and SHARE this article or leave a comment.",
      "Image result for Storm damage in the harbour",
      "Copyright © Harbour Press",
    ];
    const r = recordOf(["Port Plans Unveiled", "", "The port unveiled its plans.", "", ...furniture.flatMap((l) => [l, ""]), "Copyright law was changed in 2019, the minister said."].join("\n"));
    expect(r.boilerplate).toEqual(furniture);
    expect(r.text).toBe("The port unveiled its plans.\n\nCopyright law was changed in 2019, the minister said.");
  });
  it("removes a short line that ends in a call to click, before the title or after the story", () => {
    const r = recordOf("Hear the interview: Click Here\n\nPort Plans Unveiled\n\nThe port unveiled its plans.\n\nMore reads on harbours by Jo Doe! Click Here!\n\nReaders were told to click here and wait.\n");
    expect(r.title).toBe("Port Plans Unveiled");
    expect(r.boilerplate).toEqual(["Hear the interview: Click Here", "More reads on harbours by Jo Doe! Click Here!"]);
    expect(r.text).toBe("The port unveiled its plans.\n\nReaders were told to click here and wait.");
  });
  it("removes a flash label alone on the first line, and reads the title after it", () => {
    const r = recordOf("BREAKING!\n\nPort Plans Unveiled\n\nThe port unveiled its plans.\n\nExclusive interviews with the harbour master follow next week.\n");
    expect(r.title).toBe("Port Plans Unveiled");
    expect(r.boilerplate).toEqual(["BREAKING!"]);
    expect(r.text).toBe("The port unveiled its plans.\n\nExclusive interviews with the harbour master follow next week.");
  });
  it("cuts an inline Source: at the end of a paragraph", () => {
    const r = recordOf("Title Here\n\n“We trusted them,” she told reporters on Monday. Source: CNN\n\nMore text follows here.\n");
    expect(r.body.blocks[0]?.text).toBe("“We trusted them,” she told reporters on Monday.");
    expect(r.boilerplate).toEqual(["Source: CNN"]);
  });
  it("keeps ordinary lines that merely start like furniture", () => {
    const r = recordOf("Title Here\n\nShare prices fell sharply on Monday.\n\nPhotographers gathered outside.\n");
    expect(r.boilerplate).toEqual([]);
    expect(r.body.blocks.map((b) => b.text)).toEqual(["Share prices fell sharply on Monday.", "Photographers gathered outside."]);
  });
});
