// Images given by a path in Markdown articles (src/site/media.ts): found only inside the content
// folder (no "..", no symbolic link out, image files only), copied to a stable /media/ URL under the
// path prefix, with a warning naming file and line for each left out; a rebuild copies new and
// changed images, deletes those no longer shown, and ends equal to a cold build.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaPath, planMedia, spelling } from "../../src/site/media.ts";
import type { ArticleRecord } from "../../src/types.ts";
import { recordOf } from "../helpers.ts";
import { ROOT, listFiles } from "./lib/build.ts";
import { checkLinks } from "./lib/links.ts";

const BIN = join(ROOT, "bin/news-archive.mjs");
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const GIF = Buffer.from("GIF89a\x01\x00\x01\x00", "latin1");

const write = (path: string, data: string | Buffer): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
};
const article = (file: string, body: string): ArticleRecord => recordOf(`---\ntitle: Pier works\ndate: 2022-06-01\n---\n${body}\n`, file);

describe("mediaPath", () => {
  it("keeps a safe path as it is under media/", () => {
    expect(mediaPath("harbour/img/pier.png")).toBe("media/harbour/img/pier.png");
    expect(mediaPath("Pier_2.JPG")).toBe("media/Pier_2.JPG");
  });

  it("slugs unsafe characters and then tags the name with a hash of the path, so two paths never meet", () => {
    const spaced = mediaPath("old photos/My map.gif");
    expect(spaced).toMatch(/^media\/old-photos\/My-map-[0-9a-f]{8}\.gif$/);
    expect(mediaPath("old-photos/My-map.gif")).toBe("media/old-photos/My-map.gif");
    expect(mediaPath("old photos/My+map.gif")).not.toBe(spaced);
    expect(mediaPath("a/<x>\"y'.png")).toMatch(/^media\/a\/-x--y--[0-9a-f]{8}\.png$/);
  });
});

