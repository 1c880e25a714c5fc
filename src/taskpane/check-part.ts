import type { CheckedDocument } from "../domain/checker";
import type { ReportModel } from "../domain/report-model";
import { reportInsertPackage } from "../render/flat-package";
import { readDocumentXml } from "../sources/prior-report/document-xml-reader";
import { checkContent, type CheckedReport } from "../sources/report-check";

// The checker for the pane, loaded on demand (its own chunk: the Word chunk fetched after the first screen stays
// small): the open document (src/word/document-check.ts), a file she picks (the same safe reader as the CLI), and
// the report the pane would insert — its insertion package read back exactly as the open document would be read.
export { checkReportFile } from "../sources/report-check";
export { applyEdits, checkOpenDocument, selectInDocument } from "../word/document-check";
export { describeWordError } from "../word/word-errors";

export function checkModel(model: ReportModel): { checked: CheckedDocument; report: CheckedReport } {
  const checked = readDocumentXml(reportInsertPackage(model), "báo cáo sẽ chèn");
  return { checked, report: checkContent(checked, model.data) };
}
