// The claims listings: every claim (on one page, or per speaker initial), and every claim by each
// speaker and by each publisher, as lazy pages in one sorted order; and the speakers pages.
import { SPEAKER_PRONOUNS } from "../lexicon/cues.ts";
import { FUNCTION_WORDS } from "../lexicon/words.ts";
import type { ClaimRef, Speaker } from "../types.ts";
import type { LazyPage } from "./data.ts";
import type { ClaimsPage, CountedLink, LetterLink, NamedLink, SpeakerGroup, SpeakersPage } from "./model.ts";
import type { PlanContext } from "./plan-context.ts";
import { byBucket, byCountThenName, chunk, collator, href, LIMITS, lazyPage, letterLabel, letterOf, listWeight, pageHref, pageKey, pager, push } from "./plan-util.ts";
import { plural } from "./text.ts";

/** A speaker with a name of its own: resolved to an entry, or read as a group or organisation, not a bare pronoun. */
function namedSpeaker(s: Speaker): boolean {
  return s.ref !== null || (s.type !== "unknown" && !SPEAKER_PRONOUNS.has(s.name.toLowerCase()));
}

/**
 * A speaker that names nobody by itself: not resolved to a person or outlet, and one word that is a
 * pronoun or other function word in any case ("She", "I", "Her", "After"), possessive or not, or
 * that is written in lower case ("always"). It gets no speaker page, which would lump together
 * everyone so written across the archive; its claims stay on their articles and in the claims index.
 */
