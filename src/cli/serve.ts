import { createServer as createHttpsServer } from "node:https";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import * as path from "node:path";

// `npm run serve`: dist/ over HTTPS with the dev certificate, for a pilot on one machine or a small network
// (docs/trien-khai.md). The headers are the ones deploy/iis/web.config and deploy/nginx/soanbaocao.conf set,
// so a pilot behaves as the real site will: pages and the manifest always revalidated, hashed bundles cached
// for a year, .json and .map served as JSON, and no X-Frame-Options (Word on the web shows the pane in a frame).

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** A bundle whose name carries its content hash ("taskpane.1a2b3c4d.js"): it never changes under that name. */
export const HASHED = /\.[0-9a-f]{8}\.js(\.map)?$/;

/** The Cache-Control a file of the build gets. */
export function cacheControl(file: string): string {
  if (HASHED.test(file)) return "public, max-age=31536000, immutable";
  // Pages, manifest.xml, icons: a new version must reach Word at its next start.
  return "no-cache";
}

/** Serves the files of `dir`, read-only, nothing outside it; GET and HEAD only. */
export function staticHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = realpathSync(dir);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? "/", "https://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const wanted = path.join(root, path.normalize(urlPath === "/" ? "/taskpane.html" : urlPath));
    const file = existsSync(wanted) ? realpathSync(wanted) : wanted;
    if ((file !== root && !file.startsWith(root + path.sep)) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Không có tệp này.");
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": cacheControl(path.basename(file)),
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
}

async function main(argv: string[]): Promise<number> {
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const dir = path.resolve(option("--dir") ?? "dist");
  const port = Number(option("--port") ?? 3000);
  if (!existsSync(path.join(dir, "taskpane.html"))) {
    console.error(`Không thấy ${path.join(dir, "taskpane.html")}: hãy chạy "npm run build" trước.`);
    return 2;
  }
  const handler = staticHandler(dir);
  if (argv.includes("--http")) {
    createHttpServer(handler).listen(port, () =>
      console.log(`Đang phục vụ ${dir} tại http://localhost:${port}/ (chỉ để thử trong trình duyệt: Word cần https).`),
    );
    return 0;
  }
  let tls: { key: Buffer | string; cert: Buffer | string };
  const key = option("--key");
  const cert = option("--cert");
  if (key && cert) {
    tls = { key: readFileSync(key), cert: readFileSync(cert) };
  } else {
    try {
      const devCerts = (await import("office-addin-dev-certs")) as { getHttpsServerOptions(): Promise<{ key: Buffer; cert: Buffer }> };
      tls = await devCerts.getHttpsServerOptions();
    } catch (err) {
      console.error(
        `Không có chứng chỉ https cho máy này (${err instanceof Error ? err.message.split("\n")[0] : String(err)}). ` +
          'Chạy "npx office-addin-dev-certs install" một lần, hoặc đưa chứng chỉ của cơ quan: npm run serve -- --key khoa.pem --cert chungchi.pem.',
      );
      return 1;
    }
  }
  createHttpsServer(tls, handler).listen(port, () => console.log(`Đang phục vụ ${dir} tại https://localhost:${port}/ — Ctrl+C để dừng.`));
  return 0;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exit(code);
  });
}
