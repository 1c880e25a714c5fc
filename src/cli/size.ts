// `npm run size [-- --dir DIR] [--budget KIB]`: how much JavaScript the task pane loads, gzipped.
// Reads the built taskpane.html for the scripts loaded at start; every other script of the build that
// commands.html does not load is a chunk the pane imports on demand, listed separately.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_KIB = 350;

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Also loaded by commands.html (a chunk the ribbon command shares with the pane's lazy parts). */
  sharedWithCommands?: boolean;
}

export interface SizeReport {
  initial: ScriptSize[];
  lazy: ScriptSize[];
  initialGzipBytes: number;
  /** What the legacy pane (IE 11, EdgeHTML) loads at start: no budget, reported so growth is seen. */
  legacy: ScriptSize[];
}

/**
 * Local script URLs of a page, in order (the CDN's office.js is not ours to count): `<script src>` tags and the
 * list the inline bundle chooser loads (src/legacy-pane/choose-bundle.js) — the modern list, or the legacy one.
 */
export function pageScripts(html: string, bundle: "modern" | "legacy" = "modern"): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    const src = m[1]!;
    if (/^(https?:)?\/\//i.test(src)) continue;
    out.push(src.replace(/^\.?\//, "").split(/[?#]/)[0]!);
  }
  const chooser = /<script\b[^>]*\bid=["']?choose-bundle\b[^>]*>/i.exec(html)?.[0];
  const list = chooser ? new RegExp(`data-${bundle}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(chooser) : null;
  if (list) out.push(...(list[1] ?? list[2] ?? list[3] ?? "").split(" ").filter((f) => f !== ""));
  return out;
}

function measure(dir: string, file: string): ScriptSize {
  const data = readFileSync(path.join(dir, file));
  return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

export function sizeReport(dir: string): SizeReport {
  const page = readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const initialFiles = pageScripts(page);
  const commandsHtml = path.join(dir, "commands.html");
  const commandFiles = new Set(existsSync(commandsHtml) ? pageScripts(readFileSync(commandsHtml, "utf8")) : []);
  const initial = initialFiles.map((f) => measure(dir, f));
  const legacy = pageScripts(page, "legacy").map((f) => measure(dir, f));
  const lazy = readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !initialFiles.includes(f) && !/^commands\b/.test(f))
    .map((f) => ({ ...measure(dir, f), ...(commandFiles.has(f) ? { sharedWithCommands: true } : {}) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { initial, lazy, initialGzipBytes: initial.reduce((s, x) => s + x.gzipBytes, 0), legacy };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function main(argv: string[]): number {
  const dirAt = argv.indexOf("--dir");
  const budgetAt = argv.indexOf("--budget");
  const dir = path.resolve(dirAt >= 0 && argv[dirAt + 1] ? argv[dirAt + 1]! : "dist");
  const budget = budgetAt >= 0 ? Number(argv[budgetAt + 1]) : BUDGET_KIB;
  if (!existsSync(path.join(dir, "taskpane.html"))) {
    console.error(`Không thấy ${path.join(dir, "taskpane.html")}: hãy chạy "npm run build" trước.`);
    return 2;
  }
  const report = sizeReport(dir);
  console.log(`Task pane, loaded at start (${dir}):`);
  for (const s of report.initial) console.log(`  ${s.file.padEnd(36)} ${kib(s.bytes).padStart(11)}  gzip ${kib(s.gzipBytes).padStart(10)}`);
  console.log(`  ${"total".padEnd(36)} ${" ".repeat(11)}  gzip ${kib(report.initialGzipBytes).padStart(10)}  (budget ${budget} KiB)`);
  console.log("Loaded on demand:");
  for (const s of report.lazy) {
    const note = s.sharedWithCommands ? "  (also loaded by commands.html)" : "";
    console.log(`  ${s.file.padEnd(36)} ${kib(s.bytes).padStart(11)}  gzip ${kib(s.gzipBytes).padStart(10)}${note}`);
  }
  const groupsFile = path.join(dir, "chunk-groups.json");
  if (existsSync(groupsFile)) {
    // Inside Word the pane then reads the document's stored report and draft: the Word code and the engine.
    const groups = JSON.parse(readFileSync(groupsFile, "utf8")) as Record<string, string[]>;
    const initial = new Set(report.initial.map((s) => s.file));
    const afterStart = [...new Set([...(groups.word ?? []), ...(groups.engine ?? [])])].filter((f) => !initial.has(f));
    const gz = afterStart.map((f) => measure(dir, f)).reduce((sum, x) => sum + x.gzipBytes, 0);
    console.log(
      `Inside Word, fetched once the first screen is up (stored report and draft): ${afterStart.join(", ")} — gzip ${kib(gz)}; first screen in Word: the same ${kib(report.initialGzipBytes)} as standalone.`,
    );
  }
  if (report.legacy.length) {
    const gz = report.legacy.reduce((sum, x) => sum + x.gzipBytes, 0);
    console.log(
      `Legacy pane (Internet Explorer 11, EdgeHTML), loaded at start: ${report.legacy.map((s) => s.file).join(", ")} — gzip ${kib(gz)}.`,
    );
  }
  if (report.initialGzipBytes > budget * 1024) {
    console.error(
      `Vượt ngân sách: ${kib(report.initialGzipBytes)} > ${budget} KiB gzip. Hãy chuyển phần không cần cho màn hình đầu sang import().`,
    );
    return 1;
  }
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
