import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { docxText, tempDir, validateDocxAgainstSchema } from "../helpers/office-consumers";
import { UNITS_KEY } from "../../src/taskpane/unit-store";
import { exampleVariant, ROOT, shot, SHOTS, type StaticServer, usePaneSession } from "../taskpane/pane-harness";

// The legacy pane, proved without Internet Explorer (none runs on Linux; README "Word 2016 and 2019"): its files
// parse as ES5 (es-check), pass no RegExp flag IE lacks, Chromium with IE 11's user agent gets it instead of the
// modern bundle, and with the ES2015+ built-ins it polyfills removed from the page it inserts and refreshes a
// report in the Word double set to WordApi 1.1 (Word 2016).

jest.setTimeout(300_000);

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const EDGE_CHROMIUM =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

/**
 * Runs in the page after the Word double and before the bundle: takes away what IE 11 lacks and the legacy
 * bundle must bring itself (core-js, unorm, text-encoding-utf-8), and the newer DOM methods it must not use.
 * Map and Set become what IE 11 has — constructors that ignore an iterable — rather than nothing (the page's
 * own tools use them). Symbol stays: native for-of in the double would break without it (IE 11 has no for-of
 * at all, so the bundle cannot depend on it — es-check proves that).
 */
function removeBuiltIns(): string[] {
  const removed: string[] = [];
  const drop = (owner: any, name: string, label: string): void => {
    if (!owner || !(name in owner)) return;
    delete owner[name];
    if (name in owner) Object.defineProperty(owner, name, { value: undefined, configurable: true, writable: true });
    removed.push(label);
  };
  const w = window as any;
  for (const g of ["Promise", "TextEncoder", "TextDecoder", "fetch", "BigInt", "queueMicrotask", "structuredClone"]) drop(w, g, g);
  for (const g of ["Map", "Set"]) {
    const Native = w[g];
    const IeLike = function (this: unknown) {
      // IE 11: `new Set([1, 2])` is an empty set (the argument is ignored).
      return Reflect.construct(Native, [], new.target ?? IeLike) as unknown;
    } as unknown as { prototype: unknown };
    IeLike.prototype = Native.prototype;
    w[g] = IeLike;
    removed.push(`${g}(iterable)`);
  }
  for (const m of ["assign", "entries", "values", "fromEntries", "getOwnPropertyDescriptors"]) drop(Object, m, `Object.${m}`);
  for (const m of ["from", "of"]) drop(Array, m, `Array.${m}`);
  for (const m of ["includes", "find", "findIndex", "fill", "flat", "flatMap", "at", "findLast", "copyWithin"])
    drop(Array.prototype, m, `Array.prototype.${m}`);
  for (const m of [
    "padStart",
    "padEnd",
    "normalize",
    "includes",
    "startsWith",
    "endsWith",
    "repeat",
    "trimStart",
    "trimEnd",
    "replaceAll",
    "at",
    "codePointAt",
  ]) {
    drop(String.prototype, m, `String.prototype.${m}`);
  }
  drop(String, "fromCodePoint", "String.fromCodePoint");
  for (const m of ["isInteger", "isFinite", "isNaN", "isSafeInteger"]) drop(Number, m, `Number.${m}`);
  for (const m of ["trunc", "sign", "log10"]) drop(Math, m, `Math.${m}`);
  for (const m of ["append", "prepend", "remove", "closest", "replaceWith", "toggleAttribute", "replaceChildren"])
    drop(Element.prototype, m, `Element.prototype.${m}`);
  for (const m of ["arrayBuffer", "text", "stream"]) drop(Blob.prototype, m, `Blob.prototype.${m}`);
  w.removedBuiltIns = removed;
  return removed;
}

let dir: string;
let server: StaticServer;
let browser: Browser;
let fakeWord: string;
const work = tempDir("sbc-legacy-");

usePaneSession((s) => ({ dir, server, browser, fakeWord } = s));

function file(name: string, text: string): string {
  const p = path.join(work, name);
  writeFileSync(p, text);
  return p;
}

interface LegacyOptions {
  userAgent: string;
  /** The Word double as office.js (WordApi 1.1, Word 2016); without it office.js is unreachable. */
  inWord?: boolean;
  stripBuiltIns?: boolean;
  storage?: Record<string, string>;
}

