// Photographers named by picture credits ("Credit: Jo Bloggs", "AP Photo/Jo Bloggs"): the token
// ranges the people finder reads apart from the runs they sit in.
import { GIVEN_NAMES, WORD_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { ORG_WORDS } from "../lexicon/orgs.ts";
import { DEMONYMS, PLACES } from "../lexicon/places.ts";
import { creditNames } from "./captions.ts";
import type { Token } from "./tokens.ts";

/**
 * Token ranges of the photographers that picture credits name (`creditNames`): a given name or an
 * initial and a surname, with no organisation, place or all-capitals word ("Credit: NASA/JPL").
 */
export function photographers(text: string, tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const { start, end } of creditNames(text)) {
    while (i < tokens.length && (tokens[i]?.start ?? 0) < start) i++;
    let j = i;
    while (j + 1 < tokens.length && (tokens[j + 1]?.start ?? Infinity) < end) j++;
    const first = tokens[i];
    if (!first || first.start !== start || j === i) continue;
    let name = GIVEN_NAMES.has(first.text) || WORD_GIVEN_NAMES.has(first.text) || (first.text.length === 1 && first.dot);
    for (let k = i + 1; k <= j && name; k++) {
      const w = tokens[k]?.text ?? "";
      name = !(tokens[k]?.upper || ORG_WORDS.has(w) || PLACES.has(w) || DEMONYMS.has(w));
    }
    if (name) out.push([i, j]);
  }
  return out;
}
