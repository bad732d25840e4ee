// Stage "people": person mentions → one entry per person (canonical name, aliases, roles, spans).
import type { Draft } from "../draft.ts";

export function people(draft: Draft): Draft {
  return draft;
}
