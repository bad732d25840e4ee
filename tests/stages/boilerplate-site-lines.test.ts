import { describe, expect, it } from "vitest";
import { emptyCuration } from "../../src/curation.ts";
import { extract } from "../../src/pipeline.ts";
import type { ArticleRecord } from "../../src/types.ts";

const ARTICLE = [
  "Join the Harbour Club today and never miss a tide",
  "",
  "Ferry Service Resumes After Storm",
  "",
  "Sponsored: 5 Harbour Hotels With Sea Views",
  "",
  "The ferry resumed service on Monday, the harbour master said.",
  "",
  "Join  the Harbour Club today   and never miss a tide",
  "",
  "Join the Harbour Club today and never miss a tide, the club's poster said.",
  "",
  "SPONSORED: Buy A Boat",
].join("\n");

function recordWith(boilerplate?: string[], text = ARTICLE): ArticleRecord {
  const out = extract({ file: "ferry.txt", bytes: new TextEncoder().encode(text) }, { curation: emptyCuration(), ...(boilerplate ? { boilerplate } : {}) });
  if (!out.record) throw new Error(JSON.stringify(out.messages));
  return out.record;
}

describe("boilerplate: news-archive.yaml's own lines", () => {
  it("leaves a listed line inside a Markdown code block as written", () => {
    const md = "---\ntitle: Club notes\n---\nThe club met.\n\n```\nSPONSORED: Buy A Boat\n```\n\nSPONSORED: Buy A Boat\n";
    const out = extract({ file: "notes.md", bytes: new TextEncoder().encode(md) }, { curation: emptyCuration(), boilerplate: ["/^sponsored: /i"] });
    expect(out.record?.body.blocks.map((b) => b.code ?? b.text)).toEqual(["The club met.", "SPONSORED: Buy A Boat"]);
    expect(out.record?.boilerplate).toEqual(["SPONSORED: Buy A Boat"]);
  });
  it("removes exact lines (white space collapsed) and lines a regular expression matches, keeping them in the record", () => {
    const r = recordWith(["Join the Harbour Club today and   never miss a tide", "/^sponsored: /i"]);
    // The site's line no longer becomes the title; a sentence quoting it stays.
    expect(r.title).toBe("Ferry Service Resumes After Storm");
    expect(r.text).toBe("The ferry resumed service on Monday, the harbour master said.\n\nJoin the Harbour Club today and never miss a tide, the club's poster said.");
    expect(r.boilerplate).toEqual([
      "Join the Harbour Club today and never miss a tide",
      "Sponsored: 5 Harbour Hotels With Sea Views",
      "Join the Harbour Club today and never miss a tide",
      "SPONSORED: Buy A Boat",
    ]);
  });
  it("matches a regular expression with case only with the i flag", () => {
    const r = recordWith(["/^Sponsored: /"]);
    expect(r.boilerplate).toEqual(["Sponsored: 5 Harbour Hotels With Sea Views"]);
    expect(r.text).toContain("SPONSORED: Buy A Boat");
  });
  it("leaves the article as it was without the setting (guard)", () => {
    const r = recordWith();
    expect(r.title).toBe("Join the Harbour Club today and never miss a tide");
    expect(r.boilerplate).toEqual([]);
    expect(recordWith([])).toEqual(r);
  });
});
