import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.ts";

describe("page furniture opening the first line", () => {
  it("drops a 'Story highlights' label: the highlight after it is the title, the label boilerplate", () => {
    const r = recordOf("Story highlights Harbour board approves the ferry budget\n\nFares will fall by a tenth\n\nPORTVILLE - The harbour board approved the ferry budget on Monday.\n\nMore follows.\n");
    expect(r.title).toBe("Harbour board approves the ferry budget");
    expect(r.titleDerived).toBe(false);
    expect(r.boilerplate).toContain("Story highlights");
    expect(r.text).not.toContain("Story highlights");
    expect(r.text.startsWith("Fares will fall by a tenth")).toBe(true);
  });
  it("takes a 'Story highlights' line alone for boilerplate, not for the title", () => {
    const r = recordOf("Story highlights\n\nHarbour board approves the ferry budget\n\nThe harbour board approved the ferry budget on Monday.\n\nMore follows.\n");
    expect(r.title).toBe("Harbour board approves the ferry budget");
    expect(r.boilerplate).toEqual(["Story highlights"]);
  });
  it("drops an 'Advertisement' label before the lede from the derived title and the text", () => {
    const r = recordOf("Advertisement The harbour ferry will stop running in May, the board said.\n\nMore follows.\n");
    expect(r.title).toBe("The harbour ferry will stop running in May, the board said");
    expect(r.titleDerived).toBe(true);
    expect(r.text.startsWith("The harbour ferry")).toBe(true);
  });
  it("drops a picture credit opening the line: the headline or lede after it is the title", () => {
    const lede = recordOf("Getty Images The harbour ferry will stop running in May, the board said.\n\nMore follows.\n");
    expect(lede.title).toBe("The harbour ferry will stop running in May, the board said");
    expect(lede.boilerplate).toEqual(["Getty Images"]);
    expect(lede.text.startsWith("The harbour ferry")).toBe(true);
    const headline = recordOf("AP Photo/Jo Bloggs Harbour pier opens after ten years\n\nThe new pier opened on Monday after a decade of delays.\n");
    expect(headline.title).toBe("Harbour pier opens after ten years");
    expect(headline.boilerplate).toEqual(["AP Photo/Jo Bloggs"]);
    const agencies = recordOf("AFP/Getty Images Photo: Reuters Harbour pier opens after ten years\n\nThe new pier opened on Monday after a decade of delays.\n");
    expect(agencies.title).toBe("Harbour pier opens after ten years");
    expect(agencies.boilerplate).toEqual(["AFP/Getty Images", "Photo: Reuters"]);
    const bracketed = recordOf("(Photo: Jo Bloggs) The harbour ferry will stop running in May, the board said.\n\nMore follows.\n");
    expect(bracketed.title).toBe("The harbour ferry will stop running in May, the board said");
  });
  it("never takes a line the page labels an image caption for the title or the lede", () => {
    const r = recordOf("Image caption The mayor at the old pier on Monday\n\nThe harbour ferry will stop running in May, the board said.\n\nMore follows.\n");
    expect(r.title).toBe("The harbour ferry will stop running in May, the board said");
    expect(r.titleDerived).toBe(true);
    expect(r.body.blocks[0]?.text).toBe("Image caption The mayor at the old pier on Monday");
  });
  it("guard: leaves an agency named in the lede, a poll's name and a label word in a sentence alone", () => {
    expect(recordOf("Reuters reported on Monday that the harbour ferry will stop in May.\n\nMore follows.\n").title).toBe("Reuters reported on Monday that the harbour ferry will stop in May");
    expect(recordOf("Reuters/Ipsos Poll Shows a Tight Harbour Race\n\nThe race is close.\n").title).toBe("Reuters/Ipsos Poll Shows a Tight Harbour Race");
    expect(recordOf("Advertisement spending at the harbour rose by a tenth in May.\n\nMore follows.\n").title).toBe("Advertisement spending at the harbour rose by a tenth in May");
    expect(recordOf("Getty Images said on Monday that it sold the harbour archive.\n\nMore follows.\n").title).toBe("Getty Images said on Monday that it sold the harbour archive");
  });
});
