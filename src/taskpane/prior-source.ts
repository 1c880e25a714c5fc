import { extractPriorReport, fromEmbedded, type ExtractResult } from "../sources/prior-report";
import { parseReportData } from "../sources/data-file";
import { problemLine } from "../domain/validation-message";

// Reading last period's report for the pane, loaded on demand: the .docx reader (jszip, the XML parser) and the
// figure reader are not needed to draw the first screen.

export { extractPriorReport };
export type { ExtractResult };

/**
 * Last period's figures from the data stored in the open document (the secretary opened last period's report
 * and is writing this period's into it), in the same shape as a picked file so the pane shows them the same way.
 */
export function extractStoredData(dataJson: string): ExtractResult {
  const checked = parseReportData(dataJson);
  if (!checked.ok) {
    return {
      ok: false,
      message: `số liệu lưu trong tài liệu không dùng được (${checked.problems.slice(0, 3).map(problemLine).join("; ")}) — hãy chọn tệp .docx của báo cáo kỳ trước.`,
    };
  }
  return { ok: true, report: fromEmbedded(checked.data) };
}
