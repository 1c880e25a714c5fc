import { MAX_DATA_FILE_CHARS } from "./limits";
import { reportDataSchema, type ReportData } from "../domain/report-data";
import { describeIssues, type FieldProblem } from "../domain/validation-message";
import { nfc } from "../domain/text";
import { describeDataChanges } from "../domain/data-diff";
import { jsonStructureProblems, valueDepthProblem } from "./json-structure";
import { lineColumn } from "./text-position";

export type ParseResult = { ok: true; data: ReportData } | { ok: false; problems: FieldProblem[] };

export { MAX_DATA_FILE_CHARS, lineColumn };

/**
 * V8 words JSON errors differently across versions: a line and column, a position, or — for a bad token — only a
 * snippet of the text around it ("Unexpected token 'S', "STT\tTên"... is not valid JSON"), which is found in the
 * text. Only "unexpected end" points at the end.
 */
export function jsonErrorLocation(message: string, textValue: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineColumn(textValue, Number(pos[1]));
  const token = /Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON/s.exec(message);
  if (token) {
    const snippet = token[3]!;
    const at = token[2] ? textValue.lastIndexOf(snippet) : textValue.indexOf(snippet);
    // The snippet ends at the bad token when it was cut at its start, else it starts there.
    const offset = token[2] ? snippet.lastIndexOf(token[1]!) : snippet.indexOf(token[1]!);
    if (at >= 0 && offset >= 0) return lineColumn(textValue, at + offset);
  }
  return lineColumn(textValue, textValue.length);
}

/** What a text that is not JSON at all most likely is, and where it belongs instead. */
export function notJsonHint(textValue: string): string | null {
  const start = textValue.trimStart();
  if (start.startsWith("PK"))
    return 'đây là một tệp Word hoặc Excel (.docx/.xlsx), không phải tệp số liệu JSON — báo cáo Word kỳ trước thì dùng "Bắt đầu từ báo cáo kỳ trước" (mục 4), bảng Excel thì dùng "Nhập bảng từ Excel/CSV" (mục 6).';
  if (start.startsWith("%PDF")) return "đây là một tệp PDF, không phải tệp số liệu JSON — hãy chọn tệp .json, hoặc nhập số liệu ở mục 5.";
  if (/^\uFFFD|\u0000/.test(start.slice(0, 8)))
    return "đây không phải tệp văn bản (có thể là .doc hoặc .xls cũ) — hãy chọn tệp .json, hoặc nhập số liệu ở mục 5.";
  const firstLine = start.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.includes("\t"))
    return 'đây là các ô chép từ Excel, không phải JSON — hãy dán vào một ô của "Bảng đơn vị" (mục 6), hoặc gõ số liệu ở mục 5.';
  if (!/^[[{]/.test(start))
    return "đây không phải nội dung JSON (tệp số liệu bắt đầu bằng dấu {) — hãy gõ số liệu ở mục 5, hoặc chọn đúng tệp .json.";
  return null;
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
  // Before any recursive code (normalizeStrings, the schema) meets a hostile value.
  const deep = valueDepthProblem(raw);
  if (deep) return { ok: false, problems: [deep] };
  const input = normalizeStrings(raw);
  const result = reportDataSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: describeIssues(result.error.issues, input) };
}

export function parseReportData(textValue: string): ParseResult {
  if (textValue.length > MAX_DATA_FILE_CHARS) {
    return {
      ok: false,
      problems: [
        {
          path: "(tệp)",
          message: `tệp quá lớn (${textValue.length} ký tự); tệp số liệu thường chỉ vài chục KB — kiểm tra lại có chọn đúng tệp không.`,
        },
      ],
    };
  }
  const body = textValue.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    return { ok: false, problems: [{ path: "(tệp)", message: "tệp rỗng — cần nội dung JSON theo định dạng dữ liệu v1." }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const hint = notJsonHint(body);
    if (hint) return { ok: false, problems: [{ path: "(tệp)", message: hint }] };
    const { line, column } = jsonErrorLocation(err instanceof Error ? err.message : String(err), body);
    return {
      ok: false,
      problems: [
        {
          path: "(JSON)",
          message: `tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng ${line}, cột ${column} — kiểm tra dấu phẩy, ngoặc và dấu nháy kép quanh đó.`,
        },
      ],
    };
  }
  const structure = jsonStructureProblems(body);
  if (structure.length) return { ok: false, problems: structure };
  return validateReportData(raw);
}

/**
 * What `after` changes against the data stored in a document (its data part's JSON, read as untrusted as any
 * file), one line each in her words; stored data that no longer reads counts as none. The ribbon's refresh and
 * the pane's both say this before figures from an address overwrite the report.
 */
export function changesFromStoredData(storedJson: string, after: ReportData): string[] {
  const before = parseReportData(storedJson);
  return describeDataChanges(before.ok ? before.data : null, after);
}
