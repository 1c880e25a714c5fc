// The production build as Word (and a browser) receive it: the pages the manifest points at
// exist and load their bundles, and the pane still opens when office.js cannot be fetched.
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BUDGET_KIB, pageScripts, sizeReport } from "../src/cli/size";
import { siteManifest } from "../build/site-manifest";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

const ROOT = path.resolve(__dirname, "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// webpack's own performance hints are allowed: they are advice about size, not a broken build.
const SIZE_HINTS = ["asset size limit", "entrypoint size limit", "webpack performance recommendations"];
// The build here is the one an IT department makes for its site (docs/trien-khai.md); the dev build, which copies
// manifest.xml as it is, is the one tests/taskpane/ drive.
const SITE = "https://baocao.example.gov.vn/soanbaocao/";
const SCHEMA = path.resolve(ROOT, "..", "shared", "schemas", "addin-manifest", "OfficeAppManifestV1_1.xsd");

let outDir = "";
let buildLog = "";

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), "soan-bao-cao-build-"));
  const webpackBin = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [webpackBin, "--mode", "production", "--env", `outputPath=${outDir}`, "--env", `url=${SITE}`],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  buildLog = `${stdout}\n${stderr}`;
}, 300_000);

afterAll(() => {
  if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
});

/** src attributes of the <script> tags, in document order (html-webpack-plugin minifies quotes away). */
function scriptTags(html: string): { src: string; attributes: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => {
    const attributes = match[1] ?? "";
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(attributes);
    return { src: src?.[1] ?? src?.[2] ?? src?.[3] ?? "", attributes };
  });
}

function page(name: string): string {
  return readFileSync(path.join(outDir, name), "utf8");
}

