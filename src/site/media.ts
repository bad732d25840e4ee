// Images kept beside the Markdown articles: which image paths resolve to a file inside the content
// folder (planMedia, with a warning for each that does not), the stable /media/… URL each is copied
// to, and the copy itself (the edge: stageMedia and removeMedia, called by the build).
import { hash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, realpathSync, rmdirSync, rmSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve } from "node:path";
import { imagePath } from "../nlp/markdown.ts";
import type { ArticleRecord, Message } from "../types.ts";
import { type FileStamp, sameFile, stamp } from "./file-stamp.ts";

/**
 * The image files the site shows. An SVG is kept: the page shows it with <img>, which never runs
 * a script an SVG holds. Opened by its own URL it is a document of the site, and a script in it
 * would run there, so only SVGs as trusted as the articles belong in the content folder (README).
 */
const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"]);

/** One image to copy: from its file (its real path) to `path` in the output folder ("media/…"). */
export interface MediaFile {
  path: string;
  source: string;
}

export interface MediaPlan {
  /** Every image to copy, by output path (sorted). */
  files: MediaFile[];
  /** A warning for each image given by a path that the site cannot show, with its file and line. */
  messages: Message[];
  /** The URL ("/media/…") of an article's image given by a path, or null when it is not shown. */
  src(file: string, src: string): string | null;
  /** What an article's page takes from the content folder: the URL (or null) of each of its image paths. */
  key(file: string): Array<[string, string | null]>;
}

/**
 * "img/My map.png" → "media/img/My-map-<hash>.png": characters other than A-Z a-z 0-9 . _ - (and a
 * leading dot) become "-", and a name so changed gets a hash of the path, so two paths never meet.
 * `twin`: the path has a twin differing only in letter case (see spelling), and gets the hash too.
 */
export function mediaPath(rel: string, twin = false): string {
  const parts = rel.split("/");
  const safe = parts.map((p) => p.replace(/[^A-Za-z0-9._-]/g, "-").replace(/^\./, "-"));
  if (!twin && safe.every((p, i) => p === parts[i])) return `media/${rel}`;
  const name = safe.pop() ?? "";
  const dot = name.lastIndexOf(".");
  const tag = hash("sha256", rel, "hex").slice(0, 8);
  const tagged = dot > 0 ? `${name.slice(0, dot)}-${tag}${name.slice(dot)}` : `${name}-${tag}`;
  return `media/${[...safe, tagged].join("/")}`;
}

const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
};

/**
 * Where the image `src` of the article `file` (a path from the content folder) is: its path in the
 * content folder and its real path, or why it is not shown. A path starting with "/" is from the
 * content folder, any other from the article's folder. It must stay inside the content folder
 * (also once symbolic links are followed), name an image file (IMAGE_EXTENSIONS) and not sit in a
 * hidden folder.
 */
function locate(contentReal: string, file: string, src: string): { rel: string; source: string } | { problem: string } {
  const found = imageRel(file, src);
  if ("problem" in found) return found;
  const { rel } = found;
  let source: string;
  try {
    source = realpathSync(join(contentReal, rel));
  } catch {
    return { problem: `no such file in the content folder (${rel})` };
  }
  if (!inside(source, contentReal)) return { problem: "the file is a link to outside the content folder" };
  if (!IMAGE_EXTENSIONS.has(posix.extname(source).toLowerCase())) return { problem: "the file is a link to a file that is not an image" };
  try {
    if (!statSync(source).isFile()) return { problem: `not a file (${rel})` };
  } catch {
    return { problem: `no such file in the content folder (${rel})` };
  }
  return { rel, source };
}

/**
 * The path in the content folder of an image path written in the article `file` (a path in that
 * folder): from the article's folder, or from the content folder for one starting with "/"
 * (`root`); or why the site cannot show it, whatever the files there.
 */
