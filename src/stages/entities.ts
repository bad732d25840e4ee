// Stage "entities": organisations and places mentioned in the article, outside the people's spans.
// The rules live in src/nlp/entity-finder.ts.
import type { Draft } from "../draft.ts";
import { findEntities } from "../nlp/entity-finder.ts";

export function entities(draft: Draft): Draft {
  const { organizations, places } = findEntities(draft.text, draft.body, draft.people);
  return { ...draft, organizations, places };
}
