// Stage "people": person mentions → one entry per person (canonical name, aliases, roles, spans).
// The rules live in src/nlp/person-finder.ts; spans point into `draft.text`.
import type { Draft } from "../draft.ts";
import { withPhotographers } from "../nlp/captions.ts";
import { creditedPhotographers, findPeople } from "../nlp/person-finder.ts";

export function people(draft: Draft): Draft {
  // A credit line removed as boilerplate ("Photo by Jo Bloggs") still names a photographer. Read
  // first: the text's tokens and runs, read last, then stay cached for the entities stage.
  const credited = creditedPhotographers(draft.boilerplate);
  return { ...draft, people: withPhotographers(findPeople(draft.text, draft.body), credited) };
}
