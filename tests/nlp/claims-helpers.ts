// The claims of an invented article, in the shapes the claims tests compare: most add a closing
// sentence after the text ("The meeting ended."), the "AtEnd" forms end the body with it, the "raw"
// forms take the text as the whole file.
import { recordOf } from "../helpers.ts";

/** The article with the text as its body and one closing sentence after it. */
export const record = (text: string) => recordOf(`Harbour news\n\n${text} The meeting ended.\n`);
/** [speaker mention, cue, text] of each claim, the text followed by a closing sentence. */
export const claimsOf = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
/** The speaker mention of the claim with that cue, the text followed by a closing sentence. */
export const speakerOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.speaker.mention;
/** [speaker mention, cue, text] of each claim, the text ending the body (no sentence after it). */
export const claimsAtEnd = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue, c.text]);
/** [speaker mention, cue, kind, text] of each claim of the text taken as the whole file, its first line the title. */
export const rawClaimsWithKind = (text: string) => recordOf(text).claims.map((c) => [c.speaker.mention, c.cue, c.kind, c.text]);
/** [speaker name, speaker type, cue] of each claim, the text ending the body. */
export const speakerTypeCuesAtEnd = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.name, c.speaker.type, c.cue]);
/** The claims of the text taken as the whole file, its first line the title. */
export const rawClaims = (text: string) => recordOf(text).claims;
/** [speaker mention, cue, kind, text] of each claim, the text followed by a closing sentence. */
export const claimsWithKind = (text: string) => record(text).claims.map((c) => [c.speaker.mention, c.cue, c.kind, c.text]);
/** [speaker name, cue] of each claim, the text followed by a closing sentence. */
export const speakersOf = (text: string) => record(text).claims.map((c) => [c.speaker.name, c.cue]);
/** [speaker name, speaker type] of each claim, the text ending the body. */
export const speakerTypesAtEnd = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.name, c.speaker.type]);
/** [speaker mention, cue] of each claim, the text ending the body. */
export const mentionCuesAtEnd = (text: string) => recordOf(`Harbour news\n\n${text}\n`).claims.map((c) => [c.speaker.mention, c.cue]);