export function imageRel(file: string, src: string): { rel: string; root: boolean } | { problem: string } {
  let path: string;
  try {
    // markdown-it percent-encodes the destination ("<my map.png>" → "my%20map.png"); a query or fragment names no file.
    path = decodeURIComponent(src.trim().replace(/[?#].*$/s, ""));
  } catch {
    return { problem: "not a valid path" };
  }
  if (!path || /[\\\0]/.test(path)) return { problem: "not a valid path" };
  const rel = posix.normalize(path.startsWith("/") ? `.${path}` : posix.join(posix.dirname(file), path));
  if (rel === ".." || rel.startsWith("../") || posix.isAbsolute(rel)) return { problem: "the path leads out of the content folder" };
  if (rel.split("/").some((p) => p.startsWith("."))) return { problem: "the file is in a hidden folder or hidden" };
  if (!IMAGE_EXTENSIONS.has(posix.extname(rel).toLowerCase())) return { problem: `not an image file (${[...IMAGE_EXTENSIONS].join(", ")})` };
  return { rel, root: path.startsWith("/") };
}

/** A folder's entry names, or none when it cannot be read. */
export type Lister = (dir: string) => readonly string[];

/**
 * `rel` (a path found in the content folder) spelt as the folder lists its parts, and whether it
 * has a twin: a path differing only in letter case. On a file system that ignores case,
 * "photo.jpg" is the file "Photo.JPG", and both are spelt "Photo.JPG" (one image, one URL). One that
 * heeds case (Linux) may hold "Photo.JPG" beside "photo.jpg", and copied to a file system that
 * ignores case (macOS, Windows) one would overwrite the other: a part with a twin in its folder
 * makes the path a twin unless that part is in lower case, so the lower-case one keeps its URL.
 */
export function spelling(contentReal: string, rel: string, list: Lister): { rel: string; twin: boolean } {
  let dir = contentReal;
  let twin = false;
  const parts: string[] = [];
  for (const part of rel.split("/")) {
    const lower = part.toLowerCase();
    const same = byLowerCase(list(dir)).get(lower) ?? [];
    const name = same.includes(part) ? part : (same[0] ?? part);
    if (same.length > 1 && name !== lower) twin = true;
    parts.push(name);
    dir = join(dir, name);
  }
  return { rel: parts.join("/"), twin };
}

/** A folder's names by their lower-case spelling, made once per listing: a folder of many articles is not filtered again for each image. */
const lowered = new WeakMap<readonly string[], Map<string, string[]>>();
function byLowerCase(names: readonly string[]): Map<string, string[]> {
  let m = lowered.get(names);
  if (!m) {
    m = new Map();
    for (const n of names) {
      const k = n.toLowerCase();
      const same = m.get(k);
      if (same) same.push(n);
      else m.set(k, [n]);
    }
    lowered.set(names, m);
  }
  return m;
}

const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/**
 * The images the articles give by a path: each found in the content folder gets its URL under
 * /media/ (from its path there, so it never changes when articles come or go; a path with a twin
 * differing only in case is tagged, see spelling) and is copied; each other is a warning. Without a content folder no path is shown (and none is warned of).
 */
export function planMedia(records: readonly ArticleRecord[], contentDir: string | undefined): MediaPlan {
  const byFile = new Map<string, Map<string, string | null>>();
  const files = new Map<string, MediaFile>();
  const messages: Message[] = [];
  const listed = new Map<string, readonly string[]>();
  const list: Lister = (dir) => {
    let names = listed.get(dir);
    if (!names) {
      try {
        names = readdirSync(dir);
      } catch {
        names = [];
      }
      listed.set(dir, names);
    }
    return names;
  };
  let contentReal: string | null = null;
  try {
    if (contentDir) contentReal = realpathSync(contentDir);
  } catch {
    contentReal = null;
  }
  if (contentReal) {
    for (const r of records) {
      const urls = new Map<string, string | null>();
      for (const b of r.body.blocks) {
        for (const m of b.marks ?? []) {
          if (m.kind !== "image" || !imagePath(m.src)) continue;
          const known = urls.get(m.src);
          if (known !== undefined && known !== null) continue;
          const found = locate(contentReal, r.file, m.src);
          if ("problem" in found) {
            urls.set(m.src, null);
            messages.push({ file: r.file, ...(m.line ? { line: m.line } : {}), severity: "warning", origin: "media", message: `image ${JSON.stringify(clip(m.src))} left out: ${found.problem}; its alt text stands in its place` });
            continue;
          }
          const spelt = spelling(contentReal, found.rel, list);
          const path = mediaPath(spelt.rel, spelt.twin);
          files.set(path, { path, source: found.source });
          urls.set(m.src, `/${path}`);
        }
      }
      if (urls.size) byFile.set(r.file, urls);
    }
  }
  return {
    files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    messages,
    src: (file, src) => byFile.get(file)?.get(src) ?? null,
    key: (file) => [...(byFile.get(file) ?? [])],
  };
}

/** What the manifest keeps of an image in the output: its source and the stamps of both files. */
export interface MediaState {
  source: string;
  from: FileStamp;
  to: FileStamp;
}

/**
 * Copies the images into `staging` (the folder the build puts in place), except, on a rebuild,
 * those `previous` says are in `output` already, from the same unchanged source and untouched
 * since. Returns, for each image copied, its source's stamp taken before the copy (see mediaState).
 */
export function stageMedia(files: readonly MediaFile[], staging: string, previous?: { output: string; media: Readonly<Record<string, MediaState>> }): Map<string, FileStamp> {
  const copied = new Map<string, FileStamp>();
  for (const f of files) {
    const was = previous?.media[f.path];
    if (previous && was && was.source === f.source && sameFile(f.source, was.from) && sameFile(join(previous.output, f.path), was.to)) continue;
    const to = join(staging, f.path);
    mkdirSync(dirname(to), { recursive: true });
    const from = stamp(f.source);
    copyFileSync(f.source, to);
    copied.set(f.path, from);
  }
  return copied;
}

/** The manifest's record of the images now in `output` (call once the build is in place). */
export function mediaState(files: readonly MediaFile[], copied: ReadonlyMap<string, FileStamp>, output: string, previous: Readonly<Record<string, MediaState>> = {}): Record<string, MediaState> {
  const out: Record<string, MediaState> = {};
  for (const f of files) {
    const from = copied.get(f.path);
    const was = previous[f.path];
    try {
      if (from) out[f.path] = { source: f.source, from, to: stamp(join(output, f.path)) };
      else if (was) out[f.path] = was;
    } catch {
      // Not in place (cannot happen after a successful build): copied again next time.
    }
  }
  return out;
}

/** Deletes from `output` the images of the previous build that this one no longer shows, with their emptied folders. */
export function removeMedia(output: string, previous: Readonly<Record<string, MediaState>>, files: readonly MediaFile[]): void {
  const now = new Set(files.map((f) => f.path));
  const root = resolve(output);
  for (const path of Object.keys(previous)) {
    if (now.has(path) || !path.startsWith("media/")) continue;
    const file = resolve(root, path);
    if (!inside(file, root)) continue;
    rmSync(file, { force: true });
    for (let dir = dirname(file); dir !== root && inside(dir, root); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
}

/** Copies every image into `output` as it is now (serve, which rebuilds the folder in place). */
export function copyMedia(files: readonly MediaFile[], output: string): void {
  stageMedia(files, output);
}
