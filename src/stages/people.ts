// Stage "people": person mentions → one entry per person (canonical name, aliases, roles, spans).
// The rules live in src/nlp/person-finder.ts; spans point into `draft.text`.
import type { Draft } from "../draft.ts";
import { findPeople } from "../nlp/person-finder.ts";

export function people(draft: Draft): Draft {
  return { ...draft, people: findPeople(draft.text, draft.body) };
}