export function pagelessSpeaker(s: Speaker): boolean {
  // Resolved, or the claims the text names no speaker for, listed together as "(no speaker named)".
  if ((s.ref && (s.type === "person" || s.type === "outlet")) || (!s.mention && !s.ref && s.type === "unknown")) return false;
  const name = s.name.trim().replace(/['’]s?$/u, "");
  if (/\s/u.test(name)) return false;
  const low = name.toLowerCase();
  return SPEAKER_PRONOUNS.has(low) || FUNCTION_WORDS.has(low) || /^\p{Ll}/u.test(name);
}

/** The claims listings and speakers pages; `claimsBySource` holds the claims of each known publisher (./plan-sources.ts). */
export function planClaims(ctx: PlanContext, claimsBySource: ReadonlyMap<string, ClaimRef[]>): { claims: LazyPage<ClaimsPage>[]; speakers: SpeakersPage[] } {
  const { archive, meta, sourceNames, recordBySlug, speakerLink, speakerKey, claimItemOf, claimKey } = ctx;
  // Speaker names ranked once in collation order (names the collator finds equal share a rank),
  // so sorting claims compares numbers instead of collating strings again and again.
  const names = [...new Set(archive.claims.map((c) => c.speaker.name))].sort(collator.compare);
  const nameRank = new Map<string, number>();
  names.forEach((n, i) => {
    const prev = names[i - 1];
    nameRank.set(n, prev !== undefined && collator.compare(prev, n) === 0 ? (nameRank.get(prev) ?? i) : i);
  });
  // Every claim in listing order, sorted once: by speaker name, then speaker, then as they come.
  // Each listing takes its claims from this order, so no listing sorts.
  const order = new Map<string, number>(archive.claims.map((c, i) => [c.key, i]));
  const sortedClaims = archive.claims
    .map((c) => ({ c, rank: nameRank.get(c.speaker.name) ?? 0, key: speakerKey(c.speaker), at: order.get(c.key) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.at - b.at)
    .map((row) => row.c);
  const speakerNames = new Map<string, { link: NamedLink; claims: ClaimRef[]; named: boolean; page: boolean }>();
  // Speakers in the order they first occur (the order of their listings), their claims in listing order.
  for (const c of archive.claims) {
    const key = speakerKey(c.speaker);
    if (!speakerNames.has(key)) speakerNames.set(key, { link: speakerLink(c.speaker), claims: [], named: namedSpeaker(c.speaker), page: !pagelessSpeaker(c.speaker) });
  }
  for (const c of sortedClaims) speakerNames.get(speakerKey(c.speaker))?.claims.push(c);
  const sourceListings = new Map<string, ClaimRef[]>([...claimsBySource.keys()].map((slug) => [slug, []]));
  for (const c of sortedClaims) {
    const p = recordBySlug.get(c.article.slug)?.publisher;
    if (p) sourceListings.get(p.slug)?.push(c);
  }
  // Only the speakers with a page of their own (pagelessSpeaker).
  const speakerList: CountedLink[] = [...speakerNames.entries()]
    .filter(([, s]) => s.page)
    .map(([key, s]) => ({ name: s.link.name, href: href.claimsBySpeaker(key), count: s.claims.length }))
    .sort(byCountThenName);
  const namedHrefs = new Set([...speakerNames.entries()].filter(([, s]) => s.named).map(([key]) => href.claimsBySpeaker(key)));
  const sourceList: CountedLink[] = [...claimsBySource.entries()]
    .map(([slug, cs]) => ({ name: sourceNames.get(slug) ?? slug, href: href.claimsBySource(slug), count: cs.length }))
    .sort(byCountThenName);
  const claims: LazyPage<ClaimsPage>[] = [];
  // The filter offers the speakers a reader can pick out: not "they", "it" or a speaker the
  // extractor could not read (all of them stay on the speakers page).
  const topSpeakers = speakerList.filter((s) => namedHrefs.has(s.href)).slice(0, LIMITS.filterLinks);
  const topSources = sourceList.slice(0, LIMITS.filterLinks);
  /** The pages listing `list` (in listing order, see sortedClaims). */
  const claimListing = (
    base: string, heading: string, title: string, filter: ClaimsPage["filter"], list: ClaimRef[], description: string,
    letters: LetterLink[] = [], total: number = list.length,
  ): void => {
    const parts = chunk(list, LIMITS.claimsPerPage);
    parts.forEach((part, k) => {
      const url = pageHref(base, k + 1);
      const key = pageKey("claims", url, parts.length, heading, title, filter, total, description, letters,
        part.map((c) => [claimKey(c), speakerKey(c.speaker)]), filter.kind === "all" ? [topSpeakers, topSources] : null);
      claims.push(lazyPage(url, key, () => claimsPage(part, k, parts.length), listWeight(part.length)));
    });
    function claimsPage(part: ClaimRef[], k: number, pageCount: number): ClaimsPage {
      const groups: SpeakerGroup[] = [];
      let lastKey: string | null = null;
      for (const c of part) {
        const key = speakerKey(c.speaker);
        const last = groups[groups.length - 1];
        if (last && lastKey === key) last.claims.push(claimItemOf(c));
        else groups.push({ speaker: speakerLink(c.speaker), filterHref: speakerNames.get(key)?.page ? href.claimsBySpeaker(key) : null, claims: [claimItemOf(c)] });
        lastKey = key;
      }
      return {
        ...meta(pageHref(base, k + 1), `${title}${k ? ` (page ${k + 1})` : ""}`, "website", description),
        heading,
        filter,
        total,
        groups,
        letters,
        // The most-quoted speakers and sources, with counts, on the unfiltered listing only: on the
        // thousands of filtered pages they would change with every added claim (and every such
        // page would render again); those pages link to the full lists instead.
        speakers: filter.kind === "all" ? topSpeakers.map((s) => ({ ...s, current: false })) : [],
        sources: filter.kind === "all" ? topSources.map((s) => ({ ...s, current: false })) : [],
        speakersHref: "/claims/speakers/",
        allHref: "/claims/",
        pager: pager(base, k + 1, pageCount),
      };
    }
  };
  // Every claim, by speaker: on one page while they fit, else one listing per initial of the
  // speaker (/claims/a-z/g/), so that a new claim re-renders the pages of its letter only, not
  // every page after it; /claims/ then links to the letters, with their counts.
  const allDescription = `Every claim reported in the archive, by speaker: ${plural(archive.claims.length, "claim")}.`;
  if (archive.claims.length <= LIMITS.claimsPerPage) claimListing("/claims/", "Claims", "Claims", { kind: "all", name: null }, sortedClaims, allDescription);
  else {
    const byLetter = new Map<string, ClaimRef[]>();
    for (const c of sortedClaims) push(byLetter, letterOf(speakerKey(c.speaker)), c);
    const letterOrder = [...byLetter.keys()].sort(byBucket);
    const letterHref = (l: string): string => `/claims/a-z/${l}/`;
    const counted: LetterLink[] = letterOrder.map((l) => ({ label: letterLabel(l), count: byLetter.get(l)?.length ?? 0, href: letterHref(l) }));
    // Without counts on the letter pages: those would change with every claim added anywhere.
    const plain: LetterLink[] = counted.map((l) => ({ ...l, count: null }));
    claimListing("/claims/", "Claims", "Claims", { kind: "all", name: null }, [], allDescription, counted, archive.claims.length);
    for (const l of letterOrder) {
      const list = byLetter.get(l) ?? [];
      claimListing(letterHref(l), `Claims: ${letterLabel(l)}`, `Claims: ${letterLabel(l)}`, { kind: "letter", name: letterLabel(l) }, list,
        `Claims by speakers under ${letterLabel(l)}: ${plural(list.length, "claim")}.`, plain);
    }
  }
  for (const [key, s] of speakerNames) {
    if (!s.page) continue;
    claimListing(href.claimsBySpeaker(key), `Claims by ${s.link.name}`, `Claims by ${s.link.name}`, { kind: "speaker", name: s.link.name }, s.claims,
      `Claims by ${s.link.name} in the archive: ${plural(s.claims.length, "claim")}.`);
  }
  for (const [slug, list] of sourceListings) {
    const name = sourceNames.get(slug) ?? slug;
    claimListing(href.claimsBySource(slug), `Claims in articles from ${name}`, `Claims in ${name}`, { kind: "source", name }, list,
      `Claims reported in articles published by ${name}: ${plural(list.length, "claim")}.`);
  }
  const speakerChunks = chunk(speakerList, LIMITS.speakersPerPage);
  const speakers: SpeakersPage[] = speakerChunks.map((part, k) => ({
    ...meta(pageHref("/claims/speakers/", k + 1), `Speakers${k ? ` (page ${k + 1})` : ""}`, "website", "Everyone the archive reports as making a claim, most claims first."),
    heading: "Speakers",
    speakers: part,
    pager: pager("/claims/speakers/", k + 1, speakerChunks.length),
  }));
  return { claims, speakers };
}
