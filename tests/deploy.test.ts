import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { cacheControl, HASHED } from "../src/cli/serve";

// deploy/ says to IIS and nginx what `npm run serve` does (src/cli/serve.ts, tested in tests/cli/serve.test.ts):
// the same files cached for a year, the same MIME types, no X-Frame-Options. No IIS or nginx runs here, so this
// checks the files say it; docs/trien-khai.md has the curl lines that check a real server.

const ROOT = path.resolve(__dirname, "..");
const read = (p: string) => readFileSync(path.join(ROOT, p), "utf8");

describe("deploy/iis", () => {
  const webConfig = new DOMParser().parseFromString(read("deploy/iis/web.config"), "text/xml");
  const plain = read("deploy/iis/web.config.khong-url-rewrite");

  it("is well-formed XML (both variants)", () => {
    execFileSync("xmllint", [
      "--noout",
      path.join(ROOT, "deploy/iis/web.config"),
      path.join(ROOT, "deploy/iis/web.config.khong-url-rewrite"),
    ]);
  });

  it("caches for a year exactly what serve.ts does, and revalidates the rest", () => {
    const condition = Array.from(webConfig.getElementsByTagName("add")).find((a) => a.getAttribute("input") === "{REQUEST_URI}");
    expect(condition?.getAttribute("pattern")).toBe(HASHED.source);
    const action = webConfig.getElementsByTagName("action")[0];
    expect(action?.getAttribute("value")).toBe(cacheControl("taskpane.1a2b3c4d.js"));
    expect(webConfig.getElementsByTagName("clientCache")[0]?.getAttribute("cacheControlMode")).toBe("DisableCache");
    expect(plain).toContain('cacheControlMode="DisableCache"');
    expect(plain).not.toContain("<rewrite>");
  });

  it("gives .json and .map a MIME type and never sends X-Frame-Options", () => {
    const maps = Array.from(webConfig.getElementsByTagName("mimeMap")).map((m) => [
      m.getAttribute("fileExtension"),
      m.getAttribute("mimeType"),
    ]);
    expect(maps).toEqual(
      expect.arrayContaining([
        [".json", "application/json; charset=utf-8"],
        [".map", "application/json; charset=utf-8"],
      ]),
    );
    const added = Array.from(webConfig.getElementsByTagName("add")).map((a) => a.getAttribute("name"));
    expect(added).not.toContain("X-Frame-Options");
    expect(Array.from(webConfig.getElementsByTagName("remove")).map((r) => r.getAttribute("name"))).toContain("X-Frame-Options");
  });
});

describe("deploy/nginx", () => {
  const conf = read("deploy/nginx/soanbaocao.conf").replace(/#.*$/gm, "");
  it("caches the same files for a year, revalidates the rest, and types .json and .map as JSON", () => {
    expect(conf).toContain(`location ~ ${HASHED.source} {`);
    expect(conf).toContain(`add_header Cache-Control "${cacheControl("a.1a2b3c4d.js")}" always;`);
    expect(conf).toContain('add_header Cache-Control "no-cache" always;');
    expect(conf).toMatch(/application\/json\s+json map;/);
    expect(conf).not.toMatch(/X-Frame-Options/i);
  });
});

describe("deploy/catalog", () => {
  it("registers the same catalog entry from the script and the .reg file, under Office 16.0", () => {
    const ps1 = read("deploy/catalog/dang-ky-thu-muc-dung-chung.ps1");
    const reg = read("deploy/catalog/dang-ky-thu-muc-dung-chung.reg");
    const id = /\$Id = "(\{[0-9a-f-]{36}\})"/.exec(ps1)?.[1];
    expect(id).toBeDefined();
    expect(reg).toContain(`[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${id}]`);
    expect(reg).toContain(`"Id"="${id}"`);
    expect(reg).toContain('"Flags"=dword:00000001');
    expect(ps1).toContain("HKCU:\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\$Id");
    expect(reg.startsWith("Windows Registry Editor Version 5.00\r\n")).toBe(true);
  });
});