async function open(options: LegacyOptions): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const context = await browser.newContext({ userAgent: options.userAgent, viewport: { width: 350, height: 900 }, locale: "vi-VN" });
  const page = await context.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname.replace(/^\//, "")));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    if (!options.inWord) return route.abort("internetdisconnected");
    const body = `window.fakeWordHostOptions = { wordApi: "1.1" };\n${fakeWord}\n${options.stripBuiltIns ? `(${removeBuiltIns.toString()})();` : ""}`;
    return route.fulfill({ status: 200, contentType: "text/javascript", body });
  });
  if (options.storage) {
    await page.addInitScript((entries: Record<string, string>) => {
      for (const k of Object.keys(entries)) localStorage.setItem(k, entries[k]!);
    }, options.storage);
  }
  if (options.stripBuiltIns) {
    // The legacy bundle must wait for office.js (loaded async) before it starts, or it would run before the
    // built-ins are gone: hold it until office.js has run, as a slow CDN would.
    await page.route("**/legacy/taskpane.*.js", async (route) => {
      await page
        .waitForFunction(() => (window as any).removedBuiltIns !== undefined, undefined, { timeout: 30_000 })
        .catch(() => undefined);
      await route.continue();
    });
  }
  await page.goto(`${server.url}/taskpane.html`);
  await page.waitForSelector("body[data-ready='true']").catch((err: Error) => {
    throw new Error(`${err.message}\npage errors: ${errors.join(" | ")}`);
  });
  return { page, scripts, errors };
}

const status = (page: Page) => page.locator("#pane-status");
const alertBox = (page: Page) => page.locator("#pane-error");
const vanBan = (page: Page) => page.getByRole("textbox", { name: "Văn bản", exact: true });

