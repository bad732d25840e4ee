// Comparing names as people write them: case, typographic apostrophes, a leading "the" and a
// trailing possessive do not make a different name.

// nameKey is pure and called for the same names over and over (every person alias and outlet, for
// every speaker resolved): results are memoised, the cache dropped when it passes MEMO_LIMIT.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

export function nameKey(name: string): string {
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const key = name
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201B`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/^the /, "")
    .replace(/'s?$/, "");
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, key);
  return key;
}

/** "KEVIN O'BRIEN" → "Kevin O'Brien": each word's first letter upper case, the rest lower; capitals joined by "&" ("AT&T") as written. */
export function titleCased(w: string): string {
  return w.toLowerCase().replace(/(^|[\s'’-])(\p{L}[^\s'’-]*)/gu, (_m, p: string, word: string) => p + (word.includes("&") ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)));
}
