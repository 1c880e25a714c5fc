import type { z } from "zod";
import { KNOWN_METRICS } from "./metrics";
import { formatInteger, formatMoney } from "./vietnamese-number";
import { MAX_FIGURE } from "./figure-limit";

// Turns schema issues into messages a secretary can act on: the JSON path, what is wrong, what was found.

export interface FieldProblem {
  /** JSON path as the file spells it: metrics.tin_bai, contributors[0].rows[2].months. */
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(gốc tệp)";
}

function valueAt(root: unknown, path: readonly PathKey[]): { present: boolean; value: unknown } {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, key)) {
      return { present: false, value: undefined };
    }
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: cur };
}

export function describeFound(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `danh sách ${value.length} phần tử`;
  if (typeof value === "object") return "một đối tượng {…}";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? text.slice(0, 57) + '…"' : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: "một chuỗi ký tự",
  number: "một số",
  int: "một số nguyên",
  object: "một đối tượng {…}",
  record: "một đối tượng {…}",
  array: "một danh sách […]",
  boolean: "true hoặc false",
};

/** What a field expects, said by the field's meaning where the bare type would not help. */
function expectationFor(path: readonly PathKey[]): string | undefined {
  const p = formatPath(path.map((k) => (typeof k === "number" ? 0 : k)));
  if (/(^|\.)metrics\.[^.]+$/.test(p)) {
    return 'một số nguyên không âm, hoặc { "value": số, "qualifier"?: "gần"|"trên"|"hơn"|"khoảng", "label"?: "…" }';
  }
  if (/months\[0\]$/.test(p)) return "số tin, bài của tháng (số nguyên không âm), hoặc 0/null khi không có";
  if (p === "report.date") return 'ngày dạng "YYYY-MM-DD" (hoặc "YYYY-MM" để trống ngày)';
  if (p === "asOf") return 'ngày dạng "YYYY-MM-DD"';
  if (/period\.(from|to)$/.test(p)) return 'tháng dạng "YYYY-MM"';
  if (/period\.year$/.test(p)) return "năm từ 2000 đến 2100";
  if (p === "unit.abbreviation") return 'chữ viết tắt in hoa của cơ quan ban hành, ví dụ "BBT"';
  if (p === "report.number") return 'số báo cáo chỉ gồm chữ số (ví dụ "01"), hoặc "" để trống';
  return undefined;
}

function issueMessage(issue: Issue, input: unknown): FieldProblem[] {
  const path = issue.path;
  const where = formatPath(path);
  const found = valueAt(input, path);
  const foundText = found.present ? `, nhận được ${describeFound(found.value)}` : "";
  const expectation = expectationFor(path);
  const one = (message: string): FieldProblem[] => [{ path: where, message }];

  switch (issue.code) {
    case "invalid_type":
      if (!found.present) return one(`thiếu trường bắt buộc — cần ${expectation ?? TYPE_NAMES[issue.expected] ?? issue.expected}.`);
      return one(`cần ${expectation ?? TYPE_NAMES[issue.expected] ?? issue.expected}${foundText}.`);
    case "too_small":
      if (issue.origin === "string") return one(`không được để trống${foundText}.`);
      if (issue.origin === "number" && Number(issue.minimum) === 0) return one(`không được là số âm${foundText}.`);
      if (issue.origin === "array") return one(`cần ít nhất ${String(issue.minimum)} phần tử${foundText}.`);
      return one(`cần ${expectation ?? `giá trị từ ${String(issue.minimum)} trở lên`}${foundText}.`);
    case "too_big":
      if (issue.origin === "number" && Number(issue.maximum) === MAX_FIGURE) {
        return one(`số quá lớn — số liệu và kinh phí không quá ${formatInteger(MAX_FIGURE)}, để mọi phép cộng đều chính xác${foundText}.`);
      }
      return one(`cần ${expectation ?? `giá trị không quá ${String(issue.maximum)}`}${foundText}.`);
    case "invalid_format":
      return one(`cần ${expectation ?? "đúng định dạng"}${foundText}.`);
    case "invalid_value":
      if (!found.present)
        return one(`thiếu trường bắt buộc — cần một trong các giá trị ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`);
      return one(`cần một trong các giá trị ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${foundText}.`);
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: "trường không có trong định dạng dữ liệu v1 — kiểm tra lại chính tả hoặc xóa trường này.",
      }));
    case "invalid_key":
      return one('tên chỉ tiêu chỉ được gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (ví dụ "tin_dich_khmer").');
    case "invalid_union": {
      if ("note" in issue && issue.note === "No matching discriminator") {
        const kinds = `một trong các loại kỳ "month", "quarter", "half", "nine-months", "year", "range"`;
        return one(found.present ? `cần ${kinds}${foundText}.` : `thiếu trường bắt buộc — cần ${kinds}.`);
      }
      // Report the branch that got furthest: the one whose problems are below the field itself.
      const deep = issue.errors.find((branch) => branch.some((e) => e.path.length > 0));
      if (deep) return deep.flatMap((e) => issueMessage({ ...e, path: [...path, ...e.path] } as Issue, input));
      return one(`cần ${expectation ?? "giá trị đúng định dạng"}${foundText}.`);
    }
    case "custom":
      return one(customMessage(issue.params ?? {}, path, foundText));
    default:
      return one(`giá trị không hợp lệ${foundText}.`);
  }
}

