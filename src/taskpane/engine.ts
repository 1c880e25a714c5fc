import { parseReportData, validateReportData } from "../sources/data-file";
import { problemLine, type FieldProblem } from "../domain/validation-message";
import type { ReportData } from "../domain/report-data";
import { buildReport } from "../domain/build-report";
import type { ReportModel } from "../domain/report-model";
import { reportPreviewDocument } from "../render/html-preview";
import { composeData, type PaneChoices } from "./compose-data";

// The report engine as the pane uses it, loaded on demand (zod and the report builder are not needed to draw
// the first screen). Every rule lives in domain/ and sources/; this module only connects them.

export { parseReportData, validateReportData, problemLine };
export { readUnitFile, validateUnit, type UnitCheck } from "../sources/unit-file";
export type { FieldProblem };

export type Made = { ok: true; model: ReportModel; previewHtml: string } | { ok: false; problems: FieldProblem[] };

/** The data with the pane's choices applied, validated again, built into the report and its preview. */
export function makeReport(file: ReportData, choices: PaneChoices, lang: string): Made {
  const checked = validateReportData(composeData(file, choices));
  if (!checked.ok) return checked;
  const model = buildReport(checked.data);
  return { ok: true, model, previewHtml: reportPreviewDocument(model, lang) };
}

