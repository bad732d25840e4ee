// URL slugs for articles, people, sources: @sindresorhus/slugify (transliterates, lower-case, dashes).
import slugifyLib from "@sindresorhus/slugify";

export function slugify(text: string): string {
  return slugifyLib(text.replace(/['’]/g, ""), { decamelize: false }) || "untitled";
}
