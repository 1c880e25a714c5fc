import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { sharedPaneBuildDir } from "./pane-build-dir";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { ARTIFACTS } from "../helpers/office-consumers";
import { staticHandler } from "../../src/cli/serve";

// Drives the production build of the task pane in Debian's Chromium: a webpack build into a temp folder,
// a tiny static server on 127.0.0.1, and office.js replaced by the Word test double (or refused, for the
// standalone pane). Nothing is downloaded from the network.

export const ROOT = path.resolve(__dirname, "../..");
export const EXAMPLE = path.join(ROOT, "examples/dak-doa-6-thang-2021.json");
export const SHOTS = path.join(ARTIFACTS, "taskpane");
const OFFICE_JS = "https://appsforoffice.microsoft.com/**";

/**
 * The production build (dev manifest) the browser suites drive, made once per test run and shared: the suites run
 * in parallel workers, and five builds at once (each with the legacy bundle's Babel pass) would take the two cores
 * for many minutes. The first caller builds into the run's folder (tests/global-setup.ts names it, the teardown
 * removes it); the others wait for its "done" mark. A failed build is reported to every suite.
 */
export async function buildPane(): Promise<string> {
  const shared = sharedPaneBuildDir();
  const done = path.join(shared, ".done");
  const failed = path.join(shared, ".failed");
  let mine = false;
  try {
    mkdirSync(shared);
    mine = true;
  } catch {
    mine = false;
  }
  if (mine) {
    try {
      execFileSync(
        path.join(ROOT, "node_modules/.bin/webpack"),
        ["--mode", "production", "--env", `outputPath=${path.join(shared, "dist")}`],
        {
          cwd: ROOT,
          stdio: "pipe",
          timeout: 900_000,
        },
      );
      writeFileSync(done, "");
    } catch (err) {
      const e = err as { stderr?: Buffer; message?: string };
      writeFileSync(failed, `${e.message ?? String(err)}\n${e.stderr?.toString() ?? ""}`);
      throw err;
    }
  } else {
    const started = Date.now();
    while (!existsSync(done)) {
      if (existsSync(failed)) throw new Error(`the shared pane build failed:\n${readFileSync(failed, "utf8")}`);
      if (Date.now() - started > 900_000) throw new Error(`no shared pane build in ${shared} after 15 minutes`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return path.join(shared, "dist");
}

/** The Word test double's browser entry as one script, served in place of office.js. */
export async function bundleFakeWord(): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, "tests/word/fake-word-host/browser-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` as `npm run serve` does (src/cli/serve.ts: its types, cache headers and path checks), over http;
 * `extra` maps URL paths to bodies (e.g. a data file fetched by URL).
 */
export function serveStatic(dir: string, extra: Record<string, string> = {}): Promise<StaticServer> {
  const files = staticHandler(dir);
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (extra[urlPath] !== undefined) {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end(extra[urlPath]);
      return;
    }
    files(req, res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface PaneOptions {
  /** The fake's bundle to serve as office.js; without it office.js fails to load (standalone). */
  fakeWord?: string;
  /** Entries put into localStorage before the pane starts. */
  storage?: Record<string, string>;
  /** The pane's size; Word's task pane is about 350 px wide. */
  viewport?: { width: number; height: number };
}

export interface OpenPane {
  page: Page;
  /** Milliseconds from navigation start until the pane's first screen was interactive. */
  interactiveMs: number;
}

export async function openPane(browser: Browser, baseUrl: string, options: PaneOptions = {}): Promise<OpenPane> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 900, height: 1000 },
    locale: "vi-VN",
  });
  const page = await context.newPage();
  await page.route(OFFICE_JS, (route) =>
    options.fakeWord === undefined
      ? route.abort("internetdisconnected")
      : route.fulfill({ status: 200, contentType: "text/javascript", body: options.fakeWord }),
  );
  if (options.storage) {
    // Only on the first load: a reload keeps what the pane itself stored (drafts).
    await page.addInitScript((entries: Record<string, string>) => {
      if (sessionStorage.getItem("sbc-test-seeded")) return;
      sessionStorage.setItem("sbc-test-seeded", "1");
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, options.storage);
  }
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.waitForSelector("body[data-ready='true']");
  const interactiveMs = await page.evaluate(() => performance.getEntriesByName("taskpane-interactive")[0]?.startTime ?? NaN);
  return { page, interactiveMs };
}

/** A screenshot of the step, kept under test-artifacts/taskpane/ (not committed). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

export function recordTiming(name: string, ms: number): void {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, "timing.json");
  let all: Record<string, number> = {};
  try {
    all = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  } catch {
    all = {};
  }
  all[name] = Math.round(ms);
  writeFileSync(file, JSON.stringify(all, null, 2));
}

/** A variant of the example data file: `change` edits a deep copy. */
export function exampleVariant(change: (data: Record<string, any>) => void = () => undefined): string {
  // `any`: tests reach into the JSON freely to make variants; the pane validates what comes out.
  const data = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, any>;
  change(data);
  return JSON.stringify(data, null, 2);
}

export interface PaneSession {
  /** The production build (modern and legacy bundles, dev manifest). */
  dir: string;
  server: StaticServer;
  browser: Browser;
  /** The Word double's browser bundle, to serve as office.js. */
  fakeWord: string;
}

/**
 * One suite's set-up: the build, its static server, Chromium and the Word double's bundle, made before the first
 * test and closed after the last; `take` receives them (the suites keep them in their own variables).
 */
export function usePaneSession(take: (session: PaneSession) => void): void {
  let session: PaneSession | undefined;
  // The shared build may still be running in another worker.
  beforeAll(async () => {
    const [dir, fakeWord] = await Promise.all([buildPane(), bundleFakeWord()]);
    const server = await serveStatic(dir);
    const browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
    session = { dir, server, browser, fakeWord };
    take(session);
  }, 960_000);
  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
  });
}
