// Stage "claims": who said or claimed what, direct and reported speech, tied to speaker and sentence.
import type { Draft } from "../draft.ts";

export function claims(draft: Draft): Draft {
  return draft;
}
