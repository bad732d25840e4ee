// Lines that web pages put around a story and that are never part of it: comment forms, share
// buttons, "read more" links, syndication footers, image credits. General patterns, not per-site lists.

/** A `Source:` line (also the common misspelling `Sourse:`), capturing the named source. */
export const SOURCE_LINE = /^(?:Sour[cs]e|Via|Originally published (?:at|on|by))\s*:\s*(.+)$/i;

/** Picture agencies as their credits name them (a line of its own, or after a photo caption). */
export const PICTURE_AGENCIES = "AP|AFP|Reuters|REUTERS|EPA|Getty|Getty Images|Shutterstock|Alamy|PA|Bloomberg";

/**
 * A page label that scrapers glue to the start of an article's first line ("Story highlights Jo Blum
 * wins …", "Advertisement The council …"): the site's furniture, not the text. Only before a word
 * that starts a headline or a sentence (a capital, a figure, a quote mark), so "Advertisement spending
 * rose" is left alone. The label alone on its line is boilerplate (BOILERPLATE_LINE).
 */
export const PAGE_LABEL = /^(?:Story [Hh]ighlights|STORY HIGHLIGHTS|Advertisement|ADVERTISEMENT)(?=\s+["'“‘\p{Lu}\p{N}])/u;

export const BOILERPLATE_LINE: RegExp[] = [
  /^no votes yet\.?$/i,
  /^please wait\.*$/i,
  /^leave a (?:reply|comment)\.?$/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  // A comment form's fields and buttons (WordPress, Disqus and the like): "Name *", "Email *",
  // "Name (required)", "Mail (will not be published) (required)", "Website", "Post Comment".
  /^(?:your )?(?:name|e-?mail(?: address)?|website|comment|message)\s*\*$/i,
  /^(?:name|e-?mail|mail|website)(?:\s*\((?:required|optional|will not be published)\)){1,2}$/i,
  /^website:?$/i,
  /^save my name,? e-?mail,? and website in this browser for the next time i comment\.?$/i,
  /^(?:post|submit|add) (?:a |your )?comment$/i,
  /^cancel reply$/i,
  /^notify me of (?:follow-up comments|new comments|new posts|followup comments)\b.{0,60}$/i,
  /^you must be (?:logged|signed) in to post a comment\.?$/i,
  /^this site uses akismet to reduce spam\b.{0,120}$/i,
  /^(?:\d+\s+)?comments?\.?$/i,
  /^read more\b.{0,200}$/i,
  /^continue reading\b.{0,120}$/i,
  /^click here\b.{0,160}$/i,
  // A short call to follow a link: "Listen to the Podcast Audio: Click Here", "More reads by … Click Here!".
  /^.{0,100}\bclick here[.!]?$/i,
  /^the post .+ appeared first on .+$/i,
  /^(?:this (?:article|story|post) )?(?:was )?originally (?:published|appeared) (?:on|at|in) .{0,160}$/i,
  /^(?:featured |header |top |lead )?(?:image|photo|picture|photograph)(?: credits?| source| by| via)?\s*[:|-]\s*.{0,160}$/i,
  /^(?:featured |header |top |lead )?(?:image|photo|picture)s? (?:by|via|from|courtesy of|credit)\b.{0,160}$/i,
  /^image result for\b.{0,200}$/i,
  /^spread the word\b.{0,300}$/i,
  /^.{0,200}\blike and share this (?:article|post|story)\b.{0,200}$/i,
  /^(?:copyright\s*)?(?:©|\(c\))\s*.{0,120}$/i,
  /^(?:copyright\s*)?(?:©|\(c\))\s*\d{4}\b.*\ball rights reserved\b.*$/i,
  /^copyright\s+(?:\d{4}|©).{0,120}$/i,
  /^all rights reserved\.?$/i,
  // A promotion line ending in a share counter and its buttons: "… Share This Article Now! 56.9k SHARES SHARE ON FACEBOOK".
  /^.{0,200}\b[\d.,]+k? shares?(?: share (?:on|via) \w+)+$/i,
  /^(?:credit|photo credit|image credit)\s*[:|-].{0,160}$/i,
  /^\(?(?:photo|image)\s*:\s*[^)]{0,120}\)?$/i,
  /^(?:advertisements?|sponsored(?: content)?|ad|story highlights)$/i,
  // A flash label alone on its line, above the headline: "BREAKING!", "Breaking News:", "EXCLUSIVE".
  /^(?:breaking(?: news)?|just in|exclusive)\s*[!:.]?$/i,
  /^(?:share|tweet|pin|email|print|whatsapp|facebook|twitter|linkedin|reddit)(?:\s*(?:this|on \w+|it))?[!:.]?$/i,
  /^share (?:this|on|via)\b.{0,80}$/i,
  /^(?:like|follow) us on .{0,80}$/i,
  /^subscribe\b.{0,120}$/i,
  /^sign up for .{0,120}newsletter.{0,80}$/i,
  /^related(?: articles| posts| stories)?:?$/i,
  /^you may also like:?$/i,
  /^(?:h\/t|hat tip)\b.{0,160}$/i,
  // A post's categories and tags, however long the list and whatever separates its items:
  // "Filed under: A, B | Tagged: c, d", "Filed under: A, B Tagged: c, d", "Tags: a, b".
  /^(?:filed under:?|(?:tagged(?: with)?|tags?|categor(?:y|ies)|posted in)\s*:)\s*\S.{0,2000}$/i,
  /^comment policy:.*$/i,
  /^please adhere to our commenting policy\b.*$/i,
  /^the views expressed in this .{0,40}article are solely those of\b.*$/i,
  /^\[?(?:website|google plus|facebook|twitter|youtube|instagram)\]?\s*:\s*https?:\/\/\S+$/i,
  /^https?:\/\/\S+$/i,
  /^x{10,}$/i,
  /^(?:advertisement\s*[-–—:]?\s*)?story contin(?:ues|ued) below\.?$/i,
  /^authors?:$/i,
  /^(?:posted|published|written) by [^.!?]{1,60}(?: on [^.!?]{4,30})?$/i,
  // "Posted on by admin", "Posted on:": a post's date line whose date the scraper lost.
  /^posted(?: on)?\s*:?(?:\s+by\s+[^.!?]{1,60})?$/i,
  // A teaser of another post, cut off before its link: "… are explored.... Read More", "… under the… Continue reading →".
  /(?:\.\.\.|…)\s*\[?(?:read more|continue reading)\]?\s*[»→>]?$/i,
  // A short photo credit line: "Jane Doe/The Daily Example via AP Photo", "Getty Images".
  new RegExp(`^(?=.{0,100}$)(?:.*?(?:\\/|\\bvia |\\())?(?:${PICTURE_AGENCIES})(?: Photos?| Images| Wire)?\\)?$`),
  /^[-=_*~•·]{3,}$/,
];

/**
 * Literals (lower case) a line must contain for the costly patterns above to match: those that
 * start `^.{0,200}\b` try up to 200 starting points on every paragraph of every article. A line
 * without one of its literals cannot match (the patterns are ASCII and /i, so only ASCII letters
 * of either case match them, and lower-casing keeps those), so the regex is skipped.
 */
const NEEDS_LITERAL: ReadonlyMap<string, readonly string[]> = new Map([
  ["^.{0,200}\\blike and share this (?:article|post|story)\\b.{0,200}$", ["like and share this "]],
  ["^.{0,200}\\b[\\d.,]+k? shares?(?: share (?:on|via) \\w+)+$", [" share on ", " share via "]],
  ["(?:\\.\\.\\.|…)\\s*\\[?(?:read more|continue reading)\\]?\\s*[»→>]?$", ["read more", "continue reading"]],
  ["^.{0,100}\\bclick here[.!]?$", ["click here"]],
]);
const GUARDED: ReadonlyArray<readonly [RegExp, readonly string[] | undefined]> = BOILERPLATE_LINE.map((re) => [re, NEEDS_LITERAL.get(re.source)]);

/** Whether one of BOILERPLATE_LINE matches the line (the same answer as testing each in turn). */
export function isBoilerplateLine(line: string): boolean {
  let lower: string | null = null;
  for (const [re, literals] of GUARDED) {
    if (literals) {
      lower ??= line.toLowerCase();
      const l = lower;
      if (!literals.some((x) => l.includes(x))) continue;
    }
    if (re.test(line)) return true;
  }
  return false;
}

/** "1,234 Shares", "Shares 12", "0 Comments 12 Shares": counters from share widgets. */
export function isShareCounter(line: string): boolean {
  return /^(?:[\d.,]+k?\s+(?:shares?|views?|comments?|likes?|reads?)\s*){1,4}(?:share this(?: story| article| post)?|(?:\s*(?:share|tweet|pin|email|print))+)?$/i.test(line)
    || /^(?:shares?|views?|likes?)\s*[\d.,]+k?$/i.test(line);
}

// ---- The site's own lines: news-archive.yaml's `boilerplate` setting ----

/** How a line is compared with the setting's exact entries: Unicode NFC, white space collapsed, trimmed. */
export function collapseLine(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** An entry written `/…/` or `/…/flags`: a regular expression (only the i flag is allowed). */
const REGEX_ENTRY = /^\/(.+)\/([a-z]*)$/s;

/** One entry of the setting: an exact line, a regular expression, or why it is neither. */
export type SiteLineEntry = { exact: string } | { regex: RegExp } | { problem: string };

export function parseSiteLine(entry: string): SiteLineEntry {
  const written = REGEX_ENTRY.exec(entry.trim());
  if (!written) {
    const exact = collapseLine(entry);
    return exact ? { exact } : { problem: "an empty line" };
  }
  const [, source = "", flags = ""] = written;
  if (flags !== "" && flags !== "i") return { problem: `/${source}/${flags}: only the i flag is allowed (/…/ or /…/i)` };
  try {
    return { regex: new RegExp(source, `${flags}u`) };
  } catch (error) {
    const why = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
    return { problem: `/${source}/${flags} is not a valid regular expression: ${why}` };
  }
}

export type SiteLineMatcher = (line: string) => boolean;

/**
 * Whether a line is one of the setting's entries (null when none is valid): equal (after
 * collapseLine) to an exact entry, or matched anywhere by a regular expression (tested on the
 * line after collapseLine). Invalid entries (reported by the config) match nothing.
 */
export function siteLineMatcher(entries: readonly string[]): SiteLineMatcher | null {
  const exact = new Set<string>();
  const regexes: RegExp[] = [];
  for (const entry of entries) {
    const parsed = parseSiteLine(entry);
    if ("exact" in parsed) exact.add(parsed.exact);
    else if ("regex" in parsed) regexes.push(parsed.regex);
  }
  if (!exact.size && !regexes.length) return null;
  return (line) => {
    const collapsed = collapseLine(line);
    return exact.has(collapsed) || regexes.some((re) => re.test(collapsed));
  };
}