describe("planMedia", () => {
  let dir = "";
  let content = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "news-archive-media-unit-"));
    content = join(dir, "content");
    write(join(content, "harbour/img/pier.png"), PNG);
    write(join(content, "shared/map.gif"), GIF);
    write(join(content, "harbour/notes.txt.png.txt"), "not an image");
    write(join(content, ".private/key.png"), PNG);
    write(join(dir, "secret.png"), "outside");
    write(join(content, "harbour/secret.txt"), "inside, not an image");
    symlinkSync(join(dir, "secret.png"), join(content, "harbour/out.png"));
    symlinkSync(join(content, "harbour/secret.txt"), join(content, "harbour/renamed.png"));
    symlinkSync(join(content, "harbour/img"), join(content, "harbour/pictures"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const body = [
    "![Pier](img/pier.png) ![Again](./img/pier.png?v=2) ![Root](/shared/map.gif) ![Up](../shared/map.gif)", // line 5
    "![Gone](img/gone.png) ![Escape](../../etc/passwd.png) ![Root escape](/../secret.png)", // line 6
    "![Out](out.png) ![Renamed](renamed.png) ![Text](notes.txt.png.txt) ![Hidden](/.private/key.png)", // line 7
    "![Linked folder](pictures/pier.png) ![Web](https://example.org/w.png) ![Spaced](<img/pier.png>)", // line 8
  ].join("\n");

  it("gives each image found in the content folder its /media/ URL, from the article's folder or (a leading /) the content folder", () => {
    const media = planMedia([article("harbour/pier.md", body)], content);
    const src = (s: string): string | null => media.src("harbour/pier.md", s);
    expect(["img/pier.png", "./img/pier.png?v=2", "/shared/map.gif", "../shared/map.gif", "pictures/pier.png"].map(src)).toEqual([
      "/media/harbour/img/pier.png",
      "/media/harbour/img/pier.png",
      "/media/shared/map.gif",
      "/media/shared/map.gif",
      "/media/harbour/pictures/pier.png",
    ]);
    expect(media.files.map((f) => [f.path, f.source.slice(f.source.indexOf("content/"))])).toEqual([
      ["media/harbour/img/pier.png", "content/harbour/img/pier.png"],
      ["media/harbour/pictures/pier.png", "content/harbour/img/pier.png"],
      ["media/shared/map.gif", "content/shared/map.gif"],
    ]);
    expect(src("https://example.org/w.png")).toBeNull();
  });

  it("leaves out, with a warning naming file and line, a missing file, a path or link out of the folder, a file that is no image and a hidden one", () => {
    const media = planMedia([article("harbour/pier.md", body)], content);
    for (const s of ["img/gone.png", "../../etc/passwd.png", "/../secret.png", "out.png", "renamed.png", "notes.txt.png.txt", "/.private/key.png"]) expect(media.src("harbour/pier.md", s), s).toBeNull();
    expect(media.messages.map((m) => `${m.file}:${m.line}: ${m.severity}: ${m.message.slice(0, m.message.indexOf(";"))}`)).toEqual([
      'harbour/pier.md:6: warning: image "img/gone.png" left out: no such file in the content folder (harbour/img/gone.png)',
      'harbour/pier.md:6: warning: image "../../etc/passwd.png" left out: the path leads out of the content folder',
      'harbour/pier.md:6: warning: image "/../secret.png" left out: the path leads out of the content folder',
      'harbour/pier.md:7: warning: image "out.png" left out: the file is a link to outside the content folder',
      'harbour/pier.md:7: warning: image "renamed.png" left out: the file is a link to a file that is not an image',
      'harbour/pier.md:7: warning: image "notes.txt.png.txt" left out: not an image file (.png, .jpg, .jpeg, .gif, .webp, .avif, .svg)',
      'harbour/pier.md:7: warning: image "/.private/key.png" left out: the file is in a hidden folder or hidden',
    ]);
  });

  it("keeps an image's URL when other articles come, and changes an article's key when its missing image appears", () => {
    const one = article("harbour/pier.md", "![Pier](img/pier.png) ![Later](img/later.png)");
    const before = planMedia([one], content);
    const other = article("shared/ferry.md", "![Map](map.gif) ![Same](../harbour/img/pier.png)");
    const after = planMedia([other, one], content);
    expect(after.src("harbour/pier.md", "img/pier.png")).toBe(before.src("harbour/pier.md", "img/pier.png"));
    expect(after.files.map((f) => f.path)).toEqual(["media/harbour/img/pier.png", "media/shared/map.gif"]);
    write(join(content, "harbour/img/later.png"), PNG);
    const found = planMedia([one], content);
    expect(found.src("harbour/pier.md", "img/later.png")).toBe("/media/harbour/img/later.png");
    expect(JSON.stringify(found.key("harbour/pier.md"))).not.toBe(JSON.stringify(before.key("harbour/pier.md")));
  });

  it("shows no path without a content folder", () => {
    const media = planMedia([article("harbour/pier.md", body)], undefined);
    expect([media.files, media.messages, media.src("harbour/pier.md", "img/pier.png")]).toEqual([[], [], null]);
  });
});

