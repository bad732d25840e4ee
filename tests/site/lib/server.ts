// A tiny static file server for tests: serves a built site on 127.0.0.1 (random port) under its
// path prefix, with no injected scripts. 404.html for anything missing, like a real host.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** Site root URL, e.g. http://127.0.0.1:41234/news/ */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, pathPrefix = "/"): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send404 = (): void => {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      createReadStream(join(dir, "404.html")).pipe(res);
    };
    if (!path.startsWith(pathPrefix)) return send404();
    const rel = normalize(path.slice(pathPrefix.length)).replace(/^(\.\.[/\\])+/, "");
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: `${path}/` });
        res.end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!file.startsWith(dir) || !existsSync(file)) return send404();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
