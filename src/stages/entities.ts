// Stage "entities": organisations and places mentioned in the article, outside the people's spans.
// The rules live in src/nlp/entity-finder.ts. A dateline's place opening the body is a place, and
// no person's mention. An acronym and the full name it stands for are one entity (src/nlp/acronyms.ts).
import type { Draft } from "../draft.ts";
import { mergeAcronyms } from "../nlp/acronyms.ts";
import { datelinePlace, findEntities, withoutDatelinePlace } from "../nlp/entity-finder.ts";

export function entities(draft: Draft): Draft {
  // The line the date was read from: a dateline's place may stand alone in the text ("LONDON 1996-08-30").
  const dated = draft.datePrefix ?? draft.dateUpdated;
  const datedLine = dated ? (draft.lines.find((l) => l.line === dated.line)?.text ?? null) : null;
  const dateline = datelinePlace(draft.text, draft.body, datedLine);
  const people = dateline ? withoutDatelinePlace(draft.text, draft.people, dateline) : draft.people;
  const { organizations, places } = findEntities(draft.text, draft.body, people, dateline);
  return { ...draft, people, organizations: mergeAcronyms(organizations), places: mergeAcronyms(places) };
}