describe("images whose paths differ only in letter case", () => {
  let dir = "";
  let content = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "news-archive-media-case-"));
    content = join(dir, "content");
    // This file system heeds case: each of these is a file of its own.
    for (const f of ["quay/Photo.JPG", "quay/photo.jpg", "quay/PHOTO.jpg", "quay/Map.png", "Img/dock.png", "img/dock.png", "img/Crane.gif"]) write(join(content, f), PNG);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("copies them to names that differ in more than case, the lower-case one keeping its URL", () => {
    const one = article("quay/one.md", "![A](Photo.JPG) ![B](PHOTO.jpg) ![C](Map.png) ![D](/Img/dock.png) ![E](/img/Crane.gif)");
    const two = article("quay/two.md", "![A](photo.jpg) ![B](/img/dock.png)");
    const media = planMedia([one, two], content);
    const paths = media.files.map((f) => f.path);
    expect(paths).toHaveLength(7);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(7);
    // Without a twin, a path is kept as it is, capitals and all; the lower-case twin keeps its name.
    expect(["Map.png", "/img/Crane.gif"].map((s) => media.src("quay/one.md", s))).toEqual(["/media/quay/Map.png", "/media/img/Crane.gif"]);
    expect(["photo.jpg", "/img/dock.png"].map((s) => media.src("quay/two.md", s))).toEqual(["/media/quay/photo.jpg", "/media/img/dock.png"]);
    // The others are tagged with a hash of their path; a twin folder tags the files in it.
    expect(media.src("quay/one.md", "Photo.JPG")).toMatch(/^\/media\/quay\/Photo-[0-9a-f]{8}\.JPG$/);
    expect(media.src("quay/one.md", "PHOTO.jpg")).toMatch(/^\/media\/quay\/PHOTO-[0-9a-f]{8}\.jpg$/);
    expect(media.src("quay/one.md", "/Img/dock.png")).toMatch(/^\/media\/Img\/dock-[0-9a-f]{8}\.png$/);
    // Each article alone gives its images the same URLs (they depend on the content folder, not on the other articles).
    const alone = planMedia([one], content);
    expect(["Photo.JPG", "PHOTO.jpg", "Map.png", "/Img/dock.png", "/img/Crane.gif"].map((s) => alone.src("quay/one.md", s))).toEqual(
      ["Photo.JPG", "PHOTO.jpg", "Map.png", "/Img/dock.png", "/img/Crane.gif"].map((s) => media.src("quay/one.md", s)),
    );
  });

  it("spells a path as the folder lists it, so on a file system that ignores case two spellings of one file are one image", () => {
    // A folder listing as macOS gives it: the file "Photo.JPG" is found as "photo.jpg" too.
    const list = (d: string): string[] => (d === "/c" ? ["Quay"] : d === "/c/Quay" ? ["Photo.JPG", "notes.md"] : []);
    expect(spelling("/c", "quay/photo.jpg", list)).toEqual({ rel: "Quay/Photo.JPG", twin: false });
    expect(spelling("/c", "Quay/Photo.JPG", list)).toEqual({ rel: "Quay/Photo.JPG", twin: false });
    expect(mediaPath("Quay/Photo.JPG")).toBe("media/Quay/Photo.JPG");
  });
});

