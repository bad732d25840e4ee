// Stage "read": decodes the file's bytes to text. UTF-8 (BOM removed) when valid, otherwise
// Windows-1252 with a warning; UTF-8 once mis-decoded ("Sch√§uble") is put back with a warning;
// empty, binary and oversized files are errors that name the file and a line.
import { type Draft, report } from "../draft.ts";
import { CP1252_HIGH } from "../nlp/codepages.ts";
import { repairMojibake } from "../nlp/mojibake.ts";

/** Files larger than this are refused: no article is this long, and it would stall the build. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function read(draft: Draft): Draft {
  const { bytes } = draft;
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    report(draft, "read", "error", `file is ${mb} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB an article may be`, 1);
    return draft;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = bytes.subarray(0, nul).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    report(draft, "read", "error", "file looks binary (it contains NUL bytes), not an article", line);
    return draft;
  }
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    raw = decodeWindows1252(bytes);
    const at = firstInvalidUtf8Line(bytes);
    report(draft, "read", "warning", "not valid UTF-8: read as Windows-1252/Latin-1", at);
  }
  raw = raw.replace(/^\uFEFF/, "");
  const repaired = repairMojibake(raw);
  if (repaired.count > 0) {
    raw = repaired.text;
    const n = repaired.count === 1 ? "1 character" : `${repaired.count} characters`;
    const [from, to] = repaired.sample;
    report(draft, "read", "warning", `${n} of UTF-8 text that had been decoded as Windows-1252, Latin-1 or Mac Roman put back (the first: "${from ?? ""}" → "${to ?? ""}")`, repaired.line);
  }
  if (raw.trim() === "") {
    report(draft, "read", "error", "file is empty", 1);
    return draft;
  }
  return { ...draft, raw };
}

/** The 1-based line of the first byte sequence that is not UTF-8, so the warning points at it. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += need + 1;
  }
  return line;
}

// Node's TextDecoder treats "windows-1252" as ISO-8859-1, which turns 0x80–0x9F (curly quotes,
// dashes, €) into control characters, so that range is mapped by hand.
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charAt(b - 0x80) : String.fromCharCode(b);
  return out;
}
