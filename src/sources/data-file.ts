import { MAX_DATA_FILE_CHARS } from "./limits";
import { reportDataSchema, type ReportData } from "../domain/report-data";
import { describeIssues, type FieldProblem } from "../domain/validation-message";
import { nfc } from "../domain/text";

export type ParseResult = { ok: true; data: ReportData } | { ok: false; problems: FieldProblem[] };

export { MAX_DATA_FILE_CHARS };

/** Line and column (1-based) of a character offset, as editors show them. */
export function lineColumn(textValue: string, offset: number): { line: number; column: number } {
  const before = textValue.slice(0, Math.max(0, Math.min(offset, textValue.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** V8 words JSON errors differently across versions; all of them carry a position or a line/column. */
function jsonErrorLocation(message: string, textValue: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineColumn(textValue, Number(pos[1]));
  return lineColumn(textValue, textValue.length);
}

/** Every string (keys too) in NFC, so Vietnamese typed on any system compares and hashes alike. */
export function normalizeStrings(value: unknown): unknown {
  if (typeof value === "string") return nfc(value);
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === "object") {
    // fromEntries defines own properties: assigning a "__proto__" key would set the prototype instead, and the
    // schema would then read fields through it without reporting the unknown key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [nfc(k), normalizeStrings(v)]));
  }
  return value;
}

/** Validates an already-parsed value (pasted JSON, a fetched URL, a prior report's embedded data). */
export function validateReportData(raw: unknown): ParseResult {
  const input = normalizeStrings(raw);
  const result = reportDataSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: describeIssues(result.error.issues, input) };
}

export function parseReportData(textValue: string): ParseResult {
  if (textValue.length > MAX_DATA_FILE_CHARS) {
    return { ok: false, problems: [{ path: "(tệp)", message: `tệp quá lớn (${textValue.length} ký tự); tệp số liệu thường chỉ vài chục KB — kiểm tra lại có chọn đúng tệp không.` }] };
  }
  const body = textValue.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    return { ok: false, problems: [{ path: "(tệp)", message: "tệp rỗng — cần nội dung JSON theo định dạng dữ liệu v1." }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const { line, column } = jsonErrorLocation(err instanceof Error ? err.message : String(err), body);
    return {
      ok: false,
      problems: [{ path: "(JSON)", message: `tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng ${line}, cột ${column} — kiểm tra dấu phẩy, ngoặc và dấu nháy kép quanh đó.` }],
    };
  }
  return validateReportData(raw);
}
