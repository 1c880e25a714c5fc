import Papa from "papaparse";
import { scanCentralDirectory, type ZipLimits } from "../prior-report/safe-zip";
import type { Cell } from "./contributor-sheet";
import { decodeTextFile } from "../text-decoding";

// The cells of a pasted block, a .csv or an .xlsx. Pasted text and .csv are parsed by papaparse (quotes, embedded
// tabs and line breaks as Excel writes them); .xlsx by read-excel-file, loaded only when one is picked, after the
// file's size and its zip directory are checked: a spreadsheet is untrusted input like a .docx.

export class SpreadsheetError extends Error {}

const MiB = 1024 * 1024;
export const SHEET_LIMITS = { maxBytes: 5 * MiB, maxRows: 5000, maxColumns: 60 };
const XLSX_ZIP: ZipLimits = { maxBytes: 5 * MiB, maxEntries: 500, maxPartBytes: 30 * MiB, maxTotalInflated: 60 * MiB };

function limitRows(rows: Cell[][]): Cell[][] {
  if (rows.length > SHEET_LIMITS.maxRows) {
    throw new SpreadsheetError(`bảng có ${rows.length} hàng, quá giới hạn ${SHEET_LIMITS.maxRows} — hãy chỉ chép phần bảng đơn vị.`);
  }
  return rows.map((r) => r.slice(0, SHEET_LIMITS.maxColumns));
}

/** Cells copied from Excel or LibreOffice: tab-separated lines (quoted where a cell has a tab or line break). */
export function cellsOfPastedText(textValue: string): Cell[][] {
  const parsed = Papa.parse<string[]>(textValue.replace(/\r\n?/g, "\n").replace(/\n$/, ""), { delimiter: "\t", skipEmptyLines: false });
  return limitRows(parsed.data);
}

/** Whether pasted text looks like cells (a tab, or several lines) rather than a word typed into one cell. */
export function looksLikeCells(textValue: string): boolean {
  return textValue.includes("\t") || textValue.trim().includes("\n");
}

function decodeCsv(bytes: Uint8Array): string {
  try {
    return decodeTextFile(bytes);
  } catch {
    throw new SpreadsheetError('tệp .csv không phải mã UTF-8 — trong Excel chọn Save As › "CSV UTF-8 (Comma delimited)", rồi thử lại.');
  }
}

export function cellsOfCsv(bytes: Uint8Array): Cell[][] {
  if (bytes.length > SHEET_LIMITS.maxBytes) throw new SpreadsheetError("tệp .csv lớn hơn 5 MB — không giống một bảng đơn vị.");
  const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  return limitRows(parsed.data);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function cellsOfXlsx(bytes: Uint8Array): Promise<Cell[][]> {
  if (bytes.length > SHEET_LIMITS.maxBytes) throw new SpreadsheetError("tệp .xlsx lớn hơn 5 MB — không giống một bảng đơn vị.");
  if (!isZip(bytes)) {
    throw new SpreadsheetError(
      bytes[0] === 0xd0 ? "đây là tệp Excel cũ (.xls) — hãy lưu lại thành .xlsx hoặc .csv rồi thử lại." : "tệp không phải .xlsx.",
    );
  }
  let entries;
  try {
    entries = scanCentralDirectory(bytes, XLSX_ZIP);
  } catch {
    throw new SpreadsheetError("tệp .xlsx bị hỏng hoặc có cấu trúc nén bất thường — mở bằng Excel, lưu lại rồi thử lại.");
  }
  const declared = entries.reduce((s, e) => s + e.declaredSize, 0);
  if (declared > XLSX_ZIP.maxTotalInflated || !entries.some((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))) {
    throw new SpreadsheetError("tệp .xlsx không có trang tính đọc được, hoặc quá lớn khi giải nén.");
  }
  const { readSheet } = await import(/* webpackChunkName: "xlsx" */ "read-excel-file/universal");
  try {
    const rows = await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return limitRows(rows.map((r) => r.map((c) => (c instanceof Date ? c.toISOString() : (c as Cell)))));
  } catch (err) {
    throw new SpreadsheetError(`không đọc được trang tính đầu tiên của tệp .xlsx (${err instanceof Error ? err.message : String(err)}).`);
  }
}

/** A picked file's cells, by its type. */
export async function cellsOfSpreadsheetFile(name: string, bytes: Uint8Array): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(name) || isZip(bytes)) return cellsOfXlsx(bytes);
  if (/\.xls$/i.test(name)) throw new SpreadsheetError("đây là tệp Excel cũ (.xls) — hãy lưu lại thành .xlsx hoặc .csv rồi thử lại.");
  return cellsOfCsv(bytes);
}
