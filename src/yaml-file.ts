// Reading a small YAML settings file (news-archive.yaml, content/entities.yaml): the top-level
// mapping, or one message with the line where it went wrong. js-yaml keeps no positions, so
// `lineOf` finds a key's line by its text.
import * as yaml from "js-yaml";
import type { Message } from "./types.ts";

export interface YamlFile {
  /** The top-level mapping; null when the file is empty or unusable (see `messages`). */
  data: Record<string, unknown> | null;
  messages: Message[];
  /** Adds an error (or warning) naming this file and a line. */
  problem(message: string, line: number, severity?: Message["severity"]): void;
  /** The 1-based line of the first line containing `needle` (1 when none does). */
  lineOf(needle: string): number;
  lines: string[];
}

export function readYamlMapping(text: string, file: string, origin: string, expected: string): YamlFile {
  const messages: Message[] = [];
  const lines = text.split("\n");
  const problem = (message: string, line: number, severity: Message["severity"] = "error"): void => {
    messages.push({ file, line, severity, origin, message });
  };
  const lineOf = (needle: string): number => Math.max(1, lines.findIndex((l) => l.includes(needle)) + 1);
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    problem(`malformed YAML: ${(error as { reason?: string }).reason ?? String(error)}`, (mark?.line ?? 0) + 1);
    return { data: null, messages, problem, lineOf, lines };
  }
  if (data === null || data === undefined) return { data: null, messages, problem, lineOf, lines };
  if (typeof data !== "object" || Array.isArray(data)) {
    problem(`expected ${expected}`, 1);
    return { data: null, messages, problem, lineOf, lines };
  }
  return { data: data as Record<string, unknown>, messages, problem, lineOf, lines };
}
