import { parseReportData, validateReportData } from "../sources/data-file";
import { describeIssues, problemLine, type FieldProblem } from "../domain/validation-message";
import { unitSchema, type ReportData, type UnitProfile } from "../domain/report-data";
import { buildReport } from "../domain/build-report";
import type { ReportModel } from "../domain/report-model";
import { nfc } from "../domain/text";
import { reportPreviewDocument } from "../render/html-preview";
import { composeData, type PaneChoices } from "./compose-data";

// The report engine as the pane uses it, loaded on demand (zod and the report builder are not needed to draw
// the first screen). Every rule lives in domain/ and sources/; this module only connects them.

export { parseReportData, validateReportData, problemLine };
export type { FieldProblem };

export type Made = { ok: true; model: ReportModel; previewHtml: string } | { ok: false; problems: FieldProblem[] };

/** The data with the pane's choices applied, validated again, built into the report and its preview. */
export function makeReport(file: ReportData, choices: PaneChoices, lang: string): Made {
  const checked = validateReportData(composeData(file, choices));
  if (!checked.ok) return checked;
  const model = buildReport(checked.data);
  return { ok: true, model, previewHtml: reportPreviewDocument(model, lang) };
}

export type UnitCheck = { ok: true; unit: UnitProfile } | { ok: false; problems: FieldProblem[] };

function normalize(value: unknown): unknown {
  if (typeof value === "string") return nfc(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  return value;
}

/** A unit profile typed in the pane or imported, checked by the same schema as a data file's "unit". */
export function validateUnit(raw: unknown, path: readonly (string | number)[] = ["unit"]): UnitCheck {
  const input = normalize(raw);
  const result = unitSchema.safeParse(input);
  if (result.success) return { ok: true, unit: result.data };
  const issues = result.error.issues.map((i) => ({ ...i, path: [...path, ...i.path] }));
  const wrapped = path.reduceRight<unknown>((inner, key) => (typeof key === "number" ? Object.assign([], { [key]: inner }) : { [key]: inner }), input);
  return { ok: false, problems: describeIssues(issues as typeof result.error.issues, wrapped) };
}

/**
 * Units from a file: a data file v1 (its "unit"), a list of units, or { "units": [...] }.
 * All valid or nothing, so a half-imported list never hides a typo.
 */
export function readUnitFile(text: string): { ok: true; units: UnitProfile[] } | { ok: false; problems: FieldProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: [{ path: "(JSON)", message: "tệp không phải JSON hợp lệ — kiểm tra dấu phẩy, ngoặc và dấu nháy kép." }] };
  }
  let list: unknown[];
  let base: string;
  if (Array.isArray(raw)) {
    list = raw;
    base = "";
  } else if (raw && typeof raw === "object" && Array.isArray((raw as { units?: unknown }).units)) {
    list = (raw as { units: unknown[] }).units;
    base = "units";
  } else if (raw && typeof raw === "object" && "unit" in raw) {
    const one = validateUnit((raw as { unit: unknown }).unit);
    return one.ok ? { ok: true, units: [one.unit] } : one;
  } else {
    return { ok: false, problems: [{ path: "(gốc tệp)", message: "cần một tệp số liệu v1 (có trường \"unit\"), một danh sách đơn vị […] hoặc { \"units\": […] }." }] };
  }
  const units: UnitProfile[] = [];
  const problems: FieldProblem[] = [];
  list.forEach((entry, i) => {
    const one = validateUnit(entry, base ? [base, i] : [i]);
    if (one.ok) units.push(one.unit);
    else problems.push(...one.problems);
  });
  if (list.length === 0) problems.push({ path: base || "(gốc tệp)", message: "danh sách đơn vị rỗng." });
  return problems.length ? { ok: false, problems } : { ok: true, units };
}