test("the legacy files are ES5, with no RegExp flag IE 11 lacks", () => {
  const legacyDir = path.join(dir, "legacy");
  const files = readdirSync(legacyDir).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThanOrEqual(3);
  execFileSync(path.join(ROOT, "node_modules/.bin/es-check"), ["es5", path.join(legacyDir, "*.js")], { stdio: "pipe" });
  for (const f of files) {
    const code = readFileSync(path.join(legacyDir, f), "utf8");
    // A literal's flags are checked by es-check; a constructed RegExp's only at run time, in IE: "u", "y" and
    // "s" throw there (core-js emulates y and s, so only "u" is fatal, but none belongs in this bundle).
    expect({ f, flags: code.match(/RegExp\([^()]{0,200}?,\s*["'][gim]*[suy][gimsuy]*["']\)/g) }).toEqual({ f, flags: null });
  }
  // And the inline chooser, which runs before any bundle.
  const chooser = /<script id=["']?choose-bundle[^>]*>([\s\S]*?)<\/script>/.exec(
    readFileSync(path.join(dir, "taskpane.html"), "utf8"),
  )![1]!;
  const chooserFile = path.join(work, "chooser.js");
  writeFileSync(chooserFile, chooser);
  execFileSync(path.join(ROOT, "node_modules/.bin/es-check"), ["es5", chooserFile], { stdio: "pipe" });
});

test.each([
  ["Internet Explorer 11 (Trident)", "legacy", IE11],
  ["Edge Legacy (EdgeHTML)", "legacy", EDGE_HTML],
  ["Edge (Chromium, WebView2)", "modern", EDGE_CHROMIUM],
])("%s gets the %s bundle, and only that one", async (_name, bundle, userAgent) => {
  const { page, scripts, errors } = await open({ userAgent });
  expect(await page.getAttribute("html", "data-bundle")).toBe(bundle);
  const ours = scripts.filter((s) => !s.includes("office.js"));
  if (bundle === "legacy") {
    expect(ours.every((s) => s.startsWith("legacy/"))).toBe(true);
    await page.getByTestId("pane-mode").getByText("Bản rút gọn chỉ chạy trong Word").waitFor();
  } else {
    expect(ours.some((s) => s.startsWith("legacy/"))).toBe(false);
    await page.getByText("Đang chạy độc lập").waitFor();
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

test.each([
  ["legacy", IE11, "**/legacy/taskpane.*.js"],
  ["modern", EDGE_CHROMIUM, /\/taskpane\.[0-9a-f]{8}\.js$/],
])("when the %s bundle cannot be fetched, the page says which Word works and what to do", async (_bundle, userAgent, file) => {
  const context = await browser.newContext({ userAgent, viewport: { width: 350, height: 700 } });
  const page = await context.newPage();
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
  await page.route(file, (route) => route.abort("connectionreset"));
  await page.goto(`${server.url}/taskpane.html`);
  const message = page.locator("#start-failed[role=alert]");
  await message.waitFor({ timeout: 10_000 });
  const text = (await message.textContent()) ?? "";
  expect(text).toContain("Word 2016 trở lên");
  expect(text).toContain("Microsoft Edge, Chrome hoặc Firefox");
  expect(await page.getAttribute("body", "data-ready")).toBeNull();
  await context.close();
});

test("with the ES2015+ built-ins removed, on WordApi 1.1: load, type a figure, import a .csv table, insert, edit, refresh", async () => {
  const unit = JSON.parse(exampleVariant()).unit;
  const { page, errors } = await open({
    userAgent: IE11,
    inWord: true,
    stripBuiltIns: true,
    storage: { [UNITS_KEY]: JSON.stringify({ version: 1, units: [unit] }) },
  });
  const removed = await page.evaluate(() => (window as any).removedBuiltIns as string[]);
  expect(removed).toEqual(
    expect.arrayContaining([
      "Promise",
      "Map(iterable)",
      "Object.fromEntries",
      "String.prototype.normalize",
      "TextDecoder",
      "Element.prototype.append",
      "Blob.prototype.arrayBuffer",
    ]),
  );
  // The polyfills put the language back; the DOM methods stay gone.
  expect(
    await page.evaluate(() => [
      typeof Promise,
      new Set([1, 2]).size,
      typeof "".normalize,
      typeof TextDecoder,
      typeof (Element.prototype as any).append,
    ]),
  ).toEqual(["function", 2, "function", "function", "undefined"]);
  await page.getByTestId("pane-mode").getByText("bản rút gọn cho Word 2016, 2019").waitFor();
  await shot(page, "legacy-1-opened");

  await page.getByLabel("Tệp số liệu", { exact: true }).setInputFiles(file("dak-doa.json", exampleVariant()));
  await status(page).getByText("Đã đọc số liệu từ “dak-doa.json”.").waitFor();
  await page.getByTestId("period-labels").getByText("6 tháng đầu năm 2021 → 6 tháng cuối năm 2021").waitFor();
  expect(await vanBan(page).inputValue()).toBe("213");

  // A figure typed the way she writes it, and a table from a .csv Excel saved.
  await vanBan(page).fill("1.234");
  await vanBan(page).press("Tab");
  const csv =
    "STT,Đơn vị,Tháng 1,Tháng 2,Tháng 3,Tháng 4,Tháng 5,Tháng 6,Tổng\nI,CÁC XÃ,,,,,,,\n1,Xã Ia Băng,2,3,1,0,4,2,12\n2,Xã Glar,1,1,1,1,1,1,6\n";
  await page.getByLabel("Bảng đơn vị gửi tin, bài (.csv hoặc .xlsx)").setInputFiles(file("bang.csv", csv));
  await status(page).getByText('Đã nhập "bang.csv": 2 đơn vị trong 1 nhóm.').waitFor();
  await shot(page, "legacy-2-loaded");

  await page.evaluate(() => {
    window.fakeWordHost.user.typeParagraph("Kính gửi: Ủy ban nhân dân huyện.", "start");
    window.fakeWordHost.setCursor({ inParagraph: 0, offset: 5 });
  });
  await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
  await status(page)
    .getByText(/^Đã chèn \d+ khối vào tài liệu\./)
    .waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.paragraphTexts()[0])).toBe("Kính gửi: Ủy ban nhân dân huyện.");
  const body = await page.evaluate(() => window.fakeWordHost.bodyText());
  for (const s of ["1.234", "9.933", "Xã Ia Băng", "Xã Glar", "Kiều Thu Hương", "6 THÁNG ĐẦU NĂM 2021"]) expect(body).toContain(s);
  await shot(page, "legacy-3-inserted");

  // She edits a block in Word; a new figure is refreshed and her block kept, then overwritten when she picks it.
  await page.evaluate(() => window.fakeWordHost.user.replaceTextInContentControl("soanbaocao:text:uu-diem", "-", "- (đã sửa)"));
  await vanBan(page).fill("2.500");
  await vanBan(page).press("Tab");
  await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
  await status(page)
    .getByText(/Đã cập nhật .* Giữ nguyên 1 khối bạn đã sửa: Ưu điểm\./)
    .waitFor();
  const refreshed = await page.evaluate(() => window.fakeWordHost.bodyText());
  expect(refreshed).toContain("2.500");
  expect(refreshed).not.toContain("1.234");
  expect(refreshed).toContain("(đã sửa)");
  await page.getByRole("checkbox", { name: "Ưu điểm" }).check();
  await page.getByRole("button", { name: "Ghi đè các khối đã chọn" }).click();
  await status(page)
    .getByText(/Ghi đè 1 khối đã sửa/)
    .waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.bodyText())).not.toContain("(đã sửa)");
  await shot(page, "legacy-4-refreshed");

  // A bad data file: named, and the document is left alone.
  const before = await page.evaluate(() => window.fakeWordHost.bodyText());
  await page.getByLabel("Tệp số liệu", { exact: true }).setInputFiles(
    file(
      "bad.json",
      exampleVariant((d) => (d.metrics.van_ban = -3)),
    ),
  );
  await alertBox(page)
    .getByText(/Số liệu chưa dùng được/)
    .waitFor();
  expect(await alertBox(page).textContent()).toContain("metrics.van_ban");
  expect(await page.evaluate(() => window.fakeWordHost.bodyText())).toBe(before);

  const saved = new Uint8Array(await page.evaluate(async () => Array.from(await window.fakeWordHost.saveDocx())));
  writeFileSync(path.join(SHOTS, "legacy-document.docx"), saved);
  expect((await validateDocxAgainstSchema(saved)).errors).toBe("");
  expect(docxText(saved)).toContain("2.500");
  expect(errors).toEqual([]);
  await page.context().close();
});
