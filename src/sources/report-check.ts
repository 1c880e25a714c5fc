import { checkReport, type CheckResult } from "../domain/checker";
import type { Period } from "../domain/period";
import type { ReportData } from "../domain/report-data";
import { parseIsoDate } from "../domain/vietnamese-date";
import { readReportFile } from "./prior-report";
import type { DocumentContent } from "./prior-report/document-content";
import { firstEmbeddedData } from "./prior-report/embedded-data";
import { PriorReportError } from "./prior-report/prior-report-error";
import { detectReportPeriod } from "./prior-report/report-period";

// A report to check, from a file or the open document: its content, and the period it covers — given, else the
// add-in's data stored in it, else its summary line (src/sources/prior-report/report-period.ts).

export type PeriodOrigin = "given" | "stored-data" | "summary-line";

export interface CheckedReport extends CheckResult {
  period: Period | null;
  periodOrigin: PeriodOrigin | null;
  /** The line the period was read from, when it was read from the text. */
  periodSource: string | null;
}

export function storedDataOf(dataParts: readonly string[]): ReportData | null {
  const read = firstEmbeddedData(dataParts);
  return read.ok ? read.data : null;
}

export function checkContent(content: DocumentContent, stored: ReportData | null, given: Period | null = null): CheckedReport {
  let period: Period | null = given;
  let periodOrigin: PeriodOrigin | null = given ? "given" : null;
  let periodSource: string | null = null;
  if (!period && stored) {
    period = stored.period;
    periodOrigin = "stored-data";
  }
  if (!period) {
    const detected = detectReportPeriod(content);
    if (detected) {
      period = detected.period;
      periodOrigin = "summary-line";
      periodSource = detected.source;
    }
  }
  const storedDate = stored?.report.date ? parseIsoDate(stored.report.date) : null;
  const result = checkReport(content, { period, reportDate: storedDate, ...(stored?.unit.format ? { format: stored.unit.format } : {}) });
  return { ...result, period, periodOrigin, periodSource };
}

export type CheckFileResult = { ok: true; report: CheckedReport } | { ok: false; message: string };

/** Checks a .docx or .txt report. Never throws: a file that cannot be read comes back as a Vietnamese message. */
export async function checkReportFile(bytes: Uint8Array, fileName: string, given: Period | null = null): Promise<CheckFileResult> {
  try {
    const read = await readReportFile(bytes, fileName);
    return { ok: true, report: checkContent(read.content, storedDataOf(read.dataParts), given) };
  } catch (err) {
    if (err instanceof PriorReportError) return { ok: false, message: err.message };
    return { ok: false, message: "tệp không đọc được (có thể bị hỏng) — mở bằng Word, lưu lại thành .docx rồi thử lại." };
  }
}
