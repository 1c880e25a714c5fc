import { createServer, type Server } from "node:http";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { staticHandler } from "../../src/cli/serve";
import { tempDir } from "../helpers/office-consumers";

// `npm run serve` answers as the real site should (deploy/): what Word caches and for how long, the types it
// needs, and nothing outside dist/. TLS itself is office-addin-dev-certs' certificate and Node's https.

let server: Server;
let base = "";
const outside = tempDir("sbc-serve-outside-");
const dist = tempDir("sbc-serve-dist-");

beforeAll(async () => {
  writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>x</title>");
  writeFileSync(path.join(dist, "manifest.xml"), "<OfficeApp/>");
  writeFileSync(path.join(dist, "taskpane.1a2b3c4d.js"), "void 0;");
  writeFileSync(path.join(dist, "taskpane.1a2b3c4d.js.map"), "{}");
  mkdirSync(path.join(dist, "legacy"));
  writeFileSync(path.join(dist, "legacy", "taskpane.9f8e7d6c.js"), "void 0;");
  writeFileSync(path.join(outside, "secret.txt"), "bí mật");
  symlinkSync(path.join(outside, "secret.txt"), path.join(dist, "link.txt"));
  server = createServer(staticHandler(dist));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

test.each([
  ["/taskpane.html", "text/html; charset=utf-8", "no-cache"],
  ["/", "text/html; charset=utf-8", "no-cache"],
  ["/manifest.xml", "application/xml; charset=utf-8", "no-cache"],
  ["/taskpane.1a2b3c4d.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"],
  ["/legacy/taskpane.9f8e7d6c.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"],
  ["/taskpane.1a2b3c4d.js.map", "application/json; charset=utf-8", "public, max-age=31536000, immutable"],
])("%s is served as %s with Cache-Control %s, and may be framed", async (url, type, cache) => {
  const res = await fetch(base + url);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(type);
  expect(res.headers.get("cache-control")).toBe(cache);
  expect(res.headers.get("x-frame-options")).toBeNull();
});

test.each(["/../" + path.basename(outside) + "/secret.txt", "/%2e%2e/%2e%2e/etc/passwd", "/link.txt", "/khong-co.js", "/legacy"])(
  "refuses %s",
  async (url) => {
    const res = await fetch(base + url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("bí mật");
  },
);

test("answers only GET and HEAD", async () => {
  expect((await fetch(`${base}/taskpane.html`, { method: "POST", body: "x" })).status).toBe(405);
  const head = await fetch(`${base}/taskpane.html`, { method: "HEAD" });
  expect(head.status).toBe(200);
  expect(await head.text()).toBe("");
});
