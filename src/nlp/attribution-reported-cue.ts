// A reported claim around one cue verb: its speaker (before the cue, inverted after it, or a document),
// its content after the cue or split around it ("The plan, he said, failed."), and questions ("X asked whether …").
import { ADJECTIVE_TO, ARTICLE_OR_POSSESSIVE, ASPECT, BE_FORM, BY_MEDIUM, degreeWord, FINITE_AUXILIARY, CUE_VERBS, inflected, INTENT_VERBS, ON_MEDIUM, DETERMINERS, DOCUMENT_NOUNS, type CueFrame, NAMING_VERBS, NEGATED_BE, NEEDS_THAT, NOUN_HOMOGRAPHS, NP_STOP, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_VERBS } from "../lexicon/cues.ts";
import { bareSubject, clauseVerb, isLy, npForward, skipAux, type TokRange, trimPunct } from "./attribution-np.ts";
import { isPreposition, NUMBER_WORD, openingCommaAfter, TIME_NOUN, timeAfterFor } from "./attribution-openings.ts";
import { clauseSubject } from "./attribution-clause-subject.ts";
import { roleAppositiveEnd, SPEAKER_PREPOSITION, subjectBefore } from "./attribution-subjects.ts";
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { type Ctx, cueFrame, extendOverQuote, FINITE_CUE_FORM, type Found, irregularPast, mainVerbAfter, NOT_BEFORE_MAIN_VERB, OBJECT_PRONOUNS, passiveBe, restrictiveWho, tokSpan, wordsIn } from "./attribution-context.ts";
import { addressee, afterComma, chargeAt, CLAUSE_VERB, clauseEnd, firstContentTok, opensWithAdverbial, PREP_TAIL, PRONOUN_SUBJECT, quotedComplementEnd, skipLeadAdverbial, skipTime, SUBORDINATOR, timeEnd } from "./attribution-bounds.ts";
import { closesAttribution, documentSubject, headOf, isDocument, issuerOf, participleSpeaker, relativeHead, widenDeterminer } from "./attribution-speakers.ts";
import { plainPhraseAfterCue } from "./attribution-quotes.ts";
import { CONTENT_NOUNS, nounInS } from "./attribution-nominal.ts";
import { demonstrativeThat, infinitive, listEnd, OBJECT_CONTROL, objectEnd } from "./attribution-objects.ts";
import type { Sentence, Span } from "../types.ts";

const SKIP_TO_THAT = 24;

/** The "that" after a comma from `k` on (before `limit`), with only adverbial words between; -1 when there is none. */
function commaThat(toks: Token[], k: number, limit: number): number {
  for (let m = k; m < toks.length && m <= limit; m++) {
    const t = toks[m];
    if (!t || t.t === ";" || t.t === "." || isOpenQuote(t.t) || isDash(t.t) || (t.word && !t.cap && (cueFrame(t) || PRONOUN_SUBJECT.test(t.low) || FINITE_AUXILIARY.test(t.low)))) return -1;
    if (t.t === "," && toks[m + 1]?.low === "that") return m + 1;
  }
  return -1;
}


/** Adverbs in -ly that focus or hedge what follows rather than tell how it was said: "said only when …". */
const FOCUS_LY = /^(?:only|early|nearly|likely|partly|largely|mostly|exactly|precisely|particularly|especially|simply|merely|roughly|approximately|apparently|probably|possibly|certainly|clearly|obviously|really|actually|previously|recently|shortly|immediately)$/;

/** Nouns that refer back to something said or written: "the claim", "these reports", "that remark". */
const saidNoun = (w: string): boolean => CONTENT_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || /^(?:remark|comment)s?$/.test(w);


/** Verbs that take a bare clause with no "that" ("thinks the tax will hurt", "maintained he was innocent") but no plain object ("maintained his lead"). */
const BARE_CLAUSE = /^(?:think|thinks|thought|believe|believes|believed|fear|fears|feared|hope|hopes|hoped|maintain|maintains|maintained|agree|agrees|agreed)$/;

/** Words that open a clause's subject: "he", "the", "this", "many" … */
const CLAUSE_SUBJECT = new Set(["he", "she", "they", "we", "i", "it", "you", "there", "this", "these", "those", "that", "his", "her", "their", "its", "our", "my", "the", "a", "an", "no", "some", "many", "most", "all", "both", "neither", "several", "each", "every", "any", "if", "people", "nobody", "everyone", "anyone", "americans", "voters"]);

