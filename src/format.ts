// How messages and records read on a terminal: `file:line: severity: message (origin)`.
import type { ArticleRecord, Message } from "./types.ts";

/** `base` is the folder the message's file is relative to (e.g. "content"), shown so the path opens. */
export function formatMessage(m: Message, base?: string): string {
  const file = base && !m.file.startsWith("/") ? `${base.replace(/\/+$/, "")}/${m.file}` : m.file;
  const where = m.line !== undefined ? `${file}:${m.line}` : file;
  return `${where}: ${m.severity}: ${m.message} [${m.origin}]`;
}

export function summarise(r: ArticleRecord): string {
  const lines = [
    `${r.file}`,
    `  title:     ${r.title}${r.titleDerived ? " (derived from the lede)" : ""}`,
    `  date:      ${r.date ?? "none (undated)"}${r.dateOrigin ? ` (${r.dateOrigin})` : ""}`,
    `  publisher: ${r.publisher?.name ?? "unknown"}`,
    `  cites:     ${r.citedSources.map((s) => s.name).join(", ") || "none"}`,
    `  people:    ${r.people.map((p) => (p.roles.length ? `${p.name} (${p.roles.join("; ")})` : p.name)).join(", ") || "none"}`,
    `  orgs:      ${r.organizations.map((o) => o.name).join(", ") || "none"}`,
    `  places:    ${r.places.map((o) => o.name).join(", ") || "none"}`,
    `  claims:    ${r.claims.length}`,
    ...r.claims.map((c) => `    - ${c.speaker.name}${c.speaker.mention !== c.speaker.name ? ` ("${c.speaker.mention}")` : ""} ${c.cue} [${c.kind}]: ${c.text.length > 100 ? `${c.text.slice(0, 99)}…` : c.text}`),
    `  words:     ${r.wordCount}, boilerplate removed: ${r.boilerplate.length}`,
  ];
  return lines.join("\n");
}
