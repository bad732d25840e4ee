// /data/archive.json written piece by piece: at tens of thousands of articles the document is
// larger than the longest string V8 can hold, so it is never built as one string. The bytes are
// exactly those of JSON.stringify(value, null, 1) followed by a newline.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";

const FLUSH_AT = 1 << 20;

/** Writes `JSON.stringify(value, null, 1) + "\n"` to `path`, one array element at a time. */
export function writeJsonDocument(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  try {
    let buffer: string[] = [];
    let size = 0;
    const out = (s: string): void => {
      buffer.push(s);
      size += s.length;
      if (size >= FLUSH_AT) flush();
    };
    const flush = (): void => {
      if (buffer.length) writeSync(fd, buffer.join(""));
      buffer = [];
      size = 0;
    };
    writeValue(value, 0, out);
    out("\n");
    flush();
  } finally {
    closeSync(fd);
  }
}

/** Pieces of JSON.stringify(value, null, 1) at nesting `depth`, with its first line unindented. */
export function writeValue(value: unknown, depth: number, out: (s: string) => void): void {
  const pad = (d: number): string => " ".repeat(d);
  if (Array.isArray(value)) {
    if (!value.length) return out("[]");
    out("[");
    value.forEach((v, i) => {
      out(`${i ? "," : ""}\n${pad(depth + 1)}`);
      // Like JSON.stringify: undefined, functions and symbols in arrays become null.
      if (v === undefined || typeof v === "function" || typeof v === "symbol") out("null");
      else if (depth === 0) writeValue(v, depth + 1, out);
      // Deeper elements (one record each) are small: stringified whole, re-indented.
      else out(JSON.stringify(v, null, 1).replace(/\n/g, `\n${pad(depth + 1)}`));
    });
    return out(`\n${pad(depth)}]`);
  }
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
    if (!entries.length) return out("{}");
    out("{");
    entries.forEach(([k, v], i) => {
      out(`${i ? "," : ""}\n${pad(depth + 1)}${JSON.stringify(k)}: `);
      writeValue(v, depth + 1, out);
    });
    return out(`\n${pad(depth)}}`);
  }
  // Scalars (and objects with toJSON): small, so JSON.stringify does them, re-indented.
  const s = JSON.stringify(value, null, 1) ?? "null";
  out(depth ? s.replace(/\n/g, `\n${pad(depth)}`) : s);
}