function customMessage(params: Record<string, unknown>, path: readonly PathKey[], foundText: string): string {
  switch (params.rule) {
    case "label-required": {
      const known = Object.keys(KNOWN_METRICS).join(", ");
      return `chỉ tiêu "${String(path[path.length - 1])}" không có trong danh mục nên phải viết dạng { "value": số, "label": "tên gọi trong báo cáo" } (các chỉ tiêu có sẵn: ${known}).`;
    }
    case "months-length":
      return `kỳ báo cáo có ${String(params.expected)} tháng nên cần đúng ${String(params.expected)} số liệu tháng, nhận được ${String(params.found)}.`;
    case "only-control":
      return `không được để trống — chỉ có ký tự điều khiển, không có chữ nào${foundText}.`;
    case "range-order":
      return `tháng kết thúc phải không sớm hơn tháng bắt đầu (period.from)${foundText}.`;
    case "range-length":
      return `khoảng tháng dài quá 24 tháng${foundText}.`;
    case "prior-before":
      return "kỳ so sánh phải kết thúc trước khi kỳ báo cáo bắt đầu.";
    case "items-exceed-spent":
      return `tổng các khoản chi (${formatMoney(Number(params.sum))}) lớn hơn số đã chi budget.spent (${formatMoney(Number(params.spent))}).`;
    case "total-too-large":
      if (params.what === "budget")
        return `tổng các khoản chi vượt ${formatInteger(MAX_FIGURE)} — kiểm tra lại các số tiền (có thể thừa chữ số).`;
      if (params.what === "sites") {
        return `tổng chỉ tiêu "${String(params.key)}" của các trang thành phần vượt ${formatInteger(MAX_FIGURE)} — kiểm tra lại số liệu của các trang (có thể thừa chữ số).`;
      }
      return `tổng số tin, bài của bảng phụ lục vượt ${formatInteger(MAX_FIGURE)} — kiểm tra lại các số liệu tháng (có thể thừa chữ số).`;
    case "site-repeated":
      return `trang này đã có trong danh sách (sites.expected[${String(params.first)}]) — mỗi trang chỉ ghi một lần, nếu không sẽ bị nêu tên hai lần.`;
    case "format":
    default:
      return `cần ${expectationFor(path) ?? "giá trị đúng định dạng"}${foundText}.`;
  }
}

export function describeIssues(issues: readonly Issue[], input: unknown): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    for (const problem of issueMessage(issue, input)) {
      const key = problem.path + "\u0000" + problem.message;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(problem);
      }
    }
  }
  return out;
}

export function problemLine(p: FieldProblem): string {
  return `${p.path}: ${p.message}`;
}