describe("production build", () => {
  it("finishes with no errors and no warnings beyond size hints", () => {
    const problems = [...buildLog.matchAll(/^(WARNING|ERROR) in (.*)$/gm)].filter(
      (match) => !(match[1] === "WARNING" && SIZE_HINTS.some((hint) => (match[2] ?? "").startsWith(hint))),
    );
    expect(problems.map((match) => match[0])).toEqual([]);
    expect(buildLog).toMatch(/compiled (successfully|with \d+ warnings?)/);
  });

  it.each([
    ["taskpane.html", "taskpane"],
    ["commands.html", "commands"],
  ])("%s loads its own content-hashed bundle, modern or legacy, and every script it names exists", (html, entry) => {
    const modern = pageScripts(page(html), "modern");
    const legacy = pageScripts(page(html), "legacy");
    expect(modern).toContainEqual(expect.stringMatching(new RegExp(`^${entry}\\.[0-9a-f]{8}\\.js$`)));
    expect(legacy).toEqual([expect.stringMatching(new RegExp(`^legacy/${entry}\\.[0-9a-f]{8}\\.js$`))]);
    for (const src of [...modern, ...legacy]) expect({ src, exists: existsSync(path.join(outDir, src)) }).toEqual({ src, exists: true });
    // The pages name no bundle of their own: only the chooser loads one, so IE never parses the modern code.
    expect(scriptTags(page(html)).filter((script) => script.src !== "" && script.src !== OFFICE_JS)).toEqual([]);
  });

  it("loads office.js in the task pane without blocking it, and in commands.html before the bundle", () => {
    const pane = scriptTags(page("taskpane.html")).find((script) => script.src === OFFICE_JS);
    expect(pane?.attributes).toMatch(/\basync\b/);

    const commands = page("commands.html");
    const office = scriptTags(commands).find((script) => script.src === OFFICE_JS);
    expect(office?.attributes).not.toMatch(/\b(async|defer)\b/);
    expect(commands.indexOf(OFFICE_JS)).toBeLessThan(commands.indexOf("choose-bundle"));
  });

  it("keeps the pane's first screen within budget, with the engine, zip and schema code loaded on demand", () => {
    const report = sizeReport(outDir);
    expect(report.initialGzipBytes).toBeLessThan(BUDGET_KIB * 1024);
    const initialCode = report.initial.map((s) => readFileSync(path.join(outDir, s.file), "utf8")).join("\n");
    // Signatures of zod, jszip and the report builder: none may reach the first screen.
    const lazyCode = report.lazy.map((s) => readFileSync(path.join(outDir, s.file), "utf8")).join("\n");
    const where = (signature: string) => ({ initial: initialCode.includes(signature), lazy: lazyCode.includes(signature) });
    expect(where("Invalid discriminator value")).toEqual({ initial: false, lazy: true });
    expect(where("End of data reached").initial).toBe(false);
    expect(where("nâng tổng số lượt truy cập")).toEqual({ initial: false, lazy: true });
  });

  it("ships the site's manifest: the same add-in, every URL on the site, valid against the schema", () => {
    const shipped = page("manifest.xml");
    const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(shipped).toBe(siteManifest(source, SITE));
    expect(shipped).not.toMatch(/localhost/);
    const urls = [...shipped.matchAll(/"(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) expect(url.startsWith(SITE)).toBe(true);
    expect(shipped).toContain("<AppDomain>https://baocao.example.gov.vn</AppDomain>");
    expect(shipped).toContain(`<SupportUrl DefaultValue="${SITE}help.html"/>`);
    for (const tag of ["<Id>", "<Version>", "<Permissions>"]) {
      expect(shipped.slice(shipped.indexOf(tag), shipped.indexOf(tag) + 60)).toBe(
        source.slice(source.indexOf(tag), source.indexOf(tag) + 60),
      );
    }
    const lint = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, path.join(outDir, "manifest.xml")], { encoding: "utf8" });
    expect(lint.stderr.trim()).toMatch(/validates$/);
    expect(lint.status).toBe(0);

    const icons = readdirSync(path.join(ROOT, "assets")).filter((name) => name.endsWith(".png"));
    expect(icons).toEqual(expect.arrayContaining(["icon-16.png", "icon-32.png", "icon-80.png"]));
    for (const icon of icons) {
      expect(readFileSync(path.join(outDir, "assets", icon)).equals(readFileSync(path.join(ROOT, "assets", icon)))).toBe(true);
    }
  });

  it("contains every page and image the manifest points at, the help page among them", () => {
    const urls = [...page("manifest.xml").matchAll(new RegExp(`"${SITE.replace(/[.]/g, "\\.")}([^"]+)"`, "g"))].map(
      (match) => match[1] ?? "",
    );
    expect(urls).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html", "assets/icon-16.png"]));
    for (const url of new Set(urls)) {
      expect({ url, exists: existsSync(path.join(outDir, url)) }).toEqual({ url, exists: true });
    }
    const help = page("help.html");
    expect(help).toContain("<html lang=vi>");
    expect(help).toMatch(/Bản rút gọn cho Word 2016, 2019/);
    expect(help).not.toMatch(/<script/);
  });

  it("keeps JSZip out of the ribbon command's bundle (it only refreshes; fingerprints live apart from packaging)", () => {
    const scripts = pageScripts(page("commands.html"));
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((src) => readFileSync(path.join(outDir, src), "utf8")).join("\n");
    // A string JSZip's own source carries.
    expect(code).not.toContain("The constructor with parameters has been removed in JSZip 3.0");
    // And the engine it does need is there.
    expect(code).toContain("soanbaocao:");
  });

  it("opens the task pane in a browser that cannot reach the office.js CDN", async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    try {
      const tab = await browser.newPage();
      const pageErrors: string[] = [];
      tab.on("pageerror", (error) => pageErrors.push(error.message));
      await tab.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
      await tab.goto(pathToFileURL(path.join(outDir, "taskpane.html")).href);
      await tab.getByRole("heading", { name: "Soạn báo cáo" }).waitFor();
      await tab.getByText("Đang chạy độc lập, chưa kết nối với Word.").waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
