import { jsonStructureProblems } from "./json-structure";
import { unitSchema, type UnitProfile } from "../domain/report-data";
import { describeIssues, type FieldProblem } from "../domain/validation-message";
import { normalizeStrings } from "./data-file";

// Unit profiles on their own (typed in the pane, or a file of them), checked by the same schema as a data
// file's "unit" so a profile that passes here never fails later inside a report.

export type UnitCheck = { ok: true; unit: UnitProfile } | { ok: false; problems: FieldProblem[] };

/** A unit profile typed in the pane or imported, checked by the same schema as a data file's "unit". */
export function validateUnit(raw: unknown, path: readonly (string | number)[] = ["unit"]): UnitCheck {
  const input = normalizeStrings(raw);
  const result = unitSchema.safeParse(input);
  if (result.success) return { ok: true, unit: result.data };
  const issues = result.error.issues.map((i) => ({ ...i, path: [...path, ...i.path] }));
  const wrapped = path.reduceRight<unknown>(
    (inner, key) => (typeof key === "number" ? Object.assign([], { [key]: inner }) : { [key]: inner }),
    input,
  );
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
  // The same structure rules as a data file: a key twice, a reserved key, nesting that no unit list has.
  const structure = jsonStructureProblems(text.replace(/^\uFEFF/, ""));
  if (structure.length) return { ok: false, problems: structure };
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
    return {
      ok: false,
      problems: [
        { path: "(gốc tệp)", message: 'cần một tệp số liệu v1 (có trường "unit"), một danh sách đơn vị […] hoặc { "units": […] }.' },
      ],
    };
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
