// The people stage reads a removed credit line's photographer before the article's text, so the
// text's tokens stay cached for the entities stage: one tokenisation of the text per article.
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as tokens from "../../src/nlp/tokens.ts";
import type { Body } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";

vi.mock("../../src/nlp/tokens.ts", async (original) => {
  const m = await original<typeof import("../../src/nlp/tokens.ts")>();
  return { ...m, tokenize: vi.fn((text: string, body: Body) => m.tokenize(text, body)) };
});

const tokenize = vi.mocked(tokens.tokenize);

describe("the article's analysis across the people and entities stages", () => {
  beforeEach(() => {
    tokenize.mockClear();
  });

  it("tokenises the text once when a removed credit line names a photographer", () => {
    const r = recordOf("Harbour plans approved in Brindlemouth\n\nPhoto by Tamsin Okafor\n\nThe council in Brindlemouth approved the harbour plans on Monday, Mayor Idris Penhallow said.\n");
    expect(r.people.map((p) => p.name).sort()).toEqual(["Idris Penhallow", "Tamsin Okafor"]);
    const texts = tokenize.mock.calls.map(([text]) => text);
    expect(texts.filter((t) => t === r.text)).toHaveLength(1);
    expect(texts).toContain("Photo by Tamsin Okafor");
  });
});
