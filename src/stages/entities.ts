// Stage "entities": organisations and places mentioned in the article.
import type { Draft } from "../draft.ts";

export function entities(draft: Draft): Draft {
  return draft;
}
