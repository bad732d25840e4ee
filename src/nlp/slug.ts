// URL slugs for articles, people, sources: @sindresorhus/slugify (transliterates, lower-case, dashes);
// Han, Hiragana, Katakana and Hangul, which it cannot transliterate and would drop, are kept as written.
import slugifyLib from "@sindresorhus/slugify";

// slugify is pure but costly (it builds regexes and transliterates on every call), and the same
// names (people, places, outlets) recur across thousands of articles: results are memoised. The
// cache is simply dropped when it grows past MEMO_LIMIT, which bounds memory on huge archives.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/** A run of CJK letters (with their marks, the prolonged-sound mark ー and the iteration mark 々). */
const CJK_RUN = /(?:(?=[\p{L}\p{M}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}])+/gu;
const HAS_CJK = new RegExp(CJK_RUN.source, "u");

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The library's slug of an ASCII text, without its per-call setup (option objects, a Map of
 * replacements, regexes built anew, three Unicode normalisations): a tenth of its time on names and
 * file names. For ASCII the library only turns "&" into " and ", drops the diacritics "^" and "`",
 * lower-cases, joins what is no letter or digit into one dash and trims dashes at the ends
 * (tests/nlp/slug-ascii.test.ts compares the two on every ASCII character and random texts).
 */
function asciiSlug(text: string): string {
  const s = text.replace(/&/g, " and ").replace(/[\^`]/g, "").toLowerCase().replace(/[^a-z\d]+/g, "-");
  const from = s.charCodeAt(0) === 45 ? 1 : 0;
  const to = s.length > from && s.charCodeAt(s.length - 1) === 45 ? s.length - 1 : s.length;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/** The slug of one stretch of text: the library's, CJK runs kept as words of their own. */
function slugOf(text: string): string {
  if (ASCII.test(text)) return asciiSlug(text);
  if (!HAS_CJK.test(text)) return slugifyLib(text, { decamelize: false });
  const words: string[] = [];
  let from = 0;
  for (const m of text.matchAll(CJK_RUN)) {
    words.push(slugifyLib(text.slice(from, m.index), { decamelize: false }), m[0].normalize("NFC"));
    from = m.index + m[0].length;
  }
  words.push(slugifyLib(text.slice(from), { decamelize: false }));
  return words.filter(Boolean).join("-");
}

export function slugify(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const slug = slugOf(text.replace(/['’]/g, "")) || "untitled";
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, slug);
  return slug;
}
