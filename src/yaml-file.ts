// Reading YAML with the line of every node: settings files (news-archive.yaml, content/entities.yaml)
// and article front matter. js-yaml's load() keeps no positions, but it is parseEvents() followed by
// constructFromEvents(); the same events, which carry source offsets, give each node's line.
import * as yaml from "js-yaml";
import type { Message } from "./types.ts";

/** Where a YAML node sits: its 1-based line, and for a collection where each child sits. */
export interface YamlPlace {
  line: number;
  /** A sequence's items, in order. */
  items: YamlPlace[];
  /** A mapping's entries by key as written: the key's line and where its value sits. */
  entries: Map<string, { line: number; value: YamlPlace }>;
}

export interface LoadedYaml {
  /** The document as js-yaml's load() gives it (core schema); undefined when there is none (empty or only comments). */
  data: unknown;
  /** Where the document's nodes sit; null when there is no document. */
  place: YamlPlace | null;
}

/** Loads one YAML document like js-yaml's load() with the core schema, keeping each node's line. Throws YAMLException. */
export function loadYaml(text: string): LoadedYaml {
  const events = yaml.parseEvents(text, {});
  const documents = yaml.constructFromEvents(events, { source: text, schema: yaml.CORE_SCHEMA });
  if (documents.length > 1) throw new yaml.YAMLException("expected a single document, but found more (a second --- line?)");
  return { data: documents[0], place: documents.length ? placeOf(events, text) : null };
}

/**
 * The line of the node at `path` (mapping keys and sequence indexes): for a key, the line of the key.
 * When the path leads nowhere, the line of the deepest node it reached, else 1.
 */
export function lineAt(place: YamlPlace | null, path: ReadonlyArray<string | number>): number {
  let line = place?.line ?? 1;
  let at = place;
  for (const step of path) {
    if (!at) break;
    if (typeof step === "number") {
      at = at.items[step] ?? null;
      if (at) line = at.line;
    } else {
      const entry = at.entries.get(step);
      at = entry?.value ?? null;
      if (entry) line = entry.line;
    }
  }
  return line;
}

interface Frame {
  place: YamlPlace | null;
  kind: "document" | "sequence" | "mapping";
  /** In a mapping, the key read and waiting for its value (text null when the key is not a scalar). */
  key?: { text: string | null; line: number };
}

function placeOf(events: yaml.Event[], text: string): YamlPlace | null {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const first = (...offsets: number[]): number => Math.min(...offsets.filter((o) => o >= 0));
  let root: YamlPlace | null = null;
  const stack: Frame[] = [];
  const attach = (place: YamlPlace, keyText: string | null): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === "document") root ??= place;
    else if (top.kind === "sequence") top.place?.items.push(place);
    else if (!top.key) top.key = { text: keyText, line: place.line };
    else {
      if (top.key.text !== null && !top.place?.entries.has(top.key.text)) top.place?.entries.set(top.key.text, { line: top.key.line, value: place });
      top.key = undefined;
    }
  };
  const newPlace = (offset: number): YamlPlace => ({ line: lineOf(offset), items: [], entries: new Map() });
  /** Where the last node with an offset ended (for a value with none). */
  let end = 0;
  for (const event of events) {
    switch (event.type) {
      case yaml.EVENT_ID.DOCUMENT:
        stack.push({ place: null, kind: "document" });
        break;
      case yaml.EVENT_ID.SEQUENCE:
      case yaml.EVENT_ID.MAPPING: {
        const at = first(event.start, event.anchorStart, event.tagStart);
        const place = newPlace(at);
        end = Math.max(end, at);
        attach(place, null);
        stack.push({ place, kind: event.type === yaml.EVENT_ID.SEQUENCE ? "sequence" : "mapping" });
        break;
      }
      case yaml.EVENT_ID.SCALAR: {
        const at = first(event.valueStart, event.anchorStart, event.tagStart);
        if (Number.isFinite(at)) {
          attach(newPlace(at), yaml.getScalarValue(text, event));
          end = Math.max(end, event.valueEnd, at);
          break;
        }
        // An empty value ("-" alone, "key:" alone) has no offset: a sequence item is on the line
        // of its "-" (the first after what came before), a mapping's value on its key's line.
        const top = stack[stack.length - 1];
        const dash = top?.kind === "sequence" ? text.indexOf("-", end) : -1;
        const place = top?.kind === "mapping" && top.key ? { line: top.key.line, items: [], entries: new Map() } : newPlace(dash >= 0 ? dash : end);
        attach(place, yaml.getScalarValue(text, event));
        if (dash >= 0) end = dash + 1;
        break;
      }
      case yaml.EVENT_ID.ALIAS:
        attach(newPlace(event.anchorStart), null);
        break;
      case yaml.EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return root;
}

export interface YamlFile {
  /** The top-level mapping; null when the file is empty or unusable (see `messages`). */
  data: Record<string, unknown> | null;
  /** Where the file's nodes sit (see `lineAt`); null when the file is empty or malformed. */
  place: YamlPlace | null;
  messages: Message[];
  /** Adds an error (or warning) naming this file and a line. */
  problem(message: string, line: number, severity?: Message["severity"]): void;
  /** The 1-based line of the first line containing `needle` (1 when none does). */
  lineOf(needle: string): number;
  lines: string[];
}

/**
 * What to say about a YAML error and its 1-based line (lines of `text`, which js-yaml read): js-yaml's
 * reason at its mark, except for a flow collection never closed (`tags: [a, b` then more keys), which
 * js-yaml blames past it, often beyond the end, as "deficient indentation": that is reported where
 * its `[` or `{` opened.
 */
export function yamlError(error: unknown, text: string): { reason: string; line: number } {
  const open = unclosedFlow(text);
  if (open) return { reason: `unclosed '${open.char}' opened here`, line: open.line };
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error));
  return { reason, line: (mark?.line ?? 0) + 1 };
}

