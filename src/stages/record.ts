// Stage "record": assembles the ArticleRecord from the finished draft: slug from the file name
// (or front matter `slug:`), content hash, word count, front matter overrides for extracted fields.
import { createHash } from "node:crypto";
import type { Draft } from "../draft.ts";
import { slugify } from "../nlp/slug.ts";
import type { ArticleRecord } from "../types.ts";
import { outlet } from "./sources.ts";

export function fileSlug(file: string): string {
  const stem = file.replace(/\\/g, "/").replace(/\.[^./]+$/, "");
  return slugify(stem.replace(/\//g, "-"));
}

export function contentHash(title: string, text: string): string {
  return createHash("sha256").update(`${title}\n\n${text}`).digest("hex");
}

export function record(draft: Draft): ArticleRecord {
  const fm = draft.frontMatter;
  const fmPeople = fm.people?.map((p) => (typeof p === "string" ? { name: p } : p));
  const entity = (name: string): ArticleRecord["organizations"][number] => ({ slug: slugify(name), name, mentions: 0, spans: [] });
  return {
    slug: fm.slug ? slugify(fm.slug) : fileSlug(draft.file),
    file: draft.file,
    hash: contentHash(draft.title, draft.text),
    title: draft.title,
    titleDerived: draft.titleDerived,
    date: draft.date,
    dateOrigin: draft.dateOrigin,
    publisher: draft.publisher,
    citedSources: fm.citedSources ? fm.citedSources.map(outlet) : draft.citedSources,
    url: fm.url ?? null,
    authors: fm.author === undefined ? [] : Array.isArray(fm.author) ? fm.author : [fm.author],
    tags: fm.tags ?? [],
    people: fmPeople
      ? fmPeople.map((p) => {
          const found = draft.people.find((x) => x.name === p.name);
          return { slug: slugify(p.name), name: p.name, aliases: p.aliases ?? found?.aliases ?? [], roles: p.roles ?? found?.roles ?? [], mentions: found?.mentions ?? 0, spans: found?.spans ?? [] };
        })
      : draft.people,
    organizations: fm.organizations ? fm.organizations.map(entity) : draft.organizations,
    places: fm.places ? fm.places.map(entity) : draft.places,
    claims: draft.claims,
    text: draft.text,
    body: draft.body,
    wordCount: draft.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    boilerplate: draft.boilerplate,
    warnings: draft.messages.filter((m) => m.severity !== "error"),
  };
}
