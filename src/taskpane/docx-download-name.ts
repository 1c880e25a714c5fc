import type { ReportData } from "../domain/report-data";
import { withoutDiacritics } from "../domain/text";

/** "bao-cao-bbt-2021-07-29.docx": ASCII only, so every browser and file system keeps the name. */
export function docxFileName(data: Pick<ReportData, "unit" | "report">): string {
  const abbr = withoutDiacritics(data.unit.abbreviation)
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .toLowerCase();
  return `bao-cao-${abbr}-${data.report.date}.docx`;
}
