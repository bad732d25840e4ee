// A file's inode, size and modification time: how a build tells that a file it wrote is still as
// it left it (pages kept by a rebuild, open data copied from), like git's index.
import { statSync } from "node:fs";

export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

export function stamp(path: string): FileStamp {
  const st = statSync(path);
  return { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
}

/** Whether `path` still has the stamp it had (false when it is gone). */
export function sameFile(path: string, was: FileStamp): boolean {
  try {
    const now = stamp(path);
    return now.ino === was.ino && now.size === was.size && now.mtimeMs === was.mtimeMs;
  } catch {
    return false;
  }
}