export function reportedAt(ctx: Ctx, toks: Token[], c: number, frame: CueFrame, s: Sentence): Found | null {
  const cueTok = toks[c];
  if (!cueTok) return null;
  const prev = toks[c - 1];
  // Passive and infinitive uses: "is said to be", "was called", "to say".
  // "X went on to say …": the subject is before "went on to".
  // "X continued to say …", "X began to argue …": so before "continued to", "began to" (ASPECT).
  // "Caucus-goers were more likely to say …", "He was quick to say …": so before the "be" of an adjective.
  const likely = prev?.low === "to" ? beforeAdjectiveTo(toks, c - 2) : -1;
  const wentOn = prev?.low === "to" && ((toks[c - 2]?.low === "on" && /^(?:went|goes|go|going)$/.test(toks[c - 3]?.low ?? "")) || ASPECT.test(toks[c - 2]?.low ?? "") || likely > 0);
  if (/^asked$/.test(cueTok.low) && prev && (/^(?:when|after|if|once|until)$/.test(prev.low) || passiveBe(toks, c - 1) >= 0)) return passiveQuestion(ctx, toks, c, s);
  if (!wentOn && prev && (/^(?:is|are|was|were|be|been|being|to|'s)$/.test(prev.low) || NEGATED_BE.test(prev.low)) && !/ing$/.test(cueTok.low)) return null;
  // "was sharply criticised by …": a passive with an adverb before the participle (attribution-stance-cues.ts reads its agent).
  // So is a negated passive ("was not endorsed by the council": passiveBy leaves it too).
  const beforeNot = /^(?:not|never)$/.test(prev?.low ?? "") ? c - 2 : c - 1;
  if (/ed$/.test(cueTok.low) && toks[c + 1]?.low === "by" && passiveBe(toks, beforeNot) >= 0) return null;
  // Nouns that look like verbs: "the report", "a call", "his claims", "these reports".
  if (prev && /^(?:the|a|an|his|her|their|its|our|my|your|these|those|such|no|any|of|for|in|new|whose)$/.test(prev.low)) return null;
  // Adjectives that look like participles: "the most telling promise", "a very revealing answer".
  if (prev && /^(?:most|more|less|least|very|so|too)$/.test(prev.low) && /ing$/.test(cueTok.low)) return null;
  // "an article cited by her campaign", "…, and accused by the news media of …": a participle with its
  // agent is a passive (its speaker is the agent, read in attribution-stance-cues.ts); "by phone" is a medium
  // and "by saying" a means.
  const agent = toks[c + 2];
  if (/ed$/.test(cueTok.low) && toks[c + 1]?.low === "by" && agent && (agent.cap || DETERMINERS.has(agent.low)) && !BY_MEDIUM.test(agent.low)) return null;
  if (prev && (prev.low === "that" || prev.low === "this") && NOUN_HOMOGRAPHS.has(cueTok.low)) return null;
  const next = toks[c + 1];
  // "…, Sanders continued to portray her as …", "claimed to have …": a verb of saying before an infinitive
  // is no saying (but "asked to meet", "went on to say" and verbs of intention, read above and in the intention pass).
  if (frame === "clause" && next?.low === "to" && infinitive(toks[c + 2]) && !INTENT_VERBS.has(cueTok.low) && !/^ask/.test(cueTok.low) && !wentOn) return null;
  if (nounInS(toks, c)) return null;
  // "not so long ago -- oh, say, five years": "say" between commas gives an example.
  if (cueTok.low === "say" && prev?.t === "," && next?.t === ",") return null;
  // "Questions and answers have been edited", "the reports were wrong": a noun-like cue before a finite auxiliary is its subject.
  // After a pronoun it is the verb ("Kelly, who he claims has been unfair").
  // So after a relative pronoun: "a site which investigators claim was …".
  if (NOUN_HOMOGRAPHS.has(cueTok.low) && next && FINITE_AUXILIARY.test(next.low) && !SPEAKER_PRONOUNS.has(prev?.low ?? "") && !toks.slice(Math.max(0, c - 4), c).some((w) => /^(?:which|that|who|whom|what)$/.test(w.low))) return null;
  // "She called into the radio show", "called in sick": a call that is no speech ("calling into question" is).
  if (/^call(?:s|ed|ing)?$/.test(cueTok.low) && next && /^(?:into|in)$/.test(next.low) && !/^(?:question|doubt)$/.test(toks[c + 2]?.low ?? "")) return null;
  // "the diplomat's wife accused of killing …": a charge in the passive names no accuser.
  if (/^(?:accused|suspected|convicted|acquitted|cleared)$/.test(cueTok.low) && toks[c + 1]?.low === "of") return null;
  if (/^(?:says|said)$/.test(cueTok.low) === false && cueTok.cap) return null;
  if (namingParticiple(toks, c)) return null;
  // "Hodgson answered with two penalties": an object cue before "with" tells how, not what.
  if (frame === "object" && next?.low === "with") return null;
  // "Critics call it …", "they would call …": the base form "call" is a verb only after a plural or a
  // pronoun subject or an auxiliary ("a conference call with reporters", "the roll call" are nouns).
  if (cueTok.low === "call" && !baseVerbAfter(toks[c - 1])) return null;
  // So is any base form that is also a noun after a determiner and a modifier: "His second tweet, …",
  // "a subsequent report that …". Not after a prepositional phrase ("Supporters of the law hope …") nor
  // before a pronoun that opens its clause ("The pair claim they were …").
  if (NOUN_HOMOGRAPHS.has(cueTok.low) && !inflected(cueTok.low) && prev?.word && !prev.cap && ARTICLE_OR_POSSESSIVE.test(toks[c - 2]?.low ?? "") && !isPreposition(toks[c - 3]?.low ?? "") && !PRONOUN_SUBJECT.test(next?.low ?? "") && !baseVerbAfter(prev)) return null;
  // "denied the fraud claims, pointing to …", "the fraud claims made by students": a plural noun before a
  // participle is no verb of saying ("research claims cutting the limit would …" is one).
  const participleAfter = (next?.t === "," && !!toks[c + 2]?.low.endsWith("ing")) || (!!next?.low.endsWith("ed") && toks[c + 2]?.low === "by");
  if (NOUN_HOMOGRAPHS.has(cueTok.low) && cueTok.low.endsWith("s") && !!prev?.word && !prev.cap && ARTICLE_OR_POSSESSIVE.test(toks[c - 2]?.low ?? "") && participleAfter) return null;
  const cue: Span = { start: wentOn && ASPECT.test(toks[c - 2]?.low ?? "") ? (toks[c - 2]?.start ?? cueTok.start) : cueTok.start, end: cueTok.end };

  const inverted = invertedAt(toks, c, frame, cue, s);
  if (inverted) return inverted;

  const sub = speakerBefore(toks, likely > 0 ? likely + 1 : c, frame, wentOn && likely < 0, cueTok);
  if (!sub) return null;
  const { opener } = sub;
  let { np } = sub;
  // "The council issued a statement saying …": the statement's issuer speaks through it.
  if (sub.via === "adjacent" && /ing$/.test(cueTok.low)) np = participleSpeaker(toks, np);
  // "Paul has released a video that accuses …": so does a document's issuer before a relative clause
  // ("released her records, which showed …": what a document shows is the document's).
  if (sub.via === "relative" && frame !== "evidence") np = issuerOf(toks, np) ?? np;
  // "In her statement condemning the test, Clinton …": a cue inside the sentence's opening adverbial
  // ends at its comma, and a document in it speaks for the main clause's subject.
  const openingComma = /ing$/.test(cueTok.low) && /^(?:in|with|at|on|through|during)$/.test(toks[0]?.low ?? "") ? openingCommaAfter(toks, c) : -1;
  if (openingComma >= 0 && sub.via === "adjacent" && isDocument(headOf(toks, np))) np = clauseSubject(toks, 0, toks.length) ?? np;
  // "Trump's tweet", "Clinton's claims": a possessive before a noun-like cue.
  if (NOUN_HOMOGRAPHS.has(cueTok.low) && /['’]s?$/.test(toks[np.to]?.t ?? "") && sub.via === "adjacent") return null;
  const speaker = tokSpan(toks, np);

  if (/^ask(?:s|ed|ing)?$/.test(cueTok.low)) return question(ctx, toks, c, speaker, cue, s);

  // Content after the cue.
  let start = contentStart(toks, c, frame, cue);
  if (frame === "clause" || frame === "addressee") start = skipLeadAdverbial(toks, start);
  // "has said little about the plan", "says nothing about …": the cue takes how much was said, and the content is the topic.
  // The topic is an object, which ends as one below.
  const topic = /^(?:nothing|little|much)$/.test(toks[start]?.low ?? "") && /^(?:about|on|regarding)$/.test(toks[start + 1]?.low ?? "") && !!toks[start + 2]?.word;
  if (topic) {
    cue.end = toks[start + 1]?.end ?? cue.end;
    start += 2;
  }
  const hasThat = toks[start]?.low === "that" && !(frame === "object" && demonstrativeThat(toks, start));
  // "While Ramos said that …, he appears …": a cue in a subordinate clause ends its content at the comma.
  const sub0 = toks[np.from - 1];
  // "The moment Sanders announced …, Mook was …": so in a clause on a time noun.
  // "The ferries, which officials said were unsafe, stayed …": so in a relative clause between commas.
  const subordinate = opener || (!!sub0 && (SUBORDINATOR.test(sub0.low) || (/^(?:which|whom)$/.test(sub0.low) && toks[np.from - 2]?.t === ",") || ((TIME_NOUN.test(sub0.low) || sub0.low === "moment") && DETERMINERS.has(toks[np.from - 2]?.low ?? ""))));
  let end = clauseEnd(toks, start);
  // "Clinton — who’s called for tax hikes — lambasting …": a relative clause between dashes ends at the second.
  // "after Barro noted that the odds were low, and that …": a second that-clause joined to the first goes on.
  const joinedThat = (k: number): boolean => hasThat && /^(?:and|or)$/.test(toks[k + 1]?.low ?? "") && toks[k + 2]?.low === "that";
  // "Trump, who has insulted women, Mexicans and Muslims, won": a list's commas end nothing.
  if (subordinate || sub.via === "relative") {
    for (let k = start + 1; k < end; k++) {
      const list = toks[k]?.t === "," && frame === "object" ? listEnd(toks, k, end) : -1;
      if (list > k) k = list;
      else if ((toks[k]?.t === "," && !joinedThat(k)) || (sub.via === "relative" && isDash(toks[k]?.t ?? "") && toks.slice(np.to + 1, c).some((x) => /^who(?:['’]s)?$/.test(x.low)))) {
        // "which he called “a disgrace,” blaming …": a quotation that closes on the comma keeps its mark.
        end = toks[k]?.t === "," && isCloseQuote(toks[k + 1]?.t ?? "") ? k + 1 : k - 1;
        break;
      }
    }
  }
  if (openingComma >= 0) end = Math.min(end, openingComma - 1);
  // "A woman who has accused Blum of fraud said …", "Voters who support Sanders are in college": a cue
  // in a restrictive relative clause on the subject ends its content before the main clause's verb.
  if (frame === "object" && !hasThat && restrictiveWho(toks, c)) end = Math.min(end, mainVerbAfter(toks, start, end) - 1);
  // "Voters who say the economy is most important were evenly divided": a clause there ends before a
  // second finite "be" or auxiliary with nothing joining it to the first.
  if (frame === "clause" && restrictiveWho(toks, c)) end = Math.min(end, secondFiniteVerb(toks, start, end) - 1);
  // "endorsed Trump in early June", "explained his reasoning in an appearance on …": an object ends
  // before a time or place adverbial, as in the clause reader, unless a gerund or "of"/"for" makes it
  // a clause ("accused Blum of grabbing her at a press conference"), which runs on.
  if (topic) for (let k = start; k < end; k++) if (toks[k]?.t === ",") end = Math.min(end, k - 1);
  // "stressed those worries on Sunday at a forum": a clause cue with a noun phrase and no verb after it takes an object.
  const asObject = frame === "object" || topic || (frame === "clause" && !hasThat && !/^(?:say|says|said|saying)$/.test(cueTok.low) && nounPhraseOnly(toks, start, end));
  if (asObject && !hasThat) {
    end = timeEnd(toks, start, end);
    const short = objectEnd(toks, start, end, true, false);
    // ("accused Cruz, who was born and raised in Cuba, of associating …": so after a relative clause on the object.)
    let charged = false;
    for (let k = start; k < end && !charged; k++) charged = chargeAt(toks, k);
    if (short < end && !charged && !toks.slice(start, short + 1).some((t) => t.low.endsWith("ing") || t.low === "of" || t.low === "for")) end = short;
  }
  if (frame === "object" && NAMING_VERBS.has(cueTok.low)) end = quotedComplementEnd(toks, start, end);
  const after = trimPunct(toks, start, end);
  const afterWords = after ? wordsIn(toks, after) : 0;
  const firstAfter = after ? toks[after.from] : undefined;
  // "said yes", "said so": a one-word answer is what was said; "said goodbye" is not a claim.
  // "said he would", "said the same": an elliptical clause that answers what came before.
  const secondAfter = after ? toks[after.from + 1] : undefined;
  const elliptic = afterWords === 2 && !!firstAfter && !!secondAfter && ((PRONOUN_SUBJECT.test(firstAfter.low) && FINITE_AUXILIARY.test(secondAfter.low)) || (firstAfter.low === "the" && secondAfter.low === "same"));
  // "72 percent said yes while 48 percent …": a yes or a no is the whole answer before a conjunction.
  const yesNo = afterWords > 1 && !!firstAfter && /^(?:yes|no)$/.test(firstAfter.low) && /^(?:,|;|while|whereas|but|and)$/.test(secondAfter?.low ?? "");
  if (yesNo && after) after.to = after.from;
  const answer = ((afterWords === 1 && !!firstAfter && /^(?:yes|no|so)$/.test(firstAfter.low)) || elliptic || yesNo) && /^(?:say|says|said|saying)$/.test(cueTok.low);
  // "said about half of …", "reported no arrests": a quantity, not a preposition or an answer.
  const quantity = !!firstAfter && ((/^(?:about|over|under|nearly|almost|around|some)$/.test(firstAfter.low) && (/^\d/.test(secondAfter?.t ?? "") || NUMBER_WORD.test(secondAfter?.low ?? ""))) || (firstAfter.low === "no" && afterWords >= 2 && !!secondAfter?.word) || (firstAfter.low === "at" && /^(?:least|most)$/.test(secondAfter?.low ?? "")));
  // "told Reuters in an interview aired on Monday": after an addressee a clause opens with its subject, not a participle.
  const pastAfterAdverbial = frame === "addressee" && !!firstAfter && !firstAfter.cap && /ed$/.test(firstAfter.low);
  // "said nothing, offering only …": how much was said, not what ("said much of the talk was about …"
  // is a clause; "said little about the plan" is read above as what it was about).
  const howMuch = !!firstAfter && /^(?:nothing|little|much)$/.test(firstAfter.low) && (!secondAfter || !secondAfter.word || /^(?:to|in|publicly|since|during)$/.test(secondAfter.low));
  // "The plan that Trump proposed is a disaster": a finite verb right after an object cue belongs to
  // the main clause, whose subject the relative clause with the cue modifies. (A verb of saying keeps
  // it: "the attacks, which officials said was planned abroad" is what they said.)
  const mainVerbNext = !!toks[c + 1] && !toks[c + 1]?.cap && FINITE_AUXILIARY.test(toks[c + 1]?.low ?? "") && frame === "object";
  // "said angrily as he left", "said matter-of-factly as confetti fell": how it was said, then when.
  // ("said only when …", "said nearly as many …" are what was said.)
  const manner = !!firstAfter && isLy(firstAfter) && !FOCUS_LY.test(firstAfter.low) && /^(?:as|while|when|before|after|during|amid)$/.test(secondAfter?.low ?? "");
  const badStart = !firstAfter || howMuch || mainVerbNext || manner || (!hasThat && !answer && !quantity && (firstAfter.low === "to" || /^(?:adding|saying|noting|telling|arguing)$/.test(firstAfter.low) || (PREP_TAIL.has(firstAfter.low) && frame !== "object" && !(firstAfter.low === "this" && !TIME_NOUN.test(toks[(after?.from ?? 0) + 1]?.low ?? ""))) || firstAfter.low === "goodbye" || firstAfter.low === "hello" || firstAfter.low === "so" || firstAfter.low === "yes" || firstAfter.low === "no" || pastAfterAdverbial || (firstAfter.low === "it" && afterWords <= 2 && !(afterWords === 2 && NAMING_VERBS.has(cueTok.low) && !/^(?:off|up|out|in|down|back|over|quits)$/.test(secondAfter?.low ?? "")))));
  // "endorsed Okafor", "denied it": an object may be a single name.
  // "hasn't endorsed her": or a personal pronoun.
  // "says it's “disastrous”": two words do when a contracted pronoun and auxiliary open them.
  const enough = answer || (asObject ? afterWords >= 2 || (afterWords === 1 && (!!firstAfter?.cap || /^(?:him|her|them)$/.test(firstAfter?.low ?? "") || (frame === "object" && !!after && bareNounObject(toks, c, after.from)))) : afterWords >= 3 || (afterWords === 2 && CLAUSE_VERB.test(firstAfter?.low ?? "")));
  // "The poll shows Clinton ahead", "Video of the incident shows him …": evidence verbs need a document subject or "that"
  // (or, after "found", a plain clause: `foundClause`).
  const docSubject = isDocument(headOf(toks, np)) || isDocument(toks[np.from]?.low ?? "") || (frame === "evidence" && documentSubject(toks, c) !== null) || (!hasThat && foundClause(toks, cueTok, after));
  const needsThat = (NEEDS_THAT.has(cueTok.low) || frame === "evidence") && !(frame === "evidence" && docSubject);
  const evidenceOk = frame !== "evidence" || hasThat || docSubject;

  // Content before: "…, The Telegraph reports." / "…, the UK defence chief has revealed."
  const lead = toks[np.from - 1];
  // "(at one point as low as 19%, Gutin says)": an attribution that closes a bracket owns the words in it.
  const bracketed = lead?.t === "," && toks[c + 1]?.t === ")" ? bracketBefore(toks, np.from - 1) : null;
  if (bracketed && wordsIn(toks, bracketed) >= 3) return { speaker, cue, kind: "indirect", parts: [tokSpan(toks, bracketed)], at: s.start };
  // "…, as Blum noted." / "The last part, as Krugman points out, is that …": an aside after "as".
  const asAside = lead?.low === "as" && toks[np.from - 2]?.t === "," && sub.via === "adjacent" && (!toks[c + 1] || toks[c + 1]?.t === "," || toks[c + 1]?.t === "." || PREP_TAIL.has(toks[c + 1]?.low ?? ""));
  // "Many of the closures, he said, have involved …": a parenthetical attribution splits the content.
  // "The solution, the partner told them, was simple": the same after a short addressee.
  // "These employees, Stumpf explained earlier in the hearing, were …": a time or place may follow the cue.
  const addressed = frame === "addressee" ? addressee(toks, c + 1) : c + 1;
  const afterCue = toks[addressed]?.t === "," ? addressed : tailComma(toks, addressed);
  const parenthetical = asAside || (!!lead && lead.t === "," && toks[afterCue]?.t === "," && sub.via === "adjacent" && np.from > 2);
  // "…, Clinton allies believe — backers she will need …": a dash right after the cue opens an aside.
  // "…, Kennedy wrote Linick.": a name after "wrote" at the sentence's end is whom it was written to.
  const wroteTo = /^(?:wrote|writes)$/.test(cueTok.low) && !!after && afterWords <= 3 && !toks[after.to + 1]?.word && toks.slice(after.from, after.to + 1).every((t) => t.cap || !t.word);
  const tailShort = !after || badStart || afterWords <= 4 && frame === "addressee" || wroteTo || parenthetical || isDash(toks[c + 1]?.t ?? "");
  // "…, Fox found.", "…, researchers found.": whoever found it, named at the end of the sentence.
  const finder = frame === "evidence" && /^(?:finds?|found)$/.test(cueTok.low) && (toks[np.to]?.cap || ROLE_NOUNS.has(toks[np.to]?.low ?? "")) && !toks[c + 1]?.word;
  if (lead && (lead.t === "," || isCloseQuote(lead.t) || isDash(lead.t) || asAside) && sub.via === "adjacent" && tailShort && frame !== "object" && (frame !== "evidence" || docSubject || finder)) {
    // "A reminder: the plans would …, HuffPost noted, …": a parenthetical attribution's content opens
    // after the last colon or semicolon before it, and "Blum said it was part of the race — no
    // different, he said, from …" after a dash that follows an attribution of its own (not one
    // that closes an aside, nor one before an appositive of the content's).
    let open = firstContentTok(toks);
    if (parenthetical) {
      for (let k = np.from - 2; k > open; k--) {
        const t = toks[k];
        if (t?.t !== ";" && t?.t !== ":" && !isDash(t?.t ?? "")) continue;
        const head = toks.slice(open, k);
        const closing = head.filter((x) => isDash(x.t)).length % 2 === 1;
        const said = head.some((x) => x.word && !x.cap && cueFrame(x) === "clause" && FINITE_CUE_FORM.test(x.low));
        if (!isDash(t?.t ?? "") || (said && !closing)) open = k + 1;
        break;
      }
    }
    const before = trimPunct(toks, open, np.from - (asAside ? 2 : 1));
    // "The plan, he said, failed.": the second half of a split clause may be a single verb.
    const rest = afterComma(toks, parenthetical ? afterCue : c + 1, false, parenthetical ? 1 : 3);
    // Split by the attribution, the two parts say enough together: "The solution, …, was simple".
    if (before && wordsIn(toks, before) + (parenthetical && rest ? wordsIn(toks, rest) : 0) >= 3 && !opensWithAdverbial(toks, before)) {
      const parts = [tokSpan(toks, before)];
      if (rest) parts.push(extendOverQuote(ctx, tokSpan(toks, rest)));
      return { speaker, cue, kind: "indirect", parts, at: s.start };
    }
  }
  if (!after || badStart || !enough || !evidenceOk) return null;
  // "did not deny the claim", "would not confirm it": a negated cue with only a reference back for content says nothing,
  // "did not endorse any of the candidates": nor does one whose content is "any" (no one, nothing).
  if (sub.negated && !!firstAfter && ((afterWords <= 2 && /^(?:the|this|that|these|those|it|them|such)$/.test(firstAfter.low) && (afterWords === 1 || saidNoun(toks[after.from + 1]?.low ?? ""))) || /^(?:any|anyone|anybody|anything)$/.test(firstAfter.low))) return null;
  if (needsThat && !hasThat && frame !== "clause" && frame !== "evidence") return null;
  // "He thinks the tax will hurt farms": a verb of belief takes a bare clause when one plainly follows.
  // A number may open it ("We believe six debates … is enough"), but "one day", "one way" are adverbials.
  // "Jeb Bush, who has raised more, hopes his campaign …": so with the clause's subject before an aside.
  // "Petrilli, who thinks the plan failed, …": in a relative clause, when a noun phrase and its verb follow.
  // "I think it is good", "Some think it will not": three words do when a pronoun and a finite verb open them;
  // a contracted pronoun opens a clause too ("I think it’s good for …").
  const pronounClause = afterWords === 3 && !!firstAfter && !!secondAfter && PRONOUN_SUBJECT.test(firstAfter.low) && FINITE_AUXILIARY.test(secondAfter.low);
  // "maintained they were not marked", "agreed there are …": "maintain" and "agree" take a bare clause
  // only with a pronoun or an auxiliary plainly in it ("agreed the terms" is an object).
  const plainClause = !/^(?:maintain|agree)/.test(cueTok.low) || (!!firstAfter && (PRONOUN_SUBJECT.test(firstAfter.low) || toks.slice(after?.from ?? 0, (after?.from ?? 0) + 5).some((t) => !t.cap && FINITE_AUXILIARY.test(t.low))));
  const bareClause = BARE_CLAUSE.test(cueTok.low) && plainClause && (sub.via === "adjacent" || (sub.via === "clause" && toks[np.to + 1]?.t === ",") || (sub.via === "relative" && clauseOpens(toks, after))) && !!firstAfter && (afterWords >= 4 || pronounClause) && (CLAUSE_SUBJECT.has(firstAfter.low) || CLAUSE_VERB.test(firstAfter.low) || firstAfter.cap || /^\d/.test(firstAfter.t) || (NUMBER_WORD.test(firstAfter.low) && firstAfter.low !== "one") || bareNounClause(toks, after?.from ?? 0));
  if (needsThat && !hasThat && !(cueTok.low === "warned" || cueTok.low === "warns") && !bareClause) return null;
  if (frame === "evidence" && !hasThat && !docSubject) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, after))], at: s.start };
}

/**
 * The comma that ends a time or a place after a cue ("on Tuesday,", "earlier in the hearing,", "in a
 * statement,"): up to eight words with no verb; else `k`.
 */
function tailComma(toks: Token[], k: number): number {
  if (!(skipTime(toks, k) > k || /^(?:in|at|on|during|after|before|from|over|via|through)$/.test(toks[k]?.low ?? ""))) return k;
  for (let m = k; m < toks.length && m - k <= 8; m++) {
    const t = toks[m];
    if (t?.t === ",") return m;
    if (!t?.word || (!t.cap && (FINITE_AUXILIARY.test(t.low) || !!cueFrame(t)))) return k;
  }
  return k;
}

/**
 * "X asked Y whether …" / "asked what …" / "asked Y about …" (the question) and "X asked Y to …"
 * (the request, addressee included).
 */
function question(ctx: Ctx, toks: Token[], c: number, speaker: Span, cue: Span, s: Sentence): Found | null {
  // "…, who asked not to be named": a request about oneself, no claim.
  if (toks[c + 1]?.low === "not") return null;
  let start = -1;
  // "asked to depose Clinton", "asked for a sentence of three years": a request of the speaker's own.
  const ask = toks[c + 1];
  if (ask && (ask.low === "to" || ask.low === "for") && passiveBe(toks, c - 1) < 0 && toks[c + 2]?.word && !/^(?:be|me|him|her|them|us|it|comment|anonymity)$/.test(toks[c + 2]?.low ?? "")) start = ask.low === "for" ? c + 2 : c + 1;
  for (let k = c + 1; start < 0 && k < toks.length && k - c <= 12; k++) {
    const t = toks[k];
    if (!t || t.t === "." || t.t === ";" || isOpenQuote(t.t)) break;
    if (ASKED.test(t.low)) {
      start = k;
      break;
    }
    // "asked the court for quick action": a request after the addressee (not "for years").
    if (t.low === "for" && k > c + 1 && timeAfterFor(toks, k + 1) < 0) {
      start = k;
      break;
    }
    if (t.low === "to" && k > c + 1) {
      start = c + 1;
      break;
    }
    if (t.low === "that" || (t.word && CUE_VERBS.has(t.low))) break;
  }
  if (start < 0) return null;
  const r = trimPunct(toks, start, clauseEnd(toks, start));
  if (!r || wordsIn(toks, r) < 2) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, r))], at: s.start };
}

/**
 * "X was asked (by Y) whether …", "when asked about …": the question is the content; the one who
 * asked is named after "by", else no one is.
 */
function passiveQuestion(ctx: Ctx, toks: Token[], c: number, s: Sentence): Found | null {
  const cue: Span = { start: toks[c]?.start ?? 0, end: toks[c]?.end ?? 0 };
  let k = c + 1;
  let speaker: Span | null = null;
  if (toks[k]?.low === "by") {
    const np = npForward(toks, k + 1, Math.min(toks.length, k + 10)) ?? plainPhraseAfterCue(toks, k + 1, Math.min(toks.length, k + 10));
    if (!np) return null;
    speaker = tokSpan(toks, np);
    k = np.to + 1;
    if (toks[k]?.t === ",") k++;
  }
  const w = toks[k];
  // "Clinton has been asked to release the transcripts": a request put to the subject, by no one named.
  const request = w?.low === "to" && !!toks[k + 1]?.word && !toks[k + 1]?.cap && passiveBe(toks, c - 1) >= 0;
  if (!w || !(request || ASKED.test(w.low))) return null;
  let end = clauseEnd(toks, k);
  // "When asked about the plan, she said …": the question ends at its comma.
  for (let m = k + 1; m < end; m++) if (toks[m]?.t === ",") {
    end = m - 1;
    break;
  }
  const r = trimPunct(toks, k, end);
  if (!r || wordsIn(toks, r) < 3) return null;
  return { speaker, cue, kind: "indirect", parts: [extendOverQuote(ctx, tokSpan(toks, r))], at: s.start };
}

/**
 * "Jo Blum, an activist, asked the minister …": whether the words `before` the cue at `c` are its
 * subject with an appositive (no content before an inverted speaker). Read last, as it costs most.
 */
function subjectWithAppositive(toks: Token[], c: number, before: TokRange): boolean {
  const subject = subjectBefore(toks, c, 0).np;
  // "…, his top aide, Tad Devine, told the Post": or a subject with its appositive after the content's comma.
  if (!subject || (subject.from > before.from && toks[subject.from - 1]?.t !== ",") || subject.to < c - 2) return false;
  for (let k = subject.from; k <= subject.to; k++) if (toks[k]?.t === ",") return true;
  return false;
}

/** "a new poll that …", "polls by Quinnipiac University that …": the document phrase before the relative pronoun at `r`. */
function documentBefore(toks: Token[], r: number): TokRange | null {
  let doc = -1;
  for (let k = r - 1; k >= 0 && r - k <= 6 && doc < 0; k--) {
    const t = toks[k];
    if (!t || !t.word) return null;
    if (isDocument(t.low) && !t.cap) doc = k;
    else if (!(t.cap || /^(?:by|from|of|in|the)$/.test(t.low))) return null;
  }
  if (doc < 0) return null;
  let from = doc;
  for (let m = doc - 1; m >= 0 && doc - m <= 3; m--) {
    const t = toks[m];
    if (!t || !t.word || isPreposition(t.low) || CLAUSE_WORD.test(t.low) || cueFrame(t) || (!t.cap && t.low.endsWith("ed"))) break;
    from = m;
    if (DETERMINERS.has(t.low)) break;
  }
  return { from, to: r - 1 };
}

/** Words that end a noun phrase read backwards: a verb "to be" or "to have", a conjunction, a relative. */
const CLAUSE_WORD = /^(?:is|was|are|were|be|been|has|have|had|and|or|but|that|which|who)$/;

/** "…, said the harbour master.": a plain phrase after the cue that runs to the sentence end, else null. */
function endingPhrase(toks: Token[], i: number): TokRange | null {
  const np = plainPhraseAfterCue(toks, i, toks.length);
  return np && (np.to === toks.length - 1 || (toks[np.to + 1]?.t === "." && np.to + 2 >= toks.length)) ? np : null;
}

/** "believe bigotry and xenophobia are acceptable": lower-case nouns (up to four words, "and"/"of" between) before a finite auxiliary. */
function bareNounClause(toks: Token[], from: number): boolean {
  const first = toks[from];
  if (!first || !first.word || first.cap || PREP_TAIL.has(first.low) || NP_STOP.has(first.low) || cueFrame(first) || STANCE_VERBS.has(first.low) || /(?:ly|ing|ed)$/.test(first.low)) return false;
  for (let k = from + 1; k <= from + 5; k++) {
    const t = toks[k];
    if (!t || !t.word || t.cap) return false;
    if (FINITE_AUXILIARY.test(t.low)) return k > from;
    if ((NP_STOP.has(t.low) || PREP_TAIL.has(t.low) || cueFrame(t) || STANCE_VERBS.has(t.low)) && t.low !== "and" && t.low !== "of") return false;
  }
  return false;
}

/** Whether the word before a base form can be its subject or auxiliary: "critics call", "they would call". */
function baseVerbAfter(p: Token | undefined): boolean {
  if (!p || !p.word) return false;
  return /^(?:i|we|they|you|others|many|some|both|few|all|not|never|also|often|still|now|would|will|could|should|can|may|might|must|do|did|does|to)$/.test(p.low) || (p.low.endsWith("s") && !p.low.endsWith("ss") && !/['’]s$/.test(p.t) && p.low.length > 3);
}

/**
 * An inverted speaker after the cue: "…, said Smith." / "…,” says the report." The phases of
 * reportedAt are functions of their own so that V8 optimises each apart.
 */
function invertedAt(toks: Token[], c: number, frame: CueFrame, cue: Span, s: Sentence): Found | null {
  const cueTok = toks[c];
  const prev = toks[c - 1];
  if (!cueTok || !prev) return null;
  // "X, one of the signatories, told an audience … that …" is no inversion: a verb with an
  // addressee takes its that-clause after the addressee.
  const thatAfter = frame === "addressee" && toks.some((t, k) => k > c && t.low === "that");
  // A participle never inverts: "…, saying the majority wanted …" has its content after it.
  if ((prev.t === "," || isCloseQuote(prev.t) || isDash(prev.t)) && (frame === "clause" || (frame === "addressee" && !thatAfter)) && !/ing$/.test(cueTok.low)) {
    // "…, said the harbour master.": a determiner and a few words that end the sentence name the
    // speaker even when their head is no known role.
    const np = npForward(toks, c + 1, toks.length) ?? (/^(?:said|says|added|asked|explained|recalled|noted)$/.test(cueTok.low) ? endingPhrase(toks, c + 1) : null);
    // "…are “irresponsible,” said Jo Blum": a quotation that closes on the comma keeps its mark.
    const before = trimPunct(toks, firstContentTok(toks), isCloseQuote(prev.t) && toks[c - 2]?.t === "," ? c - 1 : c - 2);
    // "…, said the event brought back memories of her father": a phrase with a verb in it is no inverted speaker.
    // (Counted up to "of", "for" …: "the head of public affairs" is a role.)
    const head = np ? toks.slice(np.from, np.to + 1) : [];
    const pp = head.findIndex((t) => SPEAKER_PREPOSITION.test(t.low));
    const loose = head.slice(0, pp < 0 ? head.length : pp).filter((t) => t.word && !t.cap && !DETERMINERS.has(t.low) && !ROLE_NOUNS.has(t.low)).length > 3;
    // "The answer, says Prof Brewer, is wi-fi": split by the attribution, the two parts say enough together.
    const short = !!before && wordsIn(toks, before) < 3;
    // "Not least, said Paul King, principal consultant at Cisco, because …": the name's appositive is the speaker's.
    // "The paradox, says Carl Blum, historian at the library, is that …": so is one before the rest of a split clause.
    const apposed = np ? roleAppositiveEnd(toks, np.to + 1) : -1;
    const role = short || FINITE_AUXILIARY.test(toks[apposed + 2]?.low ?? "") ? apposed : -1;
    const speakerEnd = np ? (role > 0 ? role : np.to) : 0;
    const rest = np ? afterComma(toks, speakerEnd + 1, role < 0, short ? 1 : 3) : null;
    const enough = !!before && wordsIn(toks, before) + (rest ? wordsIn(toks, rest) : 0) >= 3;
    if (np && !loose && before && enough && closesAttribution(toks, np) && !subjectWithAppositive(toks, c, before)) {
      const parts = [tokSpan(toks, before)];
      if (rest) parts.push(tokSpan(toks, rest));
      return { speaker: tokSpan(toks, { from: np.from, to: speakerEnd }), cue, kind: "indirect", parts, at: s.start };
    }
  }
  return null;
}

/** The "be" before "likely to", "more likely to", "quick to" ending at `a`; -1 when there is none. */
function beforeAdjectiveTo(toks: Token[], a: number): number {
  if (!ADJECTIVE_TO.test(toks[a]?.low ?? "")) return -1;
  let k = a - 1;
  // "They are all likely to …": "all" floats off the subject.
  while (k > 0 && (degreeWord(toks[k]) || toks[k]?.low === "all")) k--;
  return BE_FORM.test(toks[k]?.low ?? "") ? k : -1;
}

/** The speaker before the cue: the subject, a bare plural, the head of a relative clause or a document; null when none. */
function speakerBefore(toks: Token[], c: number, frame: CueFrame, wentOn: boolean, cueTok: Token): { np: TokRange; via: "adjacent" | "clause" | "relative" | null; opener: boolean; negated: boolean } | null {
  const sub = subjectBefore(toks, wentOn ? (toks[c - 2]?.low === "on" ? c - 3 : c - 2) : c, 0);
  if (!sub.np && !sub.negated && (frame === "clause" || frame === "addressee") && !wentOn) {
    // "4 in 10 say …", "security specialists say …": a share or a plain plural noun before a verb of saying.
    const { j } = skipAux(toks, c - 1, 0);
    const bare = bareSubject(toks, j, 0);
    if (bare) {
      sub.np = bare;
      sub.via = "adjacent";
    }
  }
  if (!sub.np && !sub.negated && (frame === "clause" || frame === "addressee") && !wentOn) {
    // "Residents who attended the meeting said …": the noun phrase before a relative clause whose
    // own object was no subject.
    const head = relativeHead(toks, { from: c, to: c });
    if (head.from !== c) {
      sub.np = head;
      sub.via = "adjacent";
    }
  }
  if (!sub.np && !sub.negated && frame === "clause" && !wentOn) {
    // "A court filing released Monday says …": a document subject read through a participle phrase.
    const doc = documentSubject(toks, c);
    if (doc) {
      sub.np = doc;
      sub.via = "adjacent";
    }
  }
  if (frame === "evidence" && !sub.negated) {
    // "A university poll out Monday showed …", "New polls released Sunday show …": a document subject,
    // also through a relative pronoun ("a new poll that shows …").
    const doc = documentSubject(toks, c) ?? (/^(?:that|which)$/.test(toks[c - 1]?.low ?? "") ? documentBefore(toks, c - 1) : null);
    if (doc) {
      sub.np = doc;
      sub.via = "adjacent";
    }
  }
  if (!sub.np) return null;
  // "When Francis said …": the subordinator opens the clause, not the name.
  const opener = sub.np.to > sub.np.from && SUBORDINATOR.test(toks[sub.np.from]?.low ?? "");
  // "Whenever asked about …, they …": a subordinator alone names no one.
  // ("Since announcing …, Mr. Biden": a participle's subject is found after the clause, in endFrontedClause.)
  if (sub.np.to === sub.np.from && SUBORDINATOR.test(toks[sub.np.from]?.low ?? "") && !/ing$/.test(cueTok.low)) return null;
  const np = relativeHead(toks, widenDeterminer(toks, opener ? { from: sub.np.from + 1, to: sub.np.to } : sub.np, c));
  return { np, via: sub.via, opener, negated: sub.negated };
}

/** The words between the bracket that opens before the comma at `comma` (within 30 tokens, none closed between) and that comma. */
function bracketBefore(toks: Token[], comma: number): TokRange | null {
  for (let k = comma - 1; k >= 0 && k >= comma - 30; k--) {
    const t = toks[k]?.t;
    if (t === ")") return null;
    if (t === "(") return trimPunct(toks, k + 1, comma - 1);
  }
  return null;
}

/**
 * Whether the words from `start` to `end` are a noun phrase with no verb in them: a determiner or a
 * possessive first, then no auxiliary, past form, negation or word in -s but a noun after a determiner.
 */
function nounPhraseOnly(toks: Token[], start: number, end: number): boolean {
  if (!ARTICLE_OR_POSSESSIVE.test(toks[start]?.low ?? "") && !/^(?:those|these|this)$/.test(toks[start]?.low ?? "")) return false;
  for (let k = start + 1; k <= end; k++) {
    const t = toks[k];
    if (!t || !t.word || t.cap) continue;
    if (FINITE_AUXILIARY.test(t.low) || /n['’]t$/.test(t.low) || irregularPast(t.low) || CLAUSE_VERB.test(t.low) || /^(?:to|that|who|which|and|or|but)$/.test(t.low)) return false;
    // "the ferry's troubles": a word in -s or -ed after a determiner or a possessive is a noun or an adjective.
    const before = toks[k - 1]?.low ?? "";
    if (/[^s]s$|ed$/.test(t.low) && !ARTICLE_OR_POSSESSIVE.test(before) && !/^(?:those|these)$|['’]s$/.test(before)) return false;
  }
  return true;
}

/** A place one is let into, not a thing owned up to: "admitted to the United States", "admitted to hospital". */
const placeAt = (toks: Token[], k: number): boolean => !!toks[k]?.cap || /^(?:hospital|school|college|university)$/.test(toks[k]?.low ?? "") || (toks[k]?.low === "the" && !!toks[k + 1]?.cap);

/** Words that open what was asked: "asked whether …", "asked him what …", "asked about …". */
const ASKED = /^(?:whether|if|what|why|how|who|which|when|where|about)$/;

/** Where the content after the cue starts: past "of", an aside between dashes, an addressee or a time phrase up to "that". Widens `cue` over "said of". */
function contentStart(toks: Token[], c: number, frame: CueFrame, cue: Span): number {
  let i = c + 1;
  if (toks[i]?.low === "of" || toks[i]?.low === "for" || toks[i]?.low === "on") {
    // "said of", "called for", "called on": the particle belongs to the cue, but not "on" before a day
    // or a medium ("denied on Monday that", "criticized on social media the decision").
    const day = toks[i]?.low === "on" && ON_MEDIUM.test(toks[i + 1]?.low ?? "");
    if ((frame === "object" || toks[i]?.low === "of") && !day) {
      cue.end = toks[i]?.end ?? cue.end;
      i++;
      // "warned of a battle ahead that could …", "called for a ban that …": the particle's object is
      // no addressee, and a "that" after it opens a relative clause ("said of Blum that …" is a clause).
      if (frame !== "clause") return i;
    } else if (day && frame === "object") i += toks[i + 1]?.low === "social" ? 3 : 2;
  }
  // "admitted to the crimes", "admits to stealing": "to" before what is owned up to belongs to the cue.
  if (toks[i]?.low === "to" && /^(?:admit|confess)/.test(toks[c]?.low ?? "") && !infinitive(toks[i + 1]) && !placeAt(toks, i + 1) && !toks.slice(i + 1, i + 7).some((t) => t.low === "that")) {
    cue.end = toks[i]?.end ?? cue.end;
    return i + 1;
  }
  // "believes, for example, that …", "argued, in fact, that …": a short aside between commas before "that".
  if (toks[i]?.t === ",") {
    for (let m = i + 2; m <= i + 4 && toks[m - 1]?.word; m++) if (toks[m]?.t === "," && toks[m + 1]?.low === "that") return m + 1;
  }
  let start = -1;
  // Skip an addressee or a time phrase up to "that".
  for (let k = i; start < 0 && k < toks.length && k - i <= SKIP_TO_THAT; k++) {
    const t = toks[k];
    if (!t) break;
    if (t.low === "that" && k > i) {
      // "pledged to stay … through that contest": after a preposition "that" is a determiner; a
      // complementizer may follow ("said in that case that …").
      if (isPreposition(toks[k - 1]?.low ?? "")) continue;
      const first = toks[i];
      // "said quietly that …": a manner adverb just before "that" is not content.
      if (frame === "addressee" || frame === "object" || (first && PREP_TAIL.has(first.low)) || (first && isDash(first.t)) || (first && k === i + 1 && isLy(first))) start = k;
      break;
    }
    // "explained to reporters why the plan failed": so up to a question word after "to" and the hearer.
    // (Not "who", "which", "when" or "where", which after the hearer mostly open a relative clause on it.)
    if (k > i + 1 && toks[i]?.low === "to" && frame === "clause" && /^(?:how|why|what|whether)$/.test(t.low)) {
      start = k;
      break;
    }
    // "said on ABC's "This Week" (on Sunday) that …": a quoted title in a phrase that opens with a preposition.
    if (isOpenQuote(t.t) && PREP_TAIL.has(toks[i]?.low ?? "")) {
      let close = -1;
      for (let m = k + 1; m < toks.length && m <= k + 8 && close < 0; m++) if (isCloseQuote(toks[m]?.t ?? "")) close = m;
      if (close > 0 && toks[close + 1]?.word && !toks[close + 1]?.cap) {
        k = close;
        continue;
      }
    }
    // "says at a stop in Toledo, Ohio, that …", "said on Tuesday, in an interview, that …": commas
    // inside an adverbial that opens with a preposition and ends in ", that".
    if (t.t === "," && frame !== "addressee" && PREP_TAIL.has(toks[i]?.low ?? "")) {
      const that = commaThat(toks, k, i + SKIP_TO_THAT);
      if (that > 0) {
        start = that;
        break;
      }
    }
    // "said this week in Wyoming — an apparent reversal of … that …": a dash ends the adverbial,
    // unless an aside between dashes ends at "that" ("said — on Twitter, as it happens — that …",
    // "warned Canada and the UK – two allies – that").
    if (isDash(t.t) && (t.t !== "-" || (toks[k - 1]?.end ?? 0) < t.start)) {
      let close = k + 1;
      while (close < toks.length && close <= i + SKIP_TO_THAT && !isDash(toks[close]?.t ?? "")) close++;
      if (toks[close + 1]?.low === "that" && isDash(toks[close]?.t ?? "")) start = close + 1;
      break;
    }
    if (t.low === "that" || (t.t === "," && frame !== "addressee") || t.t === ";" || isOpenQuote(t.t) || ((t.low === "and" || t.low === "but") && frame !== "addressee") || (k > i && cueFrame(t))) break;
  }
  if (start < 0) {
    if (toks[i]?.low === "that") start = i;
    else if (frame === "addressee") {
      // "told reporters the plan …": skip a short addressee.
      start = skipTime(toks, addressee(toks, i));
      // "reminded Americans of his policy", "warned us about the cost": what they were told of.
      if (start > i && /^(?:of|about)$/.test(toks[start]?.low ?? "") && toks[start + 1]?.word) start++;
    } else start = i;
  }
  return start;
}

/**
 * "A band called Sophistafunk got the crowd …", "a super PAC called “Our Principles” is …", "the
 * so-called deal": "called" names what an indefinite noun phrase before it is, when no determiner or
 * quotation follows the name ("A spokesman called Blum a liar" is speech).
 */
function namingParticiple(toks: Token[], c: number): boolean {
  if (!/^(?:called|named|dubbed)$/.test(toks[c]?.low ?? "")) return false;
  // "so-called", written "so- called" or "so called".
  if (toks[c - 1]?.low === "so" || (isDash(toks[c - 1]?.t ?? "") && toks[c - 2]?.low === "so")) return true;
  let k = c + 1;
  if (isOpenQuote(toks[k]?.t ?? "")) {
    while (k < toks.length && k <= c + 12 && !isCloseQuote(toks[k + 1]?.t ?? "")) k++;
    k += 2;
  } else {
    if (toks[k]?.low === "the") k++;
    if (!toks[k]?.cap) return false;
    while (toks[k]?.cap && toks[k]?.word) k++;
  }
  const after = toks[k];
  // "a tool called EdgeScape that lets …": "that" with a verb after it opens a relative clause on the name.
  const n = toks[k + 1];
  const relative = after?.low === "that" && !!n && n.word && !n.cap && (FINITE_AUXILIARY.test(n.low) || /[^s]s$|ed$/.test(n.low));
  if (after && !relative && (DETERMINERS.has(after.low) || isOpenQuote(after.t) || /['’]s?$/.test(toks[k - 1]?.t ?? ""))) return false;
  // An indefinite article opens the phrase before "called": "A new group", "a consulting firm".
  for (let j = c - 1; j >= 0 && j >= c - 6; j--) {
    const t = toks[j];
    if (!t || !t.word || CUE_VERBS.has(t.low)) return false;
    if (t.low === "a" || t.low === "an") return true;
    // "The group called Citizens First is planning …": after "the", only when the name is the subject of an auxiliary.
    if (DETERMINERS.has(t.low)) return /^(?:is|was|are|were|has|had|have|will|would)$/.test(after?.low ?? "");
  }
  return false;
}

/**
 * The second finite verb in `start`..`end` after the first with no conjunction, relative or comma
 * between; `end + 1` when none. A finite verb is a "be" or an auxiliary, or a past tense after a
 * noun or pronoun with what may follow a main verb after it ("the deal is dead left early", "the
 * board abandoned them voted …"; not "a plan aimed at …", "to hire skilled workers").
 */
function secondFiniteVerb(toks: Token[], start: number, end: number): number {
  let first = -1;
  for (let k = start; k <= end; k++) {
    const t = toks[k];
    if (!t) break;
    if (!t.word || /^(?:and|or|but|that|which|who|whom|what|if|whether|when|where|because|than|as)$/.test(t.low)) {
      if (first >= 0) return end + 1;
      continue;
    }
    if (t.cap) continue;
    const p = toks[k - 1];
    const n = toks[k + 1];
    // A verb with no aux, preposition or adverb before it, not hyphenated ("so-called"), and what
    // follows a main verb after it: the sentence's end, a name, a determiner or pronoun, a particle.
    const past = (irregularPast(t.low) || (t.low.endsWith("ed") && !t.low.includes("-"))) && k > start && !!p?.word && !p.cap && !NOT_BEFORE_MAIN_VERB.test(p.low) && !NOT_BEFORE_PAST.test(p.low) && !DETERMINERS.has(p.low) && !isPreposition(p.low) && !isLy(p) && (!n?.word || n.cap || DETERMINERS.has(n.low) || OBJECT_PRONOUNS.has(n.low) || isLy(n) || AFTER_MAIN_VERB.test(n.low));
    if (!FINITE_AUXILIARY.test(t.low) && !past) continue;
    if (first < 0) first = k;
    else if (k > first + 1 && !PRONOUN_SUBJECT.test(p?.low ?? "") && p?.low !== "there") return k;
  }
  return end + 1;
}

/** Particles and prepositions that may follow a main verb in the past: "stayed home", "voted for", "squared off". */
const AFTER_MAIN_VERB = /^(?:off|up|out|home|early|late|back|down|away|again|against|for|together)$/;

/** Words before a past form, besides a finite auxiliary, a relative or a determiner, that make it a participle or an adverb's verb: "being told", "had long said". */
const NOT_BEFORE_PAST = /^(?:being|having|never|also|still|just|already|even|then|now|long|once|first|recently)$/;

/** Particles and adverbs that end a phrasal verb or point elsewhere: "called back", "denied it again". */
const NOT_AN_OBJECT = /^(?:back|up|out|off|in|on|home|however|away|down|over|again|too|also|instead|though|later|today|here|there)$/;

/**
 * "denied wrongdoing", "praised farmers", "vows change": a bare lower-case noun at `at` after the
 * object cue at `c` is its whole object. Not a pronoun, particle or adverb, and
 * not after a determiner, a number or a possessive, where the cue is a participle on that noun
 * ("more pledged delegates", "her five proposed bills").
 */
function bareNounObject(toks: Token[], c: number, at: number): boolean {
  const prev = toks[c - 1];
  const noun = toks[at];
  if (!noun?.word || !prev?.word || !/^\p{Ll}+$/u.test(noun.t)) return false;
  // "urged students at his old school to …": after a verb that takes an object and an infinitive, only
  // a noun that ends the clause is the whole object; "one of the most potent attacking threats": and
  // an -ing form is a cue only after "be" or a preposition.
  if ((toks[at + 1]?.word && OBJECT_CONTROL.test(toks[c]?.low ?? "")) || (toks[c]?.low.endsWith("ing") && !BE_FORM.test(prev.low) && !isPreposition(prev.low))) return false;
  if (NP_STOP.has(noun.low) || isLy(noun) || SPEAKER_PRONOUNS.has(noun.low) || PREP_TAIL.has(noun.low) || NOT_AN_OBJECT.test(noun.low)) return false;
  return !DETERMINERS.has(prev.low) && !NUMBER_WORD.test(prev.low) && !/^(?:\d.*|more|most|fewer|less)$/.test(prev.low) && !/['’]s?$/.test(prev.t);
}

/**
 * "Military Times found Democrats favored Clinton": after "found"/"finds" with no "that", a subject and
 * its finite verb make the content a clause, whoever found it ("found the door locked" is an object's state);
 * after "indicated", only a personal pronoun and its verb do ("indicated he would run").
 */
function foundClause(toks: Token[], cue: Token, after: TokRange | null): boolean {
  if (!after) return false;
  // "Ryan has indicated he has no plans to …": after "indicated", a personal pronoun and its verb.
  if (/^indicat(?:es|ed)$/.test(cue.low)) return PRONOUN_SUBJECT.test(toks[after.from]?.low ?? "") && toks[after.from]?.low !== "there" && clauseVerb(toks[after.from + 1]);
  return /^(?:found|finds)$/.test(cue.low) && clauseOpens(toks, after);
}

/** Whether a noun phrase and its verb open `after`: "the door was locked" (not "the door locked", a participle with nothing after it). */
function clauseOpens(toks: Token[], after: TokRange | null): boolean {
  const np = after ? npForward(toks, after.from, Math.min(toks.length, after.from + 8), true) : null;
  if (!after || !np || np.to >= after.to) return false;
  const v = toks[np.to + 1];
  return clauseVerb(v) && (!v?.low.endsWith("ed") || !!toks[np.to + 2]?.word);
}
