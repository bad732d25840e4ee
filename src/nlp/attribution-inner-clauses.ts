// The subject of a clause opened inside the sentence, which a cue's verb continues: a nested clause ("why
// Jo Blum quit …"), a coordinated one (", and the union has sued …"), a subordinate one ("…, while Mike
// Huckabee, the former governor, said"), one after a dash or a semicolon, a participle's in a "with" phrase.
import { isCloseQuote, isDash, isOpenQuote, type Token } from "./attribution-tokens.ts";
import { type TokRange, npEndingAt, npForward, finiteVerb, clauseVerb } from "./attribution-np.ts";
import { isPreposition } from "./attribution-openings.ts";
import { clauseSubject, INNER_OPENER, NESTED_OPENER, SUBORDINATOR_ONLY, verbAfterSubject } from "./attribution-clause-subject.ts";
import { antecedent } from "./attribution-antecedents.ts";
import { ingWord } from "./attribution-phrase-owners.ts";

/** The subject of a participle in a "with" phrase before `at` ("with Trump tweeting that …"), or null. */
export function withParticipleSubject(toks: Token[], stop: number, at: number): TokRange | null {
  for (let k = at - 1; k > stop; k--) {
    const t = toks[k];
    if (!t || t.t === ";" || t.t === ":") return null;
    if (t.low !== "with" || t.cap) continue;
    const np = npForward(toks, k + 1, at);
    return np && ingWord(toks[np.to + 1]) ? np : null;
  }
  return null;
}

/** The subject of a clause that opens after the last dash or semicolon before `at`, when that clause has one and no comma. */
export function clauseAfterBreak(toks: Token[], stop: number, at: number): TokRange | null {
  for (let k = at - 1; k > stop; k--) {
    const t = toks[k];
    if (!t || t.t === ",") return null;
    if (t.t === ";" || isDash(t.t)) {
      const np = clauseSubject(toks, k + 1, at);
      // A finite verb must follow the subject: "- candidates dodging questions and attacking …" is a phrase.
      const verb = toks[np ? np.to + 1 : at];
      return np && np.to < at - 1 && finiteVerb(verb) && !verb?.low.endsWith("ing") ? np : null;
    }
  }
  return null;
}

/**
 * "That's partly why Jo Blum quit giving speeches before announcing …" (`j` at "before"): the
 * subject of the nearest clause that a wh-word or a subordinator (`openers`) opens before `j`, with
 * a verb of its own and no comma or quotation between; null when there is none.
 */
export function nestedSubject(toks: Token[], stop: number, j: number, openers: ReadonlySet<string> = NESTED_OPENER): TokRange | null {
  for (let k = j - 1; k > stop; k--) {
    const w = toks[k];
    // A quoted word or two is read through ("called a “disaster” and promised"); a longer quotation
    // is no part of the sentence's clauses.
    if (w && isCloseQuote(w.t)) {
      let o = k - 1;
      while (o > stop && k - o <= 4 && !isOpenQuote(toks[o]?.t ?? "") && toks[o]?.word) o--;
      if (!isOpenQuote(toks[o]?.t ?? "") || k - o > 4) return null;
      k = o;
      continue;
    }
    if (!w || !w.word) return null;
    if (w.cap) continue;
    // "…, which Trump called …": "which" and "whom" open a relative clause after a comma or a name
    // or a preposition ("outline which skills students …" asks a question).
    const p = toks[k - 1];
    if ((w.low === "which" || w.low === "whom") && !(p?.t === "," || p?.cap || isPreposition(p?.low ?? ""))) continue;
    // "ads that began by reminding …": a relative clause's subject is its antecedent. (A verb after
    // "and" there, with ADVERBIAL_OPENER, is left to the sentence's subject.)
    if (/^(?:that|which|who)$/.test(w.low) && clauseVerb(toks[k + 1])) return openers === NESTED_OPENER ? antecedent(toks, k, stop) : null;
    if (!openers.has(w.low)) continue;
    const np = clauseSubject(toks, k + 1, j);
    if (!np || np.from !== k + 1) continue;
    const v = verbAfterSubject(toks, np.to + 1, j);
    if (v < j && clauseVerb(toks[v]) && !toks[v]?.low.endsWith("ing")) return np;
  }
  return null;
}

/**
 * "…, and the union has sued the city, saying …": the subject of the nearest clause that ", and",
 * ", but", "— and" or ", while" opens before `at` (a participle's comma, "to" or "and"), when a
 * finite verb of its own follows it before `at`; else null.
 */
