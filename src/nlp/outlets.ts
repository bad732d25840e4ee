// Outlet names: an outlet's name and slug, the publisher named by a front-matter field or a `Source:`
// line (a web address read as its host), the news outlets a text cites ("The Financial Times", "Reuters"),
// and whether a `Source:` line credits a chart's data instead. Used by the sources, boilerplate and record stages.
import { ORG_HEADS, ORG_NAMES } from "../lexicon/orgs.ts";
import { NOT_OUTLET_PREFIX, OUTLET_HEADS, OUTLET_NAMES } from "../lexicon/outlets.ts";
import type { Outlet } from "../types.ts";
import { slugify } from "./slug.ts";

/** The outlet of a name: the name as written, its slug without a leading "The". */
export function outlet(name: string): Outlet {
  return { name, slug: slugify(name.replace(/^the\s+/i, "")) };
}

const ADDRESS = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#]\S*)?$/i;

/** "https://www.example.com/path" → "example.com"; other text is kept as written. */
export function publisherName(value: string): string {
  const v = value.trim().replace(/[.;,]+$/, "");
  const url = ADDRESS.exec(v);
  return url?.[1] ? url[1].toLowerCase() : v;
}

/** Head words of organisations that publish no news ("… Bureau", "… Institute", "… Center"): the outlet and media heads left out. */
const CREDIT_HEADS: ReadonlySet<string> = new Set([...ORG_HEADS].filter((w) => !OUTLET_HEADS.has(w) && !["Media", "Channel", "Studios", "Group"].includes(w)));
/** Words that say a credit names data, not the article's publisher: "Census data", "staff analysis". */
const DATA_WORDS = /\b(?:data|analysis|estimates?|surveys?|figures|statistics|census|calculations|projections|polling)\b/i;

/**
 * Whether a `Source:` line's value credits the data of a chart or table to an organisation ("NATO.",
 * "U.S. Census Bureau", "Pew Research Center analysis"): a few words, no web address, no news outlet,
 * and an organisation's known name or head word, or a word for data. Such a line is not the publisher.
 */
export function isDataCredit(value: string): boolean {
  const v = value.trim().replace(/[.;,]+$/, "");
  if (!v || ADDRESS.test(v) || creditWords(v).length > 10 || findOutlets(v).length) return false;
  return DATA_WORDS.test(v) || ORG_NAMES.has(v) || creditWords(v).some((w) => ORG_NAMES.has(w) || CREDIT_HEADS.has(w));
}

/** The words of a credit, without the commas, semicolons and slashes between them. */
const creditWords = (s: string): string[] => s.split(/[\s,;/]+/).filter(Boolean);

// A run of capitalised words, optionally led by "The", e.g. "The Financial Times", "Sky News".
const CAPS_RUN = /\b(?:The\s+)?(?:[\p{Lu}][\p{L}'’&-]*|[\p{Lu}]{2,}|\d+)(?:\s+(?:[\p{Lu}][\p{L}'’&-]*|[\p{Lu}]{2,}|\d+))*/gu;

/** The outlet names in a text: capitalised runs ending in an outlet head word, or bare agency names. */
export function findOutlets(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CAPS_RUN)) {
    const name = outletIn(m[0].replace(/['’]s$/, ""));
    if (name) found.push(name);
  }
  return found;
}

/** Last words of the bare outlet names: a run ending in none of these nor a head word names no outlet. */
const OUTLET_LAST_WORDS: ReadonlySet<string> = new Set([...OUTLET_NAMES].map((n) => n.slice(n.lastIndexOf(" ") + 1)));
const SPACE = /\s/;

/** The run's last word (after its last white space), found without splitting the run. */
function lastWord(whole: string): string {
  let i = whole.length - 1;
  for (; i >= 0; i--) {
    const c = whole.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(whole.charAt(i))) break;
  }
  return whole.slice(i + 1);
}

function outletIn(whole: string): string | null {
  // Fast exit for the many runs that cannot name an outlet: every match below (a bare outlet name
  // as the run's tail, or a head word) needs the run's last word to end an outlet name or be a head.
  const end = lastWord(whole);
  if (!OUTLET_LAST_WORDS.has(end) && !OUTLET_HEADS.has(end)) return null;
  // A sentence-initial word or a preposition may lead the run: "In The Telegraph", "Yesterday BBC".
  // A possessive ("Murdoch’s Fox News", "Bush’ Press TV") or a figure followed by two or more words
  // ("14 New York Times") is not part of the outlet's name, which starts after it; a figure followed by
  // one word is ("Channel 4 News").
  let all = whole.split(/\s+/);
  const owner = all.findLastIndex((w) => /['’]s?$/.test(w));
  if (owner >= 0) all = all.slice(owner + 1);
  const figure = all.findLastIndex((w) => /^\d+$/.test(w));
  if (figure >= 0 && all.length - figure > 2) all = all.slice(figure + 1);
  const the = all.lastIndexOf("The");
  const words = the > 0 ? all.slice(the) : all;
  const run = words.join(" ");
  const bare = words[0] === "The" ? words.slice(1) : words;
  // Longest tail of the run that is a bare outlet name ("… told Reuters").
  for (let i = 0; i < bare.length; i++) {
    const tail = bare.slice(i).join(" ");
    if (OUTLET_NAMES.has(tail) || OUTLET_NAMES.has(`The ${tail}`)) return i === 0 && words[0] === "The" ? run : tail;
  }
  const last = bare[bare.length - 1] ?? "";
  if (bare.length >= 1 && OUTLET_HEADS.has(last) && !NOT_OUTLET_PREFIX.has(bare[0] ?? "")) {
    // A lone head word is an outlet only with "The": "The Telegraph", not "News".
    if (bare.length === 1 && words[0] !== "The") return null;
    if (bare.length === 1 && ["News", "Daily", "Weekly", "Network", "Radio", "Television", "TV", "Record", "Wire", "Times", "Post"].includes(last)) return null;
    return run;
  }
  return null;
}
