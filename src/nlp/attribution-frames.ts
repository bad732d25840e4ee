// Sources named in an adverbial frame rather than as a subject: "In a CNN poll, …", "… in the latest
// survey", "Asked whether …, X said", and "as reported by …". Token ranges only; attribution.ts makes spans.
import { BE_FORM, CUE_VERBS, STANCE_VERBS } from "../lexicon/cues.ts";
import { WEEKDAY } from "../lexicon/calendar.ts";
import { npForward, trimPunct } from "./attribution-np.ts";
import { NUMBER_WORD } from "./attribution-openings.ts";
import { POLLED } from "./attribution-phrase-owners.ts";
import type { Token } from "./attribution-tokens.ts";
import type { ClauseClaim } from "./attribution-context.ts";

/** Documents and occasions a finding or statement appears "in": "In a CNN poll, …", "… in a new survey." */
export const IN_SOURCES = new Set(["poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "letter", "memo", "op-ed", "column", "editorial", "filing", "complaint", "lawsuit", "book", "video", "ad", "release", "data", "figures", "census", "forecast", "model", "index", "ranking", "rankings", "tally", "count", "average", "averages"]);

const WH = /^(?:what|whether|if|who|whom|how|why|when|where|which|about)$/;

/** Sentence frames with a source in an adverbial: "In a CNN poll, …", "… in the latest survey", "Asked whether …, X said". */
export function framedClaims(toks: Token[]): ClauseClaim[] {
  const out: ClauseClaim[] = [];
  const first = toks[0];
  if (!first) return out;
  if (first.low === "in") {
    // "In an NBC News poll released Monday, 50 percent chose Clinton."
    let k = 1;
    while (k < toks.length && k < 14 && toks[k]?.t !== ",") k++;
    const head = headNoun(toks, 1, k);
    if (head > 0 && toks[k]?.t === ",") {
      const content = trimPunct(toks, k + 1, toks.length - 1);
      if (content && content.to - content.from >= 2) out.push({ speaker: { from: 1, to: k - 1 }, cue: { from: 0, to: 0 }, content });
    }
    return out;
  }
  // "When asked whom she supported, …": the same after "when".
  const a = first.low === "when" && toks[1]?.low === "asked" ? 1 : 0;
  // "Asked Tuesday about Sullivan, …": a weekday is an adverbial, not the one asked.
  const day = WEEKDAY.test(toks[a + 1]?.low ?? "");
  if (toks[a]?.low === "asked" && toks[a + 1] && (!toks[a + 1]?.cap || day)) {
    // "Asked whether he would run, Smith said …": the question is the content, and its asker (a
    // reporter, unnamed) is not Smith, who was asked. It opens at the question word, after any
    // adverbial ("When asked at the conference about the merger").
    let k = a + 1;
    while (k < toks.length && k < 30 && toks[k]?.t !== ",") k++;
    let wh = -1;
    for (let m = a + 1; m < k && wh < 0; m++) if (WH.test(toks[m]?.low ?? "")) wh = m;
    // "When asked to leave, he refused": a request.
    if (a === 1 && toks[2]?.low === "to") wh = 2;
    // "Asked by Jo Blum whether …": the asker is named.
    const by = toks[a + 1]?.low === "by" ? npForward(toks, a + 2, k) : null;
    // "Asked by Stephanopoulos to respond, …": so is a request after the asker.
    if (by && toks[by.to + 1]?.low === "to") wh = by.to + 1;
    // Only an adverbial is skipped: "Asked a direct question about this" keeps its object.
    const adverbial = day || /^(?:at|in|on|during|after|before|later|again|repeatedly|earlier)$/.test(toks[a + 1]?.low ?? "");
    const from = by ? by.to + 1 : adverbial ? wh : a + 1;
    const content = wh < 0 ? null : trimPunct(toks, from, k - 1);
    if (content) out.push({ speaker: by, cue: { from: a, to: by ? a + 1 : a }, content });
    return out;
  }
  // "… held a 24-point lead in a CNN national poll."
  const last = toks.length - 1;
  for (let k = Math.max(3, last - 12); k < last; k++) {
    if (toks[k]?.low !== "in" || !/^(?:a|an|the|his|her|their|its|latest|new|recent|most)$/.test(toks[k + 1]?.low ?? "")) continue;
    let e = last;
    while (e > k && !toks[e]?.word) e--;
    const h = headNoun(toks, k + 1, e + 1);
    // "lead in the polls" is an idiom, not a source: a single document is named.
    if (h < 0 || toks[h]?.low.endsWith("s") || toks[h]?.low === "data") continue;
    // "in a Courier poll said …", "… in the ad states": the phrase must end the sentence, not be
    // followed by a verb of its own ("up eight points" has a noun after a number).
    if (toks.slice(h + 1, e + 1).some((w, n) => w.word && !w.cap && (CUE_VERBS.has(w.low) || (STANCE_VERBS.has(w.low) && !/^\d/.test(toks[h + n]?.t ?? "") && !NUMBER_WORD.test(toks[h + n]?.low ?? ""))))) continue;
    // "as Blum points out in a column, …", "wrote in a memo": the phrase is where a verb before it was said.
    const said = toks[k - 1]?.low === "out" ? toks[k - 2] : toks[k - 1];
    if (said && !said.cap && (CUE_VERBS.has(said.low) || (said !== toks[k - 1] && STANCE_VERBS.has(said.low)))) continue;
    // "42 percent of the Republicans surveyed in the CBS poll": a phrase after "surveyed" names who were asked.
    if (POLLED.test(toks[k - 1]?.low ?? "")) break;
    const content = trimPunct(toks, 0, k - 1);
    if (content && content.to - content.from >= 3) out.push({ speaker: { from: k + 1, to: e }, cue: { from: k, to: k }, content });
    break;
  }
  return out;
}

/** "As (first) reported by X, …" at the start or "…, as reported by X." at the end of a sentence: the outlet is the source. */
export function asReportedBy(toks: Token[]): ClauseClaim | null {
  for (let a = 0; a < toks.length - 3; a++) {
    if (toks[a]?.low !== "as" || !(a === 0 || toks[a - 1]?.t === ",")) continue;
    let k = a + 1;
    if (/^(?:first|originally|previously|earlier)$/.test(toks[k]?.low ?? "")) k++;
    if (!/^(?:reported|noted)$/.test(toks[k]?.low ?? "") || toks[k + 1]?.low !== "by") continue;
    let e = k + 2;
    while (e < toks.length && toks[e]?.t !== "," && toks[e]?.t !== "." && e - k < 14) e++;
    const speaker = trimPunct(toks, k + 2, e - 1);
    const content = a === 0 ? (toks[e]?.t === "," ? trimPunct(toks, e + 1, toks.length - 1) : null) : e >= toks.length - 1 || toks[e]?.t === "." ? trimPunct(toks, 0, a - 2) : null;
    if (speaker && content && content.to - content.from >= 3) return { speaker, cue: { from: a, to: k + 1 }, content };
    return null;
  }
  return null;
}

/** Index of a source noun (poll, survey, interview …) among words from..to-1, or -1; the phrase must be a plain noun phrase. */
function headNoun(toks: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!t) return -1;
    if (IN_SOURCES.has(t.low)) return k;
    if (t.word && (t.low === "that" || t.low === "which" || BE_FORM.test(t.low))) return -1;
    // "In the wake of the report", "in response to a poll": the phrase's own noun is no source.
    if ((t.low === "of" || t.low === "to") && k > from && !QUANTITY_OF.test(toks[k - 1]?.low ?? "")) return -1;
  }
  return -1;
}

/** Nouns that count what follows "of": "a series of polls", "a pair of surveys". */
const QUANTITY_OF = /^(?:series|number|pair|couple|batch|set|string|handful|raft|flurry|wave|host|slew|round|pile|trove|cache)$/;
