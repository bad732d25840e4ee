import { describe, expect, it } from "vitest";
import { peopleNames, recordOf } from "../helpers.ts";

// Lines of a scraped page that are no people: subheadings between paragraphs, an interview's
// "Q." and "A." turns, and "Blog Link: https://…" labels. Invented text.
describe("people: page furniture is no one", () => {
  it("a subheading of capitalised words between paragraphs names no one; a byline at the top or bottom still does", () => {
    const r = recordOf(
      "Comet seen over the hills\n\nZorvath Keltrin\n\nObservers in the valley saw a bright comet on Monday night.\n\nThe sky was clear, and many people came out to watch it.\n\nStellar Fireworks\n\nThe comet's tail was visible for an hour before the clouds came back.\n\nAstronomers were pleased with the photographs they took.\n\nHeadache Trouble\n\nSome watchers said the bright light gave them a headache.\n\nThe next comet is due in the spring.\n\nThe club will meet again in April.\n\nMirela Dovanko\n",
    );
    expect(peopleNames(r)).toEqual(["Mirela Dovanko", "Zorvath Keltrin"]);
  });
  it("a name on the line after a label such as 'Contact Details:' is a person wherever it stands", () => {
    const r = recordOf(
      "Market report on lasers\n\nThe market for lasers will grow.\n\nSales rose in every region last year.\n\nMakers expect more demand.\n\nContact Details:\n\nVeltrin Osharo\n\nCall: 555 0100\n\nWrite to the sales office.\n\nVisit the site for more.\n",
    );
    expect(peopleNames(r)).toEqual(["Veltrin Osharo"]);
  });
  it("an interview's Q. and A. turns are no initials", () => {
    const r = recordOf(
      "Questions for the seer\n\nQ. Hale’s story does not add up. Why did he run?\n\nA. Ok I see that he was afraid of the storm.\n\nQ. Please tell us about the coast.\n\nA. I see the water rising near the harbour.\n",
    );
    expect(peopleNames(r).filter((n) => /^[QA]\./.test(n))).toEqual([]);
    expect(peopleNames(r)).not.toContain("A. Ok");
  });
  it("an interview's marker glued to the next word is split from it", () => {
    const r = recordOf("Storm talk\n\nQ.In general, what about storms, Mara Quinlan?\n\nA. Storms will grow, Quinlan said.\n\nQ.Why?\n\nA.Nobody knows.\n");
    expect(peopleNames(r)).toEqual(["Mara Quinlan"]);
    const quinlan = r.people[0];
    expect(quinlan?.spans.map((s) => r.text.slice(s.start, s.end))).toEqual(["Mara Quinlan", "Quinlan"]);
  });
  it("a single capital and period opening a sentence is still an initial outside an interview", () => {
    const r = recordOf("Title line here\n\nThe report was written by a team.\n\nJ. Marlowe said the team had worked for a year.\n");
    expect(peopleNames(r)).toEqual(["J. Marlowe"]);
  });
  it("a label before a web address names no one", () => {
    const r = recordOf(
      "Share this piece\n\nYou can read this piece and then share it at these places.\n\nFacebook Link: http://example.org/a\n\nBlog Link: https://example.org/b\n\nThe next piece looks at the video of Link.\n",
    );
    expect(peopleNames(r)).toEqual([]);
  });
});

describe("people: a title-case line ending in a known surname", () => {
  it("reads three capitalised words or more before the surname of a full name as no namesake", () => {
    const r = recordOf(
      "Harbour news\n\nHeadline: Token Searches Exceed Blum! Token Stocks Are Next!\n\nOfficials fear a strike during President Jo Blum’s visit to the port.\n\nBut a strike while Blum is visiting would be bold.\n",
    );
    expect(peopleNames(r)).toEqual(["Jo Blum"]);
  });
  it("keeps a namesake of two words whose given name the lexicon lacks (guard)", () => {
    const r = recordOf("Harbour news\n\nPresident Jo Blum met Zarqa Blum at the port on Monday.\n\nLater, Blum said the talks went well.\n");
    expect(peopleNames(r)).toEqual(["Jo Blum", "Zarqa Blum"]);
  });
});