/**
 * The outermost flow collection (`[` or `{`) a YAML text opens and never closes, with its 1-based
 * line; null when each is closed. A bracket opens one only where a value starts (a line's start,
 * after "- ", "? " or ": ", or inside another flow collection): `title: a [b` is plain text. Quoted
 * text and comments are read past.
 */
export function unclosedFlow(text: string): { char: "[" | "{"; line: number } | null {
  const stack: Array<{ char: "[" | "{"; line: number }> = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "\n") {
      line++;
      lineStart = i + 1;
      continue;
    }
    const before = text.slice(lineStart, i);
    if (c === "#" && (i === lineStart || /\s$/.test(before))) {
      const end = text.indexOf("\n", i);
      i = (end === -1 ? text.length : end) - 1;
      continue;
    }
    const valueStart = stack.length ? /(^|[[{,:?])\s*$/.test(before.trimStart()) || /^\s*$/.test(before) : /^\s*((-|\?|[^#]*?:)\s+)*$/.test(before) && (/^\s*$/.test(before) || /\s$/.test(before));
    if ((c === "[" || c === "{") && valueStart) stack.push({ char: c, line });
    else if ((c === "]" || c === "}") && stack.length) stack.pop();
    else if ((c === '"' || c === "'") && valueStart) {
      // A quoted scalar: '' is a quote inside single quotes, \" inside double ones.
      for (i++; i < text.length; i++) {
        const q = text[i];
        if (q === "\n") {
          line++;
          lineStart = i + 1;
        } else if (c === '"' && q === "\\") i++;
        else if (q === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    }
  }
  return stack[0] ?? null;
}

/** Reads a settings file's top-level mapping, or gives one message with the line where it went wrong. */
export function readYamlMapping(text: string, file: string, origin: string, expected: string): YamlFile {
  const messages: Message[] = [];
  const lines = text.split("\n");
  const problem = (message: string, line: number, severity: Message["severity"] = "error"): void => {
    messages.push({ file, line, severity, origin, message });
  };
  const lineOf = (needle: string): number => Math.max(1, lines.findIndex((l) => l.includes(needle)) + 1);
  let loaded: LoadedYaml;
  try {
    loaded = loadYaml(text);
  } catch (error) {
    const { reason, line } = yamlError(error, text);
    problem(`malformed YAML: ${reason}`, line);
    return { data: null, place: null, messages, problem, lineOf, lines };
  }
  const { data, place } = loaded;
  if (data === null || data === undefined) return { data: null, place: null, messages, problem, lineOf, lines };
  if (typeof data !== "object" || Array.isArray(data)) {
    problem(`expected ${expected}`, place?.line ?? 1);
    return { data: null, place: null, messages, problem, lineOf, lines };
  }
  return { data: data as Record<string, unknown>, place, messages, problem, lineOf, lines };
}
