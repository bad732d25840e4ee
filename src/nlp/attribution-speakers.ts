// The speaker behind a reported cue's subject: the noun a relative clause describes, a determiner's
// whole phrase, a document and the one who issued it, the subject of a participle after an object
// or addressee, and where an inverted speaker ends.
import { ARTICLE, BETWEEN_SUBJECT_AND_CUE, CUE_VERBS, DETERMINERS, NP_STOP, STANCE_VERBS, DOCUMENT_NOUNS, ROLE_NOUNS, SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import { isLy, npEndingAt, type TokRange } from "./attribution-np.ts";
import { isPreposition } from "./attribution-openings.ts";
import { clauseSubject } from "./attribution-clause-subject.ts";
import { subjectBefore } from "./attribution-subjects.ts";
import { isOpenQuote, type Token } from "./attribution-tokens.ts";
import { afterWho, OBJECT_PRONOUNS } from "./attribution-context.ts";

/**
 * "Residents who live near the plant said …": a speaker read inside a relative clause (no comma
 * before "who" or "whose") stands for the noun phrase the clause describes, which is the one that speaks.
 */
export function relativeHead(toks: Token[], r: TokRange): TokRange {
  for (let k = r.from - 1; k >= 1 && r.from - k <= 10; k--) {
    const t = toks[k];
    if (!t || t.t === "," || !t.word) return r;
    // A cue verb stops the search unless it is the relative clause's own verb ("who criticised the mayor").
    if (CUE_VERBS.has(t.low) && !afterWho(toks, k)) return r;
    // "The officials whose laws were struck down say …": "whose" and its noun open the clause too.
    if (t.low !== "who" && t.low !== "whose") continue;
    // A verb right after "who": "who live", "who have lived", "who backed".
    const verb = toks[k + 1];
    if (!verb || !verb.word || verb.cap) return r;
    const head = npEndingAt(toks, k - 1, Math.max(0, k - 10));
    const h = head ? toks[head.to] : undefined;
    // "Residents", "Dr Blum", "the nurse", "A woman": "who" tells that the head is a person.
    const determined = !!head && head.to > head.from && DETERMINERS.has(toks[head.from]?.low ?? "");
    return head && h && !SPEAKER_PRONOUNS.has(h.low) && (h.cap || ROLE_NOUNS.has(h.low) || /[^s]s$/.test(h.low) || determined) ? head : r;
  }
  return r;
}

/**
 * "The nurse later sued, claiming …": a speaker read as the lone capitalised determiner that opens
 * the sentence takes the lower-case noun phrase after it, up to the verb or an auxiliary.
 */
export function widenDeterminer(toks: Token[], r: TokRange, limit: number): TokRange {
  const t = toks[r.from];
  if (r.from !== r.to || !t || !t.cap || !DETERMINERS.has(t.low)) return r;
  let to = r.from;
  for (let k = r.from + 1; k < limit && k <= r.from + 4; k++) {
    const w = toks[k];
    if (!w || !w.word || NP_STOP.has(w.low) || BETWEEN_SUBJECT_AND_CUE.has(w.low) || CUE_VERBS.has(w.low) || STANCE_VERBS.has(w.low) || /(?:ly|ed|ing)$/.test(w.low)) break;
    to = k;
  }
  return { from: r.from, to };
}

/** A document noun, singular or plural: "poll", "polls", "documents". */
export function isDocument(w: string): boolean {
  // "studies", "inquiries": a plural in -ies of a noun in -y.
  return DOCUMENT_NOUNS.has(w) || (w.endsWith("s") && DOCUMENT_NOUNS.has(w.slice(0, -1))) || (w.endsWith("ies") && DOCUMENT_NOUNS.has(`${w.slice(0, -3)}y`));
}

/**
 * The subject of an evidence verb when it names a document: scanning back from the cue over the
 * subject's words (no comma, relative or clause word) to a document noun, then to the phrase start.
 */
export function documentSubject(toks: Token[], c: number): TokRange | null {
  let doc = -1;
  let k = c - 1;
  for (; k >= 0 && c - k <= 12; k--) {
    const t = toks[k];
    if (!t || !t.word || /^(?:that|which|who|and|but|while|because|if|when)$/.test(t.low)) break;
    if (doc < 0 && isDocument(t.low)) doc = k;
  }
  if (doc < 0) return null;
  let from = k + 1;
  // "The mayor leads, a new poll shows": only the phrase that opens with the document's determiner.
  for (let m = doc; m > k; m--) if (/^(?:a|an|the|new|recent|this|these|those|other)$/.test(toks[m]?.low ?? "")) {
    // "A new batch of emails": an article before "new" or "recent" opens the phrase.
    from = ARTICLE.test(toks[m - 1]?.low ?? "") && m - 1 > k ? m - 1 : m;
    break;
  }
  // "Recent polls have similarly shown …": auxiliaries and adverbs before the cue are not the document's.
  let to = c - 1;
  const adverb = (w: Token | undefined): boolean => !!w && !w.cap && (BETWEEN_SUBJECT_AND_CUE.has(w.low) || isLy(w));
  while (to > doc && adverb(toks[to])) to--;
  return { from, to };
}

/** Nouns of a reply, put out as a document is: "fired back a response saying …". */
const REPLY = /^(?:response|responses|reply|replies|rebuttal|retort|riposte)$/;

/** Verbs that put out a document, in the past tense: "issued a statement", "sent out a letter". */
const PUT_OUT = /^(?:issued|released|posted|published|sent|put|ran|aired|unveiled|launched|circulated|filed|wrote|tweeted|emailed|distributed|placed|delivered|penned|submitted|signed|unleashed|shared|fired|produced|broadcast)$/;

/**
 * The subject of the verb that put out a document (`np`, the document, as its object): "The town
 * released a statement Wednesday saying …" → "The town". Null when `np` is no such object or the
 * verb's subject is none, impersonal or a document itself.
 */
export function issuerOf(toks: Token[], np: TokRange): TokRange | null {
  // "a series of tweets", "an ad this week": a document anywhere in the phrase.
  // "fired back a response saying …": a reply is put out as a document is.
  let doc = false;
  for (let k = np.from; k <= np.to && !doc; k++) doc = isDocument(toks[k]?.low ?? "") || REPLY.test(toks[k]?.low ?? "");
  if (!doc) return null;
  let v = np.from - 1;
  // "responded with a statement saying …", "fired back with a video": after "with", any verb of
  // saying or stance puts the document out too.
  const withDoc = toks[v]?.low === "with";
  if (withDoc) v--;
  if (/^(?:out|back|off)$/.test(toks[v]?.low ?? "")) v--;
  const verb = toks[v];
  if (!verb || verb.cap || !(PUT_OUT.test(verb.low) || (withDoc && /ed$/.test(verb.low) && (CUE_VERBS.has(verb.low) || STANCE_VERBS.has(verb.low))))) return null;
  const sub = subjectBefore(toks, v, 0).np;
  const head = sub ? toks[sub.to] : undefined;
  if (!sub || !head || /^(?:it|there|this|that)$/.test(head.low) || isDocument(head.low)) return null;
  return relativeHead(toks, sub);
}

/** An inverted speaker ("…, said Smith") is followed by the sentence end, a comma or a short modifier, not a verb. */
export function closesAttribution(toks: Token[], np: TokRange): boolean {
  const n = toks[np.to + 1];
  if (!n) return true;
  if (!n.word) return !isOpenQuote(n.t);
  const single = np.from === np.to ? toks[np.from] : undefined;
  if (single && SPEAKER_PRONOUNS.has(single.low)) return false;
  // "…, asked a federal judge to block the rules": an infinitive after the phrase makes it the
  // verb's object, not an inverted speaker ("said a spokesman to reporters" is one).
  const v = toks[np.to + 2];
  if (n.low === "to" && v && v.word && !v.cap && !DETERMINERS.has(v.low) && !OBJECT_PRONOUNS.has(v.low) && !/s$/.test(v.low)) return false;
  return /^(?:who|in|on|at|during|last|this|of|to|after|before|when|while|from|as|about|with|for|earlier|yesterday|today|recently|told|tells|said|says)$/.test(n.low);
}

export function headOf(toks: Token[], np: TokRange): string {
  for (let k = np.to; k >= np.from; k--) {
    const t = toks[k];
    if (t && t.word && !/^(?:of|in|at|from)$/.test(t.low)) {
      // "Video of the incident": the head is before "of".
      // The first "of" in the phrase, found without copying the tokens.
      let ofAt = -1;
      for (let m = np.from; m <= np.to; m++) {
        if (toks[m]?.low === "of") {
          ofAt = m - np.from;
          break;
        }
      }
      return (ofAt > 0 ? toks[np.from + ofAt - 1]?.low : t.low) ?? "";
    }
  }
  return "";
}

/**
 * "Cruz is making a pitch to voters saying …", "Sanders started their debate saying …": a participle
 * after the object of the clause's verb goes with the clause's subject, not with the object.
 */
function objectOfClause(toks: Token[], np: TokRange): TokRange | null {
  const before = toks[np.from - 1];
  const first = toks[np.from];
  if (!before || !first || before.cap || !before.word) return null;
  // Not after "with": "with 30 percent saying …" makes its noun phrase the participle's subject.
  // "He emailed supporters saying …": after a verb of writing to someone, the object is the addressee.
  // "The campaign spent millions attacking Trump": after time or money spent, the spender.
  const object = before.low === "to" || WROTE_TO.test(before.low) || SPENT.test(before.low) || (/^(?:his|her|their|its|our)$/.test(first.low) && !isPreposition(before.low));
  if (!object) return null;
  const sub = clauseSubject(toks, 0, np.from - 1);
  // A subject that runs up to the object swallowed the verb ("The mayor sent a letter"): no reading.
  // Nor is a lone determiner a subject.
  const head = sub ? toks[sub.to] : undefined;
  return sub && head?.word && !DETERMINERS.has(head.low) && sub.to < np.from - (before.low === "to" ? 2 : 1) ? sub : null;
}

/** Forms of "spend": a participle after the time or money spent is the spender's ("spent the week attacking …"). */
export const SPENT = /^(?:spent|spend|spends|spending)$/;

/** Past verbs of writing or speaking to someone, whose object is an addressee: "emailed supporters", "thanked the crowd". */
const WROTE_TO = /^(?:e-?mailed|texted|messaged|tweeted|wrote|thanked|addressed|greeted|reassured|phoned|rang)$/;

/**
 * The speaker of a participle of saying right after the noun phrase `np` ("… saying"): a document's
 * issuer ("The council issued a statement saying"), the clause's subject when the phrase is its
 * object or addressee ("his campaign sent a message to supporters saying"), else the phrase.
 */
export function participleSpeaker(toks: Token[], np: TokRange): TokRange {
  // "his campaign is asking delegates …": a progressive's subject speaks.
  if (/^(?:is|are|was|were)$/.test(toks[np.to + 1]?.low ?? "")) return np;
  return issuerOf(toks, np) ?? objectOfClause(toks, np) ?? np;
}
