// Comparing names as people write them: case, typographic apostrophes, a leading "the" and a
// trailing possessive do not make a different name.

export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201B`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/^the /, "")
    .replace(/'s?$/, "");
}
