// Stage "people": person mentions → one entry per person (canonical name, aliases, roles, spans).
// The rules live in src/nlp/person-finder.ts; spans point into `draft.text`.
import type { Draft } from "../draft.ts";
import { withPhotographers } from "../nlp/captions.ts";
import { creditedPhotographers, findPeople } from "../nlp/person-finder.ts";

export function people(draft: Draft): Draft {
  // A credit line removed as boilerplate ("Photo by Jo Bloggs") still names a photographer.
  return { ...draft, people: withPhotographers(findPeople(draft.text, draft.body), creditedPhotographers(draft.boilerplate)) };
}
