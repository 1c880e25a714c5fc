import { createScanner } from "jsonc-parser";
import type { FieldProblem } from "../domain/validation-message";
import { lineColumn } from "./text-position";

// What JSON.parse accepts without a word but a data file must not contain, found in one pass over the text with
// jsonc-parser's tokenizer (Microsoft's, the one VS Code uses; iterative, linear): a key given twice in one object
// (JSON.parse keeps the last — a copy-paste error that silently changes a figure), a key that names an object's
// machinery (`__proto__`, `constructor`, `prototype`: dropped or misread downstream instead of reported), and
// nesting deeper than any data file needs (recursive code after the parse would overflow the stack).

export const MAX_JSON_DEPTH = 64;
const MAX_PROBLEMS = 20;
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot inline; its numbers are part of its API.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const COLON = 6;
const STRING = 10;
const EOF = 17;

type Frame = { kind: "object"; keys: Map<string, number>; key: string | null; expectKey: boolean } | { kind: "array"; index: number };

function pathOf(stack: readonly Frame[]): string {
  let out = "";
  const part = (key: string | number): void => {
    if (typeof key === "number") out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$-]*$/.test(key) ? (out === "" ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
  };
  for (const f of stack) {
    if (f.kind === "array") part(f.index);
    else if (f.key !== null) part(f.key);
  }
  return out === "" ? "(gốc)" : out;
}

const tooDeep = (path: string): FieldProblem => ({
  path,
  message: `dữ liệu lồng quá ${MAX_JSON_DEPTH} tầng — tệp số liệu không có cấu trúc sâu như vậy; kiểm tra lại có chọn đúng tệp không.`,
});

/**
 * Duplicate and reserved keys and excessive nesting in JSON text that JSON.parse has already accepted; at most
 * MAX_PROBLEMS, with line numbers so she can find both copies of a key.
 */
export function jsonStructureProblems(textValue: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const scanner = createScanner(textValue, true);
  const stack: Frame[] = [];
  const opened = (): boolean => {
    // The value just opened sits under the parent's current key or index.
    if (stack.length >= MAX_JSON_DEPTH) {
      problems.push(tooDeep(pathOf(stack)));
      return false;
    }
    return true;
  };
  for (let token = scanner.scan(); token !== EOF && problems.length < MAX_PROBLEMS; token = scanner.scan()) {
    const top = stack[stack.length - 1];
    switch (token) {
      case OPEN_BRACE:
        if (!opened()) return problems;
        stack.push({ kind: "object", keys: new Map(), key: null, expectKey: true });
        break;
      case OPEN_BRACKET:
        if (!opened()) return problems;
        stack.push({ kind: "array", index: 0 });
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        stack.pop();
        break;
      case COMMA:
        if (top?.kind === "array") top.index++;
        else if (top?.kind === "object") top.expectKey = true;
        break;
      case COLON:
        if (top?.kind === "object") top.expectKey = false;
        break;
      case STRING:
        if (top?.kind === "object" && top.expectKey) {
          // Keys are compared as the data is read afterwards: in NFC.
          const key = scanner.getTokenValue().normalize("NFC");
          const offset = scanner.getTokenOffset();
          top.key = key;
          const path = pathOf(stack);
          if (RESERVED_KEYS.has(key)) {
            problems.push({ path, message: `tên trường "${key}" không được dùng trong tệp số liệu — xóa trường này.` });
          }
          const first = top.keys.get(key);
          if (first !== undefined) {
            const a = lineColumn(textValue, first).line;
            const b = lineColumn(textValue, offset).line;
            problems.push({
              path,
              message: `trường này được ghi hai lần (dòng ${a} và dòng ${b}) — chỉ giữ một, với số liệu đúng; nếu không, số ghi sau sẽ âm thầm thay số ghi trước.`,
            });
          } else {
            top.keys.set(key, offset);
          }
        }
        break;
      default:
        break;
    }
  }
  return problems;
}

/**
 * Nesting of an already-parsed value (pasted JSON, a fetched answer, the data part of a .docx), walked with an
 * explicit stack so a hostile value cannot overflow the call stack before the limit says so.
 */
export function valueDepthProblem(value: unknown): FieldProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) return tooDeep("(dữ liệu)");
    for (const child of Object.values(v as Record<string, unknown>)) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}
