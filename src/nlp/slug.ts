// URL slugs for articles, people, sources: @sindresorhus/slugify (transliterates, lower-case, dashes).
import slugifyLib from "@sindresorhus/slugify";

// slugify is pure but costly (it builds regexes and transliterates on every call), and the same
// names (people, places, outlets) recur across thousands of articles: results are memoised. The
// cache is simply dropped when it grows past MEMO_LIMIT, which bounds memory on huge archives.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

export function slugify(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const slug = slugifyLib(text.replace(/['’]/g, ""), { decamelize: false }) || "untitled";
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, slug);
  return slug;
}