describe("build with images beside the articles", () => {
  let project = "";
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: project, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const site = (): string => join(project, "_site");
  const page = (): string => readFileSync(join(site(), "articles/2022-harbour-pier-works/index.html"), "utf8");
  const imgs = (): string[] => [...page().matchAll(/<img [^>]*>/g)].map((m) => m[0]);
  const media = (): string[] => (existsSync(join(site(), "media")) ? listFiles(join(site(), "media")) : []);
  let first: { code: number | null; out: string; err: string };
  let contentBefore: string[] = [];

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "news-archive-media-"));
    const content = join(project, "content");
    write(join(project, "outside.png"), "outside bytes");
    write(join(content, "2022/harbour/img/pier.png"), PNG);
    write(join(content, "shared/map.gif"), GIF);
    symlinkSync(join(project, "outside.png"), join(content, "2022/harbour/out.png"));
    write(
      join(content, "2022/harbour/pier-works.md"),
      [
        "---", "title: Pier works", "date: 2022-06-01", "---",
        "The pier reopened on Monday after two years of works.", "",
        '![The pier at dawn](img/pier.png "Dawn")', "",
        "A map ![Harbour map](/shared/map.gif) and a ![Missing photo](img/gone.png) here.", "",
        "Not shown: ![Passwd](../../../etc/passwd.png) and ![Linked out](out.png).", "",
      ].join("\n"),
    );
    contentBefore = listFiles(content);
    first = cli("build", "--pathprefix", "/news/");
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("shows the images found in the content folder at /media/ under the path prefix, the others by their alt text", () => {
    expect(first.code, first.err).toBe(0);
    expect(imgs()).toEqual([
      '<img src="/news/media/2022/harbour/img/pier.png" alt="The pier at dawn" title="Dawn" loading="lazy">',
      '<img src="/news/media/shared/map.gif" alt="Harbour map" loading="lazy">',
    ]);
    expect(page()).toContain("a Missing photo here.");
    expect(page()).toContain("Not shown: Passwd and Linked out.");
    expect(checkLinks(site(), "/news/", "http://localhost:8080/news/").problems).toEqual([]);
  });

  it("copies exactly those images, byte for byte, and writes nothing outside the output folder", () => {
    expect(media()).toEqual(["2022/harbour/img/pier.png", "shared/map.gif"]);
    expect(readFileSync(join(site(), "media/2022/harbour/img/pier.png")).equals(PNG)).toBe(true);
    expect(readFileSync(join(site(), "media/shared/map.gif")).equals(GIF)).toBe(true);
    expect(readdirSync(project).sort()).toEqual([".cache", "_site", "content", "outside.png"]);
    expect(listFiles(join(project, "content"))).toEqual(contentBefore);
    expect(readFileSync(join(project, "outside.png"), "utf8")).toBe("outside bytes");
    expect(listFiles(site()).filter((f) => /passwd|outside|out\.png/.test(f))).toEqual([]);
  });

  it("warns of each image left out with the article's file and line", () => {
    const warnings = first.err.split("\n").filter((l) => l.includes(" left out: "));
    expect(warnings.map((l) => l.slice(l.indexOf("content/"), l.indexOf(" left out")))).toEqual([
      'content/2022/harbour/pier-works.md:9: warning: image "img/gone.png"',
      'content/2022/harbour/pier-works.md:11: warning: image "../../../etc/passwd.png"',
      'content/2022/harbour/pier-works.md:11: warning: image "out.png"',
    ]);
  });

  it("on a rebuild copies a new or changed image, deletes one no longer shown, and equals a cold build", () => {
    const content = join(project, "content");
    write(join(content, "2022/harbour/img/gone.png"), PNG);
    const changed = Buffer.concat([PNG, Buffer.from("changed")]);
    write(join(content, "2022/harbour/img/pier.png"), changed);
    const md = join(content, "2022/harbour/pier-works.md");
    writeFileSync(md, readFileSync(md, "utf8").replace("![Harbour map](/shared/map.gif)", "no map"));
    const r = cli("build", "--pathprefix", "/news/");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/kept [1-9]\d* unchanged/);
    expect(media()).toEqual(["2022/harbour/img/gone.png", "2022/harbour/img/pier.png"]);
    expect(existsSync(join(site(), "media/shared"))).toBe(false);
    expect(readFileSync(join(site(), "media/2022/harbour/img/pier.png")).equals(changed)).toBe(true);
    expect(imgs().map((i) => /src="([^"]+)"/.exec(i)?.[1])).toEqual(["/news/media/2022/harbour/img/pier.png", "/news/media/2022/harbour/img/gone.png"]);
    // The same content built cold, in a fresh project.
    const fresh = mkdtempSync(join(tmpdir(), "news-archive-media-cold-"));
    try {
      cpSync(content, join(fresh, "content"), { recursive: true, verbatimSymlinks: true });
      const cold = spawnSync(process.execPath, [BIN, "build", "--pathprefix", "/news/"], { cwd: fresh, encoding: "utf8" });
      expect(cold.status, cold.stderr).toBe(0);
      const files = listFiles(site());
      expect(listFiles(join(fresh, "_site"))).toEqual(files);
      expect(files.filter((f) => f.startsWith("media/") && !readFileSync(join(site(), f)).equals(readFileSync(join(fresh, "_site", f))))).toEqual([]);
      expect(readFileSync(join(fresh, "_site/articles/2022-harbour-pier-works/index.html"), "utf8")).toBe(page());
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
