// Stage "claims": who said or claimed what — direct quotations and reported speech, in the body and in
// a title the body does not repeat — found by src/nlp/attribution.ts, with speakers resolved to the
// article's people, organisations and outlets.
import type { Draft } from "../draft.ts";
import { findAttributions } from "../nlp/attribution.ts";
import type { Found } from "../nlp/attribution-context.ts";
import { BARE_DETERMINERS } from "../lexicon/cues.ts";
import { SpeakerResolver } from "../nlp/speaker.ts";
import { sameAsTitle } from "../nlp/titles.ts";
import type { Block, Claim, Entity, Outlet, Sentence, Span } from "../types.ts";

export function claims(draft: Draft): Draft {
  const { text, body } = draft;
  const found = findAttributions(text, body.blocks, body.sentences);
  const headline = titleClaims(draft);
  if (!found.length) return { ...draft, claims: headline };
  const outlets: Outlet[] = draft.publisher ? [draft.publisher, ...draft.citedSources] : draft.citedSources;
  const quotes: Span[] = found.filter((f) => f.kind === "direct").map((f) => ({ start: f.parts[0]?.start ?? 0, end: f.parts[f.parts.length - 1]?.end ?? 0 }));
  const resolver = new SpeakerResolver({ text, people: draft.people, organizations: draft.organizations, places: draft.places, outlets, quotes });
  const out: Claim[] = [];
  const bySentence = new Map(body.sentences.map((s) => [s.start, s]));
  const made = new Map<Found, Claim>();
  for (const f of found) {
    const first = f.parts[0];
    const last = f.parts[f.parts.length - 1];
    const sentence = bySentence.get(f.at);
    if (!first || !last || !sentence) continue;
    const prev = f.continues ? made.get(f.continues) : undefined;
    const speaker = prev ? prev.speaker : resolver.resolve(f.speaker && speakerSpan(text, f.speaker), null);
    const claim: Claim = {
      id: `claim-${out.length + 1}`,
      speaker,
      cue: text.slice(f.cue.start, f.cue.end),
      kind: f.kind,
      text: joinParts(text, f),
      span: { start: first.start, end: abbreviationEnd(text, last.end) },
      sentence: sentence.index,
      sentenceSpan: { start: sentence.start, end: sentence.end },
    };
    made.set(f, claim);
    out.push(claim);
  }
  return { ...draft, claims: headline.length ? [...headline, ...out].map((c, i) => ({ ...c, id: `claim-${i + 1}` })) : out };
}

/** The title read as a one-sentence document of its own: "Mayor Says Bridge Will Open", "Okafor: The deal is dead". */
function titleClaims(draft: Draft): Claim[] {
  const title = draft.title;
  // A title derived from the body is read there.
  if (!title || draft.titleDerived || title.length > 300) return [];
  // A title that the body repeats as its first block is read there.
  if (sameAsTitle(draft.body.blocks[0]?.text ?? "", title)) return [];
  const block: Block = { index: 0, kind: "paragraph", text: title, section: 0, start: 0, end: title.length };
  const sentence: Sentence = { index: 0, block: 0, start: 0, end: title.length };
  const found = findAttributions(title, [block], [sentence]).filter((f) => !f.continues);
  if (!found.length) return [];
  // The title is no part of the text the people were found in: a name there is matched by its keys,
  // a bare surname ("Quinlan Says …") to the one person of the article who bears it.
  const lastWord = (name: string): string => name.split(/\s+/).pop() ?? "";
  const bearers = new Map<string, number>();
  for (const p of draft.people) bearers.set(lastWord(p.name).toLowerCase(), (bearers.get(lastWord(p.name).toLowerCase()) ?? 0) + 1);
  const people = draft.people.map((p) => {
    const last = lastWord(p.name);
    const own = bearers.get(last.toLowerCase()) === 1 && last !== p.name && !p.aliases.includes(last);
    return { ...p, spans: [], aliases: own ? [...p.aliases, last] : p.aliases };
  });
  const resolver = new SpeakerResolver({ text: title, people, organizations: byForms(draft.text, draft.organizations), places: byForms(draft.text, draft.places), outlets: draft.publisher ? [draft.publisher, ...draft.citedSources] : draft.citedSources, quotes: [] });
  return found.flatMap((f, i) => {
    const first = f.parts[0];
    const last = f.parts[f.parts.length - 1];
    if (!first || !last) return [];
    return [{ id: `claim-${i + 1}`, speaker: resolver.resolve(f.speaker && speakerSpan(title, f.speaker), null), cue: title.slice(f.cue.start, f.cue.end), kind: f.kind, text: joinParts(title, f), span: { start: first.start, end: last.end }, sentence: -1, sentenceSpan: { start: 0, end: title.length }, inTitle: true as const }];
  });
}

/**
 * Entities to match in a title, where their spans say nothing: each by its name, then by the other forms
 * the body writes it in, as its folded acronym ("FAO" of the Food & Agriculture Organisation), which
 * keep the entity's slug.
 */
function byForms(text: string, list: Entity[]): Entity[] {
  const out = list.map((e) => ({ ...e, spans: [] }));
  for (const e of list) {
    const forms = new Set<string>([e.name]);
    for (const s of e.spans) {
      const name = text.slice(s.start, s.end);
      if (!forms.has(name)) out.push({ ...e, name, spans: [] });
      forms.add(name);
    }
  }
  return out;
}

/**
 * The speaker as written, without a conjunction that joins it to the clause before ("…, and
 * economists have predicted"); null when what is left is only a determiner ("The focus has been
 * on …" names nobody: the claim stays, unattributed).
 */
function speakerSpan(text: string, span: Span): Span | null {
  const lead = /^(?:and|but|or|yet)\s+/i.exec(text.slice(span.start, span.end));
  const start = span.start + (lead?.[0].length ?? 0);
  const rest = text.slice(start, span.end).trim().toLowerCase();
  if (!rest || BARE_DETERMINERS.has(rest)) return null;
  // "as he’s often alleged": the pronoun without its contracted auxiliary.
  const contracted = /^(?:he|she|they|we|i|you)(?=['’](?:s|d|ll|re|ve|m)$)/.exec(rest);
  return { start, end: contracted ? start + contracted[0].length : span.end };
}

/**
 * A claim's pieces as one text. A quotation split by its attribution ("“A,” he said. “B.”") keeps an
 * ellipsis where words were left out, as a quotation must; reported speech split by an aside ("The
 * plan, she said, will fail") and pieces with only quotation marks or breaks between are joined with a space.
 */
function joinParts(text: string, f: Found): string {
  let out = "";
  f.parts.forEach((p, i) => {
    const prev = f.parts[i - 1];
    if (prev) out += f.kind === "direct" && /[\p{L}\p{N}]/u.test(text.slice(prev.end, p.start)) ? " … " : " ";
    out += text.slice(p.start, i === f.parts.length - 1 ? abbreviationEnd(text, p.end) : p.end);
  });
  return out;
}

/**
 * A claim that ends on a dotted abbreviation keeps its period: the sentence's full stop is also
 * the abbreviation's ("… the polls close at 7 p.m.", "… moved to the U.S.").
 */
function abbreviationEnd(text: string, end: number): number {
  return text[end] === "." && /(?:^|[^\p{L}.])\p{L}(?:\.\p{L})+$/u.test(text.slice(Math.max(0, end - 12), end)) ? end + 1 : end;
}