export function coordinatedSubject(toks: Token[], stop: number, at: number): TokRange | null {
  for (let k = at - 1; k > stop + 1; k--) {
    const t = toks[k];
    // A dash closes an aside the clause is not part of: "— and the knock on X is … — the debate will …".
    if (!t || isDash(t.t)) return null;
    // A quotation is passed whole: "proposed we “wake up” and said", and "“… came up, and it
    // appeared on TV,” said Vietor, recalling …" is no clause of the sentence's.
    if (isOpenQuote(t.t) || isCloseQuote(t.t)) {
      let o = k - 1;
      while (o > stop && !isOpenQuote(toks[o]?.t ?? "") && !isCloseQuote(toks[o]?.t ?? "")) o--;
      if (o <= stop) return null;
      k = o;
      continue;
    }
    const before = toks[k - 1];
    const p = before?.t ?? "";
    // "…, and X …", "… — and X …", "…, while X …".
    // "… charged the officer and Emanuel fired his chief, acknowledging": or "and" with no comma
    // between a lower-case word and a name.
    const named = t.low === "and" && !!before?.word && !before.cap && !!toks[k + 1]?.cap;
    const opens = ((t.low === "and" || t.low === "but") && (p === "," || isDash(p))) || (/^(?:while|whereas)$/.test(t.low) && p === ",") || named;
    if (t.t === ";" || !opens) continue;
    // "…, and then the guests arrived, saying": an adverb may open the clause.
    const np = clauseSubject(toks, k + 1, at);
    if (!np || toks.slice(k + 1, np.from).some((x) => !x.word)) return null;
    const v = verbAfterSubject(toks, np.to + 1, at);
    const verb = toks[v];
    // A clause after "while" runs up to `at` with no comma ("In a debate, while rivals called for …,
    // Trump hewed to …, noting": there "while" opened the sentence's fronted clause).
    if (t.low === "while" || t.low === "whereas") if (toks.slice(v, at).some((x) => x.t === ",")) return null;
    return v < at && clauseVerb(verb) && !verb?.low.endsWith("ing") ? np : null;
  }
  return null;
}

/**
 * "…, while Mike Huckabee, the former governor, said" (`j` at the appositive's comma) and "…, and when
 * Rubio thanked Miami and said" (`j` at "and"): a cue in a clause opened inside the sentence has
 * that clause's subject, not the sentence's. Null when no such clause runs up to the cue.
 */
export function subordinateSubject(toks: Token[], stop: number, j: number): TokRange | null {
  const appositive = toks[j]?.t === ",";
  // "when Dana Perino, a host of “The Five,” refused": an appositive may end in a quoted title
  // (its closing mark after the comma at `j`).
  let title = appositive && isCloseQuote(toks[j + 1]?.t ?? "");
  let commas = 0;
  for (let k = j - 1; k > stop; k--) {
    const w = toks[k];
    if (title && w && isOpenQuote(w.t) && commas === 0) {
      title = false;
      continue;
    }
    if (!w || w.t === ";" || w.t === ":" || isOpenQuote(w.t) || isCloseQuote(w.t)) return null;
    if (w.t === ",") {
      // The appositive's own comma is the only one the clause may hold.
      if (!appositive || ++commas > 1) return null;
      continue;
    }
    const p = toks[k - 1];
    // "a country that the former nominee, Mitt Romney, called …": an object relative clause's subject.
    const relative = appositive && !w.cap && (w.low === "that" || w.low === "which" || w.low === "whom");
    // "when", "while", "because" and the like open a clause with or without a comma before them.
    const opens = !w.cap && p && (p.t === "," || p.low === "and" || p.low === "but" || isDash(p.t) || SUBORDINATOR_ONLY.has(w.low));
    if (!relative && (!opens || !(INNER_OPENER.has(w.low) || (appositive && (w.low === "and" || w.low === "but") && p.t === ",")))) continue;
    const np = clauseSubject(toks, k + 1, j);
    // A relative clause that is itself the appositive ("…, which represents …, wants"): read on.
    if (relative && (!np || np.from !== k + 1 || toks[np.to + 1]?.t !== ",")) continue;
    if (!np || np.from !== k + 1) return null;
    if (appositive && toks[np.to + 1]?.t === "," && commas === 1) {
      // "while Mike Huckabee, the former governor, said": a name, then its appositive up to the cue.
      if (toks[np.to]?.cap) return np;
      // "when the senator, in response to a question, accused": an adverbial or a relative clause between commas.
      const aside = toks[np.to + 2];
      if (aside && !aside.cap && aside.low !== "of" && (isPreposition(aside.low) || ingWord(aside) || aside.low === "who" || aside.low === "which")) return np;
      // "that the former nominee, Mitt Romney, called": a role, then the name up to the cue.
      const name = npEndingAt(toks, j - 1, np.to + 2);
      if (name && name.from === np.to + 2 && toks[name.from]?.cap) return { from: np.from, to: name.to };
    }
    if (relative) continue;
    if (appositive) return null;
    // "when Rubio thanked Miami and said": a verb of the clause's own comes between.
    return np.to < j - 1 ? np : null;
  }
  return null;
}
