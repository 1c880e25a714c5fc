import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import JSZip from "jszip";

// Real consumers of the generated documents: xmllint with the ECMA-376 schemas, LibreOffice, poppler.

export const SHARED = path.resolve(__dirname, "../../../shared");
export const WML_XSD = path.join(SHARED, "schemas/ooxml/wml.xsd");
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

export function tempDir(prefix = "sbc-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Unpacks a .docx into a temp folder and returns the folder and the part names. */
export async function unpackDocx(bytes: Uint8Array): Promise<{ dir: string; parts: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const dir = tempDir("sbc-docx-");
  const parts: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await entry.async("uint8array"));
    parts.push(name);
  }
  return { dir, parts };
}

/** Root parts that wml.xsd describes: document, styles, settings, numbering, headers, footers. */
export function wordprocessingParts(parts: readonly string[]): string[] {
  return parts.filter((p) => /^word\/(document|styles|settings|numbering|header\d*|footer\d*)\.xml$/.test(p));
}

/** Validates files against wml.xsd; returns xmllint's complaints (empty when all are valid). */
export function xmllintErrors(files: readonly string[]): string {
  const r = spawnSync("xmllint", ["--noout", "--schema", WML_XSD, ...files], { encoding: "utf8" });
  if (r.error) throw r.error;
  return r.status === 0 ? "" : r.stderr;
}

export async function validateDocxAgainstSchema(bytes: Uint8Array): Promise<{ checked: string[]; errors: string }> {
  const { dir, parts } = await unpackDocx(bytes);
  const checked = wordprocessingParts(parts);
  return { checked, errors: xmllintErrors(checked.map((p) => path.join(dir, p))) };
}

let profile: string | undefined;

/** Converts with LibreOffice headless; each Jest worker has its own profile so runs never share a lock. */
export function sofficeConvert(inputFile: string, format: "txt:Text" | "pdf" | "fodt" | "docx", outDir: string): string {
  return sofficeConvertAll([inputFile], format, outDir)[0]!;
}

/** Converts several files of one kind in one LibreOffice start (a start costs seconds). */
export function sofficeConvertAll(inputFiles: readonly string[], format: "txt:Text" | "pdf" | "fodt" | "docx", outDir: string): string[] {
  profile ??= tempDir("sbc-lo-profile-");
  // A .txt is read as UTF-8 with LF line ends (LibreOffice would otherwise guess the encoding).
  const input = inputFiles[0]?.endsWith(".txt") ? ["--infilter=Text (encoded):UTF8,LF,,,"] : [];
  const target = format === "docx" ? "docx:MS Word 2007 XML" : format;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", ...input, "--convert-to", target, "--outdir", outDir, ...inputFiles],
    {
      stdio: "pipe",
      timeout: 120_000 + 10_000 * inputFiles.length,
    },
  );
  const ext = format === "pdf" ? ".pdf" : format === "fodt" ? ".fodt" : format === "docx" ? ".docx" : ".txt";
  return inputFiles.map((inputFile) => {
    const out = path.join(outDir, path.basename(inputFile).replace(/\.[^.]+$/, ext));
    if (!existsSync(out)) throw new Error(`LibreOffice không tạo ra ${out}`);
    return out;
  });
}

export function docxText(bytes: Uint8Array, name = "report.docx"): string {
  const dir = tempDir("sbc-lo-");
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return readFileSync(sofficeConvert(file, "txt:Text", dir), "utf8");
}

export function pdfInfo(pdf: string): Record<string, string> {
  const out = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Object.fromEntries(
    out
      .split("\n")
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]),
  );
}

export function pdfFonts(pdf: string): string[] {
  const out = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
  return out
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
}

/** Each page's size in points, "595.3 x 841.9" style, from poppler. */
export function pdfPageSizes(pdf: string): Array<{ width: number; height: number }> {
  const pages = Number(pdfInfo(pdf).Pages);
  const out = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export const isPortraitA4 = (p: { width: number; height: number }) => Math.round(p.width) === 595 && Math.round(p.height) === 842;
export const isLandscapeA4 = (p: { width: number; height: number }) => Math.round(p.width) === 842 && Math.round(p.height) === 595;

/** Text of one page of a PDF, with its layout kept. */
export function pdfPageText(pdf: string, page: number): string {
  return execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
}

/** Renders a page to PNG under test-artifacts/ for a human look (not committed). */
export function renderPagePng(pdf: string, page: number, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const prefix = path.join(ARTIFACTS, name);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  return prefix + ".png";
}

export interface PdfWord {
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a page with its box in points (poppler's pdftotext -bbox): heights follow font sizes. */
export function pdfWords(pdf: string, page: number): PdfWord[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[5]!
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"'),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}
