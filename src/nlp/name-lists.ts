// Lists of names ("Jo Blum, Al Roe and Ann Lee", a team's line-up): names in a list with a known
// person, or in a long list of bare names, are promoted to people before the finder groups them.
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from "../lexicon/given-names.ts";
import { FUNCTION_WORDS } from "../lexicon/words.ts";
import type { Parsed } from "./name-parse.ts";
import type { Run } from "./name-runs.ts";
import type { Token } from "./tokens.ts";

/**
 * What stands between two names of a list: a comma, "and", a semicolon; in a team's line-up a shirt's
 * number and a dash ("…, 7 - Jo Blum"), a substitute in brackets with a number ("Jo Blum (14 - Al Roe, 48th) 12 - …").
 */
const LIST_GAP = /^(?:\s*\([^()]{1,30}\))?(?:,\s*|\s+and\s+|,\s+and\s+)$|^(?:\s*\(\s*\d{1,2}\s?[-–]\s*|,\s*\d{1,3}(?:st|nd|rd|th)?(?:\s*mins?)?\)\s*[,;]?\s*(?:\d{1,2}\s?[-–]\s*)?|\s*[,;]\s*\d{1,2}\s?[-–]\s*|\s+\d{1,2}\s?[-–]\s*)$/;

/** Names in a list with a known person, or in a long list of bare names (a team line-up), are people. */
export function promoteLists(text: string, tokens: Token[], parsed: Array<{ run: Run; p: Parsed }>): void {
  let i = 0;
  while (i < parsed.length) {
    let j = i;
    while (j + 1 < parsed.length) {
      const a = parsed[j];
      const b = parsed[j + 1];
      if (!a || !b) break;
      const gap = text.slice(tokens[a.run.to]?.outer ?? 0, tokens[b.run.from]?.start ?? 0);
      if (!LIST_GAP.test(gap)) break;
      j++;
    }
    const n = j - i + 1;
    if (n >= 3) {
      let people = 0;
      let other = 0;
      for (let k = i; k <= j; k++) {
        const kind = parsed[k]?.p.kind;
        if (kind === "person") people++;
        else if (kind === "other" || kind === "title") other++;
      }
      if ((people >= 1 && people >= other * 2) || (n >= 6 && other === 0)) {
        const pair = titlePair(text, tokens, parsed, i);
        for (let k = i; k <= j; k++) {
          const x = parsed[k];
          if (x && ((pair && k <= i + 1) || titleWord(tokens, x))) continue;
          // A copy with parseRun's object shape (see the singles in person-finder.ts), kind changed.
          if (x && (x.p.kind === "weak" || x.p.kind === "single")) x.p = { kind: "person", from: x.p.from, to: x.p.to, titleStart: x.p.titleStart, role: x.p.role, extraRole: x.p.extraRole, evidence: x.p.evidence };
        }
      }
    }
    i = j + 1;
  }
}

/**
 * A list's first two items as one title ("… for Cruel and Tender, Jo Blum for …"): two lone words,
 * neither a given name, joined by "and" alone.
 */
function titlePair(text: string, tokens: Token[], parsed: Array<{ run: Run; p: Parsed }>, i: number): boolean {
  const a = parsed[i];
  const b = parsed[i + 1];
  if (!a || !b || a.run.from !== a.run.to || b.run.from !== b.run.to) return false;
  const ta = tokens[a.run.from];
  const tb = tokens[b.run.from];
  if (!ta || !tb || ta.upper || tb.upper || text.slice(ta.outer, tb.start) !== " and ") return false;
  return ![ta, tb].some((t) => GIVEN_NAMES.has(t.text) || WEAK_GIVEN_NAMES.has(t.text));
}

/**
 * A lone word after capitalised function words inside a sentence ("The Godfather", "About A Boy"):
 * the end of a title-case work's name, no name in a list of people.
 */
function titleWord(tokens: Token[], x: { run: Run; p: Parsed }): boolean {
  if (x.p.from !== x.p.to || x.p.from === x.run.from) return false;
  for (let k = x.run.from; k < x.p.from; k++) {
    const t = tokens[k];
    // An initial ("A Foley") is no function word.
    if (t && !t.sentenceStart && !t.upper && t.text.length > 1 && FUNCTION_WORDS.has(t.text.toLowerCase())) return true;
  }
  return false;
}
