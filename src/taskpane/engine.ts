import { changesFromStoredData, parseReportData, validateReportData } from "../sources/data-file";
import { problemLine, type FieldProblem } from "../domain/validation-message";
import type { ReportData } from "../domain/report-data";
import { buildReport } from "../domain/build-report";
import type { ReportModel } from "../domain/report-model";
import { reportPreviewDocument } from "../render/html-preview";
import { composeReportData, type PaneChoices } from "./compose-data";
import type { FiguresDraft, InputProblem } from "../domain/figures-draft";

// The report engine as the pane uses it, loaded on demand (zod and the report builder are not needed to draw
// the first screen). Every rule lives in domain/ and sources/; this module only connects them.

export { changesFromStoredData, parseReportData, validateReportData, problemLine };
export { readUnitFile, validateUnit, type UnitCheck } from "../sources/unit-file";
export { readTextFile } from "./file-text";
export type { FieldProblem };

export type Made =
  | { ok: true; model: ReportModel; previewHtml: string; notes: string[] }
  | { ok: false; problems: FieldProblem[]; inputProblems: InputProblem[]; notes: string[] };

/**
 * The report from what is loaded (a data file, or nothing) and what the pane holds — the chosen unit and period,
 * the figures and table as typed — validated by the engine's schema, built, and previewed from the same model.
 * Fields she typed that cannot be read are named at their field (`inputProblems`) before any schema word.
 */
export function makeReport(file: ReportData | null, choices: PaneChoices, lang: string, figures: FiguresDraft | null = null): Made {
  const composed = composeReportData(file, choices, figures);
  if (composed.inputProblems.length) return { ok: false, problems: [], inputProblems: composed.inputProblems, notes: composed.notes };
  const checked = validateReportData(composed.value);
  if (!checked.ok) return { ok: false, problems: checked.problems, inputProblems: [], notes: composed.notes };
  const model = buildReport(checked.data);
  return { ok: true, model, previewHtml: reportPreviewDocument(model, lang), notes: composed.notes };
}
